"""Creative writing rows: short poems, product copy, story openings, slogans and toasts."""

import random

from demo_content.item import Item

POEMS = [
    (
        "Write a haiku about the first snow of winter.",
        "Soft hush on the street,\nthe city forgets its noise,\nfootprints start from here.",
    ),
    (
        "Write a haiku about a cup of morning coffee.",
        "Steam curls from the rim,\ndark warmth in cold waking hands,\nthe day can wait. Sip.",
    ),
    (
        "Write a short poem about moving to a new city.",
        "New keys, new stairs, a window facing east,\nno one yet knows the way I take my tea.\n"
        "The streets are strangers, loud and unreleased,\nbut every corner waits to know me.",
    ),
    (
        "Write a four-line poem about the ocean at night.",
        "The tide rolls in with silver on its back,\nthe lighthouse counts in patient, yellow beats,\n"
        "and all the day's loud blue has faded black,\nwhile somewhere far below, the ocean breathes.",
    ),
    (
        "Write a haiku about a cat sleeping in the sun.",
        "Warm square on the floor,\none slow tail, one slower sigh,\nthe sun moves; so does she.",
    ),
    (
        "Write a short poem for a friend who just graduated.",
        "You carried late nights like a lantern through the rain,\nand now the path is yours to name.\n"
        "Go loud, go gentle, go wherever you are called;\nwe'll be here cheering, proud of it all.",
    ),
    (
        "Write a limerick about a forgetful wizard.",
        "A wizard who lived in a tower\nforgot every spell within the hour.\nHe'd wave and he'd shout,\n"
        "but nothing came out,\nexcept, now and then, a small flower.",
    ),
    (
        "Write a poem about autumn leaves in exactly six lines.",
        "They let go without a sound,\nred and amber, spinning down,\nthe maple's slow and golden sigh\n"
        "turned loose beneath a lowered sky.\nThe branches, lighter now, stand bare,\nand teach the art of letting go with care.",
    ),
    (
        "Write a haiku about a thunderstorm in summer.",
        "Heat breaks like a plate,\nthe sky drums on tin rooftops,\npetrichor rises.",
    ),
    (
        "Write a short poem about learning to ride a bike.",
        "A hand let go I didn't feel,\nthe street grew long beneath the wheel.\nI wobbled, laughed, and didn't fall,\n"
        "and suddenly I owned it all.",
    ),
    (
        "Write a two-stanza poem about a lighthouse keeper.",
        "He climbs the spiral every dusk,\ntrims the wick, wipes the glass of salt,\nand sends his light across the dark\n"
        "to ships that never know his name.\n\nIn the morning he sleeps while gulls argue,\nthe sea folds over itself, grey and kind,\n"
        "and somewhere, a sailor home safe\nremembers a light, and not the man.",
    ),
    (
        "Write a haiku about waiting for a train.",
        "Platform four, cold hands,\nthe board flickers: delayed.\nA sparrow boards first.",
    ),
]

PRODUCTS = [
    (
        "This bag",
        "a reusable silicone food bag",
        "home cooks who want less plastic waste",
        ["seals airtight", "goes from freezer to microwave", "survives hundreds of dishwasher cycles"],
    ),
    (
        "These earbuds",
        "noise-cancelling earbuds for commuters",
        "people who want calm on a crowded train",
        ["block out engine rumble", "last 8 hours per charge", "switch to transparency mode with a tap"],
    ),
    (
        "This converter",
        "a standing desk converter",
        "remote workers with back pain",
        ["lifts your laptop in two seconds", "fits on any desk", "holds two monitors"],
    ),
    (
        "This pot",
        "a smart plant pot",
        "people who always forget to water their plants",
        ["measures soil moisture", "sends a reminder to your phone", "waters itself for two weeks"],
    ),
    (
        "This backpack",
        "a compact travel backpack",
        "weekend travellers who hate checked luggage",
        ["fits airline cabin limits", "opens flat like a suitcase", "has a hidden passport pocket"],
    ),
    (
        "This mouse",
        "an ergonomic vertical mouse",
        "developers with wrist strain",
        ["keeps your hand in a natural handshake position", "pairs with three devices", "charges over USB-C"],
    ),
    (
        "This tea",
        "organic loose-leaf green tea",
        "tea lovers who care about origin",
        ["comes from a single estate in Shizuoka", "is hand-picked in spring", "brews three times"],
    ),
    (
        "This robot",
        "a kids' coding robot",
        "parents of curious 7-to-10-year-olds",
        ["teaches sequencing with colour cards", "needs no screen", "grows into Python later"],
    ),
    (
        "This skillet",
        "a cast iron skillet",
        "home cooks who want one pan for everything",
        ["sears steak perfectly", "goes from stovetop to oven", "lasts for generations"],
    ),
    (
        "This charger",
        "a solar-powered phone charger",
        "hikers and campers",
        ["charges two phones at once", "is waterproof", "folds to the size of a paperback"],
    ),
    (
        "This blanket",
        "a weighted blanket",
        "people who struggle to fall asleep",
        ["spreads gentle pressure evenly", "has a breathable cotton cover", "comes in three weights"],
    ),
    (
        "This wallet",
        "a minimalist leather wallet",
        "people who carry only cards",
        ["holds eight cards", "blocks RFID skimming", "is thinner than a pencil"],
    ),
]
PRODUCT_TEMPLATES = [
    "Write a product description for {p}, aimed at {a}.",
    "Can you write some marketing copy for {p}? The audience is {a}.",
    "Write a short, punchy product blurb for {p} for {a}.",
]

