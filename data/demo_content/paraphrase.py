"""Light rewording used to plant near-duplicates: same meaning, slightly different words."""

import random
import re

from demo_content.content import load

WORDS = load("paraphrase")


def swap_synonym(text: str, rng: random.Random) -> str:
    """Replace one word that has a listed synonym, keeping its capitalisation."""
    synonyms = WORDS["synonyms"]
    words = [w for w in synonyms if re.search(rf"\b{w}\b", text, flags=re.I)]
    if not words:
        return text
    word = rng.choice(sorted(words))

    def replace(match: re.Match) -> str:
        new = synonyms[word]
        return new[0].upper() + new[1:] if match.group(0)[0].isupper() else new

    return re.sub(rf"\b{word}\b", replace, text, count=1, flags=re.I)


def swap_lead(text: str, rng: random.Random) -> str:
    """Rephrase a common opening such as 'How do I'."""
    for lead, options in WORDS["leads"].items():
        if text.startswith(lead):
            return rng.choice(options) + text[len(lead) :]
    return text


def wrap(text: str, rng: random.Random) -> str:
    """Add a conversational prefix or suffix."""
    template = rng.choice(WORDS["wrappers"])
    body = text[0].lower() + text[1:] if template.startswith(("Hey", "I was")) and text[1:2].islower() else text
    return template.format(t=body)


def casual_case(text: str, rng: random.Random) -> str:
    """Lower-case the text and drop or double the final punctuation, as people do in chat."""
    lowered = text.lower() if "\n" not in text and "`" not in text else text
    if lowered.endswith("?"):
        return lowered[:-1] if rng.random() < 0.5 else lowered + "?"
    if lowered.endswith(("!", ".")):
        return lowered[:-1]
    return lowered + "."


OPERATIONS = [swap_synonym, swap_lead, wrap, casual_case]


def paraphrase(text: str, rng: random.Random) -> str:
    """Apply two or three different rewording operations; the result always differs in its words."""
    operations = rng.sample(OPERATIONS, rng.choice([2, 3]))
    if casual_case in operations:  # case changes go last so later steps don't undo them
        operations.remove(casual_case)
        operations.append(casual_case)
    result = text
    for operation in operations:
        result = operation(result, rng)
    if result.lower().split() == text.lower().split():
        result = wrap(swap_synonym(text, rng), rng)
    return result


def vary_response(text: str, rng: random.Random) -> str:
    """A similar answer: a different opener, and sometimes the closing paragraph dropped."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 2 and not paragraphs[-1].startswith("```") and rng.random() < 0.5:
        paragraphs = paragraphs[:-1]
    opener = rng.choice(WORDS["response_openers"])
    first = paragraphs[0]
    for known in WORDS["known_openers"]:
        if first.startswith(known):
            first = first[len(known) :]
    paragraphs[0] = f"{opener} {first}" if not first.startswith(("```", "-", "1.")) else f"{opener}\n\n{first}"
    return "\n\n".join(paragraphs)
