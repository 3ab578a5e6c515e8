"""Coding rows: small functions with working solutions, in the way people ask for them."""

import random

from demo_content.item import Item

ASK_TEMPLATES = [
    "Write a Python function that {task}.",
    "How can I write a Python function to {verb}?",
    "I need a Python function that {task}. Can you help?",
    "Show me a clean Python implementation of a function that {task}.",
]

# (task phrased as 'that ...', task phrased as a verb, code, one-line explanation)
PYTHON = [
    (
        "checks whether a string is a palindrome, ignoring case and punctuation",
        "check if a string is a palindrome ignoring case and punctuation",
        "def is_palindrome(text: str) -> bool:\n    cleaned = [c.lower() for c in text if c.isalnum()]\n"
        "    return cleaned == cleaned[::-1]",
        "It keeps only letters and digits, lower-cases them and compares the list with its reverse.",
    ),
    (
        "returns the n-th Fibonacci number iteratively",
        "compute the n-th Fibonacci number without recursion",
        "def fibonacci(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a",
        "The loop runs in O(n) time and O(1) memory, avoiding the exponential cost of naive recursion.",
    ),
    (
        "counts how often each word appears in a text",
        "count word frequencies in a piece of text",
        "import re\nfrom collections import Counter\n\n\ndef word_counts(text: str) -> Counter:\n"
        '    return Counter(re.findall(r"[a-z\']+", text.lower()))',
        "`Counter.most_common(10)` then gives you the top ten words.",
    ),
    (
        "flattens a nested list of arbitrary depth",
        "flatten an arbitrarily nested list",
        "def flatten(items: list) -> list:\n    flat = []\n    for item in items:\n        if isinstance(item, list):\n"
        "            flat.extend(flatten(item))\n        else:\n            flat.append(item)\n    return flat",
        "Recursion handles any depth; for extremely deep nesting, switch to an explicit stack.",
    ),
    (
        "removes duplicates from a list while keeping the original order",
        "deduplicate a list but keep its order",
        "def unique_in_order(items: list) -> list:\n    return list(dict.fromkeys(items))",
        "Dictionaries preserve insertion order, so `dict.fromkeys` keeps the first occurrence of each item.",
    ),
    (
        "checks whether a number is prime",
        "test whether an integer is prime",
        "def is_prime(n: int) -> bool:\n    if n < 2:\n        return False\n    i = 2\n    while i * i <= n:\n"
        "        if n % i == 0:\n            return False\n        i += 1\n    return True",
        "Checking divisors up to the square root is enough, because any larger factor pairs with a smaller one.",
    ),
    (
        "merges two sorted lists into one sorted list",
        "merge two already sorted lists efficiently",
        "def merge_sorted(a: list, b: list) -> list:\n    merged, i, j = [], 0, 0\n    while i < len(a) and j < len(b):\n"
        "        if a[i] <= b[j]:\n            merged.append(a[i])\n            i += 1\n        else:\n"
        "            merged.append(b[j])\n            j += 1\n    return merged + a[i:] + b[j:]",
        "It walks both lists once, O(len(a) + len(b)). `heapq.merge` does the same lazily.",
    ),
    (
        "groups a list of words into anagram groups",
        "group words that are anagrams of each other",
        "from collections import defaultdict\n\n\ndef anagram_groups(words: list[str]) -> list[list[str]]:\n"
        "    groups = defaultdict(list)\n    for word in words:\n        groups[''.join(sorted(word))].append(word)\n"
        "    return list(groups.values())",
        "Sorting the letters gives every anagram the same key.",
    ),
    (
        "converts a Roman numeral to an integer",
        "convert Roman numerals like MCMXCIV to integers",
        "def roman_to_int(numeral: str) -> int:\n    values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}\n"
        "    total = 0\n    for current, following in zip(numeral, numeral[1:] + ' '):\n"
        "        value = values[current]\n        total += -value if following != ' ' and values[following] > value else value\n"
        "    return total",
        "A symbol smaller than the one after it is subtracted (the I in IV); otherwise it is added.",
    ),
    (
        "finds the two numbers in a list that add up to a target",
        "solve the two-sum problem in linear time",
        "def two_sum(numbers: list[int], target: int) -> tuple[int, int] | None:\n    seen = {}\n"
        "    for index, value in enumerate(numbers):\n        if target - value in seen:\n"
        "            return seen[target - value], index\n        seen[value] = index\n    return None",
        "A dict of values already seen turns the O(n²) double loop into a single O(n) pass.",
    ),
    (
        "splits a list into chunks of a given size",
        "split a list into fixed-size chunks",
        "def chunks(items: list, size: int) -> list[list]:\n    return [items[i:i + size] for i in range(0, len(items), size)]",
        "The last chunk is shorter when the length isn't a multiple of size. Python 3.12 adds `itertools.batched`.",
    ),
    (
        "validates an email address with a simple regular expression",
        "do a basic email format check",
        'import re\n\nEMAIL = re.compile(r"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")\n\n\ndef looks_like_email(address: str) -> bool:\n'
        "    return bool(EMAIL.match(address))",
        "This catches obvious typos only; the real test of an address is sending a confirmation email.",
    ),
    (
        "reads a CSV file and returns the average of one column",
        "average a numeric column of a CSV file",
        "import csv\n\n\ndef column_average(path: str, column: str) -> float:\n    with open(path, newline='') as handle:\n"
        "        values = [float(row[column]) for row in csv.DictReader(handle) if row[column]]\n"
        "    return sum(values) / len(values)",
        "Empty cells are skipped; it raises ZeroDivisionError if the column has no values at all.",
    ),
    (
        "retries another function with exponential backoff",
        "retry a flaky call with exponential backoff",
        "import time\n\n\ndef retry(call, attempts: int = 5, base_delay: float = 0.5):\n    for attempt in range(attempts):\n"
        "        try:\n            return call()\n        except Exception:\n            if attempt == attempts - 1:\n"
        "                raise\n            time.sleep(base_delay * 2 ** attempt)",
        "The delay doubles after each failure; in production catch only the exceptions that are worth retrying.",
    ),
    (
        "returns the most common element in a list",
        "find the most frequent item in a list",
        "from collections import Counter\n\n\ndef most_common(items: list):\n    return Counter(items).most_common(1)[0][0]",
        "Ties go to the element seen first; it raises IndexError for an empty list.",
    ),
    (
        "converts a temperature from Celsius to Fahrenheit and back",
        "convert temperatures between Celsius and Fahrenheit",
        "def c_to_f(celsius: float) -> float:\n    return celsius * 9 / 5 + 32\n\n\ndef f_to_c(fahrenheit: float) -> float:\n"
        "    return (fahrenheit - 32) * 5 / 9",
        "Two small functions are clearer than one with a mode flag.",
    ),
    (
        "computes the factorial of a number recursively",
        "calculate a factorial using recursion",
        "def factorial(n: int) -> int:\n    if n < 0:\n        raise ValueError('n must be non-negative')\n"
        "    return 1 if n <= 1 else n * factorial(n - 1)",
        "For large n, `math.factorial` is faster and avoids the recursion limit.",
    ),
    (
        "checks whether brackets in a string are balanced",
        "validate that (), [] and {} are properly nested",
        "def balanced(text: str) -> bool:\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n"
        "    for char in text:\n        if char in '([{':\n            stack.append(char)\n        elif char in pairs:\n"
        "            if not stack or stack.pop() != pairs[char]:\n                return False\n    return not stack",
        "A stack remembers the open brackets; each closing one must match the most recent opener.",
    ),
    (
        "returns all permutations of a string",
        "generate every permutation of a string",
        "from itertools import permutations\n\n\ndef all_permutations(text: str) -> list[str]:\n"
        "    return [''.join(p) for p in permutations(text)]",
        "A string of length n has n! permutations, so this grows very fast.",
    ),
    (
        "finds the longest common prefix of a list of strings",
        "get the longest common prefix of several strings",
        "import os\n\n\ndef common_prefix(words: list[str]) -> str:\n    return os.path.commonprefix(words)",
        "Despite its module, `os.path.commonprefix` works character by character on any strings.",
    ),
    (
        "performs binary search on a sorted list",
        "implement binary search",
        "def binary_search(items: list, target) -> int:\n    low, high = 0, len(items) - 1\n    while low <= high:\n"
        "        mid = (low + high) // 2\n        if items[mid] == target:\n            return mid\n"
        "        if items[mid] < target:\n            low = mid + 1\n        else:\n            high = mid - 1\n    return -1",
        "Each step halves the range, so it takes O(log n) comparisons. The `bisect` module has ready-made helpers.",
    ),
    (
        "caches the results of an expensive function",
        "memoize a slow function",
        "from functools import lru_cache\n\n\n@lru_cache(maxsize=None)\ndef slow_square(n: int) -> int:\n    return n * n",
        "`lru_cache` stores results keyed by the arguments, which must be hashable.",
    ),
    (
        "converts snake_case to camelCase",
        "turn snake_case identifiers into camelCase",
        "def to_camel(name: str) -> str:\n    first, *rest = name.split('_')\n    return first + ''.join(part.title() for part in rest)",
        "`to_camel('user_id_value')` returns 'userIdValue'.",
    ),
    (
        "rotates a matrix 90 degrees clockwise",
        "rotate a square matrix by 90 degrees clockwise",
        "def rotate(matrix: list[list]) -> list[list]:\n    return [list(row) for row in zip(*matrix[::-1])]",
        "Reversing the rows and then transposing with `zip(*...)` gives a clockwise rotation.",
    ),
    (
        "parses a query string into a dictionary",
        "turn a URL query string into a dict",
        "from urllib.parse import parse_qs\n\n\ndef query_dict(query: str) -> dict[str, list[str]]:\n    return parse_qs(query)",
        "Values are lists because a key may repeat; use `parse_qsl` for a list of pairs instead.",
    ),
    (
        "measures how long a function call takes",
        "time how long a function takes to run",
        "import time\nfrom functools import wraps\n\n\ndef timed(func):\n    @wraps(func)\n    def wrapper(*args, **kwargs):\n"
        "        start = time.perf_counter()\n        result = func(*args, **kwargs)\n"
        "        print(f'{func.__name__} took {time.perf_counter() - start:.3f}s')\n        return result\n    return wrapper",
        "Use it as a decorator; `perf_counter` is the right clock for measuring durations.",
    ),
]

