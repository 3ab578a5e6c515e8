"""More coding rows: everyday Python utilities and questions about other languages and tools."""

from demo_content.item import Item

# (request, code, note); each request is phrased the way people actually ask.
PYTHON_MORE = [
    (
        "How do I read a JSON file in Python and pretty-print it?",
        "import json\n\nwith open('config.json', encoding='utf-8') as handle:\n    data = json.load(handle)\n"
        "print(json.dumps(data, indent=2, ensure_ascii=False))",
        "`json.load` parses the file into dicts and lists; `indent=2` formats the output.",
    ),
    (
        "Write a Python script that renames all .txt files in a folder to lowercase names.",
        "from pathlib import Path\n\nfor path in Path('notes').glob('*.txt'):\n    target = path.with_name(path.name.lower())\n"
        "    if target != path:\n        path.rename(target)",
        "Files whose names are already lowercase are left alone.",
    ),
    (
        "How can I get today's date in the format YYYY-MM-DD in Python?",
        "from datetime import date\n\nprint(date.today().isoformat())  # e.g. 2024-05-17",
        "For other formats use `strftime`, e.g. `date.today().strftime('%d/%m/%Y')`.",
    ),
    (
        "Write a Python function that checks if two strings are anagrams.",
        "from collections import Counter\n\n\ndef are_anagrams(a: str, b: str) -> bool:\n"
        "    return Counter(a.replace(' ', '').lower()) == Counter(b.replace(' ', '').lower())",
        "Comparing letter counts is O(n), faster than sorting both strings.",
    ),
    (
        "How do I send an HTTP GET request with query parameters using the requests library?",
        "import requests\n\nresponse = requests.get('https://api.example.com/search', params={'q': 'git', 'page': 2}, timeout=10)\n"
        "response.raise_for_status()\nprint(response.json())",
        "`params` handles URL encoding, and `raise_for_status` turns 4xx/5xx responses into exceptions. Always set a timeout.",
    ),
    (
        "Write a Python generator that yields the lines of a large file without loading it all into memory.",
        "def read_lines(path: str):\n    with open(path, encoding='utf-8') as handle:\n        for line in handle:\n"
        "            yield line.rstrip('\\n')",
        "Iterating over a file object reads it lazily, one line at a time.",
    ),
    (
        "How do I sort a list of dictionaries by a key in Python?",
        "people = [{'name': 'Ana', 'age': 31}, {'name': 'Ben', 'age': 25}]\npeople.sort(key=lambda p: p['age'])\n"
        "# newest first: sorted(people, key=lambda p: p['age'], reverse=True)",
        "`operator.itemgetter('age')` is a slightly faster alternative to the lambda.",
    ),
    (
        "Write a Python class for a simple bank account with deposit and withdraw methods.",
        "class BankAccount:\n    def __init__(self, owner: str, balance: float = 0.0):\n        self.owner = owner\n"
        "        self.balance = balance\n\n    def deposit(self, amount: float) -> None:\n        if amount <= 0:\n"
        "            raise ValueError('deposit must be positive')\n        self.balance += amount\n\n"
        "    def withdraw(self, amount: float) -> None:\n        if amount > self.balance:\n"
        "            raise ValueError('insufficient funds')\n        self.balance -= amount",
        "For real money, store cents as integers or use `decimal.Decimal` to avoid float rounding.",
    ),
    (
        "How do I run a shell command from Python and capture its output?",
        "import subprocess\n\nresult = subprocess.run(['ls', '-l'], capture_output=True, text=True, check=True)\n"
        "print(result.stdout)",
        "Passing a list avoids the shell (and injection risks); `check=True` raises if the command fails.",
    ),
    (
        "Write a function that converts a number of seconds into hours, minutes and seconds.",
        "def hms(total_seconds: int) -> str:\n    hours, rest = divmod(total_seconds, 3600)\n"
        "    minutes, seconds = divmod(rest, 60)\n    return f'{hours:02d}:{minutes:02d}:{seconds:02d}'",
        "`hms(3725)` returns '01:02:05'. `divmod` gives quotient and remainder in one step.",
    ),
    (
        "How do I merge two dictionaries in Python?",
        "defaults = {'color': 'blue', 'size': 'M'}\nchoices = {'size': 'L'}\nmerged = defaults | choices  # Python 3.9+\n"
        "# older versions: merged = {**defaults, **choices}",
        "When keys clash, the right-hand dictionary wins, so `merged['size']` is 'L'.",
    ),
    (
        "Write a Python script that downloads a web page and counts the links on it.",
        "from html.parser import HTMLParser\nfrom urllib.request import urlopen\n\n\nclass LinkCounter(HTMLParser):\n"
        "    def __init__(self):\n        super().__init__()\n        self.count = 0\n\n"
        "    def handle_starttag(self, tag, attrs):\n        if tag == 'a' and dict(attrs).get('href'):\n"
        "            self.count += 1\n\n\nparser = LinkCounter()\n"
        "parser.feed(urlopen('https://example.com').read().decode('utf-8', 'replace'))\nprint(parser.count)",
        "This uses only the standard library; BeautifulSoup makes more complex scraping easier.",
    ),
    (
        "How can I find the most common words in a text file, ignoring stop words?",
        "import re\nfrom collections import Counter\n\nSTOP = {'the', 'a', 'an', 'and', 'of', 'to', 'in', 'is', 'it'}\n"
        "text = open('essay.txt', encoding='utf-8').read().lower()\n"
        'words = [w for w in re.findall(r"[a-z\']+", text) if w not in STOP]\nprint(Counter(words).most_common(10))',
        "Extend the stop-word set, or use the list from a library such as NLTK, for better results.",
    ),
    (
        "Write a Python function that validates a password: at least 8 characters, one digit and one uppercase letter.",
        "import re\n\n\ndef valid_password(password: str) -> bool:\n    return (len(password) >= 8\n"
        "            and re.search(r'\\d', password) is not None\n            and re.search(r'[A-Z]', password) is not None)",
        "Length matters far more than character rules; consider also checking against lists of breached passwords.",
    ),
    (
        "How do I parse command-line arguments in a Python script?",
        "import argparse\n\nparser = argparse.ArgumentParser(description='Resize images')\n"
        "parser.add_argument('folder')\nparser.add_argument('--width', type=int, default=800)\n"
        "args = parser.parse_args()\nprint(args.folder, args.width)",
        "argparse generates `--help` output and error messages for you.",
    ),
    (
        "Write a Python function that returns the n largest numbers in a list.",
        "import heapq\n\n\ndef largest(numbers: list[float], n: int) -> list[float]:\n    return heapq.nlargest(n, numbers)",
        "`heapq.nlargest` is O(len(numbers) × log n), better than sorting everything when n is small.",
    ),
    (
        "How do I write a list of dictionaries to a CSV file in Python?",
        "import csv\n\nrows = [{'name': 'Ana', 'score': 91}, {'name': 'Ben', 'score': 78}]\n"
        "with open('scores.csv', 'w', newline='', encoding='utf-8') as handle:\n"
        "    writer = csv.DictWriter(handle, fieldnames=['name', 'score'])\n    writer.writeheader()\n    writer.writerows(rows)",
        "`newline=''` prevents blank lines between rows on Windows.",
    ),
    (
        "Write a simple Python context manager that times a block of code.",
        "import time\nfrom contextlib import contextmanager\n\n\n@contextmanager\ndef timer(label: str):\n"
        "    start = time.perf_counter()\n    try:\n        yield\n    finally:\n"
        "        print(f'{label}: {time.perf_counter() - start:.3f}s')\n\n\nwith timer('load'):\n    sum(range(10_000_000))",
        "The `finally` block reports the time even if the code inside raises.",
    ),
]

