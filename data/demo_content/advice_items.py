"""Advice-seeking rows: everyday questions about work, money, health, study and relationships."""

from demo_content.item import Item

ADVICE = [
    (
        "How do I ask my manager for a raise?",
        "Prepare before you ask. List concrete results from the last year, ideally with numbers, and research "
        "market pay for your role. Ask for a dedicated meeting rather than raising it in passing, state a specific "
        "figure, and explain it with your contributions rather than personal needs. If the answer is 'not now', "
        "ask what you'd need to achieve and agree on a date to revisit it.",
    ),
    (
        "I'm thinking about changing careers at 35. Is it too late?",
        "Not at all; many people change careers in their thirties and forties, and your experience transfers "
        "more than you think. Test the new field cheaply first: talk to people who work in it, take a short "
        "course, or do a small project on the side. Build savings for the transition, and look for roles that "
        "bridge your current skills and the new area.",
    ),
    (
        "How can I stay productive while working from home?",
        "Keep a fixed start time and a short routine that signals 'work mode'. Work from a dedicated spot, even a "
        "corner of a table, and keep your phone out of reach during focus blocks. Plan the three most important "
        "tasks each morning, take real breaks away from the screen, and end the day with a clear shutdown so work "
        "doesn't leak into the evening.",
    ),
    (
        "What should I do the night before a job interview?",
        "Review the job description and prepare two or three stories that show the skills they ask for, using "
        "situation, action and result. Prepare a few questions for them. Lay out your clothes, check the route or "
        "video link, and print or save your CV. Then stop preparing, eat a proper meal and get a good night's sleep.",
    ),
    (
        "How do I deal with burnout?",
        "Start by naming it: exhaustion, cynicism and feeling ineffective are the classic signs. Talk to your "
        "manager about workload and priorities, and protect basics like sleep, movement and time off. Cut or "
        "delegate what you can. If it persists or affects your mood badly, see a doctor or therapist; burnout can "
        "overlap with depression.",
    ),
    (
        "How much money should I have in an emergency fund?",
        "A common guideline is three to six months of essential expenses: rent, food, utilities, insurance and "
        "minimum debt payments. Aim for the higher end if your income is irregular or you support others. Keep "
        "it in an easily accessible, interest-bearing savings account, and build it gradually with an automatic "
        "transfer each payday.",
    ),
    (
        "Should I pay off debt or invest first?",
        "Compare the interest rate on your debt with the return you could reasonably expect. Pay off high-"
        "interest debt like credit cards first; that's a guaranteed return. Do take any employer retirement "
        "match, since it's free money. For low-interest debt such as many mortgages, investing alongside regular "
        "payments often makes sense once you have an emergency fund.",
    ),
    (
        "How do I start budgeting when I've never done it before?",
        "Track what you spend for one month without changing anything, using your bank app or a simple sheet. "
        "Then group spending into needs, wants and savings. A simple starting rule is 50/30/20. Automate savings "
        "on payday and review weekly for the first few months. The goal is awareness, not perfection.",
    ),
    (
        "What's the best way to start running if I'm out of shape?",
        "Start with walk-run intervals, for example one minute running and two minutes walking for 20 to 30 "
        "minutes, three times a week. Increase the running portion gradually over eight to ten weeks. Run at a "
        "pace where you can still talk, invest in decent shoes, and take rest days seriously to avoid injury.",
    ),
    (
        "How can I improve my sleep?",
        "Keep the same wake-up time every day, even at weekends. Get daylight in the morning, limit caffeine after "
        "early afternoon and alcohol close to bedtime. Keep the bedroom cool, dark and quiet, and put screens away "
        "30 to 60 minutes before bed. If you can't sleep, get up and do something calm until you feel sleepy.",
    ),
    (
        "How do I cut down on screen time?",
        "Check your actual usage first; most phones report it. Turn off non-essential notifications, move "
        "distracting apps off your home screen, and set app limits. Create phone-free zones such as the bedroom "
        "and dinner table. Replace the habit with something specific, like a book by the bed.",
    ),
    (
        "How do I tell my roommate that their mess is bothering me?",
        "Pick a calm moment, not right after you find dishes in the sink. Use 'I' statements: 'I feel stressed "
        "when the kitchen is messy because I cook every evening.' Suggest something concrete, like a cleaning "
        "schedule, and ask for their view; they may have frustrations too. Agree on something specific and check "
        "in after a couple of weeks.",
    ),
    (
        "How can I make friends in a new city as an adult?",
        "Repetition matters more than intensity: join something that meets regularly, such as a sports club, "
        "choir, language exchange or volunteer group, so you see the same people. Say yes to invitations, and be "
        "the one who suggests a coffee afterwards. Colleagues, neighbours and apps for meeting friends help too. "
        "It usually takes months, so be patient with yourself.",
    ),
    (
        "How do I stop procrastinating on big assignments?",
        "Break the task into steps small enough to start in five minutes, such as 'write the first heading'. Use "
        "a timer for focused sessions of 25 minutes, and remove distractions before you begin. Set your own "
        "earlier deadlines, and tell someone about them. Starting is the hardest part, so make starting tiny.",
    ),
    (
        "What's the most effective way to learn a new language?",
        "Combine daily input with speaking. Learn the most common words first with spaced-repetition flashcards, "
        "listen to podcasts or shows you enjoy, and start speaking early with a tutor or language partner, even "
        "badly. Twenty to thirty minutes every day beats a long session once a week.",
    ),
    (
        "How do I handle jet lag after a long flight east?",
        "Shift your schedule a day or two before you leave by going to bed earlier. On the plane, set your watch "
        "to the destination time and sleep accordingly. After arrival, get morning daylight and avoid long naps; "
        "a short nap under 30 minutes is fine. Some people find a low dose of melatonin at local bedtime helps; "
        "check with a doctor first.",
    ),
    (
        "How do I pack light for a two-week trip?",
        "Pack for one week and plan to do laundry. Choose a colour scheme so every top goes with every bottom, "
        "and prefer quick-drying fabrics. Wear your bulkiest items on the plane, use packing cubes, and limit "
        "shoes to two pairs. Buy toiletries at your destination instead of carrying full-size bottles.",
    ),
    (
        "How do I give negative feedback to a colleague without damaging the relationship?",
        "Do it privately and soon after the event. Describe the specific behaviour and its impact rather than "
        "judging the person: 'In the client call, the numbers were out of date, and the client noticed.' Then ask "
        "for their view and agree on what happens next. End by reaffirming that you value working with them.",
    ),
    (
        "Should I accept a job offer with higher pay but a longer commute?",
        "Put a number on the commute: extra hours per week, travel costs, and the effect on sleep, exercise and "
        "family time. Research shows long commutes consistently reduce well-being. Ask whether the new role "
        "allows remote days, and consider the growth opportunities. If the raise barely covers the extra time and "
        "cost, it's probably not worth it.",
    ),
    (
        "How can I be more confident when speaking in meetings?",
        "Prepare one point before each meeting and aim to say it in the first ten minutes; the longer you wait, "
        "the harder it gets. Speak a little slower than feels natural. It's fine to build on others ('To add to "
        "what Sam said...'). Over time, small contributions build the habit and people start expecting your input.",
    ),
    (
        "My teenager won't talk to me. What can I do?",
        "Teenagers often talk more when the conversation isn't face-to-face: in the car, while cooking or walking "
        "the dog. Listen more than you advise, and avoid reacting strongly to small disclosures, or they'll stop "
        "sharing. Show interest in their world, even if it's a game or music you don't get. If you notice signs "
        "of serious distress, involve a doctor or school counsellor.",
    ),
    (
        "How do I save money on groceries?",
        "Plan meals for the week and shop with a list. Cook in batches and use leftovers for lunch. Choose store "
        "brands, buy seasonal produce, and compare unit prices rather than package prices. Frozen vegetables are "
        "cheap and nutritious. Avoid shopping hungry.",
    ),
    (
        "How do I prepare for my first marathon?",
        "Give yourself at least 16 to 20 weeks if you can already run comfortably for 30 to 45 minutes. Follow a "
        "plan with one long run per week that grows gradually to about 30 to 32 km, plus easy runs. Practise your "
        "race-day fuelling on long runs, taper for the last two to three weeks, and start the race slower than "
        "you think you should.",
    ),
    (
        "How do I say no to extra work without looking lazy?",
        "Anchor your no in priorities: 'I'd like to help, but taking this on would delay the Q3 report. Which "
        "should come first?' That shows commitment and lets your manager decide. Offer alternatives where you "
        "can, such as helping later or pointing to someone with capacity. Saying no occasionally is part of "
        "doing good work.",
    ),
    (
        "How can I reduce stress before exams?",
        "Make a revision timetable so you know everything is covered, and use active methods like practice "
        "questions. Keep sleeping well; cramming all night hurts recall. Short walks and breathing exercises "
        "help in the moment. On the day, arrive early, skim the paper first and start with a question you know.",
    ),
    (
        "I want to start investing but I know nothing. Where do I begin?",
        "First make sure you have an emergency fund and no high-interest debt. Then open a low-cost account "
        "(a tax-advantaged one if your country offers it) and start with a broad, low-fee index fund, investing "
        "a fixed amount monthly. Plan to stay invested for at least five years, and don't try to time the market.",
    ),
    (
        "How do I get better at saving money when I earn irregular income as a freelancer?",
        "Pay yourself a fixed 'salary' from a business account, based on a conservative monthly average. Put a "
        "percentage of every invoice aside for tax immediately in a separate account. Build a larger buffer than "
        "salaried workers, ideally six months, and save more in good months to cover lean ones.",
    ),
    (
        "How do I decide which university course to choose?",
        "Start with what you enjoy studying and where you are strongest, then look at where it leads: typical "
        "jobs, graduate outcomes and whether the field needs a specific degree. Compare course content, not just "
        "titles, and talk to current students. If you're torn, choose a broader course that keeps options open.",
    ),
    (
        "What should I look for when renting my first apartment?",
        "Check the total cost, including bills and deposit, and aim for rent under about a third of your take-home "
        "pay. Visit in person, test the water pressure and heating, look for damp or mould, and check phone signal. "
        "Read the lease carefully, photograph everything when you move in, and ask how repairs are handled.",
    ),
    (
        "How do I keep houseplants alive?",
        "Most houseplants die from overwatering. Water only when the top few centimetres of soil are dry, and "
        "make sure pots have drainage holes. Match plants to your light: snake plants and pothos tolerate low "
        "light, while succulents want a bright window. Feed them lightly in spring and summer.",
    ),
    (
        "How can I be a better listener?",
        "Give full attention: put your phone away and face the person. Resist planning your reply while they "
        "talk. Ask open questions and reflect back what you heard ('So the deadline is what worries you most?'). "
        "Don't rush to fix things unless they ask for advice; often people want to be understood first.",
    ),
]


def advice_items() -> list[Item]:
    """Every hand-written advice row."""
    return [Item(ask, answer, "Advice seeking") for ask, answer in ADVICE]
