"""The shape of one hand-written git how-to: several ways of asking, one set of correct steps."""

from dataclasses import dataclass, field


@dataclass
class GitTask:
    """A git question family; each ask becomes its own row, answered from the shared fragments."""

    asks: list[str]  # optional "C|" prefix sets the category (default Information seeking)
    why: str
    steps: list[tuple[str, str]]
    note: str = ""
    follow: list[tuple[str, str]] = field(default_factory=list)
    rewrites: bool = False  # rewrites history, so the answer gets the matching safety tips
