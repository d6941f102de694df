"""target-postgres-bulk against a real PostgreSQL: BATCH files and records, values exact."""

from __future__ import annotations

import base64
import json
import subprocess
import typing as t
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, Server, pg_connect

TARGET = PROJECT_ROOT / ".meltano" / "loaders" / "target-postgres" / "venv" / "bin"

SCHEMA = {
    "type": "SCHEMA",
    "stream": "procedurelog",
    "key_properties": ["ProcNum"],
    "schema": {
        "type": "object",
        "properties": {
            "ProcNum": {"type": ["integer", "null"]},
            "Exact": {"type": ["number", "null"]},
            "Note": {"type": ["string", "null"]},
            "Extra": {"type": ["object", "null"]},
            "DateTStamp": {"type": ["string", "null"], "format": "date-time"},
        },
    },
}

EXACT = "12345678901234567890.0123456789"


def _load(
    server: Server,
    database: str,
    tmp_path: Path,
    lines: list[str],
    name: str = "target-postgres-bulk",
    **settings: t.Any,
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "target.json"
    config.write_text(
        json.dumps(
            {
                "host": server.host,
                "port": server.port,
                "user": server.user,
                "password": server.password,
                "database": database,
                "default_target_schema": "raw",
                "use_copy": True,
                "validate_records": False,
                "add_record_metadata": True,
                "load_method": "upsert",
                "sanitize_null_text_characters": True,
                "interpret_content_encoding": True,
                **settings,
            }
        )
    )
    result = subprocess.run(
        [str(TARGET / name), "--config", str(config)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=False,
        env={"PGTZ": "UTC", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def _batch_file(tmp_path: Path, name: str, rows: list[str]) -> str:
    path = tmp_path / "batches" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(rows) + "\n")
    return json.dumps(
        {
            "type": "BATCH",
            "stream": "procedurelog",
            "encoding": {"format": "jsonl", "compression": "none"},
            "manifest": [f"file://{path}"],
        }
    )


def _rows(server: Server, database: str) -> list[tuple[t.Any, ...]]:
    with pg_connect(server, database) as connection:
        return connection.execute(
            'select "ProcNum", "Exact", "Note", "Extra", "DateTStamp", _sdc_batched_at '
            'from raw.procedurelog order by "ProcNum"'
        ).fetchall()


def test_batch_files_load_exactly_and_are_removed_once_committed(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    first = _batch_file(
        tmp_path,
        "one.jsonl",
        [
            f'{{"ProcNum": 1, "Exact": {EXACT}, "Note": "a\\u0000b", "Extra": {{"k": [1, 2]}}, '
            '"DateTStamp": "2024-05-01T10:00:00+00:00"}',
            '{"ProcNum": 2, "Exact": 1.5, "Note": "first", "DateTStamp": null}',
            # The same key twice in one file: the last one wins.
            '{"ProcNum": 2, "Exact": 2.5, "Note": "second", "DateTStamp": null}',
        ],
    )
    second = _batch_file(
        tmp_path,
        "two.jsonl",
        ['{"ProcNum": 2, "Exact": 3.25, "Note": "updated"}', '{"ProcNum": 3}'],
    )
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(SCHEMA), first, second])

    rows = _rows(postgres_server, postgres_database)
    assert [row[:4] for row in rows] == [
        (1, Decimal(EXACT), "a\ufffdb", {"k": [1, 2]}),
        (2, Decimal("3.25"), "updated", None),
        (3, None, None, None),
    ]
    assert str(rows[0][4]) == "2024-05-01 10:00:00"
    assert all(row[5] is not None for row in rows)
    assert not list((tmp_path / "batches").iterdir())


def test_records_keep_every_digit_too(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    record = (
        '{"type": "RECORD", "stream": "procedurelog", '
        f'"record": {{"ProcNum": 7, "Exact": {EXACT}}}}}'
    )
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(SCHEMA), record])
    assert _rows(postgres_server, postgres_database)[0][:2] == (7, Decimal(EXACT))


KEYS_SCHEMA = {
    "type": "SCHEMA",
    "stream": "procedurelog",
    "key_properties": ["ProcNum"],
    "schema": {"type": "object", "properties": {"ProcNum": {"type": ["integer", "null"]}}},
}


def _snapshot(version: int, keys: list[int]) -> list[str]:
    """A key snapshot as tap-opendental sends it: the keys, then ACTIVATE_VERSION."""
    records = [
        {"type": "RECORD", "stream": "procedurelog", "record": {"ProcNum": key}, "version": version}
        for key in keys
    ]
    activate = {"type": "ACTIVATE_VERSION", "stream": "procedurelog", "version": version}
    return [json.dumps(message) for message in (KEYS_SCHEMA, *records, activate)]


def _live(server: Server, database: str) -> dict[int, tuple[t.Any, ...]]:
    """Each row's note, load time and whether it is retired, by key."""
    with pg_connect(server, database) as connection:
        rows = connection.execute(
            'select "ProcNum", "Note", _sdc_batched_at, _sdc_deleted_at is not null '
            'from raw.procedurelog order by "ProcNum"'
        ).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_a_key_snapshot_retires_the_missing_rows_and_rewrites_none(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    rows = _batch_file(
        tmp_path,
        "rows.jsonl",
        [f'{{"ProcNum": {key}, "Exact": 1.5, "Note": "row {key}"}}' for key in (1, 2, 3)],
    )
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(SCHEMA), rows])
    loaded = _live(postgres_server, postgres_database)

    _load(postgres_server, postgres_database, tmp_path, _snapshot(5, [1, 3, 4]))
    # Row 2 is gone at the source; rows 1 and 3 are neither rewritten nor emptied; key 4 is
    # new, a row of its key until the sync after the snapshot sends it whole.
    live = _live(postgres_server, postgres_database)
    assert {key: live[key] for key in (1, 2, 3)} == {
        1: loaded[1],
        2: ("row 2", loaded[2][1], True),
        3: loaded[3],
    }
    assert (live[4][0], live[4][2]) == (None, False)
    with pg_connect(postgres_server, postgres_database) as connection:
        tables = connection.execute(
            "select table_name from information_schema.tables where table_schema = 'raw'"
        ).fetchall()
    assert tables == [("procedurelog",)]  # the holding table is gone

    # Key 2 is back at the source: its row is live again.
    _load(postgres_server, postgres_database, tmp_path, _snapshot(6, [1, 2, 3, 4]))
    assert not any(row[2] for row in _live(postgres_server, postgres_database).values())

    # The source table is empty: every row is retired.
    _load(postgres_server, postgres_database, tmp_path, _snapshot(7, []))
    assert all(row[2] for row in _live(postgres_server, postgres_database).values())


