"""Fixtures for the replica target: a replica database of the test's own, and the pipe."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import typing as t
import uuid
from pathlib import Path

import pymysql
import pytest

from tests.conftest import VENV_BIN, Server, mysql_connect, unique_name


def replica_config(server: Server, database: str, **extra: t.Any) -> dict[str, t.Any]:
    """Settings of target-mysql-replica for a test replica database."""
    return {
        "host": server.host,
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "database": database,
        **extra,
    }


@pytest.fixture
def replica_database(mysql_server: Server) -> t.Iterator[str]:
    """A replica database name of the test's own: not created (the target creates it)."""
    name = unique_name("odtest_replica")
    yield name
    with mysql_connect(mysql_server) as connection:
        connection.cursor().execute(f"DROP DATABASE IF EXISTS `{name}`")


@dataclasses.dataclass
class PipeRun:
    """What one tap | target run left: the target's last state and both logs."""

    state: dict[str, t.Any]
    tap_stderr: str
    target_stderr: str


def run_pipe(
    tap_settings: dict[str, t.Any],
    target_settings: dict[str, t.Any],
    tmp_path: Path,
    state: dict[str, t.Any] | None = None,
) -> PipeRun:
    """Pipe tap-opendental into target-mysql-replica, each its own process, as Meltano does."""
    run_id = uuid.uuid4().hex[:6]
    tap_file = tmp_path / f"tap-{run_id}.json"
    target_file = tmp_path / f"target-{run_id}.json"
    tap_file.write_text(json.dumps(tap_settings))
    target_file.write_text(json.dumps(target_settings))
    tap_command = [str(VENV_BIN / "tap-opendental"), "--config", str(tap_file)]
    if state is not None:
        state_file = tmp_path / f"state-{run_id}.json"
        state_file.write_text(json.dumps(state))
        tap_command += ["--state", str(state_file)]
    tap_log = tmp_path / f"tap-{run_id}.log"
    with tap_log.open("w") as tap_stderr:
        tap = subprocess.Popen(tap_command, stdout=subprocess.PIPE, stderr=tap_stderr)
        assert tap.stdout is not None
        target = subprocess.run(
            [str(VENV_BIN / "target-mysql-replica"), "--config", str(target_file)],
            stdin=tap.stdout,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        tap.stdout.close()
        tap_code = tap.wait(timeout=60)
    tap_text = tap_log.read_text()
    if tap_code != 0 or target.returncode != 0:
        raise AssertionError(
            f"pipe failed (tap {tap_code}, target {target.returncode}):\n"
            f"{tap_text[-2000:]}\n{target.stderr[-3000:]}"
        )
    lines = [line for line in target.stdout.splitlines() if line.strip()]
    return PipeRun(json.loads(lines[-1]) if lines else {}, tap_text, target.stderr)


def column_types(server: Server, database: str, table: str) -> dict[str, str]:
    """Each column's COLUMN_TYPE, in table order."""
    with mysql_connect(server) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s ORDER BY ORDINAL_POSITION",
            (database, table),
        )
        return dict(cursor.fetchall())


def primary_key(server: Server, database: str, table: str) -> list[str]:
    """The primary key's columns in order (empty without one)."""
    with mysql_connect(server) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %s "
            "AND TABLE_NAME = %s AND INDEX_NAME = 'PRIMARY' ORDER BY SEQ_IN_INDEX",
            (database, table),
        )
        return [row[0] for row in cursor.fetchall()]


def read_rows(
    server: Server, database: str, table: str, time_zone: str = "+05:00"
) -> list[dict[str, t.Any]]:
    """Every row of a table, read in a session of another time zone than UTC.

    Comparing source and replica in one non-UTC session compares ``timestamp`` columns as
    instants: a replica that stored another instant than the source shows another value.
    """
    connection = pymysql.connect(
        host=server.host,
        port=server.port,
        user=server.user,
        password=server.password,
        database=database,
        charset="utf8mb4",
        init_command=f"SET sql_mode = '', time_zone = '{time_zone}'",
        cursorclass=pymysql.cursors.DictCursor,
    )
    with connection:
        cursor = connection.cursor()
        cursor.execute(f"SELECT * FROM `{table}`")
        return list(cursor.fetchall())
