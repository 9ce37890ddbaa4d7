"""Local conveniences printed at start: a moderator credential and where the admin CLI connects.

Both exist only for the local devserver: the credential lives in the embedded DynamoDB, which
disappears when the devserver stops.
"""

from __future__ import annotations

import json
from pathlib import Path

from chalicelib.domain.credentials import mint
from chalicelib.store.moderation import DynamoModerationStore
from devserver.dynamo import LocalDynamo

STATE_FILE = Path(__file__).resolve().parents[1] / ".hearth-local.json"


def mint_dev_moderator(dynamo: LocalDynamo) -> str:
    """A moderator credential for trying the moderator view locally."""
    secret, stored = mint("moderator", "local devserver")
    DynamoModerationStore(dynamo.client(), dynamo.table_names["moderation"]).put_credential(stored)
    return secret


def write_state(dynamo: LocalDynamo) -> None:
    """Tell `python -m hearth.admin --local` where this run's DynamoDB is."""
    STATE_FILE.write_text(json.dumps({"dynamodb_endpoint": dynamo.endpoint}), encoding="utf-8")


def clear_state() -> None:
    STATE_FILE.unlink(missing_ok=True)
