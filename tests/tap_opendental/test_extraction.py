"""Extraction against a real MariaDB: type fidelity, incremental state, look-back, resume."""

from __future__ import annotations

import datetime
import json
import time
import typing as t
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from tap_opendental.analyze import SECRET_COLUMNS
from tap_opendental.client import OpenDentalConnector
from tap_opendental.run_record import STATE_KEY
from tap_opendental.tap import TapOpenDental
from tests.conftest import Server, analyze_into, mysql_connect, run_tap, tap_config

AWKWARD_TABLE = """
CREATE TABLE awkward (
  AwkNum bigint(20) NOT NULL AUTO_INCREMENT,
  TheDate date NOT NULL DEFAULT '0000-00-00',
  TheDateTime datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  TheTime time NOT NULL DEFAULT '00:00:00',
  Flag tinyint(1) unsigned NOT NULL DEFAULT 0,
  Color int(11) NOT NULL DEFAULT 0,
  Money double NOT NULL DEFAULT 0,
  Exact decimal(30,10) DEFAULT NULL,
  Huge bigint(20) unsigned DEFAULT NULL,
  Note mediumtext,
  Raw varbinary(8) DEFAULT NULL,
  `Position` varchar(20) DEFAULT NULL,
  Mode_ tinyint(4) NOT NULL DEFAULT 0,
  DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (AwkNum)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3
"""

AWKWARD_ROWS = [
    # zero date, invalid date, time beyond 24 hours, tinyint(1) holding 2, negative color
    "(1, '0000-00-00', '0000-00-00 00:00:00', '26:30:15', 2, -16777216, 12.34, "
    "12345678901234567890.0123456789, 18446744073709551615, 'José \"q\" O''Brien', "
    "0x00FF10, 'Lead', 1, '2024-01-01 00:00:00')",
    "(2, '2022-11-00', '0001-01-01 00:00:00', '-01:15:00', 1, 0, 0.1, NULL, 9223372036854775807, "
    "'Zoë', '', 'x', 2, '2024-01-01 00:00:00')",
    "(3, '0001-01-01', '2024-03-05 13:45:00', '13:45:00', 0, 255, -5.5, 1.5, 0, NULL, NULL, "
    "NULL, 0, '2024-01-02 00:00:00')",
]


def without_run_records(state: dict[str, t.Any]) -> dict[str, t.Any]:
    """The bookmarks, without each table's record of its last run (times differ per run)."""
    return {
        table: {key: value for key, value in bookmark.items() if key != STATE_KEY}
        for table, bookmark in state["bookmarks"].items()
    }


