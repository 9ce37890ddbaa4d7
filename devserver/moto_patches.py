"""Performance and memory fixes for embedded moto, applied only inside the devserver's moto server.

Each keeps DynamoDB's observable behaviour and cuts a cost that grows with load:

1. TransactWriteItems deep-copies every table it touches before applying the transaction, so
   each `send` and `join` costs time proportional to the whole table. We snapshot only the
   items the transaction names and restore those on failure: the same all-or-nothing result.
2. A Query on the base table scans and sorts *every* item of the table to find one partition.
   We hand it only that partition's items (same order), so a Query costs what it returns.
3. Responses go through moto's generic, shape-walking serializer, which was over half of
   moto's CPU under load. For the data-plane operations below, moto's result dict already is
   the wire JSON; we dump it directly (tests compare both encodings on real workloads).
4. moto's `BaseModel.__new__` appends every model instance to a class-level list
   (`instances_tracked`, for its /moto-api dashboard) that only a mock reset empties. For
   DynamoDB that includes every `Item` ever built: each stored item, but also every deep copy
   a Query, Scan, GetItem, condition check or transaction snapshot makes, so each request's
   copies (and the parsed request strings they share) were kept forever: ~25 KB per chat
   `send`. Items and stream records are no longer tracked (tables still are); only moto's
   dashboard is affected, never a DynamoDB response (tests/integration/test_moto_memory.py).
5. A table with a sort key keeps its partitions in a `defaultdict`: a GetItem or DeleteItem
   of a key in a missing partition adds an empty one, and deleting a partition's last item
   leaves it behind. Each message's de-duplication key is its own partition, so every expired
   message left an empty dict and its key (~0.9 KB) forever. Lookups of missing partitions no
   longer create them, and a delete drops the partition it empties.
6. Every request lists its handler class's methods (`inspect.getmembers`, ~3% of moto's CPU
   under load) to check the action exists. The list depends on the class alone: cached.

moto serves one request at a time here (see moto_server.py), which patch 2 relies on.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from typing import Any

from moto.core import responses as core_responses
from moto.core.responses import ActionResult
from moto.core.utils import get_service_model, method_names_from_class
from moto.dynamodb import models as ddb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType, Item
from moto.dynamodb.models.table import StreamRecord, Table
from moto.dynamodb.responses import DynamoHandler

Saved = tuple[Table, DynamoType, DynamoType | None, Any]
Serialize = Callable[[DynamoHandler, ActionResult], tuple[int, dict[str, Any], str]]
# Operations whose output shapes hold only strings, numbers, booleans, lists and maps
# (AttributeValues, Count, ConsumedCapacity): JSON-dumping moto's dict gives the same body.
FAST_OPERATIONS = frozenset(
    {
        "GetItem",
        "PutItem",
        "UpdateItem",
        "DeleteItem",
        "Query",
        "Scan",
        "TransactWriteItems",
        "TransactGetItems",
        "BatchGetItem",
        "BatchWriteItem",
    }
)
_BINARY_TYPES = frozenset({"B", "BS"})  # blobs need moto's base64 handling: keep the slow path
JSON_CONTENT_TYPE = "application/x-amz-json-1.0"


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


def _patch_transactions() -> None:
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


def partition_items(table: Table, hash_key: DynamoType) -> list[Item]:
    """One partition's items in the order `Table.all_items` would list them."""
    partition = table.items.get(hash_key)
    if partition is None:
        return []
    if not table.range_key_attr:
        return [partition]  # type: ignore[list-item]
    return sorted(partition.values(), key=lambda item: item.range_key)


def _patch_query() -> None:
    original = Table.query

    def query(self: Table, hash_key: DynamoType | None, *args: Any, **kwargs: Any) -> Any:
        # moto passes index_name positionally (8th parameter) or by keyword.
        index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
        if index_name or hash_key is None:
            return original(self, hash_key, *args, **kwargs)
        # Safe only because requests are serialised: nothing else sees this override.
        self.all_items = lambda: partition_items(self, hash_key)  # type: ignore[method-assign]
        try:
            return original(self, hash_key, *args, **kwargs)
        finally:
            del self.all_items

    Table.query = query  # type: ignore[method-assign]
    Table._hearth_original_query = original  # type: ignore[attr-defined]


