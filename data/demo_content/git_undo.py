"""Git tasks about undoing things: commits, staging, lost work, and merge conflicts."""

from demo_content.git_task import GitTask as T

TASKS = [
    T(
        asks=[
            "How do I undo my last git commit but keep the changes staged?",
            "C|I committed too early and want to take the commit back without losing any of the edits. "
            "Nothing is pushed yet. What should I run?",
        ],
        why="`git reset --soft` moves the branch pointer back one commit but leaves both the index and your "
        "files alone, so the commit disappears while its changes stay staged and ready to recommit.",
        steps=[
            ("Move the branch back one commit, keeping everything staged", "git reset --soft HEAD~1"),
            ("Confirm the changes are still staged", "git status"),
        ],
        note="Only do this with commits you have not pushed; for shared commits use `git revert` instead.",
        follow=[
            (
                "What if I already pushed that commit?",
                "Then don't rewrite it. Run `git revert HEAD` to create a new commit that undoes it and push "
                "that. Everyone who already pulled keeps a consistent history.",
            )
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "What's the difference between git reset --soft, --mixed and --hard?",
            "Explain the three modes of git reset with an example of when I'd use each one.",
        ],
        why="All three move the current branch to the commit you name; they differ in what else they touch. "
        "`--soft` changes only the branch pointer, `--mixed` (the default) also resets the index so changes "
        "become unstaged, and `--hard` resets the index and the working tree, discarding uncommitted changes.",
        steps=[
            ("Recommit the last commit differently (changes stay staged)", "git reset --soft HEAD~1"),
            ("Unstage everything but keep the edits in your files", "git reset HEAD~1"),
            ("Throw away the last commit and every uncommitted change", "git reset --hard HEAD~1"),
        ],
        note="`--hard` is the only one that can destroy work; uncommitted changes it discards are not in the reflog.",
        rewrites=True,
    ),
    T(
        asks=[
            "How can I completely throw away my last commit and all its changes?",
            "C|My last commit was a failed experiment and I want my branch exactly as it was before it. How?",
        ],
        why="`git reset --hard` moves the branch back and makes the index and working tree match, so the "
        "commit and its changes are gone from the branch.",
        steps=[
            ("Check you have nothing uncommitted that you want to keep", "git status"),
            ("Drop the last commit and its changes", "git reset --hard HEAD~1"),
        ],
        note="The dropped commit is still reachable through `git reflog` for a while (90 days by default), "
        "so you can recover it if you change your mind.",
        rewrites=True,
    ),
    T(
        asks=[
            "How do I undo a commit that I've already pushed to a shared branch?",
            "A bad commit went out to origin/main and my teammates have pulled it. What's the right way to "
            "back it out?",
            "A|Should I use git reset or git revert to undo a commit on main that everyone already has?",
        ],
        why="`git revert` creates a new commit that applies the inverse of the bad one. History is not "
        "rewritten, so nobody else's clone breaks.",
        steps=[
            ("Find the commit id", "git log --oneline"),
            ("Create the inverse commit", "git revert <commit-sha>"),
            ("Share it", "git push"),
        ],
        note="Reset plus force-push would also remove the commit, but it rewrites shared history and forces "
        "everyone to repair their local branches.",
        follow=[
            (
                "Can I revert several commits in one go?",
                "Yes: `git revert --no-commit OLDEST^..NEWEST` stages the inverse of the whole range, then "
                "`git commit` records it as one revert commit.",
            )
        ],
    ),
    T(
        asks=[
            "How do you revert a merge commit in git?",
            "C|git revert on a merge commit fails with 'commit is a merge but no -m option was given'. "
            "What does that mean and how do I fix it?",
        ],
        why="A merge commit has two parents, so git needs to know which side is the mainline to keep. "
        "`-m 1` means keep the first parent (the branch you merged into) and undo what the merge brought in.",
        steps=[
            ("Look at the merge commit and its parents", "git show --no-patch <merge-sha>"),
            ("Revert it, keeping the first parent", "git revert -m 1 <merge-sha>"),
        ],
        note="If you later want to merge that branch again, first revert the revert; otherwise git thinks "
        "those commits are already merged and silently leaves them out.",
    ),
    T(
        asks=[
            "How do I change the message of my most recent commit?",
            "E|I made a typo in my last commit message. How do I fix it?",
        ],
        why="`git commit --amend` replaces the last commit with a new one; with `-m` only the message changes.",
        steps=[
            ("Rewrite the message", 'git commit --amend -m "Fix off-by-one error in pagination"'),
            ("Only if it was already pushed, update the remote safely", "git push --force-with-lease"),
        ],
        note="Amending creates a new commit id, so avoid it on commits other people have built on.",
        rewrites=True,
    ),
    T(
        asks=[
            "I forgot to add a file to my last commit. How can I add it without making a new commit?",
            "How do I add a missed file to the previous commit in git?",
        ],
        why="Stage the missing file and amend; `--no-edit` keeps the existing message.",
        steps=[
            ("Stage the forgotten file", "git add path/to/forgotten_file.py"),
            ("Fold it into the last commit", "git commit --amend --no-edit"),
        ],
        note="If the commit was pushed, you will need `git push --force-with-lease` afterwards.",
        rewrites=True,
    ),
    T(
        asks=[
            "How do I remove a single file from my last commit but keep the file on disk?",
            "C|I accidentally committed config/local.env together with my real changes. How do I take just "
            "that file out of the commit?",
        ],
        why="Reset that one path in the index to its state before the commit, then amend. The file stays in "
        "your working tree, just no longer part of the commit.",
        steps=[
            ("Reset the index entry to the parent commit", "git reset HEAD~1 -- config/local.env"),
            ("Amend the commit without the file", "git commit --amend --no-edit"),
            ("Make sure it is not added again", "echo config/local.env >> .gitignore"),
        ],
        note="If the file holds secrets and the commit was pushed, rotate the secret: amending does not "
        "remove it from clones that already fetched it.",
        rewrites=True,
    ),
    T(
        asks=[
            "How do I unstage a file I added with git add?",
            "What's the modern way to undo git add for one file?",
        ],
        why="`git restore --staged` removes the file from the index and leaves your edits untouched. "
        "It has existed since Git 2.23; older guides use `git reset HEAD <file>` for the same thing.",
        steps=[
            ("Unstage one file", "git restore --staged src/app.py"),
            ("Or unstage everything", "git restore --staged ."),
        ],
    ),
    T(
        asks=[
            "How do I discard local changes to a single file and go back to the committed version?",
            "C|I messed up styles.css while experimenting. How do I get back the version from my last commit?",
        ],
        why="`git restore <file>` overwrites the working-tree copy with the version in the index (which "
        "matches the last commit unless you staged something).",
        steps=[
            ("See what you are about to lose", "git diff styles.css"),
            ("Discard the changes", "git restore styles.css"),
        ],
        note="Discarded uncommitted changes cannot be recovered by git, so look at the diff first.",
    ),
    T(
        asks=[
            "How can I discard every local change, including new untracked files, and get a clean checkout?",
            "C|My working directory is full of half-finished edits and generated files. How do I reset it to "
            "exactly what is in the last commit?",
        ],
        why="Two things need cleaning: tracked files (reset them to HEAD) and untracked files (delete them). "
        "`git clean` handles the second part and has a dry-run mode.",
        steps=[
            ("Reset tracked files and the index", "git reset --hard HEAD"),
            ("Preview which untracked files would be deleted", "git clean -nd"),
            ("Delete them (add -x to include ignored files too)", "git clean -fd"),
        ],
        note="Consider `git stash -u` instead if there is any chance you want some of it back.",
    ),
    T(
        asks=[
            "How do I undo a git commit --amend?",
            "C|I ran git commit --amend by mistake and overwrote my previous commit. Can I get it back?",
        ],
        why="The reflog remembers where HEAD was before the amend. `HEAD@{1}` is that previous position, "
        "i.e. the original commit.",
        steps=[
            ("Check the reflog entry", "git reflog -2"),
            (
                "Go back to the pre-amend commit, keeping the amended changes staged",
                "git reset --soft HEAD@{1}",
            ),
        ],
        note="After this, `git commit` recreates the amended changes as a separate commit if you want them.",
        rewrites=True,
    ),
    T(
        asks=[
            "I ran git reset --hard and lost commits. Is there any way to recover them?",
            "How do I use the reflog to recover commits after a bad reset?",
        ],
        why="Committed work is almost never lost right away: the reflog records every position HEAD had, "
        "including the one before your reset.",
        steps=[
            ("List recent HEAD positions", "git reflog"),
            ("Inspect the entry from before the reset", "git show HEAD@{2}"),
            ("Put a branch on it so it is safe", "git branch rescued HEAD@{2}"),
        ],
        note="Uncommitted changes that `--hard` discarded are not in the reflog; only commits are.",
        follow=[
            (
                "How long does the reflog keep those entries?",
                "By default 90 days for reachable entries and 30 days for unreachable ones "
                "(`gc.reflogExpire` and `gc.reflogExpireUnreachable`). After that `git gc` may prune them.",
            )
        ],
    ),
    T(
        asks=[
            "How do I recover a branch I deleted with git branch -D?",
            "C|I deleted my feature branch locally before pushing it. Can I restore it?",
        ],
        why="Deleting a branch only removes the name; the commits stay in the object database for a while. "
        "The delete message prints the tip (`Deleted branch x (was 1a2b3c4)`), and the reflog has it too.",
        steps=[
            ("Find the tip commit", "git reflog | grep -i 'feature'"),
            ("Recreate the branch at that commit", "git branch feature/login 1a2b3c4"),
        ],
    ),
    T(
        asks=[
            "How do I undo a git rebase that went wrong?",
            "C|I finished an interactive rebase and realised I dropped the wrong commits. How do I get my "
            "branch back to how it was before the rebase?",
        ],
        why="Git stores the pre-rebase tip in `ORIG_HEAD`, and the reflog has it as well.",
        steps=[
            ("Reset to the tip from before the rebase", "git reset --hard ORIG_HEAD"),
            ("If you ran other commands since, find the entry manually", "git reflog"),
            ("and reset to it", "git reset --hard HEAD@{5}"),
        ],
        note="`ORIG_HEAD` is overwritten by the next reset, merge or rebase, so use the reflog if in doubt.",
        rewrites=True,
    ),
    T(
        asks=[
            "How do I undo a local merge that I haven't pushed yet?",
            "I just merged the wrong branch into main on my machine. How do I take it back?",
        ],
        why="If the merge is still in progress (conflicts), abort it. If it completed, the branch tip "
        "before the merge is in `ORIG_HEAD`.",
        steps=[
            ("Merge still in progress", "git merge --abort"),
            ("Merge already committed", "git reset --hard ORIG_HEAD"),
        ],
        note="Once the merge is pushed, use `git revert -m 1 <merge-sha>` instead.",
        rewrites=True,
    ),
    T(
        asks=[
            "I committed to main instead of a feature branch. How do I move those commits to a new branch?",
            "C|I made three commits on main by mistake and haven't pushed. How do I move them onto a new "
            "branch and put main back where origin has it?",
        ],
        why="Create the new branch where you are (it keeps the commits), then move main back to the remote position.",
        steps=[
            ("Create a branch at the current commit", "git branch feature/search"),
            ("Move main back to match the remote", "git reset --hard origin/main"),
            ("Continue on the new branch", "git switch feature/search"),
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "How do I move my last commit from the current branch to a different existing branch?",
            "C|I committed a fix on feature-a that belongs on feature-b. How do I move it?",
        ],
        why="Copy the commit onto the right branch with cherry-pick, then remove it from the wrong one.",
        steps=[
            ("Note the commit id", "git log -1 --oneline"),
            ("Apply it on the right branch", "git switch feature-b\ngit cherry-pick <commit-sha>"),
            ("Remove it from the wrong branch", "git switch feature-a\ngit reset --hard HEAD~1"),
        ],
        rewrites=True,
    ),
    T(
        asks=[
            "Can I recover a stash I dropped by accident?",
            "C|I ran git stash drop on the wrong entry. Is the stash gone forever?",
        ],
        why="A stash is a commit, so a dropped stash lingers as a dangling commit until garbage collection. "
        "`git fsck` can list those commits.",
        steps=[
            ("List dangling commits", "git fsck --no-reflogs | grep 'dangling commit'"),
            ("Inspect candidates", "git show --stat <sha>"),
            ("Apply the right one", "git stash apply <sha>"),
        ],
        note="If you just dropped it, the drop message printed its id (`Dropped refs/stash@{0} (abc123...)`).",
    ),
    T(
        asks=[
            "What is the git reflog and when should I use it?",
            "Can you explain git reflog in simple terms?",
        ],
        why="The reflog is a local journal of where HEAD and each branch pointed over time. Any command that "
        "moves a ref (commit, reset, rebase, checkout, merge) adds an entry, which makes it the safety net "
        "for recovering commits after resets, rebases or deleted branches.",
        steps=[
            ("Show HEAD's history", "git reflog"),
            ("Show one branch's history", "git reflog show main"),
        ],
        note="The reflog is per clone and never pushed, so it only helps with things done in this repository.",
    ),
    T(
        asks=[
            "How can I see what my branch looked like yesterday in git?",
            "Is there a way to diff main against where it was two days ago?",
        ],
        why="Reflog entries carry timestamps, so refs accept time suffixes like `main@{yesterday}` or "
        "`main@{2.days.ago}`.",
        steps=[
            ("Show the commit main pointed to yesterday", "git show main@{yesterday}"),
            ("Diff against two days ago", "git diff main@{2.days.ago} main"),
        ],
        note="This uses your local reflog, so it reflects when your clone moved, not when commits were made.",
    ),
    T(
        asks=[
            "How do I resolve a merge conflict in git?",
            "C|git merge says 'CONFLICT (content): Merge conflict in app.js'. What do I do now?",
            "What are the steps to fix merge conflicts from the command line?",
        ],
        why="Git stopped because both sides changed the same lines. It marked the conflicting regions in the "
        "files and waits for you to decide the final content.",
        steps=[
            ("List the conflicted files", "git status"),
            (
                "Edit each file, remove the <<<<<<< ======= >>>>>>> markers and keep the right code",
                "code app.js",
            ),
            ("Mark it resolved", "git add app.js"),
            ("Finish the merge", "git merge --continue"),
        ],
        note="If it gets messy, `git merge --abort` returns you to the state before the merge.",
        follow=[
            (
                "How do I check I didn't leave any conflict markers behind?",
                "Run `git diff --check`; it flags leftover conflict markers and whitespace errors. A quick "
                "`git grep -n '<<<<<<<'` works too.",
            )
        ],
    ),
    T(
        asks=[
            "During a merge conflict, how do I keep their version of a file and discard mine?",
            "C|How do I resolve a conflict by taking one side completely for a given file?",
        ],
        why="`--ours` is the branch you are on and `--theirs` is the branch being merged in; either can be "
        "checked out for a conflicted path.",
        steps=[
            ("Take the incoming version", "git checkout --theirs package-lock.json"),
            ("or keep yours", "git checkout --ours package-lock.json"),
            ("Mark it resolved", "git add package-lock.json"),
        ],
        note="During a rebase the meaning flips: `--ours` is the branch you are rebasing onto and `--theirs` "
        "is your own commit being replayed.",
    ),
    T(
        asks=[
            "What do the <<<<<<<, ======= and >>>>>>> markers in a conflicted file mean?",
            "How do I read git conflict markers?",
        ],
        why="Between `<<<<<<< HEAD` and `=======` is your side, between `=======` and `>>>>>>> branch` is "
        "the incoming side. With the diff3 or zdiff3 style, a `|||||||` section also shows the common "
        "ancestor, which makes it much easier to see what each side changed.",
        steps=[
            ("Turn on the more informative style", "git config --global merge.conflictStyle zdiff3"),
            ("Re-create the markers in that style for a file", "git checkout --conflict=zdiff3 app.js"),
        ],
        note="`zdiff3` needs Git 2.35 or newer; on older versions use `diff3`.",
    ),
    T(
        asks=[
            "How do I set up and use a visual merge tool with git?",
            "Can I resolve git conflicts in a three-way GUI instead of editing markers by hand?",
        ],
        why="`git mergetool` opens each conflicted file in the tool you configure, with local, remote and "
        "base versions side by side.",
        steps=[
            ("Pick a tool", "git config --global merge.tool meld"),
            ("Skip the .orig backup files", "git config --global mergetool.keepBackup false"),
            ("Resolve the conflicts one by one", "git mergetool"),
        ],
    ),
    T(
        asks=[
            "What is git rerere and how do I enable it?",
            "A|I keep resolving the same conflict every time I rebase my long-lived branch. Can git remember "
            "my resolution?",
        ],
        why="rerere (reuse recorded resolution) records how you resolved a conflict and replays that "
        "resolution automatically when the same conflict shows up again.",
        steps=[
            ("Enable it", "git config --global rerere.enabled true"),
            ("See what it has recorded for the current conflict", "git rerere diff"),
        ],
        note="It applies the resolution but leaves the file unstaged so you can still review it.",
    ),
    T(
        asks=[
            "How do I resolve a conflict on a binary file such as an image in git?",
            "C|git can't merge logo.png. How do I pick one version?",
        ],
        why="Git cannot merge binary content line by line, so you choose one whole version.",
        steps=[
            ("Keep the incoming image", "git checkout --theirs assets/logo.png"),
            ("Mark it resolved", "git add assets/logo.png"),
        ],
        note="To avoid the conflict next time, coordinate edits to shared binary assets, or store them "
        "in Git LFS and use `git lfs lock` so only one person edits a file at a time.",
    ),
    T(
        asks=[
            "How do I continue a rebase after fixing conflicts?",
            "C|My rebase stopped with a conflict. I fixed the file; what now?",
        ],
        why="The rebase pauses on the commit that conflicted. Once the file is fixed and staged, you let git "
        "move on to the next commit.",
        steps=[
            ("Stage the fixed file", "git add src/parser.py"),
            ("Carry on", "git rebase --continue"),
            ("Or skip this commit entirely", "git rebase --skip"),
            ("Or give up and restore the original branch", "git rebase --abort"),
        ],
    ),
    T(
        asks=[
            "How do I restore a file that was deleted a few commits ago?",
            "C|Someone deleted docs/setup.md at some point. How do I find that commit and bring the file back?",
        ],
        why="Find the commit that deleted the file, then restore the file from that commit's parent, where "
        "it still existed.",
        steps=[
            ("Find the deleting commit", "git log --diff-filter=D --oneline -- docs/setup.md"),
            ("Restore it from the parent of that commit", "git restore --source=<sha>^ -- docs/setup.md"),
        ],
    ),
    T(
        asks=[
            "How do I see or restore the version of a file from an older commit?",
            "How can I view a file exactly as it was at tag v1.2 without checking out the whole tag?",
        ],
        why="`git show <rev>:<path>` prints a file at any revision; `git restore --source` writes it into "
        "your working tree.",
        steps=[
            ("Print it", "git show v1.2:src/config.yaml"),
            ("Save it under another name", "git show v1.2:src/config.yaml > /tmp/config-v1.2.yaml"),
            ("Replace the current file with it", "git restore --source=v1.2 src/config.yaml"),
        ],
    ),
]
