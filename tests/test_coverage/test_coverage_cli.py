"""`synthlens coverage RUN --baseline FILE`: the real bundled embedder end to end, and bad options."""

from pathlib import Path

import pytest
from coverage_vectors import topic_texts, write_alpaca
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.errors import SynthlensError
from synthlens.workspace import Workspace

runner = CliRunner()


@pytest.mark.slow
def test_coverage_prints_the_metrics_and_writes_the_plots(make_run, tmp_path: Path) -> None:
    run = make_run([(text, "ok") for text in topic_texts(15, [0, 1])])
    baseline = write_alpaca(tmp_path / "alpaca_like.json", topic_texts(15, [0, 1, 2, 3], start=500))
    args = ["coverage", str(run.root), "--baseline", str(baseline), "--method", "pca", "--clusters", "4"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "coverage and diversity" in result.output and "alpaca_like" in result.output
    assert "clusters of the joint space" in result.output
    for plot in ["coverage_map.png", "lengths.png", "cluster_shares.png"]:
        assert f"plots/{plot}" in result.output
        assert (run.root / "plots" / plot).stat().st_size > 10_000
    reference = Workspace.open(run.root).manifest["stages"]["coverage"]["metrics"][1]
    assert 0 < reference["coverage"] < 1  # the dataset reaches two of the four topics


def test_a_bad_method_is_refused_before_any_model_loads(make_run) -> None:
    run = make_run([("Say hi", "hi"), ("Say bye", "bye"), ("Say yes", "yes")])
    result = runner.invoke(app, ["coverage", str(run.root), "--method", "mds"])
    assert isinstance(result.exception, SynthlensError)
    assert "--method mds is not allowed; allowed: umap, tsne, pca" in str(result.exception)
