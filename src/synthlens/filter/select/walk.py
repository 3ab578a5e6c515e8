"""The selection walk: go down a ranking and take each row unless a row already taken is too similar to it,
until a token or row budget is spent (DEITA's score-first, diversity-aware selection).

Rows are read in blocks. Each block is searched against a faiss index of the rows taken so far (exact for
small sets, IVF above `EXACT_MAX_ROWS`), then the rows of the block that pass are checked against each other
with one matrix product, in ranking order, and the ones taken join the index. Everything happens in ranking
order, so the outcome depends on the ranking alone, never on the order of the input rows.
"""

from dataclasses import dataclass

import numpy as np

from synthlens.progress import ProgressFn, silent

TAKEN, TOO_SIMILAR, OVER_BUDGET, OVER_CAP, NOT_REACHED = 0, 1, 2, 3, 4
OUTCOMES = ("taken", "too_similar", "over_budget", "over_cap", "not_reached")
BLOCK_ROWS = 2048
EXACT_MAX_ROWS = 20_000  # up to this many candidates the index of taken rows is exact (flat)
# Cells searched per row. A limit of 0.9 or more only looks for close paraphrases, which share a cell: on
# Alpaca's MiniLM vectors 4, 8 and 16 probes gave the exact walk's outcome at 0.9; at 0.8, 8 probes changed 24
# of 52K outcomes and 16 probes 2.
IVF_NPROBE_CLOSE, IVF_NPROBE = 8, 16
IVF_TRAIN_PER_LIST = 40


@dataclass(frozen=True)
class WalkPlan:
    """What the walk may take: a similarity limit, budgets, and per-category floors and caps.

    max_similarity: a row is skipped when its cosine similarity to a taken row is at or above this (None: off).
    floors, caps: per category code (the `categories` array's values), -1 where a category has none.
    """

    max_similarity: float | None = 0.9
    budget_tokens: int | None = None
    budget_rows: int | None = None
    floors: np.ndarray | None = None
    caps: np.ndarray | None = None


@dataclass
class _State:
    """The rows taken so far: their index, the budget spent and the count per category."""

    plan: WalkPlan
    index: object  # faiss.Index
    outcome: np.ndarray  # per candidate, in ranking order
    per_category: np.ndarray
    tokens: int = 0
    rows: int = 0
    spent: bool = False

    def fits(self, tokens: int) -> bool:
        budget = self.plan
        if budget.budget_rows is not None and self.rows + 1 > budget.budget_rows:
            return False
        return budget.budget_tokens is None or self.tokens + tokens <= budget.budget_tokens


def walk(
    vectors: np.ndarray,
    ranking: np.ndarray,
    tokens: np.ndarray,
    categories: np.ndarray | None,
    plan: WalkPlan,
    progress: ProgressFn = silent,
) -> np.ndarray:
    """The outcome (TAKEN, TOO_SIMILAR, ...) of each candidate, in ranking order.

    vectors: unit rows of the whole table; ranking: the candidates' row numbers, best first;
    tokens, categories: per row of the table (categories as small integer codes).
    """
    codes = np.zeros(len(vectors), np.int64) if categories is None else np.asarray(categories, np.int64)
    n_codes = int(codes.max(initial=0)) + 1
    outcome = np.full(len(ranking), NOT_REACHED, np.uint8)
    index = _taken_index(vectors, ranking, plan.max_similarity)
    state = _State(plan, index, outcome, np.zeros(n_codes, np.int64))
    floors = plan.floors if plan.floors is not None else np.full(n_codes, -1)
    for code in np.flatnonzero(floors > 0):  # floors first, so that a budget cannot starve a small category
        positions = np.flatnonzero(codes[ranking] == code)
        _walk_positions(vectors, ranking, tokens, codes, positions, state, progress, floor=(int(code), floors[code]))
    _walk_positions(vectors, ranking, tokens, codes, np.arange(len(ranking)), state, progress)
    return state.outcome


def ivf_lists(candidates: int) -> int:
    """IVF cells for a number of candidates: about their square root."""
    return int(np.clip(np.sqrt(candidates), 16, 4096))


def ivf_probes(max_similarity: float | None) -> int:
    """Cells searched per row: fewer for a high similarity limit (close paraphrases share a cell)."""
    return IVF_NPROBE_CLOSE if max_similarity is not None and max_similarity >= 0.9 else IVF_NPROBE


