"""Write export files byte-for-byte reproducibly, atomically, and only inside the chosen folder.

Reproducible means: rows in a fixed order (decided by the caller), JSON with a fixed key order and
serialisation, Parquet with fixed settings and no statistics, and nothing time-dependent in any file.
"""

import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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


def refuse_source(source: Path | None, outputs: Iterable[Path]) -> None:
    """Stop before an export replaces the run's own source, or writes into the folder it was read from:
    the source is never written to, with or without --overwrite."""
    if source is None:
        return
    for output in outputs:
        resolved = output.resolve()
        if resolved == source or source.is_dir() and resolved.is_relative_to(source) or source.is_relative_to(resolved):
            raise SynthlensError(
                f"{output} is the run's source ({source}) or holds it, and an export never writes over its source;"
                " allowed: a path apart from the source; fix: choose another output folder with -o"
            )


def write_jsonl(frame: pl.DataFrame, target: Path) -> None:
    """One JSON object per line, keys in column order, UTF-8 unescaped, NaN and infinities written as null
    (JSON has no such numbers), also inside lists and structs."""
    frame = frame.with_columns(pl.col(pl.Float32, pl.Float64).fill_nan(None))
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for row in frame.iter_rows(named=True):
            handle.write(json_line(row) + "\n")


def json_line(row: dict[str, Any]) -> str:
    """A row as strict JSON; the rare row holding a non-finite number is cleaned on a second pass."""
    try:
        return json.dumps(row, ensure_ascii=False, default=str, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(row), ensure_ascii=False, default=str, allow_nan=False)


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def arrow_table(frame: pl.DataFrame) -> Any:
    """The frame as an Arrow table with 32-bit offsets (string, list), the types a JSONL export reads back as;
    polars would give large_string and large_list."""
    import pyarrow as pa

    table = frame.to_arrow()
    schema = pa.schema([field.with_type(_narrow(field.type)) for field in table.schema])
    batches = table.to_batches(max_chunksize=10_000)  # a chunk's text stays far below 2 GB
    return pa.Table.from_batches([batch.cast(schema) for batch in batches], schema=schema)


def _narrow(dtype: Any) -> Any:
    import pyarrow as pa

    if pa.types.is_large_string(dtype) or pa.types.is_string_view(dtype):
        return pa.string()
    if pa.types.is_large_binary(dtype) or pa.types.is_binary_view(dtype):
        return pa.binary()
    if pa.types.is_large_list(dtype) or pa.types.is_list(dtype) or pa.types.is_list_view(dtype):
        return pa.list_(dtype.value_field.with_type(_narrow(dtype.value_type)))
    if pa.types.is_struct(dtype):
        return pa.struct([dtype.field(i).with_type(_narrow(dtype.field(i).type)) for i in range(dtype.num_fields)])
    return dtype


def write_parquet(frame: pl.DataFrame, target: Path) -> None:
    """Parquet with fixed settings (zstd level 3, one row group per 100k rows, no statistics)."""
    import pyarrow.parquet as pq

    with atomic_path(target) as tmp:
        pq.write_table(
            arrow_table(frame), tmp, compression="zstd", compression_level=3, write_statistics=False,
            row_group_size=100_000,
        )  # fmt: skip


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
        dataset = datasets.Dataset(arrow_table(frame), fingerprint=fingerprint)
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
