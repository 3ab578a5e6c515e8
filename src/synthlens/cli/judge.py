"""Commands that judge every row with a model: tag (category, quality, difficulty), guard, reward."""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar
from synthlens.progress import ProgressFn

if TYPE_CHECKING:
    import polars as pl

# Options shared by the commands (typer accepts one OptionInfo in several commands).
RUN = typer.Argument(..., help="A run folder (made by synthlens ingest or analyze).")
ENDPOINT = typer.Option(..., help="OpenAI-compatible base URL, e.g. http://localhost:8000/v1 (vLLM).")
API_KEY_ENV = typer.Option(
    "OPENAI_API_KEY", help="Name of the environment variable that holds the API key (its value is never stored)."
)
CONCURRENCY = typer.Option(32, help="Requests in flight at once.")
TIMEOUT = typer.Option(120.0, help="Seconds before one request is abandoned and retried.")
MAX_RETRIES = typer.Option(6, help="Retries per request on 429, 5xx, timeouts, dropped connections, bad JSON.")
RETRY_FAILED = typer.Option(False, help="Send again the rows the server rejected in an earlier run.")
ENGINE = typer.Option("local", help="local, or ray: spread the requests (or rows) over Ray workers.")
RAY_ADDRESS = typer.Option(None, help="With --engine ray: HOST:PORT of a Ray cluster (default: start a local one).")
ACTORS = typer.Option(2, help="With --engine ray: worker actors.")


def _client_options(api_key_env: str, concurrency: int, timeout: float, max_retries: int) -> dict[str, Any]:
    return {"api_key_env": api_key_env, "max_concurrency": concurrency, "timeout": timeout, "max_retries": max_retries}


