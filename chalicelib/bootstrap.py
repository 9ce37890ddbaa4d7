"""The one place that wires adapters (DynamoDB, API Gateway, SSM, clock) into the service.

Nothing here touches the network or requires env vars at import time: `chalice package` imports
app.py. The runtime is built on the first event of a cold start and reused afterwards.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import boto3
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from chalicelib import events
from chalicelib.domain.safety.abuse import load_blocklist
from chalicelib.domain.safety.helplines import load_helplines
from chalicelib.domain.tokens import TokenSigner
from chalicelib.errors import HearthError, Unavailable
from chalicelib.gateway import ApiGatewayGateway, HttpGateway, is_local_http
from chalicelib.observability import flush_metrics, hash_id, logger, metrics_count
from chalicelib.ports import Gateway
from chalicelib.protocol import decode_frame, encode, extract_ref
from chalicelib.safety import SafetyPolicy
from chalicelib.service import ChatService, Deps
from chalicelib.settings import CONFIG_DIR, Settings
from chalicelib.store.dynamo import DynamoStore
from chalicelib.store.moderation import DynamoModerationStore

OK = {"statusCode": 200}


class SystemClock:
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


def _region() -> str:
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"


def load_secret(settings: Settings, session: boto3.Session) -> bytes:
    """The resume-token secret: env (local), SSM parameter (AWS), or an ephemeral one locally."""
    if settings.token_secret:
        return settings.token_secret.encode("utf-8")
    if settings.token_secret_param:
        ssm = session.client("ssm")
        value = ssm.get_parameter(Name=settings.token_secret_param, WithDecryption=True)
        return str(value["Parameter"]["Value"]).encode("utf-8")
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        raise RuntimeError("HEARTH_TOKEN_SECRET_PARAM is not configured")
    logger.warning("no token secret configured: using an ephemeral one (tokens die on restart)")
    return secrets.token_bytes(32)


class Runtime:
    """Long-lived adapters plus per-event plumbing (logging context, error mapping, metrics)."""

    def __init__(self, settings: Settings, session: boto3.Session) -> None:
        self.settings = settings
        self.session = session
        retries: Any = {"max_attempts": 4, "mode": "standard"}
        config = Config(retries=retries, max_pool_connections=16)
        if settings.dynamodb_unsigned:  # the devserver's own moto (see settings)
            config = config.merge(Config(signature_version=UNSIGNED))
        self.dynamodb = dynamodb = session.client("dynamodb", config=config)
        self.store = DynamoStore(dynamodb, settings.table_names())
        self.mods = DynamoModerationStore(dynamodb, settings.moderation_table)
        self.signer = TokenSigner(load_secret(settings, session), settings.deployment)
        self.guidelines = (CONFIG_DIR / "guidelines.md").read_text(encoding="utf-8").strip()
        self.safety = SafetyPolicy(
            countries=settings.helpline_countries,
            helplines=load_helplines(settings.helplines_file),
            blocklist=load_blocklist(settings.blocklist_file),
        )
        self.pool = ThreadPoolExecutor(max_workers=settings.fanout_workers)
        self._gateways: dict[str, Gateway] = {}
        self._lock = threading.Lock()

    def gateway_for(self, event: dict[str, Any]) -> Gateway:
        """The @connections adapter for this event's API (built once per endpoint).

        A configured plain-http loopback endpoint is a local emulator (devserver/): it gets
        unsigned pooled POSTs. Everything else, AWS included, gets the signed boto3 client.
        """
        ctx = event.get("requestContext", {})
        configured = self.settings.management_endpoint
        endpoint = configured or f"https://{ctx.get('domainName')}/{ctx.get('stage')}"
        with self._lock:
            if endpoint not in self._gateways:
                self._gateways[endpoint] = (
                    HttpGateway(endpoint, self.pool)
                    if configured and is_local_http(configured)
                    else ApiGatewayGateway.for_endpoint(endpoint, self.pool, self.session)
                )
            return self._gateways[endpoint]

    def service_for(self, event: dict[str, Any]) -> ChatService:
        deps = Deps(
            self.store,
            self.mods,
            self.gateway_for(event),
            SystemClock(),
            self.signer,
            self.guidelines,
            self.safety,
        )
        return ChatService(deps)

    def on_connect(self, event: dict[str, Any]) -> dict[str, Any]:
        cid = self._begin(event)
        try:
            self.service_for(event).connect(cid)
            logger.info("connect")
            return OK
        except Exception as e:  # a refused connect is better than a 502 with details
            self._log_failure(e)
            return {"statusCode": 503}
        finally:
            flush_metrics()

    def on_message(self, event: dict[str, Any]) -> dict[str, Any]:
        cid = self._begin(event)
        service = self.service_for(event)
        try:
            service.handle(cid, event.get("body"))
        except Exception as e:  # never raise to API Gateway because of a client frame
            self._log_failure(e)
            failure = e if isinstance(e, Unavailable | ClientError | BotoCoreError) else None
            err = Unavailable() if failure else HearthError()
            ref = _ref_of(event.get("body"))
            service.gateway.send(cid, encode(events.error(err.code, err.message, ref)))
        finally:
            flush_metrics()
        return OK

    def on_disconnect(self, event: dict[str, Any]) -> dict[str, Any]:
        cid = self._begin(event)
        try:
            self.service_for(event).disconnect(cid)
            logger.info("disconnect")
        except Exception as e:  # $disconnect is best-effort; TTLs clean up the rest
            self._log_failure(e)
        finally:
            flush_metrics()
        return OK

    def _begin(self, event: dict[str, Any]) -> str:
        ctx = event.get("requestContext", {})
        cid = str(ctx.get("connectionId", ""))
        logger.set_correlation_id(ctx.get("requestId"))
        logger.append_keys(conn=hash_id(cid), route=ctx.get("routeKey"))
        return cid

    def _log_failure(self, e: Exception) -> None:
        code = e.response.get("Error", {}).get("Code") if isinstance(e, ClientError) else None
        # Only the type and AWS error code: exception messages may quote client data.
        logger.error("handler failed", extra={"error": type(e).__name__, "aws_code": code})
        metrics_count("HandlerFailures")


def _ref_of(body: Any) -> str | None:
    try:
        return extract_ref(decode_frame(body))
    except HearthError:
        return None


class RuntimeHolder:
    """Builds the Runtime once per Lambda container (first event), never at import."""

    def __init__(self) -> None:
        self._runtime: Runtime | None = None
        self._session: boto3.Session | None = None
        self._lock = threading.Lock()

    def boto_session(self) -> boto3.Session:
        if self._session is None:
            self._session = boto3.Session(region_name=_region())
        return self._session

    def get(self) -> Runtime:
        with self._lock:
            if self._runtime is None:
                self._runtime = Runtime(Settings.from_env(), self.boto_session())
            return self._runtime

    def reset(self) -> None:
        """Forget the built runtime (tests and the devserver reconfigure between runs)."""
        with self._lock:
            self._runtime = None
            self._session = None


runtime = RuntimeHolder()
