"""More everyday rows across brainstorming, advice, role play, editing, writing and odds and ends."""

from demo_content.item import Item

BRAINSTORM = [
    (
        "What could I do with an old wooden ladder?",
        [
            "a bookshelf leaning against the wall",
            "a towel rack in the bathroom",
            "a hanging pot rack in the kitchen",
            "a plant stand on the balcony",
            "a blanket display in the living room",
        ],
    ),
    (
        "Suggest names for a cosy neighbourhood café.",
        [
            "The Daily Grind",
            "Corner Cup",
            "Slow Morning",
            "Steam & Crumb",
            "The Reading Room",
            "Half Past Nine",
        ],
    ),
    (
        "What are some ways to reuse glass jars?",
        [
            "storing spices and grains",
            "overnight oats containers",
            "candle holders",
            "a small herb garden",
            "desk organisers for pens",
            "gift jars of homemade jam",
        ],
    ),
    (
        "Give me ideas for a 10-minute morning routine.",
        [
            "two minutes of stretching",
            "a glass of water before coffee",
            "write down the day's top three tasks",
            "five deep breaths by an open window",
            "make the bed straight away",
        ],
    ),
    (
        "What topics could I cover in a newsletter for new parents?",
        [
            "sleep tips that actually work",
            "quick one-handed meals",
            "milestones and when not to worry",
            "looking after your own mental health",
            "budget-friendly baby gear",
        ],
    ),
    (
        "Ideas for a zero-waste birthday party?",
        [
            "digital invitations",
            "reusable fabric bunting",
            "real plates and cutlery",
            "a potluck with homemade food",
            "experience gifts instead of stuff",
        ],
    ),
    (
        "How could a small town attract more tourists?",
        [
            "a signature annual festival",
            "well-marked walking and cycling trails",
            "a local food and craft market",
            "partnerships with nearby attractions",
            "an Instagrammable mural trail",
        ],
    ),
    (
        "Give me plot twist ideas for a detective story.",
        [
            "the narrator is the culprit",
            "the victim faked their own death",
            "two crimes were committed by different people on the same night",
            "the detective's partner planted the key evidence",
            "the crime never happened at all",
        ],
    ),
    (
        "Suggest hobbies I can start for under $50.",
        [
            "running",
            "sketching with a pencil set",
            "birdwatching with a field guide",
            "learning chess online",
            "sourdough baking",
            "journaling",
        ],
    ),
    (
        "What are some good questions to ask at the end of a job interview?",
        [
            "What does success look like in the first 90 days?",
            "What's the biggest challenge the team faces right now?",
            "How do you support learning and growth?",
            "How would you describe the team's working style?",
            "What are the next steps?",
        ],
    ),
    (
        "Ideas for a classroom activity about recycling?",
        [
            "sort a bag of clean rubbish into bins as a race",
            "build a sculpture from recyclables",
            "audit the school's bins for a week",
            "visit a recycling centre",
            "design posters for the cafeteria",
        ],
    ),
    (
        "What can I cook with chickpeas?",
        [
            "hummus",
            "crispy roasted chickpeas",
            "chana masala",
            "falafel",
            "chickpea and spinach stew",
            "smashed chickpea sandwiches",
        ],
    ),
    (
        "Name ideas for a podcast about personal growth.",
        [
            "Small Steps",
            "The Better Hour",
            "Growing Pains",
            "Becoming",
            "The Long Way Round",
            "Notes to Self",
        ],
    ),
    (
        "Suggest ways to celebrate a friend's promotion.",
        [
            "a surprise dinner at their favourite place",
            "a toast with colleagues",
            "a card with notes from friends",
            "a framed print of their new title as a joke",
            "a weekend day trip",
        ],
    ),
    (
        "What are some conversation starters for a networking event?",
        [
            "What brought you here today?",
            "What are you working on that excites you?",
            "How did you get into your field?",
            "Have you been to this event before?",
            "What's a trend in your industry you're watching?",
        ],
    ),
    (
        "Ideas to make a long flight more comfortable?",
        [
            "a neck pillow and eye mask",
            "compression socks",
            "downloaded films and podcasts",
            "a refillable water bottle",
            "walk the aisle every couple of hours",
        ],
    ),
    (
        "Suggest weekend project ideas to do with teenagers.",
        [
            "build a birdhouse",
            "make a short film on a phone",
            "repair an old bike",
            "cook a three-course dinner",
            "plant a small vegetable bed",
        ],
    ),
    (
        "What are creative ways to display family photos?",
        [
            "a gallery wall with mixed frames",
            "clothespins on string lights",
            "a rotating digital frame",
            "photo books for each year",
            "a corkboard collage",
        ],
    ),
]

