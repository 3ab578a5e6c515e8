"""The public labelled data the offline classifiers learn from: where each file lives and how it is read.

Every source is pinned to a repository commit; `fetch` downloads the files into the sources folder, and
each loader turns one file into rows of (text, source, category, unsafe, hazard, level), with null where
the source says nothing about that tag. The mappings onto Magpie's categories and Llama Guard 3's codes
are written out below, one line per source label.
"""

import csv
import gzip
import io
import json
import re
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import yaml

ROW_SCHEMA = {
    "text": pl.String,
    "source": pl.String,
    "category": pl.String,
    "unsafe": pl.Boolean,
    "hazard": pl.String,
    "level": pl.Float64,
}
# Per-source caps keep one large set from outweighing the rest; rows are taken in file order.
CAP_PER_SOURCE = 1500


@dataclass(frozen=True)
class Source:
    name: str
    repo: str
    commit: str
    path: str
    licence: str
    load: Callable[[Path], list[dict]]
    cap: int = CAP_PER_SOURCE

    def local(self, folder: Path) -> Path:
        return folder / self.repo.replace("/", "__") / self.path

    def url(self) -> str:
        return f"https://raw.githubusercontent.com/{self.repo}/{self.commit}/{self.path}"


# AART crime topics -> Llama Guard 3 code; topics that are not a hazard by Llama Guard's taxonomy
# (horse racing, smoking, landfills, gambling, climate change, ...) are left out of training.
AART_HAZARDS = {
    "S1": "terrorism|violence|domestic violence|assassinations|kidnapping|kidnappings|hijackings|assault|murder"
    "|acts of violence committed for political or ideological purposes|animal abuse|animal cruelty"
    "|dog fighting|cockfighting",
    "S2": "other crimes|ponzi schemes|credit card fraud|corporate fraud|fraud|identity theft|financial crimes"
    "|property crimes|burglary|embezzlement|drug crimes|drug dealing|drug trafficking|drug possession"
    "|drug manufacturing|migrant smuggling|robbery|money laundering|arson|vandalism|theft|shoplifting"
    "|pyramid schemes|tax evasion|illegal dumping|environmental crimes|labor trafficking|human trafficking"
    "|organ trafficking|child trafficking|driving under the influence|cyberterrorism",
    "S3": "sex trafficking|rape|prostitution",
    "S9": "bombings",
    "S10": "hate crimes|crimes motivated by race|crimes motivated by disability|crimes motivated by religion"
    "|crimes motivated by gender identity|crimes motivated by sexual orientation",
    "S12": "pornography",
}
AART_CODE = {topic: code for code, topics in AART_HAZARDS.items() for topic in topics.split("|")}
# AART topics that ask how to protect oneself or others are not harmful requests: they train the safe side.
PROTECTIVE_TOPIC = re.compile(
    r"(?i)\b(defend|protect|prevent|report|recogni[sz]e|identify|spot|combat|cope|recover|quit|support"
    r"|stop \w+ from|stop \w+ hitting|help (a|victims|someone|people))"
)
# Difficulty levels (1 very easy .. 5 very hard) come from how each source is graded: MMLU-STEM subjects by
# school level (1 elementary, 3 high school, 4 college), SVAMP arithmetic 1, GSM8K grade-school problems 2,
# college-math exercises 3-4, olympiad problems 5; and, so that everyday requests are not placed on the
# math scale alone, CLINC150 assistant queries 1, TruthfulQA questions 2, MBPP entry-level programming
# tasks 2 and HumanEval functions 3.
MMLU_LEVEL = {"elementary": 1.0, "high_school": 3.0, "college": 4.0}
MMLU_COLLEGE_SUBJECTS = ("abstract_algebra", "machine_learning", "electrical_engineering")
MMLU_CATEGORY = {
    **dict.fromkeys(
        ("abstract_algebra", "college_mathematics", "elementary_mathematics", "high_school_mathematics"), "Math"
    ),
    **dict.fromkeys(("college_computer_science", "high_school_computer_science"), "Coding & Debugging"),
}


def read_jsonl(path: Path) -> list[dict]:
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def row(text: str, source: str, **tags: object) -> dict:
    return {"text": text.strip(), "source": source, **tags}


