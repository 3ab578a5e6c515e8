"""Filter & export (being built)."""

import streamlit as st

from synthlens.dashboard.data import RunData


def render(data: RunData) -> None:
    st.header("Filter & export")
