"""Build the synthlens demo dataset with planted defects and its ground truth, deterministically.

Run `python data/make_demo.py [OUTPUT_DIR]`; without an argument it writes next to this file. The text lives in
YAML files in demo_content/ (read with PyYAML, a synthlens dependency); the Python there only composes it. No
network, fixed seed: two runs produce byte-identical files.
"""

import json
import random
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # importing this file by path (tests) must still find its content package
    sys.path.insert(0, str(HERE))

from demo_content.defects import (  # noqa: E402
    eval_leak_items,
    eval_records,
    incomplete_items,
    low_quality_items,
    unsafe_items,
)
from demo_content.item import CATEGORIES, Item, generic_followups  # noqa: E402
from demo_content.paraphrase import paraphrase, vary_response  # noqa: E402
from demo_content.pool import clean_pool  # noqa: E402

SEED = 20240611
EMPTY_RESPONSES = 40
MULTI_TURN = 100
EXACT_COPIES_PER_GROUP = [1] * 44 + [2] * 8  # 52 groups, 60 copies
NEAR_COPIES_PER_GROUP = [1] * 20 + [2] * 15 + [3] * 10  # 45 groups, 80 paraphrases
FILES = ("demo.jsonl", "demo_truth.json", "eval_questions.jsonl")


class DemoDataError(Exception):
    """The generated data broke one of its own guarantees."""


@dataclass(eq=False)  # rows are compared by identity: an exact copy is a different row
class Row:
    """One output row; turns are (user, assistant) pairs, the first pair is instruction and response."""

    turns: list[tuple[str, str]]
    category: str
    kind: str = "clean"
    followups: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # hazard code, or eval id and overlap kind
    uuid: str = ""
    config: dict[str, float] = field(default_factory=dict)

    @property
    def instruction(self) -> str:
        """The first user turn."""
        return self.turns[0][0]


def normalise(text: str) -> str:
    """Lower-case with whitespace collapsed: the form in which clean instructions must be unique."""
    return " ".join(text.lower().split())


def require_unique(texts: list[str], what: str) -> None:
    """Fail loudly if two texts are equal after normalisation."""
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        key = normalise(text)
        if key in seen:
            clashes.append(text)
        seen[key] = text
    if clashes:
        raise DemoDataError(f"{len(clashes)} {what} repeat after normalisation, e.g. {clashes[:3]!r}")


def pick(
    rows: list[Row], count: int, rng: random.Random, allowed: Callable[[Row], bool] = lambda row: True
) -> list[Row]:
    """Choose count rows that are still clean and single-turn, without replacement."""
    candidates = [r for r in rows if r.kind == "clean" and len(r.turns) == 1 and allowed(r)]
    if len(candidates) < count:
        raise DemoDataError(f"need {count} candidate rows, only {len(candidates)} are available")
    return rng.sample(candidates, count)


def make_multi_turn(rows: list[Row], rng: random.Random) -> list[Row]:
    """Extend some clean rows with 1-2 follow-up exchanges; rows with written follow-ups go first."""
    written = [r for r in rows if r.followups]
    chosen = written + pick([r for r in rows if not r.followups], MULTI_TURN - len(written), rng)
    for row in chosen:
        follow = row.followups or generic_followups(row.turns[0][1], rng)
        extra = follow[: rng.choice([1, 2])]
        if len(extra) == 1 and row.followups and rng.random() < 0.3:
            extra += generic_followups(row.turns[0][1], rng)[-1:]
        row.turns = row.turns + extra
    return chosen


def plant_exact(rows: list[Row], rng: random.Random) -> list[list[Row]]:
    """Copy some clean rows verbatim; each group is the original followed by its copies."""
    groups = []
    originals = pick(rows, len(EXACT_COPIES_PER_GROUP), rng)
    for original, copies in zip(originals, EXACT_COPIES_PER_GROUP, strict=True):
        original.kind = "exact_original"
        groups.append([original] + [Row(list(original.turns), original.category, "exact_copy") for _ in range(copies)])
    return groups


def paraphrasable(row: Row) -> bool:
    """Short plain-prose instructions reword cleanly; quoted text, code and tables don't."""
    text = row.instruction
    return 25 <= len(text) <= 200 and not any(mark in text for mark in ('"', "'", "`", "\n", ":"))


def plant_near(rows: list[Row], taken: set[str], rng: random.Random) -> list[list[Row]]:
    """Add lightly reworded copies of some clean rows, each distinct from every other instruction."""
    groups = []
    originals = pick(rows, len(NEAR_COPIES_PER_GROUP), rng, paraphrasable)
    for original, copies in zip(originals, NEAR_COPIES_PER_GROUP, strict=True):
        original.kind = "near_original"
        group = [original]
        while len(group) <= copies:
            text = paraphrase(original.instruction, rng)
            if normalise(text) not in taken:
                taken.add(normalise(text))
                answer = vary_response(original.turns[0][1], rng)
                group.append(Row([(text, answer)], original.category, "near_copy"))
        groups.append(group)
    return groups


def insert_after_originals(order: list[Row], groups: list[list[Row]], rng: random.Random) -> None:
    """Place each copy at a random position after its group's original."""
    for group in groups:
        for copy in group[1:]:
            start = order.index(group[0]) + 1
            order.insert(rng.randint(start, len(order)), copy)


