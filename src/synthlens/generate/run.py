"""Running a recipe: check the endpoint, send the stages through the client, append rows as they finish.

Without an endpoint the embedded default model is started for the run and stopped after it.
"""

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthlens.engine import LOCAL, EngineOptions
from synthlens.errors import SynthlensError
from synthlens.generate.llm import GenerationLLM, Usage
from synthlens.generate.output import OutputFile
from synthlens.generate.recipe import Recipe
from synthlens.judge.client import LLMClient
from synthlens.judge.settings import ClientSettings, client_settings
from synthlens.progress import ProgressFn, silent


@dataclass
class GenerateOptions:
    """Where the model is, how many rows, and how the requests are sampled."""

    endpoint: str | None = None  # None: the embedded default model
    model: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    rows: int = 100
    seed: int = 0
    concurrency: int = 16
    max_tokens: int | None = None  # a cap on every stage's max_tokens
    params: dict[str, dict[str, Any]] = field(default_factory=dict)  # stage -> request parameter overrides
    timeout: float = 300.0
    max_retries: int = 4
    price_in: float | None = None  # per million prompt tokens
    price_out: float | None = None  # per million completion tokens
    engine: EngineOptions = LOCAL  # where the requests are sent from: this process, or Ray workers

    def __post_init__(self) -> None:
        if self.rows < 1 or self.concurrency < 1:
            raise SynthlensError(
                f"-n {self.rows}, --concurrency {self.concurrency}; allowed: both at least 1; fix: e.g. -n 100"
            )


@dataclass
class GenerateResult:
    path: Path
    model: str
    embedded: bool  # the run used the bundled toy model
    rows_written: int  # appended by this run
    rows_in_file: int
    usage: Usage
    report: list[tuple[str, str]]
    seconds: float

    def cost(self, price_in: float | None, price_out: float | None) -> float | None:
        if price_in is None or price_out is None:
            return None
        return (self.usage.prompt_tokens * price_in + self.usage.completion_tokens * price_out) / 1e6


def generate(
    recipe: Recipe, out: str | Path, options: GenerateOptions, progress: ProgressFn = silent
) -> GenerateResult:
    """Make up to `options.rows` rows with `recipe` into the JSONL file `out` (resuming what is there)."""
    output = OutputFile(out)
    if options.endpoint:
        return _run(recipe, output, options, _settings(options, options.endpoint, options.model), progress)
    from synthlens.generate.local_model import MODEL_NAME, local_server

    with local_server() as url:
        return _run(recipe, output, options, _settings(options, url, MODEL_NAME), progress, embedded=True)


def _settings(options: GenerateOptions, endpoint: str, model: str | None) -> ClientSettings:
    return client_settings(
        endpoint,
        model,
        api_key_env=options.api_key_env,
        max_concurrency=options.concurrency,
        timeout=options.timeout,
        max_retries=options.max_retries,
    )


def _run(
    recipe: Recipe,
    output: OutputFile,
    options: GenerateOptions,
    settings: ClientSettings,
    progress: ProgressFn,
    embedded: bool = False,
) -> GenerateResult:
    started = time.monotonic()
    check_endpoint(settings)
    sampling = stage_sampling(recipe, options)
    client: Any = LLMClient(settings, output.cache_path)
    if options.engine.is_ray:
        from synthlens.engine.llm import RayLLMClient

        client = RayLLMClient(client, options.engine)
    llm = GenerationLLM(client, options.seed, sampling, progress)
    gen_params = json.dumps({"recipe": recipe.settings(), "sampling": sampling}, sort_keys=True)
    provenance = {"gen_recipe": recipe.name, "gen_model": settings.model, "gen_params": gen_params}
    written = 0
    progress("rows", len(output.ids), options.rows)
    for batch in recipe.rows(llm, options.rows):
        rows = [_with_provenance(row, recipe.name, options.seed, provenance) for row in batch]
        written += output.append(rows)
        progress("rows", min(len(output.ids), options.rows), options.rows)
    seconds = time.monotonic() - started
    return GenerateResult(
        output.path, settings.model, embedded, written, len(output.ids), llm.usage, recipe.report(), seconds
    )


def _with_provenance(row: dict[str, Any], recipe: str, seed: int, provenance: dict[str, str]) -> dict[str, Any]:
    """The row in its written form: id and messages first, then provenance, then the recipe's fields."""
    index = row["gen_index"]
    head = {"id": f"{recipe}-{seed}-{index}", "messages": row["messages"], **provenance, "gen_seed": seed}
    return head | {name: value for name, value in row.items() if name != "messages"}


def stage_sampling(recipe: Recipe, options: GenerateOptions) -> dict[str, dict[str, Any]]:
    """Each stage's request parameters: the recipe's defaults, then --param overrides, then --max-tokens."""
    unknown = sorted(set(options.params) - set(recipe.stages))
    if unknown:
        raise SynthlensError(
            f"--param {unknown[0]}.…: {recipe.name} has no stage {unknown[0]!r}; allowed: "
            f"{', '.join(recipe.stages)}; fix: e.g. --param {next(iter(recipe.stages))}.temperature=0.7"
        )
    sampling = {}
    for stage, defaults in recipe.stages.items():
        params = {**defaults, **options.params.get(stage, {})}
        if options.max_tokens is not None:
            params["max_tokens"] = min(params.get("max_tokens", options.max_tokens), options.max_tokens)
        sampling[stage] = params
    return sampling


def check_endpoint(settings: ClientSettings) -> None:
    """Fail in one line before any work when the endpoint does not answer or does not serve the model."""
    status, body = _get_models(settings)
    if status in (401, 403):
        raise SynthlensError(
            f"{settings.public_url} refused the API key (HTTP {status}); fix: put a valid key in the "
            f"environment variable {settings.api_key_env} (see --api-key-env)"
        )
    served = _served_models(body) if status == 200 else []
    if served and settings.model not in served:
        raise SynthlensError(
            f"--model {settings.model!r} is not served by {settings.public_url}; allowed: {', '.join(served[:8])}; "
            "fix: pass one of those with --model"
        )


def _get_models(settings: ClientSettings) -> tuple[int, bytes]:
    """GET <endpoint>/models: (status, body); a server that cannot be reached is a one-line error."""
    import os
    import urllib.error
    import urllib.request

    request = urllib.request.Request(f"{settings.base_url.rstrip('/')}/models")
    request.add_header("Authorization", f"Bearer {os.environ.get(settings.api_key_env) or 'EMPTY'}")
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SynthlensError(
            f"cannot reach {settings.public_url} ({reason}); allowed: a running OpenAI-compatible server; "
            "fix: start the server or correct --endpoint"
        ) from None


def _served_models(body: bytes) -> list[str]:
    """The model ids a /models answer lists; [] when it answers in another shape."""
    try:
        return [str(item["id"]) for item in json.loads(body).get("data", [])]
    except (ValueError, KeyError, TypeError, AttributeError):
        return []
