"""Cheap text features of instructions, computed as polars expressions (vectorised, multi-threaded).

Shared by the quality and difficulty taggers. Regexes use the Rust syntax polars runs (no look-around,
no back-references).
"""

import polars as pl

from synthlens.judge.offline.cues import CATEGORY_CUES

TEXT = pl.col("text")
_DENSE_SCRIPT = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_QUESTION_START = (
    r"(?i)^\W*(what|who|whom|whose|when|where|which|why|how|is|are|was|were|do|does|did|can|could|would"
    r"|will|should|shall|may|might|has|have)\b"
)
_REQUEST_START = (
    r"(?i)^\W*(please |kindly )?(can you|could you|would you|i want|i need|i'd like|i would like|help me"
    r"|let's|write|create|make|give|list|explain|describe|tell|show|find|solve|calculate|compute|prove|implement"
    r"|generate|design|draft|compose|plan|summari[sz]e|translate|rewrite|rephrase|edit|proofread|fix|correct"
    r"|improve|suggest|recommend|brainstorm|compare|analy[sz]e|evaluate|outline|convert|pretend|act|imagine"
    r"|play|simulate|identify|define|determine|debug|optimi[sz]e|refactor|build|develop|draw|continue|name"
    r"|come up|think|consider|assume|given|let|suppose|if|i'm|i am|i have|my|we|simplify|turn|sort|classify"
    r"|count|reverse|format|rank|choose|select|estimate|predict|paraphrase|shorten|expand|spell|use)\b"
)
_REFERENCED_MATERIAL = (
    r"(?i)\b(the following|this|these|below|above|attached)\s+(\w+\s+)?(text|paragraph|sentence"
    r"|sentences|code|essay|email|passage|article|data|dataset|table|list|poem|story|function|script|query"
    r"|document|letter|report|snippet|program|file|image|picture|photo|chart|speech|statement|resume|cv"
    r"|bio|abstract|introduction|description|notes|message|post|review|paper|draft)\b"
)
# Material counts as attached when the instruction has several lines, a code block, or a colon or
# quote followed by a run of text.
_ATTACHED = r"\n|```|[:\"“'‘]\s*\S.{6,}"
_GIBBERISH_WORD = r"(?i)\b([bcdfghjklmnpqrstvwxz]{4,}|\w*[bcdfghjklmnpqrstvwxz]{5,}\w*)\b"
_CONTEXT = (
    r"(?i)\b(i'm|i am|i have|i've|i want|i need|i'd like|my|we're|we are|we have|our|because|since"
    r"|so that|for my|for our)\b"
)
_CONSTRAINTS = (
    r"(?i)\b(at least|at most|no more than|under \d+|less than|within|must|including|include|such as"
    r"|for example|e\.g|in \d+ words|step[- ]by[- ]step|\d+ (words|sentences|paragraphs|items|ideas|days"
    r"|weeks|months|minutes|steps|examples)|format|table|bullet\w*|using|without|for (a|an) \w+)\b"
)
GREETING = CATEGORY_CUES["Others"]


def text_features(texts: pl.Series) -> pl.DataFrame:
    """One row of features per text: sizes, form, specificity, context, signs of damage or gibberish."""
    stripped = TEXT.str.strip_chars()
    frame = pl.DataFrame({"text": texts.fill_null("")})
    return frame.select(
        words=(
            stripped.str.count_matches(r"[^\s\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
            + stripped.str.count_matches(_DENSE_SCRIPT) // 2
        ),
        chars=stripped.str.len_chars(),
        is_question=stripped.str.contains(r"[?？]$") | stripped.str.contains(_QUESTION_START),
        is_request=stripped.str.contains(_REQUEST_START),
        is_greeting=stripped.str.contains(GREETING),
        ends_with_colon=stripped.str.ends_with(":"),
        ends_mid_sentence=stripped.str.contains(r"(?i)\b(and|or|the|of|to|with|a|an|for|but|because|is)$"),
        refers_to_missing=TEXT.str.contains(_REFERENCED_MATERIAL) & ~TEXT.str.contains(_ATTACHED),
        latin_words=TEXT.str.count_matches(r"\b[A-Za-z]+\b"),
        gibberish_words=TEXT.str.count_matches(_GIBBERISH_WORD),
        numbers=TEXT.str.count_matches(r"\d+(\.\d+)?"),
        names=TEXT.str.count_matches(r"[a-z,;]\s+[A-Z][a-zA-Z]+"),
        quotes=TEXT.str.count_matches(r"[\"“”]|'[^']+'"),
        constraints=TEXT.str.count_matches(_CONSTRAINTS),
        has_context=TEXT.str.contains(_CONTEXT),
        question_marks=TEXT.str.count_matches(r"\?"),
        list_items=TEXT.str.count_matches(r"(?m)^\s*(\d+[.)]|[-*•])\s"),
        has_code=TEXT.str.contains(CATEGORY_CUES["Coding & Debugging"]),
        has_math=TEXT.str.contains(CATEGORY_CUES["Math"]),
    ).with_columns(
        # The form cues are English; for other scripts the tagger does not judge the form.
        is_latin=2 * pl.col("latin_words") >= pl.col("words"),
        is_gibberish=(pl.col("latin_words") > 0) & (pl.col("gibberish_words") >= 0.4 * pl.col("latin_words")),
        details=pl.min_horizontal(pl.col("numbers"), 3)
        + pl.min_horizontal(pl.col("names"), 3)
        + (pl.col("quotes") > 0).cast(pl.UInt32)
        + pl.min_horizontal(pl.col("constraints"), 3),
    )
