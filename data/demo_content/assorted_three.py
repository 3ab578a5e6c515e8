"""A third assortment: more git troubleshooting and short everyday questions."""

from demo_content.item import CODES, Item

GIT_TROUBLE = [
    (
        "C|git says 'Please commit your changes or stash them before you merge'. What should I do?",
        "A pull or "
        "merge would overwrite files you've modified. Commit your work if it's ready, or `git stash` it, run the "
        "pull, then `git stash pop`. If you don't need the changes, `git restore <file>` discards them.",
    ),
    (
        "C|What does 'warning: LF will be replaced by CRLF' mean?",
        "Git is converting line endings because "
        "`core.autocrlf` is enabled, typically on Windows. It's harmless, but a `.gitattributes` with `* text=auto` "
        "makes the behaviour consistent for the whole team.",
    ),
    (
        "C|Why does git show a file as modified when I haven't changed anything?",
        "Usually it's line endings or "
        "file permissions. `git diff` will show either whitespace-only changes or 'old mode 100644 new mode 100755'. "
        "Fix line endings with `.gitattributes`, and ignore permission changes with `git config core.fileMode false` "
        "if your file system doesn't track them.",
    ),
    (
        "C|git clone fails with 'SSL certificate problem: unable to get local issuer certificate'. How do I fix it?",
        "Your machine doesn't trust the certificate chain, often because of a corporate proxy. Point git at your "
        "company's CA bundle with `git config --global http.sslCAInfo /path/to/ca.pem`. Avoid disabling "
        "verification with `http.sslVerify false`; it exposes you to interception.",
    ),
    (
        "C|I accidentally ran git init in my home directory. How do I undo it?",
        "Delete the `.git` folder it created: "
        "`rm -rf ~/.git`. Make sure you're removing the one in your home directory and not inside a project. Nothing "
        "else was changed.",
    ),
    (
        "C|Why is git asking me to 'tell me who you are' when I commit?",
        "Git needs a name and email for the commit "
        'author. Set them once: `git config --global user.name "Your Name"` and `git config --global user.email '
        "you@example.com`.",
    ),
    (
        "C|How do I fix 'fatal: refusing to merge unrelated histories' when pulling a new GitHub repo?",
        "It happens "
        "when the local and remote repositories both have an initial commit. If you want to combine them, run "
        "`git pull origin main --allow-unrelated-histories`, resolve conflicts such as README, then push.",
    ),
    (
        "C|git push asks for a password and then says authentication failed, even with the right password. Why?",
        "GitHub no longer accepts account passwords for git over HTTPS. Create a personal access token and use it "
        "as the password (a credential manager will remember it), or switch the remote to SSH with a key.",
    ),
    (
        "C|After a merge, git log shows a commit 'Merge branch main of github.com/...'. Where did it come from?",
        "`git pull` merged the remote changes into your local commits, creating that merge commit. Use `git pull "
        "--rebase` (or `git config --global pull.rebase true`) if you prefer your local commits replayed on top "
        "instead.",
    ),
    (
        "C|git says my branch and origin/main 'have diverged'. What does that mean?",
        "Both sides have commits the "
        "other doesn't: you committed locally and someone pushed in the meantime. Integrate them with `git pull "
        "--rebase` (replay yours on top) or a merge, then push.",
    ),
    (
        "I|What is git blame's -C option for?",
        "`-C` makes blame detect lines moved or copied from other files in "
        "the same commit, so code that was refactored into a new file is attributed to its original author rather "
        "than the refactor. Repeat it (`-C -C`) to search more widely.",
    ),
    (
        "I|What is a detached worktree in git?",
        "It's a worktree created with `git worktree add --detach <path> "
        "<commit>`, which checks out a commit without a branch, handy for building or testing an old version "
        "without creating branch names.",
    ),
    (
        "I|How does git store file contents?",
        "Git stores each version of a file as a blob named by the hash of its "
        "content, so identical files are stored once. Trees map names to blobs, commits point to a tree, and "
        "packfiles later compress similar blobs as deltas.",
    ),
    (
        "A|Should I commit package-lock.json?",
        "Yes. The lock file pins exact dependency versions, so everyone and CI "
        "install the same tree and builds are reproducible. Libraries sometimes skip it, but applications should "
        "always commit it.",
    ),
    (
        "A|Is it bad practice to commit commented-out code?",
        "Mostly yes. Git already remembers old code, so "
        "commented-out blocks just add noise and go stale. Delete it; if it might be needed, mention the commit in "
        "a note or issue. A short example in a comment explaining usage is a different thing and fine.",
    ),
]

