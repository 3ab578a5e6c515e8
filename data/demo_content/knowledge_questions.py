"""Information-seeking table: comparisons, why/how questions and notable people, with answers."""

COMPARISON_TEMPLATES = [
    "What's the difference between {a} and {b}?",
    "How is {a} different from {b}?",
    "{A} vs {b}: how do they differ?",
    "Can you compare {a} and {b}?",
]

COMPARISONS = [
    (
        "weather",
        "climate",
        "Weather is the state of the atmosphere at a given place and time: today's rain or "
        "tomorrow's heatwave. Climate is the average pattern of weather over decades. A cold week doesn't "
        "disprove a warming climate, just as one hot day doesn't prove it.",
    ),
    (
        "a virus",
        "a bacterium",
        "Bacteria are single-celled living organisms that can reproduce on their own; "
        "many are harmless or helpful. Viruses are much smaller and can only replicate inside a host cell. "
        "Antibiotics work against bacteria but not viruses.",
    ),
    (
        "RAM",
        "storage",
        "RAM is fast, temporary memory the computer uses for what it is working on right now; it "
        "is cleared when the power goes off. Storage (SSD or hard drive) is slower but keeps files permanently. "
        "More RAM helps multitasking, more storage holds more files.",
    ),
    (
        "a stock",
        "a bond",
        "A stock is a share of ownership in a company; its value rises and falls with the "
        "company's prospects. A bond is a loan to a company or government that pays fixed interest and returns "
        "the principal at maturity. Stocks offer higher long-term returns with more risk.",
    ),
    (
        "affect",
        "effect",
        "'Affect' is usually a verb meaning to influence: the rain affected the match. "
        "'Effect' is usually a noun meaning a result: the rain had an effect on the match. As a verb, 'effect' "
        "means to bring about, as in 'to effect change'.",
    ),
    (
        "TCP",
        "UDP",
        "TCP sets up a connection and guarantees that data arrives complete and in order, "
        "resending lost packets; it suits web pages and file transfers. UDP just sends packets without "
        "guarantees, which is faster and better for live video, games and DNS lookups.",
    ),
    (
        "a crocodile",
        "an alligator",
        "Alligators have a wide, U-shaped snout and, with the mouth closed, mostly "
        "hide their lower teeth; crocodiles have a narrower, V-shaped snout with lower teeth visible. "
        "Alligators live mainly in fresh water in the US and China, while crocodiles are more widespread and "
        "tolerate salt water.",
    ),
    (
        "empathy",
        "sympathy",
        "Sympathy is feeling concern or pity for someone's situation from the outside. "
        "Empathy is understanding and sharing what they feel, putting yourself in their place. Empathy tends to "
        "build connection, while sympathy can sometimes feel distant.",
    ),
    (
        "a Roth IRA",
        "a traditional IRA",
        "With a traditional IRA you may deduct contributions now and pay tax "
        "on withdrawals in retirement. With a Roth IRA you contribute after-tax money and qualified withdrawals "
        "are tax-free. A Roth is attractive if you expect a higher tax rate later.",
    ),
    (
        "Python lists",
        "tuples",
        "Lists are mutable: you can append, remove and change elements. Tuples are "
        "immutable once created, which makes them hashable (usable as dict keys if their contents are) and "
        "signals fixed records, such as coordinates. Lists suit collections that change.",
    ),
    (
        "SQL",
        "NoSQL databases",
        "SQL databases store data in tables with a fixed schema and support joins and "
        "strong transactions. NoSQL databases (document, key-value, wide-column, graph) use flexible data models "
        "and often scale horizontally more easily. Pick based on your data's shape and consistency needs.",
    ),
    (
        "baking soda",
        "baking powder",
        "Baking soda is pure sodium bicarbonate and needs an acid in the recipe "
        "(buttermilk, yoghurt, lemon) to produce carbon dioxide. Baking powder contains baking soda plus a dry "
        "acid, so it only needs moisture and heat. Baking soda is about three to four times stronger.",
    ),
    (
        "a latte",
        "a cappuccino",
        "Both are espresso with steamed milk. A cappuccino has roughly equal parts "
        "espresso, steamed milk and thick foam, so it is stronger and lighter. A latte has much more steamed milk "
        "and only a thin layer of foam, making it creamier.",
    ),
    (
        "HTTP",
        "HTTPS",
        "HTTPS is HTTP over an encrypted TLS connection. With plain HTTP anyone on the network "
        "path can read or modify the traffic; HTTPS keeps it confidential and proves the server's identity with "
        "a certificate. Browsers now mark plain HTTP sites as not secure.",
    ),
    (
        "mitosis",
        "meiosis",
        "Mitosis makes two identical cells with the full set of chromosomes and is used for "
        "growth and repair. Meiosis makes four cells with half the chromosomes, each genetically different, and "
        "produces eggs and sperm.",
    ),
    (
        "a debit card",
        "a credit card",
        "A debit card takes money straight from your bank account. A credit card "
        "borrows money from the card issuer that you repay later; paying the full balance each month avoids "
        "interest and builds your credit history.",
    ),
    (
        "machine learning",
        "traditional programming",
        "In traditional programming, a developer writes explicit "
        "rules that turn inputs into outputs. In machine learning, you provide inputs and desired outputs, and "
        "an algorithm learns the rules from the data, which suits problems that are hard to describe in rules.",
    ),
    (
        "an LLC",
        "a sole proprietorship",
        "A sole proprietorship is simply you doing business; it is easy to "
        "set up but you are personally liable for its debts. An LLC is a separate legal entity that generally "
        "protects your personal assets, with a bit more paperwork and cost.",
    ),
    (
        "a hurricane",
        "a typhoon",
        "They are the same phenomenon, a strong tropical cyclone, named by region: "
        "hurricanes in the Atlantic and northeast Pacific, typhoons in the northwest Pacific, and cyclones in "
        "the South Pacific and Indian Ocean.",
    ),
    (
        "concurrency",
        "parallelism",
        "Concurrency is about structuring a program to deal with many tasks that "
        "overlap in time, for example by switching between them while they wait on I/O. Parallelism is about "
        "actually executing multiple computations at the same moment on multiple cores.",
    ),
    (
        "who",
        "whom",
        "Use 'who' for the subject of a verb and 'whom' for the object. A quick test: if you could "
        "answer with 'he', use 'who'; if 'him', use 'whom'. 'Who called?' (he called); 'To whom did you speak?' "
        "(you spoke to him).",
    ),
    (
        "a psychologist",
        "a psychiatrist",
        "A psychiatrist is a medical doctor who can diagnose mental health "
        "conditions and prescribe medication. A psychologist has a doctorate in psychology and focuses on "
        "assessment and talk therapy; in most places they cannot prescribe.",
    ),
    (
        "an asteroid",
        "a comet",
        "Asteroids are rocky or metallic bodies, mostly orbiting in the belt between "
        "Mars and Jupiter. Comets are icy bodies from the outer solar system; near the sun their ice vaporises "
        "and forms a glowing coma and tail.",
    ),
    (
        "unit tests",
        "integration tests",
        "Unit tests check a single function or class in isolation, quickly "
        "and with dependencies replaced. Integration tests check that several parts work together, such as "
        "your code with a real database. You want many unit tests and fewer, broader integration tests.",
    ),
    (
        "a will",
        "a trust",
        "A will states how your assets should be distributed after death and goes through "
        "probate court. A trust holds assets for beneficiaries, can take effect during your life and usually "
        "avoids probate, keeping things private. Many people use both.",
    ),
]

