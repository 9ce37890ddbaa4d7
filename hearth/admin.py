"""Hearth admin CLI: rooms, moderator/listener credentials, reports and the audit log.

    python -m hearth.admin [--local | --endpoint URL | --stack NAME] GROUP COMMAND ...

--local talks to the embedded DynamoDB of a running `make run` (it writes its address to
.hearth-local.json); --stack reads the table names from a deployed CloudFormation stack's outputs;
otherwise table names come from the HEARTH_*_TABLE environment variables and the AWS
credentials in your environment.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, TextIO

import boto3

from chalicelib.domain.credentials import mint
from chalicelib.rooms import load_rooms, room_from_config, seed_rooms
from chalicelib.settings import Settings
from chalicelib.store.dynamo import DynamoStore
from chalicelib.store.moderation import DynamoModerationStore

LOCAL_STATE = Path(__file__).resolve().parents[1] / ".hearth-local.json"
OUTPUT_KEYS = {
    "connections": "ConnectionsTableName",
    "rooms": "RoomsTableName",
    "messages": "MessagesTableName",
    "moderation": "ModerationTableName",
}


def _tables(args: argparse.Namespace, session: boto3.Session) -> dict[str, str]:
    names = Settings.from_env().table_names()
    if args.stack:
        stack = session.client("cloudformation").describe_stacks(StackName=args.stack)
        outputs = {o["OutputKey"]: o["OutputValue"] for o in stack["Stacks"][0]["Outputs"]}
        names = {k: outputs[v] for k, v in OUTPUT_KEYS.items()}
    return names


def _stores(args: argparse.Namespace) -> tuple[DynamoStore, DynamoModerationStore]:
    endpoint = args.endpoint
    if args.local:
        if not LOCAL_STATE.exists():
            raise SystemExit("no local Hearth is running: start it with `make run` first")
        endpoint = json.loads(LOCAL_STATE.read_text(encoding="utf-8"))["dynamodb_endpoint"]
        os.environ["AWS_ACCESS_KEY_ID"] = "testing"  # never sign local calls as a real identity
        os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
        os.environ.pop("AWS_SESSION_TOKEN", None)
    session = boto3.Session(
        region_name=args.region
        or os.environ.get("AWS_REGION")
        or os.environ.get("AWS_DEFAULT_REGION")
        or "us-east-1"
    )
    client = session.client("dynamodb", endpoint_url=endpoint)
    tables = _tables(args, session)
    return DynamoStore(client, tables), DynamoModerationStore(client, tables["moderation"])


def rooms_list(args: argparse.Namespace, out: TextIO) -> None:
    store, _ = _stores(args)
    for r in store.list_rooms():
        state = "open" if r.open else "closed"
        out.write(
            f"{r.id}\t{r.kind}\t{r.members}/{r.capacity}\t{r.retention_hours}h\t{state}\t{r.name}\n"
        )


def rooms_sync(args: argparse.Namespace, out: TextIO) -> None:
    store, _ = _stores(args)
    count = seed_rooms(store, load_rooms(Path(args.file)) if args.file else load_rooms())
    out.write(f"synced {count} rooms (live member counts untouched)\n")


def rooms_set(args: argparse.Namespace, out: TextIO) -> None:
    store, _ = _stores(args)
    current = store.get_room(args.id)
    base: dict[str, Any] = (
        asdict(current) if current else {"id": args.id, "topic": "", "retention_hours": 24}
    )
    entry = {k: base.get(k) for k in ("id", "name", "topic", "kind", "capacity", "retention_hours")}
    for key in ("name", "topic", "kind", "capacity", "retention_hours"):
        if getattr(args, key) is not None:
            entry[key] = getattr(args, key)
    room = room_from_config(entry)
    store.put_room(room)
    out.write(f"{'updated' if current else 'created'} room {room.id}\n")


def creds_mint(args: argparse.Namespace, out: TextIO) -> None:
    _, mods = _stores(args)
    secret, stored = mint(args.role, args.label)
    mods.put_credential(stored)
    out.write(
        f"{args.role} credential for {args.label!r} (id {stored.id}); give it to them "
        f"privately, it is shown only once:\n{secret}\n"
    )


def creds_revoke(args: argparse.Namespace, out: TextIO) -> None:
    _, mods = _stores(args)
    if not mods.revoke_credential(args.id):
        raise SystemExit(f"no credential with id {args.id}")
    out.write(f"revoked {args.id}\n")


def creds_list(args: argparse.Namespace, out: TextIO) -> None:
    _, mods = _stores(args)
    for c in mods.list_credentials():
        out.write(f"{c.id}\t{c.role}\t{'revoked' if c.revoked else 'active'}\t{c.label}\n")


def reports_list(args: argparse.Namespace, out: TextIO) -> None:
    _, mods = _stores(args)
    rows = [replace(r, reporter_session="") for r in mods.list_reports(args.limit)]
    json.dump([asdict(r) for r in rows], out, indent=2, ensure_ascii=False)
    out.write("\n")


def audit_export(args: argparse.Namespace, out: TextIO) -> None:
    _, mods = _stores(args)
    entries = [asdict(e) for e in mods.list_audit()]
    if args.format == "json":
        json.dump(entries, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=["ts", "actor", "op", "room", "target", "detail"])
    writer.writeheader()
    writer.writerows(entries)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m hearth.admin",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("--local", action="store_true", help="the embedded DynamoDB of `make run`")
    where.add_argument("--endpoint", help="a DynamoDB endpoint URL (e.g. DynamoDB Local)")
    p.add_argument("--stack", help="read table names from this CloudFormation stack")
    p.add_argument("--region", help="AWS region (default: from the environment)")
    groups = p.add_subparsers(dest="group", required=True)

    rooms = groups.add_parser("rooms", help="list, sync or edit rooms").add_subparsers(
        dest="cmd", required=True
    )
    rooms.add_parser("list").set_defaults(run=rooms_list)
    sync = rooms.add_parser("sync", help="write rooms.json to the store (idempotent)")
    sync.add_argument("--file", help="rooms file (default chalicelib/config/rooms.json)")
    sync.set_defaults(run=rooms_sync)
    rset = rooms.add_parser("set", help="create or update one room")
    rset.add_argument("id")
    rset.add_argument("--name")
    rset.add_argument("--topic")
    rset.add_argument("--kind", choices=["peer", "moderated"])
    rset.add_argument("--capacity", type=int)
    rset.add_argument("--retention-hours", dest="retention_hours", type=int)
    rset.set_defaults(run=rooms_set)

    creds = groups.add_parser("creds", help="moderator and listener credentials").add_subparsers(
        dest="cmd", required=True
    )
    cmint = creds.add_parser("mint", help="create a credential (shown once)")
    cmint.add_argument("--role", choices=["moderator", "listener"], required=True)
    cmint.add_argument("--label", required=True, help="who it is for, e.g. 'Sam, Tuesday shift'")
    cmint.set_defaults(run=creds_mint)
    crev = creds.add_parser("revoke")
    crev.add_argument("id")
    crev.set_defaults(run=creds_revoke)
    creds.add_parser("list").set_defaults(run=creds_list)

    reports = groups.add_parser("reports", help="reported messages").add_subparsers(
        dest="cmd", required=True
    )
    rlist = reports.add_parser("list")
    rlist.add_argument("--limit", type=int, default=100)
    rlist.set_defaults(run=reports_list)

    audit = groups.add_parser("audit", help="the moderation audit log").add_subparsers(
        dest="cmd", required=True
    )
    export = audit.add_parser("export")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.set_defaults(run=audit_export)
    return p


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    args = parser().parse_args(argv)
    try:
        args.run(args, out)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
