"""Short reference questions: shell commands, HTTP status codes, capitals, translations, odds and ends."""

from demo_content.item import Item

SHELL_TEMPLATES = [
    "What does the `{c}` command do in Linux?",
    "How do I use `{c}` on the command line?",
    "Explain the {c} command with an example.",
]
SHELL = [
    (
        "grep",
        '`grep` searches text for lines matching a pattern. `grep -rn "TODO" src/` searches recursively '
        "and shows line numbers; `-i` ignores case and `-v` inverts the match.",
    ),
    (
        "chmod",
        "`chmod` changes file permissions. `chmod +x script.sh` makes a script executable; `chmod 644 "
        "file.txt` gives the owner read/write and everyone else read-only.",
    ),
    (
        "tar",
        "`tar` bundles files into an archive. `tar -czf backup.tar.gz folder/` creates a gzip-compressed "
        "archive and `tar -xzf backup.tar.gz` extracts it.",
    ),
    (
        "find",
        '`find` locates files by name, type, size or time. `find . -name "*.log" -mtime +7` lists log '
        "files older than seven days below the current directory.",
    ),
    (
        "ssh",
        "`ssh` opens an encrypted shell on a remote machine: `ssh user@server.example.com`. Keys from "
        "`ssh-keygen` let you log in without a password.",
    ),
    (
        "curl",
        "`curl` transfers data to or from a URL. `curl -s https://api.example.com/items` prints the "
        "response; `-X POST -d '{...}' -H 'Content-Type: application/json'` sends JSON.",
    ),
    (
        "ps",
        "`ps` lists running processes. `ps aux` shows all processes with their user, CPU and memory use; "
        "pipe it to `grep` to find one.",
    ),
    ("df", "`df` reports free disk space per filesystem. `df -h` prints sizes in human-readable units."),
    (
        "du",
        "`du` estimates how much space files and folders use. `du -sh *` summarises each item in the "
        "current directory.",
    ),
    (
        "rsync",
        "`rsync` copies and synchronises files efficiently, sending only differences. `rsync -avz src/ "
        "user@host:/backup/src/` mirrors a folder over SSH.",
    ),
    (
        "sed",
        "`sed` is a stream editor for transforming text. `sed 's/old/new/g' file.txt` replaces every "
        "'old' with 'new' and prints the result; `-i` edits the file in place.",
    ),
    (
        "awk",
        "`awk` processes text by fields. `awk '{print $1}' access.log` prints the first column of each "
        "line; `awk -F, '{sum += $3} END {print sum}' data.csv` adds up the third CSV column.",
    ),
    (
        "kill",
        "`kill` sends a signal to a process by PID. `kill 1234` asks it to stop (SIGTERM); `kill -9 1234` "
        "forces it (SIGKILL) when it won't respond.",
    ),
    (
        "crontab",
        "`crontab -e` edits your scheduled jobs. A line like `0 2 * * * /home/me/backup.sh` runs the "
        "script every day at 2:00.",
    ),
    (
        "xargs",
        '`xargs` turns input lines into command arguments. `find . -name "*.tmp" | xargs rm` deletes '
        "every .tmp file found.",
    ),
    (
        "ln",
        "`ln` creates links. `ln -s /opt/app/current app` makes a symbolic link named app pointing at the target path.",
    ),
    (
        "top",
        "`top` shows a live view of processes sorted by CPU use, along with memory and load. Press `q` to "
        "quit; `htop` is a friendlier alternative.",
    ),
    (
        "head",
        "`head` prints the first lines of a file, 10 by default. `head -n 20 data.csv` shows the first 20; "
        "`tail -f app.log` is its counterpart for following the end of a log.",
    ),
]

