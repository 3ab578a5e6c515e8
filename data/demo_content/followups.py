"""Written follow-up exchanges for some rows, keyed by the row's exact instruction."""

FOLLOWUPS = {
    "Can you explain inflation in simple terms?": [
        (
            "Why would a central bank want any inflation at all?",
            "A little inflation gives room to cut real "
            "interest rates in a downturn and avoids deflation, where people delay spending because prices keep "
            "falling. Wages also adjust more smoothly when prices rise slowly.",
        ),
    ],
    "I keep hearing about compound interest. What is it exactly?": [
        (
            "So starting early matters more than investing a lot?",
            "Often, yes. Someone who invests for 40 years can "
            "end up with more than someone who invests twice as much for 20, because the early money has twice as "
            "long to compound.",
        ),
    ],
    "How do I ask my manager for a raise?": [
        (
            "What if they say the budget is frozen?",
            "Ask what is possible instead: a title change, extra leave, "
            "training budget or a written commitment to revisit in a specific month. Get any agreement in an email.",
        ),
    ],
    "How can I improve my sleep?": [
        (
            "Is it bad to look at my phone in bed?",
            "It doesn't help: bright light and engaging content keep your "
            "brain alert. If you must, dim the screen, use night mode, and choose something calm rather than news or "
            "social media.",
        ),
    ],
    "What's the best way to start running if I'm out of shape?": [
        (
            "How do I avoid shin splints?",
            "Increase your weekly distance gradually (around 10% a week), run on "
            "softer surfaces when you can, wear shoes that suit you, and add calf and shin strengthening. Pain that "
            "persists needs rest, not pushing through.",
        ),
    ],
    "Why is the sky blue?": [
        (
            "Then why isn't it violet, since violet scatters even more?",
            "Sunlight contains less violet than blue, "
            "some violet is absorbed high in the atmosphere, and our eyes are much more sensitive to blue. The mix we "
            "perceive comes out sky blue.",
        ),
    ],
    "How do airplanes stay in the air?": [
        (
            "How can planes fly upside down then?",
            "The pilot tilts the wing to a positive angle relative to the "
            "airflow even when inverted, so it still deflects air downward and makes lift, at the cost of more drag.",
        ),
    ],
    "What is a black hole?": [
        (
            "What would happen if you fell into one?",
            "For a small black hole, tidal forces would stretch you long "
            "before you reached the horizon ('spaghettification'). For a supermassive one you could cross the event "
            "horizon without noticing, but you could never get out again.",
        ),
    ],
    "How do I find duplicate email addresses in a users table with SQL?": [
        (
            "And how do I delete the duplicates but keep one of each?",
            "In PostgreSQL:\n\n```sql\nDELETE FROM users "
            "a\nUSING users b\nWHERE a.email = b.email AND a.id > b.id;\n```\n\nThis keeps the row with the lowest id "
            "for each email. Back up the table first.",
        ),
    ],
    "How do I create and activate a Python virtual environment?": [
        (
            "How do I save the packages I installed so someone else can recreate it?",
            "Run `pip freeze > "
            "requirements.txt`, commit that file, and others can run `pip install -r requirements.txt` in their own "
            "environment.",
        ),
    ],
    "What's the difference between let, const and var in JavaScript?": [
        (
            "So can I push to an array declared with const?",
            "Yes. `const` stops you reassigning the variable, not "
            "changing the object: `const list = []; list.push(1);` is fine, but `list = [2]` throws.",
        ),
    ],
    "Should I pay off debt or invest first?": [
        (
            "What counts as high interest?",
            "A common rule of thumb is anything above about 6 to 8%, roughly what "
            "you might expect from stocks over the long run. Credit cards at 20% or more are always worth paying off "
            "first.",
        ),
    ],
    "How can I make friends in a new city as an adult?": [
        (
            "I'm an introvert. Any tips that don't involve big groups?",
            "Pick activities with a built-in focus, such "
            "as a climbing gym, a pottery class or a volunteering shift, where conversation is optional. Then invite "
            "one person for a coffee rather than joining big social events.",
        ),
    ],
    "What's the most effective way to learn a new language?": [
        (
            "How long until I can hold a basic conversation?",
            "With 30 minutes a day and regular speaking practice, "
            "many learners can handle simple everyday conversations in three to six months in a language close to "
            "their own; languages further away take longer.",
        ),
    ],
    "What should I know about a VPN?": [
        (
            "Do I need one at home?",
            "Usually not for security, because your home network and HTTPS already protect "
            "most traffic. It's more useful on public Wi-Fi or if you want to hide your browsing from your internet "
            "provider.",
        ),
    ],
    "How does GPS know where I am?": [
        (
            "Does GPS use mobile data?",
            "No, the satellite signals are free to receive. Your phone uses data only to "
            "download maps and to speed up the first fix (assisted GPS).",
        ),
    ],
    "Why do we need sleep?": [
        (
            "Can I catch up on sleep at the weekend?",
            "Partly. Extra sleep reduces some of the tiredness, but it "
            "doesn't fully reverse the effects of a week of short nights, and sleeping in shifts your body clock, "
            "making Monday harder.",
        ),
    ],
    "How do I make cold brew coffee at home?": [
        (
            "Can I use regular pre-ground coffee?",
            "Yes, but fine grounds make it more bitter and harder to filter. "
            "Shorten the steep to around 12 hours and strain through a paper filter.",
        ),
    ],
    "What is two-factor authentication?": [
        (
            "Is SMS good enough as a second factor?",
            "It's much better than nothing, but SIM-swap attacks can "
            "intercept texts. Authenticator apps or hardware keys are stronger.",
        ),
    ],
    "How do I deal with burnout?": [
        (
            "How do I know if it's burnout or depression?",
            "They overlap. Burnout is usually tied to work and eases "
            "with rest and time away; depression tends to affect every part of life, including things you used to "
            "enjoy. A doctor can help tell them apart.",
        ),
    ],
}
