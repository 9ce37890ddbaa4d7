"""Validate wire frames against docs/asyncapi.yaml, so the document cannot drift from the code.

The AsyncAPI document is loaded once. Its `clientSends` operation lists the client → server
messages and `clientReceives` the server → client ones; each message's payload schema names its
frame with a `const` on `action` (client) or `type` (server). One Draft 2020-12 validator is built
per frame name, resolving `$ref`s inside the document through a `referencing` Registry.

Integration tests call `validate_client_frame` on every frame they send and
`validate_server_frame` (or `parse_server_frame` on the raw text) on every frame they receive.
Frames a test sends *on purpose* to provoke an error are not expected to validate.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

DOC_PATH = Path(__file__).resolve().parents[1] / "docs" / "asyncapi.yaml"
# A file: URI, because urljoin cannot resolve "#/..." fragments against a urn: base.
DOC_URI = DOC_PATH.as_uri()
MAX_FRAME_BYTES = 16 * 1024
SEND_OPERATION = "clientSends"
RECEIVE_OPERATION = "clientReceives"
_MAX_REPORTED_ERRORS = 5
_MAX_SNIPPET = 300


@dataclass(frozen=True)
class FrameSchemas:
    """Validators for one direction, keyed by the frame's `action` or `type`."""

    direction: str
    key: str
    validators: Mapping[str, Draft202012Validator]
    message_ids: Mapping[str, str]  # frame name → components/messages key
    examples: Mapping[str, tuple[dict[str, Any], ...]]  # the message's documented examples


@dataclass(frozen=True)
class ProtocolSchemas:
    """The loaded document and the validators built from it."""

    document: dict[str, Any]
    client: FrameSchemas
    server: FrameSchemas


def load_document(path: Path = DOC_PATH) -> dict[str, Any]:
    """Parse the AsyncAPI YAML document into a dict."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise AssertionError(f"{path} is not a YAML mapping")
    return document


def resolve_local(document: Mapping[str, Any], ref: str) -> Any:
    """Follow a document-local JSON pointer such as `#/components/schemas/Room`."""
    if not ref.startswith("#/"):
        raise AssertionError(f"only document-local $refs are supported, got {ref!r}")
    node: Any = document
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise AssertionError(f"$ref {ref!r} does not resolve in {DOC_PATH.name}")
        node = node[part]
    return node


def deref(document: Mapping[str, Any], node: Any) -> Any:
    """Follow `$ref` chains until reaching a node that is not a bare reference."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise AssertionError(f"$ref cycle at {ref!r}")
        seen.add(ref)
        node = resolve_local(document, ref)
    return node


def frame_name(document: Mapping[str, Any], schema: Any, key: str) -> str | None:
    """The `const` a payload schema requires for `key`, looking through `$ref` and `allOf`."""
    schema = deref(document, schema)
    if not isinstance(schema, Mapping):
        return None
    prop = deref(document, schema.get("properties", {}).get(key))
    if isinstance(prop, Mapping) and isinstance(prop.get("const"), str):
        return str(prop["const"])
    for part in schema.get("allOf", []):
        found = frame_name(document, part, key)
        if found is not None:
            return found
    return None


def _component_message_ref(document: Mapping[str, Any], operation_ref: Mapping[str, Any]) -> str:
    """Map an operation's message reference (via the channel) to its components/messages ref."""
    ref = str(operation_ref["$ref"])
    channel_message = resolve_local(document, ref)
    while isinstance(channel_message, Mapping) and "$ref" in channel_message:
        ref = str(channel_message["$ref"])
        channel_message = resolve_local(document, ref)
    return ref


