"""What goes to the endpoint and what comes back: requests, answers, failures, and a run's counts.

A `ChatRequest` goes to `/chat/completions` (the server applies the model's chat template); a `TextRequest`
goes to the raw `/completions` endpoint with a prompt the caller has already formatted (Magpie's pre-query
template, a base model's prompt).
"""

import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar

from synthlens.judge.retry import MalformedAnswer


@dataclass
class ChatRequest:
    """One chat completion to ask for; `params` go into the request body (temperature, response_format...)."""

    messages: list[dict[str, str]]
    params: dict[str, Any] = field(default_factory=dict)
    path: ClassVar[str] = "/chat/completions"

    def content(self) -> dict[str, Any]:
        """What the request asks about, besides the model and the parameters."""
        return {"messages": self.messages}

    def key_payload(self) -> Any:
        return self.messages  # the form cache keys have always had, so existing caches stay valid


@dataclass
class TextRequest:
    """One raw text completion: the prompt is sent as is, no chat template is applied."""

    prompt: str
    params: dict[str, Any] = field(default_factory=dict)
    path: ClassVar[str] = "/completions"

    def content(self) -> dict[str, Any]:
        return {"prompt": self.prompt}

    def key_payload(self) -> Any:
        return {"prompt": self.prompt}  # a dict, so it can never collide with a chat request's message list


Request = ChatRequest | TextRequest


@dataclass
class Completion:
    """The answer to one request: its text and, when asked for, its token logprobs."""

    text: str
    logprobs: list[tuple[str, float]] | None = None
    cached: bool = False


@dataclass
class RequestFailure:
    """A request that did not get an answer after its retries."""

    reason: str  # snake_case: request_failed (transient errors ran out of retries) or request_rejected
    message: str


@dataclass
class RunStats:
    """Counts for one run of the client; the CLI shows them live and the manifest records them."""

    total: int = 0
    done: int = 0
    cached: int = 0
    failed: int = 0  # rows whose request ran out of retries (transient errors): sent again next run
    answered: int = 0  # requests that got an answer from the server in this run
    sent: int = 0  # HTTP requests, retries included
    retries: int = 0
    rejected: int = 0  # requests the server refused (4xx other than auth/unknown model): final for the row
    prompt_tokens: int = 0
    completion_tokens: int = 0
    structured_output: str = ""  # the response_format form the server took (see judge/structured.py)
    last_error: str | None = None
    started_at: float = field(default_factory=time.monotonic)

    def facts(self) -> dict[str, Any]:
        """The counts as manifest facts."""
        facts = asdict(self)
        facts["seconds"] = round(time.monotonic() - facts.pop("started_at"), 3)
        return facts


def parse_answer(raw: bytes) -> dict[str, Any]:
    """Text, token logprobs and usage from a chat or text completion body."""
    try:
        body = json.loads(raw)
        choice = body["choices"][0]
        tokens = (choice.get("logprobs") or {}).get("content") or []
        usage = body.get("usage") or {}
        return {
            "text": (choice.get("message") or {}).get("content") or choice.get("text") or "",
            "logprobs": [[token["token"], token["logprob"]] for token in tokens] or None,
            "usage": [usage.get("prompt_tokens") or 0, usage.get("completion_tokens") or 0],
        }
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
        raise MalformedAnswer(f"not a completion: {raw[:80]!r}") from error
