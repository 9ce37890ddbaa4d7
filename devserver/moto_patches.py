"""One performance fix for embedded moto, applied only inside the devserver's moto server.

moto's TransactWriteItems deep-copies every table it touches before applying the transaction,
so each `send` and `join` costs time proportional to the whole table (thousands of items
under load). We snapshot only the items the transaction names and restore those on failure:
the same all-or-nothing result, at a cost proportional to the transaction.
"""

from __future__ import annotations

import copy
from typing import Any

from moto.dynamodb import models as ddb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table

Saved = tuple[Table, DynamoType, DynamoType | None, Any]


class _TablesShared:
    """Stands in for `copy` inside moto.dynamodb.models: tables are shared, not copied."""

    copy = staticmethod(copy.copy)

    @staticmethod
    def deepcopy(value: Any, memo: dict[int, Any] | None = None) -> Any:
        return value if isinstance(value, Table) else copy.deepcopy(value, memo)


def _snapshot(backend: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> list[Saved]:
    saved: list[Saved] = []
    for entry in transact_items:
        for op in entry.values():
            table = backend.tables.get(op.get("TableName", ""))
            attrs = op.get("Key") or op.get("Item")
            if table is None or not isinstance(attrs, dict):
                continue
            try:
                hash_key = DynamoType(attrs[table.hash_key_attr])
                range_key = (
                    DynamoType(attrs[table.range_key_attr]) if table.range_key_attr else None
                )
            except KeyError:
                continue  # moto itself will reject the malformed operation
            item = table.get_item(hash_key, range_key)
            saved.append((table, hash_key, range_key, copy.deepcopy(item)))
    return saved


def _restore(saved: list[Saved]) -> None:
    for table, hash_key, range_key, item in reversed(saved):
        if item is None:
            table.delete_item(hash_key, range_key)
        elif range_key is not None:
            table.items[hash_key][range_key] = item
        else:
            table.items[hash_key] = item


def apply() -> None:
    """Install the fix (idempotent)."""
    if getattr(DynamoDBBackend, "_hearth_patched", False):
        return
    original = DynamoDBBackend.transact_write_items

    def transact_write_items(self: DynamoDBBackend, transact_items: list[dict[str, Any]]) -> None:
        saved = _snapshot(self, transact_items)
        try:
            original(self, transact_items)
        except Exception:
            _restore(saved)
            raise

    setattr(ddb_models, "copy", _TablesShared)  # noqa: B010 (a module attribute, on purpose)
    DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]
    DynamoDBBackend._hearth_patched = True  # type: ignore[attr-defined]