OTHER = [
    (
        "Write a JavaScript function that debounces another function.",
        "```javascript\nfunction debounce(fn, waitMs) {\n  let timer;\n  return (...args) => {\n    clearTimeout(timer);\n"
        "    timer = setTimeout(() => fn(...args), waitMs);\n  };\n}\n```\n\nEach call resets the timer, so `fn` only runs "
        "once the calls stop for `waitMs` milliseconds, which is ideal for search-as-you-type.",
    ),
    (
        "How do I deep clone an object in JavaScript?",
        "Modern browsers and Node 17+ have `structuredClone`:\n\n```javascript\nconst copy = structuredClone(original);\n```\n\n"
        "It handles nested objects, arrays, Maps, Sets and Dates. `JSON.parse(JSON.stringify(obj))` also works for plain "
        "data but drops functions, `undefined` and turns Dates into strings.",
    ),
    (
        "Write a JavaScript function that returns the unique values of an array.",
        "```javascript\nconst unique = (values) => [...new Set(values)];\n```\n\nA `Set` keeps only the first occurrence "
        "of each value and preserves insertion order. Objects are compared by reference, not by content.",
    ),
    (
        "How do I fetch JSON from an API with async/await in JavaScript?",
        "```javascript\nasync function getJson(url) {\n  const response = await fetch(url);\n  if (!response.ok) {\n"
        "    throw new Error(`HTTP ${response.status}`);\n  }\n  return response.json();\n}\n```\n\n`fetch` only rejects on "
        "network errors, so check `response.ok` yourself for 4xx and 5xx responses.",
    ),
    (
        "Write a SQL query that returns the five customers who spent the most, given orders(customer_id, amount).",
        "```sql\nSELECT customer_id, SUM(amount) AS total_spent\nFROM orders\nGROUP BY customer_id\n"
        "ORDER BY total_spent DESC\nLIMIT 5;\n```\n\nJoin to the customers table if you need names. On SQL Server use "
        "`SELECT TOP 5` instead of `LIMIT`.",
    ),
    (
        "How do I find duplicate email addresses in a users table with SQL?",
        "```sql\nSELECT email, COUNT(*) AS copies\nFROM users\nGROUP BY email\nHAVING COUNT(*) > 1;\n```\n\n`HAVING` filters "
        "after grouping. Use `LOWER(email)` in both places if addresses differ only by case.",
    ),
    (
        "Write a SQL query that lists customers who have never placed an order, given customers(id, name) and "
        "orders(id, customer_id).",
        "```sql\nSELECT c.id, c.name\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.id IS NULL;\n```\n\n"
        "The LEFT JOIN keeps every customer, and customers without orders get NULLs on the order side. "
        "`WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)` is an equivalent alternative.",
    ),
    (
        "What's the difference between INNER JOIN and LEFT JOIN in SQL?",
        "An `INNER JOIN` returns only rows with a match in both tables. A `LEFT JOIN` returns every row from the left "
        "table, with NULLs for the right table's columns when there is no match.\n\n```sql\nSELECT c.name, o.id\n"
        "FROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id;\n```\n\nThis lists customers even if they never ordered.",
    ),
    (
        "Write a SQL query that counts orders per month from an orders table with a created_at column (PostgreSQL).",
        "```sql\nSELECT date_trunc('month', created_at) AS month, COUNT(*) AS orders\nFROM orders\nGROUP BY month\n"
        "ORDER BY month;\n```\n\n`date_trunc` rounds timestamps down to the first day of the month. In MySQL use "
        "`DATE_FORMAT(created_at, '%Y-%m')`.",
    ),
    (
        "Write a regular expression that matches a US ZIP code, with or without the 4-digit extension.",
        "```\n^\\d{5}(-\\d{4})?$\n```\n\nFive digits, then optionally a hyphen and four digits. The anchors make sure "
        "nothing else is in the string.",
    ),
    (
        "Write a bash one-liner that finds the 10 largest files under the current directory.",
        "```bash\nfind . -type f -exec du -h {} + | sort -rh | head -n 10\n```\n\n`du -h` prints human-readable sizes, "
        "`sort -rh` sorts them largest first and understands the K/M/G suffixes.",
    ),
    (
        "How do I create and activate a Python virtual environment?",
        "```bash\npython3 -m venv .venv\nsource .venv/bin/activate      # macOS/Linux\n.venv\\Scripts\\activate         # Windows\n```\n\n"
        "Then `pip install` puts packages inside `.venv`. Add `.venv/` to your .gitignore and run `deactivate` to leave it.",
    ),
    (
        "Write a Dockerfile for a simple Flask app that listens on port 5000.",
        "```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r "
        'requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD ["flask", "--app", "app", "run", "--host=0.0.0.0"]\n```\n\n'
        "Copying requirements first lets Docker cache the dependency layer. For production, run gunicorn instead of "
        "the development server.",
    ),
    (
        "Explain what this Python code does: `squares = {n: n * n for n in range(1, 6) if n % 2}`",
        "It's a dictionary comprehension. It loops over 1 to 5, keeps only odd numbers (`n % 2` is 1, which is "
        "truthy), and maps each to its square. The result is `{1: 1, 3: 9, 5: 25}`.",
    ),
    (
        "What is the time complexity of looking up a key in a Python dictionary?",
        "Average O(1). Dictionaries are hash tables, so a lookup hashes the key and jumps to its slot. In the "
        "pathological case where many keys collide it degrades to O(n), but Python's hashing makes that rare in "
        "practice.",
    ),
]

