"""The LLM client over real HTTP against the scripted server: retries, Retry-After, the response cache,
failure accounting, setup errors, and API keys that never reach the disk."""

import asyncio
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from judge_rows import canonical_rows
from llm_server import (
    LLMServer,
    Reply,
    ScriptedRequest,
    chat_reply,
    dropped,
    free_port,
    json_reply,
    malformed,
    rate_limited,
    server_error,
    slow,
)

from synthlens.errors import SynthlensError
from synthlens.judge import run_tagger
from synthlens.judge.client import ChatRequest, ClientSettings, LLMClient, RequestFailure, run_coroutine
from synthlens.judge.llm_taggers import llm_taggers

FAST = {"backoff_base": 0.01, "timeout": 2.0, "max_concurrency": 8}
QUESTIONS = [(f"What is {i} times {i + 3}?", str(i * (i + 3))) for i in range(40)]


def math_answer(_: ScriptedRequest) -> Reply:
    return json_reply({"task_category": "Math", "other_task_category": ["Reasoning"]})


def category_tagger(server: LLMServer, cache: Path | None = None, **options):
    [tagger] = llm_taggers(server.url, "judge-model", "category", cache_path=cache, **(FAST | options))
    return tagger


def row_digest(request: ScriptedRequest) -> int:
    return int(hashlib.sha256(request.prompt_text.encode()).hexdigest(), 16)


FAULTS: dict[str, Callable[[], Reply]] = {
    "429-retry-after": lambda: rate_limited(0.02),
    "500": server_error,
    "dropped-connection": dropped,
    "malformed-json": malformed,
    "slow-past-timeout": lambda: slow(math_answer(None), 1.5),
}


@pytest.mark.parametrize("transport", ["auto", "httpx"], ids=["aiohttp-if-installed", "httpx"])
@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_each_transient_fault_is_retried_until_the_row_is_tagged(fault: str, transport: str) -> None:
    attempts: Counter[str] = Counter()

    def handler(request: ScriptedRequest) -> Reply:
        attempts[request.prompt_text] += 1
        return FAULTS[fault]() if attempts[request.prompt_text] == 1 else math_answer(request)

    rows = canonical_rows(QUESTIONS[:6])
    with LLMServer(handler) as server:
        tagger = category_tagger(server, timeout=0.5, http_transport=transport)
        table = tagger.tag(rows)
    assert table["task_category"].to_list() == ["Math"] * 6
    assert server.count() == 12 and tagger.client.stats.retries == 6 and tagger.client.stats.failed == 0