QUESTIONS = [
    (
        "Why is the sky blue?",
        "Sunlight contains all colours, and air molecules scatter short wavelengths much "
        "more strongly than long ones (Rayleigh scattering). Blue light is scattered all over the sky, so it "
        "reaches your eyes from every direction. At sunset, light crosses more air and the blue is scattered "
        "away, leaving reds and oranges.",
    ),
    (
        "Why do we have seasons?",
        "Seasons come from the tilt of Earth's axis, about 23.5 degrees. For part of "
        "the orbit your hemisphere leans towards the sun, getting more direct sunlight and longer days "
        "(summer); half a year later it leans away (winter). Distance from the sun plays only a minor role.",
    ),
    (
        "How do airplanes stay in the air?",
        "Wings are shaped and angled so that air flowing over them is "
        "deflected downwards; by Newton's third law the air pushes the wing up, and the pressure above the wing "
        "is lower than below. This lift balances the plane's weight, while engines provide thrust to overcome drag.",
    ),
    (
        "Why do cats purr?",
        "Cats purr by rapidly twitching the muscles of the larynx as they breathe. They purr "
        "when content, but also when stressed, hurt or giving birth, so it seems to be a self-soothing signal. "
        "Some research suggests purring frequencies may even help bone and tissue healing.",
    ),
    (
        "How does a refrigerator keep food cold?",
        "A fridge moves heat from inside to outside using a refrigerant. "
        "The refrigerant evaporates in coils inside, absorbing heat; a compressor then pressurises it, and it "
        "releases that heat through coils at the back as it condenses. The cycle repeats continuously.",
    ),
    (
        "Why does ice float on water?",
        "Water expands when it freezes: hydrogen bonds lock the molecules into an "
        "open hexagonal lattice, making ice about 9% less dense than liquid water. Less dense things float. "
        "That's why lakes freeze from the top down, which lets fish survive winter.",
    ),
    (
        "How do vaccines get tested before approval?",
        "Vaccines go through lab and animal studies, then three "
        "phases of human trials: a small safety study, a larger study on dosing and immune response, and a "
        "large randomised trial comparing the vaccine with a placebo. Regulators review the data, and "
        "monitoring continues after approval.",
    ),
    (
        "Why do onions make you cry?",
        "Cutting an onion breaks its cells and releases enzymes that turn sulphur "
        "compounds into syn-propanethial-S-oxide, a gas that irritates your eyes. Your tear glands respond to "
        "flush it out. Chilling the onion and using a sharp knife reduce the effect.",
    ),
    (
        "How does GPS know where I am?",
        "GPS satellites broadcast their position and the exact time from atomic "
        "clocks. Your receiver measures how long signals from at least four satellites took to arrive, turns "
        "that into distances, and solves for its position and the clock error. Relativity corrections keep it "
        "accurate.",
    ),
    (
        "Why do we dream?",
        "Nobody knows for sure. Leading ideas are that dreams help consolidate memories, "
        "process emotions, and simulate threats or social situations, while some researchers see them as a "
        "by-product of brain activity during REM sleep. Most vivid dreaming happens in REM sleep.",
    ),
    (
        "How does a search engine rank results?",
        "Search engines crawl the web, index pages by their words and "
        "structure, and then rank matches for a query using many signals: relevance of the content, links from "
        "other sites, freshness, page quality, your location and language. Modern engines also use machine-"
        "learned models to understand the query's intent.",
    ),
    (
        "Why do leaves change colour in autumn?",
        "Leaves are green because of chlorophyll. As days shorten, trees "
        "stop making it and break it down, revealing yellow and orange carotenoids that were there all along. "
        "Some trees also produce red anthocyanins in autumn, especially after sunny days and cool nights.",
    ),
    (
        "How do noise-cancelling headphones work?",
        "Microphones on the headphones pick up ambient sound, and a "
        "chip generates a sound wave that is its mirror image (inverted phase). When the two meet, they cancel "
        "out. It works best on steady low-frequency noise like engines, and ear cups block higher frequencies.",
    ),
    (
        "Why is the ocean salty?",
        "Rain slightly dissolves minerals from rocks, and rivers carry these salts to "
        "the sea. When seawater evaporates, the salt stays behind, so it has accumulated over millions of "
        "years. Hydrothermal vents on the sea floor add minerals too. Average salinity is about 3.5%.",
    ),
    (
        "How does caffeine keep you awake?",
        "During the day, a molecule called adenosine builds up in the brain "
        "and makes you feel sleepy by binding to its receptors. Caffeine has a similar shape and blocks those "
        "receptors, so you feel alert. Its half-life is about five hours, which is why afternoon coffee can "
        "disturb sleep.",
    ),
    (
        "How are rainbows formed?",
        "Sunlight enters raindrops, bends (refracts), reflects off the back of the "
        "drop and bends again on the way out. Different colours bend by different amounts, spreading into a "
        "spectrum. You see a rainbow with the sun behind you, at about 42 degrees from the point opposite the sun.",
    ),
    (
        "Why do we get goosebumps?",
        "Tiny muscles at the base of hair follicles contract in response to cold or "
        "strong emotion, triggered by adrenaline. In furrier ancestors this fluffed up fur for insulation or to "
        "look bigger to threats; in humans it is mostly a leftover reflex.",
    ),
    (
        "How does the internet get from one country to another?",
        "Mostly through undersea fibre-optic cables. "
        "Hundreds of them cross the oceans and carry over 95% of intercontinental data as pulses of light. "
        "Satellites carry a small share, mainly for remote areas.",
    ),
    (
        "Why do we need sleep?",
        "Sleep lets the brain consolidate memories and clear metabolic waste, and it "
        "supports immune function, hormone regulation and emotional balance. Even one short night impairs "
        "attention and mood, and chronic sleep loss raises the risk of many diseases. Adults generally need "
        "seven to nine hours.",
    ),
    (
        "How do bees make honey?",
        "Bees collect nectar and store it in a special honey stomach, where enzymes "
        "start breaking its sugars down. Back at the hive they pass it between bees, deposit it in cells and fan "
        "it with their wings until most of the water evaporates, then seal the cells with wax.",
    ),
    (
        "How do electric cars work?",
        "An electric car stores energy in a large lithium-ion battery. An "
        "inverter converts the battery's direct current into alternating current for the electric motor, which "
        "turns the wheels. When you brake, the motor works as a generator and recharges the battery "
        "(regenerative braking).",
    ),
    (
        "Why does time seem to go faster as we get older?",
        "One explanation is proportion: a year is a smaller "
        "fraction of your life at 50 than at 5. Another is novelty: new experiences create more memories, and "
        "routine adult life produces fewer distinct memories, so periods feel shorter in hindsight.",
    ),
    (
        "Why does the moon look bigger near the horizon?",
        "It's an optical illusion: the moon's size in the sky "
        "is essentially the same wherever it is, and a photo proves it. The leading explanation is that your brain "
        "judges the horizon as farther away and compares the moon with trees and buildings, so it 'inflates' its "
        "perceived size.",
    ),
    (
        "Why do some people need glasses?",
        "Glasses correct refractive errors, where the eye doesn't focus light "
        "exactly on the retina. In short-sightedness the eye is too long or the cornea too curved, so distant "
        "objects blur; in long-sightedness the opposite. With age, the lens also stiffens (presbyopia), making "
        "reading glasses common after 40.",
    ),
]

