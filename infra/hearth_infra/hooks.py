"""Deploy-time custom resources: the resume-token secret and the room definitions."""

from __future__ import annotations

import json
from pathlib import Path

from aws_cdk import CustomResource, Duration, Stack
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from .config import HearthConfig
from .functions import lambda_role, log_group, write_logs_statement

FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"
HOOK_RUNTIME = lambda_.Runtime.PYTHON_3_14


def hook_function(
    scope: Construct,
    id: str,
    handler: str,
    config: HearthConfig,
    statements: list[iam.PolicyStatement],
) -> lambda_.Function:
    """A small arm64 Python function with its own log group and a role scoped to `statements`."""
    logs = log_group(scope, f"{id}Logs", config)
    role = lambda_role(
        scope, f"{id}Role", f"Hearth deploy hook {id}", [*statements, write_logs_statement(logs)]
    )
    return lambda_.Function(
        scope,
        id,
        runtime=HOOK_RUNTIME,
        architecture=lambda_.Architecture.ARM_64,
        handler=f"deploy_hooks.{handler}",
        code=lambda_.Code.from_asset(str(FUNCTIONS_DIR), exclude=["__pycache__"]),
        memory_size=128,
        timeout=Duration.seconds(29),  # a handful of API calls; fail fast
        role=role,
        log_group=logs,
    )


def token_secret(stack: Stack, config: HearthConfig, name: str, arn: str) -> CustomResource:
    """Generate the resume-token secret once, as a free SSM SecureString (aws/ssm key)."""
    fn = hook_function(
        stack,
        "TokenSecretHook",
        "secret_handler",
        config,
        [
            iam.PolicyStatement(
                actions=["ssm:PutParameter", "ssm:DeleteParameter"], resources=[arn]
            ),
        ],
    )
    return CustomResource(
        stack,
        "TokenSecret",
        service_token=fn.function_arn,
        resource_type="Custom::HearthTokenSecret",
        properties={
            "ParameterName": name,
            # Keep production tokens valid across a stack re-creation; dev cleans up.
            "RetainOnDelete": "true" if config.is_production else "false",
        },
    )


def seed_rooms(
    stack: Stack, config: HearthConfig, rooms_table: ddb.Table, rooms_file: Path
) -> CustomResource:
    """Upsert rooms.json into the rooms table on every deploy where the file changed."""
    fn = hook_function(
        stack,
        "SeedRoomsHook",
        "seed_rooms_handler",
        config,
        [
            iam.PolicyStatement(actions=["dynamodb:UpdateItem"], resources=[rooms_table.table_arn]),
        ],
    )
    rooms = json.loads(rooms_file.read_text(encoding="utf-8"))["rooms"]
    return CustomResource(
        stack,
        "RoomsSeed",
        service_token=fn.function_arn,
        resource_type="Custom::HearthRoomsSeed",
        properties={
            "TableName": rooms_table.table_name,
            # The whole definition list is a property, so editing rooms.json triggers an Update.
            "Rooms": json.dumps(rooms, sort_keys=True, separators=(",", ":")),
        },
    )
