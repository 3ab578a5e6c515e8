"""Write export files byte-for-byte reproducibly, atomically, and only inside the chosen folder.

Reproducible means: rows in a fixed order (decided by the caller), JSON with a fixed key order and
serialisation, Parquet with fixed settings and no statistics, and nothing time-dependent in any file.
"""

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import polars as pl

from synthlens.atomic import atomic_path
from synthlens.errors import SynthlensError

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
HF_MARKERS = ("state.json", "dataset_info.json")


def safe_path(folder: Path, name: str) -> Path:
    """The path of `name` inside `folder`; refuses absolute names, '..' and symlinks that lead outside."""
    relative = Path(name)
    if not name or relative.is_absolute() or ".." in relative.parts or not all(map(_SAFE_NAME.match, relative.parts)):
        raise SynthlensError(
            f"output name '{name}' is not a plain relative file name; allowed: letters, digits, '.', '_', '-'"
            " inside the output folder; fix: choose a simple name such as 'train'"
        )
    root = folder.resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        raise SynthlensError(
            f"output '{folder / relative}' resolves to {target}, outside {root}; allowed: paths inside the"
            " output folder; fix: remove the symlink or choose another folder"
        )
    return root / relative


def refuse_overwrite(paths: Iterable[Path], overwrite: bool) -> None:
    """Stop before writing anything if an output already exists and overwriting was not asked for."""
    existing = [path for path in paths if path.exists() or path.is_symlink()]
    if existing and not overwrite:
        raise SynthlensError(
            f"{existing[0]} already exists; allowed: a new path, or replacing it with --overwrite;"
            " fix: pass --overwrite (overwrite=True) or choose another output folder"
        )


def write_jsonl(frame: pl.DataFrame, target: Path) -> None:
    """One JSON object per line, keys in column order, UTF-8 unescaped, NaN written as null."""
    frame = frame.with_columns(pl.col(pl.Float32, pl.Float64).fill_nan(None))
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for row in frame.iter_rows(named=True):
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def write_parquet(frame: pl.DataFrame, target: Path) -> None:
    """Parquet with fixed settings (zstd level 3, one row group per 100k rows, no statistics)."""
    with atomic_path(target) as tmp:
        frame.write_parquet(tmp, compression="zstd", compression_level=3, statistics=False, row_group_size=100_000)


def write_text(text: str, target: Path) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


def write_hf_dataset(frame: pl.DataFrame, folder: Path, fingerprint: str, overwrite: bool) -> None:
    """A `datasets` save_to_disk folder, built beside the target and swapped in whole."""
    import datasets

    _check_hf_target(folder, overwrite)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    bars_were_on = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()  # the library reports nothing on its own
    try:
        dataset = datasets.Dataset(frame.to_arrow(), fingerprint=fingerprint)
        dataset.save_to_disk(str(staging / "data"))
        if folder.exists():  # move the old export aside first, so the swap itself is one rename
            os.replace(folder, staging / "previous")
        os.replace(staging / "data", folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if bars_were_on:
            datasets.enable_progress_bars()


def _check_hf_target(folder: Path, overwrite: bool) -> None:
    if not folder.exists() or not any(folder.iterdir()):
        return
    refuse_overwrite([folder], overwrite)
    if not any((folder / marker).exists() for marker in HF_MARKERS):
        raise SynthlensError(
            f"{folder} holds files that are not a datasets save_to_disk folder; allowed: an empty folder or"
            " an earlier --format hf export; fix: choose a new output folder"
        )