def _build_direction(
    document: Mapping[str, Any], registry: Registry, operation: str, key: str
) -> FrameSchemas:
    """Build one validator per message of `operation`, keyed by its `key` const."""
    validators: dict[str, Draft202012Validator] = {}
    message_ids: dict[str, str] = {}
    examples: dict[str, tuple[dict[str, Any], ...]] = {}
    for operation_ref in document["operations"][operation]["messages"]:
        message_ref = _component_message_ref(document, operation_ref)
        message = resolve_local(document, message_ref)
        name = frame_name(document, message["payload"], key)
        if name is None:
            raise AssertionError(f"{message_ref} payload has no `{key}` const")
        if name in validators:
            raise AssertionError(f"two messages in {operation} share {key}={name!r}")
        schema = {"$ref": f"{DOC_URI}{message_ref}/payload"}
        validators[name] = Draft202012Validator(schema, registry=registry)
        message_ids[name] = message_ref.rsplit("/", 1)[-1]
        examples[name] = tuple(e["payload"] for e in message.get("examples", []))
    direction = "client" if key == "action" else "server"
    return FrameSchemas(direction, key, validators, message_ids, examples)


@functools.cache
def schemas() -> ProtocolSchemas:
    """Load docs/asyncapi.yaml once and build every frame validator."""
    document = load_document()
    registry: Registry = Registry().with_resource(DOC_URI, DRAFT202012.create_resource(document))
    return ProtocolSchemas(
        document=document,
        client=_build_direction(document, registry, SEND_OPERATION, "action"),
        server=_build_direction(document, registry, RECEIVE_OPERATION, "type"),
    )


def client_actions() -> frozenset[str]:
    """Every client action the document describes."""
    return frozenset(schemas().client.validators)


def server_types() -> frozenset[str]:
    """Every server frame type the document describes."""
    return frozenset(schemas().server.validators)


def _snippet(value: object) -> str:
    """A short rendering: long values keep their head and tail (where "is too long" is)."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) <= _MAX_SNIPPET:
        return text
    half = _MAX_SNIPPET // 2
    return f"{text[:half]} …[{len(text) - 2 * half} chars]… {text[-half:]}"


def _check_size(frame: Mapping[str, Any], direction: str) -> None:
    # Compact JSON is the smallest encoding, so a frame over the limit here is over it on the wire.
    size = len(json.dumps(frame, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    if size > MAX_FRAME_BYTES:
        raise AssertionError(f"{direction} frame is {size} bytes, over {MAX_FRAME_BYTES}")


def _validate(frame: object, schemas_for: FrameSchemas) -> None:
    direction, key = schemas_for.direction, schemas_for.key
    if not isinstance(frame, Mapping):
        raise AssertionError(f"{direction} frame must be a JSON object, got {_snippet(frame)}")
    name = frame.get(key)
    if not isinstance(name, str) or name not in schemas_for.validators:
        known = ", ".join(sorted(schemas_for.validators))
        raise AssertionError(
            f"{direction} frame has unknown {key} {name!r} (documented: {known}): {_snippet(frame)}"
        )
    _check_size(frame, direction)
    validator = schemas_for.validators[name]
    errors = sorted(validator.iter_errors(frame), key=lambda e: list(e.absolute_path))
    if errors:
        lines = [
            f"  at /{'/'.join(str(p) for p in e.absolute_path)}: {_snippet(e.message)}"
            for e in errors[:_MAX_REPORTED_ERRORS]
        ]
        message_id = schemas_for.message_ids[name]
        raise AssertionError(
            f"{direction} frame {key}={name!r} violates docs/asyncapi.yaml "
            f"(components/messages/{message_id}):\n" + "\n".join(lines)
        )


def validate_client_frame(frame: dict[str, Any]) -> None:
    """Raise AssertionError unless `frame` is a documented, valid client → server frame."""
    _validate(frame, schemas().client)


def validate_server_frame(frame: dict[str, Any]) -> None:
    """Raise AssertionError unless `frame` is a documented, valid server → client frame."""
    _validate(frame, schemas().server)


def parse_server_frame(raw: str | bytes) -> dict[str, Any]:
    """Check a raw server frame's size, parse it, validate it, and return the object."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if len(data) > MAX_FRAME_BYTES:
        raise AssertionError(f"server frame is {len(data)} bytes, over {MAX_FRAME_BYTES}")
    try:
        frame = json.loads(data)
    except ValueError as exc:
        raise AssertionError(f"server frame is not JSON: {_snippet(data)}") from exc
    validate_server_frame(frame)
    return cast(dict[str, Any], frame)
