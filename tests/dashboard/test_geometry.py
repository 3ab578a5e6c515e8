"""The map's geometry: seeded stratified sampling and shape selection over the full table."""

import numpy as np
import polars as pl
import pytest

from synthlens.dashboard import geometry


def points(sources: dict[str, int]) -> pl.DataFrame:
    names = [name for name, count in sources.items() for _ in range(count)]
    return pl.DataFrame({"id": [f"p{i}" for i in range(len(names))], "source": names})


def test_sample_keeps_each_source_share_and_is_seeded() -> None:
    table = points({"dataset": 9_000, "alpaca": 3_000, "tiny": 5})
    sample = geometry.stratified_sample(table, 1_200, seed=7)
    counts = dict(sample["source"].value_counts().iter_rows())
    # Each source keeps its share of the limit, 3:1, and the tiny one still shows.
    assert (counts["dataset"], counts["alpaca"], counts["tiny"]) == (899, 300, 1)  # largest remainders win
    assert sample.height == 1_200
    assert sample.equals(geometry.stratified_sample(table, 1_200, seed=7))
    assert not sample.equals(geometry.stratified_sample(table, 1_200, seed=8))
    assert sample["id"].is_unique().all()


def test_sample_of_a_small_table_is_the_table() -> None:
    table = points({"dataset": 10})
    assert geometry.stratified_sample(table, 100).equals(table)


SQUARE = np.array([[0, 0], [2, 0], [2, 2], [0, 2]], dtype=float)
# An L shape: the square's top-right quarter is cut away, so a bounding box test alone would be wrong.
ELL = np.array([[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2]], dtype=float)


@pytest.mark.parametrize(
    ("polygon", "point", "inside"),
    [
        (SQUARE, (1, 1), True),
        (SQUARE, (3, 1), False),
        (SQUARE, (-0.1, 1), False),
        (ELL, (0.5, 1.5), True),
        (ELL, (1.5, 0.5), True),
        (ELL, (1.5, 1.5), False),
    ],
    ids=["square-centre", "square-right", "square-left", "ell-arm-up", "ell-arm-right", "ell-notch"],
)
def test_point_in_polygon(polygon, point, inside) -> None:
    x, y = np.array([point[0]], dtype=float), np.array([point[1]], dtype=float)
    assert geometry.points_in_polygon(x, y, polygon).tolist() == [inside]


def test_selection_by_shape_covers_undrawn_rows_too() -> None:
    table = pl.DataFrame({"id": ["a", "b", "c", "d"], "x": [0.5, 1.5, 1.5, 5.0], "y": [0.5, 0.5, 1.5, 5.0]})
    lasso = {"lasso": [{"x": ELL[:, 0].tolist(), "y": ELL[:, 1].tolist()}], "points": [{"customdata": "a"}]}
    # The shape decides: b is inside though no point was reported for it; c sits in the notch.
    assert geometry.ids_in_selection(table, lasso) == ["a", "b"]
    box = {"box": [{"x": [1.0, 6.0], "y": [1.0, 6.0]}]}
    assert geometry.ids_in_selection(table, box) == ["c", "d"]


def test_clicked_points_select_by_customdata_and_ignore_other_tables() -> None:
    table = pl.DataFrame({"id": ["a", "b"], "x": [0.0, 1.0], "y": [0.0, 1.0]})
    clicked = {"points": [{"customdata": "b"}, {"customdata": ["a", "extra"]}, {"customdata": "baseline-7"}]}
    assert geometry.ids_in_selection(table, clicked) == ["a", "b"]


def test_map_points_put_baselines_under_the_dataset_without_tags() -> None:
    table = pl.DataFrame(
        {"id": ["a", "b"], "source": "mine", "instruction": ["i", "j"], "x": [0.0, 1.0], "y": [0.0, 1.0]}
    ).with_columns(pl.Series("is_safe", [True, False]))
    baselines = pl.DataFrame({"source": ["alpaca"], "id": ["z"], "instruction": ["k"], "x": [2.0], "y": [2.0]})
    mapped = geometry.map_points(table, baselines.cast({"x": pl.Float32, "y": pl.Float32}), "is_safe")
    assert mapped["id"].to_list() == ["z", "a", "b"]
    assert mapped["colour"].to_list() == [None, "safe", "unsafe"]
    by_source = geometry.map_points(table, baselines.cast({"x": pl.Float32, "y": pl.Float32}), "source")
    assert by_source["colour"].to_list() == [None, "mine", "mine"]
    assert by_source["source"].to_list() == ["alpaca (baseline)", "mine", "mine"]


def test_quotas_sum_to_the_limit_and_never_exceed_a_source() -> None:
    counts = np.array([5, 1_000, 3])
    quotas = geometry.source_quotas(counts, 100)
    assert quotas.sum() == 100 and (quotas <= counts).all() and (quotas >= 1).all()