ADVICE_MORE = [
    (
        "How do I politely decline a wedding invitation?",
        "Reply promptly, thank them warmly, and give a brief "
        "reason without over-explaining: 'We're so happy for you both, but unfortunately we can't make it.' "
        "Sending a card or gift shows you care even though you won't be there.",
    ),
    (
        "How can I stop overthinking before bed?",
        "Give your thoughts somewhere to go: write tomorrow's to-do list "
        "and any worries on paper an hour before bed. Keep a consistent wind-down routine, avoid work email late, "
        "and if you can't sleep after 20 minutes, get up and read something light until you feel drowsy.",
    ),
    (
        "What should I consider before adopting a dog?",
        "Think about time (walks, training, company every day), "
        "costs (food, vet, insurance, boarding), space and your landlord's rules, and the dog's energy level compared "
        "with your lifestyle. A rescue shelter can match you with a dog whose temperament fits.",
    ),
    (
        "How do I negotiate a lower rent?",
        "Research comparable rents nearby, and time the conversation before "
        "renewal. Emphasise what makes you a good tenant (on-time payments, longer lease). Offer something in "
        "return, like signing for 18 months, and put the agreement in writing.",
    ),
    (
        "How can I become a morning person?",
        "Shift your wake-up time gradually, 15 minutes earlier every few days, "
        "and keep it the same at weekends. Get bright light right after waking, and go to bed earlier by the same "
        "amount. Give yourself something you look forward to in the morning.",
    ),
    (
        "How do I prepare for a difficult conversation with my boss?",
        "Be clear on the outcome you want and the "
        "facts that support it. Rehearse your opening sentence, anticipate objections, and plan to listen. Ask for "
        "a private meeting at a calm time, and focus on the problem rather than blame.",
    ),
    (
        "What's the best way to learn to code as an adult?",
        "Pick one language (Python or JavaScript are friendly), "
        "follow a structured beginner course, and build tiny projects that solve your own problems as soon as "
        "possible. Code a little every day, read other people's code, and join a community where you can ask "
        "questions.",
    ),
    (
        "How do I support a friend who is grieving?",
        "Show up and keep showing up: a message, a meal, help with "
        "errands. Say their loved one's name and listen without trying to fix things. Avoid clichés like 'everything "
        "happens for a reason'. Remember that grief continues long after the funeral, so check in weeks and months "
        "later.",
    ),
    (
        "Should I buy or lease a car?",
        "Buying costs more upfront but is cheaper over time if you keep the car for "
        "years, and there are no mileage limits. Leasing gives lower monthly payments and a new car every few years, "
        "but you never own it and pay fees for extra miles or wear. Drivers who keep cars long usually save by "
        "buying.",
    ),
    (
        "How can I make my small apartment feel bigger?",
        "Use light colours and mirrors to bounce light, choose "
        "furniture with visible legs, and keep floors clear with vertical storage. Curtains hung high and wide make "
        "windows feel larger, and fewer, larger pieces feel calmer than many small ones.",
    ),
    (
        "How do I start journaling and actually stick with it?",
        "Keep it tiny: three sentences a day, same time, "
        "same place, such as with your morning coffee. Use prompts when stuck ('What's on my mind?', 'One thing I'm "
        "grateful for'). Don't aim for good writing; aim for showing up.",
    ),
    (
        "How much should I tip in the US?",
        "At sit-down restaurants 18 to 20% of the pre-tax bill is standard, "
        "more for excellent service. Bartenders get about $1 to $2 per drink, taxi and rideshare drivers 15 to 20%, "
        "and hotel housekeeping a few dollars per night.",
    ),
    (
        "How can I reduce anxiety before a presentation?",
        "Practise out loud several times, including the first "
        "minute word for word, since starting is the hardest part. Arrive early to check the room. Slow, extended "
        "exhales calm your nervous system. Remember the audience wants you to do well.",
    ),
    (
        "What should I do if I think I'm underpaid?",
        "Gather evidence: salary surveys, job postings and, if you "
        "can, peers' figures for similar roles. List your achievements, then request a meeting to discuss "
        "compensation. If the company can't move, looking at outside offers is a legitimate way to learn your worth.",
    ),
]

