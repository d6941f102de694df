"""End to end: tap-opendental piped into target-mysql-replica, source and replica compared.

The one intended difference between source and replica: zero and invalid dates
(``0000-00-00``, ``2022-11-00``) are NULL in the replica, because the tap sends them as null.
"""

from __future__ import annotations

import datetime
import decimal
import typing as t
from collections import Counter
from pathlib import Path

import pymysql
import pytest

from tap_opendental.tables import load_tables
from tests.conftest import (
    Server,
    analyze_into,
    mysql_connect,
    practice_settings,
    tap_config,
    unique_name,
)
from tests.target_mysql_replica.conftest import (
    column_types,
    primary_key,
    read_rows,
    replica_config,
    run_pipe,
)

BIG_TEXT = "é" * (5 * 1024 * 1024 // 2)  # 5 MB of utf8

AWKWARD_TABLE = """
CREATE TABLE awkward (
  AwkNum bigint(20) NOT NULL AUTO_INCREMENT,
  TheDate date NOT NULL DEFAULT '0000-00-00',
  TheDateTime datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  TheTime time NOT NULL DEFAULT '00:00:00',
  Flag tinyint(1) unsigned NOT NULL DEFAULT 0,
  Level smallint(6) NOT NULL DEFAULT 0,
  Color int(11) NOT NULL DEFAULT 0,
  Money double NOT NULL DEFAULT 0,
  Exact decimal(30,10) DEFAULT NULL,
  Huge bigint(20) unsigned DEFAULT NULL,
  Note mediumtext,
  ProcCode varchar(15) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  Raw varbinary(8) DEFAULT NULL,
  Status char(1) DEFAULT '',
  ClaimType enum('P','S','PreAuth') DEFAULT 'P',
  `Position` varchar(20) DEFAULT NULL,
  Mode_ tinyint(4) NOT NULL DEFAULT 0,
  DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (AwkNum)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3
"""

AWKWARD_COLUMNS = (
    "AwkNum, TheDate, TheDateTime, TheTime, Flag, Level, Color, Money, Exact, Huge, Note, "
    "ProcCode, Raw, Status, ClaimType, `Position`, Mode_, DateTStamp"
)

AWKWARD_ROWS: list[tuple[t.Any, ...]] = [
    # zero dates, time beyond 24 hours, tinyint(1) holding 2, accents, quotes and a NUL byte
    (1, "0000-00-00", "0000-00-00 00:00:00", "26:30:00", 2, -300, -16777216, 0.1,
     "12345678901234567890.0123456789", 18446744073709551615, "José \"q\" O'Brien\x00end",
     "D0120", b"\x00\xff\x10", "U", "PreAuth", "Lead", 1, "2024-01-01 08:00:00"),
    # an invalid date, OpenDental's empty date, a negative time, tiny and huge doubles
    (2, "2022-11-00", "0001-01-01 00:00:00", "-01:15:00", 1, 0, 0, 1e-7,
     "-0.0000000001", 9223372036854775808, "Zoë ½ 漢字", "d0120", b"", "", "S", "x", 2,
     "2024-01-01 08:00:00"),
    (3, "0001-01-01", "2024-03-05 13:45:00", "838:59:59", 0, 32767, 255, 1.7976931348623157e308,
     None, 0, BIG_TEXT, "D0120 ", None, None, "P", None, 0, "2024-01-02 09:30:00"),
    (4, "2024-02-29", "2024-02-29 23:59:59", "00:00:00", 1, 5, 5, -5.5,
     "0.0000000000", None, None, "", b"a'b\\c", "W", "Other", "`tick`", 0, "2024-01-03 10:00:00"),
]  # fmt: skip

LEFTOVER_TABLE = "CREATE TABLE tempinsplan_bak_20200424 (PlanNum bigint(20), GroupName varchar(50))"
LEFTOVER_ROWS = [(1, "a"), (1, "a"), (2, None)]

TEMPORAL = ("date", "datetime", "timestamp")


def insert(server: Server, database: str, table: str, columns: str, rows: list[tuple]) -> None:
    placeholders = ", ".join(["%s"] * len(rows[0]))
    # The stamps are written in a session far from UTC: the replica must hold the instants.
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        cursor.execute("SET time_zone = '-07:00'")
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)


