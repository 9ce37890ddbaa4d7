"""DynamoDB tables built from chalicelib.store.schema.TABLES, the schema the devserver also uses."""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_dynamodb as ddb
from constructs import Construct

from chalicelib.store.schema import TABLES, TTL_ATTRIBUTE, TableSpec

from .config import HearthConfig


def _attribute(name: str) -> ddb.Attribute:
    return ddb.Attribute(name=name, type=ddb.AttributeType.STRING)


def build_table(scope: Construct, spec: TableSpec, config: HearthConfig) -> ddb.Table:
    """One on-demand table with TTL; production data tables are retained and delete-protected."""
    protect = config.is_production and spec.holds_user_data
    return ddb.Table(
        scope,
        f"{spec.logical.capitalize()}Table",
        partition_key=_attribute(spec.partition_key),
        sort_key=_attribute(spec.sort_key) if spec.sort_key else None,
        billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
        time_to_live_attribute=TTL_ATTRIBUTE,
        point_in_time_recovery_specification=ddb.PointInTimeRecoverySpecification(
            point_in_time_recovery_enabled=config.point_in_time_recovery
        ),
        # AWS-owned key: encryption at rest without the $1/month of a customer key.
        encryption=ddb.TableEncryption.DEFAULT,
        deletion_protection=protect,
        removal_policy=RemovalPolicy.RETAIN if protect else RemovalPolicy.DESTROY,
    )


def build_tables(scope: Construct, config: HearthConfig) -> dict[str, ddb.Table]:
    """Every table in the shared schema, keyed by its logical name."""
    return {spec.logical: build_table(scope, spec, config) for spec in TABLES}