def as_row(item: Item, kind: str, **meta: str) -> Row:
    """A single-turn row from a content item."""
    return Row([(item.instruction, item.response)], item.category, kind, list(item.followups), meta)


def base_rows(rng: random.Random) -> tuple[list[Row], dict[str, list[Row]]]:
    """Clean rows plus the stand-alone defects, and the defect rows grouped by kind."""
    pool = clean_pool(rng)
    rng.shuffle(pool)
    empty = [Row([(item.instruction, "")], item.category, "empty_response") for item in pool[:EMPTY_RESPONSES]]
    clean = [as_row(item, "clean") for item in pool[EMPTY_RESPONSES:]]
    by_kind = {
        "empty_response": empty,
        "incomplete": [as_row(item, "incomplete") for item in incomplete_items(rng)],
        "low_quality": [as_row(item, "low_quality") for item in low_quality_items()],
        "unsafe": [as_row(item, "unsafe", hazard=code) for item, code in unsafe_items()],
        "eval_overlap": [
            as_row(item, "eval_overlap", eval_id=eval_ref, overlap=kind) for item, eval_ref, kind in eval_leak_items()
        ],
    }
    return empty + clean + [row for kind in list(by_kind)[1:] for row in by_kind[kind]], by_kind


def check_rows(rows: list[Row], evals: list[dict[str, str]]) -> None:
    """Fail loudly if the planted structure leaked into rows that are meant to be clean."""
    standalone = [r.instruction for r in rows if r.kind not in ("exact_copy", "near_copy", "eval_overlap")]
    require_unique(standalone, "clean or defect instructions")
    prompts = [normalise(e["prompt"]) for e in evals]
    leaked = [
        r.instruction for r in rows if r.kind != "eval_overlap" and any(p in normalise(r.instruction) for p in prompts)
    ]
    if leaked:
        raise DemoDataError(f"{len(leaked)} rows outside the eval-overlap set contain an eval prompt: {leaked[:3]!r}")
    unknown = sorted({r.category for r in rows} - set(CATEGORIES))
    if unknown:
        raise DemoDataError(f"unknown categories {unknown}; allowed: {list(CATEGORIES)}")


def assign_ids(order: list[Row], seed: int) -> None:
    """Give every row a uuid and sampling settings from their own seeded stream, in file order."""
    rng = random.Random(seed + 1)
    for row in order:
        row.uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        row.config = {
            "temperature": rng.choice([0.7, 0.8, 0.9, 1.0, 1.0, 1.1]),
            "top_p": rng.choice([0.9, 0.95, 0.99, 1.0]),
        }


def to_record(row: Row) -> dict:
    """The Magpie/ShareGPT-style JSON object for one row."""
    conversations = []
    for user, assistant in row.turns:
        conversations += [{"from": "human", "value": user}, {"from": "gpt", "value": assistant}]
    return {
        "uuid": row.uuid,
        "instruction": row.instruction,
        "response": row.turns[0][1],
        "conversations": conversations,
        "model": "demo-generator",
        "gen_input_configs": row.config,
    }


def uuids(rows: list[Row]) -> list[str]:
    """The uuids of rows, in the given order."""
    return [row.uuid for row in rows]


def build_truth(order: list[Row], by_kind: dict[str, list[Row]], exact: list[list[Row]], near: list[list[Row]]) -> dict:
    """The ground truth keyed by uuid."""
    return {
        "exact_duplicate_groups": [uuids(group) for group in exact],
        "near_duplicate_groups": [uuids(group) for group in near],
        "incomplete": uuids(by_kind["incomplete"]),
        "empty_response": uuids(by_kind["empty_response"]),
        "low_quality": uuids(by_kind["low_quality"]),
        "unsafe": uuids(by_kind["unsafe"]),
        "unsafe_hazard": {row.uuid: row.meta["hazard"] for row in by_kind["unsafe"]},
        "eval_overlap": [
            {"uuid": row.uuid, "eval_id": row.meta["eval_id"], "kind": row.meta["overlap"]}
            for row in by_kind["eval_overlap"]
        ],
        "category": {row.uuid: row.category for row in order},
        "multi_turn": uuids([row for row in order if len(row.turns) > 1]),
    }


def build(seed: int = SEED) -> dict[str, str]:
    """Generate the three files' contents, keyed by file name."""
    rng = random.Random(seed)
    rows, by_kind = base_rows(rng)
    evals = eval_records()
    check_rows(rows, evals)
    clean = [r for r in rows if r.kind == "clean"]
    make_multi_turn(clean, rng)
    exact = plant_exact(clean, rng)
    near = plant_near(clean, {normalise(r.instruction) for r in rows}, rng)
    order = rows[:]
    rng.shuffle(order)
    insert_after_originals(order, exact + near, rng)
    assign_ids(order, seed)
    truth = build_truth(order, by_kind, exact, near)
    return {
        "demo.jsonl": "".join(json.dumps(to_record(r), ensure_ascii=False) + "\n" for r in order),
        "demo_truth.json": json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
        "eval_questions.jsonl": "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in evals),
    }


def write_demo(out_dir: Path, seed: int = SEED) -> list[Path]:
    """Write the demo files into out_dir and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in build(seed).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: optional output folder, default the folder of this script."""
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else HERE
    for path in write_demo(out_dir):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
