"""Baselines: reference datasets (named, a local file or a Hub id) read, sampled and cached on disk.

A baseline is read with the same readers as a dataset, so any format they accept works. The sampled rows are
cached under the user cache folder (SYNTHLENS_CACHE, else ~/.cache/synthlens) so the first load is reused.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from synthlens import atomic
from synthlens.coverage.sampling import sample_indices
from synthlens.embed.derived import user_cache_dir as cache_root
from synthlens.errors import SynthlensError
from synthlens.workspace import safe_name

# name -> (Hub id, split)
NAMED_BASELINES: dict[str, tuple[str, str]] = {
    "alpaca": ("tatsu-lab/alpaca", "train"),
    "ultrachat": ("HuggingFaceH4/ultrachat_200k", "train_sft"),
    "dolly": ("databricks/databricks-dolly-15k", "train"),
}
LOCAL_FILES = {"alpaca": "alpaca_data.json", "ultrachat": "ultrachat_200k.jsonl", "dolly": "dolly-15k.jsonl"}


@dataclass(frozen=True)
class Baseline:
    """Where a baseline comes from and the short name it goes by in tables, files and plots."""

    name: str
    location: str  # a local path or a Hub id
    split: str
    on_hub: bool

    def fingerprint(self) -> str:
        """A short hash that changes when the source changes (a local file's size or time, a Hub id's split)."""
        parts = [self.location, self.split]
        if not self.on_hub:
            stat = Path(self.location).stat()
            parts += [str(stat.st_size), str(stat.st_mtime_ns)]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:10]


def resolve_baseline(spec: str) -> Baseline:
    """Turn a --baseline value (a name, a path or a Hub id) into a Baseline; a bad value says what is allowed."""
    from synthlens.readers.containers import container_kind

    if spec.lower() in NAMED_BASELINES:
        hub_id, split = NAMED_BASELINES[spec.lower()]
        return Baseline(spec.lower(), hub_id, split, on_hub=True)
    path = Path(spec).expanduser()
    if path.exists():
        name = path.name if path.is_dir() else path.name.split(".")[0]
        return Baseline(safe_name(name), str(path.resolve()), "train", on_hub=False)
    try:
        container_kind(spec)  # the readers' rule for what a Hub id looks like
    except SynthlensError:
        raise SynthlensError(
            f"baseline '{spec}': no such file or folder; allowed: a file, a Hub id (owner/name) or a named"
            f" baseline ({', '.join(NAMED_BASELINES)}); fix: check the path or pass e.g. --baseline alpaca"
        ) from None
    return Baseline(safe_name(spec.split("/")[-1].lower()), spec, "train", on_hub=True)


def load_baseline(baseline: Baseline, sample: int | None, seed: int, cache_dir: Path | None = None) -> pl.DataFrame:
    """The baseline's rows (source, id, instruction, response): a seeded sample of `sample` rows, cached."""
    folder = (cache_dir or cache_root()) / "baselines"
    cached = folder / f"{baseline.name}-{baseline.fingerprint()}-{sample or 'all'}-{seed}.parquet"
    if cached.exists():
        return pl.read_parquet(cached)
    rows = _read(baseline)
    rows = rows.filter(pl.col("instruction").is_not_null() & (pl.col("instruction").str.strip_chars() != ""))
    if rows.is_empty():
        raise SynthlensError(
            f"baseline '{baseline.name}' ({baseline.location}) has no rows with an instruction;"
            " fix: pass a dataset in a format the readers accept (alpaca, sharegpt, openai, magpie)"
        )
    picked = rows[sample_indices(rows.height, sample, seed)]
    table = picked.select(pl.lit(baseline.name).alias("source"), "id", "instruction", "response")
    atomic.write_parquet(table, cached)
    return table


def _read(baseline: Baseline) -> pl.DataFrame:
    from synthlens.readers import read_dataset
    from synthlens.readers.containers import HubLoadError

    if not baseline.on_hub:
        return read_dataset(baseline.location, split=baseline.split)
    try:
        return read_dataset(baseline.location, split=baseline.split)
    except HubLoadError as error:  # checked quickly first: offline, no half-minute of retries
        if error.reachable:
            why = f"could not be loaded from the Hugging Face Hub ({error.reason})"
        else:
            why = "is on the Hugging Face Hub, which cannot be reached from here, and is not in the local cache"
        local = LOCAL_FILES.get(baseline.name, f"{baseline.name}.jsonl")
        raise SynthlensError(
            f"baseline '{baseline.name}' ({baseline.location}, split {baseline.split}) {why}; fix: download it"
            f" where there is network and pass the file instead: --baseline path/to/{local}"
        ) from None
