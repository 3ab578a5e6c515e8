"""`synthlens dashboard`: checks the run first, serves on the loopback address unless told otherwise."""

from pathlib import Path

from typer.testing import CliRunner

from synthlens.cli import app
from synthlens.dashboard import launch


def test_dashboard_on_a_folder_that_is_not_a_run_fails_before_starting(tmp_path) -> None:
    result = CliRunner().invoke(app, ["dashboard", str(tmp_path)])
    assert result.exit_code == 1
    assert "not a synthlens run" in str(result.exception)


def test_streamlit_command_binds_loopback_and_passes_the_run_after_the_separator(tmp_path) -> None:
    command = launch.streamlit_command(tmp_path / "run", port=8123)
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert Path(command[4]) == launch.app_path() and launch.app_path().is_file()
    options = dict(zip(command[5:-2:2], command[6:-2:2], strict=True))
    assert options["--server.address"] == "127.0.0.1"
    assert options["--server.port"] == "8123"
    assert options["--server.headless"] == "true"
    assert options["--browser.gatherUsageStats"] == "false"
    assert command[-2:] == ["--", str((tmp_path / "run").resolve())]


def test_host_can_be_chosen(tmp_path) -> None:
    command = launch.streamlit_command(tmp_path, host="0.0.0.0")
    assert command[command.index("--server.address") + 1] == "0.0.0.0"
