"""The coverage stage on a run: files written, caching, order independence and the errors a user meets."""

from dataclasses import replace
from pathlib import Path

import huggingface_hub.constants
import polars as pl
import pytest
from coverage_vectors import TEMPLATES, TopicEmbedder, topic_texts, write_alpaca

from synthlens.coverage import CoverageParams, read_clusters, read_points, run_coverage
from synthlens.coverage.metrics import DEFAULT_QUANTILE
from synthlens.errors import SynthlensError
from synthlens.workspace import Workspace

FAST = CoverageParams(method="pca", clusters=4)
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def baseline_file(tmp_path: Path) -> Path:
    return write_alpaca(tmp_path / "reference.json", topic_texts(60, [0, 1, 2, 3], start=1000))


def _pairs(texts: list[str]) -> list[tuple[str, str]]:
    return [(text, "ok") for text in texts]


def test_a_dataset_on_two_of_four_topics_covers_half_the_baseline(make_run, baseline_file):
    run = make_run(_pairs(topic_texts(80, [0, 1])))
    metrics = run_coverage(run, [str(baseline_file)], FAST, embedder=TopicEmbedder())
    assert metrics["source"].to_list() == ["dataset", "reference"]
    reference = metrics.row(1, named=True)
    assert reference["coverage"] == pytest.approx(DEFAULT_QUANTILE / 2, abs=0.08)
    assert reference["dataset_near"] == pytest.approx(DEFAULT_QUANTILE, abs=0.08)
    assert reference["radius"] > 0
    dataset = metrics.row(0, named=True)
    assert dataset["cluster_entropy"] < reference["cluster_entropy"]  # two clusters of four vs all four


def test_the_run_holds_the_map_clusters_tables_and_plots(make_run, baseline_file):
    run = make_run(_pairs(topic_texts(30, [0, 1, 2])))
    run_coverage(run, [str(baseline_file)], FAST, embedder=TopicEmbedder())
    stage = run.read_stage("coverage")
    assert stage.columns == ["id", "x", "y", "cluster", "cluster_label"]
    assert stage["id"].to_list() == run.rows(["id"])["id"].to_list()
    points = read_points(run)
    assert points.group_by("source").len().sort("source").rows() == [("dataset", 90), ("reference", 240)]
    # The python rows share one cluster, labelled by words of their own.
    python_rows = points.filter(pl.col("instruction").str.contains("python"))
    assert python_rows["cluster"].n_unique() == 1
    assert set(python_rows["cluster_label"][0].split(", ")) <= set(TEMPLATES["python"].lower().split())
    clusters = read_clusters(run)
    assert clusters["dataset"].sum() == 90 and clusters["reference"].sum() == 240
    assert sorted(clusters["dataset_vs_baselines"].to_list())[0] == 0.0  # the history topic is missed
    for plot in ["coverage_map.png", "lengths.png", "cluster_shares.png"]:
        assert (run.root / "plots" / plot).read_bytes()[:8] == PNG
    assert run.manifest["stages"]["coverage"]["metrics"][1]["source"] == "reference"


def test_a_second_run_reuses_everything_and_a_new_seed_recomputes(make_run, baseline_file, user_cache):
    run = make_run(_pairs(topic_texts(20, [0, 1])))
    embedder = TopicEmbedder()
    first = run_coverage(run, [str(baseline_file)], FAST, embedder=embedder)
    encoded = embedder.encoded
    assert encoded == 40 + 240
    assert run_coverage(run, [str(baseline_file)], FAST, embedder=embedder).equals(first)
    assert embedder.encoded == encoded
    run_coverage(run, [str(baseline_file)], replace(FAST, seed=1), embedder=embedder)
    assert embedder.encoded == encoded  # new seed: new map, but every vector comes from the caches
    assert len(list((user_cache / "baselines").glob("reference-*.parquet"))) == 2


def test_shuffling_the_dataset_changes_neither_metrics_nor_map(make_run, baseline_file, tmp_path):
    in_order = make_run(_pairs(topic_texts(25, [0, 1, 3])))
    mixed = Workspace.create(tmp_path / "shuffled", in_order.manifest["input"])
    mixed.write_rows(in_order.rows().sample(fraction=1.0, shuffle=True, seed=3))
    first = run_coverage(in_order, [str(baseline_file)], FAST, embedder=TopicEmbedder())
    second = run_coverage(mixed, [str(baseline_file)], FAST, embedder=TopicEmbedder())
    assert second.equals(first)
    by_id = in_order.read_stage("coverage").sort("id")
    assert mixed.read_stage("coverage").sort("id").equals(by_id)