EVERYDAY = [
    (
        "I|What is the difference between latitude and longitude?",
        "Latitude measures how far north or south of the "
        "equator a place is (0 to 90 degrees). Longitude measures how far east or west of the prime meridian at "
        "Greenwich it is (0 to 180 degrees). Together they pinpoint any location.",
    ),
    (
        "I|What does a CPU do?",
        "The CPU (central processing unit) executes a program's instructions: arithmetic, "
        "comparisons, moving data and deciding what to do next. Modern CPUs have several cores working in "
        "parallel, and their speed depends on clock rate, cores and cache.",
    ),
    (
        "I|What is the difference between weight and mass?",
        "Mass is the amount of matter in an object, measured in "
        "kilograms, and is the same everywhere. Weight is the force of gravity on that mass, measured in newtons, so "
        "you'd weigh about a sixth as much on the Moon with the same mass.",
    ),
    (
        "I|How do antibiotics work?",
        "Antibiotics kill bacteria or stop them multiplying by targeting structures "
        "human cells don't have, such as bacterial cell walls or ribosomes. They don't work on viruses, and "
        "overusing them breeds resistant bacteria.",
    ),
    (
        "I|What is the Great Barrier Reef?",
        "It is the world's largest coral reef system, stretching over 2,300 km "
        "off the coast of Queensland, Australia. It's home to thousands of species and is threatened by warming "
        "seas, which cause coral bleaching.",
    ),
    (
        "I|What is the difference between an LLC and a corporation?",
        "Both protect owners from personal liability. "
        "An LLC is simpler to run and, by default, profits pass through to the owners' personal taxes. A "
        "corporation has shareholders, a board and more formalities, and can issue stock, which suits raising "
        "investment.",
    ),
    (
        "I|What is a calorie?",
        "A food calorie (kilocalorie) is the energy needed to raise the temperature of one "
        "kilogram of water by one degree Celsius. Food labels use it to show how much energy food provides.",
    ),
    (
        "I|How do plants know which way is up?",
        "Plant cells contain dense starch grains called statoliths that "
        "settle to the bottom under gravity. The plant senses their position and redistributes the hormone auxin, "
        "so roots grow down and shoots grow up (gravitropism).",
    ),
    (
        "I|What's the difference between a lake and a pond?",
        "There's no strict scientific line. Generally, ponds "
        "are small and shallow enough for sunlight to reach the bottom everywhere, so plants can grow across them, "
        "while lakes have deeper zones where light doesn't reach.",
    ),
    (
        "I|Who painted the Sistine Chapel ceiling?",
        "Michelangelo painted it between 1508 and 1512, commissioned by "
        "Pope Julius II. The famous 'Creation of Adam' is one of its central panels.",
    ),
    (
        "I|What is a sommelier?",
        "A sommelier is a trained wine professional, usually in a restaurant, who builds "
        "the wine list, stores wine properly and helps guests choose bottles that suit their food and budget.",
    ),
    (
        "I|How does a microwave oven heat food?",
        "It produces microwaves at about 2.45 GHz that make water molecules "
        "in food rotate rapidly, and that motion becomes heat. That's why food heats unevenly and why dry items "
        "barely warm up.",
    ),
    (
        "C|How do I read an Excel file in Python?",
        "With pandas and openpyxl installed:\n\n```python\nimport pandas as "
        "pd\n\ndf = pd.read_excel('report.xlsx', sheet_name='Sales')\nprint(df.head())\n```\n\nUse `sheet_name=None` "
        "to load every sheet into a dict of DataFrames.",
    ),
    (
        "C|How do I convert a string to a date in JavaScript?",
        "For ISO strings, `new Date('2024-05-17')` works, but "
        "note that date-only ISO strings are parsed as UTC. For other formats, parse the parts yourself or use a "
        "library such as date-fns (`parse('17/05/2024', 'dd/MM/yyyy', new Date())`).",
    ),
    (
        "C|How do I get the last element of a list in Python?",
        "Use negative indexing: `items[-1]`. It raises "
        "IndexError on an empty list, so check `if items:` first when the list might be empty.",
    ),
    (
        "C|What is a Python virtual environment for?",
        "It's an isolated folder with its own Python interpreter and "
        "packages, so each project can have its own dependency versions without conflicts. Create one with `python "
        "-m venv .venv` and activate it before installing packages.",
    ),
    (
        "C|How do I remove whitespace from both ends of a string in Python?",
        "`text.strip()` removes leading and "
        "trailing whitespace; `lstrip()` and `rstrip()` handle one side. Pass characters to strip others, e.g. "
        "`'--title--'.strip('-')`.",
    ),
    (
        "C|How do I make an HTTP POST request with curl and JSON?",
        "```bash\ncurl -X POST https://api.example.com/items "
        '\\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"name": "lamp", "price": 25}\'\n```\n\nAdd `-i` to '
        "see response headers.",
    ),
    (
        "A|How do I stay focused when studying at home?",
        "Study in a set place, put your phone in another room, and "
        "work in 25 to 50 minute blocks with short breaks. Decide exactly what you'll finish before each block. "
        "Background noise or a study-with-me video helps some people.",
    ),
    (
        "A|What's a good way to start saving for retirement in my twenties?",
        "Start now, even small: compound "
        "growth over 40 years does the heavy lifting. Take any employer match, use tax-advantaged accounts, invest "
        "in low-cost diversified index funds, and raise your contribution each time you get a raise.",
    ),
    (
        "A|How do I apologise to a friend I hurt?",
        "Apologise directly and specifically: name what you did and "
        "acknowledge how it affected them, without 'but' or excuses. Ask what would help, and then show the change "
        "over time. Give them space if they need it.",
    ),
    (
        "A|How can I reduce my electricity bill?",
        "Switch to LED bulbs, turn off standby devices at the plug, wash "
        "clothes at 30 °C, and air-dry when possible. Seal drafts, adjust the thermostat by a degree, and compare "
        "tariffs; heating and cooling usually dominate the bill.",
    ),
    (
        "A|How should I prepare for a long-haul flight with a toddler?",
        "Book a night flight if possible, bring new "
        "small toys to unwrap every hour, plenty of snacks, a tablet with downloaded shows and headphones, and a "
        "change of clothes for both of you. Walk the aisle together and don't worry about other passengers' looks.",
    ),
    (
        "B|Give me ideas for a science club at a primary school.",
        "- Build baking soda volcanoes\n- Grow crystals "
        "from salt\n- Make paper helicopters and test designs\n- Extract DNA from strawberries\n- Build a simple "
        "circuit with a lemon battery\n- Launch water rockets",
    ),
    (
        "B|What are some unusual ways to learn vocabulary in a new language?",
        "- Label objects around your home\n"
        "- Change your phone's language\n- Sing along to songs with lyrics\n- Keep a diary of three new words a "
        "day\n- Play word games with a tutor\n- Watch cartoons you already know",
    ),
    (
        "B|Suggest some names for a cat café.",
        "- The Purr House\n- Whisker & Whisk\n- Catpuccino\n- Meow & Then\n- The Napping Tabby\n- Paws for Coffee",
    ),
    (
        "B|What could I write a blog about as a nurse?",
        "- What a 12-hour shift really looks like\n- Tips for new "
        "graduate nurses\n- How patients can prepare for a hospital stay\n- Self-care after difficult shifts\n"
        "- Explaining common medical terms\n- Stories that changed how you practise",
    ),
    (
        "W|Write a short motivational quote about persistence.",
        "'The river cuts through rock not because of its power, but because of its persistence.'",
    ),
    (
        "W|Write a two-sentence story about a robot learning to paint.",
        "The robot painted the sunset perfectly, "
        "every colour exact, and the gallery called it flawless and forgettable. The next evening it let its brush "
        "shake, just a little, and for the first time someone stood in front of its canvas and cried.",
    ),
    (
        "W|Write a haiku about the last day of school.",
        "Lockers hang open,\nsummer waits beyond the bell,\nshoes squeak, then silence.",
    ),
    (
        "W|Write an epitaph for a very old car.",
        "Here rests the Volvo, faithful and slow;\n300,000 miles, with nowhere else to go.",
    ),
    (
        "L|Pretend you are a tea master explaining a Japanese tea ceremony to a guest.",
        "Welcome. Please, sit. In "
        "this room, there is no hurry. Watch how I clean the bowl and the whisk; every movement has a purpose and "
        "shows respect. When I hand you the tea, turn the bowl slightly before you drink, so you don't drink from "
        "its front. Taste it slowly. This moment will not come again.",
    ),
    (
        "L|Act as a skeptical scientist reviewing a claim that a new bracelet cures headaches.",
        "Interesting claim. "
        "What's the evidence? I'd want a randomised, double-blind trial comparing the bracelet with an identical "
        "fake, with enough participants and a pre-registered outcome. Headaches come and go on their own, and the "
        "placebo effect is strong for pain, so testimonials don't tell us much.",
    ),
    (
        'E|Rewrite this sentence to sound more confident: "I think maybe I could possibly help with the project."',
        '"I can help with the project."',
    ),
    ("E|Translate 'The museum is closed on Mondays' into Spanish.", "El museo está cerrado los lunes."),
    (
        'E|Make this email subject line clearer: "Stuff for tomorrow"',
        '"Agenda and documents for tomorrow\'s 10 a.m. planning meeting"',
    ),
    (
        'E|Correct this: "The team are working hard, they will finish soon."',
        '"The team is working hard and will '
        "finish soon.\" (In British English 'the team are' is also acceptable, but the comma splice should be fixed "
        "either way.)",
    ),
    (
        "O|What rhymes with 'orange'?",
        "Almost nothing perfectly. 'Sporange' (a botanical term) is the classic "
        "answer, and near rhymes like 'door hinge' work in songs.",
    ),
    (
        "O|How many continents are there?",
        "Seven by the most common count in English-speaking countries: Africa, "
        "Antarctica, Asia, Australia (Oceania), Europe, North America and South America. Some models combine the "
        "Americas or Europe and Asia.",
    ),
    (
        "O|Suggest a fun name for a Wi-Fi network.",
        "'Pretty Fly for a Wi-Fi', 'The LAN Before Time', 'Bill Wi the Science Fi' or 'Abraham Linksys'.",
    ),
    (
        "O|What's the longest word in English?",
        "In major dictionaries it's usually 'pneumonoultramicroscopicsilico"
        "volcanoconiosis' (45 letters), a lung disease caused by inhaling very fine silica dust. Technical chemical "
        "names can be far longer.",
    ),
    (
        "P|Plan a cosy movie marathon night for four friends.",
        "- Pick a theme, like 90s comedies or a trilogy\n"
        "- Start at 6 p.m. with the lightest film\n- Dinner break between films one and two: homemade pizza\n"
        "- Popcorn bar with three toppings\n- Blankets and cushions on the floor\n- Finish with the favourite by 11",
    ),
    (
        "P|Plan a week of packed lunches for work.",
        "- Monday: chicken and quinoa salad\n- Tuesday: leftover "
        "curry with rice\n- Wednesday: hummus, falafel and veg wrap\n- Thursday: pasta salad with tuna and "
        "sweetcorn\n- Friday: soup in a flask and a sandwich\n\nPrep grains and chop vegetables on Sunday.",
    ),
    (
        "R|If three cats catch three mice in three minutes, how many cats are needed to catch 100 mice in 100 minutes?",
        "Each cat catches one mouse every three minutes, so in 100 minutes one cat catches about 33. "
        "Three cats catch 100 mice in 100 minutes: **3 cats**.",
    ),
    (
        "R|With a 7-minute hourglass and an 11-minute hourglass, how can you time exactly 15 minutes?",
        "Start "
        "both. When the 7-minute glass empties, flip it. When the 11-minute glass empties (11 minutes in), the "
        "7-minute glass has 4 minutes of sand in its lower half; flip it again and let those 4 minutes run out. "
        "11 + 4 = 15 minutes.",
    ),
    (
        "R|A bus has 20 passengers. At the first stop 5 get off and 8 get on; at the second stop 10 get off and 3 get "
        "on. How many are on the bus?",
        "20 - 5 + 8 = 23, then 23 - 10 + 3 = 16 passengers (plus the driver).",
    ),
]


def assorted_three_items() -> list[Item]:
    """Rows for every entry."""
    items = [Item(text[2:], answer, CODES[text[0]], theme="git") for text, answer in GIT_TROUBLE]
    items += [Item(text[2:], answer, CODES[text[0]]) for text, answer in EVERYDAY]
    return items
