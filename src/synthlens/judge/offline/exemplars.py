"""The labelled exemplar sentences bundled with the offline taggers (YAML files: label -> sentences)."""

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from synthlens.errors import SynthlensError


@dataclass(frozen=True)
class Exemplars:
    """Sentences with one label each, in file order, and a short hash of the file for cache keys."""

    texts: tuple[str, ...]
    labels: tuple[str, ...]
    version: str


@cache
def load_exemplars(name: str) -> Exemplars:
    """Read exemplars/<name>.yaml from the package, e.g. "category" or "safety"."""
    resource = resources.files("synthlens.judge.offline") / "exemplars" / f"{name}.yaml"
    if not resource.is_file():
        raise SynthlensError(
            f"no exemplar file '{name}.yaml' in synthlens.judge.offline; allowed: category, safety;"
            " fix: reinstall synthlens"
        )
    raw = resource.read_bytes()
    by_label: dict[str, list[str]] = yaml.safe_load(raw)
    texts = tuple(text for sentences in by_label.values() for text in sentences)
    labels = tuple(label for label, sentences in by_label.items() for _ in sentences)
    return Exemplars(texts, labels, hashlib.sha256(raw).hexdigest()[:12])
