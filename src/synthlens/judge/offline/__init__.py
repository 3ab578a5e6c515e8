"""Offline default taggers: category, quality, difficulty, language and a safety pre-screen, no LLM needed.

Used when no endpoint is configured. Every column they write carries the tagger's name in `*_generator`
("exemplar-knn-v1", "heuristic-v1", "lingua-<version>", "exemplar-prescreen-v1"), so nobody mistakes
them for LLM judgments.
"""

import numpy as np
import polars as pl

from synthlens.embed import Embedder
from synthlens.errors import SynthlensError
from synthlens.judge import Tagger
from synthlens.judge.language import LanguageTagger
from synthlens.judge.offline.category import CategoryTagger
from synthlens.judge.offline.difficulty import DifficultyTagger
from synthlens.judge.offline.quality import QualityTagger
from synthlens.judge.offline.safety import HAZARD_NAMES, SafetyPrescreen
from synthlens.judge.offline.vectors import RowVectors, SharedVectors
from synthlens.progress import ProgressFn, silent
from synthlens.workspace import Workspace

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
    "offline_taggers_for_run",
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
