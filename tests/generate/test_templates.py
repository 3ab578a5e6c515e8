"""Magpie's pre-query template, derived from a model's own chat template or taken from the family table."""

import json
from pathlib import Path

import pytest

from synthlens.errors import SynthlensError
from synthlens.generate.gguf import read_metadata
from synthlens.generate.templates import family_format, family_names, tokenizer_format

LLAMA3_CONFIG = {
    "bos_token": "<|begin_of_text|>",
    "eos_token": "<|eot_id|>",
    "chat_template": "{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n"
    "{{ m['content'] | trim }}<|eot_id|>{% endfor %}"
    "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}",
}


def write_config(tmp_path: Path, config: dict) -> Path:
    path = tmp_path / "tokenizer_config.json"
    path.write_text(json.dumps(config))
    return path


def test_a_tokenizer_config_gives_the_pre_query_text_and_the_end_of_turn_stop(tmp_path: Path) -> None:
    chat = tokenizer_format(write_config(tmp_path, LLAMA3_CONFIG))
    assert chat.pre_query() == "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n"
    assert chat.stop_sequences() == ["<|eot_id|>"]


def test_bos_is_left_to_the_server_when_its_tokenizer_adds_it(tmp_path: Path) -> None:
    chat = tokenizer_format(write_config(tmp_path, LLAMA3_CONFIG | {"add_bos_token": True}))
    assert chat.pre_query() == "<|start_header_id|>user<|end_header_id|>\n\n"


def test_the_next_turn_prompt_holds_the_conversation_so_far() -> None:
    chat = family_format("qwen2")
    turns = [{"role": "system", "content": "You are a chef."}, {"role": "user", "content": "Soup?"}]
    turns.append({"role": "assistant", "content": "Yes."})
    assert chat.pre_query(turns) == (
        "<|im_start|>system\nYou are a chef.<|im_end|>\n<|im_start|>user\nSoup?<|im_end|>\n"
        "<|im_start|>assistant\nYes.<|im_end|>\n<|im_start|>user\n"
    )


@pytest.mark.parametrize(
    ("family", "prefix", "stop"),
    [
        ("llama3", "<|start_header_id|>user<|end_header_id|>\n\n", "<|eot_id|>"),
        ("qwen2", "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n", "<|im_end|>"),
        ("gemma-2", "<start_of_turn>user\n", "<end_of_turn>"),
        ("phi3", "<|user|>\n", "<|end|>"),
        ("mistral", "[INST] ", "[/INST]"),
        ("smollm2", "<|im_start|>user\n", "<|im_end|>"),
    ],
)
def test_the_family_table(family: str, prefix: str, stop: str) -> None:
    chat = family_format(family)
    assert (chat.pre_query(), chat.stop_sequences()) == (prefix, [stop])


def test_an_unknown_family_names_the_known_ones() -> None:
    with pytest.raises(SynthlensError, match="allowed: llama3, qwen2, gemma2, phi3, mistral, chatml"):
        family_format("vicuna")


def test_a_template_that_drops_the_user_message_cannot_be_derived(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"chat_template": "{% for m in messages %}[turn]{% endfor %}"})
    with pytest.raises(SynthlensError, match="no pre-query template can be derived; allowed: --template llama3"):
        tokenizer_format(path).pre_query()


def test_a_config_without_a_chat_template_says_which_templates_exist(tmp_path: Path) -> None:
    with pytest.raises(SynthlensError, match=f"--template \\({', '.join(family_names())}\\)"):
        tokenizer_format(write_config(tmp_path, {"bos_token": "<s>"}))


def test_a_gguf_file_of_our_own_making_is_read(tmp_path: Path) -> None:
    """A GGUF header written by the test: strings, an integer and a string array."""
    import struct

    def string(text: str) -> bytes:
        data = text.encode()
        return struct.pack("<Q", len(data)) + data

    template = "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    pairs = [
        string("tokenizer.chat_template") + struct.pack("<I", 8) + string(template),
        string("tokenizer.ggml.bos_token_id") + struct.pack("<I", 4) + struct.pack("<I", 1),
        string("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, 2) + string("<pad>") + string("<|im_start|>"),
    ]
    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, len(pairs)) + b"".join(pairs))
    assert read_metadata(path)["tokenizer.ggml.tokens"] == ["<pad>", "<|im_start|>"]
    chat = tokenizer_format(path)
    assert (chat.pre_query(), chat.stop_sequences(), chat.bos) == ("<|im_start|>user\n", ["<|im_end|>"], "<|im_start|>")


def test_a_file_that_is_not_gguf_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(SynthlensError, match="not a GGUF file"):
        tokenizer_format(path)


def test_the_bundled_models_gguf_gives_smollm2s_own_template(real_llm_weights: Path) -> None:
    chat = tokenizer_format(real_llm_weights)
    assert chat.pre_query().endswith("<|im_start|>user\n") and "SmolLM" in chat.pre_query()
    assert chat.stop_sequences() == ["<|im_end|>"]
