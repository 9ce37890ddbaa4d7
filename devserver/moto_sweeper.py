"""TTL sweeping for embedded moto, straight on its in-memory tables.

moto never expires items. Sweeping through the DynamoDB API means a Scan, which in moto sorts
and deep-copies the whole table while holding the one moto lock: every chat request waits for
it (hundreds of milliseconds once a load test has filled the tables). Here, the sweep reads
only each item's `ttl` and deletes in small batches, each under the lock, so requests slip in
between. Deletion is the same as a DeleteItem: the item is gone, indexes follow it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from moto.core.models import DEFAULT_ACCOUNT_ID
from moto.dynamodb.models import dynamodb_backends
from moto.dynamodb.models.dynamo_type import DynamoType, Item

from chalicelib.store.schema import TTL_ATTRIBUTE
from devserver.moto_server import MOTO_LOCK

log = logging.getLogger("devserver")
Key = tuple[DynamoType, DynamoType | None]
T = TypeVar("T")


def _expired(item: Item, now: float) -> bool:
    ttl = item.attrs.get(TTL_ATTRIBUTE)
    if ttl is None or ttl.type != "N":
        return False  # DynamoDB ignores a TTL attribute that is not a number
    return float(ttl.value) < now


def _chunks(keys: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


class BackendSweeper:
    """Deletes items whose TTL has passed from moto's tables in this process."""

    def __init__(self, table_names: Iterable[str], region: str, batch: int = 100) -> None:
        self._names = list(table_names)
        self._region = region
        self._batch = batch

    def _table(self, name: str) -> Any:
        return dynamodb_backends[DEFAULT_ACCOUNT_ID][self._region].tables.get(name)

    def _expired_keys(self, name: str, now: float) -> list[Key]:
        with MOTO_LOCK:
            table = self._table(name)
            if table is None:
                return []
            partitions = list(table.items)  # a C-level copy of the keys: quick even at 100k
        keys: list[Key] = []
        # Only copies are taken under the lock, a slice of partitions at a time (a messages
        # partition can hold 100,000 items); expiry is read outside it. sweep_once re-checks
        # each item under the lock before deleting, so a renewal in between is respected.
        for chunk in _chunks(partitions, self._batch * 5):
            with MOTO_LOCK:
                items = [item for h in chunk for item in self._items(table, h)]
            keys += [(i.hash_key, i.range_key) for i in items if _expired(i, now)]
        return keys

    @staticmethod
    def _items(table: Any, hash_key: Any) -> list[Item]:
        partition = table.items.get(hash_key)  # .get: no defaultdict insertion
        if partition is None:
            return []
        return list(partition.values()) if table.range_key_attr else [partition]

    def sweep_once(self, now_s: float | None = None) -> int:
        """One pass over every table; returns how many items were deleted."""
        now = time.time() if now_s is None else now_s
        deleted = 0
        for name in self._names:
            for chunk in _chunks(self._expired_keys(name, now), self._batch):
                with MOTO_LOCK:
                    table = self._table(name)
                    for hash_key, range_key in chunk if table is not None else []:
                        item = table.get_item(hash_key, range_key)
                        # Re-checked under the lock: a write since may have renewed it.
                        if item is not None and _expired(item, now):
                            table.delete_item(hash_key, range_key)
                            deleted += 1
        return deleted

    def _sweep_logged(self) -> None:
        try:
            deleted = self.sweep_once()
        except Exception as exc:  # a failed sweep must not stop the server
            log.warning("ttl sweep failed: %s", type(exc).__name__)
        else:
            if deleted:
                log.info("ttl sweep deleted %d expired items", deleted)

    async def run(self, interval_s: float) -> None:
        """Sweep forever (until cancelled), off the event loop."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(interval_s)
            await loop.run_in_executor(None, self._sweep_logged)

    def run_in_thread(self, interval_s: float, stop: threading.Event) -> threading.Thread:
        """Sweep every `interval_s` in a daemon thread until `stop` is set (moto's child)."""

        def loop() -> None:
            while not stop.wait(interval_s):
                self._sweep_logged()

        thread = threading.Thread(target=loop, name="ttl-sweeper", daemon=True)
        thread.start()
        return thread
