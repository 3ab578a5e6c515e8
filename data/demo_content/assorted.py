"""A further assortment of everyday questions, hand-written, across the categories."""

from demo_content.item import CODES, Item

# "X|question" with the category code, then the answer.
ASSORTED = [
    (
        "I|What is the difference between a nutritionist and a dietitian?",
        "A registered dietitian has accredited "
        "training and a licence to give medical nutrition advice, for example for diabetes or kidney disease. "
        "'Nutritionist' is often an unprotected title, so qualifications vary widely; check credentials before "
        "relying on one for a health condition.",
    ),
    (
        "I|How does a heat pump heat a house?",
        "A heat pump moves heat rather than making it. Its refrigerant "
        "absorbs warmth from outside air or the ground, even in cold weather, a compressor raises its temperature, "
        "and the heat is released indoors. Because it moves heat, it can deliver three or more units of heat per "
        "unit of electricity.",
    ),
    (
        "I|What is the difference between a hurricane watch and a hurricane warning?",
        "A watch means hurricane "
        "conditions are possible in the area, usually within 48 hours, so prepare. A warning means they are "
        "expected, usually within 36 hours, so finish preparations and follow evacuation orders.",
    ),
    (
        "I|What causes the northern lights?",
        "Charged particles from the Sun, carried by the solar wind, are "
        "channelled by Earth's magnetic field towards the poles. When they hit oxygen and nitrogen high in the "
        "atmosphere, the gases glow: green and red from oxygen, blue and purple from nitrogen.",
    ),
    (
        "I|How do credit card interest charges work?",
        "If you pay the full statement balance by the due date, you "
        "usually pay no interest on purchases. If you carry a balance, interest is charged at the annual percentage "
        "rate, typically calculated daily on the average balance, and added monthly, so it compounds.",
    ),
    (
        "I|What is the difference between ADHD and ADD?",
        "ADD is an older term. Clinicians now use ADHD for all "
        "forms, with three presentations: predominantly inattentive (what people used to call ADD), predominantly "
        "hyperactive-impulsive, and combined.",
    ),
    (
        "I|Why do planes fly at around 35,000 feet?",
        "At that altitude the air is thinner, so there is less drag "
        "and engines burn less fuel, while there is still enough oxygen for jet engines. It also keeps planes above "
        "most weather and turbulence and gives room to glide in an emergency.",
    ),
    (
        "I|What is the difference between a tornado and a hurricane?",
        "Hurricanes are huge storm systems, hundreds "
        "of kilometres across, that form over warm oceans and last days. Tornadoes are narrow, violent columns of "
        "rotating air, usually under a few hundred metres wide, that form from thunderstorms over land and last "
        "minutes.",
    ),
    (
        "I|How do solar panels generate electricity?",
        "Solar cells are made of semiconductor layers, usually "
        "silicon. Light knocks electrons loose, and the cell's built-in electric field pushes them into a current "
        "(the photovoltaic effect). An inverter converts that direct current into the alternating current used at "
        "home.",
    ),
    (
        "I|What is the difference between an allergy and an intolerance?",
        "A food allergy involves the immune "
        "system and can be triggered by tiny amounts, sometimes causing life-threatening anaphylaxis. An "
        "intolerance, like lactose intolerance, is a digestive problem: unpleasant, usually dose-dependent, and not "
        "dangerous in the same way.",
    ),
    (
        "I|What does a product manager do?",
        "A product manager decides what a team builds and why. They research "
        "users and the market, prioritise problems worth solving, define what success looks like, and work with "
        "engineering and design to ship and then measure the results.",
    ),
    (
        "I|Who invented the telephone?",
        "Alexander Graham Bell received the first US patent for the telephone in "
        "1876, though others, including Antonio Meucci and Elisha Gray, worked on similar devices and the credit "
        "has long been debated.",
    ),
    (
        "I|What is the Olympic motto?",
        "'Citius, Altius, Fortius', Latin for 'Faster, Higher, Stronger'. In 2021 "
        "the IOC added 'Communiter' (together).",
    ),
    (
        "I|Why is Pluto no longer considered a planet?",
        "In 2006 the International Astronomical Union defined a "
        "planet as a body that orbits the Sun, is round, and has cleared its orbit of other debris. Pluto shares its "
        "region with many Kuiper Belt objects, so it was reclassified as a dwarf planet.",
    ),
    (
        "I|What's the difference between a cold and the flu?",
        "Both are viral respiratory infections, but the flu "
        "usually starts suddenly with fever, body aches and exhaustion, and can lead to serious complications. A "
        "cold comes on gradually with a runny nose and sore throat and is milder. A yearly vaccine protects against "
        "flu.",
    ),
    (
        "C|How do I remove duplicate rows in a pandas DataFrame?",
        "```python\ndf = df.drop_duplicates()\n"
        "# based on certain columns, keeping the last occurrence\ndf = df.drop_duplicates(subset=['email'], "
        "keep='last')\n```\n\nUse `df.duplicated().sum()` first to see how many there are.",
    ),
    (
        "C|How do I handle a KeyError when a key might be missing from a Python dict?",
        "Use `dict.get` with a "
        "default:\n\n```python\ncity = user.get('city', 'unknown')\n```\n\nFor counting or grouping, "
        "`collections.defaultdict` avoids the problem entirely, and `if 'city' in user:` works when you need "
        "different logic.",
    ),
    (
        "C|Write a SQL query that calculates a running total of daily sales.",
        "```sql\nSELECT sale_date,\n"
        "       amount,\n       SUM(amount) OVER (ORDER BY sale_date) AS running_total\nFROM daily_sales\n"
        "ORDER BY sale_date;\n```\n\nThe window function adds up all rows up to the current date without "
        "collapsing them like GROUP BY would.",
    ),
    (
        "C|Why does my Python script print `None` after my function output?",
        "Your function prints something but "
        "doesn't return anything, so it returns `None`, and then you print that return value:\n\n```python\n"
        "print(greet('Ana'))  # greet() prints, then print(None)\n```\n\nEither call `greet('Ana')` on its own, or "
        "make it `return` the string and print that.",
    ),
    (
        "C|How do I reverse a linked list in Python?",
        "```python\ndef reverse(head):\n    previous = None\n"
        "    while head:\n        head.next, previous, head = previous, head, head.next\n    return previous\n```\n\n"
        "Each step points the current node back at the previous one. It runs in O(n) time and O(1) extra space.",
    ),
    (
        "C|What is a race condition?",
        "A race condition happens when the result depends on the timing of "
        "concurrent operations on shared data, for example two threads reading a counter, adding one and writing "
        "it back, so one increment is lost. Locks, atomic operations or avoiding shared mutable state prevent it.",
    ),
    (
        "C|Write a Python function that checks whether a year is a leap year.",
        "```python\ndef is_leap(year: int) -> "
        "bool:\n    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n```\n\nSo 2024 and 2000 are leap "
        "years, but 1900 is not.",
    ),
    (
        "C|How do I make an element disappear on small screens with CSS?",
        "Use a media query:\n\n```css\n@media "
        "(max-width: 600px) {\n  .sidebar {\n    display: none;\n  }\n}\n```\n\nAdjust the breakpoint to match your "
        "layout.",
    ),
    (
        "A|How do I keep in touch with friends after moving abroad?",
        "Schedule it instead of hoping it happens: a "
        "monthly video call, a shared group chat, voice notes when time zones clash. Send small things: photos, "
        "postcards, a song that reminded you of them. Plan visits ahead, and accept that some friendships will "
        "change while the closest ones adapt.",
    ),
    (
        "A|How do I handle a coworker who takes credit for my work?",
        "Make your contributions visible: share "
        "progress in team channels, send summary emails after meetings, and put your name on documents. If it keeps "
        "happening, talk to the coworker privately and calmly first. If that doesn't help, bring specific examples "
        "to your manager.",
    ),
    (
        "A|Is it better to rent or buy a home?",
        "It depends on how long you'll stay, local prices and your "
        "finances. Buying usually pays off if you stay at least five to seven years and can afford the deposit, "
        "maintenance and fees. Renting gives flexibility and frees money to invest. Compare total costs over your "
        "expected stay, not just rent against a mortgage payment.",
    ),
    (
        "A|How do I get better at public speaking?",
        "Speak as often as you can in low-stakes settings: team "
        "meetings, local meetups, a Toastmasters club. Structure talks around one clear message and three points, "
        "rehearse out loud, and record yourself to catch filler words. Confidence follows repetition.",
    ),
    (
        "A|How can I stop impulse buying online?",
        "Add friction: delete saved payment details, unsubscribe from "
        "marketing emails and use a 48-hour rule before buying anything non-essential. Keep a wish list instead "
        "of a cart. Checking what the item costs in hours of your work also helps.",
    ),
    (
        "A|How should I prepare for a salary negotiation after a job offer?",
        "Research the market range for the "
        "role and location, decide your target and walk-away numbers, and consider the whole package: bonus, "
        "equity, leave, remote work. Thank them for the offer, express enthusiasm, then ask for a specific number "
        "with a brief justification. Get the final offer in writing.",
    ),
    (
        "A|How do I start a conversation with someone I find intimidating?",
        "Start small and situational: a comment "
        "or question about the shared context ('How did you get involved in this project?'). People generally like "
        "talking about their work and interests. Listen, ask a follow-up, and don't aim for a perfect conversation, "
        "just a friendly one.",
    ),
    (
        "B|Give me ideas for a team name for a company trivia night.",
        "- Quizzy Rascals\n- The Know-It-Alls\n"
        "- Trivia Newton-John\n- Les Quizerables\n- Agatha Quiztie\n- The Smarty Pints",
    ),
    (
        "B|Suggest some date night ideas at home.",
        "- Cook a new cuisine together\n- Build a blanket fort and watch "
        "a film\n- Host a two-person wine or chocolate tasting\n- Play a board game tournament\n- Paint each other's "
        "portraits\n- Recreate your first date",
    ),
    (
        "B|What are some fun ways to learn geography?",
        "- Play GeoGuessr-style games\n- Cook a dish from a "
        "different country each week\n- Put a world map on the wall and pin places from the news\n- Learn capitals "
        "with flashcard apps\n- Watch travel documentaries\n- Plan imaginary road trips",
    ),
    (
        "B|Suggest some ideas for a short film about loneliness.",
        "- An elderly man who talks to the voice assistant "
        "every evening\n- Two strangers who eat lunch on the same bench daily without speaking\n- A night-shift "
        "worker in an empty city\n- A kid who sends letters to a pen pal who never replies\n- A lighthouse keeper's "
        "last season",
    ),
    (
        "B|How could our office celebrate Earth Day?",
        "- A litter pick in a nearby park\n- Swap day for clothes, "
        "books and plants\n- A plant-based team lunch\n- A talk on the company's footprint and goals\n- Set up "
        "better recycling and composting stations\n- Commute by bike or public transport challenge",
    ),
    (
        "P|Help me plan a productive study day for final exams.",
        "- 8:00 Breakfast, review the day's plan\n"
        "- 8:30-10:30 Hardest subject, practice questions\n- 10:30 Short walk\n- 11:00-13:00 Second subject, "
        "active recall\n- 13:00 Lunch away from the desk\n- 14:00-16:00 Past papers under timed conditions\n"
        "- 16:00 Exercise\n- 17:00-18:30 Review mistakes and make summary cards\n- Evening: light review, early "
        "night",
    ),
    (
        "P|Create a plan to pay off $8,000 of credit card debt in 18 months.",
        "At about 22% APR you need to pay "
        "roughly $530 a month.\n\n1. Stop adding to the balance; switch daily spending to debit.\n2. Ask the issuer "
        "for a lower rate, or consider a 0% balance transfer if the fee is small.\n3. Find the money: cut two or "
        "three subscriptions, cook more, sell unused items.\n4. Automate the payment right after payday.\n5. Put any "
        "windfalls straight onto the balance and track progress monthly.",
    ),
    (
        "P|Plan a simple weekly cleaning schedule for a two-bedroom apartment.",
        "- Monday: kitchen counters, "
        "stove and sink\n- Tuesday: bathroom\n- Wednesday: dust surfaces and electronics\n- Thursday: vacuum and mop "
        "floors\n- Friday: laundry and change sheets\n- Saturday: fridge clear-out and grocery list\n- Sunday: "
        "rest, plus a 10-minute tidy\n\nFifteen to twenty minutes a day keeps it from piling up.",
    ),
    (
        "P|Help me plan a garage sale.",
        "1. Two weeks before: pick a date, check local rules, and gather items by "
        "room.\n2. One week before: price everything with stickers, round to simple amounts, and advertise online "
        "and with signs.\n3. Day before: set up tables, get small change and bags.\n4. On the day: start early, "
        "group similar items, and bundle deals in the afternoon.\n5. After: donate what's left.",
    ),
    (
        "P|Plan a beginner's week of home workouts with no equipment.",
        "- Monday: 3 rounds of 10 squats, 8 push-ups "
        "(knees if needed), 20-second plank\n- Tuesday: 20-minute brisk walk\n- Wednesday: lunges, glute bridges, "
        "superman holds, 3 rounds\n- Thursday: rest or stretching\n- Friday: repeat Monday with one extra rep each\n"
        "- Saturday: longer walk or bike ride\n- Sunday: rest",
    ),
    (
        "W|Write a product description for a handmade ceramic mug.",
        "Every mug is thrown by hand in our small "
        "studio, so no two are quite alike. The speckled glaze catches the morning light, the handle fits three "
        "fingers comfortably, and it holds a generous 350 ml of whatever gets you going. Dishwasher safe, made to "
        "be used every day.",
    ),
    (
        "W|Write a short fable about a tortoise who wanted to fly.",
        "A tortoise watched the geese every autumn and "
        "longed to go with them. Two geese took pity and carried him on a stick he held in his mouth. Over the "
        "village, people pointed and laughed, and the proud tortoise opened his mouth to answer them. Moral: some "
        "moments call for holding on, not for having the last word.",
    ),
    (
        "W|Write a motivational message for a team before a big launch.",
        "Tomorrow the world gets to see what "
        "we've been building. We've argued about pixels, fixed bugs at midnight and made hard calls about what "
        "to leave out, and it shows. Whatever happens on launch day, we'll handle it together. Get some sleep. "
        "You've earned this.",
    ),
    (
        "W|Write a four-line poem about a broken umbrella.",
        "It fought the wind on Baker Street\nand lost with "
        "dignity and grace;\nnow spokes point up in sad defeat,\nand rain runs freely down my face.",
    ),
    (
        "W|Write a short letter from a cat to its owner.",
        "Dear Human,\n\nThe food bowl was visibly empty at 5:42 "
        "this morning, so I woke you. You're welcome. I have also moved your pen to the floor, as it was too close "
        "to the edge. Please stop working on the laptop; it is warm, and therefore mine.\n\nYours, with conditions,\n"
        "Mittens",
    ),
    (
        "W|Write an opening line for a science fiction novel.",
        "The message from Earth arrived three hundred years late, and it said only: 'Don't come back.'",
    ),
    (
        "L|Act as a career counsellor talking to a student who can't choose between art and engineering.",
        "It "
        "sounds like you love both, and that's a good problem to have. Let's look at what you enjoy in each: is it "
        "making things, solving puzzles, expressing ideas? Fields like industrial design, architecture and game "
        "development combine the two. Could you try a short project in one of those this summer and see how it "
        "feels?",
    ),
    (
        "L|Pretend you are a weather forecaster announcing a surprise snow day.",
        "Good morning! Well, folks, the "
        "models had us at a light dusting, but Mother Nature had other plans: we're looking at 20 centimetres by "
        "noon. Schools are closed, roads are slippery, and the only sensible commute today is from your bed to the "
        "kitchen. Build a snowman, drink something hot, and we'll update you at six.",
    ),
    (
        "L|You're a knight guarding a bridge. I want to cross.",
        "Halt, traveller! None cross this bridge without "
        "answering my riddle. What walks on four legs in the morning, two at noon and three in the evening? Answer "
        "truly and the way is yours. Answer falsely, and, well, there's a perfectly good ford two miles downstream.",
    ),
    (
        "E|Translate 'The library closes at eight on weekdays' into French.",
        "La bibliothèque ferme à vingt heures en semaine.",
    ),
    (
        "E|Translate 'Please remember to turn off the lights' into German.",
        "Bitte denken Sie daran, das Licht auszuschalten. (Informal: Denk bitte daran, das Licht auszuschalten.)",
    ),
    (
        "E|How do you say 'Nice to meet you' in Italian?",
        "Piacere di conoscerti (informal) or Piacere di conoscerla (formal). Often just 'Piacere!'",
    ),
    (
        "E|Translate 'My flight was cancelled, what are my options?' into Spanish.",
        "Mi vuelo fue cancelado, ¿qué opciones tengo?",
    ),
    (
        'E|Rewrite this sentence to be gender-neutral: "Each employee must submit his timesheet by Friday."',
        '"All employees must submit their timesheets by Friday." Making the subject plural avoids the pronoun '
        "problem cleanly.",
    ),
    (
        'E|Make this text message more enthusiastic: "ok see you at 7"',
        "Sounds great, see you at 7! Can't wait!",
    ),
    (
        'E|Simplify this legal sentence: "The lessee shall not sublet the premises without prior written consent '
        'of the lessor."',
        "The tenant may not sublet the property without the landlord's written permission first.",
    ),
    (
        'E|Summarise this in one sentence: "Our team missed the deadline because the API we depend on changed '
        "without notice, and we had to rewrite the integration. We've now added monitoring to catch such changes "
        'early."',
        "We missed the deadline because an unannounced API change forced a rewrite, and we've added "
        "monitoring to catch such changes early.",
    ),
    (
        "O|What are the primary colours?",
        "In painting (subtractive, traditional) they are red, yellow and blue. For "
        "light (additive) they are red, green and blue, and for printing inks cyan, magenta and yellow.",
    ),
    (
        "O|How many players are on a football (soccer) team on the pitch?",
        "Eleven per team, including the goalkeeper.",
    ),
    ("O|Write 'I love coffee' in emoji.", "I ❤️ ☕"),
    ("O|What's the opposite of 'generous'?", "Stingy, mean, or miserly. 'Selfish' works in some contexts."),
    (
        "O|Give me a fun fact about honey.",
        "Honey practically never spoils: archaeologists have found edible honey "
        "in Egyptian tombs thousands of years old. Its low water content and acidity keep bacteria from growing.",
    ),
    (
        "R|If some doctors are musicians and all musicians are creative, can we conclude that some doctors are "
        "creative?",
        "Yes. The doctors who are musicians are also creative, because all musicians are creative. "
        "So at least some doctors are creative.",
    ),
    (
        "R|A clock loses 5 minutes every hour. It's set correctly at noon. What time does it show at 6 p.m. real time?",
        "In 6 hours it loses 6 × 5 = 30 minutes, so it shows 5:30 p.m.",
    ),
    (
        "R|Which is more: 30% of 70 or 70% of 30?",
        "They're equal. Both are 0.3 × 70 = 0.7 × 30 = 21, because multiplication is commutative.",
    ),
    (
        "R|I'm facing north, turn 90 degrees right, then 180 degrees, then 90 degrees left. Which way am I facing?",
        "North then right 90 is east, 180 more is west, and 90 to the left from west is south. You're facing south.",
    ),
    (
        "R|Tom is taller than Ana but shorter than Raj. Lee is shorter than Ana. Is Raj taller than Lee?",
        "Yes. Raj > Tom > Ana > Lee, so Raj is taller than Lee.",
    ),
    (
        "R|A father is four times as old as his daughter. In 20 years he will be twice as old as her. How old are "
        "they now?",
        "Let the daughter be d. Then 4d + 20 = 2(d + 20), so 2d = 20 and d = 10. The daughter is 10 and the father 40.",
    ),
    (
        "R|If the day after tomorrow is Sunday, what day was yesterday?",
        "If the day after tomorrow is Sunday, today is Friday, so yesterday was Thursday.",
    ),
]


def assorted_items() -> list[Item]:
    """Rows for every entry."""
    return [Item(text[2:], answer, CODES[text[0]]) for text, answer in ASSORTED]
