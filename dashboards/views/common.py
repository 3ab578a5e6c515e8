"""What every view shares: the run path, the cached run, missing-stage notes and safe text display."""

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import polars as pl
import streamlit as st

from synthlens.dashboard import saving
from synthlens.dashboard.data import RunData, load_run, run_signature
from synthlens.errors import SynthlensError

ROW_TABLE_HEIGHT = 420
Cached = TypeVar("Cached", bound=Callable[..., Any])


def run_path() -> str | None:
    """The run to show: set in session state (tests), else the script argument after `--`."""
    if st.session_state.get("run_path"):
        return str(st.session_state["run_path"])
    arguments = sys.argv[1:]
    return arguments[0] if arguments else None


@st.cache_resource(max_entries=2, show_spinner="Loading the run…")
def _load(path: str, signature: str) -> RunData:
    return load_run(path)


def load(path: str) -> RunData | None:
    """The run, loaded once per change on disk; a bad path shows one error line instead of a traceback."""
    try:
        return _load(str(Path(path).resolve()), run_signature(path))
    except SynthlensError as error:
        st.error(str(error))
        return None


def note_missing(data: RunData, what: str, stage: str) -> None:
    """One line naming what is missing and the command that adds it."""
    st.info(data.missing_note(what, stage))


def plain(text: object) -> str:
    """Text made inert inside Streamlit Markdown (captions, labels): every Markdown and HTML sign escaped."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=])", r"\\\1", str(text))


def show_text(text: str | None) -> None:
    """Dataset text, shown literally: no Markdown, no HTML."""
    st.text("" if text is None else text)


def show_rows(frame: pl.DataFrame, key: str | None = None, height: int = ROW_TABLE_HEIGHT) -> None:
    """A table of rows (the grid draws cells as plain text, so dataset text stays inert)."""
    st.dataframe(frame, hide_index=True, height=height, key=key)


def _run_key(data: RunData) -> tuple[str, str]:
    return str(data.root), data.signature


def run_cached(function: Cached) -> Cached:
    """Cache a function of (RunData, plain arguments) per run version; results are shared, not copied."""
    return st.cache_resource(max_entries=8, show_spinner=False, hash_funcs={RunData: _run_key})(function)


# The rows picked by hand (on the map, or in the duplicates view) that the recipe drops or keeps.
DROP_IDS, KEEP_IDS = "manual_drop_ids", "manual_keep_ids"


def manual_ids() -> tuple[list[str], list[str] | None]:
    """The hand-picked drop list and keep list (None when no keep list was made)."""
    return list(st.session_state.get(DROP_IDS, [])), st.session_state.get(KEEP_IDS)


def restore_manual_ids(data: RunData) -> None:
    """Once per session: the hand-picked lists saved with the run, else those of the recipe last applied."""
    if st.session_state.get("manual_ids_restored") == str(data.root):
        return
    st.session_state["manual_ids_restored"] = str(data.root)
    saved = saving.load_hand_picked(data.root)
    if saved is None:
        last = saving.last_applied_recipe(data.manifest)
        saved = (list(last.drop_ids), None if last.keep_ids is None else list(last.keep_ids)) if last else None
    if saved and (saved[0] or saved[1] is not None):
        st.session_state[DROP_IDS], st.session_state[KEEP_IDS] = saved


def add_manual_ids(data: RunData, kind: str, ids: list[str]) -> None:
    """Add ids to the hand-picked drop list (kind 'drop') or keep list (kind 'keep'), and save the lists."""
    key = DROP_IDS if kind == "drop" else KEEP_IDS
    st.session_state[key] = sorted(set(st.session_state.get(key) or []) | set(ids))
    _save_manual_ids(data)


def _save_manual_ids(data: RunData) -> None:
    drop, keep = manual_ids()
    try:
        saving.save_hand_picked(data.root, drop, keep)
    except SynthlensError as error:  # the run is busy: the lists still hold for this session
        st.warning(f"Not saved with the run: {error}")


def manual_ids_panel(data: RunData) -> None:
    """What has been picked by hand so far, with buttons to forget it."""
    drop, keep = manual_ids()
    if not drop and keep is None:
        return
    parts = [f"drop {len(drop):,} rows picked by hand"] if drop else []
    parts += [f"keep only {len(keep):,} rows picked by hand"] if keep is not None else []
    left, right = st.columns([3, 1])
    left.caption("Recipe so far: " + "; ".join(parts) + f" (see Filter & export; kept in {saving.RECIPES}/).")
    if right.button("Clear hand-picked rows", key=f"clear_manual_{st.session_state.get('view', '')}"):
        st.session_state.pop(DROP_IDS, None)
        st.session_state.pop(KEEP_IDS, None)
        _save_manual_ids(data)
        st.rerun()
