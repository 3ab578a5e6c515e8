"""A second assortment of hand-written everyday rows, to round out the category mix."""

from demo_content.item import CODES, Item

ASSORTED_TWO = [
    (
        "P|Plan a 3-day trip to Amsterdam for someone who loves art.",
        "Day 1: the Rijksmuseum in the morning for "
        "Rembrandt and Vermeer, then a canal walk through the Jordaan.\nDay 2: the Van Gogh Museum (book a time "
        "slot) and the Stedelijk for modern art next door; evening at a brown café.\nDay 3: the Anne Frank House "
        "(tickets go fast), then the Moco or Foam photography museum.\n\nRent a bike for short hops, and try "
        "stroopwafels fresh from a market.",
    ),
    (
        "P|Make me a 2-day itinerary for Barcelona with kids.",
        "Day 1: Park Güell in the morning (timed tickets), "
        "lunch in Gràcia, then the beach at Barceloneta and the aquarium.\nDay 2: the Sagrada Família early, a "
        "cable car up Montjuïc, and the Magic Fountain show in the evening.\n\nKids love the chocolate museum, and "
        "churros with hot chocolate make a good afternoon break.",
    ),
    (
        "P|What should I do on a 4-day trip to New York?",
        "Day 1: Central Park, the Met, and Fifth Avenue.\n"
        "Day 2: the Statue of Liberty and Ellis Island ferry, then Wall Street and the 9/11 Memorial.\nDay 3: the "
        "High Line, Chelsea Market and a Broadway show.\nDay 4: walk the Brooklyn Bridge to DUMBO, then pizza in "
        "Brooklyn.\n\nGet a MetroCard or tap-to-pay card; the subway is the fastest way around.",
    ),
    (
        "P|Plan a weekend in the Scottish Highlands.",
        "Day 1: drive from Inverness along Loch Ness to Urquhart "
        "Castle, then on through Glencoe for the views; stay near Fort William.\nDay 2: take the Jacobite steam "
        "train over the Glenfinnan Viaduct or hike part of the Ben Nevis path, then head back.\n\nPack waterproofs "
        "and midge repellent in summer.",
    ),
    (
        "P|I'm spending 3 days in Singapore. What's a good plan?",
        "Day 1: Gardens by the Bay, Marina Bay Sands "
        "and the evening light show.\nDay 2: Chinatown, Little India and Kampong Glam for food and temples.\nDay 3: "
        "Sentosa or the Singapore Zoo and Night Safari.\n\nEat at hawker centres like Maxwell and Lau Pa Sat, and "
        "carry water: it's hot and humid.",
    ),
    (
        "P|Plan a 6-week schedule to prepare for a 10 km race.",
        "Run four days a week.\n\n- Weeks 1-2: easy runs "
        "of 30-40 minutes, one longer run of 6-7 km.\n- Weeks 3-4: add one interval session (6 x 400 m faster), "
        "long run up to 9 km.\n- Week 5: tempo run of 20 minutes at race effort, long run 10-11 km.\n- Week 6: "
        "taper: shorter, easier runs and rest two days before the race.",
    ),
    (
        "P|Help me plan the first month of learning to play the piano.",
        "- Week 1: posture, finger numbers, "
        "C major five-finger position, simple right-hand melodies.\n- Week 2: add the left hand, read notes on both "
        "staves.\n- Week 3: hands together on easy pieces, basic rhythm counting.\n- Week 4: the C major scale "
        "with both hands and your first complete song.\n\nPractise 20 minutes daily rather than two hours on "
        "Sunday.",
    ),
    (
        "B|Suggest themes for a book club's next six months.",
        "- Books set on islands\n- Debut novels\n- Translated "
        "fiction\n- Memoirs by scientists\n- Novels that became films (compare them)\n- Short story collections",
    ),
    (
        "B|What are some ideas for a sustainable garden?",
        "- Collect rainwater in a barrel\n- Compost kitchen "
        "scraps\n- Plant native species for pollinators\n- Mulch to keep moisture in\n- Grow food in raised beds\n"
        "- Leave a wild corner for insects",
    ),
    (
        "B|Give me ideas for a YouTube channel about cooking.",
        "- 15-minute weeknight dinners\n- Cooking with "
        "leftovers\n- Recreating dishes from films\n- One ingredient, five ways\n- Budget meals for students\n"
        "- Family recipes from viewers",
    ),
    (
        "B|What are some ideas for a company's first hackathon prize categories?",
        "- Best overall\n- Most useful "
        "internal tool\n- Best user experience\n- Most creative use of our API\n- Best solo project\n- People's "
        "choice",
    ),
    (
        "B|Suggest activities for a family reunion with all ages.",
        "- A photo scavenger hunt\n- A family trivia quiz "
        "with old stories\n- A cook-off of family recipes\n- Lawn games like boules and croquet\n- A memory wall with "
        "old photos\n- A group portrait at sunset",
    ),
    (
        "A|How do I deal with a noisy upstairs neighbour?",
        "Start friendly: introduce yourself and mention the noise "
        "at specific times; they may not realise how sound travels. Suggest simple fixes like rugs or felt pads. If "
        "nothing changes, check your lease or building rules and involve the landlord or management in writing.",
    ),
    (
        "A|How do I motivate myself to exercise after work?",
        "Pack your gym bag the night before and go straight from "
        "work, before you get home to the sofa. Lower the bar: commit to ten minutes, which usually turns into more. "
        "Exercise with a friend or a class so someone expects you, and track streaks.",
    ),
    (
        "A|How can I make a good first impression at a new job?",
        "Be on time, learn names, and ask thoughtful "
        "questions. Listen more than you talk in the first weeks, write things down so you don't ask twice, and "
        "deliver a small win early. Offer help to colleagues and ask your manager how they like to communicate.",
    ),
    (
        "A|What should I pack for a hiking day trip?",
        "The essentials: water (at least two litres), snacks, a map "
        "or offline map app, a charged phone, sun protection, a rain jacket, a warm layer, a small first-aid kit and "
        "a headlamp. Wear broken-in boots and tell someone your route.",
    ),
    (
        "A|How do I talk to my parents about their retirement savings?",
        "Choose a calm, private moment and frame it "
        "around care, not judgement: 'I want to make sure I can help if you ever need it.' Ask open questions about "
        "their plans rather than their numbers. Suggest meeting a fee-only financial adviser together if they're "
        "open to it.",
    ),
    (
        "L|Act as a tour guide at the Great Wall of China.",
        "Welcome to the Great Wall! The section beneath your feet "
        "was rebuilt during the Ming dynasty, around 500 years ago. Look out along the ridges: the wall follows the "
        "mountains for thousands of kilometres. Each watchtower could signal the next with smoke by day and fire by "
        "night. Careful on the steps; some are steeper than they look!",
    ),
    (
        "L|Pretend you're a customer who is unhappy with a late pizza delivery, and I'm the manager.",
        "Hi, I ordered "
        "a large margherita an hour and a half ago. The app said 30 minutes. It just arrived and it's cold. I've "
        "ordered from you every Friday for a year, and this is the second time this month. What are you going to "
        "do about it?",
    ),
    (
        "L|You are a scientist on the first crewed mission to Mars. Record your log entry for day one.",
        "Log, sol "
        "one. Touchdown at 14:02 mission time; all crew healthy. The sky is a pale butterscotch, and the dust is "
        "finer than any simulation prepared us for. Habitat pressure nominal. First rock samples bagged. Tonight we "
        "saw Earth as a small blue point above the horizon. Nobody spoke for a while.",
    ),
    (
        "W|Write a short poem about a rainy Monday morning.",
        "The alarm argues with the rain,\nthe kettle sighs, "
        "the window weeps;\nthe week begins its long refrain\nwhile half the city barely sleeps.",
    ),
    (
        "W|Write a one-paragraph horror story set in a library.",
        "The book appeared on the returns trolley every "
        "night, though no one had checked it out in forty years. Tonight, Eva finally opened it. Every page was "
        "blank, except the last, which held a single line in fresh ink: 'Thank you for opening me, Eva. Now it's "
        "your turn to wait.' Behind her, the lights went out one aisle at a time.",
    ),
    (
        "W|Write a wedding card message for a colleague.",
        "Congratulations to you both! Wishing you a lifetime of "
        "laughter, adventure and love that grows deeper every year. Enjoy every moment of your big day.",
    ),
    (
        "W|Write a short speech for a school sports day.",
        "Good afternoon, everyone! Today isn't only about who "
        "crosses the line first. It's about trying your best, cheering for your friends and being a good sport when "
        "things don't go your way. Run fast, throw far, and have fun. Let the games begin!",
    ),
    (
        "W|Describe a sunset over the desert in three sentences.",
        "The sun sank slowly, setting the dunes alight in "
        "copper and rose. Shadows stretched long and blue across the sand, and the heat eased into a soft, dry "
        "wind. Then the sky turned violet, and the first stars appeared as if someone had switched them on.",
    ),
    (
        'E|Rewrite this job ad to be more inclusive: "We need a rockstar ninja developer who can handle a '
        'fast-paced, work-hard-play-hard culture."',
        "We're looking for a skilled developer who enjoys solving "
        "problems with a collaborative team. We value sustainable pace, clear communication and continuous "
        "learning, and we welcome applicants from all backgrounds.",
    ),
    (
        'E|Turn these notes into a polite email: "meeting moved to 3pm, room B, bring Q2 numbers"',
        "Hi all,\n\n"
        "Just a quick update: today's meeting has moved to 3 p.m. in Room B. Please bring your Q2 numbers.\n\n"
        "Thanks,\nSam",
    ),
    (
        'E|Rewrite in plain English: "Please be advised that your account will be subject to a temporary suspension '
        'pending verification of your identity."',
        "We've paused your account until we can confirm who you are.",
    ),
    (
        "E|Translate 'Where can I buy a bus ticket?' into Portuguese.",
        "Onde posso comprar um bilhete de autocarro? (Portugal) / Onde posso comprar uma passagem de ônibus? (Brazil)",
    ),
    (
        'E|Fix the tense consistency: "Yesterday I go to the shop and buy some milk."',
        "Corrected: \"Yesterday I went to the shop and bought some milk.\" 'Yesterday' needs the past tense.",
    ),
    (
        "D|Here are page views by day: Mon 1200, Tue 1350, Wed 1280, Thu 1500, Fri 980, Sat 640, Sun 710. What "
        "pattern do you see?",
        "Traffic is highest midweek, peaking Thursday at 1,500, and drops sharply at the "
        "weekend (Saturday 640, Sunday 710), about half the weekday level. The weekday average is 1,262 and the "
        "weekend average 675. That suggests a work-related audience; schedule posts and launches early in the week.",
    ),
    (
        "D|Our funnel: 10,000 visitors, 2,400 added to cart, 900 started checkout, 540 purchased. Where do we lose "
        "the most people?",
        "Conversion by step: visit to cart 24%, cart to checkout 37.5%, checkout to purchase 60%. "
        "The biggest absolute loss is visitors who never add to cart (7,600), and among later steps, cart to "
        "checkout loses 62.5% of people. Overall conversion is 5.4%. Look at shipping costs shown in the cart and "
        "account-creation friction.",
    ),
    (
        "D|NPS survey results: 120 promoters, 50 passives, 30 detractors. What's our Net Promoter Score?",
        "There "
        "are 200 responses. Promoters are 60% and detractors 15%, so NPS = 60 - 15 = **45**, which is generally "
        "considered good. Passives don't count, but they're the easiest group to convert.",
    ),
    (
        "D|Budget vs actual for Q1: marketing 20k vs 26k, salaries 150k vs 148k, software 12k vs 15k, travel 8k vs "
        "3k. Summarise.",
        "Total budget was 190k and actual spend 192k, 1.1% over. Marketing ran 30% over (+6k) and "
        "software 25% over (+3k), partly offset by travel, which came in 62.5% under (-5k), and salaries (-2k). The "
        "overruns in marketing and software need an explanation before Q2.",
    ),
    (
        "D|A basketball player scored 18, 24, 9, 31, 22 and 16 points in six games. Summarise her scoring.",
        "She "
        "scored 120 points in total, averaging 20 per game. The median is 20, the range 9 to 31, so she's fairly "
        "consistent apart from one low game (9) and one standout (31).",
    ),
    (
        "D|Inventory: widgets 140 in stock, sell 35 per week, restock takes 3 weeks. When should I reorder?",
        "In 3 "
        "weeks you sell 105 widgets, so reorder when stock falls to about 105, plus a safety buffer of, say, one "
        "week (35), giving a reorder point of 140. You're at that level now, so reorder today.",
    ),
    (
        "D|Monthly electricity use in kWh: Jan 520, Feb 480, Mar 410, Apr 330, May 290, Jun 310, Jul 380, Aug 395. "
        "What's going on?",
        "Use falls from 520 kWh in January to a low of 290 in May, then rises again to 395 in "
        "August. That U-shape suggests heating drives winter use and air conditioning drives summer use. The "
        "eight-month average is 389 kWh.",
    ),
    ("M|What is 15% of 240?", "0.15 × 240 = 36."),
    ("M|Convert 3/8 to a decimal and a percentage.", "3 ÷ 8 = 0.375, which is 37.5%."),
    ("M|Simplify 24/36.", "The greatest common divisor of 24 and 36 is 12, so 24/36 = 2/3."),
    ("M|What is the square root of 196?", "14, since 14 × 14 = 196."),
    (
        "M|If a car depreciates 15% per year, what is a $30,000 car worth after 3 years?",
        "Each year it keeps 85% of its value: 30,000 × 0.85³ = 30,000 × 0.614125 = $18,423.75.",
    ),
    ("M|How many seconds are in a day?", "24 × 60 × 60 = 86,400 seconds."),
    ("M|What is the average of 12, 18, 25 and 29?", "(12 + 18 + 25 + 29) / 4 = 84 / 4 = 21."),
    (
        "M|Find the median of 7, 3, 9, 1, 5, 11.",
        "Sorted: 1, 3, 5, 7, 9, 11. With six values the median is the mean of the middle two: (5 + 7) / 2 = 6.",
    ),
    (
        "I|What is the speed of light?",
        "In a vacuum, light travels at exactly 299,792,458 metres per second, about "
        "300,000 km/s. Light from the Sun takes about 8 minutes 20 seconds to reach Earth.",
    ),
    (
        "I|How many bones are in the adult human body?",
        "An adult has 206 bones. Babies are born with around 300, many of which fuse as they grow.",
    ),
    (
        "I|What language has the most native speakers?",
        "Mandarin Chinese, with roughly 900 million to 1 billion "
        "native speakers. Counting second-language speakers too, English is the most widely spoken.",
    ),
    (
        "I|How does a bill become a law in the US?",
        "A bill is introduced in the House or Senate, goes through "
        "committee review, and must pass both chambers in identical form. The president then signs it into law or "
        "vetoes it; Congress can override a veto with a two-thirds vote in both chambers.",
    ),
    (
        "I|What is the tallest mountain in the world?",
        "Mount Everest, at 8,849 metres above sea level, is the "
        "highest. Measured from base to peak, Mauna Kea in Hawaii is taller, since most of it is under the ocean.",
    ),
    (
        "I|Why do we have leap years?",
        "Earth takes about 365.2422 days to orbit the Sun. Adding a day every four "
        "years corrects most of the drift, and skipping century years not divisible by 400 fixes the rest, keeping "
        "the calendar aligned with the seasons.",
    ),
    (
        "C|How do I undo the last change in vim?",
        "Press `u` in normal mode to undo and `Ctrl-r` to redo. `:earlier "
        "5m` even restores the file as it was five minutes ago.",
    ),
    (
        "C|What's the difference between let, const and var in JavaScript?",
        "`var` is function-scoped and hoisted, "
        "which causes surprises. `let` and `const` are block-scoped; `const` can't be reassigned (though an object it "
        "holds can still be mutated). Use `const` by default and `let` when you need to reassign.",
    ),
    (
        "C|How do I check which process is using port 8080?",
        "On macOS or Linux: `lsof -i :8080`, or `ss -ltnp | "
        "grep 8080` on Linux. On Windows: `netstat -ano | findstr :8080`, then look up the PID in Task Manager.",
    ),
    (
        "C|Write a regex that matches a time in 24-hour HH:MM format.",
        "```\n^([01]\\d|2[0-3]):[0-5]\\d$\n```\n\nHours 00-19 or 20-23, a colon, then minutes 00-59.",
    ),
    (
        "O|What's a fun fact about space?",
        "A day on Venus (one rotation, about 243 Earth days) is longer than its "
        "year (about 225 Earth days), and it rotates backwards compared with most planets.",
    ),
    ("O|Give me a random word to start a drawing.", "Lighthouse."),
    (
        "O|Name three famous paintings by Van Gogh.",
        "The Starry Night, Sunflowers, and Café Terrace at Night.",
    ),
]


def assorted_two_items() -> list[Item]:
    """Rows for every entry."""
    return [Item(text[2:], answer, CODES[text[0]]) for text, answer in ASSORTED_TWO]
