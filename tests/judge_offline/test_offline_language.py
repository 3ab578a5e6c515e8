"""The language tagger: Magpie-style upper-case ISO codes, right on short English, null with no signal."""

import pytest

from synthlens.errors import SynthlensError
from synthlens.judge.language import LanguageTagger, detect_languages, lingua_version

CASES = [
    ("english", "Why is the sky blue during the day?", "EN"),
    ("french", "Écris un poème sur la mer et le vent.", "FR"),
    ("german", "Wie kann ich meine Zeit besser einteilen?", "DE"),
    ("spanish", "¿Cuál es la capital de Argentina?", "ES"),
    ("chinese", "用Python写一个快速排序", "ZH"),
    ("japanese", "こんにちは、元気ですか", "JA"),
    ("russian", "Напиши стихотворение о зиме", "RU"),
    (
        "code-block-ignored",
        "```python\nfor item in items:\n    print(item)\n```\nWarum funktioniert das nicht?",
        "DE",
    ),
    ("short-english-with-names", "Convert 58 Fahrenheit to Celsius", "EN"),
    ("short-english-imperative", "Write a poem.", "EN"),
    ("english-greeting", "hello", "EN"),
    ("short-german", "Fahrenheit in Celsius umrechnen", "DE"),
    ("too-short", "ok", None),
    ("formula-only", "x^2+1=0", None),
    ("empty", "", None),
]


@pytest.mark.parametrize(("text", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_languages([text])[0] == [code]


def test_language_tagger_columns_and_generator(rows_of) -> None:
    tagged = LanguageTagger().tag(rows_of(["Translate this sentence into French, please.", None]))
    assert tagged.columns == ["id", "language", "language_confidence", "language_generator"]
    assert tagged["language"].to_list() == ["EN", None]
    assert tagged["language_confidence"][0] > 0.9 and tagged["language_confidence"][1] is None
    assert set(tagged["language_generator"]) == {f"english-check+lingua-{lingua_version()}"}


def test_confidence_is_a_probability_for_every_detected_row() -> None:
    codes, confidence = detect_languages(["Wie kann ich Deutsch lernen?", "Explain recursion", "¿Qué es?", "42"])
    assert codes[:2] == ["DE", "EN"]
    assert all(0.0 < value <= 1.0 for code, value in zip(codes, confidence, strict=True) if code)
    assert codes[3] is None and confidence[3] is None


def test_language_set_is_part_of_the_cache_key() -> None:
    assert LanguageTagger(["en", "fr"]).params()["languages"] == ["EN", "FR"]
    assert LanguageTagger().params() != LanguageTagger(["EN", "FR"]).params()


def test_unknown_language_code_is_a_clear_error() -> None:
    with pytest.raises(SynthlensError, match="unknown language code.*XX.*fix"):
        detect_languages(["hello world, how are you"], ("EN", "XX"))
