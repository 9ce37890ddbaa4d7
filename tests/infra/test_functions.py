"""Every Lambda function: arm64, timeout under API Gateway's 29 s, log group with retention."""

from __future__ import annotations

import json
from typing import Any

from hearth_infra.chat_api import HANDLERS, TABLE_ENV

from .conftest import Synth

SAM_FUNCTION = "AWS::Serverless::Function"
FUNCTION = "AWS::Lambda::Function"
LOG_GROUP = "AWS::Logs::LogGroup"


def _all_functions(synth: Synth) -> dict[str, dict[str, Any]]:
    return {**synth.resources(SAM_FUNCTION), **synth.resources(FUNCTION)}


def test_the_three_websocket_handlers_exist(any_stack: Synth) -> None:
    assert set(any_stack.resources(SAM_FUNCTION)) == set(HANDLERS)


def test_every_function_runs_on_arm64(any_stack: Synth) -> None:
    functions = _all_functions(any_stack)
    assert len(functions) >= len(HANDLERS) + 2  # chat handlers + two deploy hooks
    for name, fn in functions.items():
        assert fn["Properties"]["Architectures"] == ["arm64"], name


def _is_cdk_bucket_deployment(name: str) -> bool:
    # CDK's web/ uploader (opt-in hosting) copies files at deploy time and owns its timeout.
    return name.startswith("CustomCDKBucketDeployment")


def test_every_function_times_out_within_29_seconds(any_stack: Synth) -> None:
    checked = 0
    for name, fn in _all_functions(any_stack).items():
        if not _is_cdk_bucket_deployment(name):
            assert fn["Properties"]["Timeout"] <= 29, name
            checked += 1
    assert checked == len(HANDLERS) + 2


def test_chat_function_timeout_and_memory_follow_the_settings(prod: Synth) -> None:
    for fn in prod.resources(SAM_FUNCTION).values():
        assert fn["Properties"]["Timeout"] == 25
        assert fn["Properties"]["MemorySize"] == 512


def test_reserved_concurrency_is_unset_by_default(dev: Synth) -> None:
    for fn in _all_functions(dev).values():
        assert "ReservedConcurrentExecutions" not in fn["Properties"]


def test_reserved_concurrency_caps_chat_functions_when_configured(prod: Synth) -> None:
    for fn in prod.resources(SAM_FUNCTION).values():
        assert fn["Properties"]["ReservedConcurrentExecutions"] == 10


def _retention_of_group_named_after(synth: Synth, function_id: str) -> int:
    # Chalice's functions log to /aws/lambda/<name>; the stack creates exactly that group.
    wanted = {"Fn::Join": ["", ["/aws/lambda/", {"Ref": function_id}]]}
    groups = [
        g
        for g in synth.resources(LOG_GROUP).values()
        if g["Properties"].get("LogGroupName") == wanted
    ]
    assert len(groups) == 1, function_id
    return int(groups[0]["Properties"]["RetentionInDays"])


def _retention_of_configured_group(synth: Synth, fn: dict[str, Any]) -> int:
    ref = fn["Properties"]["LoggingConfig"]["LogGroup"]["Ref"]
    return int(synth.json["Resources"][ref]["Properties"]["RetentionInDays"])


def test_every_function_has_a_stack_owned_log_group_with_14_day_retention(dev: Synth) -> None:
    for name in dev.resources(SAM_FUNCTION):
        assert _retention_of_group_named_after(dev, name) == 14
    for fn in dev.resources(FUNCTION).values():
        assert _retention_of_configured_group(dev, fn) == 14


def test_exactly_one_log_group_per_function(any_stack: Synth) -> None:
    # A second group with the same name (e.g. chalice's own log_retention_in_days) fails deploys.
    groups = [
        json.dumps(g["Properties"]["LogGroupName"])
        for g in any_stack.resources(LOG_GROUP).values()
        if "LogGroupName" in g["Properties"]
    ]
    for name in any_stack.resources(SAM_FUNCTION):
        assert sum(name in g for g in groups) == 1, name
    named_after_functions = len(any_stack.resources(SAM_FUNCTION))
    configured = len(_all_functions(any_stack)) - named_after_functions
    assert len(any_stack.resources(LOG_GROUP)) == named_after_functions + configured


def test_log_retention_follows_the_setting(prod: Synth) -> None:
    for name in prod.resources(SAM_FUNCTION):
        assert _retention_of_group_named_after(prod, name) == 30
    for fn in prod.resources(FUNCTION).values():
        assert _retention_of_configured_group(prod, fn) == 30


def test_table_names_reach_the_app_through_environment_variables(any_stack: Synth) -> None:
    tables = any_stack.stack.tables
    for fn in any_stack.resources(SAM_FUNCTION).values():
        env = fn["Properties"]["Environment"]["Variables"]
        for logical, var in TABLE_ENV.items():
            table_id = any_stack.stack.get_logical_id(tables[logical].node.default_child)
            assert env[var] == {"Ref": table_id}
        assert env["HEARTH_TOKEN_SECRET_PARAM"] == any_stack.stack.secret_param_name
        assert env["HEARTH_DEPLOYMENT"] == any_stack.stack.stack_name
