"""When to retry a failed request and how long to wait: exponential backoff with jitter, Retry-After first."""

import random
from email.utils import parsedate_to_datetime
from enum import Enum
from time import time
from typing import Any

from synthlens.judge.structured import is_invalid_request

# 408 timeout, 409 conflict, 425 too early, 429 rate limit: the same request can succeed later.
RETRYABLE_STATUS = {408, 409, 425, 429}
# The endpoint, the model or the key is wrong: every row would fail the same way, so the run stops.
CONFIG_STATUS = {401, 403, 404}


class Verdict(Enum):
    RETRY = "retry"  # transient: wait and send again
    FAIL_ROW = "fail_row"  # this request cannot succeed (e.g. 400 prompt too long): the row fails
    STOP = "stop"  # a setup error: the run stops with a clear message


class MalformedAnswer(Exception):
    """A 200 answer whose body is not a completion (truncated JSON, no choices)."""


def status_of(error: BaseException) -> int | None:
    """The HTTP status of an openai status error, else None."""
    return getattr(error, "status_code", None)


def verdict(error: BaseException) -> Verdict:
    """Classify an exception raised while sending one request."""
    import openai

    if isinstance(error, MalformedAnswer | openai.APIConnectionError | openai.APIResponseValidationError):
        return Verdict.RETRY  # APITimeoutError is an APIConnectionError
    status = status_of(error)
    if status is None:
        return Verdict.FAIL_ROW
    if status in CONFIG_STATUS:
        return Verdict.STOP
    if is_invalid_request(error):  # e.g. llama.cpp's HTTP 500 for a response_format it cannot parse
        return Verdict.FAIL_ROW
    if status in RETRYABLE_STATUS or status >= 500:
        return Verdict.RETRY
    return Verdict.FAIL_ROW


def retry_after_seconds(error: BaseException) -> float | None:
    """The server's Retry-After (or retry-after-ms) on an error response, in seconds, if it sent one."""
    response = getattr(error, "response", None)
    headers: Any = getattr(response, "headers", None) or {}
    if milliseconds := headers.get("retry-after-ms"):
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError):
        return None


def backoff_delay(attempt: int, base: float, cap: float, retry_after: float | None) -> float:
    """Seconds to wait before retry number `attempt + 1`.

    Without Retry-After: base * 2**attempt (at most `cap`), scaled by a random factor in [0.5, 1] so that
    many workers that failed together do not retry together. With Retry-After: that long (at most `cap`)
    plus up to 10% jitter.
    """
    if retry_after is not None:
        wait = min(retry_after, cap)
        return wait + random.uniform(0, 0.1 * wait)
    ceiling = min(cap, base * 2**attempt)
    return random.uniform(ceiling / 2, ceiling)
