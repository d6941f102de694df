"""``opendental-ops``: the pipeline's operations commands (``meltano invoke ops:<command>``).

Commands: test-connections, verify, status, dry-run, validate-config, show-config, report,
notify, add-practice, practice-sources. Each has ``--help``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from opendental_ops import commands
from opendental_ops.connections import ConnectionFailed
from opendental_ops.meltano import MeltanoError
from opendental_ops.practices import MAIN_PRACTICE, PracticeError
from opendental_ops.report import ReportError
from opendental_ops.settings import SettingError
from tap_opendental.tables import TablesFileError

#: Errors that stop a command with one line on stderr and exit code 2.
_EXPECTED = (
    ConnectionFailed,
    TablesFileError,
    MeltanoError,
    ReportError,
    SettingError,
    PracticeError,
    commands.UsageError,
)


def _job(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--job", default="nightly", help="the Meltano job (default: %(default)s)")


def _tables(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--tables", nargs="+", metavar="TABLE", help=what)


def _practice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--practice",
        default=MAIN_PRACTICE,
        metavar="ID",
        help="a practice of the group (default: the project's own, %(default)s)",
    )


def _add_verify(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "verify", help="compare source, replica and raw table by table (row counts, key sums)"
    )
    parser.add_argument(
        "--deep", action="store_true", help="also compare column types and all values (replica)"
    )
    _tables(parser, "only these tables")
    _practice(parser)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the result as JSON")
    parser.set_defaults(handler=commands.verify_loads)


def _add_status(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "status",
        help="last run of every table: when, rows, seconds, bookmark, result",
        description="The last run of every table in each extract-load pair of the job, from "
        "Meltano's run records (meltano logs list) and its state (meltano state get), where "
        "the tap keeps each table's bookmark and the figures of its last run.",
    )
    _job(parser)
    parser.add_argument(
        "--state-id",
        nargs="+",
        metavar="ID",
        help="these state IDs instead of the job's pairs (see `meltano state list`)",
    )
    _tables(parser, "only these tables")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=commands.show_status)


def _add_dry_run(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "dry-run",
        help="what the next run would read from each table, and why; reads nothing",
        description="Per table: skipped, read whole or read from which bookmark, the look-back "
        "window, whether keys are due to be sent to retire deleted rows. From the tap's "
        "settings (meltano config print) and the bookmarks Meltano holds (meltano state get).",
    )
    _job(parser)
    parser.add_argument(
        "--extractor", help="the extractor whose settings apply (default: the job's first)"
    )
    parser.add_argument(
        "--state-id", help="the bookmarks to start from (default: the extractor's pair in the job)"
    )
    _tables(parser, "only these tables")
    parser.add_argument(
        "--full-refresh", action="store_true", help="as `meltano run --full-refresh` would"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=commands.dry_run)


def _add_config(sub: argparse._SubParsersAction) -> None:
    validate = sub.add_parser(
        "validate-config",
        help="check tables.yml, the settings, meltano.yml and (--connect) the connections",
    )
    _job(validate)
    validate.add_argument(
        "--connect", action="store_true", help="also connect to every database the job uses"
    )
    validate.set_defaults(handler=commands.validate_config)
    show = sub.add_parser(
        "show-config", help="print the effective settings by section, secrets redacted"
    )
    show.add_argument(
        "--section",
        nargs="+",
        metavar="NAME",
        help="only these sections: source replica warehouse catalog alerts report meltano",
    )
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=commands.show_config)


def _add_report(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "report",
        help="write the run report (JSON, text, HTML with a chart) for the last run",
        description="Collects the job's last run (or --run-id) from Meltano's run records and "
        "state (the figures each table's sync left there), the verification (ops:verify "
        "--json) and dbt's run_results.json, "
        "and writes report.json, report.txt and report.html to OPS_REPORT_DIR/<run start>/ "
        "and OPS_REPORT_DIR/latest/.",
    )
    _job(parser)
    parser.add_argument("--run-id", help="report on this run (see `meltano logs list`)")
    parser.add_argument(
        "--verification",
        type=Path,
        metavar="FILE",
        help="ops:verify --json output (default: OPS_REPORT_DIR/verification.json)",
    )
    parser.add_argument(
        "--dbt-results",
        type=Path,
        metavar="FILE",
        help="dbt's run_results.json (default: DBT_TARGET_PATH or transform/target)",
    )
    parser.add_argument(
        "--output-dir", type=Path, metavar="DIR", help="write here instead of OPS_REPORT_DIR"
    )
    parser.add_argument(
        "--fail-on-problems", action="store_true", help="exit 1 when the run failed"
    )
    parser.set_defaults(handler=commands.write_report)


def _add_notify(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "notify",
        help="alert every notification URL when the run failed; nothing when none is set",
        description="Sends one message through apprise to every URL of OPS_NOTIFY_URLS (Slack, "
        "mail, Teams, a JSON webhook ...; the former OPS_WEBHOOK_URL and OPS_SMTP_* too), with "
        "report.html attached where the service takes attachments. A success sends nothing "
        "unless --always is given.",
    )
    parser.add_argument(
        "--status", choices=("failure", "success"), help="the run's outcome (default: the report's)"
    )
    parser.add_argument("--message", help="what to say (for example, which task failed)")
    parser.add_argument(
        "--report", type=Path, metavar="PATH", help="a report.json, or its directory"
    )
    parser.add_argument(
        "--always", action="store_true", help="alert on success too (default: failures only)"
    )
    parser.set_defaults(handler=commands.send_alert)


def _add_practice(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "add-practice",
        help="add a practice to the group: write extract/practices/<id>.meltano.yml",
        description="Writes the practice's Meltano plugin instances (its source, replica and "
        "raw schema raw_<id>) and its jobs nightly--<id> and warehouse--<id>. Then set its "
        "TAP_OPENDENTAL__<ID>_* variables and run `meltano invoke tap-opendental--<id>:analyze`.",
    )
    parser.add_argument(
        "practice_id",
        metavar="ID",
        help="lowercase letters, digits and underscores, starting with a letter",
    )
    parser.set_defaults(handler=commands.add_practice)
    sources = sub.add_parser(
        "practice-sources",
        help="rewrite the practices' dbt sources files from the source opendental",
        description="Rewrites each practice's dbt source opendental_<id> (transform/models/"
        "staging/opendental/practices/) with the tables and freshness of the project's own "
        "source opendental, after those change. Without IDs, every practice's, and removes "
        "the files of practices the project no longer has.",
    )
    sources.add_argument(
        "practice_ids", nargs="*", metavar="ID", help="only these practices (default: every one)"
    )
    sources.set_defaults(handler=commands.write_practice_sources)


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``opendental-ops``."""
    parser = argparse.ArgumentParser(prog="opendental-ops", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser(
        "test-connections", help="connect to the source, the replica and the warehouse"
    )
    _practice(check)
    check.set_defaults(handler=commands.check_connections)
    _add_verify(sub)
    _add_status(sub)
    _add_dry_run(sub)
    _add_config(sub)
    _add_report(sub)
    _add_notify(sub)
    _add_practice(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``opendental-ops``."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except _EXPECTED as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
