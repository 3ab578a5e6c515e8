"""The coverage command: the dataset mapped over baselines, with coverage and diversity metrics and plots."""

from pathlib import Path

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar
from synthlens.cli.similarity import EMBED_API_KEY, EMBED_URL, MODEL

BASELINE_HELP = "alpaca, ultrachat, dolly, a local file or a Hub id; repeat for several."


@app.command()
def coverage(
    run: Path = typer.Argument(..., help="A run folder (synthlens ingest DATA -o RUN)."),
    baseline: list[str] = typer.Option([], "--baseline", "-b", help=BASELINE_HELP),
    baseline_sample: int = typer.Option(20_000, help="Rows per baseline, a seeded random sample; 0 = all rows."),
    method: str = typer.Option("umap", help="2-D projection: umap, tsne or pca."),
    seed: int = typer.Option(0, help="Seed for every sample, the projection and k-means."),
    clusters: int = typer.Option(20, help="k-means clusters of the joint embedding space."),
    radius: float | None = typer.Option(None, help="Coverage radius (cosine distance); default: per baseline."),
    fit_sample: int = typer.Option(30_000, help="Rows the map is fitted on; the rest are placed; 0 = all."),
    model: str | None = MODEL,
    embed_url: str | None = EMBED_URL,
    embed_api_key: str | None = EMBED_API_KEY,
) -> None:
    """Map the dataset over baselines, measure coverage and diversity, and write the plots."""
    from synthlens.coverage import CoverageParams, read_clusters, run_coverage
    from synthlens.embed import make_embedder
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    params = CoverageParams(
        baseline_sample=baseline_sample or None,
        method=method,
        seed=seed,
        fit_sample=fit_sample or None,
        clusters=clusters,
        radius=radius,
    )
    with progress_bar() as report:
        metrics = run_coverage(workspace, baseline, params, report, make_embedder(model, embed_url, embed_api_key))
    print_table(metrics, title="coverage and diversity")
    table = read_clusters(workspace)
    shown = [c for c in table.columns if not c.endswith("_share")]
    print_table(table.select(shown), title="clusters of the joint space (rows per source)")
    for plot in workspace.manifest["stages"]["coverage"].get("plots", []):
        console.print(f"plot: {workspace.root / plot}", soft_wrap=True)
