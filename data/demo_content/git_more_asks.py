"""More ways people ask the git tasks, keyed by the task's position in git_rows.all_tasks()."""

EXTRA_ASKS = {
    0: [
        "C|Oops, I ran git commit before running the tests. How do I take that commit back and keep everything "
        "staged so I can recommit after fixing?"
    ],
    1: ["R|If I run git reset HEAD~1 with no flags, what happens to my files and to the staging area?"],
    2: ["How do I hard reset my branch to the previous commit?"],
    3: [
        "P|A commit that broke production is already on main and deployed. What's the safest sequence of git "
        "commands to roll it back?"
    ],
    4: [
        "A|We merged a feature branch too early. Is reverting the merge commit the right move, and what "
        "happens when we want to merge it again later?"
    ],
    5: [
        "E|My last commit says 'fixed bug' and I want it to say 'Fix null check in payment webhook'. It's not "
        "pushed. What's the command?"
    ],
    6: ["C|I committed my code but left out the new test file I wrote. Can I fold it into that same commit?"],
    7: ["What's the cleanest way to drop one file from a commit I haven't pushed yet?"],
    8: ["C|I staged everything with git add . but only meant to commit two files. How do I unstage the rest?"],
    9: ["What command reverts a modified file in my working tree to what's in HEAD?"],
    10: [
        "C|After a failed code generator run my repo has hundreds of new files and modified files. How do I "
        "wipe all of it?"
    ],
    11: ["C|Is there a way to split an amended commit back into the original commit plus the new changes?"],
    12: ["C|Panic: I did git reset --hard origin/main and my last four local commits are gone. Help!"],
    13: ["Where do deleted git branches go, and can they be restored?"],
    14: ["C|I rebased onto the wrong branch and now my history is a mess. How do I get back to the pre-rebase state?"],
    15: ["How do I abort a git merge that has conflicts?"],
    16: [
        "C|I forgot to create a branch and made my changes directly on develop. How do I put them on "
        "feature/reporting instead?"
    ],
    17: ["How do I transfer a commit from one branch to another and delete it from the original?"],
    18: ["C|git stash clear wiped out all my stashes. Is there any way to bring them back?"],
    19: ["R|Why can the reflog recover commits that git log no longer shows?"],
    20: ["How do I use time-based references like @{1.week.ago} in git?"],
    21: [
        "C|I pulled from origin and now three files have conflicts. Walk me through fixing them.",
        "A|What's a sensible workflow for resolving a large merge with dozens of conflicts?",
    ],
    22: ["C|In a rebase conflict I want to keep my own version of the file. Is that --ours or --theirs?"],
    23: ["How do I get git to show the common ancestor in conflict markers?"],
    24: ["How do I configure a GUI merge tool such as Meld for git?"],
    25: ["How does git remember conflict resolutions between rebases?"],
    26: ["C|Two designers edited the same Photoshop file on different branches. How do we resolve that in git?"],
    27: [
        "C|I'm in the middle of a rebase and git says 'You must edit all merge conflicts and then mark them as "
        "resolved'. What exactly should I run?"
    ],
    28: ["How do I bring back a file I deleted and committed last week?"],
    29: ["How do I print a file's contents from an older commit without changing my working tree?"],
    30: ["How do I rename the branch I'm currently on?"],
    31: ["C|git branch -d says 'the branch is not fully merged'. Should I force delete it?"],
    32: ["What does git branch -vv show, and what is a tracking branch?"],
    33: [
        "P|Our repository has hundreds of stale local branches after a year of work. How can I clean them up "
        "without losing anything unmerged?"
    ],
    34: [
        "C|git pull keeps showing old branches that were deleted on the server months ago. How do I clean them "
        "up automatically?"
    ],
    35: ["How can I check whether a hotfix commit made it into a specific release tag?"],
    36: ["How do I see only my branch's changes compared with main, like a pull request diff?"],
    37: ["Why did git add the switch and restore commands?"],
    38: ["C|git status says HEAD detached at 4e1f2a9. How did that happen and how do I get back to my branch?"],
    39: ["C|How do I pull the latest changes from the original repo into my GitHub fork from the command line?"],
    40: ["C|Our repository moved to a new Git server. How do I update the remote in my local clone?"],
    41: ["A|Should I use git pull or git fetch followed by git merge?"],
    42: ["What's the difference between git push --force and --force-with-lease?"],
    43: [
        "How do I turn my last three commits into one before pushing?",
        "C|The reviewer asked me to squash my PR into a single commit. My branch is already pushed. What do I do?",
    ],
    44: ["How do I reword a commit message that's deep in the history of my branch?"],
    45: [
        "C|A commit in the middle of my branch accidentally deleted a config file. I want to remove that "
        "commit entirely. How?"
    ],
    46: ["C|I need to amend a commit that is five commits back. How can I do that?"],
    47: ["How do I break a large commit into smaller, focused commits?"],
    48: ["What does git commit --fixup do?"],
    49: ["C|My pull request says 'This branch is out-of-date with the base branch'. How do I update it with rebase?"],
    50: ["How do I transplant a range of commits onto a different base branch?"],
    51: ["A|Why do some teams forbid rebasing shared branches?"],
    52: ["What does setting pull.rebase to true change?"],
    53: ["How do I preserve merge commits when rebasing in git?"],
    54: ["How do I list all my stashes and apply one that isn't the most recent?"],
    55: ["How do I include ignored files in a git stash?"],
    56: ["C|I want to stash only the changes in one file and keep the rest. What's the command?"],
    57: ["Does git stash pop delete the stash?"],
    58: ["How do I see which files a stash changes?"],
    59: ["What does git stash branch do?"],
    60: ["How do I test only my staged changes by temporarily stashing the rest?"],
    61: ["C|After git stash pop I have conflict markers in two files. Is my stash lost?"],
    62: ["How do I apply a single commit from main onto my release branch?"],
    63: ["C|How do I cherry-pick commits 1a2b3c through 9f8e7d, including both ends?"],
    64: ["How do I use cherry-pick -x and why would I?"],
    65: ["How do I abort a cherry-pick in progress?"],
    66: ["What does the -m option mean for git cherry-pick?"],
    67: ["How do I combine the changes from three commits into my working tree without committing each one?"],
    68: [
        "C|A performance regression slipped in somewhere between v2.3 and v2.4. How can git help me find the "
        "exact commit?",
        "What is git bisect?",
    ],
    69: ["C|How do I make git bisect run my pytest test automatically on each commit?"],
    70: ["C|During git bisect some commits don't compile. What should I do with those?"],
    71: ["How do I find every commit whose message mentions a bug id, across all branches?"],
    72: ["What is the git pickaxe option and how do I use it?"],
    73: ["C|How do I find out who introduced a specific line in a file and in which commit?"],
    74: ["What is a .git-blame-ignore-revs file?"],
    75: [
        "C|git log on my file only shows two commits, but it has a long history under its old name. How do I "
        "see it all?"
    ],
    76: ["How can I visualise branches and merges in the terminal?"],
    77: ["How do I see exactly what I'm about to commit?"],
    78: ["C|I tagged a release with plain git tag v1.0 and the tag has no message or date. Did I do it wrong?"],
    79: ["How do I move a tag to a different commit?"],
    80: ["How do I generate a version number from the nearest git tag in a build script?"],
    81: ["What is a git worktree and when is it useful?"],
    82: ["How do I search all files in a git repo for a function name?"],
    83: ["How do I get the total number of commits in a git repository?"],
    84: ["C|Before merging, I want the exact commit where my branch split off from main. Which command gives me that?"],
    85: ["C|Our CI can't access our repo, but I need to send a colleague my last three commits by email. How?"],
    86: ["How can I give a client a clean copy of our code at v1.0.0, without the history?"],
    87: ["What are git submodules and when should I use them?"],
    88: ["C|After git pull, my submodule shows as modified but I didn't touch it. How do I sync it?"],
    89: ["How do I pin a submodule to a newer version of the library?"],
    90: ["How do I completely delete a submodule from a repository?"],
    91: ["What happens to commits I make inside a submodule?"],
    92: ["C|git submodule update fails because the submodule's repository moved. How do I fix the URL?"],
    93: ["How do I check the status of every submodule at once?"],
    94: ["C|How do I make git refuse a commit when the linter finds problems?"],
    95: ["C|How can I make git reject commit messages that don't start with a type like feat: or fix:?"],
    96: ["How do I stop a push if the tests fail, using git hooks?"],
    97: ["What is core.hooksPath in git?"],
    98: ["What does git commit --no-verify do?"],
    99: [
        "C|Our Jira ticket keys are in branch names like feature/PAY-42-refunds. Can git add PAY-42 to my commit messages for me?"
    ],
    100: ["How do I run a command automatically after every git checkout?"],
    101: [
        "C|How can I use one email for GitHub work repos and another for personal repos without changing it manually?"
    ],
    102: ["C|My commits show up as 'unknown author' on GitHub. How do I set my identity?"],
    103: ["How do I create a git alias that runs a shell command?"],
    104: ["How do I change the default branch name for git init?"],
    105: ["What does core.autocrlf do in git?"],
    106: ["How do I cache my git credentials on Linux?"],
    107: ["Why doesn't my negation pattern in .gitignore work?"],
    108: ["C|I committed my .env file by mistake. How do I remove it from the repo but keep it locally?"],
    109: ["Where does git look for a global ignore file?"],
    110: ["C|My new file isn't showing up in git status. How do I check if it's being ignored?"],
    111: ["How do I stop git from showing changes to a local config file without adding it to .gitignore?"],
    112: ["How do I use git filter-repo to delete a file from all commits?"],
    113: ["C|git push is slow because of big video files. How do I move them to Git LFS?"],
    114: ["C|Our CI clones take five minutes. How can I speed up git clone?"],
    115: ["How do I clone just a subdirectory of a git repository?"],
    116: ["How do I find the biggest files in my git history?"],
    117: ["What does git clean -fdx do?"],
    118: ["How do I enable commit signing in git?"],
    119: ["What is a git commit trailer?"],
    120: ["How do I fix the wrong email on commits I've already made?"],
}

