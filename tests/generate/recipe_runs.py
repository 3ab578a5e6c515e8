"""Running a recipe against a scripted server and reading back what it wrote."""

import json
from pathlib import Path
from typing import Any

from llm_server import LLMServer

from synthlens.generate import GenerateOptions, GenerateResult, generate


def run_recipe(
    recipe: Any, server: LLMServer, out: Path, rows: int = 100, **options: Any
) -> tuple[list[dict], GenerateResult]:
    settings = GenerateOptions(endpoint=server.url, model="gen-model", rows=rows, concurrency=2, **options)
    result = generate(recipe, out, settings)
    return [json.loads(line) for line in out.read_text().splitlines()], result
