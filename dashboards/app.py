"""The synthlens dashboard: explore a run, decide what to keep, export it.

synthlens dashboard RUN        (or: streamlit run dashboards/app.py -- RUN)
"""

import sys
import time
from pathlib import Path

import streamlit as st

# `streamlit run` puts this folder on the path; AppTest and other launchers may not.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from views import VIEWS, common  # noqa: E402


def main() -> None:
    st.set_page_config(page_title="synthlens", layout="wide")
    path = common.run_path()
    if path is None:
        st.error("No run given: start the dashboard with `synthlens dashboard RUN`.")
        return
    data = common.load(path)
    if data is None:
        return
    common.restore_manual_ids(data)
    view = st.sidebar.radio("View", list(VIEWS), key="view", bind="query-params")
    st.sidebar.caption(f"Run: {common.plain(data.root)}")
    st.sidebar.caption(f"{data.table.height:,} rows · stages: {', '.join(data.stages) or 'none'}")
    started = time.perf_counter()
    VIEWS[view](data)
    st.sidebar.caption(f"{view} computed in {time.perf_counter() - started:.2f} s")


main()
