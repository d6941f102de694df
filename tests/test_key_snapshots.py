"""Key snapshots skip the SDK's per-record handling, and load exactly what the SDK's way loads.

Each target is fed the same messages twice: as configured (the short way) and with a stream
map on the stream (which sends every record through the SDK). The rows left, retired and live,
must be the same; the replica target, run in this process, also shows which way each record
took and that every record is counted.
"""

from __future__ import annotations

import io
import json
import typing as t

import pytest
from singer_sdk.target_base import Target

from target_mysql_replica.target import TargetMySQLReplica
from tests.conftest import Server, mysql_connect, pg_connect, unique_name
from tests.target_mysql_replica.conftest import replica_config
from tests.target_postgres_bulk.test_bulk import _load as load_warehouse

if t.TYPE_CHECKING:
    from pathlib import Path

ROWS_SCHEMA = {
    "type": "SCHEMA",
    "stream": "procedurelog",
    "key_properties": ["ProcNum"],
    "schema": {
        "type": "object",
        "properties": {
            "ProcNum": {"type": ["integer", "null"], "x-sql-datatype": "bigint(20)"},
            "Note": {"type": ["string", "null"], "x-sql-datatype": "varchar(255)"},
        },
    },
}
KEYS_SCHEMA = {
    **ROWS_SCHEMA,
    "schema": {
        "type": "object",
        "properties": {"ProcNum": ROWS_SCHEMA["schema"]["properties"]["ProcNum"]},
    },
}
#: A stream map that changes nothing but takes the SDK's way.
SDK_WAY = {"stream_maps": {"procedurelog": {"__alias__": "procedurelog"}}}


def _rows(keys: t.Iterable[int]) -> list[dict[str, t.Any]]:
    records = [
        {
            "type": "RECORD",
            "stream": "procedurelog",
            "record": {"ProcNum": key, "Note": f"row {key}"},
        }
        for key in keys
    ]
    return [ROWS_SCHEMA, *records]


def _snapshot(version: int, keys: t.Iterable[int]) -> list[dict[str, t.Any]]:
    """A key snapshot as tap-opendental sends it: the keys, then ACTIVATE_VERSION."""
    records = [
        {"type": "RECORD", "stream": "procedurelog", "record": {"ProcNum": key}, "version": version}
        for key in keys
    ]
    activate = {"type": "ACTIVATE_VERSION", "stream": "procedurelog", "version": version}
    return [KEYS_SCHEMA, *records, activate]


def _text(messages: list[dict[str, t.Any]]) -> str:
    return "".join(json.dumps(message) + "\n" for message in messages)


@pytest.fixture
def sdk_way_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Each RECORD message that reached the SDK's own handling."""
    calls: list[dict] = []
    handle = Target._process_record_message

    def spy(self: Target, message_dict: dict) -> None:
        calls.append(message_dict)
        handle(self, message_dict)

    monkeypatch.setattr(Target, "_process_record_message", spy)
    return calls


def _replica_rows(server: Server, database: str) -> list[tuple[t.Any, ...]]:
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        cursor.execute("SELECT ProcNum, Note FROM procedurelog ORDER BY ProcNum")
        return list(cursor.fetchall())


def _replica_load(
    server: Server, database: str, messages: list[dict[str, t.Any]], **settings: t.Any
) -> int:
    """Feed the replica target in this process; the records its sinks counted."""
    target = TargetMySQLReplica(config=replica_config(server, database, **settings))
    counted: dict[str, int] = {}
    drain = target.drain_one

    def count_then_drain(sink: t.Any) -> None:
        counted[sink.stream_name] = sink._total_records_read  # the SDK's own tally
        drain(sink)

    target.drain_one = count_then_drain  # type: ignore[method-assign]
    target.listen(file_input=io.StringIO(_text(messages)))
    return sum(counted.values())


def test_the_replica_reads_a_key_snapshot_without_the_sdk_and_loads_the_same_rows(
    mysql_server: Server, sdk_way_calls: list[dict]
) -> None:
    rows: dict[str, list[tuple[t.Any, ...]]] = {}
    for way, settings in (("short", {}), ("sdk", SDK_WAY)):
        database = unique_name("odtest_keys")
        try:
            assert _replica_load(mysql_server, database, _rows(range(1, 6)), **settings) == 5
            sdk_way_calls.clear()
            read = _replica_load(mysql_server, database, _snapshot(7, [1, 3, 5, 6]), **settings)
            # Every key counted; the short way for each as configured, the SDK's with a map.
            assert (read, len(sdk_way_calls)) == (4, 0 if way == "short" else 4), way
            rows[way] = _replica_rows(mysql_server, database)
        finally:
            with mysql_connect(mysql_server) as connection:
                connection.cursor().execute(f"DROP DATABASE IF EXISTS `{database}`")
    # Rows 2 and 4 are gone at the source; 6 is new and waits for the sync that sends it whole.
    assert rows["short"] == rows["sdk"] == [(1, "row 1"), (3, "row 3"), (5, "row 5")]


def test_versioned_whole_rows_and_records_without_a_version_take_the_sdks_way(
    mysql_server: Server, mysql_database: str, sdk_way_calls: list[dict]
) -> None:
    whole = [
        {**message, "version": 3} if message["type"] == "RECORD" else message
        for message in _rows([1, 2])
    ]
    _replica_load(mysql_server, mysql_database, whole)
    keys_alone = [message for message in _snapshot(4, [1]) if message["type"] != "ACTIVATE_VERSION"]
    del keys_alone[1]["version"]
    _replica_load(mysql_server, mysql_database, keys_alone)
    assert len(sdk_way_calls) == 3


def test_the_warehouse_retires_the_same_rows_either_way(
    postgres_server: Server, tmp_path: Path
) -> None:
    rows: dict[str, list[tuple[t.Any, ...]]] = {}
    for way, settings in (("short", {}), ("sdk", SDK_WAY)):
        database = unique_name("odtest_keys")
        with pg_connect(postgres_server, "postgres") as connection:
            connection.execute(f'CREATE DATABASE "{database}"')
        for messages in (_rows(range(1, 6)), _snapshot(7, [1, 3, 5])):
            lines = [json.dumps(message) for message in messages]
            load_warehouse(postgres_server, database, tmp_path, lines, **settings)
        with pg_connect(postgres_server, database) as connection:
            rows[way] = connection.execute(
                'select "ProcNum", "Note", _sdc_deleted_at is not null from raw.procedurelog '
                "order by 1"
            ).fetchall()
        with pg_connect(postgres_server, "postgres") as connection:
            connection.execute(f'DROP DATABASE "{database}"')
    assert rows["short"] == rows["sdk"]
    assert [row[2] for row in rows["short"]] == [False, True, False, True, False]
