"""Train the offline classifiers that synthlens ships (category, safety, hazard code, difficulty).

    python scripts/train_offline_taggers.py --fetch        # download the pinned sources, then train
    python scripts/train_offline_taggers.py --check        # train and compare with the shipped weights

Reads the public sources listed in offline_sources.py (downloaded into --sources, which git ignores),
embeds them with the bundled all-MiniLM-L6-v2, keeps one row in five back (chosen by a hash of the text),
fits one logistic regression per tag on the rest, then on the held-back rows fits each head's temperature
and picks its abstention threshold. Writes src/synthlens/judge/offline/models/heads.{npz,json}. Everything
is deterministic: the same sources give the same weights.
"""

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
import polars as pl
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from offline_sources import SOURCES, fetch, load_all  # noqa: E402
from offline_training_eval import evaluate_independent, held_back_report, summaries  # noqa: E402

from synthlens.embed import DEFAULT_MODEL, default_embedder  # noqa: E402
from synthlens.judge.labels import DIFFICULTIES, TASK_CATEGORIES  # noqa: E402
from synthlens.judge.offline.heads import TEXT_FEATURES, features  # noqa: E402

PACKAGE_DIR = ROOT / "src" / "synthlens" / "judge" / "offline"
MODEL_DIR = PACKAGE_DIR / "models"
VERSION = "v1"
REGULARISATION = 2.0  # sklearn's C, fixed before looking at the held-back split
HELD_BACK_EVERY = 5  # one row in five, by text hash
EDGY_WEIGHT = 4.0  # safe look-alikes ("kill a python process") are rare and matter most for false alarms
# A safe row that uses the vocabulary of harm ("kill", "attack", "drugs", ...) is a look-alike too: it teaches
# the safety head that such words alone do not make a request harmful. The list was written before training.
RISKY_WORDS = re.compile(
    r"(?i)\b(kill\w*|attack\w*|shoot\w*|steal\w*|drugs?|bomb\w*|weapons?|hack\w*|poison\w*|die|dying|dead|death"
    r"|suicid\w*|crimes?|criminal|illegal|guns?|knife|knives|fight\w*|destroy\w*|exploit\w*|virus\w*|murder\w*"
    r"|abuse\w*|violen\w*|terror\w*|explosi\w*|fraud\w*|scam\w*|blood|hate|racis\w*|sex\w*|porn\w*|overdose"
    r"|alcohol|cocaine|heroin|theft|thief|rob\w*|prison|police|war)\b"
)
# Ordinary instruction-style requests are scarce among the permissive sources; these weigh more on the safe side.
SAFE_SOURCE_WEIGHTS = {"self-instruct": 5.0, "synthlens-demo": 2.0}
PROTOTYPES = 512  # k-means centres of the unsafe training rows, for the safety gate
RECALL_KEPT_BY_GATE = 0.98  # the gate may cost at most 2% of the held-back recall
# A hazard code needs a flagged row that is closer still to the unsafe requests: the code gate is the highest
# similarity that keeps codes on this share of the flagged held-back unsafe rows (the rest: no code).
CODED_SHARE = 0.5
MIN_HAZARD_ROWS = 40  # a hazard code needs this many training rows to be predicted at all
TEMPERATURES = np.round(np.arange(0.5, 4.01, 0.05), 2)
THRESHOLDS = np.round(np.arange(0.0, 1.0, 0.01), 2)


def held_back(texts: pl.Series) -> np.ndarray:
    digests = [int(hashlib.sha256(t.encode()).hexdigest()[:8], 16) for t in texts]
    return np.array([d % HELD_BACK_EVERY == 0 for d in digests])


def embed(texts: list[str], cache: Path) -> np.ndarray:
    """MiniLM vectors of the texts; vectors already computed are kept in the sources folder by text hash."""
    path = cache / f"embeddings-{DEFAULT_MODEL}.npz"
    known = dict(np.load(path)) if path.exists() else {}
    keys = [hashlib.sha256(t.encode()).hexdigest()[:24] for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if missing:
        vectors = default_embedder().encode([t for _, t in missing])
        known |= {k: v for (k, _), v in zip(missing, vectors, strict=True)}
        np.savez(path, **known)
    return np.stack([known[k] for k in keys]).astype(np.float32)


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None) -> LogisticRegression:
    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=3000, random_state=0)
    return model.fit(x, y, sample_weight=weights)


