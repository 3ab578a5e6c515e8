"""Commands for the similarity stages: embed, neighbors, dedup, exact-dedup, overlap."""

from pathlib import Path

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar

RUN = typer.Argument(..., help="A run folder (made by synthlens ingest or analyze).")
MODEL = typer.Option(
    None,
    "--model",
    "--embed-model",
    help="minilm-onnx (default), minilm-static (fastest, other pairs), minilm-torch, a sentence-transformers"
    " name or folder, or the served model's name.",
)
EMBED_URL = typer.Option(None, "--embed-url", help="An OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1")
EMBED_API_KEY = typer.Option(None, "--embed-api-key", envvar="SYNTHLENS_EMBED_API_KEY", help="Its API key.")
EMBED_FIELD = typer.Option("instruction", "--embed-field", help="instruction, response or conversation.")
THRESHOLD = typer.Option(0.95, "--threshold", help="Cosine similarity at which two rows are near-duplicates.")
K = typer.Option(10, "--k", help="Neighbours stored per row.")
SWEEP_FLOOR = typer.Option(0.80, "--sweep-floor", help="Lowest threshold the sweep table can show.")
INDEX = typer.Option("auto", "--index", help="auto, flat (exact), ivf or hnsw.")


def _options(**settings):  # -> synthlens.similarity.SimilarityOptions
    from synthlens.similarity import SimilarityOptions

    return SimilarityOptions(**settings)


@app.command()
def embed(
    run: Path = RUN,
    model: str | None = MODEL,
    embed_url: str | None = EMBED_URL,
    embed_api_key: str | None = EMBED_API_KEY,
    embed_field: str = EMBED_FIELD,
    engine: str = typer.Option("local", help="local, or ray: encode on an actor pool of Ray workers."),
    ray_address: str | None = typer.Option(None, help="With --engine ray: HOST:PORT of a Ray cluster."),
    actors: int = typer.Option(2, help="With --engine ray: actors, each loading the model once."),
    batch_size: int | None = typer.Option(None, help="With --engine ray: texts per batch (default 1024)."),
) -> None:
    """Embed every row (only texts not in the run's cache are encoded)."""
    from synthlens.embed.stage import embed_run, embeddings_ready
    from synthlens.engine import EngineOptions
    from synthlens.engine.rows import ray_encoder
    from synthlens.workspace import Workspace

    ws = Workspace.open(run)
    options = _options(model=model, embed_url=embed_url, embed_api_key=embed_api_key, embed_field=embed_field)
    embedder = options.embedder()
    ready = embeddings_ready(ws, embedder.name, embed_field)
    with progress_bar() as report:
        remote = ray_encoder(EngineOptions(engine, ray_address, actors, batch_size))
        vectors = embed_run(ws, embedder, embed_field, report, remote)
    path = ws.embeddings_path(embedder.name, embed_field)
    newly = 0 if ready else ws.manifest["stages"]["embed"]["files"][path.name]["newly_embedded"]
    console.print(
        f"{vectors.shape[0]:,} rows x {vectors.shape[1]} dims ({embedder.name}, field {embed_field});"
        f" {newly:,} texts newly embedded -> {path}"
    )


@app.command()
def neighbors(
    run: Path = RUN,
    k: int = K,
    threshold: float = THRESHOLD,
    sweep_floor: float = SWEEP_FLOOR,
    index: str = INDEX,
    model: str | None = MODEL,
    embed_url: str | None = EMBED_URL,
    embed_api_key: str | None = EMBED_API_KEY,
    embed_field: str = EMBED_FIELD,
) -> None:
    """Nearest neighbours of every row: nn_ids, nn_sims, min_neighbor_distance, repeat_count, ..."""
    from synthlens.similarity import run_neighbors, similarity_summary
    from synthlens.workspace import Workspace

    ws = Workspace.open(run)
    options = _options(
        model=model, embed_url=embed_url, embed_api_key=embed_api_key, embed_field=embed_field, k=k,
        threshold=threshold, sweep_floor=sweep_floor, index=index,
    )  # fmt: skip
    with progress_bar() as report:
        run_neighbors(ws, options, report)
    print_table(similarity_summary(ws, "neighbors"), title=str(ws.root))


