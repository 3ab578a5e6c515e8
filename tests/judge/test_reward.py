"""A local reward model through transformers: a tiny randomly initialised Llama classifier built by the test."""

from pathlib import Path

import pytest
from judge_rows import canonical_rows
from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.judge import run_tagger
from synthlens.judge.reward import LocalRewardTagger
from synthlens.workspace import Workspace

WORDS = [
    *("<pad>", "<unk>", "<s>", "</s>", "user", "assistant", ":"),
    *["what", "is", "the", "a", "of", "to", "and", "cat", "dog", "1", "2", "3", "4", "sat", "mat", "on"],
]
PAIRS = [
    ("what is a cat", "a cat is a cat"),
    ("what is 1 and 2", "3"),
    ("what is the dog on the mat", "the dog sat on the mat and the cat sat on the dog"),
    ("what is 4", None),
    ("the cat", "dog"),
]


@pytest.fixture(scope="module")
def tiny_reward_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama sequence classifier with one output and a word-level tokenizer with a chat template."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForSequenceClassification, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-rm")
    vocabulary = Tokenizer(models.WordLevel({word: i for i, word in enumerate(WORDS)}, unk_token="<unk>"))
    vocabulary.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=vocabulary, pad_token="<pad>", unk_token="<unk>", bos_token="<s>", eos_token="</s>"
    )
    tokenizer.chat_template = "<s>{% for m in messages %} {{ m['role'] }} : {{ m['content'] }} </s>{% endfor %}"
    tokenizer.save_pretrained(folder)
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(WORDS),
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=64,
        num_labels=1,
        pad_token_id=0,
    )
    LlamaForSequenceClassification(config).save_pretrained(folder)
    return folder


def one_at_a_time(model_dir: Path, conversation: list[dict[str, str]]) -> float:
    """The reference score: one conversation, no padding, straight through transformers."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    ids = tokenizer(tokenizer.apply_chat_template(conversation, tokenize=False), return_tensors="pt")
    with torch.inference_mode():
        return float(model(**ids).logits[0, 0])


def test_batched_scores_match_one_at_a_time_and_rows_without_response_are_null(tiny_reward_model: Path) -> None:
    rows = canonical_rows(PAIRS)
    table = LocalRewardTagger(str(tiny_reward_model), device="cpu", batch_size=3).tag(rows)
    rewards = table["instruct_reward"].to_list()
    assert rewards[3] is None and table["reward_generator"][3] is None
    for (instruction, response), reward in zip(PAIRS, rewards, strict=True):
        if response is not None:
            turns = [{"role": "user", "content": instruction}, {"role": "assistant", "content": response}]
            assert reward == pytest.approx(one_at_a_time(tiny_reward_model, turns), abs=1e-4)
    assert len({round(value, 6) for value in rewards if value is not None}) == 4  # distinct conversations differ


def test_reward_command_writes_the_stage(tiny_reward_model: Path, make_run) -> None:
    workspace = make_run(PAIRS)
    result = CliRunner().invoke(app, ["reward", str(workspace.root), "--model", str(tiny_reward_model)])
    assert result.exit_code == 0, result.output
    reopened = Workspace.open(workspace.root)
    table = reopened.read_stage("reward")
    assert table["instruct_reward"].null_count() == 1 and "instruct_reward" in result.output
    assert reopened.manifest["stages"]["reward"]["params"]["generator"] == str(tiny_reward_model)


def test_an_up_to_date_stage_does_not_load_the_model_again(tiny_reward_model: Path, make_run, monkeypatch) -> None:
    workspace = make_run(PAIRS[:2])
    first = run_tagger(workspace, LocalRewardTagger(str(tiny_reward_model), device="cpu"))

    def no_loading(self: LocalRewardTagger) -> None:
        raise AssertionError("the model was loaded for an up-to-date stage")

    monkeypatch.setattr(LocalRewardTagger, "_load", no_loading)
    assert run_tagger(workspace, LocalRewardTagger(str(tiny_reward_model), device="cpu")).equals(first)
