"""Documents for the recipes that ground rows in text: read txt, md, pdf (pypdf) and JSONL, cut into chunks.

Chunks follow paragraph boundaries (a Markdown heading starts a new chunk) and stay under a size, so each
chunk is a passage a question can be answered from; a chunk keeps its document and a stable id.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from synthlens.errors import SynthlensError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".rst"}
SUFFIXES = TEXT_SUFFIXES | {".pdf", ".jsonl"}
_HEADING = re.compile(r"^#{1,6}\s")


@dataclass(frozen=True)
class Chunk:
    source_doc: str
    chunk_id: str
    text: str


def document_files(paths: list[Path]) -> list[Path]:
    """The readable files among `paths` (folders are searched), in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise SynthlensError(
                f"{path}: no such file or folder; allowed: txt, md, pdf or jsonl files; fix: check the path"
            )
    if not files:
        raise SynthlensError(
            f"{', '.join(map(str, paths))}: holds no document; allowed: {', '.join(sorted(SUFFIXES))}; "
            "fix: point at files of those kinds"
        )
    return files


def read_texts(path: Path) -> list[str]:
    """The texts of one file: one for txt/md/pdf, one per line for JSONL (its `text` field)."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        texts = [path.read_text(encoding="utf-8", errors="replace")]
    elif suffix == ".pdf":
        texts = [_pdf_text(path)]
    elif suffix == ".jsonl":
        texts = _jsonl_texts(path)
    else:
        raise SynthlensError(
            f"{path}: {suffix or 'no suffix'} is not a document kind; allowed: {', '.join(sorted(SUFFIXES))}; "
            "fix: convert it to text first"
        )
    if not any(text.strip() for text in texts):
        raise SynthlensError(
            f"{path}: yields no text (a scanned PDF or an empty file?); allowed: documents with extractable text; "
            "fix: run OCR first or leave the file out"
        )
    return texts


def chunks(path: Path, max_chars: int = 1500) -> list[Chunk]:
    """The file's text cut into chunks of whole paragraphs, each under `max_chars` where a paragraph allows."""
    found: list[Chunk] = []
    for text in read_texts(path):
        for piece in _pack(_paragraphs(text), max_chars):
            found.append(Chunk(path.name, f"{path.stem}#{len(found)}", piece))
    return found


def _paragraphs(text: str) -> list[str]:
    return [
        " ".join(part.split()) if not _HEADING.match(part) else part.strip()
        for part in re.split(r"\n\s*\n", text)
        if part.strip()
    ]


def _pack(paragraphs: list[str], max_chars: int) -> list[str]:
    packed: list[str] = []
    current = ""
    for paragraph in paragraphs:
        starts_section = bool(_HEADING.match(paragraph))
        if current and (starts_section or len(current) + len(paragraph) + 2 > max_chars):
            packed.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        packed.append(current)
    return packed


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, OSError, ValueError) as error:
        raise SynthlensError(
            f"{path}: not a readable PDF ({error}); fix: check the file or export it as text"
        ) from None


def _jsonl_texts(path: Path) -> list[str]:
    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise SynthlensError(f'{path}:{number}: not a JSON object; fix: one {{"text": ...}} per line') from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise SynthlensError(f"{path}:{number}: no 'text' field; allowed: {{\"text\": ...}}; fix: add a text field")
        texts.append(record["text"])
    return texts