def test_with_a_fifth_of_requests_failing_every_row_ends_tagged() -> None:
    """A quarter of the rows (picked by hash) fail once, some twice, with a mix of 429, 500, dropped
    connections, bad JSON and timeouts: about a fifth of all requests fail."""
    attempts: Counter[str] = Counter()
    injected = []
    kinds = list(FAULTS.values())

    def handler(request: ScriptedRequest) -> Reply:
        attempts[request.prompt_text] += 1
        digest, attempt = row_digest(request), attempts[request.prompt_text]
        if (digest % 4 == 0 and attempt == 1) or (digest % 16 == 0 and attempt == 2):
            injected.append(request.number)
            return kinds[(digest // 16 + attempt) % len(kinds)]()
        return math_answer(request)

    rows = canonical_rows([(f"Question number {i}: what is {i} squared?", None) for i in range(100)])
    with LLMServer(handler) as server:
        tagger = category_tagger(server, timeout=0.5, max_concurrency=16)
        table = tagger.tag(rows)
    assert table["task_category"].null_count() == 0
    assert 0.18 <= len(injected) / server.count() <= 0.3
    stats = tagger.client.stats
    assert server.count() == 100 + len(injected) and stats.retries == len(injected) and stats.failed == 0


def test_retry_after_is_respected_and_pauses_every_worker() -> None:
    def handler(request: ScriptedRequest) -> Reply:
        return rate_limited(0.4) if request.number == 0 else math_answer(request)

    with LLMServer(handler) as server:
        category_tagger(server, max_concurrency=2).tag(canonical_rows(QUESTIONS[:8]))
    first = server.requests[0].received_at
    later = [request.received_at - first for request in server.requests[2:]]
    assert len(server.requests) == 9 and min(later) >= 0.4  # the base backoff alone would wait ~0.01 s


def test_a_second_run_sends_nothing_and_duplicates_are_asked_once(tmp_path: Path) -> None:
    rows = canonical_rows(QUESTIONS[:10] + [QUESTIONS[0]] * 3)
    with LLMServer(math_answer) as server:
        first = category_tagger(server, tmp_path / "cache.sqlite")
        assert first.tag(rows)["task_category"].null_count() == 0
        assert server.count() == 10
        second = category_tagger(server, tmp_path / "cache.sqlite")
        assert second.tag(rows)["task_category"].to_list() == ["Math"] * 13
    assert server.count() == 10 and second.client.stats.cached == 13 and second.client.stats.sent == 0


def test_request_that_keeps_failing_is_a_null_row_and_the_next_run_retries_only_it(make_run) -> None:
    workspace = make_run(QUESTIONS[:5] + [("poison row", None)])
    broken = {"on": True}

    def handler(request: ScriptedRequest) -> Reply:
        return server_error() if broken["on"] and "poison" in request.prompt_text else math_answer(request)

    with LLMServer(handler) as server:
        table = run_tagger(workspace, category_tagger(server, workspace.cache_path, max_retries=2))
        failed = table.filter(table["task_category_error"].is_not_null())
        assert failed["task_category_error"].to_list() == ["request_failed"] and table.height == 6
        stage = workspace.manifest["stages"]["category"]
        assert stage["failed"] == 1 and stage["key"] is None and server.count() == 5 + 3
        broken["on"] = False
        table = run_tagger(workspace, category_tagger(server, workspace.cache_path))
    assert server.count() == 9 and table["task_category"].null_count() == 0
    assert workspace.manifest["stages"]["category"]["key"] is not None


def test_a_rejected_request_fails_its_row_without_retries() -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if "long" in request.prompt_text:
            return Reply(status=400, body={"error": {"message": "prompt too long"}})
        return chat_reply("fine")

    prompts = ["a long one", "short", "another long one"]
    with LLMServer(handler) as server:
        client = LLMClient(ClientSettings(server.url, "m", backoff_base=0.01, max_concurrency=1))
        results = client.complete_all([ChatRequest([{"role": "user", "content": text}]) for text in prompts])
    reasons = [result.reason if isinstance(result, RequestFailure) else result.text for result in results]
    assert reasons == ["request_rejected", "fine", "request_rejected"] and server.count() == 3


def test_a_server_that_rejects_every_request_stops_the_run() -> None:
    def handler(request: ScriptedRequest) -> Reply:
        return Reply(status=400, body={"error": {"message": "Unsupported parameter: 'max_tokens'"}})

    with LLMServer(handler) as server:
        client = LLMClient(ClientSettings(server.url, "m", max_concurrency=2))
        with pytest.raises(SynthlensError, match="rejected the first 8 requests.*max_tokens"):
            client.complete_all([ChatRequest([{"role": "user", "content": f"q{i}"}]) for i in range(50)])
        assert server.count() < 12


@pytest.mark.parametrize(
    ("status", "advice"),
    [(401, "SYNTHLENS_TEST_KEY"), (403, "SYNTHLENS_TEST_KEY"), (404, "--model")],
    ids=["401-bad-key", "403-forbidden", "404-unknown-model"],
)
def test_setup_errors_stop_the_run_with_the_fix(status: int, advice: str) -> None:
    def handler(_: ScriptedRequest) -> Reply:
        return Reply(status=status, body={"error": {"message": "no"}})

    with LLMServer(handler) as server:
        tagger = category_tagger(server, api_key_env="SYNTHLENS_TEST_KEY")
        with pytest.raises(SynthlensError, match=advice):
            tagger.tag(canonical_rows(QUESTIONS[:20]))
        assert server.count() <= FAST["max_concurrency"]


def test_an_endpoint_nobody_listens_on_is_one_clear_error() -> None:
    port = free_port()
    [tagger] = llm_taggers(f"http://127.0.0.1:{port}/v1", "m", "category", max_retries=1, backoff_base=0.01)
    with pytest.raises(SynthlensError, match="cannot reach .*connection refused.*correct --endpoint"):
        tagger.tag(canonical_rows(QUESTIONS[:2]))


def test_a_server_without_json_schema_support_gets_plain_requests() -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if "response_format" in request.body:
            return Reply(status=400, body={"error": {"message": "response_format is not supported"}})
        return chat_reply('Sure!\n```json\n{"task_category": "math", "other_task_category": [],}\n```')

    with LLMServer(handler) as server:
        tagger = category_tagger(server, max_concurrency=4)
        table = tagger.tag(canonical_rows(QUESTIONS[:12]))
    rejected = sum(1 for request in server.requests if "response_format" in request.body)
    assert table["task_category"].to_list() == ["Math"] * 12 and tagger.client.stats.structured_output == "text"
    assert 2 <= rejected <= 8 and server.count() == 12 + rejected  # each of 4 workers tries two forms at most


def llama_cpp_style(request: ScriptedRequest) -> Reply:
    """llama.cpp's Python server: json_schema is a request-validation error with HTTP 500."""
    kind = (request.body.get("response_format") or {}).get("type")
    if kind not in (None, "text", "json_object"):
        detail = "1 validation error: {'type': 'literal_error', 'msg': \"Input should be 'text' or 'json_object'\"}"
        return Reply(status=500, body={"error": {"message": detail, "type": "internal_server_error"}})
    return json_reply({"task_category": "Math", "other_task_category": []})


def test_a_500_validation_error_steps_down_to_json_object_at_once_and_is_remembered(make_run) -> None:
    workspace = make_run(QUESTIONS[:6])
    with LLMServer(llama_cpp_style) as server:
        tagger = category_tagger(server, workspace.cache_path, max_concurrency=1)
        table = tagger.tag(workspace.rows())
        first_run = list(server.requests)
        server.requests.clear()
        again = category_tagger(server, workspace.cache_path, max_concurrency=1)
        again.tag(canonical_rows([("What is 7 times 8?", None)]))
    assert table["task_category"].to_list() == ["Math"] * 6 and tagger.client.stats.retries == 0
    assert [r.body["response_format"]["type"] for r in first_run] == ["json_schema"] + ["json_object"] * 6
    assert first_run[1].body["response_format"]["schema"]["properties"]["task_category"]["enum"][0]
    assert [r.body["response_format"]["type"] for r in server.requests] == ["json_object"]


def test_the_api_key_is_sent_but_never_written(make_run, monkeypatch) -> None:
    secret = "sk-test-5f3c9a1e77b2"
    monkeypatch.setenv("SYNTHLENS_TEST_KEY", secret)

    def handler(request: ScriptedRequest) -> Reply:
        if request.headers.get("authorization") != f"Bearer {secret}":
            return Reply(status=401, body={"error": {"message": "missing key"}})
        if "poison" in request.prompt_text:  # a server that echoes the key in its error
            return Reply(status=500, body={"error": {"message": f"key {secret} is over quota"}})
        return math_answer(request)

    workspace = make_run(QUESTIONS[:4] + [("poison", None)])
    with LLMServer(handler) as server:
        tagger = category_tagger(server, workspace.cache_path, api_key_env="SYNTHLENS_TEST_KEY", max_retries=0)
        run_tagger(workspace, tagger)
    stage = workspace.manifest["stages"]["category"]
    assert (
        stage["api_key_env"] == "SYNTHLENS_TEST_KEY" and stage["prompt_tokens"] == 40 and "***" in stage["last_error"]
    )
    for path in workspace.root.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_token_usage_and_request_counts_reach_the_manifest(make_run) -> None:
    workspace = make_run(QUESTIONS[:7])
    with LLMServer(
        lambda r: json_reply({"task_category": "Math", "other_task_category": []}, usage=(100, 7))
    ) as server:
        run_tagger(workspace, category_tagger(server, workspace.cache_path))
    stage = workspace.manifest["stages"]["category"]
    assert (stage["prompt_tokens"], stage["completion_tokens"], stage["sent"], stage["cached"]) == (700, 49, 7, 0)
    assert json.loads((workspace.root / "manifest.json").read_text())["stages"]["category"]["model"] == "judge-model"


def test_the_client_also_runs_inside_a_running_event_loop() -> None:
    async def notebook_cell(url: str) -> list:
        client = LLMClient(ClientSettings(url, "m"))
        return client.complete_all([ChatRequest([{"role": "user", "content": "hi"}])])

    with LLMServer(math_answer) as server:
        [answer] = asyncio.run(notebook_cell(server.url))
    assert "Math" in answer.text


def test_run_coroutine_returns_the_value() -> None:
    async def seven() -> int:
        return 7

    assert run_coroutine(seven()) == 7


def test_one_rejected_row_does_not_turn_the_json_schema_off() -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if "too long" in request.prompt_text:
            return Reply(status=400, body={"error": {"message": "context length exceeded"}})
        return math_answer(request)

    rows = canonical_rows([("too long " * 50, None)] + QUESTIONS[:5])
    with LLMServer(handler) as server:
        tagger = category_tagger(server, max_concurrency=1)
        table = tagger.tag(rows)
    assert table["task_category_error"].to_list() == ["request_rejected"] + [None] * 5
    later = [request for request in server.requests if "too long" not in request.prompt_text]
    assert tagger.client.stats.structured_output == "json_schema"
    assert all(r.body["response_format"]["type"] == "json_schema" for r in later)
    assert server.count() == 8  # the long row was tried once in each of the three forms


def test_a_row_rejected_for_good_finishes_the_stage_and_is_sent_again_only_on_request(make_run) -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if "too long" in request.prompt_text:
            return Reply(status=400, body={"error": {"message": "context length exceeded"}})
        return math_answer(request)

    workspace = make_run([("too long " * 50, None)] + QUESTIONS[:3])
    with LLMServer(handler) as server:
        first = run_tagger(workspace, category_tagger(server, workspace.cache_path, max_concurrency=1))
        after_first = server.count()
        run_tagger(workspace, category_tagger(server, workspace.cache_path))
        after_rerun = server.count()
        run_tagger(workspace, category_tagger(server, workspace.cache_path), retry_failed=True)
        resent = server.requests[after_rerun:]
    assert first["task_category_error"].to_list() == ["request_rejected", None, None, None]
    assert workspace.manifest["stages"]["category"]["key"] is not None  # done, not "run again"
    assert after_rerun == after_first  # a plain re-run sends nothing
    assert resent and all("too long" in request.prompt_text for request in resent)
