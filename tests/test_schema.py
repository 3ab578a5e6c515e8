"""The canonical schema's ids: the conversation hash computed for a whole table equals the one-row hash."""

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from synthlens.schema import CANONICAL_SCHEMA, conversation_hash, conversation_hashes

# Every character str.split() treats as whitespace, every control character, and JSON's escaped ones.
SPECIAL = [chr(code) for code in range(0x3001) if chr(code).isspace()] + [chr(code) for code in range(32)]
text = st.text(st.characters(blacklist_categories=["Cs"]) | st.sampled_from([*SPECIAL, '"', "\\", "\x7f"]), max_size=20)
turn = st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "content": text})
rows = st.lists(st.tuples(st.lists(turn, max_size=4), st.none() | text), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(rows)
def test_the_hash_of_a_table_equals_the_hash_of_each_row(rows: list) -> None:
    schema = {"conversation": CANONICAL_SCHEMA["conversation"], "system": pl.String}
    table = pl.DataFrame(
        {"conversation": [turns for turns, _ in rows], "system": [system for _, system in rows]}, schema
    )
    assert conversation_hashes(table).to_list() == [conversation_hash(turns, system) for turns, system in rows]


def test_whitespace_is_normalised_the_way_python_splits_it() -> None:
    spaced = [{"role": "user", "content": "  a\x1c\u3000b\t\n c  "}]
    table = pl.DataFrame({"conversation": [spaced], "system": [" be\u2028brief "]})
    assert conversation_hashes(table)[0] == conversation_hash([{"role": "user", "content": "a b c"}], "be brief")
