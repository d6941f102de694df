"""target-postgres-bulk against a real PostgreSQL: BATCH files and records, values exact."""

from __future__ import annotations

import json
import subprocess
import typing as t
from decimal import Decimal
from pathlib import Path

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


def test_a_key_only_version_leaves_the_other_columns_alone(
    postgres_server: Server, postgres_database: str, tmp_path: Path
) -> None:
    rows = _batch_file(tmp_path, "rows.jsonl", ['{"ProcNum": 1, "Exact": 1.5, "Note": "kept"}'])
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(SCHEMA), rows])
    keys = {
        "type": "SCHEMA",
        "stream": "procedurelog",
        "key_properties": ["ProcNum"],
        "schema": {"type": "object", "properties": {"ProcNum": {"type": ["integer", "null"]}}},
    }
    record = '{"type": "RECORD", "stream": "procedurelog", "record": {"ProcNum": 1}, "version": 5}'
    _load(postgres_server, postgres_database, tmp_path, [json.dumps(keys), record])
    with pg_connect(postgres_server, postgres_database) as connection:
        assert connection.execute(
            'select "Exact", "Note", _sdc_table_version from raw.procedurelog'
        ).fetchone() == (Decimal("1.5"), "kept", 5)
