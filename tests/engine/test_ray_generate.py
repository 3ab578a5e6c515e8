"""Generation on Ray writes the same rows as the local engine, and each request goes out once."""

import json
from pathlib import Path

from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply

from synthlens.engine import EngineOptions
from synthlens.generate import GenerateOptions, generate
from synthlens.generate.combos import Combos, read_vocabulary, shipped_text


def story(request: ScriptedRequest) -> Reply:
    if request.method == "GET":
        return Reply(body={"data": [{"id": "m"}]})
    return chat_reply(f"A story (seed {request.body['seed']}).")


def test_combos_on_ray_writes_the_same_rows(ray_engine: EngineOptions, tmp_path: Path) -> None:
    vocabulary, source = read_vocabulary("tinystories")
    outputs = {}
    with LLMServer(story) as server:
        for engine in (EngineOptions(), ray_engine):
            out = tmp_path / f"{engine.kind}.jsonl"
            options = GenerateOptions(endpoint=server.url, model="m", rows=40, engine=engine)
            generate(Combos(vocabulary, shipped_text("tinystories", ".txt"), source), out, options)
            outputs[engine.kind] = [json.loads(line) for line in out.read_text().splitlines()]
        assert server.count() == 80  # 40 per engine, none twice
    assert outputs["ray"] == outputs["local"] and len(outputs["ray"]) == 40
