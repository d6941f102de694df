"""The LOAD DATA path: awkward values byte for byte, appends and upserts, and the fallback."""

from __future__ import annotations

import json
import logging
import typing as t
from pathlib import Path

import msgspec
import pytest

from target_mysql_replica.connector import MySQLReplicaConnector
from target_mysql_replica.target import TargetMySQLReplica
from tests.conftest import Server, analyze_into, mysql_connect, run_tap, tap_config
from tests.target_mysql_replica.conftest import read_rows, replica_config, run_pipe
from tests.target_mysql_replica.test_replica import assert_same_table, insert

BULKY_TABLE = """
CREATE TABLE bulky (
  BulkNum bigint(20) NOT NULL AUTO_INCREMENT,
  Note mediumtext,
  Code varchar(20) DEFAULT NULL,
  Data blob,
  Small varbinary(16) DEFAULT NULL,
  Span time DEFAULT NULL,
  Huge bigint(20) unsigned DEFAULT NULL,
  Exact decimal(30,10) DEFAULT NULL,
  Money double DEFAULT NULL,
  DateTStamp timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (BulkNum)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4
"""

BULKY_COLUMNS = "BulkNum, Note, Code, Data, Small, Span, Huge, Exact, Money, DateTStamp"

MEGABYTE_TEXT = "ab\tc\\d\ne\x00" * (1024 * 1024 // 9)

#: Everything the file format has to carry exactly: its separators, its quote and NULL
#: spellings in the data, NUL bytes, 4-byte UTF-8, raw bytes, and the extremes of numbers.
BULKY_ROWS: list[tuple[t.Any, ...]] = [
    (1, "tab\there\nnewline\\backslash\x00nul\r\"quote\"'", "\\N", b"\x00\xff\x00\xff\t\n\\\"",
     b"\xff", "838:59:59", 18446744073709551615, "12345678901234567890.0123456789", 1e300,
     "2024-01-01 08:00:00"),
    (2, "", "", b"", b"", "-01:15:00", 0, "-0.0000000001", -0.0, "2024-01-01 08:00:00"),
    (3, None, None, None, None, None, None, None, None, "2024-01-01 08:00:00"),
    (4, "NULL", "None", b"NULL", b"\\N", "00:00:00", 9223372036854775808, "0.0000000000",
     -1.7976931348623157e308, "2024-01-02 09:30:00"),
    (5, "emoji 😀 漢字 é", "😀", bytes(range(256)) * 4, b"\x00", "-838:59:59", 1,
     "99999999999999999999.9999999999", 5e-324, "2024-01-02 09:30:00"),
    (6, MEGABYTE_TEXT, '"', b"\"\"", b"\"", "26:30:00", 42, "0.5", 0.1, "2024-01-03 10:00:00"),
]  # fmt: skip


@pytest.fixture
def bulky_source(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        connection.cursor().execute(BULKY_TABLE)
    insert(mysql_server, mysql_database, "bulky", BULKY_COLUMNS, BULKY_ROWS)
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return tap_config(mysql_server, mysql_database, catalog, chunk_size=2)


def _loads(server: Server) -> int:
    """LOAD DATA statements the server has run (the replica's batches, and any other's)."""
    with mysql_connect(server) as connection:
        cursor = connection.cursor()
        cursor.execute("SHOW GLOBAL STATUS LIKE 'Com_load'")
        return int(cursor.fetchone()[1])


def batch_files(tmp_path: Path, rows: int) -> dict[str, t.Any]:
    return {
        "encoding": {"format": "jsonl", "compression": "none"},
        "storage": {"root": f"file://{tmp_path / 'batches'}"},
        "batch_size": rows,
    }


@pytest.mark.parametrize("rows_as", ["batches", "records"])
def test_awkward_values_arrive_exactly_appended_and_upserted(  # noqa: PLR0917 - fixtures
    mysql_server: Server,
    mysql_database: str,
    replica_database: str,
    bulky_source: dict[str, t.Any],
    tmp_path: Path,
    rows_as: str,
) -> None:
    tap = {**bulky_source, "batch_config": batch_files(tmp_path, 2) if rows_as == "batches" else {}}
    target = replica_config(mysql_server, replica_database, batch_size_rows=2)
    loads_before = _loads(mysql_server)
    # A first read: every batch's keys are beyond the table's, so each goes straight in.
    first = run_pipe(tap, target, tmp_path)
    assert _loads(mysql_server) - loads_before >= len(BULKY_ROWS) // 2
    assert_same_table(mysql_server, mysql_database, replica_database, "bulky")

    # Rows changed at the source come back among rows the replica holds: upserted through
    # the staging table, the changed values replacing the old, NULLs and empty strings too.
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute("UPDATE bulky SET Note = NULL, Code = '' WHERE BulkNum = 1")
        cursor.execute("UPDATE bulky SET Note = '', Code = NULL, Data = 'x\\tA' WHERE BulkNum = 2")
        cursor.execute("UPDATE bulky SET Note = 'a\\\\N\\tb', Money = -0.0 WHERE BulkNum = 3")
        cursor.execute("UPDATE bulky SET Exact = Exact - 1 WHERE BulkNum = 5")
    insert(
        mysql_server,
        mysql_database,
        "bulky",
        BULKY_COLUMNS,
        [(7, "new\trow", "x", b"\x00", None, "01:00:00", 7, "7", 7.5, "2030-01-01 00:00:00")],
    )
    second = run_pipe(tap, target, tmp_path, state=first.state)
    assert_same_table(mysql_server, mysql_database, replica_database, "bulky")

    rows = {r["BulkNum"]: r for r in read_rows(mysql_server, replica_database, "bulky")}
    assert (rows[1]["Note"], rows[1]["Code"]) == (None, "")
    assert (rows[2]["Note"], rows[2]["Code"], rows[2]["Data"]) == ("", None, b"x\tA")
    assert rows[3]["Note"] == "a\\N\tb"
    assert rows[4]["Code"] == "None"
    assert rows[4]["Small"] == b"\\N"
    assert rows[5]["Data"] == bytes(range(256)) * 4
    assert rows[6]["Note"] == MEGABYTE_TEXT
    # No staging table is left behind.
    assert "Traceback" not in second.target_stderr
    with mysql_connect(mysql_server) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s",
            (replica_database,),
        )
        assert [row[0] for row in cursor.fetchall()] == ["bulky"]


def test_a_key_sent_twice_in_a_batch_keeps_its_last_row(
    mysql_server: Server, replica_database: str
) -> None:
    def feed(*records: dict[str, t.Any]) -> None:
        target = TargetMySQLReplica(config=replica_config(mysql_server, replica_database))
        schema = {
            "type": "SCHEMA",
            "stream": "fee",
            "key_properties": ["FeeNum"],
            "schema": {
                "type": "object",
                "properties": {
                    "FeeNum": {"type": "integer", "x-sql-datatype": "bigint(20)"},
                    "Amount": {"type": ["number", "null"], "x-sql-datatype": "double"},
                },
            },
        }
        messages = [schema, *({"type": "RECORD", "stream": "fee", "record": r} for r in records)]
        target.process_lines(iter(json.dumps(m) + "\n" for m in messages))  # type: ignore[arg-type]
        target.process_endofpipe()

    def amounts() -> dict[int, float]:
        rows = read_rows(mysql_server, replica_database, "fee")
        return {row["FeeNum"]: row["Amount"] for row in rows}

    # Appended (the table is empty) ...
    feed({"FeeNum": 1, "Amount": 1.0}, {"FeeNum": 2, "Amount": 2.0}, {"FeeNum": 1, "Amount": 3.0})
    assert amounts() == {1: 3.0, 2: 2.0}
    # ... and upserted (the keys are in the table).
    feed({"FeeNum": 2, "Amount": 4.0}, {"FeeNum": 2, "Amount": None}, {"FeeNum": 1, "Amount": 5.0})
    assert amounts() == {1: 5.0, 2: None}


def test_a_server_refusing_local_infile_gets_inserts_and_one_warning(  # noqa: PLR0917 - fixtures
    mysql_server: Server,
    mysql_database: str,
    replica_database: str,
    bulky_source: dict[str, t.Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # What a server started without local_infile answers (MySQL 8's default).
    monkeypatch.setattr(MySQLReplicaConnector, "_server_allows_local_infile", lambda _self: False)
    loads: list[str] = []
    original = MySQLReplicaConnector._load_file

    def spy(self: MySQLReplicaConnector, *args: t.Any, **kwargs: t.Any) -> int:
        loads.append(str(args[2]))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(MySQLReplicaConnector, "_load_file", spy)

    run = run_tap(bulky_source, tmp_path)
    encoder = msgspec.json.Encoder(decimal_format="number")
    lines = "".join(encoder.encode(message).decode() + "\n" for message in run.messages)
    target = TargetMySQLReplica(
        config=replica_config(mysql_server, replica_database, batch_size_rows=2)
    )
    with caplog.at_level(logging.WARNING):
        target.process_lines(iter(lines.splitlines(keepends=True)))  # type: ignore[arg-type]
        target.process_endofpipe()

    assert loads == []
    warnings = [r.getMessage() for r in caplog.records if "LOCAL INFILE" in r.getMessage()]
    assert len(warnings) == 1
    assert "local_infile" in warnings[0]
    assert_same_table(mysql_server, mysql_database, replica_database, "bulky")


def test_a_row_that_cannot_be_written_rolls_the_whole_batch_back(
    mysql_server: Server, replica_database: str
) -> None:
    target = TargetMySQLReplica(config=replica_config(mysql_server, replica_database))
    schema = {
        "type": "SCHEMA",
        "stream": "note",
        "key_properties": ["NoteNum"],
        "schema": {
            "type": "object",
            "properties": {
                "NoteNum": {"type": "integer", "x-sql-datatype": "bigint(20)"},
                "Body": {"type": ["string", "null"], "x-sql-datatype": "text"},
            },
        },
    }
    # A lone surrogate has no UTF-8: the rows before it are streamed to the server already.
    records = [{"NoteNum": n, "Body": "fine " * 1000} for n in range(1, 2001)]
    records.append({"NoteNum": 2001, "Body": "\ud800"})
    lines = [json.dumps(schema) + "\n"]
    lines += [json.dumps({"type": "RECORD", "stream": "note", "record": r}) + "\n" for r in records]
    target.process_lines(iter(lines))  # type: ignore[arg-type]
    with pytest.raises(UnicodeEncodeError):
        target.drain_all()
    assert read_rows(mysql_server, replica_database, "note") == []
