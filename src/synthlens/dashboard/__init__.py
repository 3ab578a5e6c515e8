"""The data side of the Streamlit dashboard (dashboards/): loading a run and the queries its views make.

Nothing here imports Streamlit, so each query is tested directly and the CLI stays fast.
"""
