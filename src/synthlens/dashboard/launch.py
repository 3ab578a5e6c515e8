"""Starting the Streamlit app: where its script is, and the command line that serves it on one run."""

import sys
from pathlib import Path

from synthlens.errors import SynthlensError

APP_NAME = "app.py"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8501


def app_path() -> Path:
    """The dashboard script: the copy a wheel carries (synthlens/_dashboards), else the source tree's."""
    package = Path(__file__).resolve().parents[1]
    candidates = [package / "_dashboards" / APP_NAME, package.parents[1] / "dashboards" / APP_NAME]
    app = next((path for path in candidates if path.is_file()), None)
    if app is None:
        raise SynthlensError(
            f"dashboard app not found at {candidates[-1]}; fix: reinstall synthlens (pip install -e . in a checkout)"
        )
    return app


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