def test_a_baseline_sample_is_seeded_and_cached(make_run, baseline_file, user_cache):
    run = make_run(_pairs(topic_texts(20, [0, 1])))
    params = replace(FAST, baseline_sample=50)
    run_coverage(run, [str(baseline_file)], params, embedder=TopicEmbedder())
    cached = next((user_cache / "baselines").glob("reference-*-50-0.parquet"))
    first = pl.read_parquet(cached)
    assert first.height == 50
    run_coverage(run, [str(baseline_file)], replace(params, clusters=3), embedder=TopicEmbedder())
    assert pl.read_parquet(cached).equals(first)
    assert read_points(run).filter(pl.col("source") == "reference").height == 50


def test_a_hub_baseline_offline_says_how_to_pass_a_local_file(make_run, monkeypatch):
    import datasets

    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    run = make_run(_pairs(topic_texts(10, [0])))
    with pytest.raises(SynthlensError) as error:
        run_coverage(run, ["alpaca"], FAST, embedder=TopicEmbedder())
    message = str(error.value)
    assert "\n" not in message
    assert "tatsu-lab/alpaca" in message
    assert "fix:" in message and "--baseline path/to/alpaca_data.json" in message


@pytest.mark.parametrize(
    ("baselines", "params", "message"),
    [
        pytest.param(["no/such/file.json"], FAST, "no such file or folder", id="missing-file"),
        pytest.param([], replace(FAST, method="mds"), "--method mds", id="unknown-method"),
        pytest.param([], replace(FAST, clusters=0), "--clusters 0", id="no-clusters"),
        pytest.param([], replace(FAST, radius=3.0), "--radius 3.0", id="radius-out-of-range"),
    ],
)
def test_bad_settings_fail_before_any_embedding(make_run, baselines, params, message):
    run = make_run(_pairs(topic_texts(10, [0])))
    embedder = TopicEmbedder()
    with pytest.raises(SynthlensError, match=message):
        run_coverage(run, baselines, params, embedder=embedder)
    assert embedder.encoded == 0


def test_without_a_baseline_the_dataset_alone_is_mapped_and_measured(make_run):
    run = make_run(_pairs(topic_texts(15, [0, 1, 2, 3])))
    metrics = run_coverage(run, [], FAST, embedder=TopicEmbedder())
    assert metrics["source"].to_list() == ["dataset"]
    assert metrics["cluster_entropy"][0] == pytest.approx(1.0, abs=0.01)
    assert metrics["coverage"][0] is None


def test_two_baselines_with_one_file_name_sit_side_by_side(make_run, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_alpaca(tmp_path / "a" / "data.json", topic_texts(30, [0, 1], start=2000))
    second = write_alpaca(tmp_path / "b" / "data.json", topic_texts(30, [2, 3], start=3000))
    run = make_run(_pairs(topic_texts(40, [0, 1])))
    metrics = run_coverage(run, [str(first), str(second)], FAST, embedder=TopicEmbedder())
    assert metrics["source"].to_list() == ["dataset", "data", "data-2"]
    # The dataset covers the baseline on its own topics and none of the other one.
    assert metrics["coverage"][1] > 0.8 and metrics["coverage"][2] == 0.0
    points = read_points(run)
    assert points.filter(pl.col("source") == "data-2")["instruction"].str.contains("travel|history").all()
    assert {"data_share", "data-2_share", "dataset_vs_baselines"} <= set(read_clusters(run).columns)


def test_missing_side_files_are_written_again(make_run, baseline_file):
    run = make_run(_pairs(topic_texts(30, [0, 1, 2])))
    run_coverage(run, [str(baseline_file)], FAST, embedder=TopicEmbedder())
    metrics = run.root / "stages" / "coverage_metrics.parquet"
    metrics.unlink()
    again = Workspace.open(run.root)  # a later command: the manifest still records the stage as done
    run_coverage(again, [str(baseline_file)], FAST, embedder=TopicEmbedder())
    assert metrics.exists() and Workspace.open(run.root).manifest["stages"]["coverage"]["plots"]
