"""Whether the Hugging Face Hub can be reached, asked quickly (a few seconds at most) before any library
starts its own retries (which take half a minute offline and print a message per try).

Offline, `offline()` switches the Hub libraries to their offline mode for one call: what is in the local cache
still loads, and anything else fails at once.
"""

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

CHECK_SECONDS = 3.0
OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE")
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")


def offline_requested() -> bool:
    """True when the user set one of the Hub libraries' offline variables."""
    return any(os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on") for name in OFFLINE_VARIABLES)


def reachable(timeout: float = CHECK_SECONDS) -> bool:
    """True when a TCP connection to the Hub (HF_ENDPOINT, default huggingface.co:443) opens within `timeout`.

    Behind a proxy the direct check says nothing, so the answer is True and the libraries decide.
    """
    if offline_requested():
        return False
    if any(os.environ.get(name) for name in PROXY_VARIABLES):
        return True
    address = urlsplit(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    host, port = address.hostname or "huggingface.co", address.port or (80 if address.scheme == "http" else 443)
    outcome: list[bool] = []

    def connect() -> None:  # in a thread: name resolution ignores socket timeouts
        import socket

        try:
            socket.create_connection((host, port), timeout=timeout).close()
            outcome.append(True)
        except OSError:
            outcome.append(False)

    worker = threading.Thread(target=connect, daemon=True)
    worker.start()
    worker.join(timeout + 0.5)
    return bool(outcome and outcome[0])


@contextmanager
def offline(active: bool = True) -> Iterator[None]:
    """Within the block, the Hub libraries work offline (also those already imported); `active=False` leaves
    them as they are. Everything is restored afterwards, so a long-lived process can go online again."""
    if not active:
        yield
        return
    saved_env = {name: os.environ.get(name) for name in OFFLINE_VARIABLES}
    flags = [(sys.modules.get("huggingface_hub.constants"), "HF_HUB_OFFLINE")]
    flags += [(sys.modules.get("datasets.config"), name) for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE")]
    saved_flags = [(module, name, getattr(module, name)) for module, name in flags if module is not None]
    os.environ.update({name: "1" for name in OFFLINE_VARIABLES})
    for module, name, _ in saved_flags:
        setattr(module, name, True)
    try:
        yield
    finally:
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        for module, name, value in saved_flags:
            setattr(module, name, value)
