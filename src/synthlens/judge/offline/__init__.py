"""Offline default taggers: category, quality, difficulty, language and safety, no LLM needed.

Used when no endpoint is configured. Category, safety and difficulty are logistic regressions over the
default embedder's vectors, trained on public labelled data (`minilm-logreg-<version>`); quality is rules
(`heuristic-v1`) and language is lingua behind a fast English check. Every column carries its tagger in
`*_generator`, so nobody mistakes them for LLM judgments. With another embedder the learned heads cannot
read the vectors, and category, safety and difficulty fall back to the exemplar and rule taggers.
"""

import numpy as np
import polars as pl

from synthlens.embed import Embedder
from synthlens.errors import SynthlensError
from synthlens.judge import Tagger
from synthlens.judge.language import LanguageTagger
from synthlens.judge.offline.category import CategoryTagger
from synthlens.judge.offline.classifiers import CategoryClassifier, DifficultyClassifier, SafetyClassifier
from synthlens.judge.offline.difficulty import DifficultyTagger
from synthlens.judge.offline.heads import load_heads
from synthlens.judge.offline.quality import QualityTagger
from synthlens.judge.offline.safety import HAZARD_NAMES, SafetyPrescreen
from synthlens.judge.offline.vectors import RowVectors, SharedVectors
from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace

__all__ = [
    "HAZARD_NAMES",
    "CategoryClassifier",
    "CategoryTagger",
    "DifficultyClassifier",
    "DifficultyTagger",
    "LanguageTagger",
    "QualityTagger",
    "RowVectors",
    "SafetyClassifier",
    "SafetyPrescreen",
    "SharedVectors",
    "fallback_notice",
    "is_offline_generator",
    "offline_taggers",
    "offline_taggers_for_run",
]
FALLBACK_SUFFIX = "+fallback"


def offline_taggers(embed: RowVectors | None = None, embedder: Embedder | None = None) -> list[Tagger]:
    """The five offline taggers, sharing one embedding pass over the rows.

    embed: returns the rows' instruction vectors in row order (e.g. read from the embed stage) so they are
        not computed again; they must come from `embedder`'s model. Default: encode with `embedder`.
    embedder: the model behind the vectors. Default: the bundled MiniLM, which the learned heads read;
        with any other model, category, safety and difficulty use the fallback taggers (see fallback_notice).
    """
    vectors = SharedVectors(embed=embed, embedder=embedder)
    if fallback_notice(vectors.model_name) is None:
        learned = [CategoryClassifier(vectors), SafetyClassifier(vectors), DifficultyClassifier(vectors)]
        return [learned[0], QualityTagger(), learned[2], LanguageTagger(), learned[1]]
    fallback = [
        CategoryTagger(vectors),
        QualityTagger(),
        DifficultyTagger(),
        LanguageTagger(),
        SafetyPrescreen(vectors),
    ]
    for tagger in fallback:
        if tagger.name in ("category", "difficulty", "safety"):
            tagger.generator = f"{tagger.generator}{FALLBACK_SUFFIX}"
    return fallback


# Every generator an offline tagger writes starts with one of these (the learned heads add their version).
OFFLINE_GENERATOR_PREFIXES = ("minilm-logreg-", "exemplar-knn-", "exemplar-prescreen-", "heuristic-", "lingua-")
OFFLINE_GENERATOR_PREFIXES += ("english-check+lingua-",)


def is_offline_generator(generator: str) -> bool:
    """True when a *_generator value names one of synthlens's offline taggers rather than a judge model."""
    return generator.startswith(OFFLINE_GENERATOR_PREFIXES)


def fallback_notice(model_name: str) -> str | None:
    """One line saying the learned heads are not used with this embedder, or None when they are."""
    from synthlens.embed import vector_space

    trained_on = load_heads().embedder
    if vector_space(model_name) == vector_space(trained_on):  # minilm-onnx computes torch MiniLM's vectors
        return None
    return (
        f"offline category, safety and difficulty use the fallback taggers: the learned classifiers read"
        f" {trained_on} vectors and this run embeds with {model_name} (generator '*{FALLBACK_SUFFIX}')"
    )


def offline_taggers_for_run(
    workspace: Workspace, embedder: Embedder | None = None, progress: ProgressFn = silent
) -> list[Tagger]:
    """The offline taggers for one run, reading the row vectors from its embed stage (computed if missing)."""
    from synthlens.embed import make_embedder
    from synthlens.embed.stage import embed_run

    embedder = embedder or make_embedder()

    def run_vectors(rows: pl.DataFrame) -> np.ndarray:
        vectors = embed_run(workspace, embedder, progress=progress)
        if len(vectors) != rows.height:
            raise SynthlensError(
                f"{workspace.root}: the embed stage has {len(vectors)} rows but the run has {rows.height};"
                " fix: re-run synthlens analyze on this run"
            )
        return vectors

    return offline_taggers(embed=run_vectors, embedder=embedder)