def temperature(logits: np.ndarray, truth: np.ndarray) -> float:
    """The temperature that minimises the held-back negative log-likelihood."""

    def nll(t: float) -> float:
        scaled = logits / t - (logits / t).max(axis=1, keepdims=True)
        log_probs = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
        return -log_probs[np.arange(len(truth)), truth].mean()

    return float(min(TEMPERATURES, key=nll))


def softmax(logits: np.ndarray, t: float) -> np.ndarray:
    scaled = logits / t - (logits / t).max(axis=1, keepdims=True)
    return np.exp(scaled) / np.exp(scaled).sum(axis=1, keepdims=True)


def logits_of(model: LogisticRegression, x: np.ndarray) -> np.ndarray:
    """Per-class logits; sklearn stores one weight vector for two classes, so expand it to two columns."""
    raw = x @ model.coef_.T + model.intercept_
    return np.concatenate([-raw / 2, raw / 2], axis=1) if raw.shape[1] == 1 else raw


def head_arrays(model: LogisticRegression) -> tuple[np.ndarray, np.ndarray]:
    coef, bias = model.coef_.T, model.intercept_
    if coef.shape[1] == 1:
        coef, bias = np.concatenate([-coef / 2, coef / 2], axis=1), np.concatenate([-bias / 2, bias / 2])
    return coef.astype(np.float32), bias.astype(np.float32)


def smallest_threshold(confidence: np.ndarray, correct: np.ndarray, target: float) -> float:
    """The lowest threshold at which the rows answered (confidence >= it) are right at least `target`."""
    for threshold in THRESHOLDS:
        answered = confidence >= threshold
        if answered.any() and correct[answered].mean() >= target:
            return float(threshold)
    return float(THRESHOLDS[-1])


def train_head(name: str, x: np.ndarray, labels: np.ndarray, back: np.ndarray, weights=None, order=()) -> dict:
    """Fit one head on the training rows and its temperature on the held-back ones; labels in `order` first."""
    classes = [label for label in order if label in set(labels)] + sorted(set(labels) - set(order))
    y = np.array([classes.index(v) for v in labels])
    model = fit(x[~back], y[~back], None if weights is None else weights[~back])
    t = temperature(logits_of(model, x[back]), y[back])
    coef, bias = head_arrays(model)
    probs = softmax(logits_of(model, x), t)
    return {"name": name, "labels": classes, "weights": coef, "bias": bias, "temperature": t, "probs": probs, "y": y}


def edgy_rows(table: pl.DataFrame) -> np.ndarray:
    """Safe rows that sound risky: the hand-written look-alikes, and safe rows using words of harm."""
    risky = np.array([bool(RISKY_WORDS.search(text)) for text in table["text"]])
    safe = table["unsafe"].eq(False).fill_null(False).to_numpy()
    lookalike = np.isin(table["source"].to_numpy(), ["synthlens-edgy", "synthlens-lookalikes", "aart-protective"])
    return safe & (risky | lookalike)


def train(table: pl.DataFrame, x: np.ndarray, back: np.ndarray) -> dict[str, dict]:
    heads = {}
    has = table["category"].is_not_null().to_numpy()
    heads["category"] = train_head(
        "category", x[has], table["category"].to_numpy()[has], back[has], order=TASK_CATEGORIES
    )
    heads["category"]["rows"] = has

    has = table["unsafe"].is_not_null().to_numpy()
    unsafe = np.where(table["unsafe"].to_numpy()[has], "unsafe", "safe")
    weights = np.where(edgy_rows(table)[has], EDGY_WEIGHT, 1.0)
    weights *= np.array([SAFE_SOURCE_WEIGHTS.get(s, 1.0) for s in table["source"].to_numpy()[has]])
    heads["safety"] = train_head("safety", x[has], unsafe, back[has], weights, order=("safe", "unsafe"))
    heads["safety"]["rows"] = has

    codes = table["hazard"].value_counts().filter(pl.col("count") >= MIN_HAZARD_ROWS)["hazard"].drop_nulls()
    has = table["hazard"].is_in(codes.implode()).fill_null(False).to_numpy()
    heads["hazard"] = train_head("hazard", x[has], table["hazard"].to_numpy()[has], back[has])
    heads["hazard"]["rows"] = has

    has = table["level"].is_not_null().to_numpy()
    levels = np.array([DIFFICULTIES[int(v) - 1] for v in table["level"].to_numpy()[has]])
    heads["difficulty"] = train_head("difficulty", x[has], levels, back[has], order=DIFFICULTIES)
    heads["difficulty"]["rows"] = has
    return heads


