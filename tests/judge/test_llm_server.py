"""The scripted test server itself: OpenAI SDK calls work against it, it counts requests, it stops cleanly."""

import openai
import pytest
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply, default_handler, embeddings_reply


def test_sdk_chat_and_embeddings_round_trip() -> None:
    def handler(request: ScriptedRequest) -> Reply:
        if request.path.endswith("/embeddings"):
            return embeddings_reply([[0.6, 0.8]] * len(request.body["input"]))
        return chat_reply("hello", logprobs=[("hel", -0.1), ("lo", -0.2)])

    with LLMServer(handler) as server:
        client = openai.OpenAI(base_url=server.url, api_key="k", max_retries=0)
        chat = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        vectors = client.embeddings.create(model="e", input=["a", "b"])
        assert (server.count(), server.count("/embeddings")) == (1, 1)
    assert chat.choices[0].message.content == "hello" and chat.usage.prompt_tokens == 10
    assert [token.logprob for token in chat.choices[0].logprobs.content] == [-0.1, -0.2]
    assert [item.embedding for item in vectors.data] == [[0.6, 0.8], [0.6, 0.8]]


def test_status_and_headers_reach_the_client() -> None:
    def handler(_: ScriptedRequest) -> Reply:
        return Reply(status=429, body={"error": {"message": "slow"}}, headers={"Retry-After": "7"})

    with LLMServer(handler) as server:
        client = openai.OpenAI(base_url=server.url, api_key="k", max_retries=0)
        with pytest.raises(openai.RateLimitError) as caught:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert caught.value.response.headers["retry-after"] == "7"


def test_default_handler_and_restart_on_a_new_port() -> None:
    with LLMServer(default_handler) as first:
        client = openai.OpenAI(base_url=first.url, api_key="k", max_retries=0)
        assert client.chat.completions.create(model="m", messages=[]).choices[0].message.content
    with LLMServer() as second:
        assert second.port and second.count() == 0


def test_a_handler_bug_drops_the_connection_and_is_kept_for_the_test() -> None:
    def handler(_: ScriptedRequest) -> Reply:
        raise KeyError("oops")

    with LLMServer(handler) as server:
        client = openai.OpenAI(base_url=server.url, api_key="k", max_retries=0)
        with pytest.raises(openai.APIConnectionError):
            client.chat.completions.create(model="m", messages=[])
    assert [type(error) for error in server.handler_errors] == [KeyError]
