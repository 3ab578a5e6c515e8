"""Editing rows: grammar fixes, tone changes and tightening, each with the edited text."""

import random

from demo_content.item import Item

GRAMMAR_TEMPLATES = [
    'Fix the grammar in this sentence: "{text}"',
    "Correct any mistakes: {text}",
    'Can you proofread this for me? "{text}"',
    'Please correct the spelling and grammar: "{text}"',
    'Is this sentence correct? "{text}"',
]

# (original, corrected, what changed)
GRAMMAR = [
    (
        "Their going to the park tomorrow if it dont rain.",
        "They're going to the park tomorrow if it doesn't rain.",
        "'Their' should be 'They're' (they are), and 'dont' should be 'doesn't' to agree with 'it'.",
    ),
    (
        "Me and him was late to the meeting.",
        "He and I were late to the meeting.",
        "Subjects take 'he' and 'I', and the plural subject needs 'were'.",
    ),
    (
        "The data shows that less people are using cash.",
        "The data shows that fewer people are using cash.",
        "Use 'fewer' with countable nouns like people.",
    ),
    (
        "Its important to check you're work before submitting it.",
        "It's important to check your work before submitting it.",
        "'It's' is short for 'it is'; 'your' is the possessive.",
    ),
    (
        "Each of the students have their own laptop.",
        "Each of the students has their own laptop.",
        "'Each' is singular, so the verb is 'has'.",
    ),
    (
        "I could of finished earlier if the bus was on time.",
        "I could have finished earlier if the bus had been on time.",
        "'Could of' is a mishearing of 'could've'; the past conditional needs 'had been'.",
    ),
    (
        "Between you and I, the project is behind schedule.",
        "Between you and me, the project is behind schedule.",
        "After a preposition like 'between', use the object pronoun 'me'.",
    ),
    (
        "The team have decided to postponed the launch.",
        "The team has decided to postpone the launch.",
        "After 'to' use the base form 'postpone'; in American English 'team' takes 'has'.",
    ),
    (
        "Walking to school, the rain soaked my shoes.",
        "While I was walking to school, the rain soaked my shoes.",
        "The original says the rain was walking to school (a dangling modifier).",
    ),
    (
        "She don't like coffee, she prefer tea.",
        "She doesn't like coffee; she prefers tea.",
        "Third person singular needs 'doesn't' and 'prefers', and a semicolon fixes the comma splice.",
    ),
    (
        "There is many reasons to learn a second language.",
        "There are many reasons to learn a second language.",
        "The verb agrees with 'reasons', which is plural.",
    ),
    (
        "I seen that movie three times already.",
        "I have seen that movie three times already.",
        "'Seen' is a past participle and needs 'have'.",
    ),
    (
        "The affect of the new policy was suprising.",
        "The effect of the new policy was surprising.",
        "'Effect' is the noun; 'surprising' was misspelled.",
    ),
    (
        "Who's book is this on the table?",
        "Whose book is this on the table?",
        "'Whose' is the possessive; 'who's' means 'who is'.",
    ),
    (
        "We was planning to visit they're new house.",
        "We were planning to visit their new house.",
        "'We' takes 'were', and the possessive is 'their'.",
    ),
    (
        "The reports needs to be submitted by friday.",
        "The reports need to be submitted by Friday.",
        "Plural 'reports' takes 'need', and days of the week are capitalised.",
    ),
    (
        "If I was you, I would apply for the job.",
        "If I were you, I would apply for the job.",
        "Hypotheticals use the subjunctive 'were'.",
    ),
    (
        "Neither the manager nor the employees was informed.",
        "Neither the manager nor the employees were informed.",
        "With 'neither ... nor', the verb agrees with the nearer subject, 'employees'.",
    ),
    (
        "The dog wagged it's tail when it seen me.",
        "The dog wagged its tail when it saw me.",
        "The possessive is 'its', and the simple past of 'see' is 'saw'.",
    ),
    (
        "Alot of people thinks the exam was to hard.",
        "A lot of people think the exam was too hard.",
        "'A lot' is two words, 'people' takes 'think', and 'too' means excessively.",
    ),
    (
        "I'm going to lay down for a few minutes.",
        "I'm going to lie down for a few minutes.",
        "'Lie' means to recline; 'lay' needs an object (lay the book down).",
    ),
    (
        "Please send the files to John and myself.",
        "Please send the files to John and me.",
        "'Myself' is reflexive; as an object here, use 'me'.",
    ),
    (
        "The committee will discuss about the budget on monday.",
        "The committee will discuss the budget on Monday.",
        "'Discuss' takes a direct object without 'about', and 'Monday' is capitalised.",
    ),
    (
        "Irregardless of the weather we will leave at 6.",
        "Regardless of the weather, we will leave at 6.",
        "'Irregardless' is nonstandard; a comma follows the introductory phrase.",
    ),
]

