"""The filter recipe as a plain typed model: conditions, manual id lists, per-category quotas, and a top-N cap
or a budgeted, diversity-aware selection.

A recipe is applied in a fixed order: every condition in the order written, then `drop_ids`, then `keep_ids`,
then each quota, then `top` or `select`. A row's drop reason is the first step that drops it.
"""

from dataclasses import dataclass
from typing import Any

from synthlens.filter.shorthand import parse_value

COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
MEMBERSHIP = ("in", "not_in")
FLAGS = ("is_true", "is_false", "is_null", "not_null")
TEXT = (
    "startswith",
    "not_startswith",
    "endswith",
    "not_endswith",
    "contains",
    "not_contains",
    "matches",
    "not_matches",
)
LENGTH = ("min_length", "max_length")
OPS = COMPARISONS + MEMBERSHIP + FLAGS + TEXT + LENGTH

# What a failing comparison means, for the default drop reason: `x >= 3` drops rows where x is below 3.
_FAILED_COMPARISON = {"==": "ne", "!=": "eq", "<": "ge", "<=": "gt", ">": "le", ">=": "lt"}
_FAILED_FLAG = {"is_true": "false", "is_false": "true", "is_null": "not_null", "not_null": "null"}

MANUAL_DROP = "manual_drop"
NOT_IN_KEEP_IDS = "not_in_keep_ids"
SELECT_TOO_SIMILAR = "select_too_similar"
SELECT_BUDGET = "select_budget"
SELECT_CATEGORY_CAP = "select_category_cap"
DEFAULT_TOKENIZER = "minilm"

Scalar = str | int | float | bool


@dataclass(frozen=True)
class Condition:
    """Keep a row when `column op value` holds; `keep_null` decides rows where the column is null."""

    column: str
    op: str
    value: Scalar | tuple[Scalar, ...] | None = None
    name: str | None = None
    keep_null: bool = False

    @property
    def reason(self) -> str:
        """The drop_reason written for rows this condition drops."""
        return self.name or default_reason(self)

    def describe(self) -> str:
        """The condition in the short text form a recipe may use, e.g. `input_quality >= average`."""
        if self.op in FLAGS:
            return {"is_true": self.column, "is_false": f"not {self.column}"}.get(self.op, f"{self.column} {self.op}")
        return f"{self.column} {self.op} {_show(self.value)}"

    def to_dict(self) -> dict[str, Any]:
        """The canonical mapping form, defaults left out."""
        data: dict[str, Any] = {"column": self.column, "op": self.op}
        if self.value is not None:
            data["value"] = list(self.value) if isinstance(self.value, tuple) else self.value
        if self.name:
            data["name"] = self.name
        if self.keep_null:
            data["keep_null"] = True
        return data


@dataclass(frozen=True)
class Quota:
    """Cap how many rows each value of `column` keeps; within a value, rows are ranked by `by` (else a
    seeded hash of the id, a stable random sample)."""

    column: str
    max_per_value: int | None = None
    max: tuple[tuple[str, int], ...] = ()
    by: str | None = None
    descending: bool = True
    name: str | None = None

    @property
    def reason(self) -> str:
        return self.name or f"over_quota_{self.column}"

    def describe(self) -> str:
        """A one-line summary for the funnel, e.g. `quota per task_category (others: 100) (seeded sample)`."""
        caps = [f"{label}: {cap}" for label, cap in self.max]
        if self.max_per_value is not None:
            caps.append(f"others: {self.max_per_value}")
        order = f" by {self.by} {'desc' if self.descending else 'asc'}" if self.by else " (seeded sample)"
        return f"quota per {self.column} ({', '.join(caps)}){order}"

    def to_dict(self) -> dict[str, Any]:
        """The canonical mapping form, defaults left out."""
        data: dict[str, Any] = {"column": self.column}
        if self.max_per_value is not None:
            data["max_per_value"] = self.max_per_value
        if self.max:
            data["max"] = dict(self.max)
        if self.by:
            data["by"] = self.by
            data["descending"] = self.descending
        if self.name:
            data["name"] = self.name
        return data


@dataclass(frozen=True)
class Top:
    """Keep only the first `n` surviving rows ordered by `by` (ties broken by id)."""

    n: int
    by: str
    descending: bool = True
    name: str | None = None

    @property
    def reason(self) -> str:
        return self.name or f"not_top_{self.n}_by_{self.by}"

    def describe(self) -> str:
        return f"top {self.n} by {self.by} {'desc' if self.descending else 'asc'}"

    def to_dict(self) -> dict[str, Any]:
        """The canonical mapping form."""
        data: dict[str, Any] = {"n": self.n, "by": self.by, "descending": self.descending}
        if self.name:
            data["name"] = self.name
        return data