@pytest.fixture
def awkward_source(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(AWKWARD_TABLE)
        cursor.execute(LEFTOVER_TABLE)
    insert(mysql_server, mysql_database, "awkward", AWKWARD_COLUMNS, AWKWARD_ROWS)
    insert(
        mysql_server,
        mysql_database,
        "tempinsplan_bak_20200424",
        "PlanNum, GroupName",
        LEFTOVER_ROWS,
    )
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return tap_config(mysql_server, mysql_database, catalog, chunk_size=3)


def expected_in_replica(value: t.Any, column_type: str) -> t.Any:
    """What the replica holds for a source value: itself, or NULL for a zero/invalid date."""
    if column_type.startswith(TEMPORAL) and isinstance(value, str):
        # PyMySQL hands zero and invalid dates over as the raw string.
        return None
    return value


def assert_same_table(
    server: Server, source: str, replica: str, table: str, exclude: t.Iterable[str] = ()
) -> None:
    """Assert equal columns (names, types, order), keys and rows (as multisets: keyless too).

    Columns the tap leaves out (``exclude``) are not in the replica.
    """
    left_out = set(exclude)
    types = {
        name: kind
        for name, kind in column_types(server, source, table).items()
        if name not in left_out
    }
    assert list(column_types(server, replica, table).items()) == list(types.items())
    keys = primary_key(server, source, table)
    assert primary_key(server, replica, table) == keys

    def canonical(rows: list[dict[str, t.Any]], *, from_source: bool) -> Counter:
        converted = Counter()
        for row in rows:
            values = tuple(
                (
                    column,
                    expected_in_replica(row[column], types[column]) if from_source else row[column],
                )
                for column in types
            )
            converted[values] += 1
        return converted

    source_rows = canonical(read_rows(server, source, table), from_source=True)
    replica_rows = canonical(read_rows(server, replica, table), from_source=False)
    assert replica_rows == source_rows


def replica_columns(server: Server, database: str, table: str) -> dict[str, dict[str, t.Any]]:
    with mysql_connect(server) as connection:
        cursor = connection.cursor(pymysql.cursors.DictCursor)
        cursor.execute(
            "SELECT COLUMN_NAME, IS_NULLABLE, EXTRA, COLUMN_DEFAULT "
            "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s",
            (database, table),
        )
        return {row["COLUMN_NAME"]: row for row in cursor.fetchall()}


def test_replica_mirrors_awkward_values_and_types(
    mysql_server: Server,
    mysql_database: str,
    replica_database: str,
    awkward_source: dict[str, t.Any],
    tmp_path: Path,
) -> None:
    run_pipe(awkward_source, replica_config(mysql_server, replica_database), tmp_path)

    for table in ("awkward", "tempinsplan_bak_20200424"):
        assert_same_table(mysql_server, mysql_database, replica_database, table)

    rows = {
        row["AwkNum"]: row for row in read_rows(mysql_server, replica_database, "awkward", "+00:00")
    }
    # The spot checks that the comparison above relies on.
    assert rows[1]["TheDate"] is None
    assert rows[1]["TheDateTime"] is None
    assert rows[2]["TheDateTime"] == datetime.datetime(1, 1, 1)
    assert rows[1]["TheTime"] == datetime.timedelta(hours=26, minutes=30)
    assert rows[2]["TheTime"] == -datetime.timedelta(hours=1, minutes=15)
    assert rows[1]["Flag"] == 2
    assert rows[1]["Exact"] == decimal.Decimal("12345678901234567890.0123456789")
    assert rows[1]["Huge"] == 18446744073709551615
    assert rows[2]["Money"] == 1e-7
    assert rows[1]["Note"] == 'José "q" O\'Brien\x00end'
    assert rows[3]["Note"] == BIG_TEXT
    assert rows[1]["DateTStamp"] == datetime.datetime(2024, 1, 1, 15, 0)  # 08:00 at -07:00

    columns = replica_columns(mysql_server, replica_database, "awkward")
    stamp = columns["DateTStamp"]
    assert stamp["IS_NULLABLE"] == "YES"
    assert "on update" not in stamp["EXTRA"].lower()
    assert stamp["COLUMN_DEFAULT"] in (None, "NULL")
    assert all(c["IS_NULLABLE"] == "YES" for name, c in columns.items() if name != "AwkNum")
    # Nothing but the source's columns: no _sdc_ metadata.
    assert not [name for name in columns if name.startswith("_sdc")]

    with mysql_connect(mysql_server, replica_database) as connection:
        cursor = connection.cursor()
        cursor.execute("SHOW INDEX FROM awkward WHERE Column_name = 'DateTStamp'")
        assert cursor.fetchall(), "the replication key is indexed for the next hop"
        cursor.execute(
            "SELECT ENGINE, TABLE_COLLATION FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = 'awkward'",
            (replica_database,),
        )
        assert cursor.fetchone() == ("InnoDB", "utf8mb4_general_ci")


def test_second_run_upserts_and_keyless_tables_are_replaced(
    mysql_server: Server,
    mysql_database: str,
    replica_database: str,
    awkward_source: dict[str, t.Any],
    tmp_path: Path,
) -> None:
    target = replica_config(mysql_server, replica_database)
    first = run_pipe(awkward_source, target, tmp_path)
    assert first.state["bookmarks"]["awkward"]["replication_key_value"]

    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        # MySQL moves DateTStamp on these, as OpenDental's server does.
        cursor.execute("UPDATE awkward SET Note = 'changed', Level = 7 WHERE AwkNum = 2")
        cursor.execute("DELETE FROM tempinsplan_bak_20200424 WHERE PlanNum = 2")
        cursor.execute("INSERT INTO tempinsplan_bak_20200424 VALUES (3, 'c')")
    insert(
        mysql_server, mysql_database, "awkward", AWKWARD_COLUMNS,
        [(5, "2025-01-01", "2025-01-01 10:00:00", "10:00:00", 0, 1, 1, 1.5, "1.5", 1, "new",
          "X", None, "U", "P", "new", 0, "2030-01-01 00:00:00")],
    )  # fmt: skip

    second = run_pipe(awkward_source, target, tmp_path, state=first.state)
    assert "awkward" in second.tap_stderr

    for table in ("awkward", "tempinsplan_bak_20200424"):
        assert_same_table(mysql_server, mysql_database, replica_database, table)
    rows = read_rows(mysql_server, replica_database, "awkward")
    assert len(rows) == 5
    assert {row["AwkNum"]: row["Note"] for row in rows}[2] == "changed"
    assert len(read_rows(mysql_server, replica_database, "tempinsplan_bak_20200424")) == 3

    # A third run with nothing new changes nothing, keyless rows included.
    run_pipe(awkward_source, target, tmp_path, state=second.state)
    assert_same_table(mysql_server, mysql_database, replica_database, "tempinsplan_bak_20200424")


def test_activate_version_replaces_keyless_tables(
    mysql_server: Server,
    mysql_database: str,
    replica_database: str,
    awkward_source: dict[str, t.Any],
    tmp_path: Path,
) -> None:
    tap = {**awkward_source, "emit_activate_version_messages": True}
    target = replica_config(mysql_server, replica_database)
    run_pipe(tap, target, tmp_path)
    second = run_pipe(tap, target, tmp_path)
    assert ", 1 activate version messages" in second.target_stderr
    assert_same_table(mysql_server, mysql_database, replica_database, "tempinsplan_bak_20200424")
    assert_same_table(mysql_server, mysql_database, replica_database, "awkward")

    with mysql_connect(mysql_server, mysql_database) as connection:
        connection.cursor().execute("DELETE FROM tempinsplan_bak_20200424")
    run_pipe(tap, target, tmp_path)
    assert read_rows(mysql_server, replica_database, "tempinsplan_bak_20200424") == []


EVOLVING_TABLE = """
CREATE TABLE evolving (
  EvoNum bigint(20) NOT NULL AUTO_INCREMENT,
  Name varchar(20) NOT NULL DEFAULT '',
  Level tinyint(4) NOT NULL DEFAULT 0,
  Born date NOT NULL DEFAULT '0001-01-01',
  DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (EvoNum)
) DEFAULT CHARSET=utf8mb3
"""


def test_schema_evolution_adds_and_widens_columns(
    mysql_server: Server,
    mysql_database: str,
    replica_database: str,
    tmp_path: Path,
) -> None:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(EVOLVING_TABLE)
        cursor.execute(
            "INSERT INTO evolving VALUES (1, 'Ann', 1, '1980-05-01', '2024-01-01 00:00:00'), "
            "(2, 'Bob', 2, '1990-06-02', '2024-01-02 00:00:00')"
        )
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    tap = tap_config(mysql_server, mysql_database, catalog)
    target = replica_config(mysql_server, replica_database)
    first = run_pipe(tap, target, tmp_path)

    # What an OpenDental upgrade does: add a column (here not at the end, which the replica
    # must follow too), widen a varchar, a tinyint and a date.
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "ALTER TABLE evolving ADD COLUMN SecDateTEdit datetime NOT NULL DEFAULT "
            "'0001-01-01 00:00:00' AFTER Level, MODIFY Name varchar(100) NOT NULL DEFAULT '', "
            "MODIFY Level smallint(6) NOT NULL DEFAULT 0, MODIFY Born datetime NOT NULL"
        )
        cursor.execute(
            "INSERT INTO evolving (EvoNum, Name, Level, Born, SecDateTEdit) VALUES "
            f"(3, '{'N' * 100}', 30000, '2001-02-03 04:05:06', '2025-01-01 12:00:00')"
        )
    analyze_into(mysql_server, mysql_database, catalog)
    second = run_pipe(tap, target, tmp_path, state=first.state)
    assert "Widening column" in second.target_stderr

    replica_types = column_types(mysql_server, replica_database, "evolving")
    assert list(replica_types.items()) == list(
        column_types(mysql_server, mysql_database, "evolving").items()
    )
    rows = {row["EvoNum"]: row for row in read_rows(mysql_server, replica_database, "evolving")}
    assert rows[3]["Name"] == "N" * 100
    assert rows[3]["Level"] == 30000
    assert rows[3]["Born"] == datetime.datetime(2001, 2, 3, 4, 5, 6)
    # The added column makes the tap read the table again from the start: a row that never
    # changes again gets the column's value too, and keeps its own.
    assert rows[1]["Name"] == "Ann"
    assert rows[1]["Born"] == datetime.datetime(1980, 5, 1)
    assert rows[1]["SecDateTEdit"] == datetime.datetime(1, 1, 1)
    assert rows[2]["SecDateTEdit"] == datetime.datetime(1, 1, 1)

    # A full read brings every row level with the source.
    run_pipe(tap, target, tmp_path)
    assert_same_table(mysql_server, mysql_database, replica_database, "evolving")


def test_practice_round_trip(mysql_server: Server, replica_database: str, tmp_path: Path) -> None:
    practice = pytest.importorskip("synthetic_practice", reason="the synthetic practice")

    source = unique_name("odtest_practice")
    try:
        practice.create_practice(practice_settings(mysql_server), source, patients=40, seed=3)
        catalog = tmp_path / "tables.yml"
        analyze_into(mysql_server, source, catalog)
        run_pipe(
            tap_config(mysql_server, source, catalog),
            replica_config(mysql_server, replica_database),
            tmp_path,
        )
        specs = load_tables(catalog)
        assert specs
        for table, spec in specs.items():
            # Sensitive columns (SSN, passwords, PINs) never leave the source by default.
            assert_same_table(
                mysql_server, source, replica_database, table, exclude=spec.sensitive_columns
            )
    finally:
        with mysql_connect(mysql_server) as connection:
            connection.cursor().execute(f"DROP DATABASE IF EXISTS `{source}`")
