"""push_to_hub through huggingface_hub's real client, against a stand-in Hub on 127.0.0.1 that speaks the
repo-create, preupload and commit endpoints and records what was uploaded."""

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import huggingface_hub.constants
import pytest
import yaml

from synthlens.errors import SynthlensError
from synthlens.export import ExportOptions, export_run
from synthlens.filter import recipe_from_dict
from synthlens.ingest import ingest_dataset

TOKEN = "hf_test_token"


class StandInHub(BaseHTTPRequestHandler):
    """Answers the three calls an upload makes; every request is recorded, unknown paths get a 404."""

    calls: list[dict[str, Any]]
    files: dict[str, bytes]

    def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.calls.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        route = self.path.split("?")[0]
        if route == "/api/repos/create":
            request = json.loads(body)
            self._reply(
                200, {"url": f"http://{self.headers['Host']}/datasets/{request['organization']}/{request['name']}"}
            )
        elif route == "/api/validate-yaml":
            self._reply(*self._validate_card(json.loads(body)["content"]))
        elif "/preupload/" in route:
            files = json.loads(body)["files"]
            self._reply(
                200, {"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False} for f in files]}
            )
        elif "/commit/" in route:
            for line in body.decode().splitlines():
                item = json.loads(line)
                if item["key"] == "file":
                    self.files[item["value"]["path"]] = base64.b64decode(item["value"]["content"])
            self._reply(
                200,
                {"commitUrl": f"http://{self.headers['Host']}/datasets/me/subset/commit/abc", "commitOid": "a" * 40},
            )
        else:
            self._reply(404, {"error": f"not a stand-in route: {route}"})

    @staticmethod
    def _validate_card(content: str) -> tuple[int, dict[str, Any]]:
        """The Hub's card check: the README's front matter must be a YAML mapping."""
        if not content.startswith("---\n") or "\n---\n" not in content:
            return 400, {"errors": [{"message": "no YAML front matter"}]}
        try:
            metadata = yaml.safe_load(content[4 : content.index("\n---\n")])
        except yaml.YAMLError as error:
            return 400, {"errors": [{"message": str(error)}]}
        if not isinstance(metadata, dict):
            return 400, {"errors": [{"message": "front matter is not a mapping"}]}
        return 200, {"errors": [], "warnings": []}

    def do_GET(self) -> None:  # noqa: N802
        self.calls.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": b""})
        self._reply(404, {"error": "not found"})

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test asserts on the recorded calls instead."""


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[StandInHub]]:
    handler = type("Hub", (StandInHub,), {"calls": [], "files": {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    # huggingface_hub reads these at import, possibly before this test: set them where it reads them, so
    # nothing (its user-agent telemetry included) leaves 127.0.0.1
    monkeypatch.setattr(huggingface_hub.constants, "ENDPOINT", endpoint)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_DISABLE_TELEMETRY", True)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_DISABLE_PROGRESS_BARS", True)
    yield handler
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def make_run(tmp_path: Path):  # -> Workspace
    source = tmp_path / "chat.jsonl"
    records = [
        {"messages": [{"role": "user", "content": "Name a colour"}, {"role": "assistant", "content": "Blue"}]},
        {"messages": [{"role": "user", "content": "Continue:"}, {"role": "assistant", "content": "..."}]},
    ]
    source.write_text("".join(json.dumps(record) + "\n" for record in records))
    return ingest_dataset(source, tmp_path / "run").workspace


def test_push_creates_the_repo_and_uploads_data_card_and_recipe(tmp_path: Path, hub: type[StandInHub]) -> None:
    recipe = recipe_from_dict({"name": "no-colon", "conditions": ['instruction not_endswith ":"']})
    options = ExportOptions(file_format="parquet", push_to_hub="me/subset", private=True)
    result = export_run(make_run(tmp_path), tmp_path / "out", options, recipe=recipe)

    assert [call["path"].split("?")[0] for call in hub.calls] == [
        "/api/repos/create",
        "/api/validate-yaml",
        "/api/datasets/me/subset/preupload/main",
        "/api/datasets/me/subset/commit/main",
    ]
    create = json.loads(hub.calls[0]["body"])
    assert create == {"name": "subset", "organization": "me", "visibility": "private", "type": "dataset"}
    assert {call["auth"] for call in hub.calls} == {f"Bearer {TOKEN}"}
    assert sorted(hub.files) == ["README.md", "recipe.yaml", "train.parquet"]
    assert hub.files["train.parquet"] == (tmp_path / "out" / "train.parquet").read_bytes()
    card = hub.files["README.md"].decode()
    assert "configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: train.parquet\n" in card
    assert "1 of 2 rows (50.0%) of `chat`, kept by the synthlens filter recipe `no-colon`." in card
    assert '| instruction_endswith | instruction not_endswith ":" | 1 | 1 | 1 |' in card
    assert result.commit_url and result.commit_url.endswith("/datasets/me/subset/commit/abc")


def test_push_uploads_only_the_export_files(tmp_path: Path, hub: type[StandInHub]) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "private-notes.txt").write_text("not for the Hub")
    export_run(make_run(tmp_path), tmp_path / "out", ExportOptions(push_to_hub="me/subset"))
    assert sorted(hub.files) == ["README.md", "train.jsonl"]


def test_push_without_a_token_says_which_variable_to_set(tmp_path: Path, hub: type[StandInHub], monkeypatch) -> None:
    monkeypatch.delenv("HF_TOKEN")
    with pytest.raises(SynthlensError, match="HF_TOKEN is not set; .*fix: export HF_TOKEN="):
        export_run(make_run(tmp_path), tmp_path / "out", ExportOptions(push_to_hub="me/subset"))
    assert hub.calls == []


def test_push_with_a_bad_repo_id_is_refused_before_any_request(tmp_path: Path, hub: type[StandInHub]) -> None:
    with pytest.raises(SynthlensError, match="Hub repo id 'subset' is not of the form owner/name"):
        export_run(make_run(tmp_path), tmp_path / "out", ExportOptions(push_to_hub="subset"))
    assert hub.calls == []


def test_hub_refusal_becomes_a_one_line_error(tmp_path: Path, hub: type[StandInHub]) -> None:
    hub.do_POST = StandInHub.do_GET  # every call answered 404
    with pytest.raises(SynthlensError, match=r"pushing .*out to me/subset failed \(.*\); .*fix: check the repo id"):
        export_run(make_run(tmp_path), tmp_path / "out", ExportOptions(push_to_hub="me/subset"))
