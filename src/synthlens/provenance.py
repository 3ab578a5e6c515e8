"""Which runs a process wrote to, so that the command line can be recorded in each (secrets masked).

Standard library only: the CLI's entry point uses it before it knows whether the command is just `--help`.
"""

import platform
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

# Words that mark an option whose value a recorded command line never keeps (--api-key, --hf-token, ...).
SECRET_WORDS = {"key", "apikey", "token", "secret", "password", "passwd", "auth", "authorization", "credentials"}
_tracking: list[set[Path]] = []  # one set per `tracked_writes` block
# The libraries whose version changes what a stage computes.
LIBRARIES = ("polars", "numpy", "faiss-cpu", "sentence-transformers", "torch", "scikit-learn", "umap-learn")


@contextmanager
def tracked_writes() -> Iterator[set[Path]]:
    """Collect the runs whose manifest is saved inside the block."""
    written: set[Path] = set()
    _tracking.append(written)
    try:
        yield written
    finally:
        _tracking.remove(written)


def note_write(root: Path) -> None:
    """Called by the workspace each time it saves a run's manifest."""
    for written in _tracking:
        written.add(Path(root).resolve())


def redact(argv: Sequence[str]) -> list[str]:
    """The command line with the value of every key-, token- or password-like option replaced by ***, and
    the password of a URL (scheme://user:password@host) too. Environment variables are never read here."""
    shown: list[str] = []
    hide_next = False
    for argument in argv:
        name, equals, _ = argument.partition("=")
        if hide_next:
            shown.append("***")
        elif equals and _is_secret_option(name):
            shown.append(f"{name}=***")
        else:
            shown.append(re.sub(r"(://[^/:@\s]+):[^/@\s]+@", r"\1:***@", argument))
        hide_next = not equals and _is_secret_option(argument)
    return shown


def _is_secret_option(name: str) -> bool:
    words = re.split(r"[-_]", name.lstrip("-").lower())
    return name.startswith("-") and bool(SECRET_WORDS.intersection(words))


def library_versions() -> dict[str, str]:
    """Python's version and each installed library's, for the record of a command."""
    from importlib import metadata

    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions
