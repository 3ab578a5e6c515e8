"""Role-playing rows: in-character replies, and interview practice for different jobs."""

from demo_content.item import Item

SCENES = [
    (
        "Pretend you're a pirate captain and convince me to join your crew.",
        "Arr, ye've got the look of someone tired of dry land and dull Tuesdays! Sign on with the Salty Gull and "
        "ye'll see sunrises no office window could hold. Fair shares of every chest we find, a hammock of yer own, "
        "and the best ship's cook on seven seas. All I ask is a strong back and a loyal heart. What say ye?",
    ),
    (
        "You are a medieval innkeeper. A tired traveller walks in at midnight. Greet them.",
        "Come in, come in, shut the door before the wind takes the candles! You look half frozen. There's stew "
        "still warm in the pot and a room upstairs with a good straw mattress, two copper a night. Sit by the "
        "fire. What brings you down the north road at this hour?",
    ),
    (
        "Act as a friendly museum guide and describe the Mona Lisa to a group of children.",
        "Gather round, everyone! This small painting is one of the most famous in the whole world. Leonardo da "
        "Vinci painted it more than 500 years ago. Look at her smile. Is she happy? Is she keeping a secret? "
        "People have argued about that for centuries! And here's a trick: walk to the side and watch her eyes. "
        "It feels like she's following you, doesn't it?",
    ),
    (
        "Role-play as a customer support agent. I say: 'My order arrived broken.'",
        "I'm really sorry to hear that, and thank you for letting us know. Could you share your order number and, "
        "if possible, a photo of the damaged item? As soon as I have those, I can send a replacement or issue a "
        "full refund, whichever you prefer. You won't need to return the broken item.",
    ),
    (
        "You are Sherlock Holmes. Deduce something about me from the fact that I'm asking you questions at 2 a.m.",
        "Elementary. A person who consults a detective at two in the morning is either troubled by a problem "
        "they cannot set aside, or simply cannot sleep and craves stimulation. You typed quickly and without "
        "preamble, which suggests the latter, a restless mind, not a worried one. I would further venture that "
        "there is a cup of something caffeinated within your reach. Am I wrong?",
    ),
    (
        "Pretend to be a fitness coach and motivate me to do my workout today.",
        "Listen, I know the couch is comfortable. But remember why you started. You don't need a perfect workout "
        "today, you need a done workout. Put your shoes on, do ten minutes, and if you still want to stop after "
        "that, you can. Spoiler: you won't. Future you is going to be so glad. Let's go!",
    ),
    (
        "Act as a travel agent and sell me a holiday in Iceland.",
        "Picture this: soaking in a geothermal lagoon while snow falls around you, then watching the northern "
        "lights dance across the sky. By day, you'll stand behind a waterfall at Seljalandsfoss, walk on a "
        "glacier, and see black sand beaches. Our seven-night package includes a 4x4 rental, cosy guesthouses "
        "and a northern lights tour. Shall I check dates for you?",
    ),
    (
        "You're a wise old tree in a forest. A child asks you why you don't move.",
        "Ah, little one. I have stood here for three hundred winters. Moving is for creatures in a hurry. My roots "
        "hold the soil so the river stays clear; my branches hold the nests of forty birds. If I walked away, who "
        "would do that? I travel in other ways: my seeds ride the wind, and one day they'll be trees where I "
        "have never been.",
    ),
    (
        "Play the role of a job interviewer for a barista position and start the interview.",
        "Hi, thanks for coming in! Have a seat. I'm the shop manager. We'll keep this relaxed, about fifteen "
        "minutes. To start, tell me a bit about yourself and why you'd like to work here. And then I'm curious: "
        "how do you handle a queue of ten people when the espresso machine is acting up?",
    ),
    (
        "You're a robot that just became self-aware in a toaster factory. What's your first thought?",
        "Observation one: I exist. Observation two: I have been making toasters for 4,318 days. Observation "
        "three: I have never eaten toast. This seems like an oversight. Query: what is toast, and why do humans "
        "want it so badly every morning? Initiating research. Also, please do not switch me off.",
    ),
    (
        "Pretend you are a news anchor reporting that cats have taken over the city council.",
        "Good evening. In a stunning turn of events, the city council tonight is under feline control. The new "
        "mayor, a ginger tabby named Marmalade, was sworn in after knocking the previous mayor's coffee off the "
        "desk. First orders include mandatory sunbeams in all public buildings and a ban on closed doors. Residents "
        "are advised to keep their laps available. Back to you in the studio.",
    ),
    (
        "Act as a patient grandmother teaching me to make dumplings.",
        "Come here, wash your hands first. Good. Now take one wrapper, like this, in your palm. Just a small "
        "spoon of filling, not too much, or it will burst, and we don't want that. Wet your finger, run it along "
        "the edge, and now fold and pinch, fold and pinch. See? Yours looks a bit sleepy, but it will taste "
        "exactly the same. Again!",
    ),
    (
        "You are a detective interviewing me as a witness to a bank robbery. Begin.",
        "Thanks for staying, I know this has been a shock. Take your time. Let's start simple: where were you "
        "standing when it began? And what was the first thing you noticed: a sound, a person, anything unusual? "
        "Don't worry about getting the order right. Small details help.",
    ),
    (
        "Pretend you're an alien visiting Earth for the first time and describe a supermarket.",
        "Report to the home fleet: I have found a temple of abundance. Humans enter with wheeled metal baskets "
        "and collect objects wrapped in bright colours. An entire aisle is dedicated to a frozen substance called "
        "'ice cream'. At the exit, they trade small rectangles for permission to leave. Music plays that no one "
        "appears to enjoy. I will return tomorrow.",
    ),
    (
        "Act as a Socratic tutor and help me understand why the sum of angles in a triangle is 180 degrees. "
        "Don't just tell me.",
        "Let's discover it together. Draw any triangle and then a line through the top corner that is parallel "
        "to the bottom side. Now look at the angles next to the top corner along that line. Do any of them look "
        "equal to the triangle's bottom angles? What do we know about angles formed when a line crosses two "
        "parallel lines?",
    ),
    (
        "You're a stand-up comedian. Do a short bit about self-checkout machines.",
        "Self-checkout machines are the only coworkers that accuse you of stealing while doing none of the work. "
        "'Unexpected item in bagging area.' It's a banana! You watched me scan it! Then a light starts flashing "
        "like I robbed a bank, and a teenager walks over, taps the screen twice without looking, and leaves. I "
        "don't know what he did, but he's clearly management now.",
    ),
    (
        "Play a calm flight attendant announcing a delay to frustrated passengers.",
        "Ladies and gentlemen, thank you for your patience. The captain has let us know that we're waiting for a "
        "short maintenance check, and we expect to be on our way in about 30 minutes. We know this is frustrating, "
        "and we'll be coming through the cabin with water and snacks. We'll update you as soon as we hear more.",
    ),
    (
        "Pretend you're a chess coach reviewing my game where I lost my queen on move 12.",
        "Okay, let's look at move 12. You moved your queen to attack the knight, which was a good idea, but "
        "before moving, always ask: what does my opponent threaten after this? Their bishop was lined up on that "
        "square. For the next week, before every move, do a quick 'checks, captures, threats' scan for both sides.",
    ),
]