def index_kind(candidates: int, max_similarity: float | None) -> str:
    """How the walk searches the taken rows for this many candidates, as the report names it."""
    if candidates <= EXACT_MAX_ROWS:
        return "flat (exact)"
    return f"ivf ({ivf_lists(candidates)} lists, {ivf_probes(max_similarity)} probed)"


def _taken_index(vectors: np.ndarray, ranking: np.ndarray, max_similarity: float | None) -> object:
    """An empty inner-product index for the taken rows: flat when the candidates are few, else IVF whose
    cells are trained on a seeded sample of the candidates (taken in ranking order)."""
    import faiss

    dim = vectors.shape[1]
    if len(ranking) <= EXACT_MAX_ROWS:
        return faiss.IndexFlatIP(dim)
    lists = ivf_lists(len(ranking))
    sample = np.random.default_rng(0).choice(len(ranking), min(len(ranking), lists * IVF_TRAIN_PER_LIST), replace=False)
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, lists, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = 0
    index.train(np.ascontiguousarray(vectors[ranking[np.sort(sample)]], dtype=np.float32))
    index.nprobe = ivf_probes(max_similarity)
    return index


def _walk_positions(
    vectors: np.ndarray,
    ranking: np.ndarray,
    tokens: np.ndarray,
    codes: np.ndarray,
    positions: np.ndarray,
    state: _State,
    progress: ProgressFn,
    floor: tuple[int, int] | None = None,
) -> None:
    """Decide the undecided candidates at these ranking positions, in order, block by block."""
    positions = positions[state.outcome[positions] == NOT_REACHED]
    for start in range(0, len(positions), BLOCK_ROWS):
        if state.spent or (floor and state.per_category[floor[0]] >= floor[1]):
            break
        block = positions[start : start + BLOCK_ROWS]
        rows = ranking[block]
        block_vectors = np.ascontiguousarray(vectors[rows], dtype=np.float32)
        taken = _decide_block(block, rows, block_vectors, tokens, codes, state, floor)
        if len(taken):
            state.index.add(block_vectors[taken])
        if floor is None:
            progress("select", start + len(block), len(positions))
    if floor is None and state.spent:
        left = state.outcome == NOT_REACHED
        state.outcome[left] = OVER_BUDGET


def _decide_block(
    block: np.ndarray,
    rows: np.ndarray,
    block_vectors: np.ndarray,
    tokens: np.ndarray,
    codes: np.ndarray,
    state: _State,
    floor: tuple[int, int] | None,
) -> np.ndarray:
    """Take the block's rows in order; returns the positions within the block that were taken."""
    limit = state.plan.max_similarity
    passed = np.arange(len(block))
    if limit is not None and state.index.ntotal:
        nearest = state.index.search(block_vectors, 1)[0][:, 0]
        state.outcome[block[nearest >= limit]] = TOO_SIMILAR
        passed = np.flatnonzero(nearest < limit)
    earlier = _earlier_conflicts(block_vectors[passed], limit)
    caps = state.plan.caps
    taken: list[int] = []
    taken_here = np.zeros(len(passed), bool)
    for at, (position, row) in enumerate(zip(block[passed].tolist(), rows[passed].tolist(), strict=True)):
        if at in earlier and taken_here[earlier[at]].any():
            state.outcome[position] = TOO_SIMILAR
            continue
        code = int(codes[row])
        if floor is not None and state.per_category[code] >= floor[1]:
            break  # the floor is met: the rest of this category waits for the main walk
        if caps is not None and 0 <= caps[code] <= state.per_category[code]:
            state.outcome[position] = OVER_CAP
            continue
        if not state.fits(int(tokens[row])):
            state.spent = True
            break
        state.outcome[position] = TAKEN
        state.tokens += int(tokens[row])
        state.rows += 1
        state.per_category[code] += 1
        taken_here[at] = True
        taken.append(int(passed[at]))
    return np.asarray(taken, np.int64)


def _earlier_conflicts(block_vectors: np.ndarray, limit: float | None) -> dict[int, np.ndarray]:
    """For each row of the block, the earlier rows of the block at or above the similarity limit."""
    if limit is None or len(block_vectors) < 2:
        return {}
    similar = np.triu(block_vectors @ block_vectors.T >= limit, k=1)  # [earlier, later]
    earlier, later = np.nonzero(similar)
    if not len(later):
        return {}
    order = np.argsort(later, kind="stable")
    earlier, later = earlier[order], later[order]
    bounds = np.flatnonzero(np.diff(later)) + 1
    groups = zip(np.split(later, bounds), np.split(earlier, bounds), strict=True)
    return {int(rows[0]): earlier_rows for rows, earlier_rows in groups}
