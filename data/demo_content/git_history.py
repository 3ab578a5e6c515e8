"""Git tasks about cherry-pick, bisect, searching history, tags and worktrees."""

from demo_content.git_task import GitTask as T

TASKS = [
    T(
        asks=[
            "How do I cherry-pick a commit from another branch?",
            "C|I need one specific bug fix from the develop branch on my hotfix branch, without merging "
            "everything else. How?",
        ],
        why="`git cherry-pick` applies the changes of an existing commit on top of your current branch as "
        "a new commit.",
        steps=[
            ("Find the commit", "git log --oneline develop"),
            ("Apply it here", "git switch hotfix\ngit cherry-pick a1b2c3d"),
        ],
        follow=[
            (
                "Will the cherry-picked commit have the same hash?",
                "No. It has a different parent and committer date, so it gets a new id even though the "
                "change is the same. Add `-x` if you want the message to record the original id.",
            )
        ],
    ),
    T(
        asks=[
            "How do I cherry-pick a range of commits?",
            "Does git cherry-pick A..B include commit A?",
        ],
        why="`A..B` means 'reachable from B but not from A', so A itself is excluded. Use `A^..B` to include it.",
        steps=[
            ("Everything after A up to B", "git cherry-pick A..B"),
            ("A through B inclusive", "git cherry-pick A^..B"),
        ],
    ),
    T(
        asks=[
            "P|What's a good way to backport fixes from main to a release branch?",
            "How do I record where a cherry-picked commit came from?",
        ],
        why="Cherry-pick each fix onto the release branch with `-x`, which appends '(cherry picked from "
        "commit ...)' to the message so anyone can trace the backport to its original.",
        steps=[
            ("Switch to the release branch", "git switch release/2.4"),
            ("Backport with provenance", "git cherry-pick -x 7d9e0f1"),
            ("Push it", "git push"),
        ],
    ),
    T(
        asks=[
            "C|My cherry-pick stopped with a conflict. How do I continue or cancel it?",
            "How do you resolve conflicts during a git cherry-pick?",
        ],
        why="The cherry-pick pauses like a merge: fix the files, stage them and continue, or cancel.",
        steps=[
            ("Fix and stage", "git add src/cache.py"),
            ("Finish", "git cherry-pick --continue"),
            ("Or skip this commit in a multi-commit pick", "git cherry-pick --skip"),
            ("Or cancel and go back", "git cherry-pick --abort"),
        ],
    ),
    T(
        asks=[
            "How do I cherry-pick a merge commit?",
            "C|git cherry-pick fails with 'is a merge but no -m option was given'. What should I pass?",
        ],
        why="A merge has two parents, so git needs to know which one to diff against. `-m 1` takes the "
        "changes the merge brought in relative to its first parent.",
        steps=[("Pick the merge relative to its first parent", "git cherry-pick -m 1 <merge-sha>")],
    ),
    T(
        asks=[
            "How do I cherry-pick several commits into a single commit?",
            "Can git cherry-pick apply changes without committing them?",
        ],
        why="`--no-commit` (`-n`) applies the changes to your working tree and index but leaves committing to "
        "you, so several picks can become one commit.",
        steps=[
            ("Apply without committing", "git cherry-pick -n 1a2b3c4 5d6e7f8"),
            ("Commit them together", 'git commit -m "Backport cache fixes"'),
        ],
    ),
    T(
        asks=[
            "How do I use git bisect to find the commit that introduced a bug?",
            "C|Our login page broke somewhere in the last 200 commits and nobody knows when. What's the "
            "fastest way to find the culprit?",
            "Can you walk me through a git bisect session?",
        ],
        why="`git bisect` does a binary search over history: you mark one good and one bad commit, and git "
        "checks out the midpoint for you to test, halving the range each time. 200 commits take about 8 "
        "steps.",
        steps=[
            ("Start", "git bisect start"),
            ("Mark the current commit as broken", "git bisect bad"),
            ("Mark a known good release", "git bisect good v3.1.0"),
            ("Test each commit git checks out and answer", "git bisect good   # or: git bisect bad"),
            ("When it names the first bad commit, return to where you started", "git bisect reset"),
        ],
        follow=[
            (
                "Can I automate the testing step?",
                "Yes: `git bisect run ./check.sh` runs the script on each candidate. Exit code 0 means good, "
                "125 means skip, and any other code from 1 to 127 means bad.",
            )
        ],
    ),
    T(
        asks=[
            "C|How do I automate git bisect with a test script?",
            "What exit codes does git bisect run expect?",
        ],
        why="`git bisect run` calls your command at every step and reads its exit code: 0 means good, 125 "
        "means this commit can't be tested (skip), and 1-127 except 125 means bad. Codes above 127 abort "
        "the bisect.",
        steps=[
            ("Start with the known endpoints", "git bisect start HEAD v2.0.0"),
            ("Let git drive the search", "git bisect run pytest -x tests/test_login.py"),
            ("Clean up", "git bisect reset"),
        ],
    ),
    T(
        asks=[
            "How do I skip commits that don't build during git bisect?",
            "Can git bisect find when something got faster instead of when it broke?",
        ],
        why="`git bisect skip` tells git to pick a nearby commit instead. For changes that aren't bugs, custom "
        "terms make the prompts read naturally.",
        steps=[
            ("Skip an untestable commit", "git bisect skip"),
            (
                "Use your own words for old and new behaviour",
                "git bisect start --term-old=slow --term-new=fast",
            ),
            ("Then mark commits with them", "git bisect fast"),
        ],
    ),
    T(
        asks=[
            "How do I search commit messages in git?",
            "How can I find all commits that mention a ticket number like PAY-1234?",
        ],
        why="`git log --grep` filters commits by message; combine it with `--author` or dates to narrow down.",
        steps=[
            ("Case-insensitive message search", "git log --oneline -i --grep='PAY-1234'"),
            ("Across all branches", "git log --oneline --all --grep='PAY-1234'"),
        ],
    ),
    T(
        asks=[
            "How do I find the commit that added or removed a particular line of code?",
            "C|A function called legacy_sync disappeared from the codebase. How do I find the commit that deleted it?",
        ],
        why="The pickaxe option `-S` finds commits where the number of occurrences of a string changed, i.e. "
        "where it was added or removed. `-G` does the same with a regular expression on changed lines.",
        steps=[
            ("Commits that added or removed the string", "git log -S 'legacy_sync' --oneline"),
            ("Show the patches as well", "git log -S 'legacy_sync' -p"),
            ("Regex version", "git log -G 'def legacy_\\w+' --oneline"),
        ],
    ),
    T(
        asks=[
            "How do I see who last changed specific lines of a file?",
            "How do I use git blame on just a range of lines?",
        ],
        why="`git blame` annotates each line with the last commit that touched it; `-L` limits it to a range.",
        steps=[
            ("Lines 40 to 60", "git blame -L 40,60 src/billing.py"),
            ("Ignore whitespace changes and follow moved code", "git blame -w -C -L 40,60 src/billing.py"),
        ],
    ),
    T(
        asks=[
            "How do I make git blame skip a big reformatting commit?",
            "A|We ran a code formatter over the whole repo and now git blame is useless. Any fix?",
        ],
        why="List the reformatting commits in a file and tell blame to ignore them; lines are then attributed "
        "to the commit before the reformat.",
        steps=[
            ("Record the commit", "echo <full-commit-sha> >> .git-blame-ignore-revs"),
            ("Use the file automatically", "git config blame.ignoreRevsFile .git-blame-ignore-revs"),
        ],
        note="GitHub reads `.git-blame-ignore-revs` in the repository root automatically.",
    ),
    T(
        asks=[
            "How can I see the full history of a file, including before it was renamed?",
            "Why does git log stop at the commit where my file was renamed?",
        ],
        why="`git log -- path` follows a path, not a file. `--follow` tracks the file across renames.",
        steps=[("History across renames, with patches", "git log --follow -p -- src/core/engine.py")],
    ),
    T(
        asks=[
            "How do I show the git log as a compact graph?",
            "What's a good git alias for a readable history view?",
        ],
        why="Combining `--oneline`, `--graph` and `--decorate` gives one line per commit with branch "
        "structure and ref names.",
        steps=[
            ("Compact graph of all branches", "git log --oneline --graph --decorate --all"),
            ("Save it as an alias", 'git config --global alias.lg "log --oneline --graph --decorate --all"'),
        ],
    ),
    T(
        asks=[
            "How do I see the difference between staged and unstaged changes?",
            "Why does git diff show nothing after I run git add?",
        ],
        why="`git diff` compares the working tree with the index, so once you stage a change it no longer "
        "shows there. `--staged` compares the index with the last commit.",
        steps=[
            ("Unstaged changes", "git diff"),
            ("Staged changes", "git diff --staged"),
            ("Both, against the last commit", "git diff HEAD"),
        ],
    ),
    T(
        asks=[
            "What's the difference between lightweight and annotated tags?",
            "How do I create and push a release tag in git?",
        ],
        why="A lightweight tag is just a name for a commit. An annotated tag is a full object with tagger, "
        "date and message (and optionally a signature); use annotated tags for releases.",
        steps=[
            ("Create an annotated tag", 'git tag -a v1.4.0 -m "Release 1.4.0"'),
            ("Push it", "git push origin v1.4.0"),
            ("Push annotated tags automatically with commits", "git config --global push.followTags true"),
        ],
    ),
    T(
        asks=[
            "How do I delete a tag locally and on the remote?",
            "C|I tagged the wrong commit as v2.0.1 and pushed it. How do I fix the tag?",
        ],
        why="Delete the tag in both places, then recreate and push it. Anyone who already fetched the old "
        "tag keeps it until they delete it themselves, which is why moving published tags is discouraged.",
        steps=[
            ("Delete locally", "git tag -d v2.0.1"),
            ("Delete on the remote", "git push origin --delete v2.0.1"),
            (
                "Recreate on the right commit and push",
                'git tag -a v2.0.1 -m "Release 2.0.1" 5e6f7a8\ngit push origin v2.0.1',
            ),
        ],
    ),
    T(
        asks=[
            "What does the output of git describe mean?",
            "How do I get a version string like v1.4.0-12-gabc1234 from git?",
        ],
        why="`git describe` names a commit relative to the nearest tag: `v1.4.0-12-gabc1234` means 12 commits "
        "after tag v1.4.0, at commit abc1234 (the `g` stands for git).",
        steps=[
            ("Use lightweight tags too", "git describe --tags"),
            ("Add -dirty when there are uncommitted changes", "git describe --tags --dirty"),
        ],
    ),
    T(
        asks=[
            "How do I use git worktree to work on two branches at the same time?",
            "C|I'm in the middle of a big feature and need to fix a production bug now. Is there something "
            "better than stashing?",
        ],
        why="A worktree is an extra working directory attached to the same repository, with a different "
        "branch checked out. No stashing, no second clone.",
        steps=[
            (
                "Check out the hotfix branch in a sibling folder",
                "git worktree add ../app-hotfix hotfix/login",
            ),
            ("List worktrees", "git worktree list"),
            ("Remove it when done", "git worktree remove ../app-hotfix"),
        ],
        note="A branch can be checked out in only one worktree at a time.",
    ),
    T(
        asks=[
            "How do I search for text in the files of a git repository?",
            "How can I grep an old version of the code without checking it out?",
        ],
        why="`git grep` searches tracked files (faster than plain grep because it skips untracked and "
        "ignored files) and can search any revision.",
        steps=[
            ("Search with line numbers", "git grep -n 'TODO'"),
            ("Search a tag", "git grep -n 'max_retries' v1.0.0"),
        ],
    ),
    T(
        asks=[
            "How do I count the commits in my repository or by each author?",
            "How can I see how many commits each contributor made?",
        ],
        why="`rev-list --count` counts commits reachable from a ref; `shortlog -sn` groups them by author.",
        steps=[
            ("Commits on the current branch", "git rev-list --count HEAD"),
            ("Commits per author, most first", "git shortlog -sn --no-merges"),
        ],
    ),
    T(
        asks=[
            "How do I find the common ancestor of two branches?",
            "What is a merge base in git?",
        ],
        why="The merge base is the best common ancestor of two commits, the point where the branches "
        "diverged. Three-way merges and `diff A...B` both use it.",
        steps=[("Show it", "git merge-base main feature/export")],
    ),
    T(
        asks=[
            "How do I create patch files from commits and apply them in another repository?",
            "How does the git format-patch and git am workflow work?",
        ],
        why="`format-patch` writes each commit as an email-style patch with author and message; `git am` "
        "applies them as commits, preserving that metadata.",
        steps=[
            ("Export the last three commits", "git format-patch -3 -o patches/"),
            ("Apply them elsewhere", "git am patches/*.patch"),
        ],
        note="`git apply` applies a plain diff without creating commits.",
    ),
    T(
        asks=[
            "How do I export a git tag as a zip file without the .git folder?",
            "How can I make a release archive from a git tag?",
        ],
        why="`git archive` writes the tree of any revision as a tar or zip, containing only tracked files.",
        steps=[("Zip of tag v1.0.0", "git archive --format=zip -o app-1.0.0.zip v1.0.0")],
    ),
]
