"""A small joined table (rows + analysis columns) that the filter tests apply recipes to."""

from collections.abc import Callable

import polars as pl
import pytest

from synthlens.filter import apply, recipe_from_dict


@pytest.fixture
def table() -> pl.DataFrame:
    """Eight rows whose analysis columns cover every kind a condition can act on."""
    return pl.DataFrame(
        {
            "id": [f"r{i}" for i in range(8)],
            "instruction": [
                "Write a poem",
                "Explain the following:",
                "Sort this list",
                "What is 2+2?",
                "Summarize the text below:",
                "Translate to French",
                "ok",
                "Write Python code to parse JSON",
            ],
            "response": ["Roses are red", "Sure", "1, 2, 3", "4", None, "Bonjour", "Fine", "import json"],
            "input_quality": ["excellent", "good", "average", "poor", "very poor", None, "Good", "average"],
            "difficulty": ["very easy", "easy", "medium", "hard", "very hard", "medium", None, "hard"],
            "task_category": [
                "Creative writing",
                "Information seeking",
                "Coding",
                "Math",
                "Information seeking",
                "Information seeking",
                "Information seeking",
                "Coding",
            ],
            "language": ["EN", "EN", "EN", "EN", "DE", "FR", "EN", "EN"],
            "is_safe": [True, True, True, False, True, None, True, True],
            "instruct_reward": [2.5, -3.0, -10.0, -10.5, 0.0, 1.0, None, 5.0],
            "helpfulness": [4, 3, 2, 4, 1, 3, 4, 3],
            "verbosity": [1.0, 2.5, 3.0, 2.0, 1.5, 2.6, 0.5, 2.0],
            "hazard_categories": [[], [], [], ["S1", "S10"], [], ["S2"], [], []],
        }
    )


def kept_ids(table: pl.DataFrame, data: dict) -> list[str]:
    """The ids a recipe (given in its plain form) keeps on the table."""
    flags = apply(table, recipe_from_dict({"name": "test", **data}))
    return flags.filter("keep")["id"].to_list()


@pytest.fixture
def kept() -> Callable[[pl.DataFrame, dict], list[str]]:
    return kept_ids
