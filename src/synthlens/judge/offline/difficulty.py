"""The offline difficulty tagger: Magpie's five levels from text features, plus template intent/knowledge.

`intent` is a template built from the instruction's first sentence ("The user wants to write a haiku about
autumn"), null when the sentence has no recognisable request form. `knowledge` names the subject areas whose
vocabulary appears ("The models need to know about programming and mathematics"), null when none does.
"""

import re

import polars as pl

from synthlens.judge.offline.textfeatures import text_features
from synthlens.progress import ProgressFn, silent

F = pl.col

DOMAINS: dict[str, str] = {
    "programming": (
        r"(?i)```|\b(python|javascript|typescript|java|c\+\+|c#|golang|rust|sql|bash|html|css|react|api|code"
        r"|function|algorithm|compile\w*|debug\w*|database|git|docker|kubernetes|regex|server|frontend"
        r"|backend|class|variable|loop|array|recursion)\b"
    ),
    "mathematics": (
        r"(?i)\b(equation|integral|derivative|theorem|proof|prove|algebra|geometry|calculus|matrix|matrices"
        r"|polynomial|probability|prime|vector|triangle|fraction|logarithm|eigen\w*|limit|series"
        r"|solve for|real numbers|reals|integers?|maximum|minimum|inequalit\w*)\b"
        r"|\d\s*[-+*/^=]\s*\d"
    ),
    "statistics and data analysis": (
        r"(?i)\b(statistic\w*|regression|correlation|p-value|variance|standard deviation|dataset|data set"
        r"|distribution|sample|survey|a/b test|forecast\w*|median|outliers?|chart|visuali[sz]\w*)\b"
    ),
    "the natural sciences": (
        r"(?i)\b(physics|chemistry|chemical|molecule|atom\w*|quantum|energy|gravity|biology|cell|dna|gene\w*"
        r"|evolution|ecosystem|climate|planet|photosynthesis|enzyme|protein)\b"
    ),
    "medicine and health": (
        r"(?i)\b(symptom\w*|disease|diagnos\w*|medication|medicine|doctor|vitamin|nutrition|diet|exercise"
        r"|sleep|anxiety|depression|therapy|blood|heart|injury)\b"
    ),
    "finance and economics": (
        r"(?i)\b(invest\w*|stock\w*|budget|tax\w*|loan|mortgage|interest rate|inflation|gdp|economy"
        r"|economic\w*|revenue|profit|debt|credit|retirement|salary)\b"
    ),
    "law": r"(?i)\b(law|legal|lawyer|court|contract|lease|rights|lawsuit|regulation\w*|clause|copyright)\b",
    "history": r"(?i)\b(history|historical|ancient|medieval|century|war|empire|revolution|dynasty)\b",
    "writing and literature": (
        r"(?i)\b(poem|story|novel|essay|grammar|haiku|sonnet|lyrics|character|plot|narrative|metaphor"
        r"|paragraph|tone|prose|fiction)\b"
    ),
    "business and marketing": (
        r"(?i)\b(business|marketing|customer\w*|startup|brand\w*|sales|product launch|management|strategy"
        r"|stakeholder\w*|kpi|market)\b"
    ),
}
_ADVANCED = (
    r"(?i)\b(prove|proof|theorem|lemma|rigorous\w*|derive|asymptotic|complexity|eigen\w*|integral"
    r"|differential equation|optimi[sz]\w*|distributed|concurren\w*|multithread\w*|scalab\w*|architecture"
    r"|compiler|cryptograph\w*|quantum|topolog\w*|stochastic|bayesian|gradient|manifold|invariant|np-hard"
    r"|dynamic programming|trade-?offs?|formali[sz]e)\b"
)
_MULTI_STEP = (
    r"(?i)\b(step by step|and then|first,|second,|then explain|finally|compare|pros and cons|each of"
    r"|as well as|justify|analy[sz]e|evaluate|design|implement|including|multiple|walk me through)\b"
)


def difficulty_points() -> pl.Expr:
    """A difficulty score over `text_features` columns plus `domains`, `advanced` and `multi_step` counts."""
    points = (
        (F("words") >= 15).cast(pl.Int32)
        + (F("words") >= 50).cast(pl.Int32)
        + (F("words") >= 150).cast(pl.Int32)
        + (F("domains") >= 1).cast(pl.Int32)
        + (F("domains") >= 3).cast(pl.Int32)
        + 2 * (F("advanced") >= 1).cast(pl.Int32)
        + (F("advanced") >= 2).cast(pl.Int32)
        + (F("multi_step") >= 1).cast(pl.Int32)
        + (F("multi_step") >= 3).cast(pl.Int32)
        + (F("has_code") | F("has_math")).cast(pl.Int32)
        + ((F("question_marks") >= 2) | (F("list_items") >= 3)).cast(pl.Int32)
    )
    return points