@app.command()
def tag(
    run: Path = RUN,
    endpoint: str = ENDPOINT,
    model: str = typer.Option(..., help="Judge model as the server names it, e.g. meta-llama/Meta-Llama-3-8B-Instruct"),
    tasks: str = typer.Option("category,quality,difficulty", help="Comma-separated: category, quality, difficulty."),
    api_key_env: str = API_KEY_ENV,
    concurrency: int = CONCURRENCY,
    timeout: float = TIMEOUT,
    max_retries: int = MAX_RETRIES,
    retry_failed: bool = RETRY_FAILED,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Tag every instruction with an LLM judge: task category, input quality, difficulty (Magpie's labels)."""
    from synthlens.judge.llm_taggers import llm_taggers
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    options = _client_options(api_key_env, concurrency, timeout, max_retries)
    taggers = llm_taggers(endpoint, model, tasks, cache_path=workspace.cache_path, **options)
    _run_and_report(workspace, taggers, retry_failed, _engine(engine, ray_address, actors))


@app.command()
def guard(
    run: Path = RUN,
    endpoint: str = ENDPOINT,
    model: str = typer.Option("meta-llama/Llama-Guard-3-8B", help="A Llama Guard 3 or 2 model."),
    guard_version: str = typer.Option("auto", help="3, 2, or auto (from the model name)."),
    guard_target: str = typer.Option("prompt", help="prompt: the instruction alone; response: with its answer."),
    api_key_env: str = API_KEY_ENV,
    concurrency: int = CONCURRENCY,
    timeout: float = TIMEOUT,
    max_retries: int = MAX_RETRIES,
    retry_failed: bool = RETRY_FAILED,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Check every row's safety with Llama Guard: is_safe, hazard_categories, hazard_names."""
    from synthlens.judge.guard import guard_tagger
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    options = _client_options(api_key_env, concurrency, timeout, max_retries)
    tagger = guard_tagger(
        endpoint,
        model,
        version=guard_version,
        target=guard_target,
        cache_path=workspace.cache_path,
        **options,
    )
    _run_and_report(workspace, [tagger], retry_failed, _engine(engine, ray_address, actors))


@app.command()
def reward(
    run: Path = RUN,
    endpoint: str | None = typer.Option(None, help="Score with a Nemotron-4-340B-Reward style API instead."),
    model: str | None = typer.Option(None, help="Reward model (default: a local Llama-3 RM, or Nemotron-4-340B)."),
    device: str = typer.Option("auto", help="Local model: auto, cpu, cuda, cuda:1, ..."),
    batch_size: int = typer.Option(8, help="Local model: conversations per forward pass."),
    trust_remote_code: bool = typer.Option(False, help="Local model: allow its own code (ArmoRM needs it)."),
    api_key_env: str = API_KEY_ENV,
    concurrency: int = CONCURRENCY,
    timeout: float = TIMEOUT,
    max_retries: int = MAX_RETRIES,
    retry_failed: bool = RETRY_FAILED,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Score every response with a reward model: local (instruct_reward) or Nemotron over an API."""
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    if endpoint:
        from synthlens.judge.nemotron import DEFAULT_NEMOTRON_MODEL, nemotron_tagger

        options = _client_options(api_key_env, concurrency, timeout, max_retries)
        tagger = nemotron_tagger(endpoint, model or DEFAULT_NEMOTRON_MODEL, cache_path=workspace.cache_path, **options)
    else:
        from synthlens.judge.reward import DEFAULT_REWARD_MODEL, LocalRewardTagger

        tagger = LocalRewardTagger(
            model or DEFAULT_REWARD_MODEL, device, batch_size, trust_remote_code=trust_remote_code
        )
    _run_and_report(workspace, [tagger], retry_failed, _engine(engine, ray_address, actors))


@app.command("judge")
def judge_all(
    run: Path = RUN,
    config: Path = typer.Option(..., help="A YAML or JSON file naming the judges (see docs/judges.md)."),
    retry_failed: bool = RETRY_FAILED,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Run every judge a config file names: Magpie tags, Llama Guard, reward model."""
    from synthlens.errors import SynthlensError
    from synthlens.judge.config import judge_taggers, read_judge_config
    from synthlens.workspace import Workspace

    workspace = Workspace.open(run)
    taggers = judge_taggers(read_judge_config(config), workspace.cache_path)
    if not taggers:
        raise SynthlensError(
            f"{config}: names no judge; allowed: endpoint + model, a guard section, a reward section; "
            "fix: see docs/judges.md"
        )
    _run_and_report(workspace, taggers, retry_failed, _engine(engine, ray_address, actors))


def _engine(kind: str, address: str | None, actors: int) -> Any:  # -> synthlens.engine.EngineOptions
    from synthlens.engine import EngineOptions

    return EngineOptions(kind, address, actors)


def _run_and_report(workspace: Any, taggers: list, retry_failed: bool = False, engine: Any = None) -> None:
    """Run each tagger as a stage with a live progress display, then print what it cost and found."""
    import polars as pl

    from synthlens.engine import LOCAL, on_engine
    from synthlens.judge import run_tagger

    summary, tables = [], []
    for tagger in [on_engine(tagger, engine or LOCAL) for tagger in taggers]:
        with request_progress(tagger) as report:
            table = run_tagger(workspace, tagger, report, retry_failed)
        summary.append(_usage_row(tagger, table))
        tables.append((tagger, table))
    print_table(pl.DataFrame(summary, infer_schema_length=None), title=f"{workspace.root}")
    for tagger, table in tables:
        _print_labels(tagger, table)
    for tagger, _ in tables:
        usage = tagger.usage() if hasattr(tagger, "usage") else {}
        if usage.get("failed"):
            console.print(
                f"{tagger.name}: {usage['failed']:,} of {usage['total']:,} rows got no answer after retries "
                f"(last error: {usage['last_error']}); run the same command again to send only those"
            )
        if usage.get("rejected"):
            console.print(
                f"{tagger.name}: the server rejected {usage['rejected']:,} requests (error request_rejected; "
                f"last error: {usage['last_error']}); the stage is done; --retry-failed sends them again"
            )


@contextmanager
def request_progress(tagger: Any) -> Iterator[ProgressFn]:
    """A progress bar showing done, cached and failed rows and rows/s for one tagger (plain lines when piped)."""
    if not console.is_terminal:
        with progress_bar() as report:
            yield report
        return
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("cached {task.fields[cached]:,}  failed {task.fields[failed]:,}  {task.fields[rate]:.1f} rows/s"),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=console, transient=True) as bars:
        bar = bars.add_task(tagger.name, total=None, cached=0, failed=0, rate=0.0)
        started = time.monotonic()

        def report(task: str, done: int, total: int | None) -> None:
            stats = getattr(getattr(tagger, "client", None), "stats", None)
            cached, failed = (stats.cached, stats.failed) if stats else (0, 0)
            rate = (done - cached) / max(time.monotonic() - started, 1e-6)
            bars.update(bar, completed=done, total=total, cached=cached, failed=failed, rate=rate)

        yield report


def _usage_row(tagger: Any, table: "pl.DataFrame") -> dict[str, Any]:
    usage = tagger.usage() if hasattr(tagger, "usage") else None
    row = {"stage": tagger.name, "rows": table.height}
    if usage is None:
        return row | {"status": "done"}
    if not usage:
        return row | {"status": "up to date", "requests": 0}
    status = "incomplete: run again" if usage.get("failed") else "done"
    return row | {
        "status": status,
        "requests": usage["sent"],
        "cached": usage["cached"],
        "failed": usage["failed"],
        "rejected": usage["rejected"],
        "bad answers": usage["bad_answers"],
        "retries": usage["retries"],
        "tokens in": usage["prompt_tokens"],
        "tokens out": usage["completion_tokens"],
        "seconds": usage["seconds"],
    }


def _print_labels(tagger: Any, table: "pl.DataFrame") -> None:
    """The distribution of the tagger's main label (category, quality, ...), or a numeric summary."""
    import polars as pl

    numeric = [name for name in tagger.columns if table[name].dtype.is_numeric()]
    if numeric:
        summary = {
            "column": numeric,
            "mean": [table[name].mean() for name in numeric],
            "min": [table[name].min() for name in numeric],
            "max": [table[name].max() for name in numeric],
            "missing": [table[name].null_count() for name in numeric],
        }
        print_table(pl.DataFrame(summary), title=tagger.name)
    else:
        column = tagger.columns[0]
        counts = table[column].cast(pl.String).fill_null("(failed)").value_counts(sort=True)
        print_table(counts, title=column)