@pytest.fixture
def awkward_source(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(AWKWARD_TABLE)
        cursor.execute(f"INSERT INTO awkward VALUES {', '.join(AWKWARD_ROWS)}")
        cursor.execute(
            "CREATE TABLE latin (Id int NOT NULL, Name varchar(20), PRIMARY KEY (Id)) "
            "DEFAULT CHARSET=latin1"
        )
        cursor.execute("INSERT INTO latin VALUES (1, 'café'), (2, 'Zoë')")
        cursor.execute("CREATE TABLE leftover_bak (PlanNum bigint(20), GroupName varchar(50))")
        cursor.execute("INSERT INTO leftover_bak VALUES (1, 'a'), (1, 'a'), (2, NULL)")
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return tap_config(mysql_server, mysql_database, catalog, chunk_size=2)


def test_awkward_values_survive(awkward_source: dict[str, t.Any], tmp_path: Path) -> None:
    run = run_tap(awkward_source, tmp_path)
    rows = {row["AwkNum"]: row for row in run.records["awkward"]}
    assert rows[1]["TheDate"] is None
    assert rows[1]["TheDateTime"] is None
    assert rows[1]["TheTime"] == "26:30:15"
    assert rows[1]["Flag"] == 2
    assert rows[1]["Color"] == -16777216
    assert rows[1]["Money"] == Decimal("12.34")
    assert rows[1]["Exact"] == Decimal("12345678901234567890.0123456789")
    assert rows[1]["Huge"] == 18446744073709551615
    assert rows[1]["Note"] == 'José "q" O\'Brien'
    assert rows[1]["Raw"] == "AP8Q"
    assert rows[1]["Position"] == "Lead"
    assert rows[1]["DateTStamp"] == "2024-01-01T00:00:00+00:00"
    assert rows[2]["TheDate"] is None
    assert rows[2]["TheDateTime"] == "0001-01-01T00:00:00"
    assert rows[2]["TheTime"] == "-01:15:00"
    assert rows[2]["Huge"] == 2**63 - 1
    assert rows[3]["TheDate"] == "0001-01-01"
    assert rows[3]["TheDateTime"] == "2024-03-05T13:45:00"
    assert {row["Name"] for row in run.records["latin"]} == {"café", "Zoë"}
    # A table without a primary key is read whole, duplicates included.
    assert len(run.records["leftover_bak"]) == 3


def test_chunks_cover_every_row_once(awkward_source: dict[str, t.Any], tmp_path: Path) -> None:
    # chunk_size=2 with three rows, two sharing one stamp: keyset paging must not skip or repeat.
    run = run_tap(awkward_source, tmp_path)
    assert [row["AwkNum"] for row in run.records["awkward"]] == [1, 2, 3]
    assert run.state["bookmarks"]["awkward"]["replication_key_value"] == "2024-01-02T00:00:00+00:00"


def test_sessions_are_read_only(awkward_source: dict[str, t.Any]) -> None:
    connector = OpenDentalConnector(awkward_source)
    with connector._engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT @@session.time_zone").scalar() == "+00:00"
        assert connection.exec_driver_sql("SELECT @@session.sql_mode").scalar() == ""
        with pytest.raises(OperationalError, match="READ ONLY"):
            connection.exec_driver_sql("INSERT INTO latin VALUES (3, 'no')")


def test_sensitive_columns_are_left_out_unless_opted_in(
    mysql_server: Server, mysql_database: str, tmp_path: Path
) -> None:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "CREATE TABLE userod (UserNum bigint NOT NULL, UserName varchar(255), "
            "Password varchar(255), MobileWebPin varchar(255), PRIMARY KEY (UserNum))"
        )
        cursor.execute("INSERT INTO userod VALUES (1, 'admin', 'hash', '1234')")
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    config = tap_config(mysql_server, mysql_database, catalog)
    assert run_tap(config, tmp_path).records["userod"] == [{"UserNum": 1, "UserName": "admin"}]
    config["include_sensitive_columns"] = ["userod.MobileWebPin"]
    assert run_tap(config, tmp_path).records["userod"][0]["MobileWebPin"] == "1234"


#: Flags about secrets, which are no secrets, in the tables that hold them.
FLAGS = {
    "userod": ("PasswordIsStrong", "IsPasswordResetRequired", "MobileWebPinFailedAttempts"),
    "userweb": ("RequirePasswordChange",),
}


def test_every_secret_of_opendental_is_left_out_and_the_flags_about_them_are_copied(
    mysql_server: Server, mysql_database: str, tmp_path: Path
) -> None:
    tables: dict[str, list[str]] = {}
    for table, column in SECRET_COLUMNS:
        tables.setdefault(table, []).append(column)
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        for table, secrets in tables.items():
            flags = FLAGS.get(table, ())
            definitions = [f"`{column}` varchar(255)" for column in secrets]
            definitions += [f"`{flag}` tinyint(4) NOT NULL" for flag in flags]
            cursor.execute(
                f"CREATE TABLE `{table}` (Num bigint(20) NOT NULL, Note varchar(20), "
                f"{', '.join(definitions)}, PRIMARY KEY (Num))"
            )
            values = ["'secret'"] * len(secrets) + ["1"] * len(flags)
            cursor.execute(f"INSERT INTO `{table}` VALUES (1, 'kept', {', '.join(values)})")
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)

    run = run_tap(tap_config(mysql_server, mysql_database, catalog), tmp_path)

    assert set(run.records) == set(tables)
    for table, records in run.records.items():
        assert records == [{"Num": 1, "Note": "kept", **dict.fromkeys(FLAGS.get(table, ()), 1)}]
    schemas = [message for message in run.messages if message["type"] == "SCHEMA"]
    for message in schemas:
        assert not set(message["schema"]["properties"]) & set(tables[message["stream"]])
    assert "secret" not in json.dumps(run.messages)


