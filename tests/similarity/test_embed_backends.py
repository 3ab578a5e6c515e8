"""The embedders made from the bundled MiniLM: names, shapes, agreement with torch, batch independence.

The static model is distilled and the ONNX model exported once per machine (the user's models folder).
"""

import numpy as np
import pytest

from synthlens.embed import DEFAULT_MODEL, TORCH_MODEL, bundled_embedder, make_embedder, vector_space

# (text, a near-identical rewrite): case, punctuation, one word changed
NEAR_IDENTICAL = [
    ("How do I bake sourdough bread at home?", "how do i bake sourdough bread at home"),
    ("Write a haiku about autumn leaves.", "Write a haiku about the autumn leaves!"),
    ("Explain the difference between TCP and UDP.", "Explain the difference between UDP and TCP."),
]
UNRELATED = ["What is the capital of Australia?", "Give three tips for staying healthy.", "Sort these numbers: 5, 2, 9"]
LONG = "Summarise this article. " + "The committee met again to discuss the budget for next year. " * 40


@pytest.mark.parametrize(
    ("option", "name"),
    [
        pytest.param(None, "minilm-onnx", id="default"),
        pytest.param("minilm-torch", TORCH_MODEL, id="torch"),
        pytest.param("all-MiniLM-L6-v2", TORCH_MODEL, id="old-name"),
        pytest.param("minilm-static", "minilm-static", id="static"),
    ],
)
def test_names_resolve_without_loading_a_model(option, name):
    assert make_embedder(option).name == name


def test_onnx_shares_the_torch_vector_space():
    assert vector_space(DEFAULT_MODEL) == vector_space(TORCH_MODEL) != vector_space("minilm-static")


def _pair_sims(vectors: np.ndarray) -> np.ndarray:
    return (vectors[0::2] * vectors[1::2]).sum(axis=1)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["minilm-onnx", "minilm-static", "minilm-torch"])
def test_unit_float32_rows_and_near_identical_pairs_closest(name):
    texts = [text for pair in NEAR_IDENTICAL for text in pair] + UNRELATED
    vectors = bundled_embedder(name).encode(texts)
    assert vectors.shape == (len(texts), bundled_embedder(name).dim) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -1)
    nearest = sims[: 2 * len(NEAR_IDENTICAL)].argmax(axis=1)  # each rewrite's nearest row is its pair
    assert nearest.tolist() == [i ^ 1 for i in range(2 * len(NEAR_IDENTICAL))]


@pytest.mark.slow
def test_onnx_gives_torch_vectors():
    texts = [text for pair in NEAR_IDENTICAL for text in pair] + UNRELATED + [LONG]
    onnx, torch = bundled_embedder("minilm-onnx").encode(texts), bundled_embedder("minilm-torch").encode(texts)
    np.testing.assert_allclose(onnx, torch, atol=1e-5)


@pytest.mark.slow
def test_static_agrees_with_torch_on_near_identical_pairs():
    texts = [text for pair in NEAR_IDENTICAL for text in pair]
    static, torch = bundled_embedder("minilm-static").encode(texts), bundled_embedder("minilm-torch").encode(texts)
    assert (_pair_sims(static) >= 0.9).all() and (_pair_sims(torch) >= 0.9).all()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["minilm-onnx", "minilm-static"])
def test_a_rows_vector_does_not_depend_on_its_batch(name):
    embedder = bundled_embedder(name)
    alone = embedder.encode([NEAR_IDENTICAL[0][0]])
    # Among a long text (more padding) and others, and in a batch larger than one mini-batch.
    crowded = embedder.encode([LONG, *UNRELATED * 7, NEAR_IDENTICAL[0][0]])[-1:]
    np.testing.assert_allclose(crowded, alone, atol=1e-6)


def test_an_unknown_name_offline_fails_at_once_naming_the_choices(monkeypatch):
    import synthlens.hub
    from synthlens.errors import SynthlensError

    monkeypatch.setattr(synthlens.hub, "reachable", lambda: False)
    with pytest.raises(SynthlensError, match="minilm-onnx, minilm-static, minilm-torch"):
        make_embedder("minilm-onnxx").encode(["x"])