REWRITES = [
    (
        'Rewrite this message to sound more professional: "hey, cant make the meeting tmrw, something came up. '
        'can we do thurs?"',
        "Hi, unfortunately I won't be able to attend tomorrow's meeting because something has come up. Would "
        "Thursday work for you instead? Apologies for the short notice.",
    ),
    (
        'Make this email to my landlord more polite: "The heater is broken AGAIN. Fix it this week."',
        "Hello, I wanted to let you know that the heater has stopped working again. Could you please arrange a "
        "repair this week? I'm happy to be home to let the technician in. Thank you.",
    ),
    (
        'Make this sentence more concise: "In my personal opinion, I believe that we should probably consider the '
        'possibility of moving the deadline."',
        "I think we should consider moving the deadline.",
    ),
    (
        'Shorten this paragraph: "Due to the fact that the weather conditions were extremely bad, the organisers '
        "of the event made the decision to postpone the outdoor concert until a later date that has not yet "
        'been determined."',
        "Because of severe weather, the organisers postponed the outdoor concert to a date still to be announced.",
    ),
    (
        'Rewrite in active voice: "The report was written by the interns, and mistakes were made in the calculations."',
        "The interns wrote the report and made mistakes in the calculations.",
    ),
    (
        'Make this product description more exciting: "This water bottle holds 750 ml and keeps drinks cold."',
        "Meet your new adventure buddy: a 750 ml bottle that keeps drinks ice-cold from the morning commute to "
        "the summit. Refill, rehydrate, repeat.",
    ),
    (
        'Turn this into a friendly reminder for a team chat: "Timesheets are due Friday. Late submissions will '
        'not be processed."',
        "Quick reminder, everyone: timesheets are due this Friday! Please get them in on "
        "time so we can process them. Thanks!",
    ),
    (
        'Rewrite this for a 10-year-old: "Gravity is the force by which a body with mass attracts other bodies '
        'toward its centre."',
        "Gravity is what pulls things towards each other. It's why a ball you drop falls "
        "to the ground, and why the Moon keeps circling the Earth instead of flying off into space.",
    ),
    (
        'Make this apology sound more sincere: "Sorry for any inconvenience caused by the delay."',
        "I'm truly sorry that your order arrived late. I know you were counting on it, and we let you down. "
        "We've added a credit to your account, and I'm personally following up to make sure it doesn't happen "
        "again.",
    ),
    (
        'Rewrite this sentence without jargon: "We need to leverage our core competencies to drive synergies '
        'across verticals."',
        "We should use what we're best at to help our different product teams work better together.",
    ),
    (
        'Make this cover letter opening stronger: "My name is Sam and I am applying for the marketing job I '
        'saw online."',
        "In three years at a growing retail start-up, I doubled our newsletter audience and "
        "led campaigns that lifted online sales by 30%. I'd love to bring that experience to your marketing team.",
    ),
    (
        "Rewrite this in British English: \"The color of the theater's program was gray, and I realized it "
        'matched the center aisle."',
        "The colour of the theatre's programme was grey, and I realised it matched the centre aisle.",
    ),
    (
        'Paraphrase this sentence: "The early bird catches the worm."',
        "People who start early tend to get the best opportunities.",
    ),
    (
        'Make this tweet fit in under 100 characters: "We are so excited to announce that our new app is '
        'finally available for download on both iOS and Android devices today!"',
        "Our new app is here! Download it today on iOS and Android.",
    ),
    (
        'Rewrite this feedback so it\'s constructive: "Your presentation was boring and too long."',
        "Your content was solid. To keep the audience engaged, try trimming it to the three key points and "
        "adding a story or example; aiming for 15 minutes would give more time for questions.",
    ),
    (
        'Convert this bullet list into a paragraph: "- founded 2015 - 40 employees - offices in Berlin and '
        'Lisbon - makes accounting software"',
        "Founded in 2015, the company makes accounting software and "
        "employs 40 people across its offices in Berlin and Lisbon.",
    ),
]


def editing_items(rng: random.Random) -> list[Item]:
    """Grammar corrections with explanations, plus tone and length rewrites."""
    items = []
    for index, (wrong, right, why) in enumerate(GRAMMAR):
        template = GRAMMAR_TEMPLATES[index % len(GRAMMAR_TEMPLATES)]
        lead = rng.choice(["Corrected:", "Here's the corrected sentence:", "Fixed version:"])
        if template.startswith("Is this"):
            lead = "Not quite. Corrected:"
        items.append(Item(template.format(text=wrong), f'{lead} "{right}"\n\n{why}', "Editing"))
    items += [Item(ask, answer, "Editing") for ask, answer in REWRITES]
    return items