# --- incremental -------------------------------------------------------------------------------

PROCEDURES = """
CREATE TABLE procedurelog (
  ProcNum bigint(20) NOT NULL AUTO_INCREMENT,
  ProcDate date NOT NULL DEFAULT '0001-01-01',
  ProcStatus tinyint(4) NOT NULL DEFAULT 1,
  ProcFee double NOT NULL DEFAULT 0,
  DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (ProcNum),
  KEY (DateTStamp)
) ENGINE=MyISAM
"""


@pytest.fixture
def procedures(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(PROCEDURES)
        values = ", ".join(
            f"({n}, '2020-01-01', 2, {n}.5, '2020-01-{1 + n % 20:02d} 10:00:00')"
            for n in range(1, 51)
        )
        cursor.execute(f"INSERT INTO procedurelog VALUES {values}")
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    # The key reconciliation has tests of its own; here every record is a changed row.
    return tap_config(mysql_server, mysql_database, catalog, chunk_size=7, reconcile_deletes=False)


def _execute(server: Server, database: str, *statements: str) -> None:
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        for statement in statements:
            cursor.execute(statement)


def test_second_run_reads_only_changes_and_same_second_rows(
    procedures: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    first = run_tap(procedures, tmp_path)
    assert len(first.records["procedurelog"]) == 50
    bookmark = first.state["bookmarks"]["procedurelog"]["replication_key_value"]
    assert bookmark == "2020-01-20T10:00:00+00:00"

    # A row written in the bookmark's own second after the run, an update and an insert.
    _execute(
        mysql_server,
        procedures["database"],
        "INSERT INTO procedurelog VALUES (51, '2020-01-01', 1, 1, '2020-01-20 10:00:00')",
        "UPDATE procedurelog SET ProcFee = 99 WHERE ProcNum = 3",
        "INSERT INTO procedurelog (ProcNum, ProcDate, ProcStatus, ProcFee) "
        "VALUES (52, '2020-02-01', 1, 2)",
    )
    second = run_tap(procedures, tmp_path, state=first.state)
    read = sorted(row["ProcNum"] for row in second.records["procedurelog"])
    # Rows stamped in the bookmark's second are read again (19, 39 and the late 51); nothing older.
    assert read == [3, 19, 39, 51, 52]
    new_bookmark = second.state["bookmarks"]["procedurelog"]["replication_key_value"]
    assert new_bookmark > bookmark


def test_lookback_catches_a_change_whose_stamp_did_not_move(
    procedures: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    first = run_tap(procedures, tmp_path)
    recent = (datetime.date.today() - datetime.timedelta(days=3)).isoformat()
    # TP -> C with the stamp held back, as OpenDental's stamps sometimes are.
    _execute(
        mysql_server,
        procedures["database"],
        f"UPDATE procedurelog SET ProcStatus = 2, ProcDate = '{recent}', DateTStamp = DateTStamp "
        "WHERE ProcNum = 5",
    )
    without = run_tap({**procedures, "lookback_days": 0}, tmp_path, state=first.state)
    assert 5 not in {row["ProcNum"] for row in without.records["procedurelog"]}
    with_lookback = run_tap(procedures, tmp_path, state=first.state)
    caught = {row["ProcNum"]: row for row in with_lookback.records["procedurelog"]}
    assert caught[5]["ProcStatus"] == 2
    assert caught[5]["ProcDate"] == recent
    # The look-back never lowers the bookmark below the newest stamp read.
    assert (
        with_lookback.state["bookmarks"]["procedurelog"]["replication_key_value"]
        == first.state["bookmarks"]["procedurelog"]["replication_key_value"]
    )


def test_interrupted_run_resumes_from_its_last_state(
    procedures: dict[str, t.Any], tmp_path: Path
) -> None:
    # A state emitted mid-stream (every 10k rows in real runs) is a sorted, resumable bookmark.
    partial_state = {
        "bookmarks": {
            "procedurelog": {
                "replication_key": "DateTStamp",
                "replication_key_value": "2020-01-15T10:00:00+00:00",
            }
        }
    }
    resumed = run_tap(procedures, tmp_path, state=partial_state)
    stamps = [row["DateTStamp"] for row in resumed.records["procedurelog"]]
    assert stamps == sorted(stamps)
    assert min(stamps) == "2020-01-15T10:00:00+00:00"
    # Days 15..20 hold 2 or 3 rows each of the 50; nothing before the bookmark is re-read.
    assert len(stamps) == sum(1 for n in range(1, 51) if 1 + n % 20 >= 15)


def test_stamps_move_when_mysql_moves_them(
    procedures: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    first = run_tap(procedures, tmp_path)
    time.sleep(1)
    _execute(
        mysql_server,
        procedures["database"],
        "UPDATE procedurelog SET ProcStatus = 6 WHERE ProcNum = 8",
    )
    second = run_tap(procedures, tmp_path, state=first.state)
    changed = {row["ProcNum"]: row for row in second.records["procedurelog"]}
    assert changed[8]["ProcStatus"] == 6
    assert changed[8]["DateTStamp"] > "2024-01-01"


def test_full_refresh_of_chosen_tables_ignores_their_bookmark(
    procedures: dict[str, t.Any], tmp_path: Path
) -> None:
    first = run_tap(procedures, tmp_path)
    assert len(run_tap(procedures, tmp_path, state=first.state).records["procedurelog"]) == 2
    reload = run_tap(
        {**procedures, "full_refresh_tables": ["procedurelog"]}, tmp_path, state=first.state
    )
    assert len(reload.records["procedurelog"]) == 50
    assert without_run_records(reload.state) == without_run_records(first.state)


def test_key_reconciliation_sends_every_key_as_a_version_before_the_sync(
    procedures: dict[str, t.Any], mysql_server: Server, tmp_path: Path
) -> None:
    config = {**procedures, "reconcile_deletes": True}
    first = run_tap(config, tmp_path)
    # No bookmark yet: no target holds a row to retire, so no keys are sent.
    assert not [m for m in first.messages if m["type"] == "ACTIVATE_VERSION"]

    _execute(
        mysql_server, procedures["database"], "DELETE FROM procedurelog WHERE ProcNum IN (4, 9)"
    )
    second = run_tap(config, tmp_path, state=first.state)
    kinds = [(m["type"], m.get("stream")) for m in second.messages if m["type"] != "STATE"]
    key_schema, *rest = [m for m in second.messages if m["type"] == "SCHEMA"]
    assert list(key_schema["schema"]["properties"]) == ["ProcNum"]
    assert key_schema["key_properties"] == ["ProcNum"]
    messages = [m for m in second.messages if m["type"] != "STATE"]
    activate = kinds.index(("ACTIVATE_VERSION", "procedurelog"))
    keys = [m for m in messages[:activate] if m["type"] == "RECORD"]
    assert sorted(m["record"]["ProcNum"] for m in keys) == [
        n for n in range(1, 51) if n not in (4, 9)
    ]
    assert {m["version"] for m in keys} == {messages[activate]["version"]}
    # Then the full schema and the incremental rows, as on any run.
    assert len(rest[0]["schema"]["properties"]) == 5
    assert kinds[activate + 1] == ("SCHEMA", "procedurelog")
    assert "reconciled_at" in second.state["bookmarks"]["procedurelog"]

    # Within the interval the keys are not sent again.
    third = run_tap(config, tmp_path, state=second.state)
    assert not [m for m in third.messages if m["type"] == "ACTIVATE_VERSION"]

    # When due, the keys the targets hold are checked first: with none gone, none is sent...
    every_run = {**config, "reconcile_interval_hours": 0}
    fourth = run_tap(every_run, tmp_path, state=second.state)
    assert not [m for m in fourth.messages if m["type"] == "ACTIVATE_VERSION"]
    assert "No key of procedurelog has gone" in fourth.stderr
    # ...a new row (a larger key) changes nothing of that...
    _execute(
        mysql_server,
        procedures["database"],
        "INSERT INTO procedurelog (ProcNum, ProcDate, ProcStatus, ProcFee) "
        "VALUES (60, '2020-02-01', 1, 2)",
    )
    fifth = run_tap(every_run, tmp_path, state=fourth.state)
    assert not [m for m in fifth.messages if m["type"] == "ACTIVATE_VERSION"]
    # ...while a deleted one sends them all again, as does a full reconciliation's age.
    _execute(mysql_server, procedures["database"], "DELETE FROM procedurelog WHERE ProcNum = 20")
    sixth = run_tap(every_run, tmp_path, state=fifth.state)
    sent = [m for m in sixth.messages if m["type"] == "RECORD" and "version" in m]
    assert 20 not in {m["record"]["ProcNum"] for m in sent}
    assert 60 in {m["record"]["ProcNum"] for m in sent}
    always = {**every_run, "reconcile_full_interval_hours": 0}
    seventh = run_tap(always, tmp_path, state=sixth.state)
    assert [m for m in seventh.messages if m["type"] == "ACTIVATE_VERSION"]
    # A read from scratch (meltano run --full-refresh passes no state) clears the time of
    # the last key send explicitly, since Meltano merges the new state into the old one.
    fresh = run_tap(every_run, tmp_path).state["bookmarks"]["procedurelog"]
    assert fresh["keys_sent_at"] is None
    assert fresh["reconciled_at"] is None


def test_rows_changed_in_place_in_a_key_bookmarked_table_are_read_again(
    mysql_server: Server, mysql_database: str, tmp_path: Path
) -> None:
    _execute(
        mysql_server,
        mysql_database,
        "CREATE TABLE securitylog (SecurityLogNum bigint(20) NOT NULL AUTO_INCREMENT, "
        "FKey bigint(20) NOT NULL, LogText text, PRIMARY KEY (SecurityLogNum))",
        "INSERT INTO securitylog (SecurityLogNum, FKey, LogText) SELECT seq, seq, 'x' "
        "FROM seq_1_to_25000",
    )
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    config = tap_config(mysql_server, mysql_database, catalog, reconcile_deletes=False)
    first = run_tap(config, tmp_path)
    second = run_tap(config, tmp_path, state=first.state)
    # Nothing changed: only the bookmark's own row is read again.
    assert [r["SecurityLogNum"] for r in second.records["securitylog"]] == [25000]
    assert second.state["bookmarks"]["securitylog"]["range_checksums"]["through"] == 25000

    # OpenDental zeroes FKey in place when an appointment is deleted; the key never moves.
    _execute(
        mysql_server, mysql_database, "UPDATE securitylog SET FKey = 0 WHERE SecurityLogNum = 12345"
    )
    third = run_tap(config, tmp_path, state=second.state)
    reread = [r["SecurityLogNum"] for r in third.records["securitylog"]]
    # The range holding the changed row (10000..19999) is read again, then the bookmark's row.
    assert reread == [*range(10000, 20000), 25000]
    assert {r["FKey"] for r in third.records["securitylog"] if r["SecurityLogNum"] == 12345} == {0}
    fourth = run_tap(config, tmp_path, state=third.state)
    assert [r["SecurityLogNum"] for r in fourth.records["securitylog"]] == [25000]


def test_size_tiers_and_importance_levels_narrow_discovery(
    awkward_source: dict[str, t.Any],
) -> None:
    def discovered(**extra: t.Any) -> set[str]:
        tap = TapOpenDental(config={**awkward_source, **extra}, parse_env_config=False)
        return {entry["tap_stream_id"] for entry in tap.catalog_dict["streams"]}

    assert discovered() == {"awkward", "latin", "leftover_bak"}
    assert discovered(size_tiers=["tiny"]) == {"awkward", "latin", "leftover_bak"}
    assert discovered(size_tiers=["large"]) == set()
    assert discovered(importance_levels=["reference"]) == {"awkward", "latin", "leftover_bak"}
    assert discovered(importance_levels=["critical"]) == set()


def test_a_first_read_goes_in_key_order_and_bookmarks_the_stamp_it_began_at(
    procedures: dict[str, t.Any], tmp_path: Path
) -> None:
    first = run_tap(procedures, tmp_path)
    keys = [row["ProcNum"] for row in first.records["procedurelog"]]
    assert keys == list(range(1, 51))
    state = first.state["bookmarks"]["procedurelog"]
    assert state["replication_key_value"] == "2020-01-20T10:00:00+00:00"
    assert "first_read" not in state


def test_an_interrupted_first_read_resumes_after_its_last_key(
    procedures: dict[str, t.Any], tmp_path: Path
) -> None:
    through = "2020-01-20T10:00:00+00:00"
    state = {"bookmarks": {"procedurelog": {"first_read": {"through": through, "after": [21]}}}}
    resumed = run_tap(procedures, tmp_path, state=state)
    assert [row["ProcNum"] for row in resumed.records["procedurelog"]] == list(range(22, 51))
    bookmark = resumed.state["bookmarks"]["procedurelog"]
    assert bookmark["replication_key_value"] == through
    assert "first_read" not in bookmark


def test_rows_travel_as_batch_files_with_the_same_rows_and_state(
    procedures: dict[str, t.Any], tmp_path: Path
) -> None:
    batches = tmp_path / "batches"
    config = {
        **procedures,
        "batch_config": {
            "encoding": {"format": "jsonl", "compression": "none"},
            "storage": {"root": f"file://{batches}"},
            "batch_size": 20,
        },
    }
    as_records = run_tap(procedures, tmp_path)
    as_batches = run_tap(config, tmp_path)
    messages = [m for m in as_batches.messages if m["type"] == "BATCH"]
    assert len(messages) == 3
    rows = [
        json.loads(line, parse_float=Decimal)
        for message in messages
        for url in message["manifest"]
        for line in Path(url.removeprefix("file://")).read_text().splitlines()
    ]
    assert rows == as_records.records["procedurelog"]
    assert without_run_records(as_batches.state) == without_run_records(as_records.state)
    # The state after each file holds the first read's position, never past what was sent.
    positions = [
        m["value"]["bookmarks"]["procedurelog"].get("first_read")
        for m in as_batches.messages
        if m["type"] == "STATE" and "procedurelog" in m["value"]["bookmarks"]
    ]
    afters = [position["after"][0] for position in positions if position and position["after"]]
    assert afters
    assert afters == sorted(afters)
    assert max(afters) < 50
    assert "procedurelog" not in as_batches.records
    # Stream maps apply to RECORD messages only, so with maps every row is a record.
    mapped = run_tap(
        {**config, "stream_maps": {"procedurelog": {"ProcFee": "ProcFee * 2"}}}, tmp_path
    )
    assert not [m for m in mapped.messages if m["type"] == "BATCH"]
    assert mapped.records["procedurelog"][0]["ProcFee"] == 2 * rows[0]["ProcFee"]