STORIES = [
    (
        "a retired astronaut",
        "a small seaside town",
        "finds a signal on an old radio that shouldn't exist",
        "The retired astronaut found a signal on her old radio, on a frequency nobody had used since 1986",
    ),
    (
        "a nervous young chef",
        "a famous Paris kitchen",
        "must cook for the critic who ruined her mentor",
        "The new chef read the reservation list twice before she let herself believe the name on it",
    ),
    (
        "a detective who can't remember faces",
        "a foggy 1920s London",
        "is asked to identify a murderer",
        "Inspector Hale had never once recognised a face, and now a widow was asking him to pick one out",
    ),
    (
        "two estranged sisters",
        "their late father's farm",
        "discover a locked room neither knew about",
        "Neither sister had visited the farm in ten years, and neither had ever seen the door behind the pantry",
    ),
    (
        "a robot built to sort mail",
        "an abandoned post office",
        "starts reading the letters",
        "Unit 7 had sorted four million letters without opening one, until the morning it opened one",
    ),
    (
        "a teenager who hears colours",
        "a city where music is banned",
        "joins an underground choir",
        "To Noor, the silent city sounded grey, which is why the faint gold coming from the drain was impossible",
    ),
    (
        "an elderly librarian",
        "a village library due to close",
        "finds a book that writes itself",
        "Mrs Okafor had catalogued every book in the building, so the one on her desk should not have had a blank spine",
    ),
    (
        "a delivery cyclist",
        "near-future Mumbai during a monsoon",
        "is handed a package that is ticking",
        "Ravi had delivered wet parcels, broken parcels and once a live goat, but never one that ticked",
    ),
    (
        "a lighthouse keeper's daughter",
        "a remote Scottish island",
        "sees a ship that sank 100 years ago",
        "Isla knew every ship that passed the island, and the one out there tonight had been at the bottom of the sea since 1921",
    ),
    (
        "a programmer on her last day at work",
        "a glass office tower",
        "notices her code has started answering back",
        "On her last afternoon, Dana ran the test suite one final time, and the test output said goodbye",
    ),
    (
        "a shy boy with a pet crow",
        "a mountain village",
        "learns the crow is bringing him other people's keys",
        "The crow brought Tomas a key every morning, and by spring he had forty of them and a very uneasy feeling",
    ),
    (
        "a translator at a peace summit",
        "a snowed-in hotel in Geneva",
        "realises one delegate is lying",
        "Halfway through the third session, Amira realised the delegate was not mistranslating; he was lying",
    ),
]
STORY_TEMPLATES = [
    "Write the opening paragraph of a story about {c} in {s} who {x}.",
    "Give me a story opening: {c}, {s}, and someone who {x}.",
    "Start a short story where {c} in {s} {x}.",
]

SLOGANS = [
    (
        "a neighbourhood bakery that opens at 5 a.m.",
        [
            "Fresh before the sun is up.",
            "Early mornings, warm bread.",
            "Your first good decision of the day.",
        ],
    ),
    (
        "a bike repair shop",
        [
            "We fix the ride, you enjoy the road.",
            "Back on two wheels by tomorrow.",
            "Every squeak has a story. We end it.",
        ],
    ),
    (
        "a language-learning app for busy adults",
        [
            "Fluency, five minutes at a time.",
            "Learn on the commute, speak on the trip.",
            "Small lessons. Big conversations.",
        ],
    ),
    (
        "an animal shelter's adoption drive",
        [
            "Adopt a friend for life.",
            "They've waited long enough. Come say hello.",
            "Love has four legs and a waggy tail.",
        ],
    ),
    (
        "a budgeting app",
        [
            "Know where every dollar goes.",
            "Spend with a plan, save without pain.",
            "Your money, finally on your side.",
        ],
    ),
    (
        "a community vegetable garden",
        ["Grow food, grow friends.", "Dig in together.", "From our soil to your table."],
    ),
    (
        "a dentist who specialises in nervous patients",
        ["Gentle care, zero judgement.", "Smile, we go slow.", "The dentist you won't dread."],
    ),
    (
        "an eco-friendly laundry detergent",
        [
            "Clean clothes, clear conscience.",
            "Tough on stains, kind to rivers.",
            "Fresh for you, gentle for the planet.",
        ],
    ),
    (
        "a local running club",
        ["All paces, one pack.", "Run together, go further.", "Sunday miles, lifelong friends."],
    ),
    (
        "a cybersecurity consultancy for small businesses",
        [
            "Big-company security, small-business price.",
            "We lock the doors you didn't know you had.",
            "Sleep well. We're watching the logs.",
        ],
    ),
]