PEOPLE_TEMPLATES = ["Who was {p}?", "What is {p} known for?", "Tell me about {p}.", "Why is {p} important?"]

PEOPLE = [
    (
        "Marie Curie",
        "Marie Curie (1867-1934) was a Polish-French physicist and chemist who pioneered research on "
        "radioactivity. She discovered polonium and radium, was the first woman to win a Nobel Prize and remains "
        "the only person to win Nobel Prizes in two different sciences (physics 1903, chemistry 1911).",
    ),
    (
        "Ada Lovelace",
        "Ada Lovelace (1815-1852) was an English mathematician who worked with Charles Babbage on "
        "his proposed Analytical Engine. Her notes include an algorithm for computing Bernoulli numbers, often "
        "called the first computer program, and she foresaw that machines could manipulate symbols, not just "
        "numbers.",
    ),
    (
        "Alan Turing",
        "Alan Turing (1912-1954) was a British mathematician who formalised computation with the "
        "Turing machine, helped break the German Enigma code at Bletchley Park during World War II, and "
        "proposed the Turing test for machine intelligence. He is considered a founder of computer science.",
    ),
    (
        "Nelson Mandela",
        "Nelson Mandela (1918-2013) was a South African anti-apartheid leader who spent 27 years "
        "in prison. After his release he negotiated the end of apartheid, won the Nobel Peace Prize in 1993 and "
        "became South Africa's first Black president in 1994, known for his focus on reconciliation.",
    ),
    (
        "Leonardo da Vinci",
        "Leonardo da Vinci (1452-1519) was an Italian Renaissance painter, engineer and "
        "scientist. He painted the Mona Lisa and The Last Supper, and his notebooks are full of anatomical "
        "studies and designs for machines such as flying devices, far ahead of his time.",
    ),
    (
        "Katherine Johnson",
        "Katherine Johnson (1918-2020) was a NASA mathematician whose orbital calculations "
        "were critical to early US crewed spaceflights, including John Glenn's 1962 orbit, which he asked her to "
        "check personally. Her story reached a wide audience through the film Hidden Figures.",
    ),
    (
        "Charles Darwin",
        "Charles Darwin (1809-1882) was an English naturalist whose voyage on HMS Beagle led to "
        "his theory of evolution by natural selection, published in On the Origin of Species in 1859. It "
        "remains the foundation of modern biology.",
    ),
    (
        "Frida Kahlo",
        "Frida Kahlo (1907-1954) was a Mexican painter known for vivid self-portraits that explore "
        "identity, pain and Mexican culture. After a bus accident left her with lifelong injuries, she turned to "
        "painting; she is now one of the most recognised artists of the 20th century.",
    ),
    (
        "Tim Berners-Lee",
        "Sir Tim Berners-Lee is a British computer scientist who invented the World Wide Web in "
        "1989 while at CERN, creating HTTP, HTML and the first web browser and server. He chose not to patent "
        "it, which helped the web spread freely.",
    ),
    (
        "Wangari Maathai",
        "Wangari Maathai (1940-2011) was a Kenyan environmentalist who founded the Green Belt "
        "Movement, which planted tens of millions of trees while empowering women. In 2004 she became the first "
        "African woman to win the Nobel Peace Prize.",
    ),
    (
        "Grace Hopper",
        "Grace Hopper (1906-1992) was a US Navy rear admiral and computer scientist. She developed "
        "one of the first compilers and her work led to COBOL, built on the idea that programs could be written "
        "in English-like words. She popularised the term 'debugging'.",
    ),
    (
        "Mahatma Gandhi",
        "Mohandas 'Mahatma' Gandhi (1869-1948) led India's independence movement against British "
        "rule using nonviolent civil disobedience, such as the 1930 Salt March. His methods influenced civil "
        "rights movements worldwide, including Martin Luther King Jr.",
    ),
    (
        "Rosalind Franklin",
        "Rosalind Franklin (1920-1958) was an English chemist whose X-ray diffraction images of "
        "DNA, especially Photo 51, were key evidence for its double-helix structure. Her contribution was long "
        "under-recognised compared with Watson and Crick's.",
    ),
    (
        "Johannes Gutenberg",
        "Johannes Gutenberg (c. 1400-1468) was a German goldsmith who introduced movable-type "
        "printing to Europe around 1440. His press made books far cheaper, spreading literacy and ideas and "
        "helping fuel the Renaissance and the Reformation.",
    ),
]
