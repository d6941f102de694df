"""The target fed Singer messages directly: transactions, state, versions, types, errors."""

from __future__ import annotations

import datetime
import io
import json
import logging
import subprocess
import typing as t
from pathlib import Path

import pytest

from target_mysql_replica.target import TargetMySQLReplica
from tests.conftest import VENV_BIN, Server, mysql_connect
from tests.target_mysql_replica.conftest import column_types, read_rows, replica_config

KEYLESS_SCHEMA = {
    "type": "SCHEMA",
    "stream": "leftover",
    "key_properties": [],
    "schema": {
        "type": "object",
        "properties": {
            "PlanNum": {"type": ["integer", "null"], "x-sql-datatype": "bigint(20)"},
            "GroupName": {"type": ["string", "null"], "x-sql-datatype": "varchar(50)"},
        },
    },
}


def schema_message(stream: str, columns: dict[str, str], keys: list[str]) -> dict[str, t.Any]:
    properties = {name: {"x-sql-datatype": kind} for name, kind in columns.items()}
    return {
        "type": "SCHEMA",
        "stream": stream,
        "key_properties": keys,
        "schema": {"type": "object", "properties": properties},
    }


def record(stream: str, **values: t.Any) -> dict[str, t.Any]:
    return {"type": "RECORD", "stream": stream, "record": values}


def feed(target: TargetMySQLReplica, *messages: dict[str, t.Any]) -> None:
    target.process_lines(io.StringIO("".join(json.dumps(m) + "\n" for m in messages)))


def new_target(server: Server, database: str, **extra: t.Any) -> TargetMySQLReplica:
    return TargetMySQLReplica(config=replica_config(server, database, **extra))


def leftover_rows(server: Server, database: str) -> list[tuple[t.Any, ...]]:
    return sorted(
        (row["PlanNum"], row["GroupName"]) for row in read_rows(server, database, "leftover")
    )


def test_a_keyless_reload_is_one_transaction(mysql_server: Server, replica_database: str) -> None:
    first = new_target(mysql_server, replica_database)
    feed(first, KEYLESS_SCHEMA, record("leftover", PlanNum=1, GroupName="old"))
    first.process_endofpipe()

    # batch_size_rows=1: every record is written at once, before the stream ends.
    second = new_target(mysql_server, replica_database, batch_size_rows=1)
    feed(
        second,
        KEYLESS_SCHEMA,
        record("leftover", PlanNum=2, GroupName="new"),
        record("leftover", PlanNum=3, GroupName="new"),
    )
    # Both rows are written (and the old one deleted) but not committed: readers see the
    # previous version whole.
    assert leftover_rows(mysql_server, replica_database) == [(1, "old")]
    with mysql_connect(mysql_server, replica_database) as connection:
        cursor = connection.cursor()
        cursor.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED")
        cursor.execute("SELECT PlanNum FROM leftover ORDER BY PlanNum")
        assert cursor.fetchall() == ((2,), (3,))
    second.process_endofpipe()
    assert leftover_rows(mysql_server, replica_database) == [(2, "new"), (3, "new")]


def test_activate_version_closes_and_opens_versions(
    mysql_server: Server, replica_database: str
) -> None:
    def activate(version: int) -> dict[str, t.Any]:
        return {"type": "ACTIVATE_VERSION", "stream": "leftover", "version": version}

    target = new_target(mysql_server, replica_database)
    # A tap that sends ACTIVATE_VERSION after its rows (the Singer convention) ...
    feed(
        target,
        KEYLESS_SCHEMA,
        record("leftover", PlanNum=1, GroupName="v1"),
        record("leftover", PlanNum=1, GroupName="v1"),
        activate(1),
    )
    assert leftover_rows(mysql_server, replica_database) == [(1, "v1"), (1, "v1")]
    # ... and a tap that sends it first (as the Singer SDK does), then a version's rows.
    feed(target, activate(2), record("leftover", PlanNum=2, GroupName="v2"))
    target.process_endofpipe()
    assert leftover_rows(mysql_server, replica_database) == [(2, "v2")]

    # A version without rows empties the table.
    empty = new_target(mysql_server, replica_database)
    feed(empty, KEYLESS_SCHEMA, activate(3))
    empty.process_endofpipe()
    assert leftover_rows(mysql_server, replica_database) == []


