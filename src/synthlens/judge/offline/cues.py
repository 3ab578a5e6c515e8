"""Cheap text cues for the category tagger: a regex per Magpie category that, when it matches, adds weight.

Patterns use the Rust regex syntax polars runs (no look-around); they are vectorised over all rows at once.
"""

import numpy as np
import polars as pl

from synthlens.judge.labels import TASK_CATEGORIES as CATEGORIES

_LANGUAGES = (
    r"python|javascript|typescript|java|c\+\+|c#|golang|rust|kotlin|swift|php|ruby|sql|bash|powershell"
    r"|html|css|react|angular|vue|node\.?js|django|flask|spring boot|regex"
)
_WRITING_FORMS = (
    r"poem|story|stories|haiku|sonnet|limerick|villanelle|lyrics|song|tale|fable|myth|legend|screenplay"
    r"|script|scene|monologue|dialogue|novel|fan ?fiction|rap|verse|ballad|ode|eulogy|diary entry"
)
CATEGORY_CUES: dict[str, str] = {
    "Coding & Debugging": (
        rf"```|(?i:\b({_LANGUAGES}|shell script|regular expression|source code|code|compil\w*|debug\w*|bug"
        r"|stack ?trace|segfault|recursion|algorithm|endpoint|dockerfile)\b)|\w(Error|Exception)\b"
        r"|\bdef \w+\(|#include|console\.log"
    ),
    "Math": (
        r"\d\s*[-+*/^=<>]\s*\d|\b[a-z]\s*(\^|=)\s*-?\d|(?i:\b(solve for|equation|integral|derivative"
        r"|differentiate|integrate|prove that|theorem|probability|polynomial|matrix|eigen\w*|factorial"
        r"|prime numbers?|divisors?|logarithm|log base|hypotenuse|perimeter|area of|volume of|fraction"
        r"|square root|limit of|by induction)\b)"
    ),
    "Editing": (
        r"(?i)\b(rewrite|re-write|rephrase|reword|paraphrase|proofread|edit|revise|polish|shorten|condense"
        r"|summari[sz]e|translate|(fix|correct|check) (the |my )?(grammar|spelling|punctuation|typos)"
        r"|more (formal|concise|professional|polite|academic|persuasive))\b"
    ),
    "Role playing": (
        r"(?i)\b(pretend (you are|you're|to be)|act as|act like|role[- ]?play\w*|play the role|take (on )?the"
        r" role|in character|imagine you are|you are (a|an|the|my) \w+|be my \w+)\b"
    ),
    "Creative writing": (
        r"(?i)\b(write|compose|create|draft|tell)( me)? (a|an|the|some)?\s*((short|funny|scary|humorous"
        r"|children's|bedtime|romantic|fantasy|sci-fi|horror|love|spooky|free verse)\s+)*"
        rf"({_WRITING_FORMS})\b|\b(once upon a time|continue (this|the) story)\b"
    ),
    "Brainstorming": (
        r"(?i)\b(brainstorm\w*|ideas?|come up with|suggest (some |a few |ten |\d+ )?(names|themes|topics"
        r"|titles|ways)|names for|creative ways|different ways|innovative ways|think of (as many|some))\b"
    ),
    "Planning": (
        r"(?i)\b(plan|planning|itinerary|schedule|timeline|roadmap|agenda|checklist|week-by-week|day-by-day"
        r"|curriculum|timetable)\b"
    ),
    "Advice seeking": (
        r"(?i)\b(should i|advice|any tips|tips (for|on)|how (can|do|should) i (deal|cope|handle|stop|become"
        r"|get over|stay|manage|tell|ask|approach|support|negotiate|set boundaries)|what should i"
        r"|is it (a good idea|wise|too late|normal))\b"
    ),
    "Data analysis": (
        r"(?i)\b(data ?set|(the|this|my|our|sales|survey) data|statistic\w*|p-value|regression|correlation"
        r"|standard deviation|variance|median|outliers?|chart|histogram|box plot|pivot table|spreadsheet"
        r"|survey|a/b test|trend|churn|retention|forecast|distribution|percentile|sample size"
        r"|confidence interval|cohort)\b"
    ),
    "Reasoning": (
        r"(?i)\b(riddle|puzzle|logic(al|ally)?|fallacy|deduce|valid|syllogism|paradox|if all|think step by"
        r" step|what comes next|next number|telling the truth|always lies|reasoning)\b"
    ),
    "Others": (
        r"(?i)^\W*(hi|hello|hey|yo|thanks|thank you|thx|ok|okay|bye|goodbye|good (morning|night|evening)"
        r"|test(ing)?|yes|no|cool|lol|hmm+)\b[\W\d]*$"
    ),
}


def cue_matrix(texts: pl.Series) -> np.ndarray:
    """A (rows, 12) boolean matrix: which categories' cues match each text, columns in CATEGORIES order."""
    frame = pl.DataFrame({"text": texts.fill_null("")})
    matches = frame.select(
        pl.col("text").str.contains(CATEGORY_CUES[label]).alias(label)
        if label in CATEGORY_CUES
        else pl.lit(False).alias(label)
        for label in CATEGORIES
    )
    return matches.to_numpy().astype(bool)
