"""Hand-written git rows outside plain how-to: advice, planning, role play, writing, puzzles, scripts."""

from demo_content.item import Item, split_code

PAIRS = [
    (
        "A|How often should I commit when working on a feature?",
        "Commit whenever you reach a small, coherent step that you could describe in one line: a function "
        "that works, a test that passes, a refactor that is complete. In practice that is often every 15 to "
        "60 minutes. Small commits make review, `git bisect` and reverts far easier. If your local history "
        "gets noisy, tidy it with an interactive rebase before you open the pull request.",
    ),
    (
        "A|Should generated files like build output or compiled assets be committed to git?",
        "Usually not. Generated files bloat history, cause pointless merge conflicts and can drift from their "
        "sources. Ignore them and let CI or your build produce them. Exceptions exist: lock files (always "
        "commit those), vendored dependencies in some ecosystems, and generated code that is expensive to "
        "produce and rarely changes. When you do commit generated files, mark them `linguist-generated` in "
        ".gitattributes so code review tools collapse them.",
    ),
    (
        "A|Monorepo or one repository per service: which should my team choose?",
        "A monorepo makes cross-cutting changes atomic, keeps tooling consistent and makes code easy to find, "
        "but it needs investment in build tooling (only building and testing what changed) and clear "
        "ownership (CODEOWNERS). Separate repositories give teams autonomy and simple pipelines, at the cost "
        "of versioning shared libraries and coordinating changes across repos. For a handful of teams with "
        "lots of shared code, a monorepo usually wins; for independent products with separate release "
        "cycles, separate repositories are simpler.",
    ),
    (
        "A|How big should a pull request be?",
        "Small enough that a reviewer can understand it in one sitting: roughly under 400 changed lines is a "
        "common rule of thumb, and reviews of smaller PRs find more defects per line. Split large work into "
        "a series: preparatory refactors first, then the feature behind a flag, then cleanup. If a PR must be "
        "big (a generated migration, a rename), say so in the description and point reviewers to the files "
        "that matter.",
    ),
    (
        "A|Should we squash-merge pull requests or keep every commit?",
        "Squash-merging gives one tidy commit per PR on main, which makes the history easy to read and "
        "reverting a feature trivial. Keeping commits preserves the story of how the change was built, which "
        "is valuable only if authors keep their commits clean. Many teams squash by default and allow a "
        "rebase-merge for PRs whose individual commits are meaningful. Whatever you pick, make it a repository "
        "setting so it's consistent.",
    ),
    (
        "A|I'm a complete beginner. What's the best way to learn git?",
        "Start with a small personal project and use only five commands for a week: `git init`, `git add`, "
        "`git commit`, `git status` and `git log`. Then add branches (`git switch -c`, `git merge`) and a "
        "remote on GitHub or GitLab. Read the first three chapters of the free Pro Git book, and practise "
        "undoing things in a throwaway repository so mistakes feel safe. Visual tools like `git log --graph` "
        "help you build a mental model of commits as a graph.",
    ),
    (
        "A|Is it okay to commit directly to main on a solo project?",
        "Yes, for a solo project that's perfectly reasonable. Branches still help when you want to try "
        "something risky or keep main deployable, and pull requests are useful if you want CI to run before "
        "merging. Tag releases so you can always get back to a known-good version.",
    ),
    (
        "A|Should I commit my .env file?",
        "No. .env files usually hold secrets such as API keys and database passwords, and anything committed "
        "stays in history even after you delete it. Add `.env` to .gitignore and commit a `.env.example` with "
        "the variable names and dummy values instead. If a real .env was already pushed, rotate those secrets "
        "first and then remove the file from tracking.",
    ),
    (
        "A|Our team has constant merge conflicts. How can we reduce them?",
        "Conflicts grow with the time branches live apart. Merge small branches often (daily if you can), "
        "rebase or merge main into long-running branches regularly, and split big files that everyone edits "
        "(route tables, giant config files). Agree on an auto-formatter so whitespace and style changes stop "
        "colliding, and enable `rerere` so repeated conflicts resolve themselves.",
    ),
    (
        "A|Command line or a GUI client: which is better for git?",
        "Both are fine, and many experienced developers mix them. The command line exposes everything, works "
        "over SSH and is what documentation and answers online assume. GUIs shine for reviewing diffs, "
        "staging individual lines and visualising history. Learn the core commands on the command line so "
        "you understand what a GUI does for you, then use whatever is faster for each task.",
    ),
    (
        "A|How should we name our git branches?",
        "Pick a short, predictable scheme and enforce it lightly. A common one is `type/ticket-short-"
        "description`, for example `feat/PAY-231-refund-button` or `fix/1432-null-avatar`. Types that match "
        "your commit types keep things consistent, and the ticket id lets tools link branches to issues. "
        "Use lowercase and hyphens, and avoid personal prefixes unless branches really are personal.",
    ),
    (
        "A|How do I protect the main branch on GitHub from accidental pushes?",
        "Use a branch protection rule (or a ruleset) on main: require pull requests before merging, require "
        "at least one approving review, require status checks to pass, and block force pushes and deletion. "
        "Optionally require linear history if you squash or rebase merge. Admins can be included so the rules "
        "apply to everyone.",
    ),
    (
        "P|We're a team of six building a mobile app that ships to the app stores every two weeks. Propose a "
        "git branching strategy.",
        "Because app store releases are slow and can't be rolled back instantly, you want release branches:\n\n"
        "1. `main` always builds; feature branches are short-lived and merge via pull request.\n"
        "2. Every second Monday, cut `release/x.y` from main and only allow bug fixes on it.\n"
        "3. Tag the exact build you submit (`v3.4.0`).\n"
        "4. Hotfixes go to the release branch first, then get cherry-picked back to main with `-x`.\n"
        "5. Unfinished features merge behind feature flags instead of waiting on branches.\n\n"
        "This keeps main moving while the release branch stabilises.",
    ),
    (
        "P|Suggest a git workflow for a SaaS web app that deploys to production many times a day.",
        "Trunk-based development fits best:\n\n"
        "- Everyone merges small pull requests into `main` at least daily.\n"
        "- CI runs tests on each PR; merging to main deploys automatically.\n"
        "- Incomplete work ships dark behind feature flags.\n"
        "- No long-lived release branches; roll back by reverting or redeploying the previous build.\n"
        "- Keep branches under a couple of days old to avoid painful merges.\n\n"
        "The discipline is in small changes and good tests, not in branch structure.",
    ),
    (
        "P|How should an open-source library with two supported major versions organise its branches?",
        "Keep `main` for the next major version and a maintenance branch per supported line, e.g. `v4.x` and "
        "`v3.x`.\n\n1. Fixes land on main first, then maintainers backport with `git cherry-pick -x` to each "
        "maintained branch.\n2. Releases are tagged on the maintenance branches (`v3.8.2`).\n3. Document the "
        "support window so users know when `v3.x` stops receiving fixes.\n4. Label PRs with `backport-3.x` so "
        "nothing is forgotten; a bot can automate the cherry-picks.",
    ),
    (
        "P|Plan a migration of a ten-year-old Subversion repository to git.",
        "1. Inventory: list branches, tags and authors in SVN; decide which history matters.\n"
        "2. Build an authors file that maps SVN usernames to names and emails.\n"
        "3. Convert with `git svn clone --stdlayout --authors-file=authors.txt` (or a dedicated tool for very "
        "large repos), then turn SVN tag branches into real git tags.\n"
        "4. Check size; move large binaries to Git LFS with `git lfs migrate import`.\n"
        "5. Do a trial run, let the team practise on it for a week, then freeze SVN, run the final "
        "conversion and push.\n"
        "6. Keep SVN read-only for a few months as a reference.",
    ),
    (
        "P|Outline a one-hour git training session for new hires who only know the basics.",
        "- 0-10 min: the mental model: commits as snapshots, branches as movable labels, HEAD.\n"
        "- 10-25 min: our workflow live: branch, commit, push, open a PR, address review, squash-merge.\n"
        "- 25-40 min: undoing things: restore, reset --soft, revert, and the reflog as a safety net.\n"
        "- 40-50 min: hands-on: resolve a prepared merge conflict in pairs.\n"
        "- 50-60 min: Q&A and a one-page cheat sheet of our conventions (branch names, commit messages).",
    ),
    (
        "P|Give me a step-by-step plan to clean up a repository with 300 stale branches.",
        "1. Run `git fetch --prune` so you're looking at reality.\n"
        "2. List remote branches by last commit date: `git for-each-ref --sort=committerdate "
        "--format='%(committerdate:short) %(refname:short)' refs/remotes/origin`.\n"
        "3. Mark branches already merged into main (`git branch -r --merged origin/main`); those are safe to "
        "delete.\n4. For unmerged branches older than six months, post the list and give owners two weeks.\n"
        "5. Tag anything someone wants to keep (`archive/<name>`) before deleting.\n"
        "6. Delete with `git push origin --delete <branch>` and turn on automatic branch deletion after merge.",
    ),
    (
        "B|Give me ideas for git hooks that would help a Python team.",
        "- pre-commit: run ruff and the formatter on staged files.\n"
        "- pre-commit: block files over 5 MB and anything that looks like a private key.\n"
        "- commit-msg: require a ticket id or conventional commit prefix.\n"
        "- prepare-commit-msg: prefill the ticket id from the branch name.\n"
        "- pre-push: run the fast unit tests and type checker.\n"
        "- post-checkout: warn when requirements files changed since the last checkout.\n"
        "- post-merge: reinstall dependencies when the lock file changed.",
    ),
    (
        "B|Brainstorm topics for a lightning talk about git internals.",
        "1. Everything is a content-addressed object: blobs, trees, commits, tags.\n"
        "2. Branches are 41-byte files: what `refs/heads` really contains.\n"
        "3. How packfiles and delta compression keep repositories small.\n"
        "4. The index: the staging area is a binary file you can inspect.\n"
        "5. Why rebasing changes commit ids.\n"
        "6. The reflog: git's undo history.\n"
        "7. Building a commit by hand with `hash-object`, `write-tree` and `commit-tree`.",
    ),
    (
        "B|What are some fun names for an internal git workshop?",
        "- Commit to Greatness\n- Branching Out\n- Merge Without Fear\n- Rebase Camp\n- HEAD First Git\n"
        "- The Reflog Rescue Team\n- Stash and Learn\n- Git Good\n- Conflict Resolution for Developers\n"
        "- Push It Real Good",
    ),
    (
        "B|Suggest ways to make code review faster on a team using GitHub pull requests.",
        "- Keep PRs small and focused; split refactors from behaviour changes.\n"
        "- Use a PR template that asks for context, screenshots and a testing note.\n"
        "- Let CI handle style with formatters and linters so humans review logic.\n"
        "- Assign reviewers automatically with CODEOWNERS.\n"
        "- Agree on a response-time target, such as first review within four working hours.\n"
        "- Use draft PRs for early feedback instead of big-bang reviews.",
    ),
    (
        "L|Act as a senior engineer reviewing my git workflow: I work on main, commit once a day with the "
        "message 'progress', and force push when I get conflicts.",
        "Okay, let's talk, because this workflow will eventually cost you or a teammate real work.\n\n"
        "First, force pushing over conflicts means you're overwriting whatever your colleagues pushed. Please "
        "stop today: fetch, merge or rebase, resolve, then push normally.\n\nSecond, work on short-lived "
        "branches and open pull requests. Main should only get reviewed changes.\n\nThird, commit smaller "
        "and write messages that say what changed: 'fix(api): handle empty filters', not 'progress'. Your "
        "future self running `git log` at 2 a.m. will thank you.\n\nDo those three things and you'll be ahead "
        "of most teams I've reviewed.",
    ),
    (
        "L|You are a patient git tutor. I'm a designer who has never used version control. Explain what a commit is.",
        "Happy to! Think of a commit as a save point in a video game, but for your whole project folder. "
        "Whenever you reach a moment worth remembering, you take a snapshot of all your files and attach a "
        "short note, like 'Add new homepage colours'.\n\nLater you can look back through those snapshots, "
        "compare them, or return to one if something goes wrong. Unlike saving a file, a commit never "
        "overwrites the previous one, so your history is always there. Want to try making your first one "
        "together?",
    ),
    (
        "L|Pretend you are a grumpy old sysadmin who is asked, for the hundredth time, why someone's git push "
        "was rejected.",
        "*sighs and puts down coffee* Rejected. Non-fast-forward. Again. It means somebody pushed before you "
        "did, kid. The remote has commits you don't. So you do what everybody should do before pushing: "
        "`git pull --rebase`, fix whatever conflicts you made for yourself, run the tests, and push again. "
        "And no, the answer is not `--force`. The last person who tried that erased a week of Janet's work, "
        "and Janet still doesn't talk to him.",
    ),
    (
        "L|Roleplay as a git repository that is nervous about being force pushed.",
        "Oh no, oh no, I can see you typing `git push --f`... Please, wait! I have three commits from Priya "
        "on main that you haven't fetched yet. If you force push, they'll be gone from me, and she'll have to "
        "dig through her reflog to rescue them. Could you run `git fetch` first? Or at least use "
        "`--force-with-lease`, so I can say no if things have changed? I promise I'm not being difficult. I "
        "just really like keeping everyone's history.",
    ),
    (
        "W|Write a haiku about a merge conflict.",
        "Two hands shaped one line,\nangle brackets split the page,\nI choose, then commit.",
    ),
    (
        "W|Write a limerick about someone who force pushed to main.",
        "A coder who worked in the rain\nforce pushed on a Friday to main.\nThe commits of the week\n"
        "vanished, so to speak,\nand the reflog restored them again.",
    ),
    (
        "W|Write the opening paragraph of a short story about a developer stuck in detached HEAD state.",
        "Maya had checked out the old commit only to look around, the way you might step into a house you "
        "used to live in. But she had stayed too long. She fixed a bug, then another, committing each one "
        "with a small sense of triumph, until git said it quietly at the bottom of her terminal: you are in "
        "'detached HEAD' state. None of her work belonged to any branch. It floated, nameless, and the moment "
        "she switched away it would drift off into the reflog like a boat without a mooring.",
    ),
    (
        "W|Write a short poem about git blame.",
        "It isn't about fault, I tell the new hire,\nthough the name beside the line is mine.\n"
        "It's a map of who was here and why,\na trail of small decisions in a line.\n"
        "So read the commit, not just the name:\nthe story's in the message, not the blame.",
    ),
    (
        "W|Write a bedtime story for programmers about a lost commit found by the reflog.",
        "Once upon a time there was a little commit named a3f9c2e. One evening its developer typed `git reset "
        "--hard HEAD~3`, and the branch moved away, leaving the little commit alone in the dark object "
        "database. It waited, certain it would be garbage collected. But the reflog had been writing in its "
        "diary all day, and it remembered exactly where the commit had been. The next morning, the developer "
        "typed `git reflog`, found the line, and said `git branch rescue a3f9c2e`. And the little commit "
        "lived happily on a branch of its own. The end.",
    ),
    (
        "R|I have main with commits A-B-C and a branch feature from B with commits D-E. After `git rebase "
        "main` on feature, what does the history look like and do D and E keep their hashes?",
        "After the rebase, feature is A-B-C-D'-E'. Git replays D and E on top of C, creating new commits D' "
        "and E' with the same changes and messages but different parents. Because a commit's hash covers "
        "its parent, the new commits get new hashes. The old D and E still exist until garbage collection "
        "and can be found through the reflog.",
    ),
    (
        "R|If I run `git reset --soft HEAD~2` and then `git commit`, how many commits did I remove and what "
        "is in the new one?",
        "The branch moves back two commits, but `--soft` leaves the index untouched, so the changes from both "
        "commits are still staged. The next `git commit` therefore creates one new commit containing the "
        "combined changes of the two commits you stepped back over. Net effect: two commits squashed into "
        "one, with a new message.",
    ),
    (
        "R|Branch A and branch B both started from commit X. A changed line 10 of config.yml, B deleted "
        "config.yml. What happens when I merge B into A?",
        "Git reports a modify/delete conflict: one side modified the file and the other deleted it, so git "
        "can't pick automatically. The file is left in your working tree with A's content, and `git status` "
        "shows it as 'deleted by them'. You resolve it by either keeping the file (`git add config.yml`) or "
        "accepting the deletion (`git rm config.yml`), then committing the merge.",
    ),
    (
        "R|Why does `git log main..feature` show different commits than `git log feature..main`?",
        "The two-dot range means 'reachable from the right side but not from the left'. `main..feature` lists "
        "commits on feature that main doesn't have, i.e. the work you'd be merging. `feature..main` lists "
        "the opposite: commits that landed on main since feature branched off. To see both sides at once, "
        "use the symmetric difference `git log --left-right main...feature`.",
    ),
    (
        "R|A teammate says two commits with identical file contents and identical messages must have the same "
        "hash. Are they right?",
        "Not necessarily. A commit hash covers the tree (the file contents), the parent commit ids, the "
        "author and committer names, emails and timestamps, and the message. Two commits with the same "
        "files and message but different parents, authors or times get different hashes. Only if every one "
        "of those fields matches is the hash identical.",
    ),
    (
        "R|I merged feature into main and then reverted the merge. Later I merged feature again, but half of "
        "the changes are missing. Why?",
        "The revert undid the changes but did not undo the fact that the feature commits are now part of "
        "main's history. When you merge again, git sees those commits as already merged and only brings in "
        "commits added since. The fix is to revert the revert commit first (`git revert <revert-sha>`), "
        "which reapplies the original changes, then merge the newer work.",
    ),
    (
        "C|Write a bash script that lists local branches whose last commit is older than 90 days.",
        "```bash\n#!/usr/bin/env bash\nset -euo pipefail\ncutoff=$(( $(date +%s) - 90*24*60*60 ))\n"
        "git for-each-ref --format='%(committerdate:unix) %(refname:short)' refs/heads |\n"
        'while read -r stamp branch; do\n  if [ "$stamp" -lt "$cutoff" ]; then\n    echo "$branch"\n'
        "  fi\ndone\n```\n\n`for-each-ref` prints each branch with its last commit time as a Unix timestamp, "
        "and the loop compares it with the cutoff. Pipe the output to `xargs git branch -d` to delete the "
        "merged ones.",
    ),
    (
        "C|Write a Python script that prints the number of commits per author in the current repository.",
        "```python\nimport subprocess\nfrom collections import Counter\n\nlog = subprocess.run(\n"
        '    ["git", "log", "--format=%an"], capture_output=True, text=True, check=True\n).stdout\n'
        "counts = Counter(line for line in log.splitlines() if line)\nfor author, n in counts.most_common():\n"
        '    print(f"{n:6d}  {author}")\n```\n\nIt asks git for one author name per commit and counts them. '
        "`git shortlog -sn` gives the same numbers if you don't need Python.",
    ),
    (
        "C|Write a .gitignore for a typical Python project.",
        "```\n__pycache__/\n*.py[cod]\n.venv/\nvenv/\nbuild/\ndist/\n*.egg-info/\n.pytest_cache/\n"
        ".mypy_cache/\n.ruff_cache/\n.coverage\nhtmlcov/\n.env\n.ipynb_checkpoints/\n.DS_Store\n```\n\n"
        "Editor folders like `.idea/` and `.vscode/` are better placed in your global gitignore.",
    ),
    (
        "C|Write a .gitignore for a Node.js project.",
        "```\nnode_modules/\ndist/\nbuild/\ncoverage/\n.env\n.env.local\nnpm-debug.log*\nyarn-error.log*\n"
        ".next/\n.cache/\n.DS_Store\n```\n\nCommit `package-lock.json` (or `yarn.lock`/`pnpm-lock.yaml`); "
        "it makes installs reproducible.",
    ),
    (
        "C|Why does git say 'fatal: refusing to merge unrelated histories' and how do I fix it?",
        "The two branches share no common commit, which typically happens when you created a repository on "
        "GitHub with a README and also ran `git init` locally with your own first commit. If you really want "
        "to combine them, allow it once:\n\n```bash\ngit pull origin main --allow-unrelated-histories\n```\n\n"
        "Resolve any conflicts (often just the README), commit and push.",
    ),
    (
        "C|git push fails with 'remote: error: GH001: Large files detected'. What now?",
        "GitHub rejects files over 100 MB. Removing the file in a new commit isn't enough, because it is still "
        "in the commits you're pushing. If it's only in your unpushed commits, remove it with `git rm --cached "
        "big.bin`, then `git commit --amend` or an interactive rebase to drop it from the commit that added "
        "it. If you need large files in the repo, set up Git LFS and use `git lfs migrate import` to move "
        "them out of history before pushing.",
    ),
    (
        "C|I get 'error: Your local changes to the following files would be overwritten by checkout'. How do I "
        "switch branches?",
        "Git refuses because switching would overwrite uncommitted edits. Pick one:\n\n"
        "- Keep them for later: `git stash`, switch, then `git stash pop` when you come back.\n"
        "- Take them with you: commit them on the current branch first.\n"
        "- Throw them away: `git restore <file>` (irreversible).\n\n"
        "`git switch -c new-branch` also carries uncommitted changes to a new branch if that's where they "
        "belong.",
    ),
    (
        "C|Why do I get 'Permission denied (publickey)' when I push to GitHub?",
        "GitHub didn't accept any SSH key your client offered. Check in order:\n\n"
        "1. Do you have a key? `ls ~/.ssh/id_ed25519.pub`; if not, `ssh-keygen -t ed25519`.\n"
        "2. Is it added to your GitHub account (Settings, SSH and GPG keys)?\n"
        "3. Is it loaded? `ssh-add ~/.ssh/id_ed25519`.\n"
        "4. Test: `ssh -T git@github.com` should greet you by username.\n\n"
        "If you'd rather not use SSH, switch the remote to HTTPS with `git remote set-url`.",
    ),
    (
        "O|Tell me a joke about git.",
        "Why did the developer refuse to play hide and seek with git?\n\nBecause no matter where they hid, "
        "`git reflog` knew exactly where they'd been.",
    ),
    (
        "O|Translate the git terms commit, branch, merge and pull request into Spanish.",
        "- commit: confirmación (most Spanish-speaking developers just say 'commit')\n"
        "- branch: rama\n- merge: fusión (verb: fusionar)\n"
        "- pull request: solicitud de extracción, usually just 'pull request' or 'PR'",
    ),
    (
        "O|Summarise the history of git in three sentences.",
        "Git was created by Linus Torvalds in 2005 after the Linux kernel project lost free access to the "
        "proprietary BitKeeper system. He designed it for speed, distributed work and strong integrity "
        "guarantees through content hashing, and Junio Hamano soon took over as maintainer. Helped by "
        "hosting services like GitHub, it became the dominant version control system in the 2010s.",
    ),
]

