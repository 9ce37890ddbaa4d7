"""Small helpers shared by every function the stack creates: log groups, roles, arm64."""

from __future__ import annotations

import jsii
from aws_cdk import IAspect, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct, IConstruct

from .config import HearthConfig
from .permissions import LOG_ACTIONS

ARM64 = ["arm64"]


def log_group(
    scope: Construct, id: str, config: HearthConfig, name: str | None = None
) -> logs.LogGroup:
    """A stack-owned log group with retention, so logs never accumulate (or bill) forever."""
    return logs.LogGroup(
        scope,
        id,
        log_group_name=name,
        retention=RETENTION[config.log_retention_days],
        removal_policy=RemovalPolicy.DESTROY,
    )


_R = logs.RetentionDays
RETENTION: dict[int, logs.RetentionDays] = {
    1: _R.ONE_DAY,
    3: _R.THREE_DAYS,
    5: _R.FIVE_DAYS,
    7: _R.ONE_WEEK,
    14: _R.TWO_WEEKS,
    30: _R.ONE_MONTH,
    60: _R.TWO_MONTHS,
    90: _R.THREE_MONTHS,
    120: _R.FOUR_MONTHS,
    150: _R.FIVE_MONTHS,
    180: _R.SIX_MONTHS,
    365: _R.ONE_YEAR,
    400: _R.THIRTEEN_MONTHS,
    545: _R.EIGHTEEN_MONTHS,
    731: _R.TWO_YEARS,
    1096: _R.THREE_YEARS,
}


def write_logs_statement(*groups: logs.ILogGroup) -> iam.PolicyStatement:
    """Permission to write to exactly these log groups (CreateLogGroup is not needed)."""
    return iam.PolicyStatement(
        actions=list(LOG_ACTIONS),
        resources=[f"{g.log_group_arn}" for g in groups],
    )


def lambda_role(
    scope: Construct, id: str, description: str, statements: list[iam.PolicyStatement] | None = None
) -> iam.Role:
    """A Lambda execution role with only inline, scoped statements (no managed policies)."""
    return iam.Role(
        scope,
        id,
        assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
        description=description,
        inline_policies={"Least": iam.PolicyDocument(statements=statements)}
        if statements
        else None,
    )


@jsii.implements(IAspect)
class Arm64Everywhere:
    """Aspect: every AWS::Lambda::Function in the stack runs on arm64 (Graviton, ~20% cheaper)."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, lambda_.CfnFunction):
            node.add_property_override("Architectures", ARM64)


def stack_of(scope: IConstruct) -> Stack:
    return Stack.of(scope)
