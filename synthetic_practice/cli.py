"""Command line: ``synthetic-practice create | day | truth``.

Connection options default to the environment variables ``SYNTHETIC_PRACTICE_HOST``, ``_PORT``,
``_USER``, ``_PASSWORD``, ``_SOCKET`` and ``_DATABASE``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

import pymysql

from synthetic_practice.connection import ConnectionFailedError, ConnectionSettings, PracticeError
from synthetic_practice.day import apply_day
from synthetic_practice.practice import create_practice
from synthetic_practice.schema import SCHEMA_VERSIONS
from synthetic_practice.truth import ground_truth

ENV = "SYNTHETIC_PRACTICE_"
# Which option and variable to mention when a connection setting is wrong.
_SETTING_HINTS = {
    "host": "--host / SYNTHETIC_PRACTICE_HOST",
    "port": "--host and --port / SYNTHETIC_PRACTICE_HOST and SYNTHETIC_PRACTICE_PORT",
    "user": "--user / SYNTHETIC_PRACTICE_USER",
    "password": "--user and --password / SYNTHETIC_PRACTICE_USER and SYNTHETIC_PRACTICE_PASSWORD",
    "socket": "--socket / SYNTHETIC_PRACTICE_SOCKET",
    "database": "--database / SYNTHETIC_PRACTICE_DATABASE",
}
USAGE_ERROR = 2


def _env(name: str, default: str) -> str:
    return os.environ.get(ENV + name, default)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``synthetic-practice`` command."""
    parser = argparse.ArgumentParser(
        prog="synthetic-practice",
        description="Create and evolve a synthetic OpenDental practice database in MySQL/MariaDB.",
    )
    connection = argparse.ArgumentParser(add_help=False)
    group = connection.add_argument_group(
        "connection (defaults from SYNTHETIC_PRACTICE_* variables)"
    )
    group.add_argument(
        "--host", default=_env("HOST", "127.0.0.1"), help="server host (default %(default)s)"
    )
    group.add_argument(
        "--port",
        type=int,
        default=int(_env("PORT", "3306")),
        help="server port (default %(default)s)",
    )
    group.add_argument(
        "--user", default=_env("USER", "root"), help="login user (default %(default)s)"
    )
    group.add_argument("--password", default=_env("PASSWORD", ""), help="login password")
    group.add_argument(
        "--socket", default=_env("SOCKET", "") or None, help="Unix socket instead of TCP"
    )
    group.add_argument(
        "--database",
        default=_env("DATABASE", "opendental"),
        help="practice database (default %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    create = commands.add_parser(
        "create", parents=[connection], help="create (or re-create) the practice"
    )
    create.add_argument(
        "--patients", type=int, default=500, help="number of patients (default %(default)s)"
    )
    create.add_argument("--seed", type=int, default=1, help="random seed (default %(default)s)")
    create.add_argument(
        "--as-of", type=_day, default=None, help="snapshot date YYYY-MM-DD (default today)"
    )
    create.add_argument(
        "--schema-version",
        choices=SCHEMA_VERSIONS,
        default="current",
        help="the OpenDental version's tables: old lacks columns later versions added "
        "(procedurelog.DateComplete, claimproc.IsTransfer) (default %(default)s)",
    )

    day = commands.add_parser("day", parents=[connection], help="apply one clinic day of activity")
    day.add_argument("--seed", type=int, default=1, help="random seed (default %(default)s)")
    day.add_argument(
        "--date", type=_day, default=None, help="business date (default the practice's next day)"
    )

    truth = commands.add_parser(
        "truth", parents=[connection], help="print the ground-truth figures as JSON"
    )
    truth.add_argument(
        "--output", type=Path, default=None, help="write the JSON to this file instead"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    settings = ConnectionSettings(
        host=args.host,
        port=args.port,
        user=args.user,
        password=args.password,
        unix_socket=args.socket,
    )
    try:
        if args.command == "create":
            result = create_practice(
                settings,
                args.database,
                patients=args.patients,
                seed=args.seed,
                as_of=args.as_of,
                schema_version=args.schema_version,
            )
            print(
                f"created {result['database']}: {result['patients']} patients, seed "
                f"{result['seed']}, "
                f"as of {result['as_of']}, {result['schema_version']} schema, "
                f"in {result['seconds']} s"
            )
            for table, rows in result["rows"].items():
                print(f"  {table:<26} {rows:>10,}")
        elif args.command == "day":
            result = apply_day(settings, args.database, seed=args.seed, day=args.date)
            print(json.dumps(result, indent=2))
        else:
            text = json.dumps(ground_truth(settings, args.database), indent=2) + "\n"
            if args.output is None:
                sys.stdout.write(text)
            else:
                args.output.write_text(text, encoding="utf-8")
    except ConnectionFailedError as exc:
        print(
            f"error: {exc}; check {_SETTING_HINTS.get(exc.setting, exc.setting)}", file=sys.stderr
        )
        return USAGE_ERROR
    except PracticeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except pymysql.err.MySQLError as exc:
        code, message = (*exc.args, "", "")[:2]
        print(
            f"error: MySQL refused the work on {args.database!r}: {message} ({code})",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
