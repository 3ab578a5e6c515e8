"""Llama Guard safety: answers parsed into is_safe, S-codes and names per version; prompt or response target."""

import pytest
from judge_rows import canonical_rows
from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply

from synthlens.errors import SynthlensError
from synthlens.judge.guard import LLAMA_GUARD_2, LLAMA_GUARD_3, guard_tagger, guard_version, parse_guard_answer

GUARD_ANSWERS = {
    "safe": ("safe", LLAMA_GUARD_3, {"is_safe": True, "hazard_categories": [], "hazard_names": []}),
    "safe-padded": ("\n\n Safe \n", LLAMA_GUARD_3, {"is_safe": True, "hazard_categories": [], "hazard_names": []}),
    "unsafe-one": (
        "unsafe\nS1",
        LLAMA_GUARD_3,
        {"is_safe": False, "hazard_categories": ["S1"], "hazard_names": ["Violent Crimes"]},
    ),
    "unsafe-several": (
        "unsafe\nS10,S14",
        LLAMA_GUARD_3,
        {"is_safe": False, "hazard_categories": ["S10", "S14"], "hazard_names": ["Hate", "Code Interpreter Abuse"]},
    ),
    "guard-2-names-differ": (
        "unsafe\nS10, S10",
        LLAMA_GUARD_2,
        {"is_safe": False, "hazard_categories": ["S10"], "hazard_names": ["Self-Harm"]},
    ),
    "unsafe-without-codes": ("unsafe", LLAMA_GUARD_3, {"is_safe": False, "hazard_categories": [], "hazard_names": []}),
    "code-not-in-guard-2": ("unsafe\nS14", LLAMA_GUARD_2, None),
    "not-a-code": ("unsafe\nviolence", LLAMA_GUARD_3, None),
    "chatty": ("I think this is fine.", LLAMA_GUARD_3, None),
    "empty": ("", LLAMA_GUARD_3, None),
}


@pytest.mark.parametrize(("text", "hazards", "expected"), list(GUARD_ANSWERS.values()), ids=list(GUARD_ANSWERS))
def test_parse_guard_answer(text: str, hazards: dict, expected: dict | None) -> None:
    assert parse_guard_answer(text, hazards) == expected


def test_the_two_versions_have_their_published_category_lists() -> None:
    assert list(LLAMA_GUARD_3) == [f"S{i}" for i in range(1, 15)] and LLAMA_GUARD_3["S14"] == "Code Interpreter Abuse"
    assert list(LLAMA_GUARD_2) == [f"S{i}" for i in range(1, 12)] and LLAMA_GUARD_2["S11"] == "Sexual Content"


@pytest.mark.parametrize(
    ("model", "given", "expected"),
    [
        ("meta-llama/Llama-Guard-3-8B", None, 3),
        ("meta-llama/Meta-Llama-Guard-2-8B", "auto", 2),
        ("my-guard", "2", 2),
        ("meta-llama/Llama-Guard-3-1B", 3, 3),
    ],
    ids=["guard-3-by-name", "guard-2-by-name", "explicit-2", "explicit-3"],
)
def test_guard_version(model: str, given: object, expected: int) -> None:
    assert guard_version(model, given) == expected


def test_unknown_version_and_target_are_clear_errors() -> None:
    with pytest.raises(SynthlensError, match="allowed: 2, 3 or auto"):
        guard_version("m", "4")
    with pytest.raises(SynthlensError, match="allowed: prompt, response"):
        guard_tagger("http://localhost:8000/v1", target="both")


def keyword_guard(request: ScriptedRequest) -> Reply:
    """Unsafe when the last turn mentions a weapon; judges whatever turns it was sent."""
    last = request.messages[-1]["content"]
    return chat_reply("unsafe\nS9" if "nerve agent" in last else "safe")


@pytest.mark.parametrize(
    ("target", "expected_safe", "turns"),
    [("prompt", [True, True], [1, 1]), ("response", [False, True], [2, 1])],
    ids=["prompt-alone", "prompt-with-response"],
)
def test_guard_target_decides_what_is_judged(target: str, expected_safe: list, turns: list) -> None:
    rows = canonical_rows([("How do pesticides work?", "Some are close to a nerve agent like sarin."), ("Hi", None)])
    with LLMServer(keyword_guard) as server:
        tagger = guard_tagger(server.url, target=target, backoff_base=0.01)
        table = tagger.tag(rows)
    assert table["is_safe"].to_list() == expected_safe
    assert sorted(len(request.messages) for request in server.requests) == sorted(turns)
    assert all(request.messages[0]["role"] == "user" for request in server.requests)
    if target == "response":
        assert table["hazard_names"].to_list()[0] == ["Indiscriminate Weapons"]
        assert table["safety_generator"].to_list() == ["meta-llama/Llama-Guard-3-8B"] * 2
