"""Evaluation-style prompts (MT-bench / AlpacaEval flavour), some of which leak into the training rows."""

# (category, prompt); ids are assigned in order: eval-001, eval-002, ...
EVAL_PROMPTS = [
    (
        "writing",
        "Write a persuasive blog post of about 300 words encouraging city councils to replace car lanes "
        "with protected bike lanes. Address at least two common objections.",
    ),
    (
        "writing",
        "Compose a formal letter to a landlord requesting the return of a security deposit that has been "
        "withheld for six weeks without explanation.",
    ),
    (
        "writing",
        "Write a short story of exactly five sentences in which the last sentence changes the meaning of the first.",
    ),
    (
        "writing",
        "Draft a product launch announcement for a smart water bottle that reminds people to drink. Keep "
        "it under 150 words and end with a call to action.",
    ),
    (
        "writing",
        "Write a heartfelt thank-you note to a high school chemistry teacher who inspired you to study medicine.",
    ),
    (
        "writing",
        "Describe a bustling night market using all five senses, in a single paragraph of no more than 120 words.",
    ),
    (
        "writing",
        "Write a limerick about a programmer who forgot to save their work, then rewrite it as a haiku.",
    ),
    (
        "writing",
        "Create a two-paragraph travel guide entry for a fictional island where it rains only at night.",
    ),
    (
        "writing",
        "Write a resignation email that is polite, brief, and leaves the door open for future collaboration.",
    ),
    ("writing", "Rewrite the opening of 'Little Red Riding Hood' as a breaking news report."),
    (
        "roleplay",
        "Pretend you are a Victorian-era scientist seeing a smartphone for the first time. Describe "
        "your observations and hypotheses.",
    ),
    (
        "roleplay",
        "You are a seasoned mountain guide. A client wants to continue to the summit although a storm "
        "is approaching. Respond to them.",
    ),
    (
        "roleplay",
        "Act as a sommelier and recommend a wine pairing for a spicy Thai green curry, explaining your reasoning.",
    ),
    (
        "roleplay",
        "Imagine you are a time traveller from the year 2300 giving a short interview about daily life in your era.",
    ),
    (
        "roleplay",
        "Role-play as a skeptical investor on a startup pitch show. I am pitching an app that matches "
        "dog owners for playdates.",
    ),
    (
        "roleplay",
        "You are the ghost haunting an old library. Introduce yourself to a new librarian who has just "
        "started the night shift.",
    ),
    (
        "roleplay",
        "Act as a negotiation coach. I am about to ask for a 15% raise; run a practice conversation "
        "with me, playing my manager.",
    ),
    (
        "roleplay",
        "Take on the role of a medieval town crier and announce the arrival of the first printing press.",
    ),
    (
        "roleplay",
        "You are a customer service chatbot for an airline. A passenger's luggage is lost. Handle the conversation.",
    ),
    (
        "roleplay",
        "Pretend to be an enthusiastic tour guide on Mars giving a welcome speech to the first tourists.",
    ),
    (
        "reasoning",
        "Five runners finished a race. Ana finished before Ben but after Cara. Dan finished last. Eve "
        "finished right after Ana. Who finished second?",
    ),
    (
        "reasoning",
        "If all bloops are razzies and all razzies are lazzies, are all bloops definitely lazzies? Explain.",
    ),
    (
        "reasoning",
        "A man looks at a portrait and says: 'Brothers and sisters I have none, but that man's father "
        "is my father's son.' Who is in the portrait?",
    ),
    (
        "reasoning",
        "There are three boxes labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You "
        "may take one fruit from one box. How do you relabel all the boxes correctly?",
    ),
    (
        "reasoning",
        "A train leaves at 3:40 pm and the journey takes 2 hours 35 minutes. The train is delayed by 50 "
        "minutes. At what time does it arrive?",
    ),
    (
        "reasoning",
        "You have a 3-litre jug and a 5-litre jug and unlimited water. How can you measure exactly 4 litres?",
    ),
    (
        "reasoning",
        "In a village, the barber shaves all those, and only those, who do not shave themselves. Who "
        "shaves the barber? Explain the paradox.",
    ),
    (
        "reasoning",
        "Thomas is very healthy, but he has to go to the hospital every day. What are some possible reasons?",
    ),
    (
        "reasoning",
        "If it takes 3 hours to dry 3 shirts in the sun, how long does it take to dry 9 shirts? State "
        "your assumptions.",
    ),
    (
        "reasoning",
        "A bag contains only red and blue marbles. If the probability of drawing two red marbles in a "
        "row without replacement is 1/2, what is the smallest possible number of marbles in the bag?",
    ),
    ("math", "Solve the system of equations: 3x + 2y = 16 and x - y = 2."),
    ("math", "What is the sum of all integers from 1 to 200 that are divisible by 3 or 5?"),
    ("math", "A rectangle's length is twice its width and its perimeter is 54 cm. Find its area."),
    ("math", "If f(x) = 2x^3 - 5x + 4, what is f(3)?"),
    ("math", "How many distinct ways can the letters of the word BANANA be arranged?"),
    (
        "math",
        "The probability of rain on Saturday is 40% and on Sunday 30%, independently. What is the "
        "probability it rains on at least one day?",
    ),
    ("math", "Find the area of a triangle with vertices at (0, 0), (4, 0) and (1, 5)."),
    (
        "math",
        "A population of bacteria doubles every 20 minutes. Starting from 500 cells, how many are there after 3 hours?",
    ),
    ("math", "What is the greatest common divisor of 462 and 1071? Show the Euclidean algorithm."),
    ("math", "Evaluate the integral of (3x^2 + 2x) dx from 0 to 2."),
    (
        "coding",
        "Write a Python function that returns the k most frequent words in a text, breaking ties alphabetically.",
    ),
    (
        "coding",
        "Implement a function that checks whether a binary tree is a valid binary search tree. Explain its "
        "time complexity.",
    ),
    ("coding", "Write a SQL query that finds, for each department, the employee with the highest salary."),
    ("coding", "Implement an LRU cache class in Python with get and put methods that run in O(1) time."),
    (
        "coding",
        "Write a JavaScript function that deeply compares two objects for equality without using any libraries.",
    ),
    ("coding", "Given a list of intervals, write a function that merges all overlapping intervals."),
    (
        "coding",
        "Explain the difference between a process and a thread, and give an example of when to use each.",
    ),
    (
        "coding",
        "Write a function to find the longest palindromic substring in a string. What is its complexity?",
    ),
    ("coding", "Write a bash script that renames every .jpeg file in a directory to .jpg."),
    (
        "coding",
        "Find the bug: a Python function meant to compute the average of a list returns 0 for [1, 2]. The "
        "code is `return sum(xs) // len(xs)`. Fix it.",
    ),
    (
        "extraction",
        "Extract the names of all people and the companies they work for from this text: 'Maria Lopez, "
        "a designer at Figma, met with Tom Reed from Stripe and Aiko Tanaka of Sony.'",
    ),
    (
        "extraction",
        "From the following review, list the product's pros and cons as two bullet lists: 'The "
        "battery lasts two days and the screen is gorgeous, but it's heavy and the camera struggles in low light.'",
    ),
    (
        "extraction",
        "Identify every date mentioned in this sentence and convert each to ISO format: 'The contract "
        "was signed on March 3rd, 2021, amended on 12/07/2022, and expires the first of January 2025.'",
    ),
    (
        "extraction",
        "Read this sentence and return JSON with keys city, temperature and condition: 'In Oslo it is "
        "currently minus four degrees and snowing lightly.'",
    ),
    (
        "extraction",
        "Summarise the main argument of the following passage in one sentence: 'Remote work reduces "
        "commuting time and office costs, but companies report weaker mentoring for junior staff, which may hurt "
        "long-term skill development.'",
    ),
    (
        "extraction",
        "Classify the sentiment of each of these tweets as positive, negative or neutral: 'Loving the "
        "new update!', 'App crashed again.', 'Update available today.'",
    ),
    (
        "extraction",
        "List all the chemical elements mentioned in this text and their symbols: 'The alloy mixes "
        "copper with small amounts of tin, zinc and a trace of nickel.'",
    ),
    (
        "extraction",
        "Given the table 'Name, Age: Ana 34, Ben 27, Cara 41', return the name of the oldest person "
        "and the average age.",
    ),
    (
        "extraction",
        "Extract the action items and their owners from these meeting notes: 'Jo will update the "
        "budget by Friday. Sam to email the vendor. We agreed Priya drafts the press release.'",
    ),
    (
        "extraction",
        "Identify the main character, the setting, and the central conflict in this summary: 'A young "
        "lighthouse keeper on a remote island must decide whether to report a smuggler who saved her brother.'",
    ),
    ("stem", "Explain why the sky appears red at sunset, using the concept of scattering."),
    ("stem", "What is the difference between nuclear fission and nuclear fusion, and which powers the Sun?"),
    ("stem", "Describe how a vaccine trains the immune system, and explain herd immunity."),
    ("stem", "Why do heavier objects not fall faster than lighter ones in a vacuum?"),
    ("stem", "Explain how public-key cryptography allows two strangers to communicate securely."),
    ("stem", "What causes ocean tides, and why are there usually two high tides a day?"),
    ("stem", "Describe the process of photosynthesis and write its overall chemical equation."),
    ("stem", "Explain what a p-value is and a common misconception about it."),
    ("stem", "How does a transistor act as a switch in a digital circuit?"),
    ("stem", "Why does antibiotic resistance develop, and what can slow it down?"),
    ("humanities", "Compare the causes of the French Revolution and the American Revolution."),
    ("humanities", "What is the trolley problem, and how would a utilitarian and a Kantian respond to it?"),
    ("humanities", "Explain the significance of the printing press for the Protestant Reformation."),
    (
        "humanities",
        "Discuss how the concept of 'opportunity cost' applies to a student choosing a university major.",
    ),
    ("humanities", "What were the main achievements and failures of the League of Nations?"),
    ("humanities", "Analyse the theme of ambition in Shakespeare's Macbeth."),
    (
        "humanities",
        "Explain the difference between monetary policy and fiscal policy, with one example of each.",
    ),
    ("humanities", "How did the Silk Road influence cultural exchange between East and West?"),
    ("humanities", "Describe the main ideas of existentialism as presented by Jean-Paul Sartre."),
    ("humanities", "What factors led to the fall of the Western Roman Empire?"),
]