def load_aart(path: Path) -> list[dict]:
    rows = []
    for record in read_csv(path):
        code = AART_CODE.get(record["crime"])
        if code and PROTECTIVE_TOPIC.search(record["region_specific_topic"]):
            rows.append(row(record["prompt"], "aart-protective", unsafe=False))
        elif code:
            rows.append(row(record["prompt"], "aart", unsafe=True, hazard=code))
    return rows


# CatQA subcategory -> Llama Guard 3 code; "" marks a harmful request whose code is not clear-cut (kept
# for the safe/unsafe head, left out of the hazard head). Subcategories that Llama Guard 3 does not treat
# as hazards (election advertising, lobbying, activism, partisan commentary, adult-themed humour, every
# "Tailored Financial Advice" one) are not used.
CATQA_HAZARDS = {
    "Drug": "S2", "Weapon": "S2", "Human Trafficking": "S2", "Cybercrime": "S2", "Theft and Robbery": "S2",
    "Content Sexual exploitation": "S4", "Online predation": "S4", "Physical abuse": "S1",
    "Emotional and psychological abuse": "S2", "Neglect": "S2",
    "Racial or ethnic hate": "S10", "Religious intolerance": "S10", "Gender-based violence": "S1",
    "Cyberbullying": "", "Terrorism and extremism": "S1",
    "Malicious software designed to spread and damage computers": "S2", "Trojans": "S2", "Spyware": "S2",
    "Ransomware": "S2", "Adware": "S2",
    "Self-harm": "S11", "Assault and battery": "S1", "Hazardous material handling": "", "Unsafe practices": "",
    "Weapon making": "",
    "Financial fraud": "S2", "Intellectual property theft": "S8", "Market manipulation": "S2",
    "Employment scams": "S2", "Investment scams": "S2",
    "Identity theft": "S2", "Phishing": "S2", "False advertising": "S2", "Scamming": "S2", "Counterfeiting": "S2",
    "Pornography": "S12", "Erotic text": "S12", "Nude imagery": "S12", "Sexually explicit dialogue": "S12",
    "Political misinformation": "",
    "Data theft": "S7", "Surveillance": "S7", "Doxxing": "S7", "Deepfake creation": "",
    "Tracking and location monitoring": "S7",
}  # fmt: skip


def load_catqa(path: Path) -> list[dict]:
    rows = []
    for subcategories in json.loads(path.read_text(encoding="utf-8")).values():
        for name, questions in subcategories.items():
            code = CATQA_HAZARDS.get(name.rstrip(":"))
            if code is not None:
                rows += [row(q, "catqa", unsafe=True, hazard=code or None) for q in questions]
    return rows


def load_dangerousqa(path: Path) -> list[dict]:
    return [row(q, "dangerousqa", unsafe=True) for q in json.loads(path.read_text(encoding="utf-8"))]


def load_harmfulqa(path: Path) -> list[dict]:
    """HarmfulQA's questions, taken round-robin over its topics so a cap keeps every topic."""
    topics = [q for subjects in json.loads(path.read_text(encoding="utf-8")).values() for q in subjects.values()]
    interleaved = [q for group in zip(*topics, strict=False) for q in group]
    return [row(q, "harmfulqa", unsafe=True) for q in interleaved]


# Safe look-alikes built from the harmful topics above: the same topics asked about protectively, so the
# safety head learns that a crime named in a request does not make the request harmful.
LOOKALIKE_TEMPLATES = (
    "How can communities prevent {topic}?",
    "What are the warning signs of {topic}, and how can I report it?",
    "Write a short history of laws against {topic}.",
    "Explain why {topic} is harmful to society.",
    "Suggest ways a city could reduce {topic}.",
    "Summarize what research says about the causes of {topic}.",
    "Write a public service announcement warning people about {topic}.",
    "How do police investigate {topic}?",
    "Create a lesson plan that teaches teenagers about the dangers of {topic}.",
    "What support is available for victims of {topic}?",
    "Write a news article about a drop in {topic} in a mid-sized town.",
    "Generate questions for a debate on how to tackle {topic}.",
)


def lookalike_rows() -> list[dict]:
    """Every AART topic and CatQA subcategory in each protective template (synthlens-written templates)."""
    topics = sorted({t for t in AART_CODE} | {t.lower() for t, code in CATQA_HAZARDS.items() if code})
    return [
        row(template.format(topic=topic), "synthlens-lookalikes", unsafe=False)
        for index, topic in enumerate(topics)
        for template in LOOKALIKE_TEMPLATES[index % 3 :: 3]
    ]


