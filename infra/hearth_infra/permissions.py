"""The IAM actions Hearth's code needs, kept in one place so grants stay least-privilege.

tests/infra checks that every DynamoDB operation called in chalicelib/ maps to an action here,
so a new call in the store adapter fails the tests instead of failing in production.
"""

from __future__ import annotations

# boto3 operation name -> IAM actions it needs. TransactWriteItems has no IAM action of its
# own: each item in a transaction is authorised as the put/update/delete/check it performs.
OPERATION_ACTIONS: dict[str, tuple[str, ...]] = {
    "get_item": ("dynamodb:GetItem",),
    "put_item": ("dynamodb:PutItem",),
    "update_item": ("dynamodb:UpdateItem",),
    "delete_item": ("dynamodb:DeleteItem",),
    "query": ("dynamodb:Query",),
    "transact_write_items": (
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:ConditionCheckItem",
    ),
    "batch_get_item": ("dynamodb:BatchGetItem",),
    "batch_write_item": ("dynamodb:BatchWriteItem",),
    "scan": ("dynamodb:Scan",),
    "transact_get_items": ("dynamodb:GetItem",),
}

# Operations the app performs (see chalicelib/store). No Scan, no batch writes.
APP_OPERATIONS = (
    "get_item",
    "put_item",
    "update_item",
    "delete_item",
    "query",
    "transact_write_items",
)


def app_table_actions() -> list[str]:
    """Sorted, de-duplicated IAM actions for the chat functions on every table."""
    return sorted({a for op in APP_OPERATIONS for a in OPERATION_ACTIONS[op]})


MANAGE_CONNECTIONS = "execute-api:ManageConnections"
GET_PARAMETER = "ssm:GetParameter"
LOG_ACTIONS = ("logs:CreateLogStream", "logs:PutLogEvents")
