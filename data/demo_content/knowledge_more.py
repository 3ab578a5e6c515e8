"""More information-seeking rows: extra concepts, word meanings, idioms, history and cooking questions."""

from demo_content.item import Item

MORE_CONCEPTS = [
    (
        "What is the difference between a meteor, a meteoroid and a meteorite?",
        "A meteoroid is a small rock travelling through space. When it enters Earth's atmosphere and burns up, the "
        "streak of light is a meteor, or shooting star. If any piece survives and lands on the ground, that piece "
        "is a meteorite.",
    ),
    (
        "What is an escrow account?",
        "An escrow account holds money with a neutral third party until the conditions "
        "of a deal are met. In home buying, the deposit sits in escrow until closing; lenders also use escrow to "
        "collect and pay property taxes and insurance.",
    ),
    (
        "What is a lunar eclipse?",
        "A lunar eclipse happens when the Earth passes directly between the Sun and a "
        "full Moon, so Earth's shadow falls on the Moon. During a total eclipse the Moon often looks red, because "
        "sunlight bent through Earth's atmosphere still reaches it.",
    ),
    (
        "What does a central bank do?",
        "A central bank, such as the Federal Reserve or the European Central Bank, "
        "manages a country's money supply and interest rates to keep inflation stable, supervises banks, and acts "
        "as lender of last resort during financial crises.",
    ),
    (
        "What is the Doppler effect?",
        "The Doppler effect is the change in frequency of a wave when its source "
        "moves relative to you. An approaching ambulance siren sounds higher and a receding one lower. Astronomers "
        "use the same effect with light (redshift) to measure how fast galaxies move away.",
    ),
    (
        "What is an algorithm?",
        "An algorithm is a finite, step-by-step procedure for solving a problem, like a "
        "recipe. Sorting a list, finding the shortest route on a map and recommending videos all rely on "
        "algorithms, which are judged by correctness and efficiency.",
    ),
    (
        "What is cholesterol and is it always bad?",
        "Cholesterol is a waxy substance your body needs to build cells "
        "and hormones. LDL cholesterol can build up in artery walls, so high levels raise heart disease risk, "
        "while HDL helps remove it. Diet, exercise, genetics and sometimes medication affect the levels.",
    ),
    (
        "How does compound growth differ from linear growth?",
        "Linear growth adds the same amount each period: "
        "100, 110, 120. Compound growth multiplies by the same factor, so the increase itself grows: 100, 110, "
        "121, 133. Over long periods compound growth far outpaces linear growth.",
    ),
    (
        "What is a tsunami?",
        "A tsunami is a series of long ocean waves usually caused by an undersea earthquake, "
        "landslide or volcanic eruption that displaces a lot of water. In deep ocean the waves are low but fast; "
        "near the coast they slow down and grow, flooding far inland.",
    ),
    (
        "What is the difference between an emulator and a virtual machine?",
        "A virtual machine runs an operating "
        "system on virtualised hardware of the same architecture, so most instructions run directly on the real "
        "CPU. An emulator imitates different hardware in software, such as a game console on a PC, which is more "
        "flexible but slower.",
    ),
    (
        "What is a haiku?",
        "A haiku is a short Japanese poetic form. In English it is usually written as three "
        "lines of five, seven and five syllables, and traditionally it captures a moment in nature with a seasonal "
        "reference and a shift or contrast between images.",
    ),
    (
        "What is an electric current?",
        "An electric current is a flow of electric charge, usually electrons moving "
        "through a conductor like copper wire. It is measured in amperes. Voltage is the push that drives the "
        "current, and resistance limits it (Ohm's law: V = I × R).",
    ),
    (
        "What is the Geneva Convention?",
        "The Geneva Conventions are four treaties, adopted in their current form "
        "in 1949, that set the rules of international humanitarian law in war. They protect wounded soldiers, "
        "prisoners of war and civilians, and ban practices such as torture.",
    ),
    (
        "What is a phishing attack?",
        "Phishing is a scam in which attackers pretend to be a trusted organisation, "
        "usually by email or text, to trick you into revealing passwords or payment details or installing malware. "
        "Warning signs include urgency, mismatched links and requests for credentials.",
    ),
    (
        "What is two-factor authentication?",
        "Two-factor authentication (2FA) requires a second proof of identity "
        "besides your password, such as a code from an app, a hardware key or a text message. Even if your "
        "password leaks, an attacker can't log in without the second factor.",
    ),
    (
        "What is inflation targeting?",
        "Inflation targeting is a policy in which a central bank publicly commits to "
        "an inflation rate, often 2%, and adjusts interest rates to steer towards it. The clear target anchors "
        "people's expectations about future prices.",
    ),
    (
        "What are tectonic earthquakes?",
        "Most earthquakes are tectonic: stress builds up where plates lock "
        "together at faults, and when the rock suddenly slips, the stored energy radiates as seismic waves. "
        "Magnitude scales are logarithmic, so each whole number is about 32 times more energy.",
    ),
    (
        "What is a recession-proof industry?",
        "It is an industry whose demand stays fairly stable when the economy "
        "shrinks, because people need its products regardless: groceries, utilities, healthcare, and basic "
        "household goods. No industry is fully immune, but these tend to suffer less.",
    ),
    (
        "What is a semiconductor?",
        "A semiconductor is a material, most often silicon, whose conductivity sits "
        "between a conductor and an insulator and can be controlled by adding impurities (doping) and applying "
        "voltage. That control makes transistors and therefore all modern chips possible.",
    ),
    (
        "What is the Hubble Space Telescope?",
        "Hubble is a space telescope launched in 1990 into low Earth orbit. "
        "Above the blurring atmosphere, it has taken sharp images that helped measure the universe's expansion "
        "rate and age, and it was serviced by astronauts five times.",
    ),
    (
        "What is the difference between a code and a cipher?",
        "A code replaces whole words or phrases with other "
        "symbols using a codebook. A cipher transforms individual letters or bits according to an algorithm and "
        "a key, like the Caesar cipher or AES. Modern cryptography uses ciphers.",
    ),
    (
        "What is agile software development?",
        "Agile is an approach that builds software in short iterations, "
        "delivering working pieces often and adjusting based on feedback rather than following a fixed long-term "
        "plan. Scrum and Kanban are popular frameworks for practising it.",
    ),
    (
        "What is the Mariana Trench?",
        "The Mariana Trench in the western Pacific is the deepest known part of the "
        "ocean. Its deepest point, the Challenger Deep, is about 10,900 metres below sea level, deeper than Mount "
        "Everest is tall.",
    ),
    (
        "What is probate?",
        "Probate is the legal process of validating a will and administering a deceased "
        "person's estate: paying debts and taxes and distributing what remains to the heirs, under court "
        "supervision. It can take months and its rules vary by country and state.",
    ),
    (
        "What is a carbon offset?",
        "A carbon offset is a credit representing one tonne of CO2 reduced or removed, "
        "for example by protecting forests or funding renewable energy, that a person or company buys to balance "
        "their own emissions. Quality varies a lot, so cutting emissions directly comes first.",
    ),
]

