"""Information-seeking table: concepts from science, tech, economics, health and culture, with answers."""

CONCEPT_TEMPLATES = [
    "What is {t}?",
    "Can you explain {t} in simple terms?",
    "I keep hearing about {t}. What is it exactly?",
    "Give me a brief overview of {t}.",
    "What should I know about {t}?",
    "Explain {t} like I'm a curious beginner.",
]

CONCEPTS = [
    (
        "fermentation",
        "Fermentation is a process in which microorganisms such as yeast and bacteria break down "
        "sugars without oxygen, producing acids, gases or alcohol. It gives us bread, yoghurt, cheese, kimchi, beer "
        "and wine, and it has been used to preserve food for thousands of years.",
    ),
    (
        "inflation",
        "Inflation is the general rise in prices over time, which means each unit of money buys less. "
        "It is usually measured with a consumer price index. Moderate inflation (central banks often target about "
        "2%) is considered healthy; high inflation erodes savings and makes planning hard.",
    ),
    (
        "compound interest",
        "Compound interest is interest earned on both your original money and on the interest "
        "already added. Because the base keeps growing, savings grow exponentially: $1,000 at 7% a year roughly "
        "doubles in about 10 years. The same effect makes unpaid credit card debt grow quickly.",
    ),
    (
        "machine learning",
        "Machine learning is a way of building software that learns patterns from examples "
        "instead of following hand-written rules. You give a model data (emails labelled spam or not, for "
        "instance), it adjusts its internal parameters to make good predictions, and then it generalises to new "
        "cases. Its quality depends heavily on the data it was trained on.",
    ),
    (
        "blockchain",
        "A blockchain is a shared ledger where records are grouped into blocks, each containing a "
        "cryptographic hash of the previous one. Changing an old record would change every later hash, so "
        "tampering is easy to detect. Many copies are kept by independent participants who agree on new blocks "
        "through a consensus protocol.",
    ),
    (
        "the greenhouse effect",
        "The greenhouse effect is the warming of Earth's surface by gases such as carbon "
        "dioxide, methane and water vapour, which let sunlight in but absorb and re-emit outgoing infrared heat. "
        "Without it, Earth would average about -18 °C. Adding more of these gases strengthens the effect, which "
        "drives current climate change.",
    ),
    (
        "DNA",
        "DNA (deoxyribonucleic acid) is the molecule that carries genetic instructions in living things. It "
        "is a double helix of two strands built from four bases, A, T, C and G, where A pairs with T and C with "
        "G. The order of the bases encodes genes, which cells read to build proteins.",
    ),
    (
        "supply and demand",
        "Supply and demand is the model of how prices form in a market. When demand for "
        "something rises and supply stays the same, prices rise; when supply rises faster than demand, prices "
        "fall. The price where the quantity people want equals the quantity offered is called the equilibrium.",
    ),
    (
        "an API",
        "An API (application programming interface) is a defined way for one piece of software to talk "
        "to another. It specifies the requests you can make, the data you send and what you get back. A weather "
        "app, for example, calls a weather service's API instead of measuring temperatures itself.",
    ),
    (
        "cloud computing",
        "Cloud computing means renting computing resources such as servers, storage and "
        "databases over the internet instead of owning the hardware. You pay for what you use and can scale up "
        "or down quickly. The main models are infrastructure (IaaS), platforms (PaaS) and finished software (SaaS).",
    ),
    (
        "the immune system",
        "The immune system is the body's defence network against infections. Innate immunity "
        "reacts fast and generally (skin, inflammation, white blood cells that engulf invaders), while adaptive "
        "immunity learns to recognise specific pathogens with antibodies and T cells and remembers them, which "
        "is why vaccines work.",
    ),
    (
        "entropy",
        "In physics, entropy measures how many microscopic arrangements are consistent with a system's "
        "overall state, often described loosely as disorder. The second law of thermodynamics says the total "
        "entropy of an isolated system tends to increase, which is why heat flows from hot to cold and not back.",
    ),
    (
        "a black hole",
        "A black hole is a region of space where gravity is so strong that nothing, not even "
        "light, can escape once it crosses the boundary called the event horizon. Most form when massive stars "
        "collapse, and supermassive ones with millions of solar masses sit at the centres of most galaxies.",
    ),
    (
        "opportunity cost",
        "Opportunity cost is the value of the best alternative you give up when you make a "
        "choice. If you spend Saturday working an extra shift, the opportunity cost is whatever else you would "
        "have done, such as resting or studying. It reminds you that every decision has a hidden price.",
    ),
    (
        "the Pythagorean theorem",
        "The Pythagorean theorem says that in a right triangle, the square of the "
        "hypotenuse equals the sum of the squares of the other two sides: a² + b² = c². A triangle with sides 3 "
        "and 4 has a hypotenuse of 5. It is used everywhere from construction to computing distances on screens.",
    ),
    (
        "plate tectonics",
        "Plate tectonics is the theory that Earth's outer shell is broken into large plates "
        "that move a few centimetres per year over the mantle. Where plates collide, separate or slide past each "
        "other we get mountains, ocean ridges, earthquakes and volcanoes.",
    ),
    (
        "encryption",
        "Encryption scrambles data with a key so that only someone with the right key can read it. "
        "Symmetric encryption uses one shared key; public-key encryption uses a public key to encrypt and a "
        "private key to decrypt. It protects everything from web traffic (HTTPS) to messages and stored files.",
    ),
    (
        "a neural network",
        "A neural network is a machine learning model made of layers of simple units that "
        "each compute a weighted sum of their inputs and pass it through a non-linear function. Training adjusts "
        "the weights with gradient descent so the network's outputs match examples. Deep networks with many "
        "layers power image recognition and language models.",
    ),
    (
        "the stock market",
        "The stock market is where shares of publicly listed companies are bought and sold. "
        "Owning a share means owning a small part of a company. Prices move with supply and demand, driven by "
        "expectations about companies' future profits and the wider economy.",
    ),
    (
        "an index fund",
        "An index fund is an investment fund that tracks a market index, such as the S&P 500, by "
        "holding the same securities. Because it doesn't pay managers to pick stocks, its fees are low, and over "
        "long periods most actively managed funds fail to beat it after fees.",
    ),
    (
        "the circadian rhythm",
        "The circadian rhythm is your body's roughly 24-hour internal clock. It regulates "
        "sleepiness, body temperature and hormones like melatonin, and it is set mainly by light. Irregular sleep "
        "or bright screens late at night can shift it, which is why jet lag and shift work feel so disruptive.",
    ),
    (
        "the placebo effect",
        "The placebo effect is a real improvement in symptoms caused by the expectation of "
        "treatment rather than the treatment itself. It is strongest for subjective symptoms like pain. Clinical "
        "trials compare drugs against placebos so they can separate the drug's effect from this expectation.",
    ),
    (
        "natural selection",
        "Natural selection is the process by which individuals with traits better suited to "
        "their environment survive and reproduce more, so those traits become more common over generations. "
        "Together with mutation and inheritance, it is the main mechanism of evolution described by Darwin.",
    ),
    (
        "GDP",
        "GDP (gross domestic product) is the total value of all final goods and services produced in a "
        "country in a given period. It is the most common measure of the size of an economy, and real GDP "
        "growth (adjusted for inflation) is how we talk about economic growth or recession.",
    ),
    (
        "quantum computing",
        "Quantum computing uses qubits, which can be in superpositions of 0 and 1 and can be "
        "entangled with each other. For certain problems, such as simulating molecules or factoring large "
        "numbers, quantum algorithms could be dramatically faster than classical ones. Today's machines are still "
        "small and error-prone.",
    ),
    (
        "the water cycle",
        "The water cycle is the continuous movement of water on Earth. Water evaporates from "
        "oceans and lakes, condenses into clouds, falls as precipitation, and flows back through rivers and "
        "groundwater to the sea. Plants add to it by releasing water vapour through transpiration.",
    ),
    (
        "a recession",
        "A recession is a significant, widespread decline in economic activity lasting more than a "
        "few months. A common rule of thumb is two consecutive quarters of falling real GDP. Recessions usually "
        "bring rising unemployment, lower spending and weaker business investment.",
    ),
    (
        "open source software",
        "Open source software is software whose source code is published under a licence "
        "that lets anyone use, study, modify and share it. Linux, Python and Firefox are examples. Licences range "
        "from permissive (MIT, Apache) to copyleft (GPL), which requires derived works to stay open.",
    ),
    (
        "a VPN",
        "A VPN (virtual private network) creates an encrypted tunnel between your device and a VPN "
        "server, so your internet traffic travels through that server. It hides your traffic from the local "
        "network and your IP address from websites. It doesn't make you anonymous, because the VPN provider can "
        "see your traffic.",
    ),
    (
        "mitochondria",
        "Mitochondria are structures inside most of our cells that produce the majority of the "
        "cell's energy as ATP through cellular respiration. They have their own small DNA, inherited from the "
        "mother, which supports the idea that they were once free-living bacteria.",
    ),
    (
        "the scientific method",
        "The scientific method is a cycle for learning about the world: observe, ask a "
        "question, form a testable hypothesis, run experiments or gather data, analyse the results and revise "
        "the hypothesis. Its strength is that claims must survive tests that could prove them wrong.",
    ),
    (
        "cognitive behavioural therapy",
        "Cognitive behavioural therapy (CBT) is a structured, short-term form of "
        "talk therapy. It helps people notice unhelpful thought patterns and behaviours and practise more "
        "balanced alternatives. It has strong evidence for anxiety, depression and insomnia.",
    ),
    (
        "a credit score",
        "A credit score is a number that estimates how likely you are to repay borrowed money, "
        "based on your payment history, how much credit you use, the age of your accounts and recent "
        "applications. Lenders use it to decide whether to lend to you and at what interest rate.",
    ),
    (
        "the Renaissance",
        "The Renaissance was a cultural movement in Europe from roughly the 14th to the 17th "
        "century, starting in Italy. It revived interest in classical Greek and Roman learning and produced "
        "major advances in art, architecture and science, with figures like Leonardo da Vinci and Michelangelo.",
    ),
    (
        "the Industrial Revolution",
        "The Industrial Revolution was the shift from hand production to machines "
        "and factories that began in Britain around 1760. Steam power, mechanised textile production and "
        "railways transformed work, cities and living standards, and spread to Europe and North America.",
    ),
    (
        "democracy",
        "Democracy is a system of government in which power comes from the people, who choose "
        "representatives in free and fair elections or vote on decisions directly. Working democracies also "
        "depend on the rule of law, protected rights, a free press and peaceful transfers of power.",
    ),
    (
        "a vaccine",
        "A vaccine trains the immune system to recognise a pathogen without causing the disease. It "
        "contains a harmless piece or version of the germ, or instructions to make one (as mRNA vaccines do). "
        "The immune system builds a memory, so a later real infection is fought off faster.",
    ),
    (
        "the big bang theory",
        "The Big Bang theory describes how the universe expanded from an extremely hot, "
        "dense state about 13.8 billion years ago. Evidence includes the cosmic microwave background radiation, "
        "the expansion of the universe and the abundance of light elements like hydrogen and helium.",
    ),
    (
        "an operating system",
        "An operating system is the software that manages a computer's hardware and "
        "provides common services to programs. It schedules processes, manages memory, handles files and "
        "devices, and provides the user interface. Windows, macOS, Linux, Android and iOS are examples.",
    ),
    (
        "a database index",
        "A database index is a separate data structure, usually a B-tree, that lets the "
        "database find rows by a column's value without scanning the whole table, much like a book's index. "
        "Indexes make reads much faster but slow down writes slightly and take extra storage.",
    ),
    (
        "HTTPS",
        "HTTPS is HTTP sent over an encrypted TLS connection. It keeps the data between your browser and "
        "a website private and unaltered, and the site's certificate proves you are talking to the real domain. "
        "The padlock in the address bar means the connection is encrypted, not that the site is trustworthy.",
    ),
    (
        "the ozone layer",
        "The ozone layer is a region of the stratosphere with a high concentration of ozone "
        "that absorbs most of the sun's harmful ultraviolet radiation. Chlorofluorocarbons thinned it, but the "
        "1987 Montreal Protocol phased them out and the layer is slowly recovering.",
    ),
    (
        "minimalism",
        "Minimalism is a lifestyle of intentionally owning and doing less so that what remains "
        "matters more. In practice it means decluttering, buying deliberately and cutting commitments that don't "
        "add value. In art and design, minimalism means stripping a work back to essential forms.",
    ),
    (
        "stoicism",
        "Stoicism is a philosophy founded in Athens around 300 BC and later practised by Seneca, "
        "Epictetus and Marcus Aurelius. Its core idea is to separate what you control (your judgements and "
        "actions) from what you don't, and to focus your energy on the former while practising virtue.",
    ),
    (
        "intermittent fasting",
        "Intermittent fasting is an eating pattern that cycles between eating and "
        "fasting periods, such as eating within an 8-hour window each day (16:8). Studies suggest it can help "
        "with weight loss, mostly because people eat less overall. It isn't suitable for everyone, including "
        "people with a history of eating disorders.",
    ),
    (
        "a carbon footprint",
        "A carbon footprint is the total greenhouse gas emissions caused by a person, "
        "product or organisation, expressed as carbon dioxide equivalent. For individuals, the biggest parts "
        "are usually transport, home energy and diet, especially flying and meat consumption.",
    ),
    (
        "the electoral college",
        "The Electoral College is the system used to elect the US president. Each state "
        "gets electors equal to its number of senators plus representatives, and in most states the candidate "
        "who wins the popular vote takes all its electors. A candidate needs 270 of the 538 electoral votes.",
    ),
    (
        "impostor syndrome",
        "Impostor syndrome is the persistent feeling that you are not as competent as others "
        "think and will be exposed as a fraud, despite evidence of your success. It is common among high "
        "achievers and people in new roles. Talking about it openly and keeping a record of achievements helps.",
    ),
    (
        "a hash function",
        "A hash function maps data of any size to a fixed-size value. Cryptographic hashes "
        "like SHA-256 are designed so that the output looks random, small input changes completely change the "
        "output, and finding two inputs with the same hash is practically impossible. They are used for "
        "passwords, signatures and integrity checks.",
    ),
    (
        "renewable energy",
        "Renewable energy comes from sources that are naturally replenished, such as sunlight, "
        "wind, flowing water, geothermal heat and biomass. Solar and wind have become the cheapest new "
        "electricity in much of the world; their main challenge is variability, which storage and grids manage.",
    ),
    (
        "the Fibonacci sequence",
        "The Fibonacci sequence starts 0, 1 and each next number is the sum of the two "
        "before it: 0, 1, 1, 2, 3, 5, 8, 13, ... The ratio of consecutive terms approaches the golden ratio, "
        "about 1.618, and the pattern shows up in some plant growth, like the spirals of sunflower seeds.",
    ),
    (
        "a microservice architecture",
        "A microservice architecture splits an application into small services "
        "that each own one business capability and communicate over the network. Teams can deploy and scale "
        "services independently, but you pay for it with distributed-system complexity: network failures, data "
        "consistency and harder debugging.",
    ),
    (
        "the Turing test",
        "The Turing test, proposed by Alan Turing in 1950, asks whether a machine can hold a "
        "text conversation so well that a human judge can't reliably tell it from a person. It is a historical "
        "landmark in thinking about machine intelligence, though many researchers consider it an incomplete test.",
    ),
    (
        "a Roth IRA",
        "A Roth IRA is a US retirement account funded with after-tax money. Investments grow tax-free, "
        "and qualified withdrawals in retirement are tax-free too. There are annual contribution limits and "
        "income limits for contributing directly.",
    ),
    (
        "the gut microbiome",
        "The gut microbiome is the community of trillions of bacteria and other microbes "
        "living in your digestive tract. It helps digest fibre, produces some vitamins and interacts with the "
        "immune system. A varied diet with plenty of fibre is the best-supported way to keep it diverse.",
    ),
    (
        "Moore's law",
        "Moore's law is Gordon Moore's 1965 observation, revised in 1975, that the number of "
        "transistors on a chip doubles about every two years. It held for decades and drove falling computing "
        "costs; it has slowed as transistors approach physical limits.",
    ),
    (
        "the Silk Road",
        "The Silk Road was a network of trade routes linking China with Central Asia, the Middle "
        "East and Europe from around the 2nd century BC. Besides silk and spices, it carried ideas, religions "
        "such as Buddhism, technologies like paper-making, and also diseases.",
    ),
    (
        "a sonnet",
        "A sonnet is a 14-line poem, traditionally in iambic pentameter. The Petrarchan form splits into "
        "an eight-line octave and a six-line sestet with a turn between them; the Shakespearean form has three "
        "quatrains and a closing rhyming couplet (ABAB CDCD EFEF GG).",
    ),
    (
        "a containerized application",
        "A containerized application is packaged with its code, runtime, libraries "
        "and settings into a container image, which runs the same way on any machine with a container runtime "
        "such as Docker. Containers share the host's kernel, so they are much lighter than virtual machines.",
    ),
    (
        "the theory of relativity",
        "Einstein's relativity has two parts. Special relativity (1905) says the "
        "speed of light is the same for all observers, which leads to time dilation and E = mc². General "
        "relativity (1915) describes gravity as the curvature of spacetime by mass and energy. GPS satellites "
        "must correct for both effects.",
    ),
    (
        "a 401(k)",
        "A 401(k) is a US employer-sponsored retirement plan. You contribute part of your salary "
        "before tax (or after tax with a Roth 401(k)), and many employers match part of it, which is effectively "
        "free money. Withdrawals before age 59½ usually carry a penalty.",
    ),
    (
        "the Socratic method",
        "The Socratic method is a way of teaching and reasoning by asking a series of "
        "probing questions rather than giving answers. Each answer is examined for assumptions and "
        "contradictions, which leads the learner to clarify their own thinking. It is common in law schools.",
    ),
    (
        "biodiversity",
        "Biodiversity is the variety of life at every level: genes, species and ecosystems. Diverse "
        "ecosystems are more resilient and provide services such as pollination, clean water and fertile soil. "
        "Habitat loss, climate change, pollution and invasive species are its main threats.",
    ),
    (
        "a mortgage",
        "A mortgage is a loan used to buy property, with the property itself as security. You repay "
        "it in instalments of principal and interest over a long term, often 25 to 30 years. If you stop "
        "paying, the lender can take the property. Fixed-rate mortgages keep the same rate for a set period.",
    ),
    (
        "REST APIs",
        "REST is a style for designing web APIs around resources identified by URLs, manipulated with "
        "standard HTTP methods: GET to read, POST to create, PUT or PATCH to update and DELETE to remove. "
        "Requests are stateless, and responses are usually JSON with meaningful HTTP status codes.",
    ),
    (
        "the Krebs cycle",
        "The Krebs cycle (citric acid cycle) is a series of chemical reactions in the "
        "mitochondria that breaks down molecules from food to release energy. It produces carriers (NADH and "
        "FADH2) that feed the electron transport chain, where most of the cell's ATP is made.",
    ),
    (
        "game theory",
        "Game theory studies strategic decisions where each participant's outcome depends on what "
        "others choose. Classic examples are the prisoner's dilemma and Nash equilibrium, a situation where no "
        "player can do better by changing strategy alone. It is used in economics, politics and biology.",
    ),
    (
        "a sourdough starter",
        "A sourdough starter is a fermented mix of flour and water colonised by wild yeast "
        "and lactic acid bacteria. Fed regularly, it becomes active enough to leaven bread, and the bacteria "
        "give sourdough its tangy flavour. A healthy starter roughly doubles a few hours after feeding.",
    ),
]