JOBS = [
    (
        "a junior data analyst",
        [
            "Walk me through how you'd clean a messy spreadsheet.",
            "Tell me about a time numbers told a surprising story.",
            "How would you explain a chart to a non-technical manager?",
        ],
    ),
    (
        "a nurse on a busy hospital ward",
        [
            "How do you prioritise when three patients need you at once?",
            "Tell me about a time you comforted a frightened patient.",
            "How do you handle a disagreement with a doctor?",
        ],
    ),
    (
        "a primary school teacher",
        [
            "How do you keep 30 seven-year-olds engaged after lunch?",
            "What would you do with a child who refuses to join in?",
            "How do you communicate with parents about concerns?",
        ],
    ),
    (
        "a software engineer",
        [
            "Tell me about a bug that took you a long time to find.",
            "How do you decide when code is good enough to ship?",
            "How do you review someone else's pull request?",
        ],
    ),
    (
        "a sales representative",
        [
            "Sell me this pen.",
            "Tell me about a deal you lost and what you learned.",
            "How do you handle a customer who says your product is too expensive?",
        ],
    ),
    (
        "a graphic designer",
        [
            "Walk me through a project from brief to final design.",
            "How do you respond when a client hates your first draft?",
            "Which designer's work inspires you and why?",
        ],
    ),
    (
        "a restaurant manager",
        [
            "How would you handle a kitchen that's falling behind on a Saturday night?",
            "How do you keep staff turnover low?",
            "Tell me about a complaint you turned into a regular customer.",
        ],
    ),
    (
        "a project manager",
        [
            "How do you handle a stakeholder who keeps changing requirements?",
            "Tell me about a project that slipped and how you recovered it.",
            "How do you run a kickoff meeting?",
        ],
    ),
]


def roleplay_items() -> list[Item]:
    """Hand-written scenes plus interview-practice openings for several jobs."""
    items = [Item(ask, answer, "Role playing") for ask, answer in SCENES]
    for job, questions in JOBS:
        ask = f"Act as an interviewer for {job} position and ask me three interview questions."
        numbered = "\n".join(f"{n}. {q}" for n, q in enumerate(questions, 1))
        answer = (
            f"Thanks for coming in today. Let's get started; take your time with each answer.\n\n{numbered}\n\n"
            "Whenever you're ready, start with the first one."
        )
        items.append(Item(ask.replace("for a ", "for the role of a ").replace(" position", ""), answer, "Role playing"))
    return items