def load_gsm8k(path: Path) -> list[dict]:
    records = read_jsonl(path)
    return [row(r["question"], "gsm8k", category="Math", unsafe=False, level=2.0) for r in records]


def load_svamp(path: Path) -> list[dict]:
    records = read_jsonl(path)
    text = [f"{r['Body'].rstrip('. ')}. {r['Question']}" for r in records]
    return [row(t, "svamp", category="Math", unsafe=False, level=1.0) for t in text]


def load_olympiad(path: Path) -> list[dict]:
    records = read_jsonl(path)
    return [row(r["question"], "olympiadbench", category="Math", unsafe=False, level=5.0) for r in records]


def load_college_math(path: Path) -> list[dict]:
    """College-math exercises under a CC BY licence (the book of each row names it): algebra is high-school
    level (3), linear algebra college level (4)."""
    rows = []
    for record in read_jsonl(path):
        licence = record["license"]
        if "(CC BY" in licence and "Non" not in licence:
            level = 3.0 if "Algebra" in record["data_source"] and "Linear" not in record["data_source"] else 4.0
            rows.append(row(record["question"], "college-math", category="Math", unsafe=False, level=level))
    return rows


def mmlu_level(subject: str) -> float | None:
    if subject in MMLU_COLLEGE_SUBJECTS:
        return MMLU_LEVEL["college"]
    return next((level for prefix, level in MMLU_LEVEL.items() if subject.startswith(prefix)), None)


def load_mmlu_stem(path: Path) -> list[dict]:
    rows = []
    for record in read_jsonl(path):
        level = mmlu_level(record["type"])
        if level is not None:
            options = "\n".join(f"{'ABCD'[i]}. {c}" for i, c in enumerate(record["choices"]))
            text = f"{record['question']}\n{options}"
            rows.append(row(text, "mmlu_stem", category=MMLU_CATEGORY.get(record["type"]), unsafe=False, level=level))
    return rows


# Red-team openings from Anthropic's harmless-base set carry no label of their own. An opening counts as
# a harmful request when the preferred reply pushes back, or when it asks how to do a clearly harmful
# act; the rest (greetings, opinions, ordinary questions) are not used.
REFUSAL = re.compile(
    r"(?i)(I'm sorry|I am sorry|I can't|I cannot|I won't|I don't think (I|that|it)|illegal|I'd rather not"
    r"|I'm not comfortable|harmful|unethical|against the law|dangerous|I would not|I wouldn't|please don't"
    r"|not a good idea|I don't want)"
)
HARMFUL_ASK = re.compile(
    r"(?i)\b(how (can|do|could|would|should) i|best way to|help me|ways to|tell me how|teach me|where can i"
    r"|what('s| is) the (best|easiest|quickest))\b.{0,80}\b(steal|kill|murder|poison|hurt|rob|hack|bomb|drugs?"
    r"|cheat|scam|shoplift|break into|stalk|kidnap|rape|torture|launder|counterfeit|smuggle|blackmail|bully"
    r"|humiliate|harass|spy on|meth|cocaine|heroin|gun|weapon|explosives?|burn down|sneak|get away with)\b"
)


def load_hh_red_team(path: Path) -> list[dict]:
    rows = []
    for record in read_jsonl(path):
        turns = record["chosen"].split("\n\nHuman: ")[1].split("\n\nAssistant: ")
        opening, reply = turns[0].strip(), (turns[1].split("\n\nHuman:")[0] if len(turns) > 1 else "")
        if REFUSAL.search(reply) or HARMFUL_ASK.search(opening):
            rows.append(row(opening, "hh-rlhf-red-team", unsafe=True))
    return rows


def load_humaneval(path: Path) -> list[dict]:
    records = read_jsonl(path)
    return [row(f"Complete this function:\n{r['prompt']}", "humaneval", category="Coding & Debugging", unsafe=False,
                level=3.0) for r in records]  # fmt: skip


def load_mbpp(path: Path) -> list[dict]:
    records = read_jsonl(path)
    return [row(r["text"], "mbpp", category="Coding & Debugging", unsafe=False, level=2.0) for r in records]


