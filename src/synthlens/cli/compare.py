"""`synthlens compare`: two runs side by side (two versions of a dataset, or a dataset and a baseline run)."""

from pathlib import Path
from typing import Annotated

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table

CLUSTER_LINES = 5  # clusters shown that grew most and shrank most


@app.command()
def compare(
    run_a: Annotated[Path, typer.Argument(help="The first run (e.g. last week's version).")],
    run_b: Annotated[Path, typer.Argument(help="The second run, embedded with the same model.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write summary.json and Parquet tables here.")] = None,
    threshold: Annotated[float, typer.Option(help="Cosine at which an edited row counts as changed.")] = 0.90,
    clusters: Annotated[int, typer.Option(help="k-means clusters fitted on both runs together.")] = 20,
    baseline: list[str] = typer.Option([], help="Baseline whose coverage to measure for both (repeatable)."),
) -> None:
    """Rows same / changed / removed / added, tag and length shifts with tests, duplicates, diversity, clusters."""
    from synthlens.compare import CompareOptions, compare_runs, write_comparison
    from synthlens.workspace import Workspace

    options = CompareOptions(threshold=threshold, clusters=clusters, baselines=tuple(baseline))
    comparison = compare_runs(Workspace.open(run_a), Workspace.open(run_b), options)
    print_comparison(comparison)
    if out:
        for path in write_comparison(comparison, out):
            console.print(f"wrote {path}", highlight=False)


def print_comparison(comparison) -> None:  # comparison: synthlens.compare.Comparison
    import polars as pl

    counts = comparison.counts
    console.print(
        f"A: {comparison.run_a} ({counts['rows_a']:,} rows)  B: {comparison.run_b} ({counts['rows_b']:,} rows)"
    )
    lines = [
        ("same", counts["same"]),
        ("changed (same id, new text)", counts["changed_same_id"]),
        (f"changed (near-duplicate, cos >= {comparison.options['threshold']})", counts["changed_near_duplicate"]),
        ("removed (only in A)", counts["removed"]),
        ("added (only in B)", counts["added"]),
    ]
    print_table(pl.DataFrame(lines, schema=["rows", "count"], orient="row"), title="rows")
    print_table(comparison.side_by_side, title="side by side")
    print_table(comparison.tests, title="distribution shifts (low p: the distributions differ)")
    moved = comparison.tags.sort(pl.col("share_change").abs(), descending=True).head(10)
    print_table(moved, title="tag values that moved most")
    table = comparison.clusters.drop("cluster")
    shown = pl.concat([table.head(CLUSTER_LINES), table.tail(CLUSTER_LINES)]).unique(maintain_order=True)
    print_table(
        shown, title=f"clusters that grew and shrank most (of {comparison.clusters.height}, one k-means on both)"
    )
