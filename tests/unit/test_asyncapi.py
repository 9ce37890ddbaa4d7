"""docs/asyncapi.yaml: its structure, its agreement with PROTOCOL.md and errors.py, and the
frame validators in tests/protocol_schema.py that integration tests rely on."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from chalicelib import errors, events, protocol
from chalicelib.domain import credentials
from chalicelib.domain.model import ROLE_LISTENER, ROLE_MEMBER, ROLE_MODERATOR, Message, Room
from tests import protocol_schema as ps
from tests.unit.test_moderation import SafeChat

PROTOCOL_MD = Path(__file__).resolve().parents[3] / "shared" / "PROTOCOL.md"
# Used only when ../shared/PROTOCOL.md is absent: the core names it defines.
CORE_ACTIONS = {"hello", "list_rooms", "join", "leave", "send", "typing", "report", "ping"}
# fmt: off
CORE_TYPES = {
    "welcome", "rooms", "joined", "left", "presence", "message", "typing", "reported", "support",
    "pong", "error",
}
EXTENSION_ACTIONS = {"mod", "list_reports"}
EXTENSION_TYPES = {"alert", "deleted", "room_update", "moderated", "reports"}
ERROR_CODES = {
    "bad_json", "bad_frame", "unknown_action", "invalid_field", "too_long", "frame_too_large",
    "hello_required", "not_found", "not_in_room", "room_full", "room_closed", "rate_limited",
    "muted", "banned", "forbidden", "guidelines_required", "contact_info", "harmful_content",
    "unavailable", "internal",
}
# fmt: on


def _first_examples(schemas_for: ps.FrameSchemas) -> dict[str, dict[str, Any]]:
    """One documented example per frame name; copied, since the loaded document is shared."""
    return {name: copy.deepcopy(ex[0]) for name, ex in schemas_for.examples.items() if ex}


VALID_CLIENT = _first_examples(ps.schemas().client)
VALID_SERVER = _first_examples(ps.schemas().server)
MSG = {k: v for k, v in VALID_SERVER["message"].items() if k != "type"}
ROOM = VALID_SERVER["rooms"]["rooms"][0]
# Valid variants the examples do not show: optional fields absent, nulls, other enum values.
MORE_VALID_SERVER = [
    {**VALID_SERVER["welcome"], "role": "moderator", "rooms": []},
    {**VALID_SERVER["joined"], "history": [MSG], "members": []},
    {**VALID_SERVER["message"], "text": "line one\nline two — ünïcode 💛"},
    {"type": "error", "code": "too_long", "message": "Too long.", "field": "text"},
    {**VALID_SERVER["room_update"], "pinned": None},
    {"type": "support", "reason": "urgent", "text": "We're here.", "resources": []},
    {**VALID_SERVER["alert"], "level": "concern", "signals": ["self_harm"]},
    {**VALID_SERVER["alert"], "signals": ["plan"], "future_field": 1},
    {"type": "alert", "room": "lounge", "level": "report", "message_id": "m-1", "reason": ""},
    {**VALID_SERVER["left"], "reason": "removed_by_moderator"},
    {**VALID_SERVER["presence"], "role": "listener"},
    {**VALID_SERVER["message"], "role": "moderator"},
    {**VALID_SERVER["reported"], "duplicate": True},
    {**VALID_SERVER["room_update"], "pinned": {"url": "https://findahelpline.com"}},
    {"type": "error", "code": "banned", "message": "Removed."},
    {"type": "error", "code": "rate_limited", "message": "Too many credential attempts."},
    {
        "type": "error",
        "code": "room_closed",
        "message": "Closed.",
        "open_rooms": [],
        "resources": [],
    },
    {"type": "moderated", "op": "unlock", "room": "lounge", "locked": False},
    {"type": "moderated", "op": "pin", "room": "lounge"},
    {"type": "moderated", "op": "slow", "room": "lounge", "slow_s": 0},
]


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return ps.schemas().document


def _walk(node: Any) -> Iterator[Any]:
    yield node
    children = (
        node.values() if isinstance(node, Mapping) else node if isinstance(node, list) else []
    )
    for child in children:
        yield from _walk(child)


def _protocol_rows(section: str) -> list[tuple[str, str, str]]:
    """Rows `| `name` | fields | reply? |` of the PROTOCOL.md table under `section`.

    Without ../shared/PROTOCOL.md (a lone clone), falls back to the core names alone.
    """
    if not PROTOCOL_MD.exists():
        names = CORE_ACTIONS if section.startswith("## Client") else CORE_TYPES
        return [(name, "", "") for name in sorted(names)]
    text = PROTOCOL_MD.read_text(encoding="utf-8").split(section, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| `") and len(cells) >= 2:
            rows.append((cells[0].strip("`"), cells[1], cells[2] if len(cells) > 2 else ""))
    return rows


def _identifiers(cell: str) -> set[str]:
    """Backticked names in a table cell, including `{a, b?}` lists and `"quoted"` values."""
    names: set[str] = set()
    for token in re.findall(r"`([^`]+)`", cell):
        for part in re.split(r"[{},\s]+", token):
            name = part.strip('"').rstrip("?")
            if re.fullmatch(r"[a-z_]+", name):
                names.add(name)
    return names


def _vocabulary(doc: Mapping[str, Any], schema: Any, seen: set[int] | None = None) -> set[str]:
    """Every property name and enum/const string reachable from a schema."""
    seen = set() if seen is None else seen
    node = ps.deref(doc, schema)
    if id(node) in seen or not isinstance(node, (Mapping, list)):
        return set()
    seen.add(id(node))
    words: set[str] = set()
    if isinstance(node, Mapping):
        words |= set(node.get("properties", {}))
        words |= {v for v in node.get("enum", []) if isinstance(v, str)}
        words |= {node["const"]} if isinstance(node.get("const"), str) else set()
    for child in node.values() if isinstance(node, Mapping) else node:
        words |= _vocabulary(doc, child, seen)
    return words


def _payload(doc: Mapping[str, Any], schemas_for: ps.FrameSchemas, name: str) -> Any:
    return doc["components"]["messages"][schemas_for.message_ids[name]]["payload"]


# ---- the document -----------------------------------------------------------------------


def test_document_is_asyncapi_3_with_servers_channel_and_two_operations(
    doc: dict[str, Any],
) -> None:
    assert re.fullmatch(r"3\.\d+\.\d+", str(doc["asyncapi"]))
    assert doc["info"]["title"] and doc["info"]["version"]
    assert doc["servers"]["local"]["protocol"] == "ws"
    assert (
        doc["servers"]["local"]["host"] + doc["servers"]["local"]["pathname"] == "127.0.0.1:8000/ws"
    )
    aws = doc["servers"]["aws"]
    assert aws["protocol"] == "wss" and "{host}" in aws["host"]
    assert set(aws["variables"]) >= {"host", "stage"}
    assert list(doc["channels"]) == ["socket"]
    ops = doc["operations"]
    assert ops[ps.SEND_OPERATION]["action"] == "send"
    assert ops[ps.RECEIVE_OPERATION]["action"] == "receive"


def test_every_ref_in_the_document_resolves(doc: dict[str, Any]) -> None:
    refs = [n["$ref"] for n in _walk(doc) if isinstance(n, Mapping) and "$ref" in n]
    assert len(refs) > 50
    for ref in refs:
        assert ps.resolve_local(doc, ref) is not None, ref


def test_operations_use_the_channel_messages_each_exactly_once(doc: dict[str, Any]) -> None:
    # GIVEN the channel's messages WHEN collecting the operations' references THEN they match 1:1
    channel = doc["channels"]["socket"]["messages"]
    used = [m["$ref"] for op in doc["operations"].values() for m in op["messages"]]
    assert all(op["channel"] == {"$ref": "#/channels/socket"} for op in doc["operations"].values())
    assert sorted(used) == sorted(f"#/channels/socket/messages/{k}" for k in channel)
    for message in doc["components"]["messages"].values():
        assert message["name"] and "$ref" in message["payload"]


def test_every_component_schema_is_a_valid_json_schema(doc: dict[str, Any]) -> None:
    # check_schema raises SchemaError, naming the bad keyword, for an invalid schema
    assert len(doc["components"]["schemas"]) > 30
    for schema in doc["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_client_frames_are_closed_and_server_frames_open(doc: dict[str, Any]) -> None:
    for action in ps.client_actions():
        payload = ps.deref(doc, _payload(doc, ps.schemas().client, action))
        assert payload["additionalProperties"] is False, action
        assert "ref" in payload["properties"], action
    for type_ in ps.server_types():
        ps.validate_server_frame({**VALID_SERVER[type_], "future_field": {"x": 1}})


def test_extensions_are_marked_and_core_is_not(doc: dict[str, Any]) -> None:
    messages = doc["components"]["messages"]
    for direction, names in (
        (ps.schemas().client, ps.client_actions()),
        (ps.schemas().server, ps.server_types()),
    ):
        for name in names:
            status = messages[direction.message_ids[name]].get("x-status")
            extension = name in EXTENSION_ACTIONS | EXTENSION_TYPES
            assert status == ("extension" if extension else None), name


# ---- agreement with PROTOCOL.md and the code ------------------------------------------


def test_documents_the_core_extension_names_and_error_codes(doc: dict[str, Any]) -> None:
    assert ps.client_actions() == CORE_ACTIONS | EXTENSION_ACTIONS
    assert ps.server_types() == CORE_TYPES | EXTENSION_TYPES
    assert set(doc["components"]["schemas"]["ErrorCode"]["enum"]) == ERROR_CODES


def test_every_error_code_in_errors_py_is_documented(doc: dict[str, Any]) -> None:
    pending = list(errors.HearthError.__subclasses__())
    codes = {errors.HearthError.code}
    while pending:
        cls = pending.pop()
        codes.add(cls.code)
        pending.extend(cls.__subclasses__())
    assert len(codes) > 10
    assert codes <= set(doc["components"]["schemas"]["ErrorCode"]["enum"])


@pytest.mark.parametrize(
    ("section", "direction"),
    [("## Client → server", "client"), ("## Server → client", "server")],
)
def test_every_protocol_md_row_is_documented_with_its_fields(
    doc: dict[str, Any], section: str, direction: str
) -> None:
    # GIVEN the tables of the wire contract
    rows = _protocol_rows(section)
    assert len(rows) >= 8
    schemas_for = getattr(ps.schemas(), direction)
    for name, fields, reply in rows:
        # THEN each name has a schema that knows every field and enum value the row names
        assert name in schemas_for.validators, f"{direction} {name!r} is not in asyncapi.yaml"
        missing = _identifiers(fields) - _vocabulary(doc, _payload(doc, schemas_for, name))
        assert not missing, f"{name}: {sorted(missing)} not in its schema"
        assert _identifiers(reply) <= ps.server_types(), f"{name} replies {reply!r}"


# ---- the frame validators ---------------------------------------------------------------


def test_every_documented_frame_has_an_example() -> None:
    assert set(VALID_CLIENT) == ps.client_actions()
    assert set(VALID_SERVER) == ps.server_types()


@pytest.mark.parametrize("action", sorted(VALID_CLIENT))
def test_documented_client_examples_validate(action: str) -> None:
    for example in ps.schemas().client.examples[action]:
        ps.validate_client_frame(example)


@pytest.mark.parametrize("type_", sorted(VALID_SERVER))
def test_documented_server_examples_validate_and_round_trip(type_: str) -> None:
    for example in ps.schemas().server.examples[type_]:
        assert ps.parse_server_frame(json.dumps(example)) == example


@pytest.mark.parametrize("frame", MORE_VALID_SERVER, ids=lambda f: str(f["type"]))
def test_valid_variants_of_server_frames_pass(frame: dict[str, Any]) -> None:
    ps.validate_server_frame(frame)


def _without(frame: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in frame.items() if k != key}


MUTE = {"action": "mod", "op": "mute", "room": "lounge", "alias": "Loud Crow", "duration_s": 60}
BAD_CLIENT = {
    "unknown action": ({"action": "shout", "room": "lounge"}, "unknown action 'shout'"),
    "no action": ({"room": "lounge"}, "unknown action None"),
    "not an object": (["send"], "must be a JSON object"),
    "missing room": (_without(VALID_CLIENT["join"], "room"), "'room' is a required property"),
    "missing text": (_without(VALID_CLIENT["send"], "text"), "'text' is a required"),
    "text too long": ({**VALID_CLIENT["send"], "text": "x" * 2001}, "is too long"),
    "text blank": ({**VALID_CLIENT["send"], "text": "  \n "}, "does not match"),
    "text empty": ({**VALID_CLIENT["send"], "text": ""}, "should be non-empty"),
    "text with tab": ({**VALID_CLIENT["send"], "text": "a\tb"}, "does not match"),
    "text with C1": ({**VALID_CLIENT["send"], "text": "a\x85b"}, "does not match"),
    "client_id too long": ({**VALID_CLIENT["send"], "client_id": "c" * 65}, "is too long"),
    "ref too long": ({**VALID_CLIENT["ping"], "ref": "r" * 65}, "/ref"),
    "ref not string": ({**VALID_CLIENT["ping"], "ref": 7}, "is not of type 'string'"),
    "room wrong type": ({"action": "join", "room": 3}, "is not of type 'string'"),
    "guidelines not bool": ({"action": "hello", "accept_guidelines": "yes"}, "'boolean'"),
    "typo field": ({"action": "hello", "tokn": "t"}, "'tokn' was unexpected"),
    "report no id": (_without(VALID_CLIENT["report"], "message_id"), "'message_id' is a"),
    "mod bad op": ({"action": "mod", "op": "smite", "room": "lounge"}, "is not one of"),
    "mod delete no id": ({"action": "mod", "op": "delete", "room": "lounge"}, "'message_id'"),
    "mod mute no alias": ({"action": "mod", "op": "mute", "room": "lounge"}, "'alias'"),
    "mod slow no seconds": ({"action": "mod", "op": "slow", "room": "lounge"}, "'seconds'"),
    "frame too large": ({"action": "hello", "token": "t" * 1000, "x": "y" * 17_000}, "bytes, over"),
    "hello country 3": ({"action": "hello", "country": "GBR"}, "does not match"),
    "mod ban forever": ({**MUTE, "op": "ban", "duration_s": 2_592_001}, "is greater than"),
    "mod pin http": ({"action": "mod", "op": "pin", "room": "x", "url": "http://a"}, "/url"),
    "mod pin too long": ({"action": "mod", "op": "pin", "room": "x", "text": "p" * 501}, "/text"),
    "list_reports room": ({"action": "list_reports", "room": "lounge"}, "'room' was unexpected"),
}


@pytest.mark.parametrize("case", sorted(BAD_CLIENT))
def test_invalid_client_frames_fail_with_a_clear_message(case: str) -> None:
    frame, expected = BAD_CLIENT[case]
    with pytest.raises(AssertionError) as raised:
        ps.validate_client_frame(frame)  # type: ignore[arg-type]
    assert expected in str(raised.value)


def _changed(type_: str, **changes: Any) -> dict[str, Any]:
    frame = copy.deepcopy(VALID_SERVER[type_])
    frame.update(changes)
    return frame


REPORT = VALID_SERVER["reports"]["reports"][0]
BAD_SERVER = {
    "unknown type": ({"type": "shout"}, "unknown type 'shout'"),
    "ts as string": (_changed("message", ts="1760000000000"), "is not of type 'integer'"),
    "ts as bool": (_changed("pong", ts=True), "is not of type 'integer'"),
    "message no alias": (_without(VALID_SERVER["message"], "alias"), "'alias' is a required"),
    "message text too long": (_changed("message", text="x" * 2001), "is too long"),
    "message text with NUL": (_changed("message", text="a\x00b"), "does not match"),
    "welcome no token": (_without(VALID_SERVER["welcome"], "token"), "'token' is a required"),
    "welcome bad role": (_changed("welcome", role="admin"), "is not one of"),
    "welcome no role": (_without(VALID_SERVER["welcome"], "role"), "'role' is a required"),
    "room bad kind": (_changed("rooms", rooms=[{**ROOM, "kind": "group"}]), "/rooms/0/kind"),
    "room no capacity": (_changed("rooms", rooms=[_without(ROOM, "capacity")]), "'capacity'"),
    "history item no ts": (_changed("joined", history=[_without(MSG, "ts")]), "/history/0"),
    "history over 50": (_changed("joined", history=[MSG] * 51), "is too long"),
    "members not list": (_changed("joined", members="Quiet Heron"), "is not of type 'array'"),
    "presence bad state": (_changed("presence", state="away"), "is not one of"),
    "presence count str": (_changed("presence", members="2"), "is not of type 'integer'"),
    "undocumented code": (_changed("error", code="oops"), "/code"),
    "error no message": (_without(VALID_SERVER["error"], "message"), "'message' is a required"),
    "resource no name": (_changed("support", resources=[{"phone": "988"}]), "'name' is a"),
    "alert bad level": (_changed("alert", level="meh"), "is not one of"),
    "room_update no slow": (_without(VALID_SERVER["room_update"], "slow_s"), "'slow_s'"),
    "history too large": (_changed("joined", history=[{**MSG, "text": "é" * 2000}] * 5), "bytes"),
    "welcome no resources": (_without(VALID_SERVER["welcome"], "resources"), "'resources' is a"),
    "resource no contact": (_changed("welcome", resources=[{"name": "X"}]), "/resources/0"),
    "joined no room_state": (_without(VALID_SERVER["joined"], "room_state"), "'room_state'"),
    "joined no moderators": (_without(VALID_SERVER["joined"], "moderators"), "'moderators'"),
    "message role member": (_changed("message", role="member"), "/role"),
    "left bad reason": (_changed("left", reason="bored"), "/reason"),
    "reported no duplicate": (_without(VALID_SERVER["reported"], "duplicate"), "'duplicate'"),
    "support reason report": (_changed("support", reason="report"), "/reason"),
    "field on not_found": (_changed("error", code="not_found", field="room"), "should not be"),
    "invalid_field no field": (_changed("error", code="invalid_field"), "'field' is a required"),
    "muted no retry": (_without(_changed("error", code="muted"), "retry_after_ms"), "'retry_after"),
    "retry on not_found": (_changed("error", code="not_found"), "/code"),
    "open_rooms not closed": (_changed("error", open_rooms=[], resources=[]), "/code"),
    "alert no signals": (_without(VALID_SERVER["alert"], "signals"), "'signals' is a required"),
    "alert withheld no text": (_changed("alert", withheld=True), "'text' is a required"),
    "alert text not withheld": (_changed("alert", text="hi"), "should not be"),
    "report alert with signals": (_changed("alert", level="report"), "should not be"),
    "pinned http": (_changed("room_update", pinned={"url": "http://a.b"}), "/pinned"),
    "pinned empty": (_changed("room_update", pinned={}), "/pinned"),
    "slow over an hour": (_changed("room_update", slow_s=3601), "/slow_s"),
    "mute no until": (_without(VALID_SERVER["moderated"], "until"), "'until' is a required"),
    "lock not locked": (_changed("moderated", op="lock", locked=False), "/locked"),
    "report no text": (_changed("reports", reports=[_without(REPORT, "text")]), "'text' is a"),
}


@pytest.mark.parametrize("case", sorted(BAD_SERVER))
def test_invalid_server_frames_fail_with_a_clear_message(case: str) -> None:
    frame, expected = BAD_SERVER[case]
    with pytest.raises(AssertionError) as raised:
        ps.validate_server_frame(frame)
    assert expected in str(raised.value)


def test_parse_server_frame_rejects_non_json_and_oversized_raw_frames() -> None:
    with pytest.raises(AssertionError, match="not JSON"):
        ps.parse_server_frame("{not json")
    raw = json.dumps(VALID_SERVER["pong"]) + " " * ps.MAX_FRAME_BYTES
    with pytest.raises(AssertionError, match="over 16384"):
        ps.parse_server_frame(raw)


def test_message_event_and_history_share_one_record_schema(doc: dict[str, Any]) -> None:
    # GIVEN a message as delivered live WHEN it is replayed in history THEN it still validates
    live = VALID_SERVER["message"]
    ps.validate_server_frame(_changed("joined", history=[live]))
    record = doc["components"]["schemas"]["MessageRecord"]
    assert set(record["required"]) == {"room", "id", "alias", "text", "ts"}


def test_schema_limits_match_the_parser_constants(doc: dict[str, Any]) -> None:
    # GIVEN the limits chalicelib/protocol.py enforces THEN the document states the same ones
    schemas = doc["components"]["schemas"]
    hello = schemas["HelloAction"]["properties"]
    mod = schemas["ModAction"]["properties"]
    assert schemas["MessageText"]["maxLength"] == protocol.MAX_TEXT
    assert schemas["Ref"]["maxLength"] == protocol.MAX_REF
    assert schemas["ClientId"]["maxLength"] == protocol.MAX_CLIENT_ID
    assert schemas["RoomId"]["maxLength"] == protocol.MAX_ID
    assert schemas["MessageId"]["maxLength"] == protocol.MAX_ID
    assert schemas["ReportAction"]["properties"]["reason"]["maxLength"] == protocol.MAX_REASON
    assert hello["token"]["maxLength"] == protocol.MAX_TOKEN
    assert hello["credential"]["maxLength"] == protocol.MAX_CREDENTIAL
    assert mod["duration_s"]["maximum"] == protocol.MAX_DURATION_S
    assert schemas["PinText"]["allOf"][1]["maxLength"] == protocol.MAX_PIN
    assert schemas["PinUrl"]["maxLength"] == protocol.MAX_URL
    assert tuple(schemas["ModOp"]["enum"]) == protocol.MOD_OPS
    assert set(schemas["Role"]["enum"]) == {ROLE_MEMBER, ROLE_MODERATOR, ROLE_LISTENER}
    assert ps.MAX_FRAME_BYTES == protocol.MAX_FRAME_BYTES


_SLOW = {"action": "mod", "op": "slow", "room": "lounge", "seconds": 5}
_PIN = {"action": "mod", "op": "pin", "room": "lounge"}
# Frames on both sides of each limit: the parser and the document must agree on every one.
AGREEMENT: dict[str, dict[str, Any]] = {
    "country GB": {"action": "hello", "country": "GB"},
    "country lower": {"action": "hello", "country": "ie"},
    "country 3 letters": {"action": "hello", "country": "GBR"},
    "country digit": {"action": "hello", "country": "G1"},
    "country empty": {"action": "hello", "country": ""},
    "country number": {"action": "hello", "country": 44},
    "credential at limit": {"action": "hello", "credential": "c" * 256},
    "credential over": {"action": "hello", "credential": "c" * 257},
    "duration 1": {**MUTE, "duration_s": 1},
    "duration 0": {**MUTE, "duration_s": 0},
    "duration 30 days": {**MUTE, "duration_s": 2_592_000},
    "duration over": {**MUTE, "duration_s": 2_592_001},
    "duration bool": {**MUTE, "duration_s": True},
    "duration float": {**MUTE, "duration_s": 1.5},
    "seconds 0": {**_SLOW, "seconds": 0},
    "seconds 3600": {**_SLOW, "seconds": 3600},
    "seconds 3601": {**_SLOW, "seconds": 3601},
    "seconds negative": {**_SLOW, "seconds": -1},
    "url https": {**_PIN, "url": "https://findahelpline.com"},
    "url http": {**_PIN, "url": "http://findahelpline.com"},
    "url at limit": {**_PIN, "url": "https://" + "a" * 292},
    "url over": {**_PIN, "url": "https://" + "a" * 293},
    "pin text at limit": {**_PIN, "text": "p" * 500},
    "pin text over": {**_PIN, "text": "p" * 501},
    "pin text tab": {**_PIN, "text": "a\tb"},
    "pin nothing": _PIN,
    "op unknown": {**_SLOW, "op": "smite"},
    "mod no room": _without(_SLOW, "room"),
    "reason at limit": {**VALID_CLIENT["report"], "reason": "r" * 500},
    "reason over": {**VALID_CLIENT["report"], "reason": "r" * 501},
    "text at limit": {**VALID_CLIENT["send"], "text": "t" * 2000},
    "text over": {**VALID_CLIENT["send"], "text": "t" * 2001},
    "list_reports": {"action": "list_reports", "ref": "r"},
}


@pytest.mark.parametrize("case", sorted(AGREEMENT))
def test_the_parser_and_the_document_accept_the_same_client_frames(case: str) -> None:
    # GIVEN a frame at or just past a limit WHEN both the parser and the schema judge it
    frame = AGREEMENT[case]
    try:
        protocol.parse_command(frame)
        parsed = True
    except errors.HearthError as e:
        assert e.code in ("invalid_field", "too_long")
        parsed = False
    try:
        ps.validate_client_frame(frame)
        documented = True
    except AssertionError:
        documented = False
    # THEN they agree
    assert parsed == documented, f"parser {'accepts' if parsed else 'rejects'} {case}"


def test_self_contained_event_builders_produce_documented_frames() -> None:
    # GIVEN real domain objects WHEN the event builders encode them THEN each validates
    # (welcome, joined and reported are completed by the service: see the tour below)
    room = Room("circle", "Circle", "t", "moderated", 20, 12, moderators=1, slow_s=10)
    msg = Message("lounge", "1760000000000-0a1b2c3d", "Quiet Heron", "hi", 1_760_000_000_000, "c1")
    mod_msg = Message(
        "lounge", "1760000000001-0a1b2c3d", "Calm Owl", "hi", 1, None, "", "moderator"
    )
    help_ = [{"name": "Find A Helpline", "url": "https://findahelpline.com"}]
    frames = [
        events.rooms([room], None),
        events.left("lounge", None),
        events.presence("lounge", "Calm Otter", "joined", 2, "listener"),
        events.message_event(msg, "r3"),
        events.message_event(mod_msg),
        events.typing("lounge", "Calm Otter"),
        events.pong(1_760_000_000_000, "r4"),
        events.error("too_long", "Too long.", "r5", field="text"),
        events.error("room_closed", "Closed.", "r6", open_rooms=["lounge"], resources=help_),
        events.support("urgent", "We're here.", help_),
        events.alert("lounge", "concern", msg.id, msg.alias, signals=["self_harm"]),
        events.alert("lounge", "report", msg.id, msg.alias, reason=""),
        events.deleted("lounge", msg.id),
        events.room_update(room),
        events.room_update(replace(room, pinned={"text": "You matter."}, locked=True)),
        events.moderated("ban", "lounge", "m1", alias="Loud Crow", until=1),
        events.reports([{**REPORT, "reason": "unkind"}], None),
    ]
    for frame in frames:
        ps.parse_server_frame(protocol.encode(frame))
    assert events.room_update(room)["open"] is True


# ---- a tour of the real service: every frame it sends must be documented ------------------

CRISIS = "I can't go on anymore, I want to kill myself"
METHOD = "I've saved up 40 pills and will take them all tonight"


class Tour:
    """ChatService on fakes; every client frame is validated before it is handled, unless it is
    deliberately bad (`documented=False`)."""

    def __init__(self) -> None:
        self.chat = SafeChat()
        self.alias: dict[str, str] = {}

    def do(self, cid: str, documented: bool = True, **frame: Any) -> dict[str, Any]:
        if documented:
            ps.validate_client_frame(frame)
        return self.chat.do(cid, **frame)

    def enter(self, cid: str, room: str | None = "lounge", **hello: Any) -> dict[str, Any]:
        self.chat.service.connect(cid)
        welcome = self.do(cid, action="hello", **hello)
        self.alias[cid] = welcome.get("alias", "")
        if room is not None:
            self.do(cid, action="join", room=room)
        return welcome

    def sent(self) -> list[dict[str, Any]]:
        return [f for frames in self.chat.gateway.sent.values() for f in frames]


def _tour_people(t: Tour) -> None:
    creds = t.chat.creds
    mod = t.enter("mod", credential=creds["moderator"], accept_guidelines=True, country="gb")
    assert mod["role"] == "moderator" and mod["resources"][0]["country"] == "GB"
    t.enter("a", accept_guidelines=True, country="US", ref="h")
    t.enter("b", accept_guidelines=True)
    t.enter("l", credential=creds["listener"], accept_guidelines=True)
    t.enter("new")
    assert t.do("new", action="send", room="lounge", text="hi")["code"] == "guidelines_required"
    assert t.enter("x", None, credential="abc.nope")["code"] == "forbidden"
    assert t.do("x", documented=False, action="hello", country="GBR")["field"] == "country"


def _tour_rooms(t: Tour) -> None:
    closed = t.do("a", action="join", room="circle", ref="j")
    assert closed["code"] == "room_closed" and "lounge" in closed["open_rooms"]
    t.do("mod", action="join", room="circle")
    assert t.do("a", action="join", room="circle")["moderators"] == [t.alias["mod"]]
    t.do("mod", action="leave", room="circle", ref="bye")
    assert t.do("a", action="send", room="circle", text="hello?")["code"] == "room_closed"
    t.do("a", action="typing", room="lounge")
    t.do("a", action="list_rooms")
    t.do("a", action="ping", ref="p")


def _tour_safety(t: Tour) -> dict[str, Any]:
    msg = t.do("a", action="send", room="lounge", text="rough day", client_id="c1", ref="s")
    assert t.do("a", action="send", room="lounge", text=CRISIS)["type"] == "support"
    assert t.do("a", action="send", room="lounge", text=METHOD)["type"] == "support"
    blocked = t.do("a", action="send", room="lounge", text="email me: sam at gmail dot com")
    assert blocked["code"] == "contact_info"
    harmful = t.do("b", action="send", room="lounge", text="you are an attention seeker")
    assert harmful["code"] == "harmful_content"
    for _ in range(2):
        t.do("b", action="report", room="lounge", message_id=msg["id"], reason="unkind")
    t.do("l", action="report", room="lounge", message_id=msg["id"])
    assert len(t.do("mod", action="list_reports", ref="r")["reports"]) == 2
    return msg


def _tour_moderation(t: Tour, msg: dict[str, Any]) -> None:
    def mod(**frame: Any) -> dict[str, Any]:
        return t.do("mod", action="mod", room="lounge", ref=str(frame["op"]), **frame)

    mod(op="slow", seconds=5)
    t.chat.clock.advance(10)
    t.do("b", action="send", room="lounge", text="one")
    assert t.do("b", action="send", room="lounge", text="two")["retry_after_ms"] > 0
    for op in ("lock", "unlock"):
        mod(op=op)
    mod(op="pin", text="You matter.", url="https://findahelpline.com")
    mod(op="pin")
    mod(op="mute", alias=t.alias["a"], duration_s=60)
    assert t.do("a", action="send", room="lounge", text="hi")["code"] == "muted"
    mod(op="unmute", alias=t.alias["a"])
    mod(op="delete", message_id=msg["id"])
    mod(op="kick", alias=t.alias["b"])
    assert t.do("mod", documented=False, action="mod", op="ban", room="lounge")["field"]
    assert t.do("a", action="mod", op="lock", room="lounge")["code"] == "forbidden"
    assert t.do("a", action="list_reports")["code"] == "forbidden"
    mod(op="ban", alias=t.alias["a"])
    assert t.do("a", action="list_rooms")["code"] == "hello_required"


def _tour_errors(t: Tour) -> None:
    for body in ("{nope", "[]", '{"action":"fly"}', '{"action":"ping","x":"' + "y" * 17000 + '"}'):
        t.chat.service.handle("b", body)
    t.do("b", documented=False, action="send", room="lounge", text="t" * 2001)
    t.do("b", action="join", room="no-such-room")
    t.do("b", action="leave", room="grief")
    t.do("b", action="report", room="lounge", message_id="gone")


def test_every_frame_the_service_sends_is_documented_and_every_type_is_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(credentials, "ITERATIONS", 1_000)  # PBKDF2 cost is for attackers
    # GIVEN people with every role WHEN they use every action, safety rule and mod op
    t = Tour()
    _tour_people(t)
    _tour_rooms(t)
    _tour_moderation(t, _tour_safety(t))
    _tour_errors(t)
    t.chat.service.connect("a2")
    token = t.chat.frames("a", "welcome")[0]["token"]
    assert t.do("a2", action="hello", token=token)["retry_after_ms"] > 0  # still banned
    # THEN every frame the service sent validates, and every documented type was seen
    frames = t.sent()
    for frame in frames:
        ps.validate_server_frame(frame)
    assert {f["type"] for f in frames} == ps.server_types()
    codes = {f["code"] for f in frames if f["type"] == "error"}
    assert codes == ERROR_CODES - {"room_full", "unavailable", "internal"}
    # AND the conditional parts of the document were exercised by real frames
    alerts = [f for f in frames if f["type"] == "alert"]
    assert {a["level"] for a in alerts} >= {"report"} and any(a.get("withheld") for a in alerts)
    assert any(f["type"] == "left" and f.get("reason") for f in frames)
    assert any(f.get("role") == "listener" for f in frames if f["type"] == "presence")
    assert {f["op"] for f in frames if f["type"] == "moderated"} == set(protocol.MOD_OPS)
    assert any(f.get("reason") for f in frames if f["type"] == "support")