OTHER_MORE = [
    (
        "How do I center a div horizontally and vertically with CSS?",
        "Flexbox on the parent does it:\n\n```css\n.parent {\n  display: flex;\n  justify-content: center;\n"
        "  align-items: center;\n  min-height: 100vh;\n}\n```\n\n`display: grid; place-items: center;` is an even "
        "shorter alternative.",
    ),
    (
        "Write a TypeScript interface for a user with an optional phone number.",
        "```typescript\ninterface User {\n  id: number;\n  name: string;\n  email: string;\n  phone?: string;\n}\n```\n\n"
        "The `?` makes `phone` optional, so its type is `string | undefined`.",
    ),
    (
        "What is the difference between == and === in JavaScript?",
        "`===` compares value and type without conversion, while `==` converts types first, which gives surprises "
        "like `0 == ''` being true. Use `===` by default; `x == null` is the one common exception, matching both "
        "null and undefined.",
    ),
    (
        "How do I list all running Docker containers and stop one?",
        "```bash\ndocker ps                 # running containers\ndocker ps -a              # including stopped ones\n"
        "docker stop <container-id-or-name>\n```\n\n`docker rm` removes a stopped container; `docker stop $(docker ps "
        "-q)` stops all of them.",
    ),
    (
        "Write a GitHub Actions workflow that runs pytest on every push.",
        "```yaml\nname: tests\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n"
        "          python-version: '3.12'\n      - run: pip install -r requirements.txt pytest\n      - run: pytest\n```\n\n"
        "Save it as `.github/workflows/tests.yml`.",
    ),
    (
        "What does `async`/`await` do in Python?",
        "`async def` defines a coroutine, and `await` pauses it until another coroutine or I/O operation finishes, "
        "letting the event loop run other tasks meanwhile. It's for I/O-bound concurrency (many network requests), "
        "not for speeding up CPU-heavy code.",
    ),
    (
        "Explain Big O notation with simple examples.",
        "Big O describes how an algorithm's running time or memory grows with input size n, ignoring constants. "
        "Looking up a dict key is O(1), scanning a list is O(n), sorting is O(n log n), and comparing every pair is "
        "O(n²). It tells you what happens when n gets large.",
    ),
    (
        "How do I create an index in PostgreSQL to speed up lookups by email?",
        "```sql\nCREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n```\n\n`CONCURRENTLY` avoids locking the "
        "table against writes while the index builds. If emails must be unique, use `CREATE UNIQUE INDEX` instead. "
        "Check it's used with `EXPLAIN ANALYZE`.",
    ),
]


def coding_more_items() -> list[Item]:
    """Extra Python utilities and general programming questions."""
    items = []
    for n, (ask, code, note) in enumerate(PYTHON_MORE):
        opener = ["", "Here's one way:\n\n", "You can do it like this:\n\n"][n % 3]
        items.append(Item(ask, f"{opener}```python\n{code}\n```\n\n{note}", "Coding & Debugging"))
    items += [Item(ask, answer, "Coding & Debugging") for ask, answer in OTHER_MORE]
    return items
