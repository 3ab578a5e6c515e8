"""The offline taggers on Ray: the same tables as in this process, on a real run of the demo data."""

import polars as pl
from polars.testing import assert_frame_equal

from synthlens.engine import EngineOptions, on_engine
from synthlens.judge.offline import offline_taggers_for_run


def test_every_offline_tagger_writes_the_same_table_on_ray(ray_engine: EngineOptions, demo_versions) -> None:
    workspace = demo_versions.a
    rows = workspace.rows()
    engine = EngineOptions("ray", actors=2, num_cpus=2, batch_size=150)  # several batches per tagger
    local = {tagger.name: tagger.tag(rows) for tagger in offline_taggers_for_run(workspace)}
    remote = {tagger.name: on_engine(tagger, engine).tag(rows) for tagger in offline_taggers_for_run(workspace)}
    assert set(local) == {"category", "quality", "difficulty", "language", "safety"}
    for name, table in local.items():
        assert_frame_equal(remote[name], table, check_exact=False, rel_tol=0, abs_tol=1e-6)
    assert local["category"]["task_category"].null_count() < rows.height  # real labels, not an empty table
    assert isinstance(local["safety"], pl.DataFrame)