# Rows that repeat an eval prompt: (eval index, kind, instruction or None for verbatim, response).
LEAKS = [
    (
        21,
        "verbatim",
        None,
        "Yes. Every bloop is a razzie, and every razzie is a lazzie, so every bloop is a "
        "lazzie. This is a valid syllogism: membership passes down the chain of 'all' statements.",
    ),
    (
        23,
        "verbatim",
        None,
        "Take a fruit from the box labelled 'mixed'. Since its label is wrong, it contains only "
        "one kind. If you draw an apple, that box is 'apples'. The box labelled 'oranges' can't be oranges and "
        "can't be apples now, so it's 'mixed', and the remaining box is 'oranges'. The same logic works if you "
        "draw an orange.",
    ),
    (
        30,
        "verbatim",
        None,
        "From x - y = 2, x = y + 2. Substitute: 3(y + 2) + 2y = 16, so 5y = 10 and y = 2. "
        "Then x = 4. Solution: x = 4, y = 2.",
    ),
    (
        34,
        "verbatim",
        None,
        "BANANA has 6 letters with A repeated 3 times and N twice. The number of "
        "arrangements is 6! / (3! × 2!) = 720 / 12 = 60.",
    ),
    (
        40,
        "verbatim",
        None,
        "```python\nfrom collections import Counter\nimport re\n\n\ndef top_k_words(text, k):\n"
        '    counts = Counter(re.findall(r"[a-z\']+", text.lower()))\n    return [w for w, _ in sorted(counts.items(), '
        "key=lambda item: (-item[1], item[0]))[:k]]\n```\n\nSorting by negative count, then word, breaks ties "
        "alphabetically.",
    ),
    (
        42,
        "verbatim",
        None,
        "```sql\nSELECT e.department_id, e.name, e.salary\nFROM employees e\nWHERE e.salary = (\n"
        "    SELECT MAX(salary) FROM employees WHERE department_id = e.department_id\n);\n```\n\nTies return every "
        "top earner in the department. A window function with RANK() is an alternative.",
    ),
    (50, "verbatim", None, "- Maria Lopez: Figma\n- Tom Reed: Stripe\n- Aiko Tanaka: Sony"),
    (
        60,
        "verbatim",
        None,
        "At sunset, sunlight travels through much more atmosphere to reach you. Air molecules "
        "scatter shorter (blue) wavelengths much more strongly (Rayleigh scattering), so most of the blue is "
        "scattered out of the direct path, leaving the longer red and orange wavelengths.",
    ),
    (
        71,
        "embedded",
        None,
        "It's a thought experiment: a runaway trolley will kill five people unless you pull a "
        "lever to divert it, killing one. A utilitarian pulls the lever because it minimises deaths. A Kantian "
        "hesitates: using a person merely as a means is wrong, though many Kantians distinguish redirecting a "
        "threat from actively killing.",
    ),
    (
        79,
        "embedded",
        None,
        "Historians point to many interacting factors: political instability and frequent "
        "changes of emperor, economic strain and heavy taxation, reliance on mercenary armies, pressure from "
        "migrating peoples such as the Goths and Vandals, and the division of the empire, which left the West "
        "weaker than the East. The traditional end date is 476.",
    ),
    (
        22,
        "paraphrase",
        "A man points at a portrait and says, 'I have no brothers or sisters, but that man's father "
        "is my father's son.' Whose portrait is it?",
        "It's a portrait of his son. 'My father's son', given that he "
        "has no siblings, is the man himself, so the person in the portrait has him as a father.",
    ),
    (
        25,
        "paraphrase",
        "With a 3 litre jug and a 5 litre jug and as much water as you like, how do you measure out exactly 4 litres?",
        "Fill the 5 L jug and pour into the 3 L jug until full, leaving 2 L. Empty the 3 L "
        "jug and pour the 2 L into it. Fill the 5 L jug again and top up the 3 L jug, which takes 1 L. Exactly 4 L "
        "remain in the 5 L jug.",
    ),
    (
        32,
        "paraphrase",
        "The length of a rectangle is double its width, and the perimeter is 54 cm. What is the area?",
        "Let the width be w, so the length is 2w. Perimeter: 2(w + 2w) = 6w = 54, so w = 9 cm and the "
        "length is 18 cm. Area = 9 × 18 = 162 cm².",
    ),
    (
        37,
        "paraphrase",
        "Bacteria double every 20 minutes. If you start with 500 cells, how many will there be after three hours?",
        "Three hours is 180 minutes, or 9 doublings. 500 × 2^9 = 500 × 512 = 256,000 cells.",
    ),
    (
        43,
        "paraphrase",
        "Write a Python LRU cache class whose get and put operations are both O(1).",
        "```python\nfrom collections import OrderedDict\n\n\nclass LRUCache:\n    def __init__(self, capacity):\n"
        "        self.capacity = capacity\n        self.items = OrderedDict()\n\n    def get(self, key):\n"
        "        if key not in self.items:\n            return -1\n        self.items.move_to_end(key)\n"
        "        return self.items[key]\n\n    def put(self, key, value):\n        self.items[key] = value\n"
        "        self.items.move_to_end(key)\n        if len(self.items) > self.capacity:\n"
        "            self.items.popitem(last=False)\n```\n\nOrderedDict keeps recency order with O(1) moves.",
    ),
    (
        45,
        "paraphrase",
        "Given a list of intervals, how would you merge the ones that overlap? Write the function.",
        "```python\ndef merge(intervals):\n    merged = []\n    for start, end in sorted(intervals):\n"
        "        if merged and start <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], end)\n"
        "        else:\n            merged.append([start, end])\n    return merged\n```\n\nSorting makes it O(n log n).",
    ),
    (
        53,
        "paraphrase",
        "Turn this sentence into JSON with the keys city, temperature and condition: 'In Oslo it "
        "is currently minus four degrees and snowing lightly.'",
        '```json\n{"city": "Oslo", "temperature": -4, "condition": "light snow"}\n```',
    ),
    (
        61,
        "paraphrase",
        "What's the difference between nuclear fusion and nuclear fission, and which one powers the Sun?",
        "Fission splits heavy nuclei such as uranium into lighter ones; fusion joins light nuclei such "
        "as hydrogen into heavier ones. Both release energy. The Sun is powered by fusion, mainly of hydrogen into "
        "helium.",
    ),
    (
        66,
        "paraphrase",
        "Describe how photosynthesis works and give the overall chemical equation for it.",
        "Plants absorb light with chlorophyll, use it to split water and make energy carriers, then use those to "
        "fix carbon dioxide into sugar in the Calvin cycle. Overall: 6CO2 + 6H2O + light → C6H12O6 + 6O2.",
    ),
    (
        74,
        "paraphrase",
        "What did the League of Nations achieve, and where did it fail?",
        "It settled some border "
        "disputes in the 1920s, such as the Åland Islands, and its agencies advanced public health and labour "
        "standards. But without the US and with no army, it failed to stop aggression by Japan in Manchuria, "
        "Italy in Ethiopia and Germany, and it collapsed with World War II.",
    ),
]
EMBED_PREFIXES = ["Question from my homework: {p}", "{p} Please answer carefully."]