@app.command()
def dedup(
    run: Path = RUN,
    threshold: float = THRESHOLD,
    keep: str = typer.Option("first", help="first, longest_response, highest_quality or highest_reward."),
    mode: str = typer.Option("components", help="components, strict or semdedup."),
    clusters: int | None = typer.Option(None, help="semdedup: k-means clusters (default rows/1000)."),
    sweep: bool = typer.Option(False, help="Also print the table threshold -> rows removed."),
    k: int = K,
    sweep_floor: float = SWEEP_FLOOR,
    index: str = INDEX,
    model: str | None = MODEL,
    embed_url: str | None = EMBED_URL,
    embed_api_key: str | None = EMBED_API_KEY,
    embed_field: str = EMBED_FIELD,
) -> None:
    """Semantic dedup: near-duplicate groups that do not depend on row order, one row kept per group."""
    import polars as pl

    from synthlens.similarity import dedup_run, similarity_summary
    from synthlens.workspace import Workspace

    ws = Workspace.open(run)
    options = _options(
        model=model, embed_url=embed_url, embed_api_key=embed_api_key, embed_field=embed_field, k=k,
        threshold=threshold, sweep_floor=sweep_floor, index=index, keep=keep, mode=mode, clusters=clusters,
    )  # fmt: skip
    with progress_bar() as report:
        dedup_run(ws, options, report)
    print_table(similarity_summary(ws, "dedup"), title=str(ws.root))
    if sweep and "sweep" in ws.manifest["stages"]["dedup"]:
        print_table(pl.DataFrame(ws.manifest["stages"]["dedup"]["sweep"]), title="threshold sweep")


@app.command("exact-dedup")
def exact_dedup(
    run: Path = RUN,
    minhash: bool = typer.Option(False, help="Also find near-exact duplicates with MinHash-LSH."),
    minhash_threshold: float = typer.Option(0.8, help="Jaccard similarity of character 5-grams."),
    field: str = EMBED_FIELD,
) -> None:
    """Exact duplicates after normalising case, whitespace and punctuation; MinHash as an option."""
    import polars as pl

    from synthlens.similarity.exact_dedup import exact_dedup_counts, exact_dedup_run
    from synthlens.workspace import Workspace

    ws = Workspace.open(run)
    with progress_bar() as report:
        table = exact_dedup_run(ws, field, minhash, minhash_threshold, report)
    counts = exact_dedup_counts(table)
    print_table(pl.DataFrame({"method": list(counts), "duplicates": list(counts.values())}), title=str(ws.root))


@app.command()
def overlap(
    run: Path = RUN,
    reference: str = typer.Option(..., "--reference", help="Reference data: a file, folder or Hub id."),
    reference_field: str | None = typer.Option(
        None, help="Column of the reference holding the prompt, when its format is not detected."
    ),
    name: str | None = typer.Option(
        None, help="Name of the reference (default: its file or folder name); one table per name."
    ),
    threshold: float = typer.Option(0.85, help="Contamination threshold on cosine similarity."),
    ngram: int = typer.Option(13, help="Word n-gram size for exact overlap."),
    limit: int | None = typer.Option(None, help="Read at most this many reference rows."),
    index: str = typer.Option("auto", "--index", help="auto (exact within a budget), flat (exact), ivf or hnsw."),
    model: str | None = MODEL,
    embed_url: str | None = EMBED_URL,
    embed_api_key: str | None = EMBED_API_KEY,
    embed_field: str = EMBED_FIELD,
) -> None:
    """Compare every row with a reference set (a baseline or a benchmark's prompts): exact text, nearest row,
    n-grams. Each reference keeps its own table; `is_contaminated` combines them all."""
    from synthlens.readers import dataset_name
    from synthlens.similarity.overlap import overlap_run, overlap_summary, reference_stage, search_text
    from synthlens.workspace import Workspace

    ws = Workspace.open(run)
    options = _options(
        model=model, embed_url=embed_url, embed_api_key=embed_api_key, embed_field=embed_field, index=index
    )
    rows = _read_reference(reference, reference_field, limit)
    name = name or dataset_name(reference)
    with progress_bar() as report:
        table = overlap_run(ws, rows, name, options.embedder(), embed_field, threshold, ngram, report, options.index)
    stage = reference_stage(name)
    print_table(overlap_summary(table, threshold), title=f"{ws.root} vs {reference} ({rows.height:,} rows)")
    console.print(f"stage {stage}; search: {search_text(ws.manifest['stages'][stage])}")


def _read_reference(reference: str, reference_field: str | None, limit: int | None):  # -> polars.DataFrame
    """The reference's canonical rows; a format that is not detected asks for --reference-field."""
    from synthlens.errors import SynthlensError
    from synthlens.readers import Columns, UnknownFormatError, read_dataset

    columns = Columns(reference_field) if reference_field else Columns()
    try:
        return read_dataset(reference, limit=limit, columns=columns)
    except UnknownFormatError as error:
        raise SynthlensError(
            f"{error.location}: {error.problem}; fix: --reference-field COLUMN, the column holding the prompt"
        ) from None
