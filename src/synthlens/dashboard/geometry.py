"""The map's geometry: which points to draw (a seeded sample stratified by source) and which rows a box or
lasso selection covers, decided over the full table's coordinates rather than the drawn sample."""

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import polars as pl

# Streamlit drops selection messages over 25 MB, which a selection of ~150K points reaches.
MAX_DRAWN_POINTS = 150_000
# Kenneth Kelly's colours of maximum contrast (1965) without white, black and grey: grey is the baselines'.
DISTINCT_COLOURS = (
    "#F3C300", "#875692", "#F38400", "#A1CAF1", "#BE0032", "#C2B280", "#008856", "#E68FAC", "#0067A5",
    "#F99379", "#604E97", "#F6A600", "#B3446C", "#DCD300", "#882D17", "#8DB600", "#654522", "#E25822", "#2B3D26",
)  # fmt: skip


def stratified_sample(points: pl.DataFrame, limit: int, seed: int = 0) -> pl.DataFrame:
    """Exactly `limit` points (all when fewer), each source keeping its share of them, in table order."""
    if points.height <= limit:
        return points
    sources = points["source"].to_numpy()
    names, counts = np.unique(sources, return_counts=True)
    rng = np.random.default_rng(seed)
    chosen = [
        rng.choice(np.flatnonzero(sources == name), size=quota, replace=False)
        for name, quota in zip(names, source_quotas(counts, limit), strict=True)
    ]
    return points[np.sort(np.concatenate(chosen))]


def source_quotas(counts: np.ndarray, limit: int) -> np.ndarray:
    """Points per source summing to `limit` (< the total): shares rounded by largest remainder, then every
    source given at least one point, taken from the largest quota."""
    shares = counts * (limit / counts.sum())
    quotas = np.floor(shares).astype(int)
    remainders = np.argsort(-(shares - quotas), kind="stable")
    quotas[remainders[: limit - quotas.sum()]] += 1
    for index in np.flatnonzero(quotas == 0):
        quotas[np.argmax(quotas)] -= 1
        quotas[index] = 1
    return quotas


def selection_polygons(selection: Mapping[str, Any]) -> list[np.ndarray]:
    """The box and lasso shapes of a Plotly selection event, each as an (n, 2) array of vertices."""
    polygons = []
    for box in selection.get("box") or []:
        (x0, x1), (y0, y1) = box["x"][:2], box["y"][:2]
        polygons.append(np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64))
    for lasso in selection.get("lasso") or []:
        vertices = np.column_stack([lasso["x"], lasso["y"]]).astype(np.float64)
        if len(vertices) >= 3:
            polygons.append(vertices)
    return polygons


