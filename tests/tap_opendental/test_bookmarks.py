"""What a table's state remembers between runs: the keys its targets hold, the columns its
bookmark was made with, and the source it was made on."""

from __future__ import annotations

import typing as t
import zlib
from pathlib import Path

import pytest

from tap_opendental.client import KeySummary
from tap_opendental.tap import TapOpenDental
from tests.conftest import Server, analyze_into, mysql_connect, run_tap, tap_config

APPOINTMENTS = """
CREATE TABLE appointment (
  AptNum bigint(20) NOT NULL AUTO_INCREMENT,
  PatNum bigint(20) NOT NULL DEFAULT 0,
  AptStatus tinyint(4) NOT NULL DEFAULT 0,
  DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (AptNum)
) ENGINE=MyISAM
"""


def _execute(server: Server, database: str, *statements: str) -> None:
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture
def appointments(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    _execute(
        mysql_server,
        mysql_database,
        APPOINTMENTS,
        "INSERT INTO appointment (AptNum, PatNum, AptStatus, DateTStamp) VALUES "
        + ", ".join(f"({n}, {n % 7}, 1, '2024-01-01 00:00:{n % 60:02d}')" for n in range(1, 41)),
    )
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return tap_config(mysql_server, mysql_database, catalog, chunk_size=9)


def retired_keys_sent(run: t.Any) -> list[int] | None:
    """The keys a run sent to retire deleted rows, or None when it sent none."""
    if not [m for m in run.messages if m["type"] == "ACTIVATE_VERSION"]:
        return None
    return sorted(
        m["record"]["AptNum"] for m in run.messages if m["type"] == "RECORD" and "version" in m
    )


def rows_read(run: t.Any) -> dict[int, dict[str, t.Any]]:
    """The rows a run read (not the keys it sent to retire deleted rows), by key."""
    return {
        m["record"]["AptNum"]: m["record"]
        for m in run.messages
        if m["type"] == "RECORD" and "version" not in m
    }


def test_the_key_summary_is_mysqls_count_and_checksum_of_the_keys(
    mysql_server: Server, mysql_database: str
) -> None:
    keys = [1, 2, 99, 10**12, 2**63 - 1]
    summary = KeySummary()
    summary.add(keys)
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute("CREATE TABLE k (K bigint unsigned NOT NULL PRIMARY KEY)")
        cursor.execute(f"INSERT INTO k VALUES {', '.join(f'({k})' for k in keys)}")
        cursor.execute("SELECT COUNT(*), BIT_XOR(CRC32(K)), MAX(K) FROM k")
        count, checksum, largest = cursor.fetchone()
    assert summary.as_state() == {"through": largest, "count": count, "checksum": checksum}
    assert checksum == zlib.crc32(b"1") ^ zlib.crc32(b"2") ^ zlib.crc32(b"99") ^ (
        zlib.crc32(b"1000000000000") ^ zlib.crc32(str(2**63 - 1).encode())
    )


def test_a_delete_is_retired_by_the_next_run_whatever_ran_in_between(
    appointments: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    database = appointments["database"]
    first = run_tap(appointments, tmp_path)
    # The first run after a read from scratch sends every key once.
    second = run_tap(appointments, tmp_path, state=first.state)
    assert retired_keys_sent(second) == list(range(1, 41))

    # Rows arrive and are loaded, then some of them and some older ones are deleted.
    _execute(
        mysql_server,
        database,
        "INSERT INTO appointment (AptNum, PatNum, AptStatus) VALUES (41, 1, 1), (42, 2, 1)",
    )
    third = run_tap(appointments, tmp_path, state=second.state)
    assert retired_keys_sent(third) is None
    # (40 again: it was stamped in the bookmark's own second.)
    assert sorted(rows_read(third)) == [40, 41, 42]
    _execute(mysql_server, database, "DELETE FROM appointment WHERE AptNum IN (7, 41)")

    # A run that does not look for deletes (a retry an hour later with a long interval)...
    between = run_tap(
        {**appointments, "reconcile_interval_hours": 1000}, tmp_path, state=third.state
    )
    assert retired_keys_sent(between) is None
    # ...must not hide them from the next one that does: its keys go out without 7 and 41.
    after = run_tap(appointments, tmp_path, state=between.state)
    assert retired_keys_sent(after) == [n for n in range(1, 43) if n not in (7, 41)]
    # And then nothing has gone: no key is sent, although new rows came in meanwhile.
    _execute(mysql_server, database, "INSERT INTO appointment (AptNum, PatNum) VALUES (43, 3)")
    quiet = run_tap(appointments, tmp_path, state=after.state)
    assert retired_keys_sent(quiet) is None
    assert "No key of appointment has gone" in quiet.stderr
    # A row loaded by a run in between, deleted later, is still found.
    _execute(mysql_server, database, "DELETE FROM appointment WHERE AptNum = 43")
    assert retired_keys_sent(run_tap(appointments, tmp_path, state=quiet.state)) == [
        n for n in range(1, 43) if n not in (7, 41)
    ]


def test_a_column_added_at_the_source_is_read_for_every_row(
    appointments: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    database = appointments["database"]
    first = run_tap(appointments, tmp_path)
    _execute(
        mysql_server,
        database,
        "ALTER TABLE appointment ADD COLUMN Priority varchar(10) NOT NULL DEFAULT 'x'",
        "UPDATE appointment SET Priority = 'ASAP' WHERE AptNum = 5",
    )
    # Until the analysis takes the column in, runs read as before.
    unchanged = run_tap(appointments, tmp_path, state=first.state)
    assert sorted(rows_read(unchanged)) == [5, 40]  # 40: stamped in the bookmark's second
    assert "Priority" not in rows_read(unchanged)[5]

    analyze_into(mysql_server, database, Path(appointments["catalog_path"]))
    refilled = run_tap(appointments, tmp_path, state=unchanged.state)
    rows = {key: row["Priority"] for key, row in rows_read(refilled).items()}
    assert rows == {n: "ASAP" if n == 5 else "x" for n in range(1, 41)}
    assert "appointment has new columns (Priority)" in refilled.stderr
    # The next run is incremental again.
    again = run_tap(appointments, tmp_path, state=refilled.state)
    assert len(rows_read(again)) < 40


def test_bookmarks_of_another_source_stop_the_run_before_any_row(
    appointments: dict[str, t.Any],
    mysql_server: Server,
    mysql_database: str,
    tmp_path: Path,
) -> None:
    first = run_tap(appointments, tmp_path)
    # A second database with the same tables, e.g. a test copy, production, a restored backup.
    other = f"{mysql_database}_other"
    _execute(mysql_server, "", f"CREATE DATABASE `{other}`")
    try:
        _execute(
            mysql_server,
            other,
            APPOINTMENTS,
            "INSERT INTO appointment (AptNum, PatNum, DateTStamp) VALUES "
            "(1, 1, '2023-01-01'), (2, 2, '2025-01-01')",
        )
        elsewhere = {**appointments, "database": other}
        stopped = run_tap(elsewhere, tmp_path, state=first.state, check=False)
        assert stopped.returncode != 0
        assert not [m for m in stopped.messages if m["type"] == "RECORD"]
        line = next(line for line in stopped.stderr.splitlines() if "bookmarks of" in line)
        assert f"/{mysql_database}, but this run reads " in line
        assert f"/{other}: to read this source from scratch" in line
        assert "--full-refresh" in line
        assert "TAP_OPENDENTAL_ACCEPT_SOURCE_CHANGE=true" in line

        # From scratch (Meltano passes no state), every row is read.
        fresh = run_tap(elsewhere, tmp_path)
        assert sorted(rows_read(fresh)) == [1, 2]
        # The same data moved: the bookmarks are kept and tied to the new source.
        moved = run_tap({**elsewhere, "accept_source_change": True}, tmp_path, state=first.state)
        assert list(rows_read(moved)) == [2]  # stamped after the bookmark
        bookmark = moved.state["bookmarks"]["appointment"]
        assert bookmark["source"].endswith(f"/{other}")
        assert run_tap(elsewhere, tmp_path, state=moved.state).returncode == 0
    finally:
        _execute(mysql_server, "", f"DROP DATABASE IF EXISTS `{other}`")


def _what_the_run_did(run: t.Any, table: str, total: int) -> dict[str, t.Any]:
    """A run's actions on one table, told from its messages alone."""
    # A full-table table is replaced through a version too; only an incremental one's keys
    # alone are a key send.
    versioned = [m for m in run.messages if m.get("stream") == table]
    sent_keys = table == "appointment" and any(m["type"] == "ACTIVATE_VERSION" for m in versioned)
    rows = [m for m in run.messages if m["type"] == "RECORD" and m["stream"] == table]
    if table == "appointment":
        rows = [m for m in rows if "version" not in m]
    return {
        "whole": len(rows) == total,
        "sent keys": sent_keys,
        "none gone": f"No key of {table} has gone" in run.stderr,
    }


def _what_the_plan_said(planned: t.Any) -> dict[str, t.Any]:
    return {
        "whole": planned.action == "full",
        "sent keys": planned.deletes == "send",
        "none gone": planned.deletes == "none gone",
    }


def test_the_plan_is_what_the_sync_does(
    appointments: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    database = appointments["database"]
    _execute(
        mysql_server,
        database,
        "CREATE TABLE definition (DefNum bigint(20) NOT NULL, ItemName varchar(255), "
        "PRIMARY KEY (DefNum)) ENGINE=MyISAM",
        "INSERT INTO definition VALUES (1, 'a'), (2, 'b')",
    )
    analyze_into(mysql_server, database, Path(appointments["catalog_path"]))

    def rows(table: str) -> int:
        with mysql_connect(mysql_server, database) as connection:
            cursor = connection.cursor()
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            return cursor.fetchone()[0]

    def check(config: dict[str, t.Any], state: dict[str, t.Any] | None) -> t.Any:
        tap = TapOpenDental(config=config, state=state or {}, setup_mapper=False)
        plans = {p.table: p for p in tap.plan()}
        told = {p.table: p for p in tap.plan(look=False)}
        run = run_tap(config, tmp_path, state=state)
        for table in ("appointment", "definition"):
            assert _what_the_plan_said(plans[table]) == _what_the_run_did(
                run, table, rows(table)
            ), (table, plans[table])
            # Without counting the source's keys, the plan says it will look.
            if plans[table].deletes in ("send", "none gone") and "through" in (
                plans[table].deletes_why or ""
            ):
                assert told[table].deletes == "look"
        return run

    first = check(appointments, None)  # no bookmark: both whole
    second = check(appointments, first.state)  # keys sent after a read from scratch
    third = check(appointments, second.state)  # nothing gone
    _execute(mysql_server, database, "DELETE FROM appointment WHERE AptNum = 3")
    fourth = check(appointments, third.state)  # one gone: the keys are sent
    check({**appointments, "full_refresh_tables": ["appointment"]}, fourth.state)
    _execute(mysql_server, database, "ALTER TABLE appointment ADD COLUMN Note text")
    analyze_into(mysql_server, database, Path(appointments["catalog_path"]))
    check(appointments, fourth.state)  # a new column: whole again
