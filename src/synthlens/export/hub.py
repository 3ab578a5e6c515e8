"""Publish an export folder as a Hugging Face Hub dataset repo, through huggingface_hub's own API."""

import os
import re
from pathlib import Path

from synthlens.errors import SynthlensError

_REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
TOKEN_VARIABLE = "HF_TOKEN"


def push_folder(
    folder: Path,
    repo_id: str,
    *,
    private: bool = False,
    allow_patterns: list[str] | None = None,
    token: str | None = None,
    endpoint: str | None = None,
) -> str:
    """Create (or reuse) the dataset repo and upload the folder's files (only `allow_patterns`, when
    given) in one commit; returns the commit URL.

    The token comes from the argument or the HF_TOKEN variable; the endpoint from the argument, the
    HF_ENDPOINT variable, or huggingface_hub's default.
    """
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    token = _checked_token(repo_id, token)
    api = HfApi(endpoint=endpoint or os.environ.get("HF_ENDPOINT"), token=token)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        commit = api.upload_folder(
            repo_id=repo_id,
            folder_path=folder,
            repo_type="dataset",
            allow_patterns=allow_patterns,
            commit_message="Upload synthlens export",
        )
    except HfHubHTTPError as error:
        first_line = str(error).splitlines()[0]
        raise SynthlensError(
            f"pushing {folder} to {repo_id} failed ({first_line}); allowed: a repo your token may write;"
            " fix: check the repo id, the token's write access and the network"
        ) from None
    return str(commit.commit_url)


def _checked_token(repo_id: str, token: str | None) -> str:
    """The token to push with, after checking the repo id; both fail before any request."""
    if not _REPO_ID.match(repo_id):
        raise SynthlensError(
            f"Hub repo id '{repo_id}' is not of the form owner/name; allowed: letters, digits, '.', '_', '-'"
            " on each side of one '/'; fix: e.g. --push-to-hub my-org/my-dataset"
        )
    token = token or os.environ.get(TOKEN_VARIABLE)
    if not token:
        raise SynthlensError(
            f"no Hub token for pushing {repo_id}: {TOKEN_VARIABLE} is not set; allowed: a write token in"
            f" {TOKEN_VARIABLE}; fix: export {TOKEN_VARIABLE}=hf_..."
        )
    return token
