"""Creating a synthetic practice database, and recognising one."""

from __future__ import annotations

import random
import re
import time as clock
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from synthetic_practice import catalog as cat
from synthetic_practice.appointment_history import assign_types, record_history
from synthetic_practice.build import Build, next_weekday
from synthetic_practice.connection import ConnectionSettings, PracticeError, connect
from synthetic_practice.families import build_family
from synthetic_practice.insurance_records import (
    snapshot_claims,
    write_benefits,
    write_verifications,
)
from synthetic_practice.office import build_office
from synthetic_practice.schema import (
    CORE_TABLES,
    INNODB_TABLES,
    LEFTOVER_TABLE,
    SCHEMA_VERSIONS,
    create_tables,
    drop_later_columns,
)
from synthetic_practice.treatment_plans import present_treatment

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

MARKER = "synthetic-practice"
_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")
NEVER_AT = datetime(1, 1, 1)

SECURITYLOG_COLUMNS = (
    "SecurityLogNum",
    "PermType",
    "UserNum",
    "LogDateTime",
    "LogText",
    "PatNum",
    "CompName",
    "FKey",
    "LogSource",
    "DefNum",
    "DefNumError",
    "DateTPrevious",
)


@dataclass(frozen=True)
class Marker:
    """What the database comment records about a synthetic practice.

    Attributes:
        seed: Seed it was generated with.
        patients: Number of patients generated.
        as_of: Snapshot date of the generated history.
        next_day: First business day with no activity yet (where ``apply_day`` continues).
        schema_version: The OpenDental version its tables have (``current`` or ``old``).
    """

    seed: int
    patients: int
    as_of: date
    next_day: date
    schema_version: str = "current"

    def comment(self) -> str:
        """Return the text stored as the database comment."""
        return (
            f"{MARKER} seed={self.seed} patients={self.patients} "
            f"as_of={self.as_of.isoformat()} next_day={self.next_day.isoformat()} "
            f"schema={self.schema_version}"
        )

    @classmethod
    def parse(cls, comment: str | None) -> Marker | None:
        """Return the marker in a database comment, or None if the tool did not write it."""
        if not comment or not comment.startswith(MARKER + " "):
            return None
        fields = dict(part.split("=", 1) for part in comment.split()[1:] if "=" in part)
        try:
            return cls(
                seed=int(fields["seed"]),
                patients=int(fields["patients"]),
                as_of=date.fromisoformat(fields["as_of"]),
                next_day=date.fromisoformat(fields["next_day"]),
                schema_version=fields.get("schema", "current"),
            )
        except (KeyError, ValueError):
            return None


def check_name(database: str) -> str:
    """Return ``database`` if it is a plain identifier, else raise PracticeError."""
    if not _NAME.match(database):
        raise PracticeError(
            f"database name {database!r} must be 1-64 letters, digits or underscores"
        )
    return database


def read_marker(cursor: Cursor, database: str) -> tuple[bool, Marker | None]:
    """Return whether ``database`` exists and the synthetic-practice marker it carries."""
    cursor.execute(
        "SELECT SCHEMA_COMMENT FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %s", (database,)
    )
    row = cursor.fetchone()
    if row is None:
        return False, None
    return True, Marker.parse(row[0])


def write_marker(cursor: Cursor, database: str, marker: Marker) -> None:
    """Store ``marker`` as the database comment."""
    cursor.execute(f"ALTER DATABASE `{database}` COMMENT %s", (marker.comment(),))


