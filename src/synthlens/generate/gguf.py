"""Read the metadata of a GGUF model file (llama.cpp's format): enough to find its chat template.

A GGUF file starts with a header, then key/value pairs, then the tensors; only the pairs are read. Layout
(little-endian): magic "GGUF", version u32, tensor count u64, pair count u64; each pair is a key (u64 length
+ UTF-8 bytes), a value type u32 and the value. Arrays carry an element type u32 and a count u64.
"""

import struct
from pathlib import Path
from typing import Any, BinaryIO

from synthlens.errors import SynthlensError

# value type -> struct format of one scalar
_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9


def read_metadata(path: str | Path) -> dict[str, Any]:
    """Every metadata key of a GGUF file with its value (arrays as lists)."""
    path = Path(path)
    with path.open("rb") as stream:
        if stream.read(4) != b"GGUF":
            raise SynthlensError(
                f"{path}: not a GGUF file (no GGUF magic); allowed: a .gguf model or a tokenizer_config.json; "
                "fix: pass the model's GGUF file or its tokenizer_config.json with --tokenizer"
            )
        version = _unpack(stream, "I")
        if version < 2:
            raise SynthlensError(f"{path}: GGUF version {version} is too old; allowed: 2 or 3; fix: re-convert it")
        _unpack(stream, "Q")  # tensor count
        pairs = _unpack(stream, "Q")
        return dict(_pair(stream) for _ in range(pairs))


def chat_template_of(path: str | Path) -> tuple[str, str, str]:
    """(chat template, BOS text, EOS text) from a GGUF file's tokenizer metadata."""
    metadata = read_metadata(path)
    template = metadata.get("tokenizer.chat_template")
    if not isinstance(template, str) or not template.strip():
        raise SynthlensError(
            f"{path}: holds no tokenizer.chat_template; allowed: a model with a chat template; "
            "fix: name its family with --template"
        )
    tokens = metadata.get("tokenizer.ggml.tokens") or []
    return (
        template,
        _token(tokens, metadata.get("tokenizer.ggml.bos_token_id")),
        _token(tokens, metadata.get("tokenizer.ggml.eos_token_id")),
    )


def _token(tokens: list[str], index: Any) -> str:
    return tokens[index] if isinstance(index, int) and 0 <= index < len(tokens) else ""


def _pair(stream: BinaryIO) -> tuple[str, Any]:
    key = _string(stream)
    return key, _value(stream, _unpack(stream, "I"))


def _value(stream: BinaryIO, kind: int) -> Any:
    if kind == _STRING:
        return _string(stream)
    if kind == _ARRAY:
        element, count = _unpack(stream, "I"), _unpack(stream, "Q")
        return [_value(stream, element) for _ in range(count)]
    if kind not in _SCALARS:
        raise SynthlensError(f"GGUF metadata value type {kind} is not known; fix: check the file is not damaged")
    return _unpack(stream, _SCALARS[kind])


def _string(stream: BinaryIO) -> str:
    return stream.read(_unpack(stream, "Q")).decode("utf-8", errors="replace")


def _unpack(stream: BinaryIO, form: str) -> Any:
    size = struct.calcsize("<" + form)
    data = stream.read(size)
    if len(data) != size:
        raise SynthlensError("GGUF file ends inside its metadata; fix: check the file is complete")
    return struct.unpack("<" + form, data)[0]
