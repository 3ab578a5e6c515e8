"""Fixtures for the dashboard tests: a run with every stage, and the same rows with none."""

from pathlib import Path

import pytest
from dashboard_runs import ROWS, build_run, canonical, instruction_of

from synthlens.workspace import Workspace


@pytest.fixture
def full_run(tmp_path: Path) -> Workspace:
    return build_run(tmp_path / "full", canonical(ROWS, instruction_of))


@pytest.fixture
def bare_run(tmp_path: Path) -> Workspace:
    return build_run(tmp_path / "bare", canonical(ROWS, instruction_of), stages=False)
