"""The layout in docs/architecture.md is the layout of the code: every module has a row, every import is allowed."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "synthlens"
FOUNDATION = {"errors", "progress", "atomic", "schema", "workspace", "runlock", "hub", "provenance"}
ENTRY_POINTS = {"__init__", "__main__"}  # the public API and `python -m synthlens` may reach anything


def documented_rules() -> dict[str, set[str] | None]:
    """Package -> the packages it may import (None: everything), from the table in docs/architecture.md."""
    rules: dict[str, set[str] | None] = {}
    for line in (ROOT / "docs" / "architecture.md").read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        name = cells[0].strip("`").rstrip("/")
        allowed = cells[2]
        rules[name] = None if allowed == "everything" else {part.strip() for part in allowed.split(",") if part}
    return rules


def top_level_units() -> set[str]:
    """The names directly under src/synthlens: packages and loose modules."""
    units = {path.name for path in PACKAGE.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    units |= {path.stem for path in PACKAGE.glob("*.py")}
    return units - ENTRY_POINTS


def imported_units(path: Path) -> set[str]:
    """The top-level synthlens units a file imports, lazily inside functions included."""
    units: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "synthlens":
                continue
            if len(parts) > 1:
                units.add(parts[1])
            else:
                units |= {alias.name for alias in node.names if alias.name != "__version__"}
        elif isinstance(node, ast.Import):
            units |= {alias.name.split(".")[1] for alias in node.names if re.match(r"synthlens\.\w", alias.name)}
    return units


def test_every_module_has_a_row_in_the_architecture_doc() -> None:
    missing = top_level_units() - set(documented_rules()) - FOUNDATION
    assert not missing, f"add a row to docs/architecture.md for: {sorted(missing)}"


def test_the_similarity_modules_live_in_their_package() -> None:
    loose = {"knn", "neighbors", "dedup", "dup_graph", "semdedup", "near_exact", "overlap", "similarity"}
    assert not {path.stem for path in PACKAGE.glob("*.py")} & loose
    assert (PACKAGE / "similarity" / "__init__.py").exists()


@pytest.mark.parametrize("unit", sorted(top_level_units() - FOUNDATION))
def test_imports_follow_the_documented_rules(unit: str) -> None:
    allowed = documented_rules().get(unit, set())
    if allowed is None:
        return
    files = [PACKAGE / f"{unit}.py"] if (PACKAGE / f"{unit}.py").exists() else sorted((PACKAGE / unit).rglob("*.py"))
    for file in files:
        forbidden = imported_units(file) - allowed - FOUNDATION - {unit}
        assert not forbidden, f"{file.relative_to(ROOT)} imports {sorted(forbidden)}; allowed: {sorted(allowed)}"


def test_the_foundation_imports_nothing_above_it() -> None:
    for unit in FOUNDATION:
        assert imported_units(PACKAGE / f"{unit}.py") <= FOUNDATION, unit


def test_the_filter_model_does_not_import_its_parser() -> None:
    source = (PACKAGE / "filter" / "model.py").read_text()
    assert "filter.parse" not in source