def test_state_is_emitted_only_after_its_rows_are_committed(
    mysql_server: Server, replica_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = schema_message(
        "patient", {"PatNum": "bigint(20)", "LName": "varchar(100)"}, ["PatNum"]
    )
    target = new_target(mysql_server, replica_database)
    feed(
        target, stream, record("patient", PatNum=1, LName="a"), {"type": "STATE", "value": {"n": 1}}
    )
    target.drain_all()
    assert capsys.readouterr().out.strip() == '{"n": 1}'
    assert len(read_rows(mysql_server, replica_database, "patient")) == 1

    with mysql_connect(mysql_server, replica_database) as connection:
        connection.cursor().execute("DROP TABLE patient")
    feed(target, record("patient", PatNum=2, LName="b"), {"type": "STATE", "value": {"n": 2}})
    with pytest.raises(Exception, match="patient"):
        target.drain_all()
    assert capsys.readouterr().out == ""


def test_narrower_types_keep_the_wider_column(
    mysql_server: Server, replica_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    wide = {"Num": "bigint(20)", "Name": "varchar(100)", "Level": "smallint(6)", "Born": "datetime"}
    narrow = {"Num": "bigint(20)", "Name": "varchar(20)", "Level": "tinyint(4)", "Born": "date"}
    for columns in (wide, narrow):
        target = new_target(mysql_server, replica_database)
        with caplog.at_level(logging.WARNING):
            feed(target, schema_message("person", columns, ["Num"]))
        target.process_endofpipe()

    assert column_types(mysql_server, replica_database, "person") == wide
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    for column, current, incoming in [
        ("Name", "varchar(100)", "varchar(20)"),
        ("Level", "smallint(6)", "tinyint(4)"),
        ("Born", "datetime", "date"),
    ]:
        assert any(
            f"`person`.{column} stays {current}" in message and incoming in message
            for message in warnings
        ), (column, warnings)


def test_columns_dropped_at_the_source_are_kept(
    mysql_server: Server, replica_database: str
) -> None:
    first = new_target(mysql_server, replica_database)
    feed(
        first,
        schema_message(
            "fee", {"FeeNum": "bigint(20)", "Amount": "double", "Old": "int(11)"}, ["FeeNum"]
        ),
        record("fee", FeeNum=1, Amount=1.5, Old=7),
    )
    first.process_endofpipe()
    second = new_target(mysql_server, replica_database)
    feed(
        second,
        schema_message("fee", {"FeeNum": "bigint(20)", "Amount": "double"}, ["FeeNum"]),
        record("fee", FeeNum=1, Amount=2.5),
    )
    second.process_endofpipe()
    assert read_rows(mysql_server, replica_database, "fee") == [
        {"FeeNum": 1, "Amount": 2.5, "Old": 7}
    ]


def test_connection_failure_is_one_line_naming_the_setting(
    mysql_server: Server, replica_database: str, tmp_path: Path
) -> None:
    config = tmp_path / "target.json"
    config.write_text(json.dumps(replica_config(mysql_server, replica_database, password="wrong")))
    result = subprocess.run(
        [str(VENV_BIN / "target-mysql-replica"), "--config", str(config)],
        input=json.dumps(KEYLESS_SCHEMA) + "\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "cannot connect" in line]
    assert len(errors) == 1
    assert "Access denied" in errors[0]
    assert "TARGET_MYSQL_REPLICA_USER / TARGET_MYSQL_REPLICA_PASSWORD" in errors[0]


def test_sessions_write_utc_with_a_relaxed_sql_mode(
    mysql_server: Server, replica_database: str
) -> None:
    target = new_target(mysql_server, replica_database)
    connector = target.target_connector
    with connector._engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT @@session.time_zone").scalar() == "+00:00"
        assert connection.exec_driver_sql("SELECT @@session.sql_mode").scalar() == ""

    stream = schema_message("stamped", {"Num": "bigint(20)", "DateTStamp": "timestamp"}, ["Num"])
    stream["schema"]["properties"]["DateTStamp"].update(
        {"type": ["string", "null"], "format": "date-time"}
    )
    feed(
        target,
        stream,
        record("stamped", Num=1, DateTStamp="2024-01-01T10:00:00+00:00"),
        record("stamped", Num=2, DateTStamp="2024-01-01T10:00:00+02:00"),
        record("stamped", Num=3, DateTStamp=None),
    )
    target.process_endofpipe()
    rows = read_rows(mysql_server, replica_database, "stamped", time_zone="+00:00")
    assert {row["Num"]: row["DateTStamp"] for row in rows} == {
        1: datetime.datetime(2024, 1, 1, 10, 0),
        2: datetime.datetime(2024, 1, 1, 8, 0),
        3: None,
    }


def test_overwrite_rebuilds_each_table_once_per_run(
    mysql_server: Server, replica_database: str
) -> None:
    stream = schema_message("fee", {"FeeNum": "bigint(20)", "Amount": "double"}, ["FeeNum"])
    first = new_target(mysql_server, replica_database)
    feed(first, stream, record("fee", FeeNum=1, Amount=1.0), record("fee", FeeNum=2, Amount=2.0))
    first.process_endofpipe()

    second = new_target(mysql_server, replica_database, load_method="overwrite")
    feed(second, stream, record("fee", FeeNum=3, Amount=3.0))
    second.process_endofpipe()
    assert read_rows(mysql_server, replica_database, "fee") == [{"FeeNum": 3, "Amount": 3.0}]


def test_batch_files_load_in_slices_and_are_removed(
    mysql_server: Server, replica_database: str, tmp_path: Path
) -> None:
    path = tmp_path / "procedurelog-1.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {"ProcNum": n, "ProcFee": n + 0.25, "DateTStamp": "2024-05-01T10:00:00+00:00"}
            )
            + "\n"
            for n in range(1, 8)
        )
    )
    schema = schema_message(
        "procedurelog",
        {"ProcNum": "bigint(20)", "ProcFee": "double", "DateTStamp": "timestamp"},
        ["ProcNum"],
    )
    batch = {
        "type": "BATCH",
        "stream": "procedurelog",
        "encoding": {"format": "jsonl", "compression": "none"},
        "manifest": [f"file://{path}"],
    }
    feed(new_target(mysql_server, replica_database, batch_size_rows=3), schema, batch)
    rows = read_rows(mysql_server, replica_database, "procedurelog", time_zone="+00:00")
    assert [(row["ProcNum"], row["ProcFee"]) for row in rows] == [
        (n, n + 0.25) for n in range(1, 8)
    ]
    assert {str(row["DateTStamp"]) for row in rows} == {"2024-05-01 10:00:00"}
    assert not path.exists()
