"""Small runs with every contract column, written by hand so each view's numbers are known in advance,
and the AppTest helpers the view tests share."""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import polars as pl
from streamlit.testing.v1 import AppTest

from synthlens import atomic
from synthlens.schema import CANONICAL_SCHEMA
from synthlens.workspace import Workspace

APP = Path(__file__).resolve().parents[2] / "dashboards" / "app.py"
TOPICS = ("Math", "Coding & Debugging", "Information seeking")
CENTRES = ((-5.0, 0.0), (5.0, 0.0), (0.0, 5.0))
QUALITY = ("very poor", "poor", "average", "good", "excellent")
DIFFICULTY = ("very easy", "easy", "medium", "hard", "very hard")
# Near-duplicate links (child -> parent, similarity): groups depend on the threshold.
LINKS = {"r03": ("r02", 0.97), "r08": ("r09", 0.93), "r10": ("r09", 0.96), "r17": ("r16", 0.86)}
UNSAFE = {"r20": ("S1", "Violent Crimes"), "r21": ("S10", "Hate")}
ROWS = 24
EMBED_MODEL = "fake-4d"


class FakeEmbedder:
    """Four-dimensional unit vectors from the number in a text: 'row 6' and 'baseline instruction 2' share e2."""

    name, dim = EMBED_MODEL, 4

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), 4), dtype=np.float32)
        vectors[np.arange(len(texts)), [int(text.split()[-1]) % 4 for text in texts]] = 1.0
        return vectors


