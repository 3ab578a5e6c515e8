"""A local Hugging Face reward model (a sequence-classification head with one output, e.g. a Llama-3 RM, or
ArmoRM's `score`) run through transformers on CPU or GPU; its scalar is Magpie's `instruct_reward`."""

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from synthlens.errors import SynthlensError
from synthlens.progress import ProgressFn, silent

DEFAULT_REWARD_MODEL = "sfairXC/FsfairX-LLaMA3-RM-v0.1"
LOAD_FIX = (
    "pass a local model folder with --model PATH (a Hub download: huggingface-cli download ID --local-dir PATH),"
    " or score over an API with --endpoint URL"
)


def check_model_available(model: str) -> bool:
    """Fail at once, in one line, when a Hub model is neither a local folder nor cached and the Hub is out of
    reach (the libraries would retry for most of a minute). True when it must load offline, from the cache."""
    from pathlib import Path

    from synthlens import hub

    if Path(model).expanduser().is_dir() or hub.reachable():
        return False
    from huggingface_hub import try_to_load_from_cache

    try:
        cached = try_to_load_from_cache(model, "config.json")
    except ValueError:  # not a valid Hub id either
        cached = None
    if not isinstance(cached, str):
        raise SynthlensError(
            f"reward model '{model}' is not a local folder, not in the Hugging Face cache, and the Hub cannot be"
            f" reached from here; fix: {LOAD_FIX}"
        )
    return True


@dataclass
class LocalRewardTagger:
    """The `reward` stage: instruct_reward (float, null for rows without a response) and reward_generator."""

    model: str  # a Hub id or a local folder
    device: str = "auto"  # auto: cuda when available, else cpu
    batch_size: int = 8
    max_length: int = 4096
    trust_remote_code: bool = False  # ArmoRM ships its own head code
    name: str = "reward"
    columns: list[str] = field(default_factory=lambda: ["instruct_reward", "reward_generator"])

    @property
    def generator(self) -> str:
        return self.model

    def params(self) -> dict[str, Any]:
        return {"max_length": self.max_length, "format": "chat-template-v1"}

    def tag(self, rows: pl.DataFrame, progress: ProgressFn = silent) -> pl.DataFrame:
        tokenizer, model, device = self._load()
        conversations = _conversations(rows)
        scored = [i for i, turns in enumerate(conversations) if turns is not None]
        texts = {i: _render(tokenizer, conversations[i]) for i in scored}
        order = sorted(scored, key=lambda i: len(texts[i]))  # similar lengths per batch: little padding
        rewards: list[float | None] = [None] * rows.height
        progress(self.name, 0, len(order))
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            for index, value in zip(
                batch, self._score(tokenizer, model, device, [texts[i] for i in batch]), strict=True
            ):
                rewards[index] = value
            progress(self.name, min(start + self.batch_size, len(order)), len(order))
        generator = [self.model if value is not None else None for value in rewards]
        return pl.DataFrame(
            {"id": rows["id"], "instruct_reward": rewards, "reward_generator": generator},
            schema={"id": pl.String(), "instruct_reward": pl.Float64(), "reward_generator": pl.String()},
        )

    def _load(self) -> tuple[Any, Any, str]:
        from synthlens import hub

        from_cache = check_model_available(self.model)
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as error:
            raise SynthlensError(f"{error.name} is not installed; fix: pip install torch transformers") from None
        device = ("cuda" if torch.cuda.is_available() else "cpu") if self.device == "auto" else self.device
        dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
        options = {"trust_remote_code": self.trust_remote_code}
        try:
            with hub.offline(from_cache):
                tokenizer = AutoTokenizer.from_pretrained(self.model, **options)
                model = AutoModelForSequenceClassification.from_pretrained(self.model, dtype=dtype, **options)
        except OSError as error:
            reason = " ".join(str(error).split())[:200]
            raise SynthlensError(f"reward model '{self.model}' cannot be loaded ({reason}); fix: {LOAD_FIX}") from None
        if tokenizer.pad_token is None:  # Llama tokenizers have none; padding is needed for batches
            tokenizer.pad_token = tokenizer.eos_token
        model.config.pad_token_id = tokenizer.pad_token_id
        return tokenizer, model.to(device).eval(), device

    def _score(self, tokenizer: Any, model: Any, device: str, texts: list[str]) -> list[float]:
        import torch

        encoded = tokenizer(
            texts,
            padding=True,
            truncation=True,
            max_length=self.max_length,
            add_special_tokens=tokenizer.chat_template is None,  # a chat template already adds them
            return_tensors="pt",
        ).to(device)
        with torch.inference_mode():
            output = model(**encoded)
        # ArmoRM returns a `score`; a plain classification head returns logits of shape (batch, 1).
        values = getattr(output, "score", None)
        values = output.logits[:, 0] if values is None else values.reshape(len(texts), -1)[:, 0]
        return [float(value) for value in values.float().cpu()]


def _conversations(rows: pl.DataFrame) -> list[list[dict[str, str]] | None]:
    """Each row's turns ending with an assistant turn, or None for a row with no response to score."""
    result: list[list[dict[str, str]] | None] = []
    for row in rows.select("instruction", "response", "conversation").iter_rows(named=True):
        turns = [{"role": t["role"], "content": t["content"]} for t in row["conversation"] or []]
        if not turns and row["response"] is not None:
            turns = [
                {"role": "user", "content": row["instruction"]},
                {"role": "assistant", "content": row["response"]},
            ]
        while turns and turns[-1]["role"] != "assistant":
            turns.pop()
        result.append(turns or None)
    return result


def _render(tokenizer: Any, turns: list[dict[str, str]]) -> str:
    """The conversation as the model was trained to read it: its chat template, else a plain transcript."""
    if tokenizer.chat_template:
        return tokenizer.apply_chat_template(turns, tokenize=False)
    return "\n\n".join(f"{turn['role'].capitalize()}: {turn['content']}" for turn in turns)
