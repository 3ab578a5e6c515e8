"""Topic trees against the scripted server: prompts, tolerant lists, dedup, asked against obtained, reward."""

from pathlib import Path

from llm_server import LLMServer, Reply, ScriptedRequest, chat_reply
from recipe_runs import run_recipe

from synthlens.generate.topics import RewardFilter, Topics

ANSWERS = {
    "subtopics of the topic": "Here are some subtopics:\n1. Branching\n2. **Stashing**\n3. Rebasing\nHope this helps!",
    '"Branching"': "1. How do I create a branch?\n2. how to delete a branch",
    '"Stashing"': "- How do I stash my changes?\n- how do i create a branch",
    '"Rebasing"': '["How do I rebase onto main?", "Why did my rebase stop?", "What does git rebase -i do?"]',
}


def topics_handler(request: ScriptedRequest) -> Reply:
    prompt = request.prompt_text
    for marker, answer in ANSWERS.items():
        if marker in prompt:
            return chat_reply(answer)
    if request.body and request.body.get("model") == "reward-model":
        helpful = 1.0 if "delete" in prompt else 3.5
        scores = [("helpfulness", helpful), ("correctness", 3.0), ("coherence", 3.5), ("complexity", 1.0)]
        return chat_reply("", logprobs=[*scores, ("verbosity", 1.5)])
    return chat_reply("Run `git " + prompt.split("\n")[-1][:20] + "`.")


def test_topic_tree_rows_and_report(tmp_path: Path) -> None:
    recipe = Topics("git commands", subtopics=2, per_subtopic=3)
    with LLMServer(topics_handler) as server:
        rows, result = run_recipe(recipe, server, tmp_path / "t.jsonl")
        prompts = [r.prompt_text for r in server.posts()]
    assert "List 2 distinct subtopics" in prompts[0] and "Topic: git commands" in prompts[0]
    assert sum("Write 3 different requests" in p for p in prompts) == 2  # only the two subtopics kept
    assert [row["messages"][0]["content"] for row in rows] == [
        "How do I create a branch?",
        "how to delete a branch",
        "How do I stash my changes?",
    ]
    assert [row["gen_subtopic"] for row in rows] == ["Branching", "Branching", "Stashing"]
    assert ("subtopic: Branching", "2 of 3") in result.report and ("subtopic: Stashing", "1 of 3") in result.report
    assert ("instructions obtained", "3 of 6 asked") in result.report
    assert ("dropped: duplicate_instruction", "1") in result.report


def test_rows_cap_the_total(tmp_path: Path) -> None:
    with LLMServer(topics_handler) as server:
        rows, _ = run_recipe(Topics("git commands", subtopics=3, per_subtopic=3), server, tmp_path / "t.jsonl", rows=4)
    assert len(rows) == 4 and rows[-1]["gen_subtopic"] == "Rebasing"


def test_the_reward_pass_keeps_the_seeds_filter(tmp_path: Path) -> None:
    with LLMServer(topics_handler) as server:
        reward = RewardFilter(server.url, "reward-model")
        rows, result = run_recipe(Topics("git commands", 2, 3, reward=reward), server, tmp_path / "t.jsonl")
    assert [row["messages"][0]["content"] for row in rows] == [
        "How do I create a branch?",
        "How do I stash my changes?",
    ]
    assert rows[0]["helpfulness"] == 3.5 and rows[0]["verbosity"] == 1.5
    assert ("dropped: reward_filter", "1") in result.report
