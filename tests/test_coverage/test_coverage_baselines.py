"""What a --baseline value resolves to, where baselines are cached, and when a cache entry goes stale."""

import os
from pathlib import Path

import pytest

from synthlens.coverage.baselines import cache_root, resolve_baseline
from synthlens.errors import SynthlensError


@pytest.mark.parametrize(
    ("spec", "name", "location", "split"),
    [
        pytest.param("alpaca", "alpaca", "tatsu-lab/alpaca", "train", id="alpaca"),
        pytest.param("UltraChat", "ultrachat", "HuggingFaceH4/ultrachat_200k", "train_sft", id="ultrachat"),
        pytest.param("dolly", "dolly", "databricks/databricks-dolly-15k", "train", id="dolly"),
        pytest.param("someone/My_Set", "my_set", "someone/My_Set", "train", id="any-hub-id"),
    ],
)
def test_names_and_hub_ids_resolve_to_the_hub(spec, name, location, split):
    baseline = resolve_baseline(spec)
    assert (baseline.name, baseline.location, baseline.split, baseline.on_hub) == (name, location, split, True)


@pytest.mark.parametrize("file_name", ["alpaca_data.json", "alpaca_data.jsonl.gz"])
def test_a_local_file_is_named_after_its_stem(tmp_path: Path, file_name: str):
    path = tmp_path / file_name
    path.write_text("[]")
    baseline = resolve_baseline(str(path))
    assert (baseline.name, baseline.location, baseline.on_hub) == ("alpaca_data", str(path), False)


@pytest.mark.parametrize("spec", ["missing.json", "./missing", "no/such/file.jsonl"])
def test_an_unknown_baseline_names_what_is_allowed(spec):
    with pytest.raises(SynthlensError, match=r"named baseline \(alpaca, ultrachat, dolly\); fix:"):
        resolve_baseline(spec)


def test_a_changed_local_file_gets_a_new_cache_entry(tmp_path: Path):
    path = tmp_path / "ref.json"
    path.write_text("[]")
    before = resolve_baseline(str(path)).fingerprint()
    assert resolve_baseline(str(path)).fingerprint() == before
    path.write_text('[{"instruction": "x", "output": "y"}]')
    os.utime(path, ns=(1, 1))
    assert resolve_baseline(str(path)).fingerprint() != before


def test_the_cache_folder_follows_synthlens_cache(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("SYNTHLENS_CACHE", str(tmp_path / "c"))
    assert cache_root() == tmp_path / "c"
    monkeypatch.delenv("SYNTHLENS_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "synthlens"
