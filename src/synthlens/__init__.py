"""synthlens: dataset quality and analysis for LLM instruction-tuning data.

    import synthlens
    run = synthlens.analyze("data.jsonl")             # a file, folder, Hub id, DataFrame, Dataset or list of dicts
    run = synthlens.open_run("runs/data")             # an existing run
    run.table(); run.filter("magpie-filtered"); run.export("out/")
    run.select("instruct_reward", budget_tokens="5M"); run.report(); synthlens.compare_runs(run, "runs/v2")

The names below load their modules on first use, so `import synthlens` stays light.
"""

from typing import Any

__version__ = "0.1.0"
__all__ = ["Run", "SynthlensError", "__version__", "analyze", "compare_runs", "open_run"]
_API = {"Run", "analyze", "compare_runs", "open_run"}


def __getattr__(name: str) -> Any:
    if name in _API:
        from synthlens import api

        return getattr(api, name)
    if name == "SynthlensError":
        from synthlens.errors import SynthlensError

        return SynthlensError
    raise AttributeError(f"module 'synthlens' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
