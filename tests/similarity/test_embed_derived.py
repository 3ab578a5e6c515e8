"""Models derived once from a local model: the static distillation and the ONNX export, cached by checksum.

A tiny randomly initialised BERT stands in for the bundled MiniLM, so distilling and exporting take seconds.
"""

import os
from pathlib import Path

import numpy as np
import pytest

from synthlens.embed import derived, static
from synthlens.embed.derived import RECORD, derived_model_dir
from synthlens.embed.onnx import OnnxEmbedder, onnx_model_dir
from synthlens.embed.static import StaticEmbedder, distilled_model_dir

WORDS = ["the", "a", "how", "do", "i", "can", "bake", "bread", "at", "home", "what", "is", "capital", "of"]
WORDS += ["australia", "write", "haiku", "about", "autumn", "leaves"]


def save_tiny_bert(folder: Path, seed: int) -> Path:
    """A one-layer, 32-wide BERT with a WordPiece vocabulary of the words above plus letters."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizerFast

    letters = list("abcdefghijklmnopqrstuvwxyz?.,!")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, *letters, *[f"##{c}" for c in letters]]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(vocab))
    BertTokenizerFast(str(folder / "vocab.txt")).save_pretrained(folder)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64
    )
    BertModel(config).save_pretrained(folder)
    return folder


@pytest.fixture
def tiny_bert(tmp_path) -> Path:
    return save_tiny_bert(tmp_path / "tiny-bert", seed=0)


@pytest.fixture
def count_builds(monkeypatch) -> list[Path]:
    """Records the source of every static distillation that actually runs."""
    calls: list[Path] = []
    real = static._distil

    def counted(source: Path, folder: Path) -> None:
        calls.append(source)
        real(source, folder)

    monkeypatch.setattr(static, "_distil", counted)
    return calls


def test_a_second_load_reuses_the_distilled_model(tiny_bert, tmp_path, count_builds):
    first = distilled_model_dir(tiny_bert, tmp_path / "models")
    again = distilled_model_dir(tiny_bert, tmp_path / "models")
    assert again == first and len(count_builds) == 1
    vectors = StaticEmbedder(again).encode(["how do i bake bread", "what is the capital of australia"])
    assert vectors.shape == (2, 32) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_changed_source_weights_distil_again(tiny_bert, tmp_path, count_builds):
    before = distilled_model_dir(tiny_bert, tmp_path / "models")
    save_tiny_bert(tiny_bert, seed=1)  # same folder, new weights: a new checksum
    after = distilled_model_dir(tiny_bert, tmp_path / "models")
    assert after != before and len(count_builds) == 2
    text = ["how do i bake bread at home"]
    assert not np.allclose(StaticEmbedder(before).encode(text), StaticEmbedder(after).encode(text))


def test_a_failed_build_leaves_nothing_that_is_reused(tiny_bert, tmp_path):
    def fails(source: Path, folder: Path) -> None:
        (folder / "half-written").write_text("x")
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        derived_model_dir("kind", tiny_bert, {}, fails, tmp_path / "models")
    assert list((tmp_path / "models").iterdir()) == []
    folder = derived_model_dir("kind", tiny_bert, {}, lambda source, folder: None, tmp_path / "models")
    assert (folder / RECORD).exists()


def test_builds_run_with_the_hub_offline(tiny_bert, tmp_path, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    seen = {}
    derived_model_dir("kind", tiny_bert, {}, lambda s, f: seen.update(os.environ), tmp_path / "models")
    assert seen["HF_HUB_OFFLINE"] == "1" and seen["TRANSFORMERS_OFFLINE"] == "1"
    assert "HF_HUB_OFFLINE" not in os.environ


def test_models_folder_follows_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("SYNTHLENS_MODELS")
    monkeypatch.setenv("SYNTHLENS_CACHE", str(tmp_path / "cache"))
    assert derived.models_dir() == tmp_path / "cache" / "models"


def test_onnx_export_computes_the_torch_mean_pooled_vectors(tiny_bert, tmp_path):
    import torch
    from transformers import AutoModel, AutoTokenizer

    texts = ["how do i bake bread", "a", "what is the capital of australia , write a haiku about autumn leaves"]
    embedder = OnnxEmbedder(onnx_model_dir(tiny_bert, tmp_path / "models"), name="tiny-onnx")
    tokenizer, model = AutoTokenizer.from_pretrained(tiny_bert), AutoModel.from_pretrained(tiny_bert).eval()
    batch = tokenizer(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    expected = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    np.testing.assert_allclose(embedder.encode(texts), expected, atol=1e-5)