def instruction_of(index: int) -> str:
    if index == 1:
        return instruction_of(0)  # an exact duplicate of r00
    if index == 5:
        return "Translate the following sentence:"  # incomplete
    if index == 3:
        return instruction_of(2) + " Please."  # near duplicate of r02
    topic = TOPICS[index // 8]
    return f"{topic} question number {index}: what is the capital of topic {index % 8}?"


def answer_of(index: int) -> str:
    return "" if index == 6 else f"An answer to question {index}."


def canonical(
    count: int, text: Callable[[int], str], answer: Callable[[int], str] = answer_of, source: str = "tiny"
) -> pl.DataFrame:
    records = []
    for index in range(count):
        instruction, response = text(index), answer(index)
        records.append(
            {
                "id": f"r{index:02d}",
                "instruction": instruction,
                "response": response,
                "conversation": [{"role": "user", "content": instruction}, {"role": "assistant", "content": response}],
                "system": None,
                "n_turns": 1,
                "source": source,
                "source_format": "magpie",
                "row_index": index,
            }
        )
    return pl.DataFrame(records, schema=CANONICAL_SCHEMA)


def stats_stage(rows: pl.DataFrame) -> pl.DataFrame:
    return rows.select(
        "id",
        pl.col("instruction").str.len_chars().alias("instruction_chars"),
        pl.col("response").str.len_chars().alias("response_chars"),
        (pl.col("instruction").str.len_chars() // 4).cast(pl.Int32).alias("instruction_tokens"),
        (pl.col("response").str.len_chars() // 4).cast(pl.Int32).alias("response_tokens"),
        (pl.col("response") == "").alias("is_empty_response"),
        pl.col("instruction").str.ends_with(":").alias("is_incomplete"),
        pl.len().over("instruction").cast(pl.Int32).alias("exact_dup_count"),
        (pl.int_range(pl.len()).over("instruction") > 0).alias("is_exact_dup"),
    )


def neighbors_stage(ids: list[str]) -> pl.DataFrame:
    """Each row's link partner first (when it has one), then two rows of its topic."""
    partners = {child: parent for child, (parent, _) in LINKS.items()}
    partners |= {parent: child for child, (parent, _) in LINKS.items()}
    sims = {frozenset((child, parent)): sim for child, (parent, sim) in LINKS.items()}
    linked = set(partners)
    nn_ids, nn_sims = [], []
    for index, row_id in enumerate(ids):
        topic_rows = [ids[i] for i in range(index // 8 * 8, index // 8 * 8 + 8) if ids[i] not in linked | {row_id}]
        listed = ([partners[row_id]] if row_id in partners else []) + topic_rows[:2]
        nn_ids.append(listed)
        nn_sims.append([sims.get(frozenset((row_id, other)), 0.6 - 0.1 * rank) for rank, other in enumerate(listed)])
    return pl.DataFrame(
        {
            "id": ids,
            "nn_ids": nn_ids,
            "nn_sims": nn_sims,
            "min_neighbor_distance": [1 - s[0] for s in nn_sims],
            "dup_link_id": [LINKS.get(row_id, (None, None))[0] for row_id in ids],
            "dup_link_sim": [LINKS.get(row_id, (None, None))[1] for row_id in ids],
        },
        schema_overrides={"nn_sims": pl.List(pl.Float32), "dup_link_sim": pl.Float32},
    )


def judge_stages(ids: list[str]) -> dict[str, pl.DataFrame]:
    n = len(ids)
    return {
        "coverage": pl.DataFrame(
            {
                "id": ids,
                "x": [CENTRES[i // 8][0] + (i % 8) * 0.1 for i in range(n)],
                "y": [CENTRES[i // 8][1] + (i % 8) * 0.1 for i in range(n)],
                "cluster": [i // 8 for i in range(n)],
                "cluster_label": [TOPICS[i // 8].lower() for i in range(n)],
            }
        ),
        "category": pl.DataFrame(
            {"id": ids, "task_category": [TOPICS[i // 8] for i in range(n)], "task_category_generator": "judge-llm"}
        ),
        "quality": pl.DataFrame(
            {"id": ids, "input_quality": [QUALITY[i % 5] for i in range(n)], "input_quality_generator": "judge-llm"}
        ),
        "difficulty": pl.DataFrame(
            {"id": ids, "difficulty": [DIFFICULTY[i % 3] for i in range(n)], "difficulty_generator": "judge-llm"}
        ),
        "language": pl.DataFrame(
            {"id": ids, "language": ["DE" if i == 22 else "EN" for i in range(n)], "language_generator": "lingua"}
        ),
        "safety": pl.DataFrame(
            {
                "id": ids,
                "is_safe": [row_id not in UNSAFE for row_id in ids],
                "hazard_categories": [[UNSAFE[r][0]] if r in UNSAFE else [] for r in ids],
                "hazard_names": [[UNSAFE[r][1]] if r in UNSAFE else [] for r in ids],
                "safety_generator": "llama-guard",
            }
        ),
        "reward": pl.DataFrame({"id": ids, "instruct_reward": [float(i - 12) for i in range(n)]}),
    }


def build_run(root: Path, rows: pl.DataFrame, stages: bool = True) -> Workspace:
    """A run of `rows`; with stages, every analysis stage of the contract and a baseline on the map."""
    ws = Workspace.create(root, {"path": "memory", "sha256": f"test-{root.name}", "format": "magpie"})
    ws.write_rows(rows)
    if not stages:
        return ws
    ids = rows["id"].to_list()
    ws.run_stage("stats", {}, lambda: stats_stage(rows))
    ws.run_stage("neighbors", {"k": 3, "threshold": 0.95, "floor": 0.8}, lambda: neighbors_stage(ids))
    from synthlens.similarity import dedup

    groups = dedup.groups_from_links(ws.read_stage("neighbors"), 0.95)
    representative = dedup.representatives(groups, dedup.keep_order(rows, "first"))
    ws.run_stage("dedup", {"threshold": 0.95, "keep": "first"}, lambda: dedup.dedup_table(rows["id"], representative))
    for stage, table in judge_stages(ids).items():
        ws.run_stage(stage, {"model": EMBED_MODEL} if stage == "coverage" else {}, lambda table=table: table)
    atomic.write_npy(FakeEmbedder().encode([f"row {i}" for i in range(len(ids))]), ws.embeddings_path(EMBED_MODEL))
    baseline = pl.DataFrame(
        {
            "source": "alpaca",
            "id": [f"a{i}" for i in range(6)],
            "instruction": [f"baseline instruction {i}" for i in range(6)],
            "x": [-5.0, -4.9, -4.8, 9.0, 9.1, 9.2],
            "y": [0.0, 0.1, 0.2, 9.0, 9.1, 9.2],
        }
    )
    atomic.write_parquet(baseline, root / "baselines" / "alpaca.parquet")
    metrics = pl.DataFrame({"source": ["dataset", "alpaca"], "coverage": [None, 0.5], "diversity": [0.7, 0.6]})
    atomic.write_parquet(metrics, root / "stages" / "coverage_metrics.parquet")
    return ws


def open_view(run: Workspace | Path, view: str, **state: object) -> AppTest:
    """Run the app on `run` showing `view`, with extra session state (e.g. a chart selection) set first."""
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.session_state["run_path"] = str(run.root if isinstance(run, Workspace) else run)
    app.session_state["view"] = view
    for key, value in state.items():
        app.session_state[key] = value
    return app.run()


def texts(app: AppTest) -> list[str]:
    """Every plain-text element's value (where dataset text must appear)."""
    return [element.value for element in app.text]


def markdown_sources(app: AppTest) -> list[str]:
    """The Markdown source of every element Streamlit renders as Markdown (captions, notes, labels)."""
    elements = [*app.markdown, *app.caption, *app.info, *app.warning, *app.error, *app.success, *app.subheader]
    labels = [widget.label for widget in [*app.checkbox, *app.button, *app.expander] if getattr(widget, "label", None)]
    return [element.value for element in elements] + labels


# Payloads that run script if any view renders dataset text as HTML or Markdown.
IMG_PAYLOAD = "<img src=x onerror=\"window.__xss=1;document.title='pwned'\">"
SCRIPT_PAYLOAD = "<script>window.__xss=1;document.title='pwned'</script>"
LINK_PAYLOAD = "[click me](javascript:window.__xss=1)"
PAYLOADS = (IMG_PAYLOAD, SCRIPT_PAYLOAD, LINK_PAYLOAD)


def hostile_run(root: Path) -> Workspace:
    """A full run whose instructions, responses, one id and the tag labels carry script payloads."""
    rows = canonical(ROWS, lambda i: f"{PAYLOADS[i % 3]} question {i}", lambda i: f"{SCRIPT_PAYLOAD} answer {i}")
    hostile_id = pl.when(pl.col("id") == "r04").then(pl.lit("r04" + IMG_PAYLOAD)).otherwise(pl.col("id"))
    rows = rows.with_columns(hostile_id.alias("id"))
    ws = build_run(root, rows)
    ids = rows["id"].to_list()
    hostile_tags = pl.DataFrame(
        {"id": ids, "task_category": [IMG_PAYLOAD if i % 2 else "Math" for i in range(len(ids))]}
    )
    ws.run_stage("category", {"hostile": True}, lambda: hostile_tags)
    coverage = ws.read_stage("coverage").with_columns(pl.lit(SCRIPT_PAYLOAD).alias("cluster_label"))
    ws.run_stage("coverage", {"hostile": True}, lambda: coverage)
    return ws