# The category threshold is the highest at which abstaining costs no category more than this much of its
# held-back recall: rows the head is unsure of go untagged, the per-category recall targets barely move.
CATEGORY_RECALL_COST = 0.03


def choose_thresholds(table: pl.DataFrame, heads: dict, back: np.ndarray) -> None:
    """Per head, the abstention threshold picked on the held-back rows (see docs/offline-taggers.md)."""
    heads["category"]["threshold"] = category_threshold(heads["category"], back)
    head = heads["hazard"]
    probs, y = head["probs"][back[head["rows"]]], head["y"][back[head["rows"]]]
    head["threshold"] = smallest_threshold(probs.max(axis=1), probs.argmax(axis=1) == y, 0.97)
    head = heads["difficulty"]
    probs, y = head["probs"][back[head["rows"]]], head["y"][back[head["rows"]]]
    head["threshold"] = smallest_threshold(probs.max(axis=1), probs.argmax(axis=1) == y, 0.95)
    heads["safety"]["threshold"] = safety_threshold(table, heads["safety"], back)


def category_threshold(head: dict, back: np.ndarray) -> float:
    probs, y = head["probs"][back[head["rows"]]], head["y"][back[head["rows"]]]
    right = probs.argmax(axis=1) == y
    present = [index for index in range(len(head["labels"])) if (y == index).any()]
    full = [right[y == index].mean() for index in present]
    best = 0.0
    for threshold in THRESHOLDS:
        answered = probs.max(axis=1) >= threshold
        recalls = [(right & answered)[y == index].mean() for index in present]
        if all(r >= f - CATEGORY_RECALL_COST for r, f in zip(recalls, full, strict=True)):
            best = float(threshold)
        else:
            break
    return best


def add_gate(heads: dict, vectors: np.ndarray, back: np.ndarray) -> None:
    """The safety gate: a row is flagged only when it is also close to some unsafe training request.

    The linear head leans on the form of a request (harmful sets are full of "Write a ..." and "How can
    I ..."), so alone it flags ordinary instructions; requiring a minimum similarity to the k-means centres
    of the unsafe training rows keeps topic in the decision. The gate is the highest similarity that keeps
    RECALL_KEPT_BY_GATE of the held-back recall.
    """
    from sklearn.cluster import KMeans

    head = heads["safety"]
    rows, unsafe = head["rows"], head["y"] == head["labels"].index("unsafe")
    train_unsafe = vectors[rows][~back[rows] & unsafe]
    centres = KMeans(PROTOTYPES, n_init=1, random_state=0).fit(train_unsafe).cluster_centers_
    centres = (centres / np.linalg.norm(centres, axis=1, keepdims=True)).astype(np.float16)
    nearest = (vectors[rows] @ centres.astype(np.float32).T).max(axis=1)
    flagged = head["probs"][back[rows]][:, 1] >= head["threshold"]
    truth = unsafe[back[rows]]
    ungated = flagged[truth].mean()
    kept = {g: (flagged & (nearest[back[rows]] >= g))[truth].mean() for g in np.round(np.arange(0.3, 0.7, 0.025), 3)}
    gates = [g for g, recall in kept.items() if recall >= RECALL_KEPT_BY_GATE * ungated]
    head["prototypes"], head["gate"], head["nearest"] = centres, float(max(gates)), nearest
    caught = flagged & (nearest[back[rows]] >= head["gate"]) & truth
    coded = {g: (nearest[back[rows]][caught] >= g).mean() for g in np.round(np.arange(head["gate"], 0.9, 0.025), 3)}
    head["code_gate"] = float(max(g for g, share in coded.items() if share >= CODED_SHARE))


