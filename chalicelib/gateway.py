"""Gateway port over API Gateway's Management API: concurrent fan-out, 410 Gone → report back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from chalicelib.observability import hash_id, logger, metrics_count


class ApiGatewayGateway:
    """Posts frames to WebSocket connections through @connections."""

    def __init__(self, client: Any, pool: ThreadPoolExecutor) -> None:
        self._client = client
        self._pool = pool

    @classmethod
    def for_endpoint(
        cls, endpoint: str, pool: ThreadPoolExecutor, session: boto3.Session | None = None
    ) -> ApiGatewayGateway:
        """A client whose connection pool matches the fan-out thread pool."""
        config = Config(
            max_pool_connections=pool._max_workers,
            retries={"max_attempts": 2, "mode": "standard"},
            connect_timeout=2,
            read_timeout=5,
        )
        client = (session or boto3.Session()).client(
            "apigatewaymanagementapi", endpoint_url=endpoint, config=config
        )
        return cls(client, pool)

    def send(self, connection_id: str, data: bytes) -> bool:
        """Post one frame. False when the connection is gone; other failures are logged."""
        try:
            self._client.post_to_connection(ConnectionId=connection_id, Data=data)
        except ClientError as e:
            code = str(e.response.get("Error", {}).get("Code", ""))
            status = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if code == "GoneException" or status == 410:
                return False
            logger.warning("post failed", extra={"conn": hash_id(connection_id), "code": code})
            metrics_count("PostFailures")
        except BotoCoreError as e:
            logger.warning(
                "post failed", extra={"conn": hash_id(connection_id), "code": type(e).__name__}
            )
            metrics_count("PostFailures")
        return True

    def fan_out(self, posts: Iterable[tuple[str, bytes]]) -> Sequence[str]:
        """Post concurrently; one slow or failed recipient never blocks the others."""
        batch = list(posts)
        if len(batch) == 1:
            cid, data = batch[0]
            return [] if self.send(cid, data) else [cid]
        results = self._pool.map(lambda p: (p[0], self.send(p[0], p[1])), batch)
        return [cid for cid, ok in results if not ok]
