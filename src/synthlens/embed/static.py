"""`minilm-static`: a static (Model2Vec) embedder distilled from the bundled MiniLM, tens of thousands of rows/s.

Distillation runs a forward pass of MiniLM over every token of its vocabulary once, then reduces the token
vectors with PCA; a sentence's vector is the mean of its tokens' vectors. It runs locally, once per user
(see `derived`), and its result is reused. Static vectors are a bag of words: they find rewordings of the
same words but miss paraphrases MiniLM finds (docs/similarity.md has the figures).
"""

from functools import partial
from pathlib import Path

import numpy as np

from synthlens.embed.derived import derived_model_dir
from synthlens.errors import SynthlensError

NAME = "minilm-static"
# model2vec's recommended settings; float32 so that nothing is lost to its default float16 storage.
DISTILL_SETTINGS = {"pca_dims": 256, "sif_coefficient": 1e-4, "quantize_to": "float32"}
MAX_TOKENS = 256  # what MiniLM reads of a text: two texts equal up to there are equal for both models
ENCODE_BATCH = 4096


def distilled_model_dir(source: Path | None = None, root: Path | None = None) -> Path:
    """The static model distilled from `source` (default: the bundled MiniLM), distilled now if missing."""
    return derived_model_dir(NAME, source, DISTILL_SETTINGS, _distil, root)


def _distil(source: Path, folder: Path) -> None:
    try:
        from model2vec.distill import distill
    except ImportError as error:
        raise SynthlensError(
            f"{NAME} needs model2vec to distil the static model; fix: pip install model2vec skeletoken"
        ) from error
    from model2vec.distill import inference
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # the library never prints; the build is announced in a log line
    shown = inference.tqdm
    inference.tqdm = partial(shown, disable=True)
    try:
        model = distill(str(source), device="cpu", **DISTILL_SETTINGS)
    finally:
        inference.tqdm = shown
    model.save_pretrained(str(folder))


class StaticEmbedder:
    """Mean of per-token vectors from a Model2Vec folder; float32 unit rows (a text with no token gives 0s)."""

    def __init__(self, folder: Path | None = None, name: str = NAME) -> None:
        from model2vec import StaticModel

        folder = folder or distilled_model_dir()
        self.name = name
        self._model = StaticModel.from_pretrained(folder, force_download=False)
        self.dim = int(self._model.dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        # One process: the caller batches, and worker processes cost more than they save on a few cores.
        vectors = self._model.encode(
            list(texts), max_length=MAX_TOKENS, batch_size=ENCODE_BATCH, use_multiprocessing=False
        )
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms > 0, norms, 1.0)