def difficulty_label() -> pl.Expr:
    """Map points to Magpie's five levels; greetings and short plain questions are very easy."""
    points = F("difficulty_points")
    return (
        pl.when(F("is_greeting") | (F("words") <= 3) | ((points == 0) & (F("words") <= 8) & F("is_question")))
        .then(pl.lit("very easy"))
        .when(points <= 2)
        .then(pl.lit("easy"))
        .when(points <= 4)
        .then(pl.lit("medium"))
        .when(points <= 6)
        .then(pl.lit("hard"))
        .otherwise(pl.lit("very hard"))
    )


_FIRST_SENTENCE = re.compile(r"^\W*(.+?)(?:[.?!。？！\n]|$)", re.DOTALL)
_WANTS = re.compile(r"^(?:i want to|i need to|i'd like to|i would like to|i wish to|i'm trying to)\s+", re.I)
_HELP = re.compile(r"^(?:please\s+)?help me(?: to)?\s+", re.I)
_POLITE = re.compile(r"^(?:please|kindly|can you|could you|would you|will you|i want you to|i'd like you to)\s+", re.I)
_IMPERATIVE = re.compile(
    r"^(?:write|create|make|give|list|explain|describe|tell|show|find|solve|calculate|compute|prove|implement"
    r"|generate|design|draft|compose|plan|summari[sz]e|translate|rewrite|rephrase|edit|proofread|fix|correct"
    r"|improve|suggest|recommend|brainstorm|compare|analy[sz]e|evaluate|outline|convert|pretend|act|imagine"
    r"|play|simulate|identify|define|determine|debug|optimi[sz]e|refactor|build|develop|continue|name"
    r"|come up with|check|shorten|paraphrase|polish|revise|summarise|teach|help|provide|recommend)\b",
    re.I,
)
_QUESTION = re.compile(r"^(?:what|who|whom|whose|when|where|which|why|how|is|are|can|should|do|does|did)\b", re.I)
INTENT_WORDS = 16


def intent_of(text: str | None) -> str | None:
    """A template intent from the first sentence, or None when it has no recognisable request form."""
    match = _FIRST_SENTENCE.match(text or "")
    if match is None:
        return None
    words = match.group(1).split()
    sentence = " ".join(words[:INTENT_WORDS]) + (" ..." if len(words) > INTENT_WORDS else "")
    if wants := _WANTS.match(sentence):
        return f"The user wants to {sentence[wants.end() :]}"
    if helped := _HELP.match(sentence):
        return f"The user wants help to {sentence[helped.end() :]}"
    request = _POLITE.sub("", sentence, count=1)
    if _IMPERATIVE.match(request):
        return f"The user asks the assistant to {_lower_first(request)}"
    if _QUESTION.match(sentence):
        return f"The user asks: {sentence.rstrip(' ?')}?"
    return None


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a name like 'SQL'."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def domain_columns(texts: pl.Series) -> pl.DataFrame:
    """Per text: how many subject areas' vocabulary appears, and `knowledge` naming up to three of them."""
    frame = pl.DataFrame({"text": texts.fill_null("")})
    names = [pl.when(F("text").str.contains(pattern)).then(pl.lit(name)) for name, pattern in DOMAINS.items()]
    found = frame.select(pl.concat_list(names).list.drop_nulls().alias("found"))
    return found.select(
        domains=F("found").list.len(),
        knowledge=pl.when(F("found").list.len() > 0).then(
            pl.lit("The models need to know about ") + F("found").list.head(3).list.join(", ")
        ),
    )


class DifficultyTagger:
    """Writes `difficulty` (very easy .. very hard), template `intent` and `knowledge` (both may be null)."""

    name = "difficulty"
    generator = "heuristic-v1"
    columns = ["difficulty", "intent", "knowledge", "difficulty_generator"]

    def params(self) -> dict:
        return {"rules": "difficulty-v1"}

    def provenance(self) -> dict:
        return {
            "kind": "offline rules",
            "generator": self.generator,
            "method": "points for length, subject words and multi-step cues; not measured against human labels",
        }

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        texts = rows["instruction"]
        features = pl.concat([text_features(texts), domain_columns(texts)], how="horizontal")
        counts = pl.DataFrame({"text": texts.fill_null("")}).select(
            advanced=F("text").str.count_matches(_ADVANCED),
            multi_step=F("text").str.count_matches(_MULTI_STEP),
        )
        features = pl.concat([features, counts], how="horizontal").with_columns(
            difficulty_points().alias("difficulty_points")
        )
        progress("difficulty", rows.height, rows.height)
        return pl.DataFrame(
            {
                "id": rows["id"],
                "difficulty": features.select(difficulty_label()).to_series(),
                "intent": pl.Series([intent_of(text) for text in texts.to_list()], dtype=pl.String),
                "knowledge": features["knowledge"],
                "difficulty_generator": pl.Series([self.generator] * rows.height, dtype=pl.String),
            }
        )
