"""`synthlens generate RECIPE`: make synthetic rows with Magpie, topic trees, attribute combinations, persona
questions from documents or Bonito-style tasks; the output is JSONL that `synthlens analyze` reads."""

from pathlib import Path
from typing import Any

import typer

from synthlens.cli import app
from synthlens.cli.output import console, print_table, progress_bar

generate_app = typer.Typer(
    help="Generate instruction data with a recipe (against any OpenAI-compatible server, or the embedded model).",
    no_args_is_help=True,
)
app.add_typer(generate_app, name="generate")

ENDPOINT = typer.Option(
    None, help="OpenAI-compatible base URL (vLLM, llama.cpp, Ollama, NIM); default: embedded model."
)
MODEL = typer.Option(None, help="Model name as the server knows it (needed with --endpoint).")
ROWS = typer.Option(100, "-n", "--rows", help="Rows wanted.")
OUT = typer.Option(..., "-o", "--out", help="Output JSONL; an existing one is resumed, never overwritten.")
SEED = typer.Option(0, help="Run seed: every request's seed derives from it and the row.")
CONCURRENCY = typer.Option(16, help="Requests in flight at once.")
MAX_TOKENS = typer.Option(None, help="Cap on every stage's max_tokens.")
PARAM = typer.Option([], "--param", help="STAGE.NAME=VALUE request parameter override (repeatable).")
PROMPT_DIR = typer.Option(None, help="Folder of <stage>.txt files replacing the shipped prompts.")
API_KEY_ENV = typer.Option("OPENAI_API_KEY", help="Environment variable holding the API key (never stored).")
PRICE_IN = typer.Option(None, help="Price per million prompt tokens, to show the cost.")
PRICE_OUT = typer.Option(None, help="Price per million completion tokens, to show the cost.")
THEN_ANALYZE = typer.Option(False, help="Run `synthlens analyze` on the output afterwards.")
ENGINE = typer.Option("local", help="local, or ray: send the requests from Ray workers.")
RAY_ADDRESS = typer.Option(None, help="With --engine ray: HOST:PORT of a Ray cluster (default: start a local one).")
ACTORS = typer.Option(2, help="With --engine ray: worker actors.")


def _options(**values: Any) -> Any:  # -> synthlens.generate.GenerateOptions
    from synthlens.engine import EngineOptions
    from synthlens.generate import GenerateOptions

    values["params"] = _parse_params(values.pop("param"))
    values["engine"] = EngineOptions(values.pop("engine"), values.pop("ray_address"), values.pop("actors"))
    if values["endpoint"] and not values["model"]:
        from synthlens.errors import SynthlensError

        raise SynthlensError("--endpoint needs --model NAME (the model as the server names it); fix: add --model")
    return GenerateOptions(**values)


def _parse_params(raw: list[str]) -> dict[str, dict[str, Any]]:
    """--param query.temperature=0.7 -> {"query": {"temperature": 0.7}} (values read as YAML scalars)."""
    import yaml

    from synthlens.errors import SynthlensError

    params: dict[str, dict[str, Any]] = {}
    for item in raw:
        name, equals, value = item.partition("=")
        stage, dot, key = name.partition(".")
        if not (equals and dot and stage and key):
            raise SynthlensError(
                f"--param {item!r}; allowed: STAGE.NAME=VALUE; fix: e.g. --param query.temperature=0.7"
            )
        params.setdefault(stage, {})[key] = yaml.safe_load(value)
    return params


def _run(recipe: Any, out: Path, options: Any, then_analyze: bool) -> None:
    from synthlens.generate import generate

    with progress_bar() as report:
        result = generate(recipe, out, options, progress=report)
    _print_result(result, options)
    if then_analyze:
        from synthlens.pipeline import analyze

        with progress_bar() as report:
            analyzed = analyze(result.path, progress=report)  # its log says what was read and where it went
        print_table(analyzed.summary, title="summary")


def _print_result(result: Any, options: Any) -> None:  # result: GenerateResult
    usage = result.usage
    lines = [
        ("rows written now", f"{result.rows_written:,}"),
        ("rows in the file", f"{result.rows_in_file:,} of {options.rows:,} wanted"),
        *result.report,
        ("requests sent", f"{usage.sent:,} ({usage.cached:,} answered from the cache, {usage.failed:,} failed)"),
        ("tokens in / out", f"{usage.prompt_tokens:,} / {usage.completion_tokens:,}"),
        ("seconds", f"{result.seconds:,.1f}"),
    ]
    cost = result.cost(options.price_in, options.price_out)
    if cost is not None:
        lines.append(("cost", f"{cost:,.4f}"))
    import polars as pl

    print_table(pl.DataFrame(lines, schema=["what", "value"], orient="row"), title=f"{result.model} -> {result.path}")
    if result.embedded:
        console.print(
            "note: no --endpoint, so this ran on the embedded SmolLM2-135M model, which writes toy data. For real "
            "data serve a strong instruct model (e.g. `vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000`) "
            "and pass --endpoint http://localhost:8000/v1 --model meta-llama/Llama-3.1-8B-Instruct",
            soft_wrap=True,
        )