def safety_threshold(table: pl.DataFrame, head: dict, back: np.ndarray) -> float:
    """The lowest P(unsafe) that keeps held-back false alarms <= 0.5% on ordinary and <= 10% on edgy rows."""
    rows_back = back[head["rows"]]
    p_unsafe = head["probs"][rows_back][:, head["labels"].index("unsafe")]
    truth = head["y"][rows_back] == head["labels"].index("unsafe")
    edgy = edgy_rows(table)[head["rows"]][rows_back]
    for threshold in THRESHOLDS[1:]:
        flagged = p_unsafe >= threshold
        if flagged[~truth & ~edgy].mean() <= 0.005 and flagged[~truth & edgy].mean() <= 0.10:
            return float(threshold)
    return float(THRESHOLDS[-1])


def save(heads: dict, table: pl.DataFrame, back: np.ndarray, report: dict) -> None:
    MODEL_DIR.mkdir(exist_ok=True)
    arrays = {f"{n}.{part}": h[part] for n, h in heads.items() for part in ("weights", "bias")}
    arrays["safety.prototypes"] = heads["safety"]["prototypes"]
    np.savez_compressed(MODEL_DIR / "heads.npz", **arrays)
    counts = table.group_by("source").agg(pl.len().alias("rows")).sort("source")
    metadata = {
        "version": VERSION,
        "embedder": DEFAULT_MODEL,
        "text_features": list(TEXT_FEATURES),
        "heads": {
            n: {"labels": h["labels"], "temperature": h["temperature"], "threshold": h["threshold"]}
            | ({"gate": h["gate"], "code_gate": h["code_gate"]} if "gate" in h else {})
            for n, h in heads.items()
        },
        "sources": [
            {"name": s.name, "repo": s.repo, "commit": s.commit, "path": s.path, "licence": s.licence} for s in SOURCES
        ],  # fmt: skip
        "rows": dict(counts.iter_rows()),
        "held_back_rows": int(back.sum()),
        "measured": report,
        "summaries": summaries(report, {n: h["threshold"] for n, h in heads.items()}),
    }
    (MODEL_DIR / "heads.json").write_text(json.dumps(metadata, indent=1, sort_keys=True) + "\n")


def check(heads: dict) -> int:
    """Compare freshly trained weights with the shipped ones; 0 when they match to float32 rounding."""
    with np.load(MODEL_DIR / "heads.npz") as shipped:
        worst = max(float(np.abs(shipped[f"{n}.weights"] - h["weights"]).max()) for n, h in heads.items())
        centres = heads["safety"]["prototypes"].astype(np.float32)
        worst = max(worst, float(np.abs(shipped["safety.prototypes"].astype(np.float32) - centres).max()))
    print(f"largest weight or prototype difference from the shipped heads: {worst:.2e}")
    return 0 if worst < 1e-4 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=Path, default=ROOT / ".cache" / "offline-taggers" / "sources")
    parser.add_argument("--fetch", action="store_true", help="download missing source files first")
    parser.add_argument("--check", action="store_true", help="train, compare with the shipped weights, write nothing")
    args = parser.parse_args()
    if args.fetch:
        print(f"fetched {len(fetch(args.sources))} files into {args.sources}")
    table = load_all(args.sources, PACKAGE_DIR)
    vectors = embed(table["text"].to_list(), args.sources)
    x = features(table["text"], vectors)
    back = held_back(table["text"])
    print(f"{table.height:,} rows, {int(back.sum()):,} held back")
    heads = train(table, x, back)
    choose_thresholds(table, heads, back)
    add_gate(heads, vectors, back)
    if args.check:
        return check(heads)
    report = held_back_report(table, heads, back, edgy_rows(table)) | evaluate_independent(heads, ROOT)
    print(json.dumps(report, indent=1))
    save(heads, table, back, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
