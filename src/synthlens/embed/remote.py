"""Embeddings from an OpenAI-compatible `/v1/embeddings` endpoint (vLLM, TEI, OpenAI), with retries."""

import numpy as np

from synthlens.errors import SynthlensError

DEFAULT_BATCH = 128


class OpenAIEmbedder:
    """An embedding model behind an OpenAI-compatible server; rows come back L2-normalised, in order.

    Retries (connection errors, 408/409/429/5xx, with exponential backoff) are the openai client's own.
    """

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        batch_size: int = DEFAULT_BATCH,
        max_retries: int = 5,
        timeout: float = 120.0,
        dim: int | None = None,
    ) -> None:
        try:
            from openai import OpenAI
        except ImportError as error:
            raise SynthlensError("the openai client is not installed; fix: pip install openai") from error
        # Local servers (vLLM, TEI) ignore the key, but the client insists on one.
        self._client = OpenAI(base_url=base_url, api_key=api_key or "EMPTY", max_retries=max_retries, timeout=timeout)
        self.name = model
        self.base_url = base_url
        self.batch_size = batch_size
        self.dim = dim or len(self._request(["dimension probe"])[0])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts in batches of `batch_size` requests; float32, unit rows."""
        rows: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            rows.extend(self._request(texts[start : start + self.batch_size]))
        vectors = np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms > 0, norms, 1.0)

    def _request(self, texts: list[str]) -> list[list[float]]:
        import openai

        # An empty string is rejected by some servers; a single space embeds the same "nothing".
        inputs = [text if text else " " for text in texts]
        try:
            response = self._client.embeddings.create(model=self.name, input=inputs, encoding_format="float")
        except openai.OpenAIError as error:
            raise SynthlensError(
                f"embedding request to {self.base_url or 'api.openai.com'} (model {self.name}) failed:"
                f" {error}; fix: check --embed-url, --embed-model and that the server is up"
            ) from error
        data = sorted(response.data, key=lambda item: item.index)
        if len(data) != len(texts):
            raise SynthlensError(
                f"embedding server returned {len(data)} vectors for {len(texts)} texts; fix: lower the batch size"
            )
        return [item.embedding for item in data]
