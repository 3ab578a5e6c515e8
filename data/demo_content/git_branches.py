"""Git tasks about branches, remotes, rebasing and stashing."""

from demo_content.git_task import GitTask as T

TASKS = [
    T(
        asks=[
            "How do I rename a git branch both locally and on the remote?",
            "C|I named my branch fix-lgoin by mistake and already pushed it. How do I rename it everywhere?",
        ],
        why="Git has no remote rename, so you rename locally, push the new name and delete the old one.",
        steps=[
            ("Rename the local branch", "git branch -m fix-lgoin fix-login"),
            ("Push the new name and track it", "git push -u origin fix-login"),
            ("Delete the old name on the remote", "git push origin --delete fix-lgoin"),
        ],
        note="Teammates who checked out the old branch need to fetch and switch to the new name.",
    ),
    T(
        asks=[
            "How do I delete a branch locally and on GitHub?",
            "What's the command to remove a remote branch in git?",
        ],
        why="Local and remote branches are separate refs, so each is deleted on its own.",
        steps=[
            ("Delete the local branch (refuses if unmerged)", "git branch -d feature/old-ui"),
            ("Force it if you really want to drop unmerged work", "git branch -D feature/old-ui"),
            ("Delete the branch on the remote", "git push origin --delete feature/old-ui"),
        ],
    ),
    T(
        asks=[
            "How do I set the upstream branch so git pull and git push work without arguments?",
            "C|git push says 'The current branch has no upstream branch'. How do I fix that?",
        ],
        why="A new local branch doesn't know which remote branch it corresponds to until you tell it once.",
        steps=[
            ("Push and set the upstream in one go", "git push -u origin HEAD"),
            ("Or point an existing branch at a remote branch", "git branch --set-upstream-to=origin/develop"),
            ("Check the tracking setup", "git branch -vv"),
        ],
        note="`git config --global push.autoSetupRemote true` (Git 2.37+) makes the first plain `git push` "
        "set it up automatically.",
    ),
    T(
        asks=[
            "How can I delete all local branches that have already been merged into main?",
            "C|I have dozens of old local branches. Give me a one-liner to remove the merged ones safely.",
        ],
        why="`git branch --merged main` lists branches whose tips are already contained in main; those can "
        "be deleted with `-d` without losing anything.",
        steps=[
            ("Preview", "git branch --merged main | grep -vE '^\\*|\\bmain$'"),
            ("Delete them", "git branch --merged main | grep -vE '^\\*|\\bmain$' | xargs -r git branch -d"),
        ],
        note="Branches merged with squash or rebase merges on GitHub do not show up as merged, because "
        "their original commits are not in main.",
    ),
    T(
        asks=[
            "How do I remove remote-tracking branches that no longer exist on the remote?",
            "Why does git branch -r still show branches that were deleted on GitHub?",
        ],
        why="Remote-tracking refs like `origin/feature-x` are local copies; git only removes them when you prune.",
        steps=[
            ("Prune while fetching", "git fetch --prune"),
            ("Make it the default", "git config --global fetch.prune true"),
        ],
    ),
    T(
        asks=[
            "How do I find which branches contain a particular commit?",
            "C|A bug fix went in as commit 4f2a9c1. How can I check whether it is on the release branches?",
        ],
        why="`--contains` filters refs to those whose history includes the commit.",
        steps=[
            ("Local and remote branches", "git branch -a --contains 4f2a9c1"),
            ("Tags that include it", "git tag --contains 4f2a9c1"),
        ],
        note="A cherry-picked copy has a different id, so use `git log --grep` or `git cherry` to find those.",
    ),
    T(
        asks=[
            "How do I see which commits are on my feature branch but not on main?",
            "What's the difference between git diff main..feature and main...feature?",
        ],
        why="`main..feature` in `git log` means commits reachable from feature but not main. For `git diff`, "
        "the three-dot form compares feature against the merge base, which shows only the branch's own "
        "changes (what a pull request shows).",
        steps=[
            ("Commits only on the branch", "git log --oneline main..feature"),
            ("Changes introduced by the branch", "git diff main...feature"),
        ],
    ),
    T(
        asks=[
            "What's the difference between git switch and git checkout?",
            "Should I still use git checkout, or switch and restore?",
        ],
        why="`git checkout` does two unrelated jobs: switching branches and restoring files. Git 2.23 split "
        "them into `git switch` (branches) and `git restore` (files), which are harder to misuse.",
        steps=[
            ("Switch to a branch", "git switch develop"),
            ("Create and switch", "git switch -c feature/export"),
            ("Restore a file", "git restore README.md"),
        ],
        note="`git checkout` still works and is not deprecated.",
    ),
    T(
        asks=[
            "What does 'You are in detached HEAD state' mean in git?",
            "C|I checked out an old commit, made a couple of commits, and git says HEAD is detached. How do I "
            "keep that work?",
        ],
        why="Detached HEAD means HEAD points directly at a commit rather than at a branch. New commits are "
        "fine, but no branch name refers to them, so they become hard to find once you switch away.",
        steps=[
            ("Give the current commit a branch", "git switch -c experiment"),
            ("If you already switched away, find the commits", "git reflog"),
        ],
    ),
    T(
        asks=[
            "How do I keep my fork in sync with the original repository?",
            "C|My GitHub fork is 40 commits behind upstream. What are the commands to update it?",
        ],
        why="Add the original repository as a second remote, fetch it, and bring its main branch into yours.",
        steps=[
            ("Add the original repo once", "git remote add upstream https://github.com/OWNER/PROJECT.git"),
            ("Fetch it", "git fetch upstream"),
            ("Update your main", "git switch main\ngit merge --ff-only upstream/main"),
            ("Publish to your fork", "git push origin main"),
        ],
        note="Keep your own work on feature branches so main can always fast-forward.",
    ),
    T(
        asks=[
            "How do I change the URL of a git remote?",
            "C|We moved our repo from Bitbucket to GitLab. How do I point my clone at the new address?",
        ],
        why="The remote URL is just configuration; changing it keeps all your branches and history.",
        steps=[
            ("Update the URL", "git remote set-url origin git@gitlab.com:team/app.git"),
            ("Verify", "git remote -v"),
        ],
    ),
    T(
        asks=[
            "What's the difference between git fetch and git pull?",
            "Is git pull just fetch plus merge?",
        ],
        why="`git fetch` downloads new commits and updates remote-tracking branches without touching your "
        "work. `git pull` runs a fetch and then integrates the upstream branch into your current branch, by "
        "merge by default or by rebase if configured.",
        steps=[
            ("Look before you integrate", "git fetch\ngit log --oneline HEAD..@{u}"),
            ("Integrate", "git merge @{u}"),
        ],
    ),
    T(
        asks=[
            "How do I force push safely in git?",
            "A|Is git push --force dangerous? What should I use instead after rebasing my branch?",
        ],
        why="`--force` overwrites whatever is on the remote, including commits a teammate pushed since you "
        "last fetched. `--force-with-lease` refuses if the remote moved, so you can't silently erase work.",
        steps=[
            ("Force push with a safety check", "git push --force-with-lease"),
            ("Stricter variant (Git 2.30+)", "git push --force-with-lease --force-if-includes"),
        ],
        note="Never force push to shared branches like main unless everyone agreed to it.",
    ),
    T(
        asks=[
            "How do I squash my last few commits into one?",
            "C|My feature branch has five 'wip' commits. How do I combine them into a single clean commit "
            "before opening a pull request?",
            "What's the easiest way to squash commits without an interactive rebase?",
        ],
        why="Either mark commits as `squash` in an interactive rebase, or move the branch back with a soft "
        "reset and commit once; the result is the same.",
        steps=[
            ("Interactive: change 'pick' to 'squash' for all but the first line", "git rebase -i HEAD~5"),
            ("Non-interactive alternative", 'git reset --soft HEAD~5\ngit commit -m "Add CSV export"'),
        ],
        note="If the branch was pushed already, finish with `git push --force-with-lease`.",
        follow=[
            (
                "What's the difference between squash and fixup in the rebase todo list?",
                "Both fold the commit into the one above it. `squash` opens the editor so you can combine "
                "the messages; `fixup` silently discards the folded commit's message.",
            )
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How do I edit the message of an older commit, not the latest one?",
            "E|Three commits back I wrote 'fix stuff' as the message. How can I reword it?",
        ],
        why="Interactive rebase lets you mark a commit with `reword`; git stops to let you edit its message "
        "and replays the rest unchanged.",
        steps=[
            ("Start a rebase that includes that commit", "git rebase -i HEAD~3"),
            (
                "Change 'pick' to 'reword' on its line, save, then edit the message",
                "reword 9c1d2e3 fix stuff",
            ),
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How do I remove a specific commit from the middle of my branch history?",
            "C|One commit in my branch added debug logging everywhere. How do I drop just that commit?",
        ],
        why="In an interactive rebase starting before that commit, change its line to `drop` (or delete the "
        "line). The later commits are replayed on top.",
        steps=[
            ("Start the rebase at the parent of the bad commit", "git rebase -i <bad-sha>^"),
            ("Mark it", "drop <bad-sha> Add debug logging"),
        ],
        note="If the branch is shared, `git revert <bad-sha>` is the non-rewriting alternative.",
        rewrites=True,
    ),
    T(
        asks=[
            "How do I change the contents of an older commit?",
            "C|I need to fix a typo in a file in a commit from yesterday, not in a new commit. How?",
        ],
        why="Mark the commit as `edit` in an interactive rebase; git stops right after applying it so you can "
        "amend it.",
        steps=[
            ("Start the rebase", "git rebase -i <sha>^"),
            (
                "Mark the commit 'edit', fix the file, then amend",
                "git add src/report.py\ngit commit --amend --no-edit",
            ),
            ("Let the rebase finish", "git rebase --continue"),
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How do I split one git commit into several smaller ones?",
            "C|My last commit mixes a refactor and a bug fix. How can I separate them into two commits?",
        ],
        why="Undo the commit while keeping its changes, then stage and commit the pieces separately. For an "
        "older commit, do this inside an interactive rebase stopped at `edit`.",
        steps=[
            ("Undo the commit, keeping changes unstaged", "git reset HEAD~1"),
            ("Stage the refactor hunks", "git add -p"),
            ("Commit them", 'git commit -m "Refactor invoice totals"'),
            ("Commit the rest", 'git add -A\ngit commit -m "Fix rounding in invoice totals"'),
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How do fixup commits and autosquash work in git?",
            "A|Is there a tidy way to add review fixes to the right earlier commit on my branch?",
        ],
        why="`git commit --fixup=<sha>` creates a commit titled `fixup! <subject>`. A later "
        "`rebase --autosquash` moves each fixup under its target and folds it in.",
        steps=[
            ("Record the fix against the commit it belongs to", "git commit --fixup=3b7e2d1"),
            ("Fold the fixups in", "git rebase -i --autosquash main"),
            ("Make autosquash the default", "git config --global rebase.autoSquash true"),
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How do I rebase my feature branch onto the latest main?",
            "C|main has moved on since I branched. How do I update my branch with a rebase instead of a merge?",
        ],
        why="Rebasing replays your branch's commits on top of the current main, giving a linear history "
        "without a merge commit.",
        steps=[
            ("Get the latest main", "git fetch origin"),
            ("Replay your commits on it", "git rebase origin/main"),
            ("Update the pushed branch", "git push --force-with-lease"),
        ],
        follow=[
            (
                "What if the rebase hits lots of conflicts?",
                "Resolve them commit by commit (`git add` then `git rebase --continue`). If it becomes a "
                "mess, `git rebase --abort` puts everything back, and merging main instead is a fine fallback.",
            )
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How does git rebase --onto work?",
            "C|I branched feature-b off feature-a by mistake; it should start from main. How do I move only "
            "feature-b's own commits?",
        ],
        why="`git rebase --onto <newbase> <oldbase> <branch>` takes the commits in `oldbase..branch` and "
        "replays them on `newbase`, leaving everything before oldbase behind.",
        steps=[("Move feature-b's own commits onto main", "git rebase --onto main feature-a feature-b")],
        rewrites=True,
    ),
    T(
        asks=[
            "A|Should I use git merge or git rebase to integrate changes?",
            "What are the pros and cons of rebasing versus merging?",
        ],
        why="Merge preserves exactly what happened and never rewrites commits, at the cost of merge commits "
        "in the history. Rebase produces a linear, easy-to-read history but rewrites commits, which is only "
        "safe for branches nobody else has built on. A common compromise: rebase your own feature branch "
        "onto main while you work, merge it into main when it's done.",
        steps=[
            ("Update a private feature branch", "git rebase origin/main"),
            ("Integrate a finished branch", "git switch main\ngit merge --no-ff feature/export"),
        ],
    ),
    T(
        asks=[
            "How do I make git pull rebase by default instead of creating merge commits?",
            "How can I stop git pull from creating 'Merge branch main of origin' commits?",
        ],
        why="Those commits come from pull's default merge. Configure pull to rebase your local commits on "
        "top of the fetched ones.",
        steps=[
            ("Rebase on pull", "git config --global pull.rebase true"),
            ("Stash and restore local edits automatically", "git config --global rebase.autoStash true"),
        ],
    ),
    T(
        asks=[
            "How do I rebase a branch without flattening its merge commits?",
            "What does git rebase --rebase-merges do?",
        ],
        why="By default rebase linearises history and drops merge commits. `--rebase-merges` recreates the "
        "branch topology, including merges, on the new base.",
        steps=[("Rebase keeping merges", "git rebase --rebase-merges origin/main")],
        rewrites=True,
    ),
    T(
        asks=[
            "How do I stash my changes with a descriptive name?",
            "How can I tell my git stashes apart?",
        ],
        why="`git stash push -m` attaches a message, which shows up in `git stash list` instead of the "
        "generic 'WIP on branch'.",
        steps=[
            ("Stash with a message", 'git stash push -m "half-done pagination"'),
            ("List stashes", "git stash list"),
            ("Apply a specific one", "git stash apply stash@{1}"),
        ],
    ),
    T(
        asks=[
            "How do I stash untracked files too?",
            "C|git stash left my new files behind. How do I include them?",
        ],
        why="Plain `git stash` only saves tracked files. `-u` adds untracked files, `-a` also adds ignored ones.",
        steps=[
            ("Include untracked files", "git stash push -u"),
            ("Include ignored files as well", "git stash push -a"),
        ],
    ),
    T(
        asks=[
            "How do I stash only some of my changed files?",
            "Can I stash a single file in git?",
        ],
        why="`git stash push` accepts pathspecs, and `-p` lets you pick individual hunks.",
        steps=[
            ("Stash two files", "git stash push -- src/api.py src/models.py"),
            ("Choose hunks interactively", "git stash push -p"),
        ],
    ),
    T(
        asks=[
            "What's the difference between git stash pop and git stash apply?",
            "When should I use stash apply instead of pop?",
        ],
        why="Both reapply a stash. `pop` also deletes it from the stash list if it applied cleanly; `apply` "
        "keeps it, which is handy if you want to apply the same stash to several branches.",
        steps=[
            ("Apply and keep", "git stash apply"),
            ("Apply and remove", "git stash pop"),
            ("Remove one manually", "git stash drop stash@{0}"),
        ],
        note="If `pop` hits a conflict, the stash is kept so nothing is lost.",
    ),
    T(
        asks=[
            "How do I see what's inside a git stash before applying it?",
            "How can I view the diff of a stash?",
        ],
        why="`git stash show` summarises a stash; `-p` prints the full patch.",
        steps=[
            ("Summary of the latest stash", "git stash show"),
            ("Full diff of an older stash", "git stash show -p stash@{2}"),
        ],
    ),
    T(
        asks=[
            "How do I turn a stash into a new branch?",
            "C|My stash no longer applies cleanly to the current code. What can I do?",
        ],
        why="`git stash branch` creates a branch at the commit where the stash was made, applies the stash "
        "there (so it applies cleanly) and drops it.",
        steps=[("Create the branch from the stash", "git stash branch retry-pagination stash@{0}")],
    ),
    T(
        asks=[
            "How do I stash only the changes I haven't staged?",
            "Can I stash just my staged changes?",
        ],
        why="`--keep-index` stashes everything but leaves staged changes in place, useful for testing exactly "
        "what you are about to commit. Since Git 2.35, `--staged` does the opposite and stashes only the "
        "staged changes.",
        steps=[
            ("Keep staged changes in the working tree", "git stash push --keep-index"),
            ("Stash only staged changes", "git stash push --staged"),
        ],
        note="With `--keep-index` the stash still contains the staged changes too, so popping it later may "
        "conflict with them.",
    ),
    T(
        asks=[
            "C|git stash pop gave me a merge conflict. How do I finish and clean up?",
            "What happens to a stash when popping it causes conflicts?",
        ],
        why="When pop conflicts, git applies what it can, marks conflicts and keeps the stash in the list.",
        steps=[
            ("Resolve the conflicted files, then clear the conflict state (your edits stay)", "git reset"),
            ("Once happy, drop the stash yourself", "git stash drop"),
        ],
    ),
]