WORDS = [
    ("ubiquitous", "present or found everywhere", "Smartphones have become ubiquitous in daily life."),
    ("ephemeral", "lasting for a very short time", "The beauty of cherry blossoms is ephemeral."),
    (
        "pragmatic",
        "dealing with things sensibly and realistically, based on practical considerations",
        "She took a pragmatic approach and fixed the biggest problem first.",
    ),
    (
        "serendipity",
        "finding something good without looking for it",
        "Meeting my co-founder on a delayed train was pure serendipity.",
    ),
    ("candid", "truthful and straightforward; frank", "Thanks for your candid feedback on my draft."),
    ("meticulous", "showing great attention to detail", "He kept meticulous notes of every experiment."),
    (
        "resilient",
        "able to recover quickly from difficulties",
        "The resilient community rebuilt after the flood.",
    ),
    (
        "ambiguous",
        "open to more than one interpretation",
        "The contract's wording was ambiguous, so we asked a lawyer.",
    ),
    ("benevolent", "well-meaning and kindly", "The benevolent donor paid for the new library wing."),
    (
        "obsolete",
        "no longer produced or used; out of date",
        "Fax machines are nearly obsolete in most offices.",
    ),
    ("procrastinate", "to delay or postpone action", "I tend to procrastinate when a task feels too big."),
    (
        "empathy",
        "the ability to understand and share the feelings of another",
        "Good nurses combine skill with empathy.",
    ),
    ("nostalgia", "a sentimental longing for the past", "The old songs filled her with nostalgia."),
    ("mitigate", "to make something less severe", "Backups mitigate the damage of a disk failure."),
    ("succinct", "briefly and clearly expressed", "Keep your summary succinct: two sentences at most."),
    (
        "altruism",
        "selfless concern for the well-being of others",
        "Volunteering at the shelter was an act of altruism.",
    ),
]
WORD_TEMPLATES = [
    "What does the word '{w}' mean?",
    "Define '{w}' and use it in a sentence.",
    "What's the meaning of {w}?",
    "Can you explain the word '{w}' with an example?",
]

