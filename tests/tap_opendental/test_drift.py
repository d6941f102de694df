"""Schema drift between tables.yml and the source: adapt where safe, stop where not."""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest

from tests.conftest import Server, analyze_into, mysql_connect, run_tap, tap_config


@pytest.fixture
def source(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "CREATE TABLE patient (PatNum bigint(20) NOT NULL, LName varchar(20), "
            "PatStatus tinyint(4) NOT NULL DEFAULT 0, "
            "Birthdate date NOT NULL DEFAULT '0001-01-01', "
            "DateTStamp timestamp NOT NULL DEFAULT current_timestamp() "
            "ON UPDATE current_timestamp(), PRIMARY KEY (PatNum))"
        )
        cursor.execute("INSERT INTO patient (PatNum, LName) VALUES (1, 'Ávila'), (2, 'Bee')")
        cursor.execute(
            "CREATE TABLE clinic (ClinicNum bigint(20) NOT NULL PRIMARY KEY, Abbr varchar(10))"
        )
        cursor.execute("INSERT INTO clinic VALUES (1, 'Main')")
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return tap_config(mysql_server, mysql_database, catalog)


def _alter(server: Server, database: str, statement: str) -> None:
    with mysql_connect(server, database) as connection:
        connection.cursor().execute(statement)


@pytest.mark.parametrize(
    ("statement", "change"),
    [
        ("MODIFY LName varchar(100)", "patient.LName changed varchar(20) -> varchar(100)"),
        ("MODIFY PatStatus smallint(6)", "patient.PatStatus changed tinyint(4) -> smallint(6)"),
        ("MODIFY Birthdate datetime NOT NULL", "patient.Birthdate changed date -> datetime"),
        ("DROP COLUMN LName", "patient.LName (varchar(20)) no longer exists"),
    ],
)  # fmt: skip
def test_changed_types_and_removed_columns_stop_the_run_before_any_row(
    source: dict[str, t.Any],
    mysql_server: Server,
    tmp_path: Path,
    statement: str,
    change: str,
) -> None:
    _alter(mysql_server, source["database"], f"ALTER TABLE patient {statement}")
    run = run_tap(source, tmp_path, check=False)
    assert run.returncode != 0
    assert f"schema drift in {change}: run `meltano invoke tap-opendental:analyze`" in run.stderr
    assert "Traceback" not in run.stderr
    assert run.records == {}


def test_a_new_column_is_left_out_with_a_warning(
    source: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    # OpenDental appends NOT NULL columns without a default.
    _alter(
        mysql_server,
        source["database"],
        "ALTER TABLE patient ADD COLUMN Urgency tinyint(4) NOT NULL",
    )
    run = run_tap(source, tmp_path)
    assert "new column patient.Urgency tinyint(4) at the source" in run.stderr
    assert [set(row) for row in run.records["patient"]] == [
        {"PatNum", "LName", "PatStatus", "Birthdate", "DateTStamp"}
    ] * 2


def test_a_table_missing_during_an_upgrade_is_skipped_and_keeps_its_bookmark(
    source: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    first = run_tap(source, tmp_path)
    bookmark = first.state["bookmarks"]["patient"]["replication_key_value"]
    _alter(mysql_server, source["database"], "RENAME TABLE patient TO tempConv_patient")
    second = run_tap(source, tmp_path, state=first.state)
    assert "patient is not in the source now" in second.stderr
    assert "patient" not in second.records
    assert second.records["clinic"] == [{"ClinicNum": 1, "Abbr": "Main"}]
    assert second.state["bookmarks"]["patient"]["replication_key_value"] == bookmark
