"""``opendental-ops``: the pipeline's operations commands (``meltano invoke ops:<command>``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from opendental_ops.connections import ConnectionFailed, pipeline_databases
from opendental_ops.verify import verify
from tap_opendental.tables import TablesFileError, TableSpec, load_tables


def _catalog_path() -> Path:
    configured = os.environ.get("TAP_OPENDENTAL_CATALOG_PATH")
    if configured:
        return Path(configured)
    return Path(os.environ.get("MELTANO_PROJECT_ROOT", ".")) / "extract" / "tables.yml"


def copied_columns(spec: TableSpec) -> list[str]:
    """The columns the tap copies: all but the sensitive ones not opted in."""
    opted_in = set(json.loads(os.environ.get("TAP_OPENDENTAL_INCLUDE_SENSITIVE_COLUMNS") or "[]"))
    return [
        column
        for column in spec.columns
        if column not in spec.sensitive_columns or f"{spec.name}.{column}" in opted_in
    ]


def check_connections(_args: argparse.Namespace) -> int:
    """Connect to each configured database and print one line for each."""
    failed = False
    for role, database in pipeline_databases().items():
        if not database.configured:
            print(
                f"{role:<10} not configured ({database.prefix}_HOST / {database.prefix}_DATABASE)"
            )
            continue
        try:
            database.connect().close()
        except ConnectionFailed as exc:
            failed = True
            print(f"{role:<10} FAILED  {exc}")
        else:
            print(f"{role:<10} ok      {database.kind} {database.describe()}")
    return 1 if failed else 0


def verify_loads(args: argparse.Namespace) -> int:
    """Compare source, replica and raw; print a line per table; exit 1 on any difference."""
    tables = load_tables(_catalog_path())
    if args.tables:
        unknown = sorted(set(args.tables) - set(tables))
        if unknown:
            print(f"error: not in tables.yml: {', '.join(unknown)}", file=sys.stderr)
            return 2
        tables = {name: tables[name] for name in args.tables}
    columns = {name: copied_columns(spec) for name, spec in tables.items()}
    raw_schema = os.environ.get("TARGET_POSTGRES_DEFAULT_TARGET_SCHEMA") or "raw"
    checks = verify(tables, columns, pipeline_databases(), raw_schema=raw_schema, deep=args.deep)
    stores = (
        [store for store in ("source", "replica", "raw") if store in checks[0].figures]
        if checks
        else []
    )
    print(f"{'table':<30}" + "".join(f"{store:>14}" for store in stores) + "  result")
    for check in checks:
        counts = "".join(
            f"{check.figures[s].get('rows', '-'):>14,}" if check.figures[s] else f"{'missing':>14}"
            for s in stores
        )
        print(f"{check.table:<30}{counts}  {'ok' if check.ok else '; '.join(check.problems)}")
    differing = [check.table for check in checks if not check.ok]
    print(
        f"\n{len(checks) - len(differing)} of {len(checks)} tables agree"
        + (f"; differ: {', '.join(differing)}" if differing else "")
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                [
                    {"table": c.table, "ok": c.ok, "problems": c.problems, "figures": c.figures}
                    for c in checks
                ],
                indent=2,
                default=str,
            )
        )
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``opendental-ops``."""
    parser = argparse.ArgumentParser(prog="opendental-ops", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "test-connections", help="connect to the source, the replica and the warehouse"
    )
    check.set_defaults(handler=check_connections)
    compare = commands.add_parser(
        "verify", help="compare source, replica and raw table by table (row counts, key sums)"
    )
    compare.add_argument(
        "--deep", action="store_true", help="also compare column types and all values (replica)"
    )
    compare.add_argument("--tables", nargs="+", metavar="TABLE", help="only these tables")
    compare.add_argument("--json", type=Path, metavar="FILE", help="also write the result as JSON")
    compare.set_defaults(handler=verify_loads)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except (ConnectionFailed, TablesFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
