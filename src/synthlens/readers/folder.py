"""A folder of data files: every supported file is read, whatever its format, so nothing is left out quietly.

Files whose path names a split (train, validation/valid/dev/val, test/eval) belong to that split and only
the chosen one is read (`--split`, default train); with no split named anywhere, every file is read. Hidden
files, and any synthlens run folder inside (its manifest.json or lock file), are never read: a run never
reads its own outputs.
"""

import re
from collections.abc import Iterator
from pathlib import Path

from synthlens.errors import SynthlensError
from synthlens.readers.containers import FILE_SUFFIXES, BadLine, NewFile, Record, file_kind, iter_file
from synthlens.runlock import LOCK_FILE

# Data that synthlens cannot read: refused by name rather than skipped without a word.
UNREADABLE_DATA = (".tsv", ".arrow", ".gz", ".zst", ".bz2", ".xz", ".zip", ".xlsx", ".txt.gz", ".avro", ".orc")
SPLIT_WORDS = {
    "train": "train",
    "training": "train",
    "validation": "validation",
    "valid": "validation",
    "val": "validation",
    "dev": "validation",
    "test": "test",
    "testing": "test",
    "eval": "test",
    "evaluation": "test",
}
_WORDS = re.compile(r"[A-Za-z]+")


def iter_folder(folder: Path, split: str) -> Iterator[tuple[str, Record | BadLine | NewFile]]:
    """The records of every data file of the split, file by file, each file announced by a NewFile."""
    for path in data_files(folder, split):
        yield str(path), NewFile(path)
        yield from iter_file(path, file_kind(path))


def data_files(folder: Path, split: str) -> list[Path]:
    """The folder's data files for `split`, in path order; refuses data it cannot read, and an empty folder."""
    if is_run_folder(folder):
        raise SynthlensError(
            f"{folder}: a synthlens run folder, not data; fix: pass the data it was made from, or export it first"
            f" (synthlens export {folder} -o OUT)"
        )
    files = [path for path in _visible_files(folder) if not _inside_a_run(path, folder)]
    unreadable = [path for path in files if path.name.lower().endswith(UNREADABLE_DATA)]
    if unreadable:
        raise SynthlensError(
            f"{unreadable[0]}: a data file synthlens cannot read ({unreadable[0].suffix}), in folder {folder};"
            f" allowed: {', '.join(FILE_SUFFIXES)}; fix: convert it, or move it out of the folder"
        )
    data = [path for path in files if path.suffix.lower() in FILE_SUFFIXES]
    if not data:
        raise SynthlensError(
            f"{folder}: no data files (allowed: {', '.join(FILE_SUFFIXES)}); fix: pass a folder that holds some"
        )
    return _of_split(data, folder, split)


def _of_split(files: list[Path], folder: Path, split: str) -> list[Path]:
    splits = {path: split_of(path.relative_to(folder)) for path in files}
    named = {name for name in splits.values() if name}
    if not named:
        return files
    unnamed = [path for path, name in splits.items() if name is None]
    if unnamed:
        raise SynthlensError(
            f"{unnamed[0]}: names no split while other files of {folder} do ({', '.join(sorted(named))});"
            " allowed: every file in a split, or none; fix: name its split in the file name, or move it out"
        )
    wanted = SPLIT_WORDS.get(split.lower(), split.lower())
    chosen = [path for path, name in splits.items() if name == wanted]
    if not chosen:
        raise SynthlensError(
            f"{folder}: no files of split '{split}' (have: {', '.join(sorted(named))}); fix: --split {sorted(named)[0]}"
        )
    return chosen


def split_of(relative: Path) -> str | None:
    """The split a file's path names (a word such as 'train' or 'dev' in a folder or the file name), or None."""
    for part in reversed(relative.with_suffix("").parts):
        for word in _WORDS.findall(part.lower()):
            if word in SPLIT_WORDS:
                return SPLIT_WORDS[word]
    return None


def _visible_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _inside_a_run(path: Path, folder: Path) -> bool:
    """True when a folder between `folder` and the file is a synthlens run."""
    for directory in path.parents:
        if directory == folder:
            return False
        if is_run_folder(directory):
            return True
    return False


def is_run_folder(directory: Path) -> bool:
    """True for a synthlens run: its lock file, or a manifest.json that synthlens wrote."""
    if (directory / LOCK_FILE).exists():
        return True
    manifest = directory / "manifest.json"
    if not manifest.is_file():
        return False
    with manifest.open("rb") as handle:
        return b'"synthlens_version"' in handle.read(4096)