@dataclass(frozen=True)
class Select:
    """Take the best rows by `score` until a token or row budget is spent, skipping any row whose cosine
    similarity to a row already taken reaches `max_similarity`; optional floors and caps per `category` value.
    """

    score: str  # a column, or an expression of columns such as `instruct_reward + 0.5 * input_quality`
    budget_tokens: int | None = None
    budget_rows: int | None = None
    descending: bool = True
    max_similarity: float | None = 0.9  # None: no diversity check
    tokenizer: str = DEFAULT_TOKENIZER
    category: str = "task_category"
    min_per_value: int | None = None
    min: tuple[tuple[str, int], ...] = ()
    max_per_value: int | None = None
    max: tuple[tuple[str, int], ...] = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        """The drop reasons it writes: too similar, over the budget, and over a category cap when it has caps."""
        capped = (SELECT_CATEGORY_CAP,) if self.has_caps else ()
        return (SELECT_TOO_SIMILAR, SELECT_BUDGET, *capped)

    @property
    def has_caps(self) -> bool:
        return self.max_per_value is not None or bool(self.max)

    @property
    def has_floors(self) -> bool:
        return self.min_per_value is not None or bool(self.min)

    def describe(self) -> str:
        """A one-line summary, e.g. `select 5,000,000 tokens by instruct_reward desc, cos < 0.9`."""
        budgets = [f"{self.budget_tokens:,} tokens"] if self.budget_tokens is not None else []
        budgets += [f"{self.budget_rows:,} rows"] if self.budget_rows is not None else []
        order = "desc" if self.descending else "asc"
        diversity = f"cos < {self.max_similarity}" if self.max_similarity is not None else "no diversity check"
        return f"select {' and '.join(budgets)} by {self.score} {order}, {diversity}"

    def to_dict(self) -> dict[str, Any]:
        """The canonical mapping form, defaults left out."""
        data: dict[str, Any] = {"score": self.score}
        for key in ("budget_tokens", "budget_rows", "min_per_value", "max_per_value"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if not self.descending:
            data["descending"] = False
        data["max_similarity"] = self.max_similarity
        if self.tokenizer != DEFAULT_TOKENIZER:
            data["tokenizer"] = self.tokenizer
        if self.has_caps or self.has_floors:
            data["category"] = self.category
        for key in ("min", "max"):
            if getattr(self, key):
                data[key] = dict(getattr(self, key))
        return data


@dataclass(frozen=True)
class Recipe:
    """A named, ordered list of filter steps; `orders` adds label scales for ordered comparisons."""

    name: str
    description: str = ""
    conditions: tuple[Condition, ...] = ()
    drop_ids: tuple[str, ...] = ()
    keep_ids: tuple[str, ...] | None = None
    quotas: tuple[Quota, ...] = ()
    top: Top | None = None
    orders: tuple[tuple[str, tuple[str, ...]], ...] = ()
    seed: int = 0
    select: Select | None = None

    def steps(self) -> list["Step"]:
        """Every step in the order it is applied; manual id lists appear as their drop reason."""
        manual: list[str] = [MANUAL_DROP] if self.drop_ids else []
        if self.keep_ids is not None:
            manual.append(NOT_IN_KEEP_IDS)
        tail: list[Top | Select] = [self.top] if self.top else []
        tail += [self.select] if self.select else []
        return [*self.conditions, *manual, *self.quotas, *tail]

    def to_dict(self) -> dict[str, Any]:
        """The canonical plain form (what `save_recipe` writes and `recipe_from_dict` reads back)."""
        data: dict[str, Any] = {"name": self.name}
        if self.description:
            data["description"] = self.description
        data["conditions"] = [condition.to_dict() for condition in self.conditions]
        if self.drop_ids:
            data["drop_ids"] = list(self.drop_ids)
        if self.keep_ids is not None:
            data["keep_ids"] = list(self.keep_ids)
        if self.quotas:
            data["quotas"] = [quota.to_dict() for quota in self.quotas]
        if self.top:
            data["top"] = self.top.to_dict()
        if self.orders:
            data["orders"] = {column: list(labels) for column, labels in self.orders}
        if self.seed:
            data["seed"] = self.seed
        if self.select:
            data["select"] = self.select.to_dict()
        return data


Step = Condition | Quota | Top | Select | str


def step_reasons(step: Step) -> tuple[str, ...]:
    """The drop reasons a step writes (a selection writes several)."""
    if isinstance(step, Select):
        return step.reasons
    return (step if isinstance(step, str) else step.reason,)


def step_reason(step: Condition | Quota | Top | str) -> str:
    return step if isinstance(step, str) else step.reason


def step_text(step: Step) -> str:
    texts = {MANUAL_DROP: "drop_ids", NOT_IN_KEEP_IDS: "keep_ids"}
    return texts[step] if isinstance(step, str) else step.describe()


def default_reason(condition: Condition) -> str:
    """A short snake_case reason derived from the condition, saying what the dropped rows have."""
    column, op, value = condition.column, condition.op, condition.value
    if op in FLAGS:
        return f"{column}_{_FAILED_FLAG[op]}"
    if op in MEMBERSHIP:
        return f"{column}_{'not_in' if op == 'in' else 'in'}_list"
    if op in LENGTH:
        return f"{column}_{'shorter' if op == 'min_length' else 'longer'}_than_{value}"
    if op in TEXT:
        failed = op.removeprefix("not_") if op.startswith("not_") else f"not_{op}"
        return f"{column}_{failed}"
    if isinstance(value, bool):
        return f"{column}_{str(value != (op == '==')).lower()}"
    return f"{column}_{_FAILED_COMPARISON[op]}_{slug(value)}"


def slug(value: Any) -> str:
    """A snake_case fragment for a value: `-10` -> `neg10`, `2.5` -> `2_5`, `very hard` -> `very_hard`."""
    text = str(value).lower().replace("-", "neg" if isinstance(value, int | float) else "_")
    cleaned = "".join(char if char.isalnum() else "_" for char in text)
    return "_".join(part for part in cleaned.split("_") if part)[:32] or "value"


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    plain = (
        isinstance(value, str)
        and value.replace(" ", "").isalnum()
        and value == value.strip()
        and parse_value(value) == value
    )
    if isinstance(value, str) and not plain:
        return '"' + value.replace('"', '\\"') + '"'
    return str(value)
