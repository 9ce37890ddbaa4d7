"""DynamoDB tables: built from the shared schema, on-demand, TTL on, PITR and RETAIN by setting."""

from __future__ import annotations

from typing import Any

from chalicelib.store.schema import TABLES, TTL_ATTRIBUTE

from .conftest import Synth

TABLE = "AWS::DynamoDB::Table"


def _key_schema(props: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((k["AttributeName"], k["KeyType"]) for k in props["KeySchema"])


def _table(synth: Synth, logical: str) -> dict[str, Any]:
    table = synth.stack.tables[logical]
    return synth.json["Resources"][synth.stack.get_logical_id(table.node.default_child)]


def test_one_table_per_schema_entry_with_the_schema_keys(any_stack: Synth) -> None:
    # GIVEN the one schema the devserver also uses WHEN the stack is synthesized
    # THEN each TableSpec becomes exactly one table with the same keys
    any_stack.template.resource_count_is(TABLE, len(TABLES))
    for spec in TABLES:
        expected = ((spec.partition_key, "HASH"),)
        if spec.sort_key:
            expected += ((spec.sort_key, "RANGE"),)
        assert _key_schema(_table(any_stack, spec.logical)["Properties"]) == expected


def test_every_table_is_on_demand(any_stack: Synth) -> None:
    for table in any_stack.resources(TABLE).values():
        assert table["Properties"]["BillingMode"] == "PAY_PER_REQUEST"
        assert "ProvisionedThroughput" not in table["Properties"]


def test_every_table_has_ttl_on_the_schema_attribute(any_stack: Synth) -> None:
    for table in any_stack.resources(TABLE).values():
        assert table["Properties"]["TimeToLiveSpecification"] == {
            "AttributeName": TTL_ATTRIBUTE,
            "Enabled": True,
        }


def test_point_in_time_recovery_is_off_by_default(dev: Synth) -> None:
    for table in dev.resources(TABLE).values():
        spec = table["Properties"].get("PointInTimeRecoverySpecification", {})
        assert spec.get("PointInTimeRecoveryEnabled") is not True


def test_point_in_time_recovery_when_opted_in(prod: Synth) -> None:
    for table in prod.resources(TABLE).values():
        spec = table["Properties"]["PointInTimeRecoverySpecification"]
        assert spec["PointInTimeRecoveryEnabled"] is True


def test_dev_tables_are_destroyed_with_the_stack(dev: Synth) -> None:
    for table in dev.resources(TABLE).values():
        assert table["DeletionPolicy"] == "Delete"
        assert not table["Properties"].get("DeletionProtectionEnabled", False)


def test_prod_data_tables_are_retained_and_deletion_protected(prod: Synth) -> None:
    for spec in TABLES:
        table = _table(prod, spec.logical)
        if spec.holds_user_data:
            assert table["DeletionPolicy"] == "Retain"
            assert table["UpdateReplacePolicy"] == "Retain"
            assert table["Properties"]["DeletionProtectionEnabled"] is True
        else:  # ephemeral connection state is not worth keeping after the stack is gone
            assert table["DeletionPolicy"] == "Delete"


def test_tables_use_the_free_aws_owned_key(any_stack: Synth) -> None:
    # No SSESpecification / KMS key: a customer-managed key would bill $1/month idle.
    for table in any_stack.resources(TABLE).values():
        assert "KMSMasterKeyId" not in table["Properties"].get("SSESpecification", {})
