"""The selection score: a column, or arithmetic over columns, e.g. `instruct_reward + 0.5 * input_quality`.

Numbers, column names, + - * / and parentheses; nothing else is evaluated. Ordered label columns (input_quality,
difficulty, or a recipe's `orders`) count as their position on the scale (0 = lowest), true/false as 1/0.
"""

import ast
import operator

import polars as pl

from synthlens.filter.columns import column_expr, dtype_of
from synthlens.filter.fields import fail
from synthlens.filter.model import Recipe
from synthlens.filter.validate import kind, label_scales, rank_labels, require_column

_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_ALLOWED = "numbers, column names, + - * / and parentheses"


def check_select(recipe: Recipe, schema: pl.Schema) -> None:
    """Fail on the first problem of the recipe's selection on this schema: its score, its category column."""
    assert recipe.select is not None
    where = f"recipe '{recipe.name}' select"
    score_expr(recipe.select.score, recipe, schema, where)
    if recipe.select.has_floors or recipe.select.has_caps:
        require_column(recipe.select.category, schema, f"{where} category")


def score_expr(text: str, recipe: Recipe, schema: pl.Schema, where: str) -> pl.Expr:
    """The score as a Float64 polars expression (null where a column it reads is null)."""
    return _compile(_parse(text, where).body, recipe, schema, where).cast(pl.Float64)


def _parse(text: str, where: str) -> ast.Expression:
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        raise fail(where, f"cannot read score {text!r}", _ALLOWED, "write e.g. instruct_reward") from None
    for node in ast.walk(tree):
        allowed = ast.Expression | ast.BinOp | ast.UnaryOp | ast.Name | ast.Load | ast.Constant | ast.operator
        if not isinstance(node, allowed | ast.unaryop):
            raise fail(where, f"score {text!r} uses {type(node).__name__}", _ALLOWED, "write e.g. a + 0.5 * b")
        if isinstance(node, ast.unaryop) and not isinstance(node, ast.USub | ast.UAdd):
            raise fail(where, f"score {text!r} uses {type(node).__name__}", _ALLOWED, "use - for negation")
    return tree


def _compile(node: ast.AST, recipe: Recipe, schema: pl.Schema, where: str) -> pl.Expr:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise fail(where, f"score constant {node.value!r} is not a number", _ALLOWED, "quote nothing")
        return pl.lit(float(node.value))
    if isinstance(node, ast.Name):
        return _column(node.id, recipe, schema, where)
    if isinstance(node, ast.UnaryOp):
        inner = _compile(node.operand, recipe, schema, where)
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        left, right = (_compile(side, recipe, schema, where) for side in (node.left, node.right))
        return _OPERATORS[type(node.op)](left, right)
    raise fail(where, f"score part {ast.unparse(node)!r} is not allowed", _ALLOWED, "write e.g. a + 0.5 * b")


def _column(name: str, recipe: Recipe, schema: pl.Schema, where: str) -> pl.Expr:
    require_column(name, schema, where)
    column_kind = kind(dtype_of(name, schema))
    scale = label_scales(recipe).get(name)
    if column_kind == "text" and scale is not None:
        return rank_labels(column_expr(name, schema), scale).cast(pl.Float64)
    if column_kind in ("number", "boolean"):
        return column_expr(name, schema).cast(pl.Float64)
    raise fail(
        where,
        f"cannot score rows by '{name}' ({column_kind})",
        "number, true/false or ordered label columns",
        "score by a numeric column such as instruct_reward or response_length",
    )
