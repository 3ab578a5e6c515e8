"""The one exception type a user sees: a one-line message saying what, where and how to fix it."""


class SynthlensError(Exception):
    """An error caused by the user's input or setup; the CLI prints its message on one line, no traceback."""
