"""Brainstorming rows: idea lists for everyday and work topics."""

import random

from demo_content.item import Item

TEMPLATES = [
    "Give me some ideas for {t}.",
    "Brainstorm ideas for {t}.",
    "I need ideas for {t}. What do you suggest?",
    "List a few creative options for {t}.",
]

TOPICS = [
    (
        "a rainy Sunday afternoon with kids",
        [
            "build a blanket fort and read inside it",
            "bake and decorate cookies",
            "indoor scavenger hunt with picture clues",
            "make a cardboard marble run",
            "put on a puppet show",
        ],
    ),
    (
        "a small business name for a dog-walking service",
        [
            "Pawsitive Strides",
            "The Lead Brigade",
            "Walkies & Co.",
            "Tail Trail",
            "Happy Paws Patrol",
            "Sniff & Stroll",
        ],
    ),
    (
        "team-building activities for a remote team",
        [
            "a virtual escape room",
            "a weekly 'show your desk' call",
            "an online pub quiz with mixed teams",
            "a shared playlist everyone adds to",
            "a two-truths-and-a-lie round",
            "a cooking session with the same recipe",
        ],
    ),
    (
        "a science fair project for a 12-year-old",
        [
            "which materials insulate a cup of hot water best",
            "does music affect plant growth",
            "testing homemade pH indicators from red cabbage",
            "the best paper airplane design for distance",
            "how salt affects the freezing point of water",
        ],
    ),
    (
        "using leftover rice",
        [
            "egg fried rice",
            "rice pudding with cinnamon",
            "arancini with mozzarella",
            "stuffed peppers",
            "rice and bean burritos",
            "crispy rice cakes",
        ],
    ),
    (
        "a first date that isn't dinner",
        [
            "a cooking class",
            "a board game café",
            "a walk through a botanical garden",
            "a pottery workshop",
            "a comedy open-mic night",
            "a food market crawl",
        ],
    ),
    (
        "YouTube video topics for a personal finance channel",
        [
            "how I built a budget in one hour",
            "index funds explained in five minutes",
            "reacting to viewers' spending",
            "the true cost of owning a car",
            "ten frugal habits that actually matter",
        ],
    ),
    (
        "reducing plastic at home",
        [
            "switch to bar soap and shampoo bars",
            "use beeswax wraps instead of cling film",
            "buy grains and nuts from refill shops",
            "carry a reusable bottle and coffee cup",
            "choose loose fruit and vegetables",
        ],
    ),
    (
        "a fantasy novel's magic system",
        [
            "magic fuelled by memories the caster then loses",
            "spells that must be sung in harmony",
            "power drawn from keeping promises",
            "magic that only works on things you have named",
            "spells paid for with years of the caster's life",
        ],
    ),
    (
        "gifts for a coworker who is leaving",
        [
            "a card signed by the team with favourite memories",
            "a nice notebook and pen",
            "a plant for their new desk",
            "a gift card for a local restaurant",
            "a framed team photo",
        ],
    ),
    (
        "ways to make a long commute more enjoyable",
        [
            "audiobooks or language lessons",
            "a podcast club with friends",
            "a rotating playlist of new albums",
            "meditation apps on the train",
            "calling family if you drive (hands-free)",
        ],
    ),
    (
        "a theme for a company hackathon",
        [
            "tools that save everyone an hour a week",
            "accessibility for all users",
            "sustainability in our own operations",
            "fixing the most annoying internal process",
            "delighting our support team",
        ],
    ),
    (
        "blog post ideas for a bakery",
        [
            "the story behind our sourdough starter",
            "a day in the life of a baker at 4 a.m.",
            "how to store bread so it stays fresh",
            "seasonal bakes for autumn",
            "meet our team",
        ],
    ),
    (
        "a birthday party theme for a 7-year-old",
        [
            "dinosaur dig with buried 'fossils'",
            "space mission with a cardboard rocket",
            "pirate treasure hunt",
            "superhero training camp",
            "under-the-sea party",
        ],
    ),
    (
        "ways to practise English speaking alone",
        [
            "shadow podcasts sentence by sentence",
            "describe your day out loud",
            "record yourself and compare with native audio",
            "read children's books aloud",
            "talk through recipes while cooking",
        ],
    ),
    (
        "fundraising ideas for a school library",
        [
            "a read-a-thon with sponsors per page",
            "a used-book sale",
            "an author visit with ticketed Q&A",
            "a 'sponsor a shelf' campaign",
            "a bake sale at parents' evening",
        ],
    ),
    (
        "features for a habit-tracking app",
        [
            "streaks with gentle recovery after a missed day",
            "habit stacking suggestions",
            "weekly reflections",
            "shared habits with a friend",
            "widgets for one-tap check-ins",
        ],
    ),
    (
        "weekend side projects for a programmer",
        [
            "a personal finance dashboard",
            "a CLI tool that automates a chore",
            "a bot for a group chat",
            "a static blog generator",
            "a browser extension that blocks distractions",
        ],
    ),
    (
        "ways to celebrate a team milestone on a small budget",
        [
            "a potluck lunch",
            "handwritten thank-you notes",
            "an afternoon off",
            "a shout-out in the company newsletter",
            "a team walk and picnic",
        ],
    ),
    (
        "unusual pizza toppings that actually work",
        [
            "fig, gorgonzola and honey",
            "potato, rosemary and garlic",
            "pear and walnut with blue cheese",
            "kimchi and mozzarella",
            "corn, jalapeño and lime",
        ],
    ),
    (
        "a title for a mystery novel set on a train",
        [
            "The Last Carriage",
            "Night Service to Nowhere",
            "Platform Zero",
            "Stops Unannounced",
            "The Sleeper Car Affair",
        ],
    ),
    (
        "ways to make meetings shorter",
        [
            "send an agenda in advance",
            "default to 25 or 50 minutes",
            "start with decisions needed",
            "use a shared doc for updates instead of reading them out",
            "end with owners and deadlines",
        ],
    ),
    (
        "Halloween costume ideas for a couple",
        [
            "salt and pepper shakers",
            "a plug and socket",
            "Bonnie and Clyde",
            "a ghost and a ghostbuster",
            "peanut butter and jelly",
        ],
    ),
    (
        "ways to get kids interested in reading",
        [
            "let them choose books freely",
            "read aloud with silly voices",
            "graphic novels and comics count",
            "visit the library weekly",
            "connect books to their hobbies",
        ],
    ),
    (
        "content for a museum's social media",
        [
            "object of the week with a surprising story",
            "behind-the-scenes conservation",
            "ask-a-curator sessions",
            "then-and-now photos",
            "visitor favourite polls",
        ],
    ),
    (
        "low-cost ways to improve a small apartment",
        [
            "mirrors to bounce light",
            "plants for warmth and texture",
            "under-bed storage boxes",
            "warm bulbs instead of cold light",
            "a rug to define the living area",
        ],
    ),
]


def brainstorm_items(rng: random.Random) -> list[Item]:
    """One idea list per topic, with a short lead-in."""
    items = []
    for index, (topic, ideas) in enumerate(TOPICS):
        ask = TEMPLATES[index % len(TEMPLATES)].format(t=topic)
        lead = rng.choice(["Here are some ideas:", "A few to get you started:", "Some options:", ""])
        body = "\n".join(f"- {idea[0].upper() + idea[1:]}" for idea in ideas)
        closing = rng.choice(["", "", "Want me to expand on any of these?"])
        answer = "\n\n".join(part for part in (lead, body, closing) if part)
        items.append(Item(ask, answer, "Brainstorming"))
    return items