MORE_PAIRS = [
    (
        "E|Rewrite this conflicted snippet so it keeps both changes:\n\n<<<<<<< HEAD\ntimeout = 30\n=======\n"
        "retries = 3\n>>>>>>> feature",
        "Both sides added a different setting, so keep both lines and drop the markers:\n\n```\ntimeout = 30\n"
        "retries = 3\n```\n\nThen `git add` the file to mark the conflict as resolved.",
    ),
    (
        "C|Write a shell one-liner that deletes remote branches already merged into main.",
        "```bash\ngit fetch --prune && git branch -r --merged origin/main | grep -vE 'origin/(main|HEAD)' | "
        "sed 's#origin/##' | xargs -r -n 1 git push origin --delete\n```\n\nRun it without the final `xargs` part "
        "first to review the list. Squash-merged branches won't appear, because their commits aren't in main.",
    ),
    (
        "E|I'm squashing four commits. Help me write one combined commit message for: add login form, fix typo, add "
        "validation, style login button.",
        "```\nfeat(auth): add login form with validation\n\nAdds the login form, client-side validation of email "
        "and password, and styling for the submit button.\n```\n\nThe typo fix doesn't need a mention; it was part "
        "of getting the feature right.",
    ),
    (
        "A|How often should I rebase a long-running feature branch onto main?",
        "Often enough that conflicts stay small: daily or every couple of days on an active codebase, and always "
        "before asking for review. Each rebase then replays only a little drift. If the branch lives for weeks, "
        "consider merging main in instead (so you don't repeatedly rewrite pushed commits) or splitting the work "
        "behind a feature flag.",
    ),
    (
        "R|If I cherry-pick a commit onto main and later merge the original branch, will the change be applied twice?",
        "Usually not. The merge compares content, and since main already contains the identical change, git sees "
        "nothing left to apply for those lines; the merge goes through cleanly. Problems appear when the same lines "
        "were changed again afterwards on one side, which can produce conflicts, and the history will show the "
        "change twice, once as the cherry-pick and once as the original commit.",
    ),
    (
        "C|Write a command that lists the commit subjects from the last two weeks, one per line, without merges.",
        "```bash\ngit log --since='2 weeks ago' --no-merges --format='%s'\n```\n\nAdd `--author='Name'` to limit it "
        "to one person, or `%h %an %s` in the format to include hash and author.",
    ),
    (
        "A|Is it rude to use git blame to find who wrote buggy code?",
        "Not if you use it for context rather than blame. The point is to find the commit and its message: why "
        "the code was written that way and what constraints existed. If you need to talk to the author, ask "
        "questions ('I'm looking at this check, do you remember why it's there?') instead of pointing fingers. "
        "Most bugs are made by processes, not people.",
    ),
    (
        "P|Propose a tagging and versioning scheme for a library that follows semantic versioning.",
        "- Version format MAJOR.MINOR.PATCH: breaking changes bump MAJOR, new features MINOR, fixes PATCH.\n"
        "- Tag every release on the commit you publish with an annotated tag: `git tag -a v2.4.0 -m 'Release "
        "2.4.0'`.\n- Pre-releases get suffixes like `v3.0.0-rc.1`.\n- Keep a CHANGELOG grouped by version.\n"
        "- Maintain `v2.x` branches for patch releases once v3 exists.\n- Generate the package version from "
        "`git describe --tags` in CI so builds and tags can't drift.",
    ),
    (
        "B|What are creative uses of git worktree beyond hotfixes?",
        "- Review a colleague's pull request in a separate folder without stashing.\n- Run a long test suite on one "
        "branch while coding on another.\n- Keep a worktree on main for quick benchmarks to compare against.\n"
        "- Build documentation from a docs branch side by side.\n- Compare two versions of an app running at the "
        "same time on different ports.",
    ),
    (
        "A|Should we use git submodules or a package manager for a library shared by three repositories?",
        "Prefer a package manager in most cases: versioned releases, clear changelogs and normal dependency "
        "updates are easier for everyone than submodule pointers, detached HEADs and forgotten `--recursive` "
        "flags. Submodules make sense when you need to edit the shared code and the consumers in lockstep, or when "
        "the code can't be packaged. A monorepo is the third option if the repositories change together often.",
    ),
    (
        "B|Which checks are worth running in a pre-commit hook, and which belong in CI instead?",
        "Pre-commit: fast, local, file-level checks that take a few seconds: formatting, linting staged files, "
        "trailing whitespace, large-file and secret detection. CI: anything slow or environment-dependent: the full "
        "test suite, integration tests, type checking across the whole project, security scans and builds. Keep "
        "hooks fast or people will start using `--no-verify`.",
    ),
    (
        "C|Write a .gitignore that ignores everything in logs/ except a .gitkeep file.",
        "```\nlogs/*\n!logs/.gitkeep\n```\n\nUse `logs/*` rather than `logs/`: if the directory itself is excluded, "
        "git never looks inside it, so the negation could not re-include the file.",
    ),
    (
        "A|When is Git LFS worth it, and when should large files live outside git entirely?",
        "Git LFS fits binary assets that belong with the code and change occasionally: design files, game "
        "assets, small model files. It keeps clones fast while versioning them. Data that is huge, changes "
        "constantly or is produced by pipelines (datasets, build artefacts, backups) belongs in object storage or a "
        "dedicated tool, referenced from the repository by path and checksum.",
    ),
    (
        "A|Our monorepo clone takes 20 minutes. What options do we have besides splitting it up?",
        "- Partial clones (`--filter=blob:none`) fetch file contents on demand.\n- Sparse checkout so each team "
        "only materialises its directories.\n- Shallow clones in CI (`--depth 1`).\n- Move large binaries to Git "
        "LFS or out of the repository.\n- Enable `git maintenance start` and commit-graph for faster local "
        "operations.\n- Use a local mirror or cache near your CI runners.",
    ),
    (
        "A|Is it worth signing commits on a small team?",
        "It's cheap to set up now that SSH keys can sign commits, and it proves that commits labelled with your "
        "name really came from you, which matters if your repository or CI could be targeted. For a small internal "
        "team the practical benefit is modest; branch protection and required reviews matter more. If you do "
        "adopt it, require signatures on main so it's consistent.",
    ),
]


def git_extra_items() -> list[Item]:
    """Rows for every hand-written git pair."""
    items = []
    for ask, answer in PAIRS + MORE_PAIRS:
        category, instruction = split_code(ask)
        items.append(Item(instruction, answer, category, theme="git"))
    return items