# A further angle on some tasks: teaching, scripting, or a teammate's situation.
SECOND_ASKS = {
    3: "A|My teammate wants to fix a bad commit on main with reset and force push. How do I convince them revert is safer?",
    5: "How do I fix a commit message after I've already pushed the commit to my own feature branch?",
    9: "C|I changed a config file while debugging and want the original back. Which git command does that?",
    12: "R|Why can git recover commits after a hard reset but not uncommitted changes?",
    14: "How do I use ORIG_HEAD to go back after a rebase or merge?",
    16: "P|I've been committing to main locally for two days instead of using a branch. Plan the steps to fix this before I push.",
    21: "R|Why does git sometimes merge automatically and sometimes report a conflict?",
    28: "C|Our CI broke because a helper script was deleted two weeks ago. How do I find and restore it?",
    30: "C|git push for my renamed branch created a new branch and the old one still exists on GitHub. How do I clean up?",
    36: "R|If feature has 5 commits and main has 3 new commits since they diverged, what does git log main..feature show?",
    41: "R|After git fetch, why doesn't my local branch show the new commits from origin?",
    42: "C|git push is rejected with 'non-fast-forward' after I rebased. What's the right fix?",
    51: "B|Give me arguments for and against a rebase-only workflow on a team of ten developers.",
    55: "C|I stashed my work but my new config files were left behind and now git switch complains. What happened?",
    68: "P|Outline how to run a bisect session across 1,000 commits when each test run takes ten minutes.",
    97: "A|pre-commit framework or plain git hooks: which should a small team choose?",
    101: "P|I'm setting up a new laptop for both freelance clients and my day job. How should I organise my git identities?",
    112: "P|A developer committed AWS keys to a public repo an hour ago. What should we do, in order?",
    120: "R|If I change the author of my last three commits with a rebase, what happens to their commit hashes and why?",
}