IDIOMS = [
    (
        "break the ice",
        "to do or say something that relieves tension and gets conversation going among people "
        "who don't know each other",
    ),
    ("bite the bullet", "to force yourself to do something unpleasant that you've been avoiding"),
    ("the ball is in your court", "it's now your turn to make a decision or take action"),
    ("let the cat out of the bag", "to reveal a secret, usually by accident"),
    ("once in a blue moon", "very rarely"),
    ("cost an arm and a leg", "to be very expensive"),
    ("hit the nail on the head", "to describe exactly what is causing a situation or problem"),
    ("under the weather", "feeling slightly ill"),
    ("spill the beans", "to reveal secret information"),
    ("burn the midnight oil", "to work late into the night"),
    ("a blessing in disguise", "something that seems bad at first but turns out to be good"),
    ("cut corners", "to do something in the easiest or cheapest way, often sacrificing quality"),
]
IDIOM_TEMPLATES = [
    "What does the idiom '{i}' mean?",
    "What does it mean when someone says '{i}'?",
    "My colleague said we should '{i}'. What does that mean?",
]

HISTORY = [
    (
        "What happened at the fall of the Berlin Wall in 1989?",
        "On 9 November 1989, after weeks of protests, East "
        "German authorities announced that citizens could cross the border, and crowds streamed through checkpoints "
        "and began tearing down the Wall. It symbolised the end of the Cold War division of Europe and led to German "
        "reunification in October 1990.",
    ),
    (
        "Why was the Magna Carta important?",
        "Sealed by King John of England in 1215 under pressure from rebel "
        "barons, the Magna Carta established that the king was subject to the law. Most clauses were about feudal "
        "rights, but its principles of due process influenced later constitutions, including the US Bill of Rights.",
    ),
    (
        "What was the Apollo 11 mission?",
        "Apollo 11 was the 1969 NASA mission that first landed humans on the "
        "Moon. On 20 July, Neil Armstrong and Buzz Aldrin landed in the lunar module Eagle while Michael Collins "
        "orbited above; Armstrong's first step was watched by hundreds of millions on TV.",
    ),
    (
        "What caused the 2008 financial crisis?",
        "Years of risky mortgage lending in the US, bundled into complex "
        "securities that were rated as safe, left banks heavily exposed when house prices fell. High leverage and "
        "interconnected institutions turned the losses into a global banking panic after Lehman Brothers "
        "collapsed in September 2008.",
    ),
    (
        "What was the Cuban Missile Crisis?",
        "In October 1962 the US discovered Soviet nuclear missiles in Cuba. "
        "For 13 days the superpowers stood close to nuclear war, until Khrushchev agreed to remove the missiles "
        "in exchange for a US pledge not to invade Cuba and a secret withdrawal of US missiles from Turkey.",
    ),
    (
        "Why did the Titanic sink?",
        "On 15 April 1912, on its maiden voyage, the Titanic struck an iceberg that "
        "opened several of its forward compartments to the sea, more than the ship was designed to survive. It "
        "sank in under three hours; a shortage of lifeboats meant more than 1,500 people died.",
    ),
    (
        "What was the Marshall Plan?",
        "The Marshall Plan was a US programme from 1948 to 1952 that gave about $13 "
        "billion in aid to rebuild Western European economies after World War II. It sped up recovery and was also "
        "meant to limit Soviet influence.",
    ),
    (
        "What was the significance of the Rosetta Stone?",
        "The Rosetta Stone, found in 1799, carries the same "
        "decree in Egyptian hieroglyphs, Demotic script and ancient Greek. Because scholars could read the Greek, "
        "Jean-François Champollion used it to decipher hieroglyphs in 1822.",
    ),
]

