"""Structured output, negotiated per endpoint: servers disagree on how a JSON schema is asked for.

vLLM, SGLang and OpenAI take `response_format: {"type": "json_schema", ...}`; llama.cpp's Python server takes
only `{"type": "json_object", "schema": ...}` and answers anything else with a request-validation error
(HTTP 500 there, 400/422 elsewhere); some servers take neither. The client tries the richest form first,
steps down once per rejection, and remembers what worked for the endpoint in the run's cache. The tolerant
text parser (judge/parsing.py) reads whatever comes back in any form.
"""

from typing import Any

FORMS = ("json_schema", "json_object", "text")
# Words a server's request-validation error carries (pydantic, FastAPI, vLLM), whatever its status code.
_VALIDATION_MARKERS = ("validation error", "literal_error", "input should be", "extra_forbidden", "unprocessable")


def shaped_params(params: dict[str, Any], form: str) -> dict[str, Any]:
    """The request parameters with `response_format` rewritten into `form` (dropped for "text")."""
    requested = params.get("response_format")
    if not requested or requested.get("type") != "json_schema" or form == "json_schema":
        return params
    rest = {name: value for name, value in params.items() if name != "response_format"}
    if form == "text":
        return rest
    schema = requested.get("json_schema", {}).get("schema")
    return {**rest, "response_format": {"type": "json_object", "schema": schema}}


def next_form(form: str) -> str | None:
    """The next simpler form to try after `form` was rejected, or None after plain text."""
    position = FORMS.index(form)
    return FORMS[position + 1] if position + 1 < len(FORMS) else None


def is_invalid_request(error: BaseException) -> bool:
    """A rejection of the request's shape: 400/422, or a 5xx whose body is a request-validation error.

    Such a request fails the same way every time, so it is never retried as a transient error.
    """
    status = getattr(error, "status_code", None)
    if status in (400, 422):
        return True
    if status is None or status < 500:
        return False
    return any(marker in str(error).lower() for marker in _VALIDATION_MARKERS)


def setting_key(public_url: str, model: str) -> str:
    """The cache's name for the form an endpoint and model took."""
    return f"structured_output {public_url} {model}"
