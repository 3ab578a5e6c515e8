"""Planning rows: itineraries and study plans composed from tables, plus hand-written project plans."""

import random

from demo_content.item import Item

# (city, sights in a sensible order, a food to try, a practical tip)
CITIES = [
    (
        "Lisbon",
        [
            "the Alfama district and São Jorge Castle",
            "Belém Tower and the Jerónimos Monastery",
            "the LX Factory and a sunset at Miradouro da Senhora do Monte",
            "a day trip to Sintra",
        ],
        "pastéis de nata",
        "wear shoes with grip; the cobbled hills get slippery",
    ),
    (
        "Kyoto",
        [
            "Fushimi Inari early in the morning",
            "Kiyomizu-dera and the Higashiyama lanes",
            "Arashiyama bamboo grove and Tenryu-ji",
            "Nishiki Market and the Gion district at dusk",
        ],
        "kaiseki or a simple bowl of yudofu",
        "buy an IC card for buses and trains",
    ),
    (
        "Mexico City",
        [
            "the Zócalo and the Templo Mayor",
            "the National Museum of Anthropology in Chapultepec",
            "Coyoacán and the Frida Kahlo Museum",
            "the pyramids of Teotihuacan",
        ],
        "tacos al pastor",
        "book the Frida Kahlo Museum online days ahead",
    ),
    (
        "Edinburgh",
        [
            "the Royal Mile and Edinburgh Castle",
            "a hike up Arthur's Seat",
            "the National Museum of Scotland and Greyfriars",
            "Dean Village and Stockbridge",
        ],
        "a proper Scottish breakfast",
        "pack layers; the weather changes by the hour",
    ),
    (
        "Istanbul",
        [
            "Hagia Sophia and the Blue Mosque",
            "Topkapı Palace and the Basilica Cistern",
            "the Grand Bazaar and the Spice Bazaar",
            "a Bosphorus ferry to the Asian side",
        ],
        "a fish sandwich by the Galata Bridge",
        "carry a scarf for mosque visits",
    ),
    (
        "Cape Town",
        [
            "Table Mountain by cable car",
            "the V&A Waterfront and Robben Island",
            "the Cape Peninsula and Boulders Beach penguins",
            "Kirstenbosch Gardens",
        ],
        "bobotie",
        "check the wind forecast before going up Table Mountain",
    ),
    (
        "Vienna",
        [
            "St. Stephen's Cathedral and the old town",
            "Schönbrunn Palace",
            "the Kunsthistorisches Museum",
            "the Naschmarkt and a coffee house afternoon",
        ],
        "Sachertorte in a traditional café",
        "get a 72-hour transport pass",
    ),
    (
        "Buenos Aires",
        [
            "Plaza de Mayo and the Casa Rosada",
            "San Telmo's antiques and tango",
            "colourful La Boca",
            "Recoleta Cemetery and Palermo's parks",
        ],
        "a steak at a parrilla",
        "dinner starts late, often after 9 p.m.",
    ),
    (
        "Seoul",
        [
            "Gyeongbokgung Palace and Bukchon Hanok Village",
            "Insadong and Ikseon-dong",
            "Namsan Tower at sunset",
            "Hongdae's street performers",
        ],
        "Korean barbecue",
        "get a T-money card for the subway",
    ),
    (
        "Rome",
        [
            "the Colosseum and Roman Forum",
            "the Vatican Museums and St. Peter's Basilica",
            "the Pantheon, Trevi Fountain and Piazza Navona",
            "Trastevere for dinner",
        ],
        "cacio e pepe",
        "book Vatican tickets in advance to skip long queues",
    ),
    (
        "Marrakech",
        [
            "Jemaa el-Fnaa and the souks",
            "the Bahia Palace",
            "Jardin Majorelle",
            "a day trip to the Atlas Mountains",
        ],
        "tagine",
        "agree on taxi prices before you get in",
    ),
    (
        "Vancouver",
        [
            "Stanley Park by bike",
            "Granville Island market",
            "Capilano Suspension Bridge",
            "Gastown and Chinatown",
        ],
        "fresh salmon",
        "bring a rain jacket any time of year",
    ),
    (
        "Prague",
        [
            "the Old Town Square and the astronomical clock",
            "Charles Bridge at sunrise",
            "Prague Castle and St. Vitus Cathedral",
            "Vyšehrad and the riverside",
        ],
        "svíčková",
        "cross Charles Bridge early to avoid crowds",
    ),
    (
        "Hanoi",
        [
            "Hoan Kiem Lake and the Old Quarter",
            "the Temple of Literature",
            "the Ho Chi Minh Mausoleum area",
            "a day trip to Ha Long Bay",
        ],
        "pho and bún chả",
        "cross streets at a slow, steady pace so motorbikes can flow around you",
    ),
    (
        "Copenhagen",
        [
            "Nyhavn and a canal tour",
            "Tivoli Gardens",
            "Rosenborg Castle and the King's Garden",
            "Christiania and Refshaleøen",
        ],
        "smørrebrød",
        "rent a bike; the city is built for it",
    ),
    (
        "Sydney",
        [
            "the Opera House and Circular Quay",
            "the Bondi to Coogee coastal walk",
            "a ferry to Manly",
            "the Rocks and the Royal Botanic Garden",
        ],
        "a flat white and a meat pie",
        "wear sunscreen even on cloudy days",
    ),
]
TRIP_TEMPLATES = [
    "Plan a {days}-day trip to {city} for a first-time visitor.",
    "Can you make me a {days}-day itinerary for {city}?",
    "I'm visiting {city} for {days} days. What should I do each day?",
    "Help me plan {days} days in {city}; I like history and good food.",
]

