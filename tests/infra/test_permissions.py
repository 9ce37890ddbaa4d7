"""Least privilege: scoped table actions, this API's @connections, the one SSM parameter."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hearth_infra.chat_api import HANDLERS
from hearth_infra.permissions import OPERATION_ACTIONS, app_table_actions

from .conftest import REPO_ROOT, Synth

POLICY = "AWS::IAM::Policy"
ROLE = "AWS::IAM::Role"


def _statements(synth: Synth) -> list[dict[str, Any]]:
    """Every statement of every identity policy in the stack (inline or standalone)."""
    docs = [p["Properties"]["PolicyDocument"] for p in synth.resources(POLICY).values()]
    for role in synth.resources(ROLE).values():
        docs += [p["PolicyDocument"] for p in role["Properties"].get("Policies", [])]
    return [s for d in docs for s in d["Statement"]]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _chat_policy(synth: Synth) -> list[dict[str, Any]]:
    role_id = synth.stack.get_logical_id(synth.stack.api.role.node.default_child)
    policies = [
        p for p in synth.resources(POLICY).values() if {"Ref": role_id} in p["Properties"]["Roles"]
    ]
    assert len(policies) == 1
    return policies[0]["Properties"]["PolicyDocument"]["Statement"]  # type: ignore[no-any-return]


def test_chat_functions_use_the_stack_owned_role(any_stack: Synth) -> None:
    role_id = any_stack.stack.get_logical_id(any_stack.stack.api.role.node.default_child)
    for name in HANDLERS:
        props = any_stack.json["Resources"][name]["Properties"]
        assert props["Role"] == {"Fn::GetAtt": [role_id, "Arn"]}
    assert "DefaultRole" not in any_stack.json["Resources"]  # chalice's broad role is gone


def test_no_wildcard_resource_or_action_in_any_function_policy(dev: Synth) -> None:
    statements = _statements(dev)
    assert statements
    for statement in statements:
        assert "*" not in _as_list(statement["Resource"]), statement
        assert not any("*" in a for a in _as_list(statement["Action"])), statement


def test_web_hosting_adds_only_cdks_cloudfront_invalidation_on_star(prod: Synth) -> None:
    star = [s for s in _statements(prod) if "*" in _as_list(s["Resource"])]
    assert [sorted(_as_list(s["Action"])) for s in star] == [
        ["cloudfront:CreateInvalidation", "cloudfront:GetInvalidation"]
    ]


def test_table_grant_is_exactly_the_actions_the_code_uses(any_stack: Synth) -> None:
    table_statements = [
        s
        for s in _chat_policy(any_stack)
        if any(a.startswith("dynamodb:") for a in _as_list(s["Action"]))
    ]
    assert len(table_statements) == 1
    actions = set(_as_list(table_statements[0]["Action"]))
    assert actions == set(app_table_actions())
    assert not actions & {"dynamodb:Scan", "dynamodb:BatchWriteItem", "dynamodb:DeleteTable"}
    tables = any_stack.stack.tables.values()
    expected = [
        {"Fn::GetAtt": [any_stack.stack.get_logical_id(t.node.default_child), "Arn"]}
        for t in tables
    ]
    assert table_statements[0]["Resource"] == expected


def _dynamodb_operations_in(source_dir: Path) -> set[str]:
    # Both styles the code uses: client.get_item(...) and self._call("get_item", ...).
    ops = "|".join(OPERATION_ACTIONS)
    pattern = re.compile(rf"""(?:\.({ops})\(|["']({ops})["'])""")
    found: set[str] = set()
    for path in source_dir.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1) or match.group(2))
    return found


def test_the_grant_covers_every_dynamodb_operation_in_chalicelib(dev: Synth) -> None:
    # GIVEN the DynamoDB operations the Lambda code calls
    used = _dynamodb_operations_in(REPO_ROOT / "chalicelib")
    # THEN each of them is allowed (a new call without a grant would fail only in AWS)
    granted = set(app_table_actions())
    for op in used:
        assert set(OPERATION_ACTIONS[op]) <= granted, f"{op} is called but not granted"


def test_manage_connections_only_on_this_apis_connections(any_stack: Synth) -> None:
    statements = [
        s for s in _chat_policy(any_stack) if s["Action"] == "execute-api:ManageConnections"
    ]
    assert len(statements) == 1
    parts = statements[0]["Resource"]["Fn::Join"][1]
    assert {"Ref": "WebsocketAPI"} in parts
    assert parts[-1] == "/api/*/@connections/*"


def test_get_parameter_only_on_the_token_secret(any_stack: Synth) -> None:
    statements = [s for s in _chat_policy(any_stack) if s["Action"] == "ssm:GetParameter"]
    assert len(statements) == 1
    arn = "".join(p for p in statements[0]["Resource"]["Fn::Join"][1] if isinstance(p, str))
    assert arn.endswith(f":parameter{any_stack.stack.secret_param_name}")


def test_chat_functions_write_only_to_their_own_log_groups(any_stack: Synth) -> None:
    statements = [
        s
        for s in _chat_policy(any_stack)
        if s["Action"] == ["logs:CreateLogStream", "logs:PutLogEvents"]
    ]
    assert len(statements) == 1
    groups = any_stack.stack.api.log_groups.values()
    assert statements[0]["Resource"] == [
        {"Fn::GetAtt": [any_stack.stack.get_logical_id(g.node.default_child), "Arn"]}
        for g in groups
    ]


def test_no_managed_policies_on_any_role(any_stack: Synth) -> None:
    # AWSLambdaBasicExecutionRole would allow writing to every log group in the account.
    for role in any_stack.resources(ROLE).values():
        assert not role["Properties"].get("ManagedPolicyArns")