DEBUGGING = [
    (
        "Why does this Python code print [1, 2] on the second call?\n\n```python\ndef add_item(item, items=[]):\n"
        "    items.append(item)\n    return items\n\nadd_item(1)\nprint(add_item(2))\n```",
        "Default values are evaluated once, when the function is defined, so every call shares the same list. Use "
        "`None` as the default:\n\n```python\ndef add_item(item, items=None):\n    if items is None:\n        items = []\n"
        "    items.append(item)\n    return items\n```",
    ),
    (
        "I get `TypeError: can only concatenate str (not \"int\") to str` from `print('Total: ' + total)`. How do I fix it?",
        "Python won't add a string and a number implicitly. Convert the number or use an f-string:\n\n```python\n"
        "print(f'Total: {total}')\n```\n\nf-strings also let you format, e.g. `{total:.2f}` for two decimals.",
    ),
    (
        "Why does `0.1 + 0.2 == 0.3` return False in Python?",
        "Floats are stored in binary, and 0.1 and 0.2 have no exact binary representation, so their sum is "
        "0.30000000000000004. Compare with a tolerance instead:\n\n```python\nimport math\nmath.isclose(0.1 + 0.2, 0.3)  # True\n```\n\n"
        "For money, use `decimal.Decimal` or integer cents.",
    ),
    (
        "My JavaScript loop prints 3, 3, 3 instead of 0, 1, 2:\n\n```javascript\nfor (var i = 0; i < 3; i++) {\n"
        "  setTimeout(() => console.log(i), 100);\n}\n```",
        "`var` is function-scoped, so all three callbacks share one `i`, which is 3 when they run. Use `let`, which "
        "creates a new binding for each iteration:\n\n```javascript\nfor (let i = 0; i < 3; i++) {\n"
        "  setTimeout(() => console.log(i), 100);\n}\n```",
    ),
    (
        "Why do I get `IndexError: list index out of range` here?\n\n```python\nnums = [4, 8, 15]\nfor i in range(len(nums) + 1):\n"
        "    print(nums[i])\n```",
        "`range(len(nums) + 1)` goes up to 3, but the last valid index is 2. Loop over the list directly:\n\n```python\n"
        "for n in nums:\n    print(n)\n```\n\nUse `enumerate(nums)` if you also need the index.",
    ),
    (
        "My pandas code raises `SettingWithCopyWarning`: `df[df.age > 30]['group'] = 'senior'`. What's wrong?",
        "Chained indexing first makes a (possibly copied) filtered frame and then assigns to it, so the original "
        "may not change. Do it in one `.loc` call:\n\n```python\ndf.loc[df.age > 30, 'group'] = 'senior'\n```",
    ),
    (
        "Why does my Python script say `ModuleNotFoundError: No module named 'requests'` even though I installed it?",
        "The package was probably installed for a different Python than the one running the script. Install it with "
        "the same interpreter:\n\n```bash\npython -m pip install requests\n```\n\nIf you use a virtual environment, "
        'activate it first; `python -c "import sys; print(sys.executable)"` shows which interpreter runs.',
    ),
    (
        "My React component re-renders forever:\n\n```javascript\nuseEffect(() => {\n  setCount(count + 1);\n});\n```",
        "An effect without a dependency array runs after every render, and it sets state, which triggers another "
        "render. Add dependencies so it runs only when needed:\n\n```javascript\nuseEffect(() => {\n"
        "  setCount((c) => c + 1);\n}, []);\n```\n\nWith `[]` it runs once after the first render.",
    ),
    (
        "Why does `SELECT * FROM users WHERE deleted_at = NULL` return no rows?",
        "In SQL, NULL means unknown, and any comparison with `=` yields unknown rather than true. Use `IS NULL`:\n\n"
        "```sql\nSELECT * FROM users WHERE deleted_at IS NULL;\n```",
    ),
    (
        "My Python program with threads isn't any faster for a CPU-heavy calculation. Why?",
        "CPython's global interpreter lock (GIL) lets only one thread execute Python bytecode at a time, so "
        "threads help with I/O-bound work but not CPU-bound work. Use processes instead:\n\n```python\n"
        "from concurrent.futures import ProcessPoolExecutor\n\nwith ProcessPoolExecutor() as pool:\n"
        "    results = list(pool.map(heavy_function, inputs))\n```",
    ),
    (
        "I get `UnboundLocalError: local variable 'count' referenced before assignment`:\n\n```python\ncount = 0\n"
        "def increment():\n    count += 1\n```",
        "Assigning to `count` inside the function makes it local to the function, so `count += 1` reads a local "
        "that doesn't exist yet. Pass and return the value, or declare `global count` if you really need module "
        "state:\n\n```python\ndef increment(count: int) -> int:\n    return count + 1\n```",
    ),
    (
        "Why does my JSON.parse call fail with `Unexpected token ' in JSON`?",
        "JSON requires double quotes around strings and keys. `{'name': 'Ana'}` is valid JavaScript but invalid "
        'JSON; it must be `{"name": "Ana"}`. If you generate the text yourself, use `JSON.stringify` so the '
        "quoting is always right.",
    ),
]


def python_items(rng: random.Random) -> list[Item]:
    """One row per Python task, phrased with a rotating template."""
    items = []
    for index, (task, verb, code, note) in enumerate(PYTHON):
        ask = ASK_TEMPLATES[index % len(ASK_TEMPLATES)].format(task=task, verb=verb)
        opener = rng.choice(["", "Here's a straightforward version:\n\n", "Sure:\n\n", "One clean way to do it:\n\n"])
        items.append(Item(ask, f"{opener}```python\n{code}\n```\n\n{note}", "Coding & Debugging"))
    return items


def coding_items(rng: random.Random) -> list[Item]:
    """Python tasks, other languages and debugging questions."""
    items = python_items(rng)
    items += [Item(ask, answer, "Coding & Debugging") for ask, answer in OTHER + DEBUGGING]
    return items
