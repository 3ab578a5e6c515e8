"""Offline default taggers: category, quality, difficulty, language and a safety pre-screen, no LLM needed.

Used when no endpoint is configured. Every column they write carries the tagger's name in `*_generator`
("exemplar-knn-v1", "heuristic-v1", "lingua-<version>", "exemplar-prescreen-v1"), so nobody mistakes
them for LLM judgments.
"""

from synthlens.embed import Embedder
from synthlens.judge import Tagger
from synthlens.judge.language import LanguageTagger
from synthlens.judge.offline.category import CategoryTagger
from synthlens.judge.offline.difficulty import DifficultyTagger
from synthlens.judge.offline.quality import QualityTagger
from synthlens.judge.offline.safety import HAZARD_NAMES, SafetyPrescreen
from synthlens.judge.offline.vectors import RowVectors, SharedVectors

__all__ = [
    "HAZARD_NAMES",
    "CategoryTagger",
    "DifficultyTagger",
    "LanguageTagger",
    "QualityTagger",
    "RowVectors",
    "SafetyPrescreen",
    "SharedVectors",
    "offline_taggers",
]


def offline_taggers(embed: RowVectors | None = None, embedder: Embedder | None = None) -> list[Tagger]:
    """The five offline taggers, sharing one embedding pass over the rows.

    embed: returns the rows' instruction vectors in row order (e.g. read from the embed stage) so they are
        not computed again; they must come from `embedder`'s model. Default: encode with `embedder`.
    embedder: the model for exemplars (and rows when `embed` is None). Default: the bundled MiniLM.
    """
    vectors = SharedVectors(embed=embed, embedder=embedder)
    return [
        CategoryTagger(vectors),
        QualityTagger(),
        DifficultyTagger(),
        LanguageTagger(),
        SafetyPrescreen(vectors),
    ]
