"""Lists in every form a model writes them come back as the same items."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from synthlens.generate.lists import normalise, parse_list

WORDS = st.text(alphabet=st.characters(categories=["Ll", "Lu", "Nd"], max_codepoint=0x24F), min_size=1, max_size=9)
ITEM = st.lists(WORDS, min_size=1, max_size=5).map(" ".join).filter(lambda item: not item[0].isdigit())
ITEMS = st.lists(ITEM, min_size=2, max_size=12, unique_by=normalise)
FORMS = {
    "numbered": lambda items: "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)),
    "numbered-paren": lambda items: "\n".join(f"{n}) {item}" for n, item in enumerate(items, 1)),
    "bullets": lambda items: "\n".join(f"- {item}" for item in items),
    "stars-bold": lambda items: "\n".join(f"* **{item}**" for item in items),
    "plain-lines": lambda items: "\n".join(items),
    "json-array": lambda items: json.dumps(items),
    "prose-around": lambda items: (
        "Here are the items you asked for:\n\n"
        + "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
        + "\n\nI hope this helps!"
    ),
    "json-in-prose": lambda items: f"Sure! Here is the list: {json.dumps(items)} Let me know.",
}


@pytest.mark.parametrize("form", list(FORMS))
@given(items=ITEMS)
def test_every_form_gives_back_the_items(form: str, items: list[str]) -> None:
    assert parse_list(FORMS[form](items)) == items


ASCII_ITEMS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=20).filter(str.strip),
    min_size=2,
    max_size=10,
    unique_by=normalise,
).map(lambda items: [" ".join(item.split()) for item in items])


@given(items=ASCII_ITEMS)  # ASCII: Unicode upper-casing does not always round-trip (dotless i)
def test_repeats_are_dropped_in_order(items: list[str]) -> None:
    doubled = items + [item.upper() for item in items]
    assert parse_list("\n".join(f"- {item}" for item in doubled)) == items


CASES = {
    "comma-separated": ("apples, pears and plums", ["apples", "pears", "plums"]),
    "labelled-comma-list": ("Subtopics: git log, git diff, git blame", ["git log", "git diff", "git blame"]),
    "a-bare-number-line": ("1. Branching\n2.\n3. Merging", ["Branching", "Merging"]),
    "quoted-items": ("1. \"Stash\"\n2. 'Reset'", ["Stash", "Reset"]),
    "markdown-headings": ("## Rebasing\n## Merging", ["Rebasing", "Merging"]),
    "nothing": ("", []),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_list_cases(text: str, expected: list[str]) -> None:
    assert parse_list(text) == expected
