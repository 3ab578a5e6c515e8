"""The LLM judges a run should use, from command-line values or a YAML/JSON config file.

judges:
  endpoint: http://localhost:8000/v1
  model: meta-llama/Meta-Llama-3-8B-Instruct
  tasks: [category, quality, difficulty]
  api_key_env: OPENAI_API_KEY        # the variable's name, never the key
  max_concurrency: 32
  guard: {endpoint: http://localhost:8001/v1, model: meta-llama/Llama-Guard-3-8B, target: prompt}
  reward: {model: sfairXC/FsfairX-LLaMA3-RM-v0.1}           # local; with an endpoint: Nemotron API
"""

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError

CLIENT_KEYS = {
    "api_key_env",
    "max_concurrency",
    "timeout",
    "max_retries",
    "backoff_base",
    "backoff_cap",
    "http_transport",
}
TOP_KEYS = {"endpoint", "model", "tasks", "guard", "reward"} | CLIENT_KEYS
GUARD_KEYS = {"endpoint", "model", "version", "target"} | CLIENT_KEYS
REWARD_KEYS = {"endpoint", "model", "device", "batch_size", "max_length", "trust_remote_code"} | CLIENT_KEYS


def read_judge_config(path: str | Path) -> dict[str, Any]:
    """The `judges` section of a YAML or JSON file (or the whole file when it has no such section)."""
    path = Path(path)
    if not path.is_file():
        raise SynthlensError(f"judge config {path} does not exist; allowed: a YAML or JSON file; fix: check the path")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
    else:
        import yaml

        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise SynthlensError(
            f"judge config {path}: expected a mapping, got {type(data).__name__}; allowed: a `judges:` mapping; "
            "fix: see docs/judges.md"
        )
    section = data.get("judges", data)
    _check_keys(section, TOP_KEYS, str(path))
    _check_keys(section.get("guard") or {}, GUARD_KEYS, f"{path}: guard")
    _check_keys(section.get("reward") or {}, REWARD_KEYS, f"{path}: reward")
    return section


def _check_keys(section: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(section) - allowed)
    if unknown:
        raise SynthlensError(
            f"{where}: unknown key {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}; "
            "fix: rename or remove it"
        )


def judge_taggers(config: Mapping[str, Any], cache_path: Path | None) -> list:
    """The taggers a config names: the Magpie tasks when it has an endpoint and model, Llama Guard when it
    has a `guard` section, a reward model when it has a `reward` section."""
    from synthlens.judge.llm_taggers import DEFAULT_TASKS, llm_taggers

    client = {key: value for key, value in config.items() if key in CLIENT_KEYS}
    taggers: list = []
    if config.get("endpoint") and config.get("model"):
        tasks = config.get("tasks", DEFAULT_TASKS)
        taggers += llm_taggers(config["endpoint"], config["model"], tasks, cache_path=cache_path, **client)
    if config.get("guard") is not None:
        taggers.append(_guard(config, client, cache_path))
    if config.get("reward") is not None:
        taggers.append(_reward(config, client, cache_path))
    return taggers


def _guard(config: Mapping[str, Any], client: dict[str, Any], cache_path: Path | None) -> Any:
    from synthlens.judge.guard import DEFAULT_GUARD_MODEL, guard_tagger

    section = dict(config["guard"] or {})
    endpoint = section.pop("endpoint", config.get("endpoint"))
    if not endpoint:
        raise SynthlensError("judge config guard: no endpoint; allowed: a URL here or at the top; fix: add endpoint")
    model = section.pop("model", DEFAULT_GUARD_MODEL)
    options = client | {key: section.pop(key) for key in list(section) if key in CLIENT_KEYS}
    return guard_tagger(endpoint, model, cache_path=cache_path, **section, **options)


def _reward(config: Mapping[str, Any], client: dict[str, Any], cache_path: Path | None) -> Any:
    section = dict(config["reward"] or {})
    if section.get("endpoint"):
        from synthlens.judge.nemotron import DEFAULT_NEMOTRON_MODEL, nemotron_tagger

        options = client | {key: value for key, value in section.items() if key in CLIENT_KEYS}
        model = section.get("model", DEFAULT_NEMOTRON_MODEL)
        return nemotron_tagger(section["endpoint"], model, cache_path=cache_path, **options)
    from synthlens.judge.reward import DEFAULT_REWARD_MODEL, LocalRewardTagger

    local = {key: value for key, value in section.items() if key not in CLIENT_KEYS | {"model", "endpoint"}}
    return LocalRewardTagger(section.get("model", DEFAULT_REWARD_MODEL), **local)
