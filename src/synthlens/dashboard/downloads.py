"""The kept rows as a file to download, written by the export library's own style and JSONL writer."""

import tempfile
from pathlib import Path

import polars as pl

from synthlens.dashboard.data import RunData


def kept_jsonl(data: RunData, flags: pl.DataFrame, style: str = "original") -> bytes:
    """The rows a filter keeps, in the chosen export style, as JSONL bytes (the same bytes `export` writes)."""
    from synthlens.export import source_column_names
    from synthlens.export.formats import to_style
    from synthlens.export.write import write_jsonl
    from synthlens.workspace import Workspace

    kept = data.rows().join(flags.filter("keep").select("id"), on="id", how="semi")
    frame = to_style(kept, style, None, source_column_names(Workspace.open(data.root)))
    with tempfile.TemporaryDirectory(prefix="synthlens-download-") as folder:
        target = Path(folder) / "kept.jsonl"
        write_jsonl(frame, target)
        return target.read_bytes()