def points_in_polygon(x: np.ndarray, y: np.ndarray, polygon: np.ndarray) -> np.ndarray:
    """A boolean mask of the points inside `polygon` (even-odd rule; vectorised over points)."""
    inside = np.zeros(len(x), dtype=bool)
    (left, bottom), (right, top) = polygon.min(axis=0), polygon.max(axis=0)
    candidates = np.flatnonzero((x >= left) & (x <= right) & (y >= bottom) & (y <= top))
    cx, cy = x[candidates], y[candidates]
    hits = np.zeros(len(candidates), dtype=bool)
    previous = polygon[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        for vertex in polygon:
            straddles = (vertex[1] > cy) != (previous[1] > cy)
            crossing_x = (previous[0] - vertex[0]) * (cy - vertex[1]) / (previous[1] - vertex[1]) + vertex[0]
            hits ^= straddles & (cx < crossing_x)
            previous = vertex
    inside[candidates] = hits
    return inside


def ids_in_selection(table: pl.DataFrame, selection: Mapping[str, Any]) -> list[str]:
    """The ids of the table's rows a selection covers: by shape over x/y, else the clicked points' ids."""
    polygons = selection_polygons(selection)
    if not polygons:
        clicked = {_point_id(point) for point in selection.get("points") or []}
        return table.filter(pl.col("id").is_in(list(clicked - {None})))["id"].to_list()
    x = table["x"].to_numpy().astype(np.float64)
    y = table["y"].to_numpy().astype(np.float64)
    mask = np.zeros(table.height, dtype=bool)
    for polygon in polygons:
        mask |= points_in_polygon(x, y, polygon)
    return table.filter(pl.Series(mask))["id"].to_list()


def _point_id(point: Mapping[str, Any]) -> str | None:
    """A clicked point's row id, from its customdata (a scalar, or the first item of a list)."""
    data = point.get("customdata")
    if isinstance(data, Sequence) and not isinstance(data, str):
        data = data[0] if data else None
    return None if data is None else str(data)


def label_colours(labels: Sequence[str]) -> dict[str, str]:
    """A distinct colour per label, in the order given; past the contrast list, hues spread evenly (never grey)."""
    import colorsys

    colours = {}
    for index, label in enumerate(labels):
        if index < len(DISTINCT_COLOURS):
            colours[label] = DISTINCT_COLOURS[index]
            continue
        extra = index - len(DISTINCT_COLOURS)
        hue = (extra * 0.618034) % 1.0  # golden-ratio steps keep consecutive hues apart
        red, green, blue = colorsys.hsv_to_rgb(hue, 0.75 if extra % 2 else 0.55, 0.85 if extra % 3 else 0.65)
        colours[label] = f"#{int(red * 255):02X}{int(green * 255):02X}{int(blue * 255):02X}"
    return colours


def selection_to_text(selection: Mapping[str, Any], max_vertices: int = 200) -> str:
    """A box/lasso selection as compact JSON for the page address (coordinates rounded, long lassos thinned)."""
    import json

    boxes = [{"x": _rounded(box["x"][:2]), "y": _rounded(box["y"][:2])} for box in selection.get("box") or []]
    lassos = []
    for lasso in selection.get("lasso") or []:
        step = max(1, -(-len(lasso["x"]) // max_vertices))
        lassos.append({"x": _rounded(lasso["x"][::step]), "y": _rounded(lasso["y"][::step])})
    return json.dumps({"box": boxes, "lasso": lassos}, separators=(",", ":"))


def selection_from_text(text: str) -> dict[str, Any]:
    """The selection `selection_to_text` wrote; anything unreadable is no selection."""
    import json

    try:
        data = json.loads(text)
        return {"box": list(data.get("box") or []), "lasso": list(data.get("lasso") or []), "points": []}
    except (ValueError, AttributeError, TypeError):
        return {}


def _rounded(values: Sequence[float]) -> list[float]:
    return [round(float(value), 4) for value in values]


def colour_options(table: pl.DataFrame) -> list[str]:
    """What the map can be coloured by: the source, then each tag or cluster column the run has."""
    tags = ("cluster_label", "task_category", "input_quality", "difficulty", "language", "is_safe", "instruct_reward")
    return ["source", *[column for column in tags if column in table.columns]]


def map_points(table: pl.DataFrame, baselines: pl.DataFrame | None, colour: str) -> pl.DataFrame:
    """The baseline points under the dataset's rows: id, source, instruction, x, y, colour, is_dataset.

    colour holds labels (str) or, for a numeric column, numbers; baseline points have no tags, so their colour
    is null and the view draws them as grey context under the coloured dataset.
    """
    from synthlens.dashboard.queries import label_expr

    dtype = table.schema.get(colour, pl.String)
    numeric = dtype.is_numeric() and colour in table.columns
    value = pl.col(colour).cast(pl.Float64) if numeric else label_expr(colour, dtype)
    rows = table.filter(pl.col("x").is_not_null() & pl.col("y").is_not_null()).select(
        "id",
        pl.col("source").cast(pl.String),
        "instruction",
        pl.col("x", "y").cast(pl.Float32),
        value.alias("colour"),
        pl.lit(True).alias("is_dataset"),
    )
    if baselines is None or baselines.is_empty():
        return rows
    # A baseline may share the dataset's name (both read from alpaca_data.json), so it is always marked.
    extra = baselines.with_columns((pl.col("source") + " (baseline)").alias("source"))
    extra = extra.select(
        "id",
        "source",
        "instruction",
        "x",
        "y",
        pl.lit(None, rows.schema["colour"]).alias("colour"),
        pl.lit(False).alias("is_dataset"),
    )
    return pl.concat([extra, rows])