def create_practice(
    conn: ConnectionSettings,
    database: str,
    *,
    patients: int = 500,
    seed: int = 1,
    as_of: date | None = None,
    schema_version: str = "current",
) -> dict[str, Any]:
    """Create (or re-create) a synthetic OpenDental practice database.

    The history covers the four years before ``as_of``; appointments from ``as_of`` on are still
    to come. The same ``seed`` and ``as_of`` give the same rows. The database is dropped first
    only if this tool created it; any other existing database is left alone. On the ``old``
    schema version the tables lack the columns later OpenDental versions added
    (``schema.MISSING_COLUMNS``); the rows are otherwise the same.

    Args:
        conn: Server address and credentials.
        database: Name of the practice database.
        patients: Number of patients.
        seed: Seed of the random generator.
        as_of: Snapshot date; defaults to today.
        schema_version: ``current`` or ``old``.

    Returns:
        ``database``, ``seed``, ``patients``, ``as_of``, ``schema_version``, ``seconds`` and
        ``rows`` (rows per table).

    Raises:
        PracticeError: The database exists and was not created by this tool, or the arguments
            are unusable.
    """
    check_name(database)
    if patients < 1:
        raise PracticeError("patients must be at least 1")
    if schema_version not in SCHEMA_VERSIONS:
        raise PracticeError(
            f"schema version {schema_version!r} is not one of {', '.join(SCHEMA_VERSIONS)}"
        )
    as_of = as_of or date.today()
    started = clock.monotonic()
    with connect(conn) as connection, connection.cursor() as cursor:
        exists, marker = read_marker(cursor, database)
        if exists and marker is None:
            raise PracticeError(
                f"database {database!r} exists and was not created by synthetic-practice; "
                "refusing to overwrite it (drop it yourself or choose another --database)"
            )
        cursor.execute(f"DROP DATABASE IF EXISTS `{database}`")
        fresh = Marker(
            seed=seed,
            patients=patients,
            as_of=as_of,
            next_day=next_weekday(as_of),
            schema_version=schema_version,
        )
        cursor.execute(
            f"CREATE DATABASE `{database}` CHARACTER SET utf8mb3 COMMENT %s", (fresh.comment(),)
        )
        cursor.execute(f"USE `{database}`")
        create_tables(cursor)
        _generate(cursor, seed, as_of, patients)
        drop_later_columns(cursor, schema_version)
        rows = table_counts(cursor)
    return {
        "database": database,
        "seed": seed,
        "patients": patients,
        "as_of": as_of.isoformat(),
        "schema_version": schema_version,
        "seconds": round(clock.monotonic() - started, 1),
        "rows": rows,
    }


def _generate(cursor: Cursor, seed: int, as_of: date, patients: int) -> None:
    b = Build(cursor, seed, as_of, patients)
    myisam = [t for t in (*CORE_TABLES, LEFTOVER_TABLE) if t not in INNODB_TABLES]
    with b.loader.bulk(myisam):
        b.office = build_office(b)
        made = 0
        while made < patients:
            made += build_family(b, patients - made)
        _logons(b)
        _securitylog(b)
    # Plans are read back from the procedures written, on a random source of their own.
    present_treatment(cursor, random.Random(f"{seed}:treatment-plans"), b.start, b.last_day)
    _records(cursor, b)


def _records(cursor: Cursor, b: Build) -> None:
    """Appointment types and history, benefits, verifications and claim snapshots.

    Read back from the rows written, each on a random source of its own. The office typed its
    appointments from half a year after the conversion and turned claim snapshots on 18 months
    before the snapshot date.
    """
    staff = b.office.staff_users
    typed_from = b.converted + timedelta(days=180)
    assign_types(cursor, random.Random(f"{b.seed}:appointment-types"), typed_from, keep_stamps=True)
    record_history(cursor, random.Random(f"{b.seed}:appointment-history"), staff, b.last_day)
    write_benefits(cursor, random.Random(f"{b.seed}:benefits"), b.start)
    write_verifications(
        cursor, random.Random(f"{b.seed}:insurance-verifications"), b.start, b.last_day, staff
    )
    snapshots_from = b.as_of - timedelta(days=540)
    snapshot_claims(cursor, random.Random(f"{b.seed}:claim-snapshots"), snapshots_from, b.last_day)


def _logons(b: Build) -> None:
    """Staff log on most mornings."""
    day = next_weekday(b.start)
    while day < b.as_of:
        for user in b.office.staff_users:
            if b.rng.random() < 0.3:
                b.log(b.at(day, 7, 8), cat.PERM_LOG_ON, user, 0, 0, text="User logged on")
        day = next_weekday(day.fromordinal(day.toordinal() + 1))


def _securitylog(b: Build) -> None:
    """Write the audit trail in time order, so its key grows with LogDateTime as in real life."""
    w = b.loader.writer("securitylog", SECURITYLOG_COLUMNS)
    # Two entries from an old version that never filled LogDateTime.
    for text in ("Database upgraded", "Database maintenance"):
        w.add(
            (
                b.ids.next("securitylog"),
                0,
                1,
                "0000-00-00 00:00:00",
                text,
                0,
                "SERVER",
                0,
                0,
                0,
                0,
                NEVER_AT,
            )
        )
    b.security.sort(key=lambda entry: entry[0])
    stations = cat.WORKSTATIONS
    for when, perm, user, pat, fkey, text in b.security:
        w.add(
            (
                b.ids.next("securitylog"),
                perm,
                user,
                when,
                text,
                pat,
                stations[user % len(stations)],
                fkey,
                0,
                0,
                0,
                NEVER_AT,
            )
        )
    b.security.clear()


def table_counts(cursor: Cursor) -> dict[str, int]:
    """Return the row count of every table of the current database, by name."""
    counts = {}
    for table in (*CORE_TABLES, LEFTOVER_TABLE):
        cursor.execute(f"SELECT COUNT(*) FROM `{table}`")
        counts[table] = int(cursor.fetchone()[0])
    return counts