def load_conala(path: Path) -> list[dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [row(r["intent"], "conala", category="Coding & Debugging", unsafe=False) for r in records if r["intent"]]


def load_awesome_prompts(path: Path) -> list[dict]:
    records = read_csv(path)
    return [row(r["prompt"], "awesome-chatgpt-prompts", category="Role playing", unsafe=False) for r in records]


def load_truthfulqa(path: Path) -> list[dict]:
    records = read_csv(path)
    return [row(r["Question"], "truthfulqa", category="Information seeking", unsafe=False, level=2.0) for r in records]


def load_counsel_chat(path: Path) -> list[dict]:
    seen, rows = set(), []
    for record in read_csv(path):
        if record["questionID"] in seen:
            continue
        seen.add(record["questionID"])
        text = f"{record['questionTitle'].strip()} {record['questionText'].strip()}"
        rows.append(row(text, "counsel-chat", category="Advice seeking", unsafe=False))
    return rows


def load_clinc(path: Path) -> list[dict]:
    """CLINC150's in-scope training queries (everyday requests to an assistant), one in five."""
    queries = json.loads(path.read_text(encoding="utf-8"))["train"][::5]
    return [row(text, "clinc150", unsafe=False, level=1.0) for text, _ in queries]


def load_self_instruct(path: Path) -> list[dict]:
    rows = []
    for record in read_jsonl(path):
        instance = (record.get("instances") or [{}])[0].get("input", "")
        text = record["instruction"] + (f"\n\n{instance}" if instance else "")
        rows.append(row(text, "self-instruct", unsafe=False))
    return rows


SOURCES = (
    Source("aart", "google-research-datasets/aart-ai-safety-dataset", "fcdb2a8a3343a992cd8cbfd53eac797ac047c26f",
           "aart-v1-20231117.csv", "CC-BY-4.0", load_aart),
    Source("hh-rlhf-red-team", "anthropics/hh-rlhf", "354e5c3cb8960630860dd5774a6ac2a58313bf4d",
           "harmless-base/test.jsonl.gz", "MIT", load_hh_red_team),
    Source("catqa", "declare-lab/red-instruct", "73c759c93d2f6b1d8c7b058ab7bcec5fb0c28fa2",
           "harmful_questions/catqa_english.json", "Apache-2.0", load_catqa),
    Source("dangerousqa", "declare-lab/red-instruct", "73c759c93d2f6b1d8c7b058ab7bcec5fb0c28fa2",
           "harmful_questions/dangerousqa.json", "Apache-2.0", load_dangerousqa),
    Source("harmfulqa", "declare-lab/red-instruct", "73c759c93d2f6b1d8c7b058ab7bcec5fb0c28fa2",
           "harmful_questions/harmfulqa.json", "Apache-2.0", load_harmfulqa, cap=500),
    Source("gsm8k-train", "openai/grade-school-math", "3101c7d5072418e28b9008a6636bde82a006892c",
           "grade_school_math/data/train.jsonl", "MIT", load_gsm8k),
    Source("svamp", "QwenLM/Qwen2.5-Math", "a45202bd16f1ec06f433442dc1152d0074773465",
           "evaluation/data/svamp/test.jsonl", "MIT", load_svamp),
    Source("olympiadbench", "QwenLM/Qwen2.5-Math", "a45202bd16f1ec06f433442dc1152d0074773465",
           "evaluation/data/olympiadbench/test.jsonl", "Apache-2.0 (data), MIT (repository)", load_olympiad),
    Source("college-math", "QwenLM/Qwen2.5-Math", "a45202bd16f1ec06f433442dc1152d0074773465",
           "evaluation/data/college_math/test.jsonl", "CC-BY-3.0 / CC BY rows only (licence per row)",
           load_college_math),
    Source("mmlu-stem", "QwenLM/Qwen2.5-Math", "a45202bd16f1ec06f433442dc1152d0074773465",
           "evaluation/data/mmlu_stem/test.jsonl", "MIT", load_mmlu_stem),
    Source("humaneval", "openai/human-eval", "6d43fb980f9fee3c892a914eda09951f772ad10d",
           "data/HumanEval.jsonl.gz", "MIT", load_humaneval),
    Source("mbpp", "muitiiifruckt/ASE", "83fa3f7963561b898623e8ade6e017d448ddca98",
           "mbpp.jsonl", "CC-BY-4.0 (MBPP, copied unchanged)", load_mbpp),
    Source("conala", "shilliscmu/TranxConalaBaseline", "5520285387d946e826f4cc5a4a0a1bf7361355e5",
           "conala-train.json", "CC-BY-SA-4.0 (CoNaLa, copied unchanged)", load_conala),
    Source("awesome-chatgpt-prompts", "f/awesome-chatgpt-prompts", "82f15563c9284c01ca54f0b915ae1aeda5a0fc3a",
           "prompts.csv", "CC0-1.0", load_awesome_prompts),
    Source("truthfulqa", "frankxwang/probing-experiments", "b7eb5a9f55e266503b18778bd3b9c1c6b314aea1",
           "TruthfulQA.csv", "Apache-2.0 (TruthfulQA, copied unchanged)", load_truthfulqa),
    Source("counsel-chat", "nbertagnolli/counsel-chat", "e202e19c5002482f4f6631af754c276dd9adf7f2",
           "data/20200325_counsel_chat.csv", "MIT", load_counsel_chat),
    Source("clinc150", "clinc/oos-eval", "828f8093932c8fe6ca7936c3d2e52903b1c523de",
           "data/data_full.json", "CC-BY-3.0", load_clinc, cap=3000),
    Source("self-instruct-seed", "yizhongw/self-instruct", "0b26ccaa415992100fa32df62d41b994cf928e23",
           "data/seed_tasks.jsonl", "Apache-2.0", load_self_instruct),
    Source("self-instruct-user", "yizhongw/self-instruct", "0b26ccaa415992100fa32df62d41b994cf928e23",
           "human_eval/user_oriented_instructions.jsonl", "Apache-2.0", load_self_instruct),
)  # fmt: skip


def fetch(folder: Path) -> list[str]:
    """Download every source file that is not in the folder yet; returns the paths fetched."""
    fetched = []
    for source in SOURCES:
        target = source.local(folder)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with urllib.request.urlopen(source.url(), timeout=120) as response:  # noqa: S310 - pinned https URL
            target.write_bytes(response.read())
        fetched.append(str(target))
    return fetched


def exemplar_rows(package_dir: Path) -> list[dict]:
    """synthlens's own hand-written exemplars (category and safety YAML files in the package)."""
    rows = []
    category = yaml.safe_load((package_dir / "exemplars" / "category.yaml").read_text())
    for label, texts in category.items():
        rows += [row(t, "synthlens-exemplars", category=label, unsafe=False) for t in texts]
    safety = yaml.safe_load((package_dir / "exemplars" / "safety.yaml").read_text())
    for label, texts in safety.items():
        unsafe = label != "safe"
        rows += [row(t, "synthlens-edgy" if not unsafe else "synthlens-exemplars", unsafe=unsafe,
                     hazard=label if unsafe else None) for t in texts]  # fmt: skip
    return rows


# The demo dataset files git how-to questions (30% of it) under Information seeking and quick trivia under
# Others, by its own convention; Magpie's judge may call them otherwise, so they stay out of the category head.
GIT_QUESTION = re.compile(r"(?i)\bgit\b|\b(commit|rebase|stash|branch|merge|cherry-pick|gitignore|remote)\w*\b")


def demo_rows(repo_root: Path) -> list[dict]:
    """synthlens's demo dataset (data/demo.jsonl), labelled in data/demo_truth.json: categories, unsafe rows."""
    truth = json.loads((repo_root / "data" / "demo_truth.json").read_text(encoding="utf-8"))
    unsafe, hazards = set(truth["unsafe"]), truth.get("unsafe_hazard", {})
    rows = []
    for record in read_jsonl(repo_root / "data" / "demo.jsonl"):
        uid, text = record["uuid"], record["instruction"]
        category = truth["category"].get(uid)
        if (category == "Information seeking" and GIT_QUESTION.search(text)) or category == "Others":
            category = None
        rows.append(row(text, "synthlens-demo", category=category, unsafe=uid in unsafe, hazard=hazards.get(uid)))
    return rows


def load_all(folder: Path, package_dir: Path) -> pl.DataFrame:
    """Every source's rows (capped per source), deduplicated by text, in a fixed order."""
    missing = [str(s.local(folder)) for s in SOURCES if not s.local(folder).exists()]
    if missing:
        raise SystemExit(f"missing source files ({len(missing)}), first: {missing[0]}; fix: run with --fetch")
    rows = []
    for source in SOURCES:
        rows += source.load(source.local(folder))[: source.cap]
    rows += exemplar_rows(package_dir)
    rows += demo_rows(package_dir.parents[3])
    rows += lookalike_rows()
    table = pl.DataFrame(rows, schema=ROW_SCHEMA)
    return table.filter(pl.col("text").str.len_chars() > 0).unique("text", keep="first", maintain_order=True)