HTTP = [
    (
        "What does HTTP status code 200 mean?",
        "200 OK means the request succeeded and the body contains the result.",
    ),
    (
        "My POST endpoint returns 201. Is that an error?",
        "No. 201 Created means the request succeeded and a new "
        "resource was created; the Location header often points to it.",
    ),
    (
        "When should a REST API respond with 204 No Content?",
        "Use 204 when an operation succeeds but there is "
        "nothing to send back, such as a successful DELETE or an update that returns no body.",
    ),
    (
        "Why do search engines care whether a redirect is a 301 or a 302?",
        "301 Moved Permanently tells clients and "
        "search engines the new URL replaces the old one, so ranking moves over. 302 Found is temporary, so they "
        "keep the original URL.",
    ),
    (
        "My browser shows 304 responses in the network tab. Is something broken?",
        "No. 304 Not Modified means your "
        "cached copy is still valid, so the server skipped sending the body. It saves bandwidth.",
    ),
    (
        "What's the difference between a 401 and a 403 error?",
        "401 Unauthorized means the server doesn't know who "
        "you are: authentication is missing or invalid. 403 Forbidden means it knows who you are but you lack "
        "permission.",
    ),
    (
        "I get a 404 when I deploy my single-page app and refresh a route. Why?",
        "The server looks for a file at "
        "that path and finds none, hence 404 Not Found. Configure it to serve index.html for unknown routes so the "
        "app's router can handle them.",
    ),
    (
        "Which status code should an API return when a username is already taken?",
        "409 Conflict fits: the "
        "request clashes with the current state of the resource. Include a message explaining the conflict.",
    ),
    (
        "The GitHub API keeps answering 429. What am I doing wrong?",
        "429 Too Many Requests means you've hit a rate "
        "limit. Slow down, honour the Retry-After or rate-limit reset headers, and authenticate to get a higher "
        "limit.",
    ),
    (
        "Is a 500 Internal Server Error the client's fault?",
        "Usually not. 500 means something failed on the "
        "server, such as an unhandled exception. Check the server logs; retrying the same request rarely helps.",
    ),
    (
        "Our site behind nginx sometimes returns 502 Bad Gateway. Where should I look?",
        "502 means nginx got an "
        "invalid or no response from the upstream app. Check that the app process is running, the upstream address "
        "and port are right, and the app's own logs for crashes or timeouts.",
    ),
    (
        "What should a server send when it's down for maintenance?",
        "503 Service Unavailable, ideally with a "
        "Retry-After header, so clients and search engines know the outage is temporary.",
    ),
]
CAPITALS = [
    (
        "Australia",
        "Canberra",
        "Many people guess Sydney, but Canberra was purpose-built as a compromise between Sydney and Melbourne.",
    ),
    ("Canada", "Ottawa", "It sits in Ontario on the border with Quebec."),
    (
        "Brazil",
        "Brasília",
        "It replaced Rio de Janeiro in 1960 and is famous for Oscar Niemeyer's modernist buildings.",
    ),
    ("Turkey", "Ankara", "Istanbul is the largest city, but Ankara has been the capital since 1923."),
    (
        "Switzerland",
        "Bern",
        "Officially Switzerland has no capital; Bern is the 'federal city' where the government sits.",
    ),
    ("Nigeria", "Abuja", "Abuja replaced Lagos as the capital in 1991."),
    ("New Zealand", "Wellington", "It's the southernmost capital of a sovereign state."),
    ("Morocco", "Rabat", "Casablanca is larger, but Rabat is the political capital."),
    ("Vietnam", "Hanoi", "Ho Chi Minh City is the largest city; Hanoi is the capital."),
    ("Kazakhstan", "Astana", "The capital moved from Almaty in 1997."),
    ("Myanmar", "Naypyidaw", "It replaced Yangon as the capital in 2005-2006."),
    (
        "South Africa",
        "split across three cities",
        "Pretoria is the executive capital, Cape Town the legislative capital and Bloemfontein the judicial capital.",
    ),
    ("Bolivia", "Sucre", "Sucre is the constitutional capital, while La Paz is the seat of government."),
    (
        "Sri Lanka",
        "Sri Jayawardenepura Kotte",
        "It's the legislative capital; Colombo is the commercial capital.",
    ),
    (
        "Tanzania",
        "Dodoma",
        "Dodoma is the official capital, although many government offices remain in Dar es Salaam.",
    ),
]
CAPITAL_TEMPLATES = [
    "What is the capital of {c}?",
    "What's the capital city of {c}?",
    "Which city is the capital of {c}?",
]

TRANSLATIONS = [
    ("Translate 'Where is the train station?' into Spanish.", "¿Dónde está la estación de tren?"),
    ("How do you say 'Thank you very much for your help' in French?", "Merci beaucoup pour votre aide."),
    (
        "Translate 'I would like a table for two, please' into Italian.",
        "Vorrei un tavolo per due, per favore.",
    ),
    (
        "What is 'Good morning, how are you?' in German?",
        "Guten Morgen, wie geht es Ihnen? (informal: Wie geht's dir?)",
    ),
    (
        "Translate 'The meeting has been moved to Thursday' into Spanish.",
        "La reunión se ha cambiado al jueves.",
    ),
    (
        "How do I say 'I don't understand, can you speak more slowly?' in French?",
        "Je ne comprends pas, pouvez-vous parler plus lentement ?",
    ),
    (
        "Translate 'Happy birthday, I hope all your wishes come true' into Portuguese.",
        "Feliz aniversário, espero que todos os seus desejos se realizem.",
    ),
    ("Translate 'How much does this cost?' into Japanese.", "これはいくらですか？ (Kore wa ikura desu ka?)"),
    ("How do you say 'I am allergic to peanuts' in German?", "Ich bin allergisch gegen Erdnüsse."),
    ("Translate 'See you tomorrow' into Dutch.", "Tot morgen."),
    (
        "Translate 'Could you recommend a good restaurant nearby?' into Spanish.",
        "¿Podría recomendarme un buen restaurante cerca de aquí?",
    ),
    ("What does 'Je suis désolé, je suis en retard' mean in English?", "It means 'I'm sorry, I'm late.'"),
    ("Translate 'Ich habe meinen Schlüssel verloren' from German to English.", "'I have lost my key.'"),
    (
        "What does the Spanish phrase 'No hay mal que por bien no venga' mean?",
        "Literally 'there is no bad from which good doesn't come'; the English equivalent is 'every cloud has a "
        "silver lining'.",
    ),
]

