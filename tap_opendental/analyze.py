"""Schema analysis: read the source's information_schema once and write ``tables.yml``.

Run it as ``meltano invoke tap-opendental:analyze`` (or the ``tap-opendental-analyze`` console
script). For every base table it records the primary key, the exact MySQL type of every column,
estimated rows and bytes, and derives:

- the size tier from the estimated rows: tiny < 10k, small < 100k, medium < 1M, large >= 1M;
- the importance: ``critical`` for the money and clinical tables the marts are built on,
  ``important`` for the tables that describe them, ``audit`` for logs and histories, and
  ``reference`` for everything else;
- the replication method: INCREMENTAL on ``DateTStamp`` or ``SecDateTEdit`` where the table has
  a primary key and a stamp that MySQL moves on update; INCREMENTAL on the key for insert-only
  logs with a growing key (securitylog); FULL_TABLE otherwise (keyless tables included);
- the business-date look-back columns (procedurelog.ProcDate, payment.PayDate, ...);
- the sensitive columns (SSNs, passwords, PINs, hashes, tokens and keys; see
  ``sensitive_reason``), which the tap leaves out.

Hand edits belong under ``overrides:``, which a re-analysis keeps as they are. When a previous
file exists it is backed up, and a change report (tables and columns added or removed, types
and keys changed) is written with a severity: INFO, WARNING or CRITICAL.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import sys
import typing as t
from pathlib import Path

import sqlalchemy as sa
import yaml
from singer_sdk.exceptions import ConfigValidationError

from mysql_types import parse_type
from tap_opendental.client import OpenDentalConnector, describe_connection_error
from tap_opendental.tables import TablesFileError, read_document

STAMP_COLUMNS = ("DateTStamp", "SecDateTEdit")

#: Insert-only tables whose growing key is a safe bookmark.
INSERT_ONLY_TABLES = frozenset({"securitylog", "securityloghash", "entrylog", "emailmessage"})

#: Business dates that change without moving the stamp, re-read within the look-back window.
LOOKBACK_COLUMNS = {
    "procedurelog": ("ProcDate", "DateComplete"),
    "payment": ("PayDate",),
    "paysplit": ("DatePay",),
    "claimproc": ("DateCP",),
    "adjustment": ("AdjDate",),
    "claim": ("DateReceived",),
    "appointment": ("AptDateTime",),
}

CRITICAL_TABLES = frozenset(
    {
        "patient", "procedurelog", "appointment", "payment", "paysplit", "adjustment", "claim",
        "claimproc", "claimpayment", "insplan", "inssub", "patplan", "carrier",
    }
)  # fmt: skip
IMPORTANT_TABLES = frozenset(
    {
        "provider", "clinic", "operatory", "schedule", "procedurecode", "definition", "fee",
        "feesched", "recall", "recalltype", "commlog", "statement", "referral", "refattach",
        "document", "userod", "benefit", "payplan", "payplancharge", "treatplan",
    }
)  # fmt: skip
_AUDIT_PATTERN = re.compile(r"(^security|log$|hist$|history$|^deletedobject$|^etl)", re.IGNORECASE)
#: Tables OpenDental's upgrades create for a moment while they rebuild a table.
_TRANSIENT_PATTERN = re.compile(r"^tempconv_", re.IGNORECASE)

_SSN = "social security number (or tax id)"
_PASSWORD_HASH = "password hash"
_INTEGRITY_HASH = "salted integrity hash of the row"
_CARD_TOKEN = "payment card token (charges the card)"
_SECURITY_HASH_TABLES = (
    "appointment", "claim", "claimproc", "histappointment", "patient", "payplan", "paysplit",
)  # fmt: skip

#: The columns of OpenDental's published schema (24.3, and the tables only OpenDental's own
#: office uses) that hold a credential, a PIN, an SSN or a hash, each with what it holds.
#: Reviewed column by column; columns *about* a secret (userod.PasswordIsStrong,
#: userod.IsPasswordResetRequired, userweb.RequirePasswordChange) are not in it.
SECRET_COLUMNS: dict[tuple[str, str], str] = {
    ("patient", "SSN"): _SSN,
    ("provider", "SSN"): _SSN,
    ("referral", "SSN"): _SSN,
    ("userod", "Password"): _PASSWORD_HASH,
    ("userod", "MobileWebPin"): "PIN hash (eClipboard mobile web)",
    ("userod", "EClipboardClinicalPin"): "PIN hash (eClipboard clinical)",
    ("userweb", "Password"): _PASSWORD_HASH,
    ("userweb", "PasswordResetCode"): "password reset code",
    ("reseller", "ResellerPassword"): _PASSWORD_HASH,
    ("centralconnection", "MySqlPassword"): "database password (reversibly encrypted)",
    ("centralconnection", "OdPassword"): "password (reversibly encrypted)",
    ("clearinghouse", "Password"): "clearinghouse login password",
    ("ebill", "ElectPassword"): "e-statement account password",
    ("emailaddress", "EmailPassword"): "mail account password (reversibly encrypted)",
    ("emailaddress", "AccessToken"): "OAuth access token",
    ("emailaddress", "RefreshToken"): "OAuth refresh token",
    ("hl7def", "SftpPassword"): "SFTP password (reversibly encrypted)",
    ("supplier", "Password"): "supplier website password (plain text)",
    ("registrationkey", "RegKey"): "registration key",
    ("registrationkey", "BackupPassCode"): "backup pass code",
    ("apikey", "CustApiKey"): "API key",
    ("apisubscription", "CustomerKey"): "API key",
    ("clinicerx", "ClinicKey"): "eRx clinic key",
    ("ehrprovkey", "ProvKey"): "EHR provider key",
    ("fhirsubscription", "APIKeyHash"): "API key hash",
    ("sessiontoken", "SessionTokenHash"): "session token hash (unsalted)",
    ("creditcard", "XChargeToken"): _CARD_TOKEN,
    ("creditcard", "PayConnectToken"): _CARD_TOKEN,
    ("creditcard", "PaySimpleToken"): _CARD_TOKEN,
    ("payconnectresponseweb", "PaymentToken"): _CARD_TOKEN,
    ("payconnectresponseweb", "AccountToken"): "payment gateway token",
    ("payconnectresponseweb", "PayToken"): "payment gateway token",
    ("carecreditwebresponse", "WebToken"): "payment portal session token",
    ("securityloghash", "LogHash"): "integrity hash of the audit log entry",
    **{(table, "SecurityHash"): _INTEGRITY_HASH for table in _SECURITY_HASH_TABLES},
}

#: Columns the name rule below would take for secrets that, reviewed, are not.
NOT_SECRET_COLUMNS = frozenset({("payconnectresponseweb", "ExpDateToken")})  # a card's yyMM

#: Last words of a column name that say it holds a secret, for columns OpenDental adds later.
_SECRET_LAST_WORDS = {
    ("password",): "a password",
    ("passwd",): "a password",
    ("pwd",): "a password",
    ("passcode",): "a pass code",
    ("pass", "code"): "a pass code",
    ("pin",): "a PIN",
    ("hash",): "a hash",
    ("token",): "a token",
    ("secret",): "a secret",
    ("api", "key"): "an API key",
}
#: CamelCase words: "EClipboardClinicalPin" -> E, Clipboard, Clinical, Pin; "APIKeyHash" -> API,
#: Key, Hash; "SSNLast4" -> SSN, Last, 4.
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
#: Types that cannot hold a secret: flags (PasswordIsStrong tinyint) and dates.
_NOT_SECRET_TYPES = frozenset(
    {"tinyint", "bit", "bool", "boolean", "date", "datetime", "timestamp", "time", "year"}
)


def _name_rule(column: str, column_type: str) -> str | None:
    if parse_type(column_type).base in _NOT_SECRET_TYPES:
        return None
    words = tuple(word.lower() for word in _WORD.findall(column))
    if "ssn" in words:
        return _SSN
    for tail, holds in _SECRET_LAST_WORDS.items():
        if words[-len(tail) :] == tail:
            return f"name says it holds {holds}"
    # A name in one case ("sftppassword") has no words to split.
    if column.lower().endswith(("password", "passwd")):
        return "name says it holds a password"
    return None


def sensitive_reason(table: str, column: str, column_type: str) -> str | None:
    """Say why a column is left out as sensitive, or None when it is copied.

    A column of OpenDental's reviewed schema is sensitive when ``SECRET_COLUMNS`` lists it.
    Any other column is when its name says it holds a secret (``SSN`` as a word anywhere, or a
    last word ``Password``, ``Pin``, ``Hash``, ``Token``, ``Secret``, ``PassCode`` or
    ``ApiKey``) and its type can hold one: a flag such as ``PasswordIsStrong tinyint`` or a
    date cannot. Words are CamelCase words, so ``MobileWebPinFailedAttempts`` does not end in
    ``Pin`` and ``IsPinned`` holds no ``Pin``.

    Args:
        table: Table name.
        column: Column name.
        column_type: The column's exact MySQL type.

    Returns:
        What the column holds, for the change report, or None.
    """
    key = (table.lower(), column)
    if key in SECRET_COLUMNS:
        return SECRET_COLUMNS[key]
    if key in NOT_SECRET_COLUMNS:
        return None
    return _name_rule(column, column_type)


SEVERITIES = ("INFO", "WARNING", "CRITICAL")


def size_tier(rows: int) -> str:
    """Return the size tier of a table with this many rows."""
    if rows < 10_000:
        return "tiny"
    if rows < 100_000:
        return "small"
    if rows < 1_000_000:
        return "medium"
    return "large"


def importance(table: str) -> str:
    """Return the importance level of a table by name."""
    if table in CRITICAL_TABLES:
        return "critical"
    if table in IMPORTANT_TABLES:
        return "important"
    if _AUDIT_PATTERN.search(table):
        return "audit"
    return "reference"


def replication(
    table: str, columns: dict[str, dict[str, str]], primary_key: list[str]
) -> tuple[str, str | None]:
    """Choose the replication method and key of a table.

    Args:
        table: Table name.
        columns: Column name to ``{"type": COLUMN_TYPE, "extra": EXTRA}``.
        primary_key: Primary key columns.

    Returns:
        ``(method, key)``.
    """
    if not primary_key:
        # Rows without a key can be neither upserted nor retired one by one, so a keyless table
        # is replaced whole, even when it has a stamp: the backups OpenDental's upgrades leave
        # (CREATE TABLE tempinsplan_bak_... SELECT * FROM insplan) keep the stamp, not the key.
        return "FULL_TABLE", None
    for stamp in STAMP_COLUMNS:
        column = columns.get(stamp)
        if column and column["type"].startswith("timestamp") and "on update" in column["extra"]:
            return "INCREMENTAL", stamp
    if table in INSERT_ONLY_TABLES and len(primary_key) == 1:
        key = columns[primary_key[0]]
        if parse_type(key["type"]).is_integer and "auto_increment" in key["extra"]:
            return "INCREMENTAL", primary_key[0]
    return "FULL_TABLE", None


def read_source(connection: sa.Connection, database: str) -> dict[str, dict[str, t.Any]]:
    """Read tables, columns and primary keys from information_schema in three queries.

    Args:
        connection: An open connection to the source.
        database: The schema to read.

    Returns:
        Raw facts per table name.
    """
    params = {"database": database}
    tables: dict[str, dict[str, t.Any]] = {}
    for row in connection.execute(
        sa.text(
            "SELECT TABLE_NAME, ENGINE, TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH, TABLE_COLLATION "
            "FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = :database AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"
        ),
        params,
    ).mappings():
        tables[row["TABLE_NAME"]] = {
            "engine": row["ENGINE"],
            "collation": row["TABLE_COLLATION"],
            "rows": int(row["TABLE_ROWS"] or 0),
            "bytes": int(row["DATA_LENGTH"] or 0) + int(row["INDEX_LENGTH"] or 0),
            "columns": {},
            "primary_key": [],
        }
    for row in connection.execute(
        sa.text(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, EXTRA FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = :database ORDER BY TABLE_NAME, ORDINAL_POSITION"
        ),
        params,
    ).mappings():
        if row["TABLE_NAME"] in tables:
            tables[row["TABLE_NAME"]]["columns"][row["COLUMN_NAME"]] = {
                "type": row["COLUMN_TYPE"],
                "extra": (row["EXTRA"] or "").lower(),
            }
    for row in connection.execute(
        sa.text(
            "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
            "WHERE TABLE_SCHEMA = :database AND INDEX_NAME = 'PRIMARY' "
            "ORDER BY TABLE_NAME, SEQ_IN_INDEX"
        ),
        params,
    ).mappings():
        if row["TABLE_NAME"] in tables:
            tables[row["TABLE_NAME"]]["primary_key"].append(row["COLUMN_NAME"])
    return tables


def describe_table(name: str, facts: dict[str, t.Any]) -> dict[str, t.Any]:
    """Turn the raw facts of one table into its ``tables.yml`` entry.

    Args:
        name: Table name.
        facts: What ``read_source`` found for it.

    Returns:
        The entry, in the order it is written.
    """
    columns: dict[str, dict[str, str]] = facts["columns"]
    method, key = replication(name, columns, facts["primary_key"])
    lookback = [c for c in LOOKBACK_COLUMNS.get(name, ()) if c in columns]
    collation = facts["collation"] or ""
    return {
        "engine": facts["engine"],
        "charset": collation.split("_", 1)[0] or None,
        "estimated_rows": facts["rows"],
        "estimated_bytes": facts["bytes"],
        "size_tier": size_tier(facts["rows"]),
        "importance": importance(name),
        "primary_key": facts["primary_key"],
        "replication_method": method,
        "replication_key": key,
        "lookback_columns": lookback if method == "INCREMENTAL" else [],
        "sensitive_columns": [
            c for c, spec in columns.items() if sensitive_reason(name, c, spec["type"])
        ],
        "columns": {column: spec["type"] for column, spec in columns.items()},
    }


def analyze(connection: sa.Connection, database: str) -> tuple[dict[str, t.Any], list[str]]:
    """Describe every base table of the source.

    Args:
        connection: An open connection to the source.
        database: The schema to read.

    Returns:
        ``(tables, skipped)``: entries by table name, and transient tables left out.
    """
    facts = read_source(connection, database)
    skipped = [name for name in facts if _TRANSIENT_PATTERN.match(name)]
    tables = {
        name: describe_table(name, table) for name, table in facts.items() if name not in skipped
    }
    return tables, skipped


def compare(old: dict[str, t.Any], new: dict[str, t.Any]) -> list[dict[str, str]]:
    """List the schema changes between two ``tables`` sections, each with a severity.

    Args:
        old: The previous ``tables`` section.
        new: The new ``tables`` section.

    Returns:
        One dict per change: severity, table, change, detail.
    """
    changes: list[dict[str, str]] = []

    def add(severity: str, table: str, change: str, detail: str) -> None:
        changes.append({"severity": severity, "table": table, "change": change, "detail": detail})

    for table in sorted(set(new) - set(old)):
        add("INFO", table, "table added", f"{len(new[table]['columns'])} columns")
    for table in sorted(set(old) - set(new)):
        add("CRITICAL", table, "table removed", "no longer in the source (or being rebuilt)")
    for table in sorted(set(old) & set(new)):
        before, after = old[table].get("columns", {}), new[table].get("columns", {})
        for column in after:
            if column not in before:
                # Rows whose stamp never moves again would otherwise lack the value for ever.
                add(
                    "WARNING",
                    table,
                    "column added",
                    f"{column} {after[column]}; the next run reads {table} again from the start "
                    "so that every row has it",
                )
        for column in before:
            if column not in after:
                add("CRITICAL", table, "column removed", f"{column} {before[column]}")
            elif before[column] != after[column]:
                add(
                    "WARNING",
                    table,
                    "type changed",
                    f"{column}: {before[column]} -> {after[column]}",
                )
        if list(old[table].get("primary_key") or []) != list(new[table].get("primary_key") or []):
            add(
                "CRITICAL",
                table,
                "primary key changed",
                f"{old[table].get('primary_key')} -> {new[table].get('primary_key')}",
            )
        if old[table].get("replication_key") != new[table].get("replication_key"):
            add(
                "WARNING",
                table,
                "replication key changed",
                f"{old[table].get('replication_key')} -> {new[table].get('replication_key')}",
            )
        before_sensitive = set(old[table].get("sensitive_columns") or ())
        after_sensitive = set(new[table].get("sensitive_columns") or ())
        for column in sorted(after_sensitive - before_sensitive):
            add("WARNING", table, "column left out as sensitive", f"{column} (no longer copied)")
        for column in sorted((before_sensitive - after_sensitive) & set(after)):
            add("INFO", table, "column no longer sensitive", f"{column} (copied from now on)")
    return changes


def left_out_as_sensitive(
    tables: dict[str, t.Any], overrides: dict[str, t.Any]
) -> list[dict[str, str]]:
    """List the columns the tap leaves out as sensitive, each with why.

    Args:
        tables: The ``tables`` section of the catalog.
        overrides: Its ``overrides`` section, whose ``sensitive_columns`` win.

    Returns:
        One dict per column: table, column, reason.
    """
    left_out = []
    for table, entry in tables.items():
        override = (overrides.get(table) or {}).get("sensitive_columns")
        columns = entry.get("columns") or {}
        for column in override if override is not None else entry.get("sensitive_columns") or ():
            reason = sensitive_reason(table, column, columns[column]) if column in columns else None
            if override is not None:
                note = f"named under overrides.{table}.sensitive_columns"
                reason = f"{reason}; {note}" if reason else note
            left_out.append({"table": table, "column": column, "reason": reason or "listed"})
    return left_out


def overall_severity(changes: list[dict[str, str]]) -> str:
    """Return the highest severity among the changes (INFO when there are none)."""
    return max((c["severity"] for c in changes), key=SEVERITIES.index, default="INFO")


class _CatalogDumper(yaml.SafeDumper):
    """Writes short lists inline so each table reads as one block."""


def _represent_list(dumper: yaml.SafeDumper, value: list[t.Any]) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_CatalogDumper.add_representer(list, _represent_list)

_HEADER = """\
# Schema-analysis catalog of the OpenDental source, written by
# `meltano invoke tap-opendental:analyze`. Nightly runs build their Singer catalog from this
# file alone. Review it and commit it.
# `tables` is rewritten by every analysis; put hand edits under `overrides` (keyed by table,
# with any of: importance, size_tier, replication_method, replication_key, lookback_columns,
# sensitive_columns): a re-analysis keeps them as they are, and they win over `tables`.
"""


def render(document: dict[str, t.Any]) -> str:
    """Render a catalog document as reviewable YAML."""
    body = yaml.dump(
        document,
        Dumper=_CatalogDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return _HEADER + body


def render_report(
    changes: list[dict[str, str]],
    analyzed_at: str,
    database: str,
    sensitive: list[dict[str, str]] | None = None,
) -> str:
    """Render the change report as Markdown, with the columns left out as sensitive."""
    lines = [
        f"# Schema changes in `{database}`, analysed {analyzed_at}",
        "",
        f"Severity: **{overall_severity(changes)}**, {len(changes)} change(s).",
        "",
    ]
    if changes:
        lines += ["| severity | table | change | detail |", "|---|---|---|---|"]
        lines += [
            f"| {c['severity']} | {c['table']} | {c['change']} | {c['detail']} |" for c in changes
        ]
        lines.append("")
    sensitive = sensitive or []
    lines += [
        "## Left out as sensitive",
        "",
        f"{len(sensitive)} column(s), copied only when named in the tap's "
        "`include_sensitive_columns` setting.",
        "",
    ]
    if sensitive:
        lines += ["| table | column | why |", "|---|---|---|"]
        lines += [f"| {s['table']} | {s['column']} | {s['reason']} |" for s in sensitive]
    return "\n".join(lines) + "\n"


class SettingsMissingError(ValueError):
    """Connection settings of the invoked extractor are not set; the message names them."""


#: Settings without which the analysis would read some other database than the one meant.
_REQUIRED = ("HOST", "USER", "DATABASE")


def settings_prefix(environ: t.Mapping[str, str] = os.environ) -> str:
    """The environment prefix of the settings being read: the invoked extractor's, or the tap's.

    ``meltano invoke <extractor>:analyze`` names the extractor in ``MELTANO_EXTRACTOR_NAME``
    (``tap-opendental--north`` gives ``TAP_OPENDENTAL__NORTH``); run by hand (or as the
    ``schema-analyzer`` utility), the analysis reads ``TAP_OPENDENTAL_*``.
    """
    plugin = environ.get("MELTANO_EXTRACTOR_NAME")
    return plugin.upper().replace("-", "_") if plugin else "TAP_OPENDENTAL"


def _config_from_environment(environ: t.Mapping[str, str] = os.environ) -> dict[str, t.Any]:
    """The connection settings, from the invoked extractor's settings only.

    Invoked as an extractor's command, Meltano hands that extractor's settings over as
    ``MELTANO_EXTRACT_*``; nothing else is read, so a practice whose variables are unset is
    never analysed from the project's own source. By hand, ``TAP_OPENDENTAL_*`` is read.

    Raises:
        SettingsMissingError: Invoked as an extractor's command, with its host, user or
            database unset.
    """
    invoked = bool(environ.get("MELTANO_EXTRACTOR_NAME"))
    prefix = "MELTANO_EXTRACT_" if invoked else "TAP_OPENDENTAL_"

    def setting(name: str, default: str | None = None) -> str | None:
        value = environ.get(prefix + name)
        return value if value not in (None, "") else default

    if invoked:
        missing = [name for name in _REQUIRED if setting(name) is None]
        if missing:
            names = ", ".join(f"{settings_prefix(environ)}_{name}" for name in missing)
            plugin = environ["MELTANO_EXTRACTOR_NAME"]
            msg = f"{plugin} is not configured: set {names} (in .env or the environment)"
            raise SettingsMissingError(msg)
    return {
        "host": setting("HOST", "127.0.0.1"),
        "port": int(setting("PORT", "3306") or 3306),
        "user": setting("USER", "root"),
        "password": setting("PASSWORD"),
        "database": setting("DATABASE", "opendental"),
        "catalog_path": setting("CATALOG_PATH", "extract/tables.yml"),
        "ssl_enable": (setting("SSL_ENABLE", "false") or "").lower() == "true",
        "ssl_ca": setting("SSL_CA"),
        "ssl_cert": setting("SSL_CERT"),
        "ssl_key": setting("SSL_KEY"),
    }


def run(
    config: dict[str, t.Any],
    output: Path,
    report_dir: Path,
    backup_dir: Path,
    now: datetime.datetime | None = None,
) -> dict[str, t.Any]:
    """Analyse the source and write ``tables.yml``, a backup and a change report.

    Args:
        config: Connection settings (host, port, user, password, database).
        output: Where to write ``tables.yml``.
        report_dir: Where to write the change report.
        backup_dir: Where to keep a copy of the previous ``tables.yml``.
        now: The analysis time (for tests).

    Returns:
        A summary: tables, skipped, changes, severity, and the paths written.
    """
    now = now or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    previous = read_document(output) if output.exists() else None

    connector = OpenDentalConnector(config)
    connector.check_connection()
    with connector._engine.connect() as connection:
        tables, skipped = analyze(connection, config["database"])
        server = connection.exec_driver_sql("SELECT VERSION()").scalar()

    document = {
        "analyzed_at": now.isoformat(),
        "source": {"database": config["database"], "server_version": server},
        "overrides": (previous or {}).get("overrides") or {},
        "tables": tables,
    }
    sensitive = left_out_as_sensitive(tables, document["overrides"])
    summary: dict[str, t.Any] = {
        "tables": len(tables),
        "skipped": skipped,
        "output": str(output),
        "sensitive": sensitive,
    }
    if previous is not None:
        changes = compare(previous["tables"], tables)
        backup_dir.mkdir(parents=True, exist_ok=True)
        backup = backup_dir / f"tables-{stamp}.yml"
        shutil.copyfile(output, backup)
        report_dir.mkdir(parents=True, exist_ok=True)
        report = report_dir / f"schema-changes-{stamp}.md"
        report.write_text(render_report(changes, now.isoformat(), config["database"], sensitive))
        report.with_suffix(".json").write_text(
            json.dumps(
                {
                    "severity": overall_severity(changes),
                    "changes": changes,
                    "sensitive": sensitive,
                },
                indent=2,
            )
        )
        summary.update(
            changes=changes,
            severity=overall_severity(changes),
            backup=str(backup),
            report=str(report),
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_suffix(".yml.tmp")
    temporary.write_text(render(document), encoding="utf-8")
    temporary.replace(output)
    return summary


def cli(argv: list[str] | None = None) -> int:
    """Command line entry point of the schema analysis."""
    parser = argparse.ArgumentParser(
        prog="tap-opendental-analyze",
        description="Analyse the OpenDental source schema and write the tables.yml catalog.",
    )
    parser.add_argument("--output", type=Path, help="tables.yml to write (default: catalog_path)")
    parser.add_argument(
        "--report-dir", type=Path, default=Path("logs/schema_analysis/reports"),
        help="where change reports go",
    )  # fmt: skip
    parser.add_argument(
        "--backup-dir", type=Path, default=Path("logs/schema_analysis/backups"),
        help="where the previous tables.yml is kept",
    )  # fmt: skip
    parser.add_argument(
        "--fail-on", choices=[s.lower() for s in SEVERITIES],
        help="exit with status 3 when the change report reaches this severity",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        config = _config_from_environment()
    except SettingsMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    output = args.output or Path(config["catalog_path"])
    try:
        summary = run(config, output, args.report_dir, args.backup_dir)
    except TablesFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ConfigValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except sa.exc.DBAPIError as exc:
        print(
            f"error: {describe_connection_error(config, exc.orig, settings_prefix())}",
            file=sys.stderr,
        )
        return 2
    print(f"wrote {summary['output']}: {summary['tables']} tables")
    if summary["skipped"]:
        print(f"skipped transient tables: {', '.join(summary['skipped'])}")
    if summary["sensitive"]:
        print(f"left out as sensitive: {len(summary['sensitive'])} column(s)")
        for column in summary["sensitive"]:
            print(f"  {column['table']}.{column['column']}: {column['reason']}")
    if "changes" in summary:
        print(
            f"schema changes: {len(summary['changes'])}, severity {summary['severity']} "
            f"(report {summary['report']}, previous file kept as {summary['backup']})"
        )
        for change in summary["changes"]:
            print(
                f"  {change['severity']:<8} {change['table']}: "
                f"{change['change']} ({change['detail']})"
            )
        if args.fail_on and SEVERITIES.index(summary["severity"]) >= SEVERITIES.index(
            args.fail_on.upper()
        ):
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(cli())
