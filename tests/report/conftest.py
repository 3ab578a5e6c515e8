"""A demo run with every section a report can have: analysed, covered against a small baseline, filtered with
a selection, and with command lines recorded (one carrying a secret)."""

import shutil

import pytest

from synthlens import filter as recipes
from synthlens.workspace import Workspace

SECRET = "sk-test-0123456789"  # test_report.py checks that it is masked


@pytest.fixture(scope="module")
def reported_run(demo_versions, tmp_path_factory) -> Workspace:
    from demo_runs import demo_records, write_jsonl

    from synthlens.coverage import CoverageParams, run_coverage

    root = tmp_path_factory.mktemp("report")
    shutil.copytree(demo_versions.a.root, root / "run")
    ws = Workspace.open(root / "run")
    baseline = write_jsonl(demo_records(80, start=1200), root / "baseline.jsonl")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SYNTHLENS_CACHE", str(root / "cache"))
        run_coverage(ws, [str(baseline)], CoverageParams(method="pca", clusters=8, baseline_sample=None))
    plain = {"score": "input_quality + response_length / 1000", "budget_tokens": "15K", "max_similarity": 0.85}
    recipe = {"name": "clean-budget", "conditions": ["not is_incomplete"], "select": plain}
    recipes.run(ws, recipes.recipe_from_dict(recipe))
    ws.record_command(["synthlens", "select", str(ws.root), "--score", "response_length", "--budget-rows", "40"])
    ws.record_command(["synthlens", "tag", str(ws.root), "--api-key", SECRET, "--endpoint", "http://u:pw@h/v1"])
    return ws