def test_a_key_snapshot_deletes_with_hard_delete(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    rows = _batch_file(
        tmp_path, "rows.jsonl", [f'{{"ProcNum": {key}, "Note": "row {key}"}}' for key in (1, 2)]
    )
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(SCHEMA), rows])
    _load(postgres_server, postgres_database, tmp_path, _snapshot(5, [2]), hard_delete=True)
    assert list(_live(postgres_server, postgres_database)) == [2]


def test_a_table_of_key_columns_alone_is_loaded_and_replaced_by_its_versions(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    # A table whose every column is in its key (or of which only the key is selected) sends
    # versions of keys alone too: each version is the table's whole content.
    def retired() -> dict[int, bool]:
        with pg_connect(postgres_server, postgres_database) as connection:
            rows = connection.execute(
                'select "ProcNum", _sdc_deleted_at is not null from raw.procedurelog'
            ).fetchall()
        return dict(rows)

    _load(postgres_server, postgres_database, tmp_path, _snapshot(1, [1, 2]))
    assert retired() == {1: False, 2: False}
    _load(postgres_server, postgres_database, tmp_path, _snapshot(2, [2, 3]))
    assert retired() == {1: True, 2: False, 3: False}


def test_a_stream_of_its_key_alone_without_versions_is_loaded_as_any_other(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    # An incremental table of which only the key is selected: BATCH files and plain records.
    rows = _batch_file(tmp_path, "keys.jsonl", ['{"ProcNum": 1}', '{"ProcNum": 2}'])
    record = '{"type": "RECORD", "stream": "procedurelog", "record": {"ProcNum": 3}}'
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(KEYS_SCHEMA), rows, record])

    with pg_connect(postgres_server, postgres_database) as connection:
        keys = connection.execute(
            'select "ProcNum" from raw.procedurelog where _sdc_deleted_at is null order by 1'
        ).fetchall()
        tables = connection.execute(
            "select table_name from information_schema.tables where table_schema = 'raw'"
        ).fetchall()
    assert (keys, tables) == ([(1,), (2,), (3,)], [("procedurelog",)])