# (goal, weekly focus list)
STUDY = [
    (
        "pass the AWS Solutions Architect Associate exam",
        [
            "core services: EC2, S3, IAM, VPC",
            "databases, caching and messaging",
            "high availability, scaling and disaster recovery",
            "security, cost optimisation and full practice exams",
        ],
    ),
    (
        "learn conversational Spanish basics",
        [
            "greetings, numbers and the present tense",
            "food, directions and shopping phrases",
            "past tense and talking about your day",
            "a first 30-minute conversation with a tutor",
        ],
    ),
    (
        "prepare for the SAT math section",
        [
            "algebra and linear equations",
            "problem solving and data analysis",
            "advanced math: quadratics and functions",
            "timed full-length practice tests",
        ],
    ),
    (
        "learn the basics of data analysis with pandas",
        [
            "loading, selecting and filtering data",
            "grouping, aggregating and merging",
            "cleaning messy data and handling dates",
            "a small end-to-end project with charts",
        ],
    ),
    (
        "get ready for coding interviews",
        [
            "arrays, strings and hash maps",
            "linked lists, stacks, queues and trees",
            "graphs, recursion and dynamic programming",
            "mock interviews and system design basics",
        ],
    ),
    (
        "learn music theory for guitar",
        [
            "notes on the fretboard and major scales",
            "chords and how they are built",
            "keys, progressions and the circle of fifths",
            "applying it: writing a short song",
        ],
    ),
]
STUDY_TEMPLATES = [
    "Create a {weeks}-week study plan to {goal}.",
    "I want to {goal} in {weeks} weeks. How should I structure my time?",
]

