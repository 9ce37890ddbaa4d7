"""Shared fixtures: in-process moto DynamoDB with Hearth's tables (from the one schema)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from hypothesis import settings
from moto import mock_aws

from chalicelib.store.dynamo import DynamoStore
from chalicelib.store.schema import create_tables

TABLES = {
    "connections": "test-connections",
    "rooms": "test-rooms",
    "messages": "test-messages",
    "moderation": "test-moderation",
}


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake credentials and Hearth's settings; nothing can reach real AWS."""
    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "HEARTH_CONNECTIONS_TABLE": TABLES["connections"],
        "HEARTH_ROOMS_TABLE": TABLES["rooms"],
        "HEARTH_MESSAGES_TABLE": TABLES["messages"],
        "HEARTH_MODERATION_TABLE": TABLES["moderation"],
        "HEARTH_TOKEN_SECRET": "integration-test-secret-0123456789",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
    monkeypatch.delenv("HEARTH_DYNAMODB_UNSIGNED", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    assert "AWS_LAMBDA_FUNCTION_NAME" not in os.environ


@pytest.fixture
def dynamodb(aws_env: None) -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        create_tables(client, TABLES)
        yield client


@pytest.fixture
def dynamo_store(dynamodb: Any) -> DynamoStore:
    return DynamoStore(dynamodb, TABLES)


# Property-based tests: a few hundred examples in `make test`, 10,000+ in `make fuzz`.
settings.register_profile("default", max_examples=300, deadline=None)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
