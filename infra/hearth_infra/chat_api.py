"""The Chalice WebSocket app, packaged by chalice.cdk and tightened by template overrides."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aws_cdk import Aws, CfnResource, Fn, Stack
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from chalice.cdk import Chalice

from chalicelib import settings

from .config import HearthConfig
from .functions import ARM64, lambda_role, log_group, write_logs_statement
from .permissions import GET_PARAMETER, MANAGE_CONNECTIONS, app_table_actions

# Logical IDs chalice gives the three WebSocket handlers in its generated SAM template.
HANDLERS = ("WebsocketConnect", "WebsocketMessage", "WebsocketDisconnect")
API_STAGE = "api"
CONNECTIONS_PATH = f"/{API_STAGE}/*/@connections/*"
TABLE_ENV = {
    "connections": settings.ENV_CONNECTIONS_TABLE,
    "rooms": settings.ENV_ROOMS_TABLE,
    "messages": settings.ENV_MESSAGES_TABLE,
    "moderation": settings.ENV_MODERATION_TABLE,
}


@dataclass
class ChatApi:
    chalice: Chalice
    role: iam.Role
    log_groups: dict[str, logs.LogGroup]
    websocket_url: str


def stage_config(
    config: HearthConfig, tables: dict[str, ddb.Table], secret_param: str, role_arn: str
) -> dict[str, Any]:
    """Chalice stage settings; values here override .chalice/config.json."""
    env = {TABLE_ENV[name]: table.table_name for name, table in tables.items()}
    env[settings.ENV_TOKEN_SECRET_PARAM] = secret_param
    env[settings.ENV_DEPLOYMENT] = config.stack_name
    env["POWERTOOLS_SERVICE_NAME"] = "hearth"
    cfg: dict[str, Any] = {
        "api_gateway_stage": API_STAGE,
        "lambda_timeout": config.lambda_timeout_seconds,
        "lambda_memory_size": config.lambda_memory_mb,
        # Tells the packager to pick arm64 wheels; the template override below enforces it.
        "lambda_architecture": "arm64",
        "automatic_layer": False,
        # The stack owns the role so every grant can be scoped to this deployment's resources.
        "manage_iam_role": False,
        "iam_role_arn": role_arn,
        "autogen_policy": False,
        "environment_variables": env,
    }
    if config.reserved_concurrency is not None:
        cfg["reserved_concurrency"] = config.reserved_concurrency
    return cfg


def build_chat_api(
    stack: Stack,
    config: HearthConfig,
    tables: dict[str, ddb.Table],
    secret_param: str,
    source_dir: Path,
) -> ChatApi:
    """Package app.py with Chalice, then pin arm64, log groups, throttling and IAM."""
    role = lambda_role(stack, "ChatFunctionRole", "Hearth WebSocket handlers (least privilege)")
    # chalice.cdk names the Chalice stage after this scope: the stack, e.g. "hearth-dev".
    chalice = Chalice(
        stack,
        "Hearth",
        source_dir=str(source_dir),
        stage_config=stage_config(config, tables, secret_param, role.role_arn),
    )
    groups = {
        name: _pin_function(stack, chalice.get_resource(name), name, config) for name in HANDLERS
    }
    api_id = chalice.get_resource("WebsocketAPI").ref
    _throttle_stage(chalice.get_resource("WebsocketAPIStage"), config)
    _grant(stack, role, tables, api_id, secret_param, list(groups.values()))
    url = Fn.sub(
        "wss://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + API_STAGE, {"Api": api_id}
    )
    return ChatApi(chalice=chalice, role=role, log_groups=groups, websocket_url=url)


def _pin_function(stack: Stack, fn: CfnResource, name: str, config: HearthConfig) -> logs.LogGroup:
    fn.add_property_override("Architectures", ARM64)
    # Lambda writes to /aws/lambda/<function name>; creating that group here sets retention.
    return log_group(stack, f"{name}LogGroup", config, name=Fn.join("", ["/aws/lambda/", fn.ref]))


def _throttle_stage(stage: CfnResource, config: HearthConfig) -> None:
    # Stage-wide route throttling caps what a flood (or a bug) can spend per second.
    stage.add_property_override(
        "DefaultRouteSettings",
        {
            "ThrottlingRateLimit": config.throttle_rate_per_second,
            "ThrottlingBurstLimit": config.throttle_burst,
            "DataTraceEnabled": False,  # full-message logging would write chat text to CloudWatch
        },
    )


def connections_arn(api_id: str) -> str:
    """This API's @connections resources (POST to send, DELETE to disconnect, GET to inspect).

    Built with pseudo-parameters rather than literal account/region so the ARN (and the
    cdk-nag acknowledgement that names it) is the same in every account.
    """
    return Fn.join(
        "",
        [
            "arn:",
            Aws.PARTITION,
            ":execute-api:",
            Aws.REGION,
            ":",
            Aws.ACCOUNT_ID,
            ":",
            api_id,
            CONNECTIONS_PATH,
        ],
    )


def parameter_arn(stack: Stack, name: str) -> str:
    return stack.format_arn(service="ssm", resource="parameter", resource_name=name.lstrip("/"))


def _grant(
    stack: Stack,
    role: iam.Role,
    tables: dict[str, ddb.Table],
    api_id: str,
    secret_param: str,
    groups: list[logs.LogGroup],
) -> None:
    # A separate AWS::IAM::Policy (not inline) because it references the API, whose
    # integrations reference the functions, which reference the role: inline would be a cycle.
    iam.Policy(
        stack,
        "ChatFunctionPolicy",
        roles=[role],
        statements=[
            iam.PolicyStatement(
                actions=app_table_actions(), resources=[t.table_arn for t in tables.values()]
            ),
            iam.PolicyStatement(actions=[MANAGE_CONNECTIONS], resources=[connections_arn(api_id)]),
            iam.PolicyStatement(
                actions=[GET_PARAMETER], resources=[parameter_arn(stack, secret_param)]
            ),
            write_logs_statement(*groups),
        ],
    )
