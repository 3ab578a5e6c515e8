"""Short cluster labels from each cluster's most distinctive words (class-based TF-IDF, no model needed).

Every cluster's texts are pooled into one document; a word scores high when it is frequent in that cluster
and rare across the others: tf(word, cluster) * log(1 + mean words per cluster / total count of the word).
"""

from collections.abc import Sequence

import numpy as np

from synthlens.coverage.sampling import sample_indices

WORD_PATTERN = r"(?u)\b[^\W\d_][^\W\d_]{2,}\b"  # words of 3+ letters: no numbers, no punctuation
TEXTS_PER_CLUSTER = 2_000


def ctfidf_labels(
    texts: Sequence[str],
    labels: np.ndarray,
    n_words: int = 3,
    texts_per_cluster: int | None = TEXTS_PER_CLUSTER,
    seed: int = 0,
) -> dict[int, str]:
    """A label of the `n_words` most distinctive words for every cluster id present in `labels`."""
    from sklearn.feature_extraction.text import CountVectorizer

    clusters = np.unique(labels)
    documents = [_pooled_text(texts, np.flatnonzero(labels == c), texts_per_cluster, seed) for c in clusters]
    vectorizer = CountVectorizer(stop_words="english", token_pattern=WORD_PATTERN, lowercase=True)
    try:
        counts = vectorizer.fit_transform(documents).toarray().astype(np.float64)
    except ValueError:  # no word survives the stop list anywhere
        return {int(c): f"cluster {c}" for c in clusters}
    words = vectorizer.get_feature_names_out()
    scores = _ctfidf(counts)
    return {int(c): _label(scores[i], counts[i], words, n_words, int(c)) for i, c in enumerate(clusters)}


def _pooled_text(texts: Sequence[str], members: np.ndarray, cap: int | None, seed: int) -> str:
    picked = members[sample_indices(len(members), cap, seed)]
    return "\n".join(texts[i] or "" for i in picked)


def _ctfidf(counts: np.ndarray) -> np.ndarray:
    """Class-based TF-IDF scores, one row per cluster."""
    totals = counts.sum(axis=1, keepdims=True)
    term_frequency = counts / np.where(totals == 0, 1, totals)
    mean_words = counts.sum() / max(1, len(counts))
    inverse_frequency = np.log(1 + mean_words / np.maximum(counts.sum(axis=0), 1))
    return term_frequency * inverse_frequency


def _label(scores: np.ndarray, counts: np.ndarray, words: np.ndarray, n_words: int, cluster: int) -> str:
    ranked = [i for i in np.argsort(-scores, kind="stable")[:n_words] if counts[i] > 0]
    return ", ".join(words[i] for i in ranked) if ranked else f"cluster {cluster}"