TOASTS = [
    (
        "my best friend's wedding",
        "Maya and Jonah",
        "I've known Maya since we were eight and she convinced me that our treehouse needed a constitution. She "
        "has always known exactly what she wants, and the day she met Jonah, she knew again. Jonah, thank you for "
        "making her laugh the way you do, and for learning the treehouse constitution by heart. To Maya and "
        "Jonah: may your life together be full of adventures, patience and terrible puns. Cheers!",
    ),
    (
        "a colleague's retirement after 30 years",
        "Linda",
        "Thirty years, four office moves, and one legendary spreadsheet that still runs payroll. Linda, you taught "
        "half this room how to do the job and the other half how to keep calm while doing it. We'll miss your "
        "Friday muffins and your honest advice. Please enjoy every slow morning you've earned. To Linda!",
    ),
    (
        "my parents' 40th anniversary",
        "Mum and Dad",
        "Forty years ago two people who couldn't agree on a radio station decided to share a car, a house and a "
        "life. They still can't agree on the radio, but they've agreed on everything that matters: kindness, "
        "hard work, and always setting an extra plate. Mum and Dad, thank you for showing us what love looks "
        "like on ordinary Tuesdays. To forty more!",
    ),
    (
        "a team launch party after a hard release",
        "the team",
        "Six months ago this was a whiteboard sketch and a lot of optimism. Since then we've survived two "
        "migrations, one very long weekend and more pizza than any of us will admit. What we shipped is "
        "something real people use today, and it's because every person here cared. To the team, and to a "
        "quiet on-call week!",
    ),
    (
        "my sister's 30th birthday",
        "Elena",
        "Elena, you've been my role model, my fashion consultant and, on one occasion, my getaway driver. Thirty "
        "looks great on you, mostly because you've spent the last decade becoming exactly who you wanted to be. "
        "Here's to your thirties: more travel, more courage, and fewer houseplants that die. To Elena!",
    ),
    (
        "a friend's new business opening",
        "Sam",
        "Sam, most of us talk about doing something like this. You actually did it: the late nights, the "
        "paperwork, the paint on your shoes. Walking in here today, it feels exactly like you: warm, a little "
        "bold, and welcoming to everyone. To Sam and to many busy years ahead!",
    ),
]


def poem_items() -> list[Item]:
    """Hand-written short poems."""
    return [Item(ask, answer, "Creative writing") for ask, answer in POEMS]


def product_items(rng: random.Random) -> list[Item]:
    """Product copy composed from each product's audience and features."""
    items = []
    for index, (subject, product, audience, features) in enumerate(PRODUCTS):
        ask = PRODUCT_TEMPLATES[index % 3].format(p=product, a=audience)
        hook = rng.choice([f"Made for {audience}.", f"Built with {audience} in mind.", f"For {audience}, finally."])
        body = f"{subject} {features[0]}, {features[1]} and {features[2]}."
        close = rng.choice(
            [
                "Once you try it, you won't go back.",
                "Small change, big difference.",
                "Get yours today.",
                "Simple, reliable, and made to last.",
            ]
        )
        items.append(Item(ask, f"{hook} {body} {close}", "Creative writing"))
    return items


def story_items(rng: random.Random) -> list[Item]:
    """Story openings that set up the character, place and problem from the request."""
    items = []
    for index, (character, setting, hook, first_line) in enumerate(STORIES):
        ask = STORY_TEMPLATES[index % 3].format(c=character, s=setting, x=hook)
        mood = rng.choice(
            [
                "Outside, the weather carried on as if nothing had happened.",
                "There was nobody to tell, and no way to pretend it hadn't happened.",
                "Later, it would seem obvious that everything started right there.",
                "It was, as these things go, an ordinary day until then.",
            ]
        )
        closing = rng.choice(
            [
                "The only sensible thing was to ignore it. So, of course, that's not what happened.",
                "By nightfall, there would be no going back.",
                "Curiosity, it turned out, was stronger than fear.",
            ]
        )
        items.append(Item(ask, f"{first_line}. {mood} {closing}", "Creative writing"))
    return items


def slogan_items() -> list[Item]:
    """Three slogans per business."""
    items = []
    for business, slogans in SLOGANS:
        ask = f"Come up with three slogans for {business}."
        items.append(Item(ask, "\n".join(f"{n}. {s}" for n, s in enumerate(slogans, 1)), "Creative writing"))
    return items


def toast_items() -> list[Item]:
    """Short toasts for personal occasions."""
    return [
        Item(f"Write a short toast for {occasion}. The toast is for {who}.", text, "Creative writing")
        for occasion, who, text in TOASTS
    ]


def creative_items(rng: random.Random) -> list[Item]:
    """All creative writing rows."""
    return poem_items() + product_items(rng) + story_items(rng) + slogan_items() + toast_items()
