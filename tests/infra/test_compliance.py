"""Whole-template checks: cfn-lint, cdk-nag AwsSolutions, and nothing that bills while idle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cdk_nag import AwsSolutionsChecks

from .conftest import Synth

CFN_LINT = Path(sys.executable).with_name("cfn-lint")
# W3005: CDK adds DependsOn for a role the function already references via GetAtt; harmless.
CFN_LINT_IGNORED = "W3005"

IDLE_BILLERS = [
    "AWS::EC2::NatGateway",
    "AWS::EC2::VPC",
    "AWS::EC2::Instance",
    "AWS::KMS::Key",
    "AWS::SecretsManager::Secret",
    "AWS::RDS::DBInstance",
    "AWS::ElastiCache::CacheCluster",
    "AWS::Lambda::Version",
    "AWS::WAFv2::WebACL",
    "AWS::CloudWatch::Dashboard",
]


def test_cfn_lint_passes(any_stack: Synth) -> None:
    result = subprocess.run(
        [str(CFN_LINT), "--ignore-checks", CFN_LINT_IGNORED, "--", str(any_stack.path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cdk_nag_aws_solutions_has_no_unacknowledged_findings(any_stack: Synth) -> None:
    report = AwsSolutionsChecks(any_stack.app).validate_scope(any_stack.stack)
    findings = [v.rule_name for v in report.violations]
    assert report.success, findings
    assert findings == []


@pytest.mark.parametrize("cfn_type", IDLE_BILLERS)
def test_nothing_that_bills_while_idle(any_stack: Synth, cfn_type: str) -> None:
    any_stack.template.resource_count_is(cfn_type, 0)


def test_no_vpc_or_provisioned_concurrency_on_functions(any_stack: Synth) -> None:
    for cfn_type in ("AWS::Serverless::Function", "AWS::Lambda::Function"):
        for fn in any_stack.resources(cfn_type).values():
            assert "VpcConfig" not in fn["Properties"]
            assert "ProvisionedConcurrencyConfig" not in fn["Properties"]
            assert "AutoPublishAlias" not in fn["Properties"]
