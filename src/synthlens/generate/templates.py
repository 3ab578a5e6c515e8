"""A model's chat format, and Magpie's pre-query template derived from it.

Magpie sends an aligned model only the text that precedes a user message in its chat template (the
"pre-query template"); the model then writes a user query itself. That text is found by rendering a
conversation whose next user message is a sentinel through the model's own Jinja chat template and cutting
at the sentinel; what follows the sentinel up to the next turn is the end-of-turn marker, used as the stop
sequence. The same cut over a longer conversation gives the prompt for the next turn of a multi-turn row.
"""

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from synthlens.errors import SynthlensError

SENTINEL = "\u2063SYNTHLENS-SENTINEL\u2063"


@dataclass(frozen=True)
class ChatFormat:
    """A Jinja chat template with its special tokens; `adds_bos`: the server puts BOS before a raw prompt."""

    name: str
    template: str
    bos: str = ""
    eos: str = ""
    adds_bos: bool = False

    def render(self, messages: list[dict[str, str]], add_generation_prompt: bool = False) -> str:
        return _compiled(self.template).render(
            messages=messages, add_generation_prompt=add_generation_prompt, bos_token=self.bos, eos_token=self.eos
        )

    def pre_query(self, conversation: list[dict[str, str]] = ()) -> str:
        """The raw prompt after which the model writes the next user message of `conversation`."""
        prefix, _ = self._cut([*conversation, {"role": "user", "content": SENTINEL}])
        if self.adds_bos and self.bos and prefix.startswith(self.bos):
            prefix = prefix[len(self.bos) :]  # the server's tokenizer adds it again
        return prefix

    def stop_sequences(self) -> list[str]:
        """What ends a user turn in this format (the model stops there instead of answering itself)."""
        _, suffix = self._cut([{"role": "user", "content": SENTINEL}])
        marker = suffix.strip()
        return [marker] if marker else []

    def _cut(self, messages: list[dict[str, str]]) -> tuple[str, str]:
        text = self.render(messages)
        if SENTINEL not in text:
            raise SynthlensError(
                f"chat template {self.name!r} does not place the user message in its output, so no pre-query "
                f"template can be derived; allowed: --template {', '.join(family_names())}; fix: name the "
                "model's family with --template"
            )
        prefix, _, suffix = text.partition(SENTINEL)
        return prefix, suffix


def family_names() -> list[str]:
    return list(_families())


def family_format(name: str) -> ChatFormat:
    """A shipped family's format by name or alias (llama3, qwen2, gemma2, phi3, mistral, chatml)."""
    families = _families()
    for family, entry in families.items():
        if name.lower() in (family, *entry.get("aliases", [])):
            return ChatFormat(family, entry["template"])
    raise SynthlensError(
        f"--template {name!r} is not a known family; allowed: {', '.join(families)}; "
        "fix: pick one, or pass the model's tokenizer_config.json or GGUF file with --tokenizer"
    )


def tokenizer_format(path: str | Path) -> ChatFormat:
    """The chat format in a model's GGUF file or tokenizer_config.json."""
    path = Path(path)
    if not path.is_file():
        raise SynthlensError(
            f"--tokenizer {path}: no such file; allowed: a GGUF file or a tokenizer_config.json; fix: check the path"
        )
    if path.suffix == ".gguf":
        from synthlens.generate.gguf import chat_template_of, read_metadata

        template, bos, eos = chat_template_of(path)
        adds_bos = str(read_metadata(path).get("tokenizer.ggml.add_bos_token", "false")).lower() == "true"
        return ChatFormat(path.name, template, bos, eos, adds_bos)
    config = _json_file(path)
    template = config.get("chat_template")
    if isinstance(template, list):  # some tokenizers ship several named templates
        template = next((t.get("template") for t in template if t.get("name") == "default"), None)
    if not isinstance(template, str):
        raise SynthlensError(
            f"{path}: has no chat_template; allowed: a tokenizer_config.json with a chat template; "
            f"fix: name the model's family with --template ({', '.join(family_names())})"
        )
    bos, eos = _token_text(config.get("bos_token")), _token_text(config.get("eos_token"))
    return ChatFormat(path.parent.name or path.name, template, bos, eos, bool(config.get("add_bos_token", False)))


def _token_text(token: Any) -> str:
    return token.get("content", "") if isinstance(token, dict) else token or ""


def _json_file(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise SynthlensError(f"{path}: not valid JSON ({error}); fix: pass the model's tokenizer_config.json") from None
    if not isinstance(value, dict):
        raise SynthlensError(f"{path}: not a JSON object; fix: pass the model's tokenizer_config.json")
    return value


@cache
def _families() -> dict[str, dict[str, Any]]:
    import yaml

    text = resources.files("synthlens.generate").joinpath("chat_templates.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def _compiled(template: str) -> Any:
    """The template compiled in a sandbox, with the helpers Hugging Face chat templates call."""
    from datetime import datetime

    from jinja2.exceptions import TemplateError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise TemplateError(message)

    environment = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    environment.globals["raise_exception"] = raise_exception
    environment.globals["strftime_now"] = lambda form: datetime.now().strftime(form)
    try:
        return environment.from_string(template)
    except TemplateError as error:
        raise SynthlensError(f"the chat template does not compile ({error}); fix: pass another --template") from None