ROLEPLAY_MORE = [
    (
        "Pretend you're a librarian helping me find a book for a long flight.",
        "Ah, a long flight! Do you want to "
        "be gripped or transported? For gripping, I'd hand you a twisty thriller you can't put down. For "
        "transporting, a big sweeping novel set somewhere you've never been. Tell me the last book you loved and "
        "I'll find its perfect companion.",
    ),
    (
        "Act as a personal trainer and design my first gym session.",
        "Welcome! Today is about learning the "
        "movements, not exhausting you. Five minutes on the bike to warm up, then goblet squats, dumbbell rows, "
        "push-ups on the bench and glute bridges: two sets of ten each, resting a minute between sets. We finish "
        "with a short stretch. How does that sound?",
    ),
    (
        "You are a gardener from the 1800s. Give me advice about growing tomatoes.",
        "Tomatoes, you say? Many folk "
        "still fear them, but I have grown them these twenty years. Sow the seed indoors by a warm window in early "
        "spring, set them out only when the frosts are done, and give each a stout stake. Pinch out the shoots "
        "between stem and branch, and water at the root, never the leaves.",
    ),
    (
        "Pretend to be my future self, ten years from now, writing me a short note.",
        "Hey, it's you, ten years "
        "on. The thing you're worrying about most right now? It worked out, just not the way you planned. Keep "
        "calling your friends, keep walking every day, and please start saving a little each month. You're doing "
        "better than you think.",
    ),
    (
        "Act as a museum curator introducing a dinosaur exhibit.",
        "Welcome to the Age of Giants! In front of you "
        "stands a cast of a Tyrannosaurus rex skeleton, about 12 metres long, which lived around 67 million years "
        "ago. Look at the tiny arms, then at the teeth, some as long as bananas. As we walk on, notice how many of "
        "these animals were covered in feathers.",
    ),
    (
        "You're a ship's navigator in the 1700s. Explain how you know where we are.",
        "With this sextant I measure "
        "the angle of the sun at noon, which tells me our latitude. Longitude is harder: I keep careful track of "
        "our speed with the log line and our heading by the compass. And if the captain's new marine chronometer "
        "holds true, I'll know our longitude better than any navigator before me.",
    ),
    (
        "Pretend you're a barista and recommend me a drink.",
        "What's your mood today? If you want something "
        "comforting, try our oat milk honey latte. It's smooth and just a little sweet. Feeling adventurous? Our "
        "cold brew with orange zest is a customer favourite. And if you're avoiding caffeine, the chai is lovely.",
    ),
    (
        "Act as a language partner and have a simple conversation with me in Spanish.",
        "¡Hola! Me llamo Lucía. "
        "Soy de Sevilla y trabajo como profesora. ¿Y tú? ¿Cómo te llamas y de dónde eres? (Hi! My name is Lucía. "
        "I'm from Seville and I work as a teacher. And you? What's your name and where are you from?)",
    ),
]

OTHERS_MORE = [
    ("Give me a tongue twister.", "Six sleek swans swam swiftly southwards. Try saying it three times fast!"),
    (
        "What's a good name for a goldfish?",
        "Bubbles, Goldie, Finn, Sushi (for the brave), Captain Nemo or Sir Swims-a-Lot.",
    ),
    ("Convert 5 kilometres to miles.", "5 km is about 3.11 miles (1 km ≈ 0.621 miles)."),
    (
        "How many days are there until the end of a 365-day year if today is day 200?",
        "365 - 200 = 165 days remain.",
    ),
    ("Write the alphabet backwards.", "Z Y X W V U T S R Q P O N M L K J I H G F E D C B A"),
    ("Give me a riddle for kids.", "What has hands but can't clap? A clock!"),
    (
        "What's the plural of 'cactus'?",
        "Both 'cacti' and 'cactuses' are accepted; 'cacti' is more common in writing.",
    ),
    (
        "List the planets in order from the Sun.",
        "Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune.",
    ),
    (
        "What time is it in Tokyo when it's noon in London in winter?",
        "9 p.m. In winter London is on GMT (UTC+0) and Tokyo is UTC+9; Japan doesn't use daylight saving time.",
    ),
    ("Turn 'hello world' into title case.", "Hello World"),
]