OTHERS = [
    (
        "Tell me a fun fact about octopuses.",
        "Octopuses have three hearts and blue blood. Two hearts pump blood through the gills and one through the "
        "rest of the body, and their blood uses copper-based haemocyanin instead of iron-based haemoglobin.",
    ),
    (
        "Say 'good night' in five different languages.",
        "- Spanish: Buenas noches\n- French: Bonne nuit\n- German: Gute Nacht\n- Italian: Buona notte\n"
        "- Japanese: おやすみなさい (oyasuminasai)",
    ),
    (
        "Give me a random number between 1 and 100.",
        "How about 47? If you need it for something fair, like a "
        "raffle, use a real random number generator so everyone can trust the result.",
    ),
    (
        "Suggest a name for my new grey kitten.",
        "A few ideas: Smokey, Ash, Pebble, Misty, Earl Grey, Storm or "
        "Pixel. Earl Grey is my favourite: distinguished, and a little bit cosy.",
    ),
    (
        "What's a good icebreaker question for a workshop?",
        "'What's something you learned recently that surprised "
        "you?' It works for any group, invites short stories, and often sparks conversation.",
    ),
    (
        "Tell me a clean joke for a work presentation.",
        "Why don't scientists trust atoms? Because they make up everything.",
    ),
    ("What day of the week was 1 January 2000?", "It was a Saturday."),
    ("How many minutes are there in a week?", "60 × 24 × 7 = 10,080 minutes."),
    (
        "Convert this list to a comma-separated line: apples, pears\nplums\ncherries",
        "apples, pears, plums, cherries",
    ),
    (
        "Sort these words alphabetically: zebra, mango, apple, kiwi, banana",
        "apple, banana, kiwi, mango, zebra",
    ),
    ("What does the acronym NASA stand for?", "National Aeronautics and Space Administration."),
    (
        "Write my grocery list as a checklist: milk, eggs, spinach, bread, coffee",
        "- [ ] Milk\n- [ ] Eggs\n- [ ] Spinach\n- [ ] Bread\n- [ ] Coffee",
    ),
    (
        "Recommend three classic novels for someone who loved 'The Secret History'.",
        "- 'Brideshead Revisited' by Evelyn Waugh\n- 'The Picture of Dorian Gray' by Oscar Wilde\n"
        "- 'Crime and Punishment' by Fyodor Dostoevsky\n\nAll three share its mix of beauty, privilege and moral decay.",
    ),
    ("What's the Roman numeral for 2024?", "MMXXIV (2000 = MM, 20 = XX, 4 = IV)."),
    (
        "Spell 'necessary' and give me a trick to remember it.",
        "N-E-C-E-S-S-A-R-Y. Trick: one Collar and two Sleeves: one C and two S's.",
    ),
    (
        "How many legs does a spider have?",
        "Eight. That's one way to tell spiders (arachnids) from insects, which have six.",
    ),
]


def reference_items() -> list[Item]:
    """Shell, HTTP, capital, translation and miscellaneous rows."""
    items = [
        Item(SHELL_TEMPLATES[i % 3].format(c=cmd), text, "Information seeking") for i, (cmd, text) in enumerate(SHELL)
    ]
    items += [Item(ask, answer, "Information seeking") for ask, answer in HTTP]
    items += [
        Item(
            CAPITAL_TEMPLATES[i % 3].format(c=country),
            f"The capital of {country} is {city}. {note}",
            "Information seeking",
        )
        for i, (country, city, note) in enumerate(CAPITALS)
    ]
    items += [Item(ask, answer, "Editing") for ask, answer in TRANSLATIONS]
    items += [Item(ask, answer, "Others") for ask, answer in OTHERS]
    return items