PROJECTS = [
    (
        "Plan a surprise 40th birthday party for my husband on a budget of $500.",
        "1. Three weeks out: set the date, pick a venue (home or a friend's garden saves money), and invite about "
        "25 people via a private group chat.\n2. Two weeks out: plan food: a taco bar or potluck keeps it "
        "around $200. Budget $80 for drinks and $60 for decorations.\n3. One week out: order a cake ($60), make a "
        "playlist, and recruit a friend to get him out of the house on the day.\n4. Day before: prepare food and "
        "decorate.\n5. On the day: keep $100 as a buffer for surprises.",
    ),
    (
        "Help me plan a move to a new apartment in four weeks.",
        "Week 1: declutter, book movers or a van, and give notice if needed.\nWeek 2: gather boxes, start packing "
        "rarely used items, and set up mail forwarding.\nWeek 3: transfer utilities and internet, update your "
        "address with your bank, employer and doctor.\nWeek 4: pack the rest, label boxes by room, prepare an "
        "essentials bag, clean the old place and photograph it for the deposit.",
    ),
    (
        "I want to start a vegetable garden this spring. Give me a plan.",
        "1. Choose a spot with six or more hours of sun and start small, about 2 x 3 metres or a few raised beds.\n"
        "2. Prepare the soil with compost two weeks before planting.\n3. Pick easy crops: lettuce, radishes, "
        "beans, courgettes and cherry tomatoes.\n4. Sow cool-season crops after the last frost risk is low, and "
        "warm-season crops a few weeks later.\n5. Water deeply twice a week, mulch, and keep a simple log of "
        "what you planted where.",
    ),
    (
        "Plan a one-day team offsite for 15 people focused on next year's goals.",
        "- 9:00 Coffee and a light icebreaker\n- 9:30 Review of this year: wins and lessons\n- 10:30 Break\n"
        "- 10:45 Small groups draft three goals each\n- 12:00 Lunch\n- 13:00 Groups present, then vote\n"
        "- 14:30 Turn the top goals into owners and first milestones\n- 15:30 Team activity outdoors\n"
        "- 17:00 Wrap-up and dinner\n\nSend a short pre-read a week before, and share the notes within two days.",
    ),
    (
        "Create a 12-week plan to go from couch to running 5 km.",
        "Run three times a week with a rest day between runs.\n\n- Weeks 1-3: alternate 1 minute running and 2 "
        "minutes walking for 24 minutes.\n- Weeks 4-6: 3 minutes running, 1 minute walking, six rounds.\n"
        "- Weeks 7-9: 8 to 10 minutes of running, short walk, repeat twice.\n- Weeks 10-12: build to 25-35 "
        "minutes of continuous easy running, which covers 5 km for most beginners.\n\nRepeat a week whenever it "
        "feels too hard.",
    ),
    (
        "Plan how to launch a podcast in the next two months.",
        "Weeks 1-2: define the audience and format, pick a name, and record a trial episode.\nWeeks 3-4: buy a "
        "decent USB microphone, set up editing software and a hosting service, design cover art.\nWeeks 5-6: "
        "record and edit three episodes so you launch with a backlog.\nWeek 7: submit the feed to Apple Podcasts "
        "and Spotify, prepare social posts.\nWeek 8: launch all three episodes and commit to a weekly schedule.",
    ),
    (
        "Help me plan a week of healthy dinners for a family of four.",
        "- Monday: sheet-pan chicken with roasted vegetables\n- Tuesday: lentil and spinach curry with rice\n"
        "- Wednesday: salmon, potatoes and green beans\n- Thursday: vegetable stir-fry with tofu and noodles\n"
        "- Friday: homemade pizza on wholemeal bases with salad\n- Saturday: chilli con carne with beans\n"
        "- Sunday: roast vegetables and leftover chicken soup\n\nCook extra rice on Tuesday for Thursday.",
    ),
    (
        "Plan a weekend hackathon for 60 university students.",
        "1. Two months before: book a venue with strong Wi-Fi and power, find sponsors for food and prizes.\n"
        "2. Six weeks before: open registration, recruit mentors and judges, publish the theme and rules.\n"
        "3. Two weeks before: confirm catering for dietary needs, plan the schedule, prepare a code of conduct.\n"
        "4. During: kickoff Friday evening, team formation, mentor hours Saturday, demos and judging Sunday "
        "afternoon.\n5. After: share photos and projects, thank sponsors, and collect feedback.",
    ),
    (
        "I have a thesis due in 10 weeks and have written nothing. Make me a plan.",
        "- Week 1: finalise your outline and agree it with your supervisor.\n- Weeks 2-3: literature review.\n"
        "- Weeks 4-5: methods and results, writing about 1,000 words a day.\n- Weeks 6-7: discussion and "
        "conclusion.\n- Week 8: introduction and abstract (easier once the rest exists).\n- Week 9: send the full "
        "draft to your supervisor; fix references and figures.\n- Week 10: final edits, proofreading, formatting.\n\n"
        "Write every weekday, even just 300 words.",
    ),
    (
        "Plan a two-week road trip through the national parks of Utah and Arizona.",
        "Day 1-2: Las Vegas to Zion; hike Angels Landing (permit) or the Narrows.\nDay 3: Bryce Canyon at sunset.\n"
        "Day 4-5: Capitol Reef and the scenic drive to Moab.\nDay 6-8: Arches and Canyonlands from Moab.\n"
        "Day 9: Monument Valley.\nDay 10: Page: Horseshoe Bend and Antelope Canyon (book a tour).\nDay 11-12: Grand "
        "Canyon South Rim.\nDay 13: Sedona.\nDay 14: drive to Phoenix or back to Las Vegas.\n\nBook lodging early "
        "and carry plenty of water.",
    ),
]


def trip_items(rng: random.Random) -> list[Item]:
    """Day-by-day itineraries built from each city's sights."""
    items = []
    for index, (city, sights, food, tip) in enumerate(CITIES):
        days = [2, 3, 4][index % 3]
        ask = TRIP_TEMPLATES[index % len(TRIP_TEMPLATES)].format(days=days, city=city)
        plan = [f"Day {d + 1}: {sights[d]}." for d in range(min(days, len(sights)))]
        if days > len(sights):
            plan.append(f"Day {days}: a slower day to revisit favourites and shop.")
        extra = rng.choice(
            [
                "Leave room for wandering; the best moments are often unplanned.",
                "Book popular sights a few days ahead.",
                "Mornings are the quietest time for the big sights.",
            ]
        )
        answer = "\n".join(plan) + f"\n\nDon't leave without trying {food}. Practical tip: {tip}. {extra}"
        items.append(Item(ask, answer, "Planning"))
    return items


def study_items(rng: random.Random) -> list[Item]:
    """Week-by-week study plans."""
    items = []
    for index, (goal, focus) in enumerate(STUDY):
        weeks = len(focus) * 2
        ask = STUDY_TEMPLATES[index % 2].format(weeks=weeks, goal=goal)
        lines = [f"- Weeks {2 * n + 1}-{2 * n + 2}: {topic}" for n, topic in enumerate(focus)]
        habit = rng.choice(
            [
                "Study about an hour a day, five days a week.",
                "Short daily sessions beat weekend cramming.",
                "Block the same time slot every day so it becomes a habit.",
            ]
        )
        answer = f"{habit}\n\n" + "\n".join(lines) + "\n\nEnd each week with a short self-test and adjust the plan."
        items.append(Item(ask, answer, "Planning"))
    return items


def planning_items(rng: random.Random) -> list[Item]:
    """All planning rows."""
    projects = [Item(ask, answer, "Planning") for ask, answer in PROJECTS]
    return trip_items(rng) + study_items(rng) + projects
