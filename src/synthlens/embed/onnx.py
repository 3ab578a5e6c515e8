"""`minilm-onnx`: the bundled MiniLM exported once to ONNX and run on ONNX Runtime, with MiniLM's own vectors.

The export holds the whole sentence-transformers pipeline (BERT, mean pooling over real tokens, L2
normalisation), so a row's vector equals torch's to about 1e-7 and does not depend on the rows sharing its
batch. It stays float32: dynamic int8 quantisation was measured and rejected (docs/similarity.md): it lowers
near-duplicate similarities by about 0.006 and its activation scales depend on the whole batch.

Speed on few cores comes from short length-sorted batches (little padding) run by one single-threaded
session call per core in parallel, which beats one call spread over the cores for a model this small.
"""

import os
import shutil
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from synthlens.embed.derived import derived_model_dir
from synthlens.errors import SynthlensError

NAME = "minilm-onnx"
MODEL_FILE = "model.onnx"
EXPORT_SETTINGS = {"opset": 17, "pooling": "mean", "normalize": True, "precision": "float32"}
MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length (sentence_bert_config.json)
MINI_BATCH = 16


def onnx_model_dir(source: Path | None = None, root: Path | None = None) -> Path:
    """The ONNX export of `source` (default: the bundled MiniLM), exported now if missing."""
    return derived_model_dir(NAME, source, EXPORT_SETTINGS, _export, root)


def _export(source: Path, folder: Path) -> None:
    import torch
    from transformers import AutoModel

    module = _pooled(AutoModel.from_pretrained(str(source)).eval())
    sample = torch.ones((2, 8), dtype=torch.int64)
    axes = {"input_ids": {0: "rows", 1: "tokens"}, "attention_mask": {0: "rows", 1: "tokens"}, "embedding": {0: "rows"}}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer and deprecation notices about the TorchScript exporter
        torch.onnx.export(
            module,
            (sample, sample),
            str(folder / MODEL_FILE),
            dynamo=False,  # the TorchScript exporter needs no onnxscript and gives one self-contained file
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes=axes,
            opset_version=EXPORT_SETTINGS["opset"],
        )
    shutil.copy(source / "tokenizer.json", folder / "tokenizer.json")


def _pooled(model: Any) -> Any:
    """The transformer followed by mean pooling over real tokens and L2 normalisation, as one module."""
    import torch

    class MeanPooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            tokens = torch.zeros_like(input_ids)
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=tokens)
            mask = attention_mask.unsqueeze(-1).to(hidden.last_hidden_state.dtype)
            pooled = (hidden.last_hidden_state * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    return MeanPooled()


def available_cores() -> int:
    """CPU cores this process may run on (a container's or taskset's limit, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class OnnxEmbedder:
    """An exported sentence model on ONNX Runtime's CPU provider; float32 unit rows."""

    def __init__(
        self, folder: Path | None = None, name: str = NAME, workers: int | None = None, batch_rows: int = MINI_BATCH
    ) -> None:
        try:
            import onnxruntime
        except ImportError as error:
            raise SynthlensError(f"{name} needs ONNX Runtime; fix: pip install onnxruntime") from error
        from tokenizers import Tokenizer

        folder = folder or onnx_model_dir()
        self.name = name
        self.workers = workers or available_cores()
        self.batch_rows = batch_rows
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # parallel across batches instead (see the module's docstring)
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy-waiting on shared CPUs
        self._session = onnxruntime.InferenceSession(
            str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # padded per batch below, to that batch's longest text
        self.dim = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, texts: list[str]) -> np.ndarray:
        token_ids = [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts))]
        order = np.argsort([-len(ids) for ids in token_ids], kind="stable")
        batches = [order[start : start + self.batch_rows] for start in range(0, len(order), self.batch_rows)]
        vectors = np.empty((len(texts), self.dim), dtype=np.float32)
        with ThreadPoolExecutor(self.workers) as pool:
            encoded = pool.map(lambda rows: self._run([token_ids[i] for i in rows]), batches)
            for rows, block in zip(batches, encoded, strict=True):
                vectors[rows] = block
        return vectors

    def _run(self, token_ids: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in token_ids)
        input_ids = np.zeros((len(token_ids), width), dtype=np.int64)  # 0 is [PAD] in MiniLM's vocabulary
        for row, ids in enumerate(token_ids):
            input_ids[row, : len(ids)] = ids
        attention_mask = (np.arange(width) < np.array([[len(ids)] for ids in token_ids])).astype(np.int64)
        feeds = {"input_ids": input_ids, "attention_mask": attention_mask}
        return self._session.run(None, feeds)[0]
