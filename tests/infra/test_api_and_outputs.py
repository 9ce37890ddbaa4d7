"""WebSocket stage throttling, deploy hooks, optional web hosting and stack outputs."""

from __future__ import annotations

import json

from chalicelib.settings import DEFAULT_ROOMS_FILE
from chalicelib.store.schema import TABLES

from .conftest import Synth

STAGE = "AWS::ApiGatewayV2::Stage"


def _route_settings(synth: Synth) -> dict[str, object]:
    stages = synth.resources(STAGE)
    assert len(stages) == 1
    return next(iter(stages.values()))["Properties"]["DefaultRouteSettings"]  # type: ignore[no-any-return]


def test_stage_throttling_has_sensible_defaults(dev: Synth) -> None:
    settings = _route_settings(dev)
    assert settings["ThrottlingRateLimit"] == 50
    assert settings["ThrottlingBurstLimit"] == 100
    assert settings["DataTraceEnabled"] is False  # never log message bodies


def test_stage_throttling_follows_the_settings(prod: Synth) -> None:
    settings = _route_settings(prod)
    assert (settings["ThrottlingRateLimit"], settings["ThrottlingBurstLimit"]) == (20, 40)


def test_outputs_give_the_wss_url_and_every_table_name(any_stack: Synth) -> None:
    outputs = any_stack.json["Outputs"]
    url = outputs["WebSocketUrl"]["Value"]["Fn::Sub"]
    assert url[0].startswith("wss://${Api}.execute-api.") and url[0].endswith("/api")
    assert url[1] == {"Api": {"Ref": "WebsocketAPI"}}
    for spec in TABLES:
        table = any_stack.stack.tables[spec.logical]
        ref = {"Ref": any_stack.stack.get_logical_id(table.node.default_child)}
        assert outputs[f"{spec.logical.capitalize()}TableName"]["Value"] == ref


def test_no_web_hosting_unless_asked(dev: Synth) -> None:
    assert "WebUrl" not in dev.json["Outputs"]
    dev.template.resource_count_is("AWS::CloudFront::Distribution", 0)
    dev.template.resource_count_is("AWS::S3::Bucket", 0)


def test_web_hosting_serves_a_private_bucket_through_cloudfront(prod: Synth) -> None:
    assert "WebUrl" in prod.json["Outputs"]
    prod.template.resource_count_is("AWS::CloudFront::OriginAccessControl", 1)
    prod.template.has_resource_properties(
        "AWS::S3::Bucket",
        {
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "BlockPublicPolicy": True,
                "IgnorePublicAcls": True,
                "RestrictPublicBuckets": True,
            },
        },
    )


def test_web_config_json_gets_the_deployed_wss_url(prod: Synth) -> None:
    # Source.json_data leaves a marker that the deploy-time uploader replaces with the URL.
    deployments = prod.resources("Custom::CDKBucketDeployment")
    assert len(deployments) == 1
    markers = next(iter(deployments.values()))["Properties"]["SourceMarkers"]
    assert "WebsocketAPI" in json.dumps(markers)


def test_rooms_are_seeded_from_rooms_json(any_stack: Synth) -> None:
    seeds = any_stack.resources("Custom::HearthRoomsSeed")
    assert len(seeds) == 1
    props = next(iter(seeds.values()))["Properties"]
    expected = json.loads(DEFAULT_ROOMS_FILE.read_text(encoding="utf-8"))["rooms"]
    assert json.loads(props["Rooms"]) == expected
    rooms_id = any_stack.stack.get_logical_id(any_stack.stack.tables["rooms"].node.default_child)
    assert props["TableName"] == {"Ref": rooms_id}


def test_token_secret_is_generated_at_deploy_and_kept_in_prod(dev: Synth, prod: Synth) -> None:
    for synth, retain in ((dev, "false"), (prod, "true")):
        secrets = synth.resources("Custom::HearthTokenSecret")
        assert len(secrets) == 1
        props = next(iter(secrets.values()))["Properties"]
        assert props["ParameterName"] == synth.stack.secret_param_name
        assert props["RetainOnDelete"] == retain
    # The value itself is never in the template.
    dev.template.resource_count_is("AWS::SSM::Parameter", 0)


def test_chat_functions_start_after_the_secret_exists(any_stack: Synth) -> None:
    secret_id = next(iter(any_stack.resources("Custom::HearthTokenSecret")))
    for fn in any_stack.resources("AWS::Serverless::Function").values():
        assert secret_id in fn.get("DependsOn", [])
