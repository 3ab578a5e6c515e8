"""Editing rows about commit messages: a sloppy message in, a well-formed one out."""

import random

from demo_content.item import Item

# (sloppy message, conventional-commit rewrite, one-line reason)
MESSAGES = [
    (
        "fixed the login thing",
        "fix(auth): reject expired session tokens on login",
        "It names the area and says what changed instead of 'the thing'",
    ),
    (
        "updates",
        "docs(readme): add setup steps for Windows",
        "A message should say what was updated and why someone would care",
    ),
    (
        "WIP do not merge",
        "feat(search): add fuzzy matching behind a feature flag",
        "It describes the finished change; work-in-progress markers belong in the PR, not the history",
    ),
    (
        "changed some css and also fixed a bug in the cart total calculation",
        "fix(cart): round line totals before summing\n\nstyle(cart): tighten spacing in the summary panel",
        "Two unrelated changes deserve two commits, so I split it",
    ),
    (
        "Refactored stuff in utils",
        "refactor(utils): extract date parsing into parse_iso_date()",
        "It says exactly which refactor happened",
    ),
    (
        "asdfgh",
        "chore: remove unused imports",
        "A placeholder tells reviewers nothing; describe the actual diff",
    ),
    (
        "Fix bug",
        "fix(export): escape commas in CSV fields",
        "'Fix bug' is true of half of all commits; name the bug",
    ),
    (
        "added tests",
        "test(payments): cover refunds larger than the original charge",
        "It says which behaviour the tests protect",
    ),
    ("bump version", "chore(release): 2.3.0", "Release commits conventionally just name the version"),
    (
        "Merge branch 'main' into main",
        "chore: sync local main with origin/main",
        "This merge is usually avoidable with `git pull --rebase`, but if it stays, say why it exists",
    ),
    (
        "oops",
        "fix(api): return 404 instead of 500 for unknown project ids",
        "Even small fixes deserve a real description",
    ),
    (
        "Made the app faster",
        "perf(feed): cache rendered cards for 60 seconds",
        "It names the mechanism, so someone debugging stale cards later finds this commit",
    ),
    (
        "removed old code",
        "refactor: delete the v1 billing module (replaced by v2 in #412)",
        "It links to the replacement so nobody wonders whether the code was still used",
    ),
    (
        "fix typo",
        "docs(contributing): correct the branch naming example",
        "'Fix typo' is fine for a tiny change, but the location helps",
    ),
    (
        "new feature!!!",
        "feat(profile): let users upload an avatar up to 2 MB",
        "It describes the feature and its main limit",
    ),
    (
        "changes requested in review",
        "fix(parser): handle empty lines at end of input",
        "The history outlives the review, so describe the change itself",
    ),
    (
        "update deps",
        "build(deps): upgrade requests to 2.32 for the CVE-2024-35195 fix",
        "It says which dependency and why, which matters when something breaks later",
    ),
    (
        "Trying something",
        "ci: run the test matrix on Python 3.12",
        "It describes what the experiment actually changes",
    ),
    (
        "Fixed issue where when the user clicked the button twice quickly the form was submitted two "
        "times and created duplicate orders in the database",
        "fix(checkout): disable submit button while the order request is in flight\n\n"
        "Double clicks created duplicate orders.",
        "The subject line should stay under about 50 characters; details go in the body",
    ),
    (
        "Rename variable",
        "refactor(scheduler): rename t to retry_delay_seconds",
        "It says which name changed to what",
    ),
]

TEMPLATES = [
    'Rewrite this commit message so it follows the Conventional Commits style: "{msg}"',
    'Can you improve this git commit message? "{msg}"',
    'My team lead says my commit message "{msg}" is not descriptive. How should I write it?',
    "Turn this commit message into a proper one with a type and scope: {msg}",
]


def commit_message_items(rng: random.Random) -> list[Item]:
    """One editing row per sloppy message, each phrased with a different template."""
    items = []
    for index, (sloppy, better, reason) in enumerate(MESSAGES):
        template = TEMPLATES[index % len(TEMPLATES)]
        instruction = template.format(msg=sloppy)
        opener = rng.choice(["Here's a clearer version:", "Try this:", "A better message would be:"])
        response = f"{opener}\n\n```\n{better}\n```\n\n{reason}."
        if rng.random() < 0.4:
            response += " Format: `type(scope): summary` in the imperative mood, e.g. 'add', not 'added'."
        items.append(Item(instruction, response, "Editing", theme="git"))
    return items
