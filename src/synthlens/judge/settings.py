"""Where the judge requests go and how hard to push the server; the endpoint is checked before any work."""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from synthlens.errors import SynthlensError


@dataclass(frozen=True)
class ClientSettings:
    """Where to send requests and how hard to push the server."""

    base_url: str
    model: str
    api_key_env: str = "OPENAI_API_KEY"  # the variable's name; its value never leaves the process
    max_concurrency: int = 32
    timeout: float = 120.0
    max_retries: int = 6
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    http_transport: str = "auto"  # auto: the SDK's aiohttp transport when installed; httpx: the SDK default

    def __post_init__(self) -> None:
        if self.http_transport not in ("auto", "httpx"):
            raise SynthlensError(
                f"http_transport {self.http_transport!r} is not known; allowed: auto, httpx; fix: http_transport: auto"
            )
        if self.max_concurrency < 1 or self.max_retries < 0 or self.timeout <= 0:
            raise SynthlensError(
                f"client settings: concurrency={self.max_concurrency}, retries={self.max_retries}, "
                f"timeout={self.timeout}; allowed: concurrency >= 1, retries >= 0, timeout > 0; "
                "fix: pass sensible --concurrency/--max-retries/--timeout values"
            )

    @property
    def public_url(self) -> str:
        """The base URL without user info or query string, safe to record in the manifest."""
        parts = urlsplit(self.base_url)
        host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else parts.hostname or ""
        host = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, host, parts.path, "", ""))


def client_settings(endpoint: str, model: str | None, **options: Any) -> ClientSettings:
    """Client settings with the endpoint checked (and /v1 added to a bare host, as vLLM and Ollama serve)."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SynthlensError(
            f"--endpoint {endpoint!r} is not an http(s) URL; allowed: e.g. http://localhost:8000/v1; "
            "fix: pass the server's OpenAI-compatible base URL"
        )
    if parts.username or parts.password:
        host = f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}{parts.path}"
        raise SynthlensError(
            f"--endpoint {host}: holds a user name or password (user:pw@), which is not sent as an API key; "
            "allowed: a URL without credentials; fix: put the key in an environment variable and name it "
            "with --api-key-env"
        )
    if not model:
        raise SynthlensError("--model is missing; allowed: the model name the server serves; fix: add --model NAME")
    if parts.path in ("", "/"):
        endpoint = endpoint.rstrip("/") + "/v1"
    return ClientSettings(base_url=endpoint, model=model, **options)