COOKING = [
    (
        "How do I cook perfect rice on the stove?",
        "Rinse 1 cup of rice until the water runs clear. Add it to a "
        "pot with about 1.5 cups of water and a pinch of salt, bring to a boil, then cover and simmer on low for 15 "
        "minutes. Turn off the heat and leave it covered for 10 minutes before fluffing with a fork.",
    ),
    (
        "How long should I boil an egg for a runny yolk?",
        "Lower the egg into already boiling water and cook for "
        "about 6 minutes for a set white and runny yolk (a large egg from the fridge). Then cool it in cold water "
        "for a minute so it stops cooking and peels more easily.",
    ),
    (
        "How do I make a basic vinaigrette?",
        "Whisk 3 parts olive oil with 1 part vinegar or lemon juice, a "
        "teaspoon of Dijon mustard, salt and pepper. The mustard helps it emulsify. Shake it in a jar, taste, and "
        "adjust with honey or more acid.",
    ),
    (
        "Why does my bread come out dense?",
        "Common causes are under-proofing (not letting the dough rise enough), "
        "old or dead yeast, too much flour, or not kneading enough to develop gluten. Check the yeast by proofing it "
        "in warm water with sugar, and let the dough roughly double in size before baking.",
    ),
    (
        "How do I keep guacamole from turning brown?",
        "Browning is oxidation. Add lime juice, press plastic wrap "
        "directly onto the surface so no air touches it, or cover it with a thin layer of water that you pour off "
        "before serving. It still tastes best within a day.",
    ),
    (
        "How do I sharpen a kitchen knife with a whetstone?",
        "Soak the stone if it's a water stone, then hold the "
        "blade at about 15 to 20 degrees and push it across the coarse side, edge first, covering the whole length. "
        "Do the same number of strokes on each side until you feel a burr, then repeat on the fine side and finish "
        "with light alternating strokes.",
    ),
    (
        "What's the difference between baking and roasting?",
        "Both cook with dry heat in an oven. 'Roasting' "
        "usually refers to foods with structure, like meat and vegetables, often at higher temperatures to brown "
        "the outside, while 'baking' is used for foods that start soft and set, like bread, cakes and casseroles.",
    ),
    (
        "How do I make cold brew coffee at home?",
        "Mix coarsely ground coffee with cold water at about 1:8 by "
        "weight, stir, and leave it in the fridge for 12 to 18 hours. Strain through a fine sieve and a paper "
        "filter. Dilute the concentrate with water or milk to taste; it keeps for about a week.",
    ),
]


def knowledge_more_items() -> list[Item]:
    """Concepts, vocabulary, idioms, history and cooking questions."""
    items = [Item(ask, answer, "Information seeking") for ask, answer in MORE_CONCEPTS + HISTORY + COOKING]
    for n, (word, meaning, example) in enumerate(WORDS):
        ask = WORD_TEMPLATES[n % len(WORD_TEMPLATES)].format(w=word)
        items.append(
            Item(
                ask,
                f"'{word[0].upper() + word[1:]}' means {meaning}. Example: \"{example}\"",
                "Information seeking",
            )
        )
    for n, (idiom, meaning) in enumerate(IDIOMS):
        ask = IDIOM_TEMPLATES[n % len(IDIOM_TEMPLATES)].format(i=idiom)
        items.append(Item(ask, f"'{idiom[0].upper() + idiom[1:]}' means {meaning}.", "Information seeking"))
    return items
