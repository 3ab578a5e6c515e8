"""The one exception type a user sees: a one-line message saying what, where and how to fix it."""


class SynthlensError(Exception):
    """An error caused by the user's input or setup; the CLI prints its message on one line, no traceback."""


def check_range(option: str, value: float, low: float, high: float) -> None:
    """Refuse a number outside [low, high] in one line naming the option, the value and the range."""
    if not low <= value <= high:
        raise SynthlensError(
            f"{option} {value} is out of range; allowed: {low} to {high}; fix: pass {option} within that range"
        )