FILES_SCHEMA = {
    "type": "SCHEMA",
    "stream": "files",
    "key_properties": ["FileNum"],
    "schema": {
        "type": "object",
        "properties": {
            "FileNum": {"type": ["integer", "null"]},
            "Data": {
                "type": ["string", "null"],
                "contentEncoding": "base64",
                "contentMediaType": "application/octet-stream",
                "x-sql-datatype": "longblob",
            },
        },
    },
}

#: Awkward bytes: NUL, 0xFF, not UTF-8, empty, NULL, and 1 MB.
FILES = {
    1: b"\x00",
    2: b"\xff\xfe\x00\x80abc\\x00\n",
    3: b"",
    4: None,
    5: bytes(range(256)) * 4096,
}


def _files_lines(via: str, tmp_path: Path, files: dict[int, bytes | None]) -> list[str]:
    rows = [
        {"FileNum": key, "Data": None if data is None else base64.b64encode(data).decode()}
        for key, data in files.items()
    ]
    if via == "batch":
        path = tmp_path / "batches" / "files.jsonl"
        path.parent.mkdir(exist_ok=True)
        path.write_text("".join(json.dumps(row) + "\n" for row in rows))
        batch = {
            "type": "BATCH",
            "stream": "files",
            "encoding": {"format": "jsonl", "compression": "none"},
            "manifest": [f"file://{path}"],
        }
        return [json.dumps(FILES_SCHEMA), json.dumps(batch)]
    records = [json.dumps({"type": "RECORD", "stream": "files", "record": row}) for row in rows]
    return [json.dumps(FILES_SCHEMA), *records]


def _files(server: Server, database: str) -> tuple[str, dict[int, bytes | None]]:
    with pg_connect(server, database) as connection:
        column_type = connection.execute(
            "select data_type from information_schema.columns "
            "where table_schema = 'raw' and table_name = 'files' and column_name = 'Data'"
        ).fetchone()[0]
        rows = connection.execute('select "FileNum", "Data" from raw.files').fetchall()
    # Text (a load without interpret_content_encoding) as its UTF-8 bytes.
    stored = {key: data.encode() if isinstance(data, str) else data for key, data in rows}
    return column_type, {key: None if data is None else bytes(data) for key, data in stored.items()}


@pytest.mark.parametrize(
    ("via", "settings"),
    [
        ("batch", {}),
        ("records", {}),
        # target-postgres' own INSERT path, through the column type's bind processor.
        ("records", {"use_copy": False}),
        # Two keys: target-postgres' own batch path, with the bulk sink's COPY.
        ("records", {"load_method": "append-only"}),
    ],
)
def test_base64_binary_values_are_stored_as_their_bytes(
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
    via: str,
    settings: dict[str, t.Any],
) -> None:
    _load(
        postgres_server, postgres_database, tmp_path, _files_lines(via, tmp_path, FILES), **settings
    )
    assert _files(postgres_server, postgres_database) == ("bytea", FILES)


def test_a_text_column_of_an_earlier_load_becomes_bytea_with_its_values_decoded(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    before = {key: FILES[key] for key in (1, 2, 3, 4)}
    lines = _files_lines("records", tmp_path, before)
    _load(postgres_server, postgres_database, tmp_path, lines, interpret_content_encoding=False)
    column_type, stored = _files(postgres_server, postgres_database)
    assert column_type == "text"
    assert stored[2] == base64.b64encode(FILES[2]).decode().encode()

    result = _load(
        postgres_server, postgres_database, tmp_path, _files_lines("batch", tmp_path, {5: FILES[5]})
    )
    assert _files(postgres_server, postgres_database) == ("bytea", FILES)
    assert "Converting raw.files Data from base64 text to bytea" in result.stderr