def _plain(value: Any) -> Any:
    """A copy without None values; raises TypeError for anything JSON would not keep as-is."""
    if isinstance(value, dict):
        if _BINARY_TYPES.intersection(value):
            raise TypeError("binary attribute")
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool):
        return value
    raise TypeError(type(value).__name__)


@functools.cache
def _output_members(operation: str) -> frozenset[str]:
    shape = get_service_model("dynamodb").operation_model(operation).output_shape
    return frozenset(shape.members) if shape is not None else frozenset()


def fast_body(operation: str, result: object) -> str | None:
    """The JSON body for a data-plane result, or None when moto's serializer must do it."""
    if operation not in FAST_OPERATIONS or not isinstance(result, dict):
        return None
    members = _output_members(operation)  # like the serializer, drop keys the API lacks
    try:
        return json.dumps(_plain({k: v for k, v in result.items() if k in members}))
    except TypeError:
        return None


def _patch_serializer() -> None:
    original: Serialize = DynamoHandler.serialized  # type: ignore[assignment]

    def serialized(
        self: DynamoHandler, action_result: ActionResult
    ) -> tuple[int, dict[str, Any], str]:
        body = fast_body(self._get_action(), action_result.result)
        if body is None:
            return original(self, action_result)
        headers: dict[str, Any] = {"Content-Type": JSON_CONTENT_TYPE}
        headers.update(self.response_headers)
        return 200, headers, body

    DynamoHandler.serialized = serialized  # type: ignore[method-assign,assignment]
    DynamoHandler._hearth_original_serialized = original  # type: ignore[attr-defined]


# Built per request (copies, projections, stream records): never tracked (patch 4).
UNTRACKED_MODELS: tuple[type, ...] = (Item, StreamRecord)


def _untracked_new(cls: type, *args: Any, **kwargs: Any) -> Any:
    # object.__new__ takes no extra arguments; __init__ still receives them as usual.
    return object.__new__(cls)


def _stop_instance_tracking() -> None:
    for model in UNTRACKED_MODELS:
        model.__new__ = staticmethod(_untracked_new)  # type: ignore[assignment]
        model.instances_tracked.clear()  # type: ignore[attr-defined]


def _patch_empty_partitions() -> None:
    get_item, delete_item = Table.get_item, Table.delete_item

    def lookup(
        self: Table,
        hash_key: DynamoType,
        range_key: DynamoType | None = None,
        projection_expression: Any = None,
    ) -> Item | None:
        if range_key and self.range_key_attr and hash_key not in self.items:
            return None  # moto's answer too, minus the empty partition its lookup would add
        return get_item(self, hash_key, range_key, projection_expression)

    def delete(self: Table, hash_key: DynamoType, range_key: DynamoType | None) -> Item | None:
        item = delete_item(self, hash_key, range_key)
        if range_key and self.range_key_attr and not self.items.get(hash_key, True):
            del self.items[hash_key]  # dict.get: no defaultdict insertion while checking
        return item

    Table.get_item = lookup  # type: ignore[method-assign]
    Table.delete_item = delete  # type: ignore[method-assign]


@functools.cache
def _method_names(clazz: type) -> tuple[str, ...]:
    return tuple(method_names_from_class(clazz))


def _cache_method_names() -> None:
    # `action in names` is all moto does with the result; a tuple answers it the same way.
    core_responses.method_names_from_class = _method_names  # type: ignore[attr-defined,assignment]


def apply() -> None:
    """Install the fixes (idempotent)."""
    if getattr(DynamoDBBackend, "_hearth_patched", False):
        return
    _patch_transactions()
    _patch_query()
    _patch_serializer()
    _stop_instance_tracking()
    _patch_empty_partitions()
    _cache_method_names()
    DynamoDBBackend._hearth_patched = True  # type: ignore[attr-defined]