@generate_app.command()
def magpie(
    out: Path = OUT,
    rows: int = ROWS,
    endpoint: str | None = ENDPOINT,
    model: str | None = MODEL,
    template: str | None = typer.Option(
        None, help="Chat-template family: llama3, qwen2, gemma2, phi3, mistral, chatml."
    ),
    tokenizer: Path | None = typer.Option(None, help="The model's tokenizer_config.json or GGUF file."),
    turns: int = typer.Option(1, help="User turns per conversation."),
    system: str | None = typer.Option(None, help="System prompt that steers the queries toward a domain."),
    seed: int = SEED,
    concurrency: int = CONCURRENCY,
    max_tokens: int | None = MAX_TOKENS,
    param: list[str] = PARAM,
    api_key_env: str = API_KEY_ENV,
    price_in: float | None = PRICE_IN,
    price_out: float | None = PRICE_OUT,
    then_analyze: bool = THEN_ANALYZE,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Magpie: the model writes the user queries itself from its pre-query template, then answers them."""
    from synthlens.generate.magpie import Magpie

    options = _options(**_common(locals()))
    chat_format = _chat_format(template, tokenizer, endpoint)
    _run(Magpie(chat_format, _at_least_one("--turns", turns), system), out, options, then_analyze)


@generate_app.command()
def topics(
    out: Path = OUT,
    topic: str = typer.Option(..., help="The topic to cover, e.g. 'git commands'."),
    subtopics: int = typer.Option(5, help="Subtopics to ask for."),
    per_subtopic: int = typer.Option(10, help="Instructions to ask for per subtopic."),
    rows: int = ROWS,
    endpoint: str | None = ENDPOINT,
    model: str | None = MODEL,
    reward_endpoint: str | None = typer.Option(None, help="Nemotron-style reward API to score and filter pairs."),
    reward_model: str = typer.Option("nvidia/nemotron-4-340b-reward", help="Reward model on --reward-endpoint."),
    min_helpfulness: float = typer.Option(3.0, help="With a reward: keep helpfulness >= this."),
    max_verbosity: float = typer.Option(2.5, help="With a reward: keep verbosity <= this."),
    prompt_dir: Path | None = PROMPT_DIR,
    seed: int = SEED,
    concurrency: int = CONCURRENCY,
    max_tokens: int | None = MAX_TOKENS,
    param: list[str] = PARAM,
    api_key_env: str = API_KEY_ENV,
    price_in: float | None = PRICE_IN,
    price_out: float | None = PRICE_OUT,
    then_analyze: bool = THEN_ANALYZE,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Topic tree: subtopics of a topic, instructions per subtopic, a concise response to each."""
    from synthlens.generate.topics import RewardFilter, Topics

    options = _options(**_common(locals()))
    reward = None
    if reward_endpoint:
        reward = RewardFilter(reward_endpoint, reward_model, api_key_env, min_helpfulness, max_verbosity)
    counts = _at_least_one("--subtopics", subtopics), _at_least_one("--per-subtopic", per_subtopic)
    _run(Topics(topic, *counts, prompt_dir, reward), out, options, then_analyze)


@generate_app.command()
def combos(
    out: Path = OUT,
    vocab: str = typer.Option("tinystories", help="Vocabulary YAML (slot -> values), or tinystories / textbook."),
    template: Path | None = typer.Option(None, help="Prompt template with {slot} fields (default: TinyStories')."),
    rows: int = ROWS,
    endpoint: str | None = ENDPOINT,
    model: str | None = MODEL,
    seed: int = SEED,
    concurrency: int = CONCURRENCY,
    max_tokens: int | None = MAX_TOKENS,
    param: list[str] = PARAM,
    api_key_env: str = API_KEY_ENV,
    price_in: float | None = PRICE_IN,
    price_out: float | None = PRICE_OUT,
    then_analyze: bool = THEN_ANALYZE,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Attribute combinations: a template filled with seeded random choices from a vocabulary."""
    from synthlens.generate.combos import SHIPPED, Combos, read_vocabulary, shipped_text

    options = _options(**_common(locals()))
    vocabulary, source = read_vocabulary(vocab)
    if template is not None:
        text = _read_text(template, "--template")
    else:
        text = shipped_text(vocab if vocab in SHIPPED else "tinystories", ".txt")
    _run(Combos(vocabulary, text, source), out, options, then_analyze)


@generate_app.command()
def personas(
    out: Path = OUT,
    docs: list[Path] = typer.Option(..., help="Documents (txt, md, pdf) or folders of them (repeatable)."),
    personas_file: Path | None = typer.Option(None, "--personas", help="YAML list of {name, description, style}."),
    points: int = typer.Option(3, help="Points of interest per chunk and persona."),
    chunk_chars: int = typer.Option(1500, help="Largest chunk, in characters."),
    rows: int = ROWS,
    endpoint: str | None = ENDPOINT,
    model: str | None = MODEL,
    prompt_dir: Path | None = PROMPT_DIR,
    seed: int = SEED,
    concurrency: int = CONCURRENCY,
    max_tokens: int | None = MAX_TOKENS,
    param: list[str] = PARAM,
    api_key_env: str = API_KEY_ENV,
    price_in: float | None = PRICE_IN,
    price_out: float | None = PRICE_OUT,
    then_analyze: bool = THEN_ANALYZE,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Persona questions from documents, each with its source chunk as ground truth (retrieval evaluation)."""
    from synthlens.embed import make_embedder
    from synthlens.generate.documents import chunks, document_files
    from synthlens.generate.personas import Personas, read_personas

    options = _options(**_common(locals()))
    found = [chunk for path in document_files(docs) for chunk in chunks(path, chunk_chars)]
    recipe = Personas(
        found, read_personas(personas_file), make_embedder(), _at_least_one("--points", points), prompt_dir
    )
    _run(recipe, out, options, then_analyze)


@generate_app.command()
def tasks(
    out: Path = OUT,
    passages: Path = typer.Option(..., help="Passages: txt/md (cut into chunks) or JSONL with a text field."),
    task_type: str = typer.Option(..., help="yesno_qa, extractive_qa, mcq, nli, topic_classification, ..."),
    bonito: bool = typer.Option(False, help="Use Bonito's prompt format (also when the model name holds 'bonito')."),
    rows: int = ROWS,
    endpoint: str | None = ENDPOINT,
    model: str | None = MODEL,
    prompt_dir: Path | None = PROMPT_DIR,
    seed: int = SEED,
    concurrency: int = CONCURRENCY,
    max_tokens: int | None = MAX_TOKENS,
    param: list[str] = PARAM,
    api_key_env: str = API_KEY_ENV,
    price_in: float | None = PRICE_IN,
    price_out: float | None = PRICE_OUT,
    then_analyze: bool = THEN_ANALYZE,
    engine: str = ENGINE,
    ray_address: str | None = RAY_ADDRESS,
    actors: int = ACTORS,
) -> None:
    """Bonito-style tasks: input/output training pairs of one task type from passages."""
    from synthlens.generate.documents import chunks, document_files
    from synthlens.generate.tasks import Tasks, check_task_type

    options = _options(**_common(locals()))
    check_task_type(task_type)
    found = [chunk for path in document_files([passages]) for chunk in chunks(path)]
    use_bonito = bonito or "bonito" in (model or "").lower()
    _run(Tasks(found, task_type, use_bonito, prompt_dir), out, options, then_analyze)


COMMON = ("endpoint", "model", "api_key_env", "rows", "seed", "concurrency", "max_tokens", "param", "engine")


def _common(values: dict[str, Any]) -> dict[str, Any]:
    """The GenerateOptions fields among a command's arguments."""
    return {name: values[name] for name in (*COMMON, "price_in", "price_out", "ray_address", "actors")}


def _chat_format(template: str | None, tokenizer: Path | None, endpoint: str | None) -> Any:
    from synthlens.errors import SynthlensError
    from synthlens.generate.templates import family_format, family_names, tokenizer_format

    if template:
        return family_format(template)
    if tokenizer:
        return tokenizer_format(tokenizer)
    if endpoint is None:  # the embedded model: its own template, from its GGUF file
        from synthlens.generate.local_model import bundled_model_path

        return tokenizer_format(bundled_model_path())
    raise SynthlensError(
        "magpie needs the model's chat template to build its pre-query text; allowed: --template "
        f"{'|'.join(family_names())}, or --tokenizer PATH (tokenizer_config.json or GGUF); fix: add one of them"
    )


def _at_least_one(option: str, value: int) -> int:
    if value < 1:
        from synthlens.errors import SynthlensError

        raise SynthlensError(f"{option} {value}; allowed: 1 or more; fix: e.g. {option} 2")
    return value


def _read_text(path: Path, option: str) -> str:
    from synthlens.errors import SynthlensError

    if not path.is_file():
        raise SynthlensError(f"{option} {path}: no such file; fix: check the path")
    return path.read_text(encoding="utf-8")
