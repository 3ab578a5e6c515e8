"""Git vocabulary questions: what the basic terms mean, answered in a few sentences."""

from demo_content.item import CODES, Item

BASICS = [
    (
        "I|What is the difference between git and GitHub?",
        "Git is the version control tool that runs on your "
        "machine and records history. GitHub is a hosting service for git repositories that adds collaboration "
        "features on top: pull requests, issues, code review and CI. GitLab and Bitbucket are alternatives.",
    ),
    (
        "I|What is a pull request?",
        "A pull request (merge request on GitLab) asks maintainers to merge the commits "
        "on your branch into another branch, usually main. It's where the change is discussed, reviewed and tested "
        "before merging. It's a hosting-platform feature, not a git command.",
    ),
    (
        "I|What is HEAD in git?",
        "HEAD is git's pointer to what you have checked out. Normally it points to a "
        "branch name, which points to a commit; when you commit, the branch moves and HEAD comes along. If HEAD "
        "points straight at a commit, you're in detached HEAD state.",
    ),
    (
        "I|What is the staging area in git?",
        "The staging area, or index, is where you assemble the next commit. "
        "`git add` copies the current version of a file into it, and `git commit` records exactly what's staged. "
        "It lets you commit only part of your changes.",
    ),
    (
        "I|What does origin mean in git?",
        "`origin` is just the default name git gives the remote you cloned from. "
        "`origin/main` is your local copy of where main was on that remote the last time you fetched. You can rename "
        "it or add other remotes, like `upstream`.",
    ),
    (
        "I|What is a fast-forward merge?",
        "When the branch you merge into has no commits of its own since the other "
        "branch split off, git can simply move its pointer forward to the other branch's tip. No merge commit is "
        "created. `--no-ff` forces a merge commit anyway, which some teams prefer to record feature boundaries.",
    ),
    (
        "I|What is a bare git repository?",
        "A bare repository has the git database but no working tree; it's what "
        "servers host so people can push to it. You create one with `git init --bare`; by convention its folder name "
        "ends in `.git`.",
    ),
    (
        "I|What is inside the .git folder?",
        "It holds the whole repository: `objects/` (every file version, tree "
        "and commit, compressed), `refs/` (branches and tags), `HEAD`, the `index` (staging area), `config`, hooks "
        "and logs for the reflog. Delete it and the folder is no longer a repository.",
    ),
    (
        "I|What is a commit hash?",
        "Every commit is identified by a SHA-1 hash (SHA-256 in newer repositories) of "
        "its contents: the tree, parents, author, committer, timestamps and message. Change anything and the hash "
        "changes, which is why rewriting history produces new commit ids. Usually the first 7 characters suffice.",
    ),
    (
        "I|What's the difference between forking and cloning?",
        "Cloning copies a repository to your machine. Forking "
        "is a hosting-platform action that makes your own server-side copy of someone else's repository, so you can "
        "push to it and open pull requests back to the original. You normally fork, then clone your fork.",
    ),
    (
        "I|What is the difference between a git tag and a branch?",
        "Both are names pointing at commits. A branch "
        "moves forward as you commit on it; a tag stays fixed on one commit forever (unless deleted), which is why "
        "tags mark releases.",
    ),
    (
        "I|What does git gc do?",
        "`git gc` (garbage collection) packs loose objects into compressed packfiles, "
        "removes unreachable objects older than the expiry period and prunes old reflog entries. Git runs it "
        "automatically now and then; you rarely need to run it yourself.",
    ),
    (
        "I|What is a merge commit?",
        "A merge commit is a commit with two (or more) parents, created when git combines "
        "branches that have both moved on. It records that the histories were joined and, if there were conflicts, "
        "how they were resolved.",
    ),
    (
        "I|What does git init do?",
        "`git init` creates a new, empty repository in the current folder by adding a "
        ".git directory. Nothing is tracked until you `git add` files and make the first commit.",
    ),
    (
        "I|What is a remote-tracking branch?",
        "A remote-tracking branch like `origin/main` is a read-only local "
        "reference recording where a branch on the remote was at your last fetch. You don't commit to it; you "
        "merge or rebase from it, and `git fetch` updates it.",
    ),
    (
        "I|What is git stash actually storing?",
        "Each stash is stored as special commits: one for the working-tree "
        "changes, one for the index, and optionally one for untracked files, referenced from `refs/stash`. That's "
        "why stashes can be applied to any branch and recovered with `git fsck` after being dropped.",
    ),
    (
        "I|What's the difference between git rm and just deleting a file?",
        "Deleting a file leaves the deletion "
        "unstaged; you'd still need `git add` or `git rm` to stage it. `git rm file` deletes it and stages the "
        "deletion in one step, and `git rm --cached` stages the deletion while keeping the file on disk.",
    ),
    (
        "I|What is a shallow clone?",
        "A shallow clone contains only the most recent commits (`--depth N`), not the "
        "full history. It downloads much less, which suits CI, but commands that need old history, like blame far "
        "back, won't work until you `git fetch --unshallow`.",
    ),
    (
        "A|What's a good first git workflow for a solo developer?",
        "Keep it simple: commit small, meaningful steps "
        "to main, use a short-lived branch whenever you try something risky, push to a remote for backup, and tag "
        "versions you deploy. Add pull requests only when you want CI checks or a second pair of eyes.",
    ),
    (
        "A|How should I write good commit messages?",
        "Write a short subject line (about 50 characters) in the "
        "imperative mood, like 'Add CSV export', then a blank line and a body explaining why the change was needed "
        "and anything non-obvious. Reference the ticket. The diff shows what changed; the message should explain "
        "why.",
    ),
    (
        "B|Give me ideas for teaching git to non-developers.",
        "- Compare commits to save points in a game\n- Use a "
        "shared document as the first repository\n- Draw the commit graph on a whiteboard as you go\n- Let them "
        "cause and fix a merge conflict in a safe sandbox\n- Use a GUI client first, then show the commands\n- Keep "
        "a one-page cheat sheet of the five commands they need",
    ),
    (
        "W|Write a haiku about git rebase.",
        "Old commits, reborn,\nreplayed on a newer base,\nsame words, new hashes.",
    ),
    (
        "O|Tell me a pun about version control.",
        "I tried to tell a joke about git, but it didn't get the commit-ment "
        "it deserved. Then I rebased it and it finally got some HEAD-lines.",
    ),
    (
        "R|If I create a branch, make two commits on it, and then delete the branch without merging, are the commits "
        "gone?",
        "Not immediately. Deleting the branch removes only the name; the commits become unreachable but stay "
        "in the object database until garbage collection prunes them, and the reflog keeps them findable for weeks. "
        "`git branch name <sha>` brings them back.",
    ),
    (
        "C|git says 'fatal: not a git repository (or any of the parent directories)'. What does that mean?",
        "You're "
        "running a git command in a folder that isn't inside a repository. Either `cd` into your project folder "
        "(the one containing `.git`), or run `git init` if you meant to start a new repository there.",
    ),
    (
        "C|Why does git say 'nothing added to commit but untracked files present'?",
        "You have new files git isn't "
        "tracking yet, and nothing is staged. Stage them with `git add <file>` (or `git add .` for everything "
        "that isn't ignored) and then commit.",
    ),
    (
        "C|I get 'error: failed to push some refs' with 'Updates were rejected because the remote contains work that "
        "you do not have locally'. What should I do?",
        "Someone pushed to the branch after your last pull. Integrate "
        "their work first with `git pull --rebase` (or a plain `git pull` to merge), resolve any conflicts, run "
        "your tests and push again. Don't force push over it.",
    ),
    (
        "C|What does 'Your branch is ahead of origin/main by 3 commits' mean?",
        "You've made three local commits that "
        "the remote doesn't have yet, as far as your last fetch knows. `git push` publishes them; `git log "
        "origin/main..HEAD` lists them.",
    ),
    (
        "C|Why does git status show 'Changes not staged for commit' for a file I already added?",
        "You changed the "
        "file again after `git add`. The index holds the version from when you added it, so the newer edits are "
        "unstaged. Run `git add` again to stage the latest version.",
    ),
]


def git_basics_items() -> list[Item]:
    """Rows for every git vocabulary question."""
    return [Item(text[2:], answer, CODES[text[0]], theme="git") for text, answer in BASICS]
