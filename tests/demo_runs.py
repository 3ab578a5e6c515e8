"""Real runs of the demo data for the select, compare and report tests, built once per test session and
shared by the test processes of a parallel run (tests read them; a test that writes works on a copy).

Run A is `analyze` on the first rows of data/demo.jsonl. Run B is a new version of it with defined edits:
rows removed from the end, new rows added (the demo rows that follow), and rows with one word changed, some
under a new uuid (found again only by near-duplicate match) and some keeping theirs.
"""

import dataclasses
import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from synthlens.ingest import ingest_dataset
from synthlens.pipeline import analyze
from synthlens.workspace import Workspace

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo.jsonl"
A_ROWS = 500
REMOVED, ADDED, EDITED_NEW_ID, EDITED_SAME_ID = 30, 25, 20, 5


@dataclass(frozen=True)
class Versions:
    """Two versions of the demo set and the edits that lead from A to B."""

    a: Workspace
    b: Workspace
    removed_ids: list[str]
    added_ids: list[str]
    edited_new_id: dict[str, str]  # uuid in A -> uuid in B
    edited_same_id: list[str]


def demo_records(count: int, start: int = 0) -> list[dict]:
    lines = DEMO.read_text(encoding="utf-8").splitlines()[start : start + count]
    return [json.loads(line) for line in lines]


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def analyzed(records: list[dict], folder: Path, embeddings_from: Workspace | None = None) -> Workspace:
    """`analyze` on the records; the embedding cache of an earlier run is copied first, so only new text
    is embedded."""
    data = write_jsonl(records, folder / "data.jsonl")
    if embeddings_from is not None:  # into the ingested run, which analyze then reuses
        ingest_dataset(data, folder / "run")
        shutil.copytree(embeddings_from.root / "embeddings" / "cache", folder / "run" / "embeddings" / "cache")
    return analyze(data, folder / "run").ingest.workspace


def with_one_word_changed(record: dict) -> dict:
    """The record with its first ' the ' (or first word) changed, in the instruction and its conversation."""
    instruction = record["instruction"]
    changed = instruction.replace(" the ", " this ", 1) if " the " in instruction else "Please " + instruction
    edited = json.loads(json.dumps(record))
    edited["instruction"] = changed
    for turn in edited.get("conversations", [])[:1]:
        turn["value"] = changed
    return edited


def shared_versions(root: Path) -> Versions:
    """The two versions under root, built by the first test process to get here; the others read them."""
    facts = root / "versions.json"
    with FileLock(str(root / "versions.lock")):
        if not facts.exists():
            built = build_versions(root)
            plain = {key: value for key, value in dataclasses.asdict(built).items() if key not in ("a", "b")}
            facts.write_text(json.dumps(plain))
    plain = json.loads(facts.read_text())
    return Versions(Workspace.open(root / "a" / "run"), Workspace.open(root / "b" / "run"), **plain)


def build_versions(root: Path) -> Versions:
    """Run A and run B (see the module docstring) under root."""
    a_records = demo_records(A_ROWS)
    run_a = analyzed(a_records, root / "a")
    kept = a_records[: A_ROWS - REMOVED]
    editable = [i for i, record in enumerate(kept) if len(record["instruction"].split()) >= 8]
    picked = editable[:: max(1, len(editable) // (EDITED_NEW_ID + EDITED_SAME_ID))][: EDITED_NEW_ID + EDITED_SAME_ID]
    b_records = list(kept)
    edited_new_id: dict[str, str] = {}
    for rank, index in enumerate(picked):
        edited = with_one_word_changed(kept[index])
        if rank < EDITED_NEW_ID:
            edited["uuid"] = str(uuid.UUID(int=rank + 1))
            edited_new_id[kept[index]["uuid"]] = edited["uuid"]
        b_records[index] = edited
    added = demo_records(ADDED, start=A_ROWS)
    run_b = analyzed(b_records + added, root / "b", embeddings_from=run_a)
    return Versions(
        run_a,
        run_b,
        [record["uuid"] for record in a_records[A_ROWS - REMOVED :]],
        [record["uuid"] for record in added],
        edited_new_id,
        [kept[index]["uuid"] for index in picked[EDITED_NEW_ID:]],
    )
