"""Git tasks about submodules, hooks, configuration, ignoring files and repository housekeeping."""

from demo_content.git_task import GitTask as T

TASKS = [
    T(
        asks=[
            "How do I add a git submodule to my project?",
            "C|I want to include our shared UI library repository inside my app repo at libs/ui. How do I "
            "set that up as a submodule?",
        ],
        why="A submodule records another repository's URL in `.gitmodules` and pins a specific commit of it "
        "in your tree.",
        steps=[
            ("Add it", "git submodule add https://github.com/acme/ui-kit.git libs/ui"),
            ("Commit the pointer and .gitmodules", 'git commit -m "Add ui-kit as a submodule"'),
        ],
        follow=[
            (
                "How will my teammates get the submodule contents?",
                "They either clone with `git clone --recurse-submodules`, or run `git submodule update "
                "--init --recursive` in an existing clone.",
            )
        ],
    ),
    T(
        asks=[
            "C|I cloned a repository and the submodule folders are empty. How do I fill them?",
            "How do I clone a repository together with its submodules?",
        ],
        why="A plain clone only records where the submodules should go; their contents are fetched separately.",
        steps=[
            ("In an existing clone", "git submodule update --init --recursive"),
            ("When cloning", "git clone --recurse-submodules https://github.com/acme/app.git"),
            ("Make pull update submodules too", "git config --global submodule.recurse true"),
        ],
    ),
    T(
        asks=[
            "How do I update a submodule to the latest commit of its remote branch?",
            "C|Our vendored submodule is months behind upstream. How do I bump it?",
        ],
        why="Your repository pins the submodule to an exact commit, so updating is two steps: move the "
        "submodule forward, then commit the new pointer.",
        steps=[
            ("Fetch and check out the latest remote commit", "git submodule update --remote libs/ui"),
            ("Record the new pointer", 'git add libs/ui\ngit commit -m "Bump ui-kit"'),
        ],
        note="Set `submodule.<name>.branch` in `.gitmodules` if it should track a branch other than the "
        "remote's default.",
    ),
    T(
        asks=[
            "What's the correct way to remove a git submodule?",
            "C|I deleted a submodule folder but git still complains about it. How do I remove it completely?",
        ],
        why="A submodule lives in three places: the working tree and index entry, `.gitmodules`, and the "
        "cloned repository under `.git/modules`. `deinit` and `git rm` handle the first two.",
        steps=[
            ("Unregister it", "git submodule deinit -f libs/ui"),
            ("Remove the entry and .gitmodules section", "git rm -f libs/ui"),
            ("Delete the stored clone", "rm -rf .git/modules/libs/ui"),
            ("Commit", 'git commit -m "Remove ui-kit submodule"'),
        ],
    ),
    T(
        asks=[
            "Why is my git submodule always in detached HEAD state?",
            "C|I made commits inside a submodule and they vanished after git submodule update. What happened?",
        ],
        why="The parent repository pins a commit, not a branch, so `git submodule update` checks out that "
        "commit directly, detaching HEAD. Commits made there belong to no branch and get left behind on the "
        "next update.",
        steps=[
            ("Before working inside a submodule, switch to a branch", "cd libs/ui\ngit switch main"),
            ("Find lost submodule commits", "cd libs/ui\ngit reflog"),
        ],
    ),
    T(
        asks=[
            "How do I change the URL of a git submodule?",
            "C|Our submodule's repository moved to a new host. How do I update every clone?",
        ],
        why="Edit the URL in `.gitmodules`, then `sync` copies it into each clone's local configuration.",
        steps=[
            (
                "Change it in .gitmodules",
                "git config -f .gitmodules submodule.libs/ui.url https://git.acme.io/ui-kit.git",
            ),
            ("Propagate to the local config", "git submodule sync --recursive"),
            ("Fetch from the new URL", "git submodule update --init --recursive --remote"),
        ],
    ),
    T(
        asks=[
            "How do I run the same git command in every submodule?",
            "Is there a way to pull all submodules at once?",
        ],
        why="`git submodule foreach` runs a shell command in each checked-out submodule, with `$name` and "
        "`$sm_path` set.",
        steps=[
            ("Show each submodule's status", "git submodule foreach 'git status --short'"),
            ("Include nested submodules", "git submodule foreach --recursive 'git fetch'"),
        ],
    ),
    T(
        asks=[
            "C|How do I write a git pre-commit hook that runs a linter on staged Python files?",
            "How do git hooks work and where do I put them?",
        ],
        why="Hooks are executable scripts in `.git/hooks` named after the event; a pre-commit hook that "
        "exits non-zero aborts the commit.",
        steps=[
            (
                "Create .git/hooks/pre-commit",
                "#!/bin/sh\nfiles=$(git diff --cached --name-only --diff-filter=ACM -- '*.py')\n"
                '[ -z "$files" ] && exit 0\nruff check $files',
            ),
            ("Make it executable", "chmod +x .git/hooks/pre-commit"),
        ],
        note="This lints the working-tree copy of each file; partially staged files may differ from what you commit.",
    ),
    T(
        asks=[
            "C|How do I write a commit-msg hook that enforces Conventional Commits?",
            "Can git reject commit messages that don't follow our format?",
        ],
        why="The commit-msg hook receives the path of the message file as its first argument; exiting "
        "non-zero rejects the commit.",
        steps=[
            (
                "Create .git/hooks/commit-msg",
                "#!/bin/sh\npattern='^(feat|fix|docs|refactor|test|chore)(\\([a-z-]+\\))?!?: .+'\n"
                'if ! head -1 "$1" | grep -qE "$pattern"; then\n'
                '  echo "Commit message must look like: feat(api): add pagination" >&2\n  exit 1\nfi',
            ),
            ("Make it executable", "chmod +x .git/hooks/commit-msg"),
        ],
    ),
    T(
        asks=[
            "C|How can I run the test suite automatically before every git push?",
            "What is a pre-push hook used for?",
        ],
        why="The pre-push hook runs after the remote is contacted but before anything is sent; a non-zero "
        "exit cancels the push.",
        steps=[
            ("Create .git/hooks/pre-push", "#!/bin/sh\nexec make test"),
            ("Make it executable", "chmod +x .git/hooks/pre-push"),
        ],
        note="`git push --no-verify` skips it for the odd emergency.",
    ),
    T(
        asks=[
            "How do I share git hooks with my whole team?",
            "A|Hooks in .git/hooks aren't committed. What's the best way to version them?",
        ],
        why="`.git/hooks` is not part of the repository, but since Git 2.9 `core.hooksPath` can point to a "
        "tracked folder.",
        steps=[
            (
                "Commit the hooks in a folder such as .githooks",
                'git add .githooks\ngit commit -m "Add shared hooks"',
            ),
            ("Each developer runs once", "git config core.hooksPath .githooks"),
        ],
        note="Frameworks such as pre-commit manage installation and tool versions for you.",
    ),
    T(
        asks=[
            "How do I skip git hooks for a single commit?",
            "Is there a flag to bypass a failing pre-commit hook?",
        ],
        why="`--no-verify` skips the pre-commit and commit-msg hooks for one commit (and the pre-push hook "
        "for `git push`).",
        steps=[
            ("Commit without hooks", 'git commit --no-verify -m "WIP: spike"'),
            ("Push without the pre-push hook", "git push --no-verify"),
        ],
        note="Server-side checks and CI still run, so this is for local emergencies only.",
    ),
    T(
        asks=[
            "C|How do I automatically put the ticket number from my branch name into each commit message?",
            "What can the prepare-commit-msg hook do?",
        ],
        why="prepare-commit-msg runs before the editor opens and can edit the message file (its first argument).",
        steps=[
            (
                "Create .git/hooks/prepare-commit-msg",
                "#!/bin/sh\nticket=$(git branch --show-current | grep -oE '[A-Z]+-[0-9]+')\n"
                '[ -n "$ticket" ] && sed -i.bak "1s/^/$ticket: /" "$1"\nexit 0',
            ),
            ("Make it executable", "chmod +x .git/hooks/prepare-commit-msg"),
        ],
    ),
    T(
        asks=[
            "C|How do I reinstall dependencies automatically when package-lock.json changes after a pull?",
            "Which git hook runs after a merge or checkout?",
        ],
        why="post-merge runs after a successful merge (including `git pull`) and post-checkout after a "
        "checkout or switch. Neither can stop the operation; they are for follow-up work.",
        steps=[
            (
                "Create .git/hooks/post-merge",
                "#!/bin/sh\nif git diff --name-only ORIG_HEAD HEAD | grep -q '^package-lock.json$'; then\n  npm ci\nfi",
            ),
            ("Make it executable", "chmod +x .git/hooks/post-merge"),
        ],
    ),
    T(
        asks=[
            "How do I set a different git email for work and personal projects?",
            "C|My work commits keep showing my personal email. How do I fix this per folder?",
        ],
        why="Conditional includes load extra config for repositories under a given directory.",
        steps=[
            (
                "In ~/.gitconfig",
                '[user]\n    email = me@personal.dev\n[includeIf "gitdir:~/work/"]\n    path = ~/.gitconfig-work',
            ),
            ("In ~/.gitconfig-work", "[user]\n    email = me@company.com"),
            ("Check from inside a work repo", "git config user.email"),
        ],
    ),
    T(
        asks=[
            "How do I set my name and email in git?",
            "How do I configure git user settings for one repository only?",
        ],
        why="Git stores identity in config: `--global` for your user account, no flag for the current "
        "repository, which overrides the global value.",
        steps=[
            (
                "For all repositories",
                'git config --global user.name "Ada Lovelace"\ngit config --global user.email ada@example.com',
            ),
            ("For this repository only", "git config user.email ada@client.org"),
        ],
    ),
    T(
        asks=[
            "How do I create git aliases?",
            "B|What are some useful git aliases to save typing?",
        ],
        why="Aliases live in your config; an alias starting with `!` runs a shell command.",
        steps=[
            ("Short status", "git config --global alias.st 'status -sb'"),
            ("Undo the last commit, keep changes", "git config --global alias.undo 'reset --soft HEAD~1'"),
            ("Last commit summary", "git config --global alias.last 'log -1 --stat'"),
        ],
    ),
    T(
        asks=[
            "How do I make new repositories use main instead of master?",
            "How do I rename master to main in an existing repository?",
        ],
        why="`init.defaultBranch` (Git 2.28+) sets the branch name for new repositories; existing ones are "
        "renamed like any branch.",
        steps=[
            ("Default for new repos", "git config --global init.defaultBranch main"),
            ("Rename in an existing repo", "git branch -m master main\ngit push -u origin main"),
        ],
        note="Then change the default branch in your hosting settings and delete `master` on the remote.",
    ),
    T(
        asks=[
            "How should I configure git line endings on Windows?",
            "C|git diff shows every line changed after a colleague on Windows committed. How do we fix line endings?",
        ],
        why="The robust fix is a `.gitattributes` file in the repository, which applies to everyone "
        "regardless of personal settings.",
        steps=[
            ("Add .gitattributes", "* text=auto\n*.sh text eol=lf\n*.bat text eol=crlf"),
            ("Renormalise existing files", 'git add --renormalize .\ngit commit -m "Normalize line endings"'),
        ],
        note="`core.autocrlf` (true on Windows, input elsewhere) is the per-user fallback.",
    ),
    T(
        asks=[
            "How do I stop git asking for my password every time?",
            "A|Which git credential helper should I use?",
        ],
        why="Credential helpers remember HTTPS credentials. `cache` keeps them in memory for a while, "
        "`store` saves them in plain text, and platform managers use the OS keychain.",
        steps=[
            ("Cache for an hour", "git config --global credential.helper 'cache --timeout=3600'"),
            ("macOS keychain", "git config --global credential.helper osxkeychain"),
        ],
        note="Switching to SSH keys avoids password prompts entirely.",
    ),
    T(
        asks=[
            "How do .gitignore patterns work?",
            "How do I ignore every .log file except one in git?",
        ],
        why="Each line is a pattern: `*.log` matches in any folder, a trailing `/` matches only directories, "
        "a leading `/` anchors to the .gitignore's folder, `**/` matches any depth and `!` re-includes.",
        steps=[("Example .gitignore", "*.log\n!important.log\nbuild/\n/config.local.yml\n**/tmp/")],
        note="You cannot re-include a file if a parent directory is excluded.",
    ),
    T(
        asks=[
            "C|I added a file to .gitignore but git still tracks it. How do I stop tracking it?",
            "How do I remove a file from git without deleting it from my disk?",
        ],
        why=".gitignore only affects untracked files. Remove the file from the index and it becomes untracked "
        "and ignored.",
        steps=[
            ("Untrack it, keep it on disk", "git rm --cached .env"),
            ("Commit", 'git commit -m "Stop tracking .env"'),
        ],
        note="The file still exists in history; if it held secrets, rotate them.",
    ),
    T(
        asks=[
            "How do I set up a global gitignore for files like .DS_Store?",
            "Where should I ignore editor and OS files in git?",
        ],
        why="Personal clutter (editor folders, OS files) belongs in a global ignore file, not in each "
        "project's .gitignore.",
        steps=[
            ("Create the file", "printf '.DS_Store\\n.idea/\\n*.swp\\n' > ~/.gitignore_global"),
            ("Tell git about it", "git config --global core.excludesFile ~/.gitignore_global"),
        ],
    ),
    T(
        asks=[
            "C|How do I find out which .gitignore rule is ignoring a file?",
            "Why is git ignoring my file?",
        ],
        why="`git check-ignore -v` prints the file, line number and pattern responsible.",
        steps=[("Explain why a file is ignored", "git check-ignore -v dist/app.js")],
    ),
    T(
        asks=[
            "How do I ignore changes to a tracked file only on my machine?",
            "What's the difference between assume-unchanged and skip-worktree?",
        ],
        why="Both tell git to stop looking at a tracked file. `assume-unchanged` is a performance hint git may "
        "drop; `skip-worktree` is meant for 'I changed this locally on purpose'. For untracked files, "
        "`.git/info/exclude` is a private .gitignore.",
        steps=[
            ("Keep local edits to a config file", "git update-index --skip-worktree config/settings.json"),
            ("Undo it", "git update-index --no-skip-worktree config/settings.json"),
        ],
    ),
    T(
        asks=[
            "How do I remove a password that I accidentally committed from the entire git history?",
            "C|We pushed an API key to GitHub three weeks ago. How do we scrub it from history?",
        ],
        why="First rotate the secret: once pushed, assume it is compromised. Then rewrite history with "
        "git-filter-repo (the tool the git project recommends over filter-branch).",
        steps=[
            ("Remove the file from every commit", "git filter-repo --invert-paths --path config/secrets.env"),
            ("Or replace the string everywhere", "git filter-repo --replace-text replacements.txt"),
            ("Push the rewritten history", "git push --force --all\ngit push --force --tags"),
        ],
        note="Everyone must re-clone afterwards, and forks or cached pull requests may still hold the secret.",
        rewrites=True,
    ),
    T(
        asks=[
            "How do I use Git LFS for large binary files?",
            "C|Our repo has huge .psd files committed directly. How do I move them to Git LFS?",
        ],
        why="Git LFS stores large files outside the repository and commits small pointer files instead.",
        steps=[
            ("Set up LFS once per machine", "git lfs install"),
            ("Track a pattern (writes .gitattributes)", 'git lfs track "*.psd"\ngit add .gitattributes'),
            ("Convert files already in history", 'git lfs migrate import --include="*.psd" --everything'),
        ],
        note="`migrate import` rewrites history, so coordinate a force push with your team.",
    ),
    T(
        asks=[
            "How do I clone only the latest commit of a large repository?",
            "What is a shallow clone and how do I convert it to a full one later?",
        ],
        why="A shallow clone downloads only recent history, which is much faster for CI or a quick look.",
        steps=[
            ("Latest commit only", "git clone --depth 1 https://github.com/acme/big-repo.git"),
            ("Fetch the rest later", "git fetch --unshallow"),
        ],
        note="Partial clones (`--filter=blob:none`) keep full history but fetch file contents on demand.",
    ),
    T(
        asks=[
            "How do I check out only one folder of a huge monorepo?",
            "How does git sparse-checkout work?",
        ],
        why="Sparse checkout limits which paths appear in your working tree; combined with a blobless "
        "partial clone, you also download far less.",
        steps=[
            (
                "Clone without file contents",
                "git clone --filter=blob:none --sparse https://github.com/acme/mono.git",
            ),
            ("Choose folders", "cd mono\ngit sparse-checkout set services/billing libs/common"),
        ],
    ),
    T(
        asks=[
            "How can I make my git repository smaller?",
            "C|The .git folder is 3 GB. How do I find out what is taking the space?",
        ],
        why="Measure first, then find the large blobs. Real shrinking usually needs a history rewrite, since "
        "`git gc` only removes unreachable objects.",
        steps=[
            ("Size of the object database", "git count-objects -vH"),
            (
                "Largest blobs in history",
                "git rev-list --objects --all | git cat-file "
                "--batch-check='%(objecttype) %(objectsize) %(rest)' | sort -k2 -n | tail -20",
            ),
            ("Pack and prune unreachable objects", "git gc --prune=now"),
        ],
    ),
    T(
        asks=[
            "How do I delete untracked files in git?",
            "What do the -n, -f, -d and -x flags of git clean do?",
        ],
        why="`git clean` removes untracked files. `-n` previews, `-f` is required to actually delete, `-d` "
        "includes directories and `-x` also removes ignored files such as build output.",
        steps=[
            ("Preview", "git clean -nd"),
            ("Delete untracked files and folders", "git clean -fd"),
            ("Pick interactively", "git clean -id"),
        ],
    ),
    T(
        asks=[
            "How do I sign my git commits with an SSH key?",
            "How do I get the 'Verified' badge on my commits on GitHub?",
        ],
        why="Since Git 2.34 commits can be signed with an SSH key instead of GPG. Add the same public key to "
        "your hosting account as a signing key.",
        steps=[
            ("Use SSH signatures", "git config --global gpg.format ssh"),
            ("Choose the key", "git config --global user.signingkey ~/.ssh/id_ed25519.pub"),
            ("Sign every commit", "git config --global commit.gpgsign true"),
        ],
    ),
    T(
        asks=[
            "How do I credit a co-author in a git commit?",
            "How does GitHub know about pair programming partners on a commit?",
        ],
        why="Add a `Co-authored-by:` trailer at the end of the commit message; GitHub and GitLab show both people.",
        steps=[
            (
                "Commit with a trailer",
                'git commit -m "Add rate limiter" -m "Co-authored-by: Grace Hopper <grace@example.com>"',
            )
        ],
    ),
    T(
        asks=[
            "How do I change the author of my last few commits?",
            "C|I committed with the wrong email on my laptop. How do I fix the author on those commits?",
        ],
        why="Fix your config, then rewrite the commits so they pick up the new identity.",
        steps=[
            ("Correct the config", "git config user.email me@company.com"),
            (
                "Re-author the last three commits",
                'git rebase -r --exec "git commit --amend --no-edit --reset-author" HEAD~3',
            ),
        ],
        rewrites=True,
    ),
]
