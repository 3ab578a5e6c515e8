"""Starting the Streamlit app: where its script is, and the command line that serves it on one run."""

import sys
from pathlib import Path

from synthlens.errors import SynthlensError

APP_NAME = "app.py"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8501


def app_path() -> Path:
    """The dashboard script: dashboards/app.py of the source tree the package was installed from."""
    package = Path(__file__).resolve().parents[1]
    candidates = [package / "_dashboards" / APP_NAME, package.parents[1] / "dashboards" / APP_NAME]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SynthlensError(
        f"dashboard app not found (looked at {', '.join(map(str, candidates))}); allowed: a source checkout;"
        " fix: install synthlens from its repository with pip install -e ."
    )


def streamlit_command(run: Path, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST) -> list[str]:
    """The `streamlit run` command serving the dashboard for `run` on host:port, headless, no telemetry."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_path()),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "minimal",
        "--",
        str(Path(run).resolve()),
    ]