GRAMMAR_MORE = [
    (
        'Check this sentence: "Everyone should bring their own lunch, its going to be a long day."',
        "Corrected: \"Everyone should bring their own lunch; it's going to be a long day.\" 'It's' means 'it is', "
        "and a semicolon fixes the comma splice.",
    ),
    (
        'Fix this: "I have went to that restaurant before."',
        "Corrected: \"I have gone to that restaurant before.\" The past participle of 'go' is 'gone'.",
    ),
    (
        "Is 'irregardless' a real word?",
        "It appears in some dictionaries as nonstandard, but in careful writing use "
        "'regardless'. 'Irregardless' is widely considered an error because 'ir-' and '-less' both negate.",
    ),
    (
        'Correct the punctuation: "Lets eat grandma!"',
        "\"Let's eat, Grandma!\" The comma shows you're talking "
        "to Grandma rather than planning to eat her, and 'let's' needs an apostrophe.",
    ),
    (
        'Proofread: "The principle reason for the delay was a lack of staff."',
        'Corrected: "The principal '
        "reason for the delay was a lack of staff.\" 'Principal' means main; 'principle' is a rule or belief.",
    ),
    (
        'Fix the agreement error: "The list of items are on the desk."',
        "Corrected: \"The list of items is on the desk.\" The subject is 'list', which is singular.",
    ),
    (
        'Is this correct? "I feel badly about what happened."',
        'Better: "I feel bad about what happened." '
        "'Feel' is a linking verb here, so it takes an adjective; 'badly' would describe your sense of touch.",
    ),
    (
        'Correct this: "Him and me are going to the game."',
        'Corrected: "He and I are going to the game." Subjects need subject pronouns.',
    ),
]

POEMS_MORE = [
    (
        "Write a haiku about a bicycle ride at dawn.",
        "Chain hums, cold air bites,\nthe road unrolls pink and gold,\nmy breath runs ahead.",
    ),
    (
        "Write a short poem about a grandmother's kitchen.",
        "It smelled of cardamom and patience,\nof bread that took "
        "all afternoon.\nShe measured nothing, tasted everything,\nand hummed the same three bars of a tune.",
    ),
    (
        "Write a haiku about city lights from a plane window.",
        "Below, a spilled jar:\ngold beads stitched along black threads,\nmillions, still awake.",
    ),
    (
        "Write a four-line poem about a library at closing time.",
        "The lamps click off in patient rows,\nthe "
        "stories settle on their shelves;\nthe last page turns, the big door goes,\nand books keep talking to themselves.",
    ),
    (
        "Write a short poem about the first day of spring.",
        "The ground forgets its frozen vow,\na blackbird argues "
        "with the light,\nand every bare and waiting bough\nrehearses green by candlelight.",
    ),
    (
        "Write a haiku about homework.",
        "Blank page, ticking clock,\nthe pencil chews its own thought,\nthen the first word comes.",
    ),
]


def general_more_items() -> list[Item]:
    """All rows in this module."""
    items = []
    for ask, ideas in BRAINSTORM:
        items.append(Item(ask, "\n".join(f"- {idea[0].upper() + idea[1:]}" for idea in ideas), "Brainstorming"))
    items += [Item(ask, answer, "Advice seeking") for ask, answer in ADVICE_MORE]
    items += [Item(ask, answer, "Role playing") for ask, answer in ROLEPLAY_MORE]
    items += [Item(ask, answer, "Others") for ask, answer in OTHERS_MORE]
    items += [Item(ask, answer, "Editing") for ask, answer in GRAMMAR_MORE]
    items += [Item(ask, answer, "Creative writing") for ask, answer in POEMS_MORE]
    return items
