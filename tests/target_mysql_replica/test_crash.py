"""A replica loader killed mid-run loses nothing: its state never runs ahead of its commits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import typing as t
from pathlib import Path

import pytest

from tests.conftest import VENV_BIN, Server, analyze_into, mysql_connect, tap_config
from tests.target_mysql_replica.conftest import replica_config, run_pipe

ROWS = 60_000


@pytest.fixture
def big_source(mysql_server: Server, mysql_database: str, tmp_path: Path) -> dict[str, t.Any]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "CREATE TABLE procedurelog (ProcNum bigint(20) NOT NULL AUTO_INCREMENT, "
            "ProcFee double NOT NULL, Note varchar(255), DateTStamp timestamp NOT NULL "
            "DEFAULT current_timestamp() ON UPDATE current_timestamp(), "
            "PRIMARY KEY (ProcNum), KEY (DateTStamp)) ENGINE=MyISAM"
        )
        cursor.execute(
            "INSERT INTO procedurelog SELECT seq, seq / 100, CONCAT('tab\\there\\n', seq), "
            f"TIMESTAMP('2020-01-01') + INTERVAL seq MINUTE FROM seq_1_to_{ROWS}"
        )
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return tap_config(mysql_server, mysql_database, catalog, chunk_size=2000)


def _replica(server: Server, database: str, query: str) -> tuple[t.Any, ...]:
    with mysql_connect(server) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT COUNT(*) FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = 'procedurelog'",
            (database,),
        )
        if not cursor.fetchone()[0]:
            return (0, None, None, None)
        cursor.execute(query.format(table=f"`{database}`.procedurelog"))
        return cursor.fetchone()


def _kill_loader_mid_run(
    tap_settings: dict[str, t.Any], target_settings: dict[str, t.Any], tmp_path: Path
) -> dict[str, t.Any] | None:
    """Run tap | target, SIGKILL the target once part of the table is committed.

    Returns:
        The last state the target emitted before it died, as Meltano would have kept it.
    """
    (tmp_path / "tap.json").write_text(json.dumps(tap_settings))
    (tmp_path / "target.json").write_text(json.dumps(target_settings))
    states = tmp_path / "states.jsonl"
    server = Server(
        target_settings["host"],
        target_settings["port"],
        target_settings["user"],
        target_settings["password"],
    )
    with states.open("w") as output:
        tap = subprocess.Popen(
            [str(VENV_BIN / "tap-opendental"), "--config", str(tmp_path / "tap.json")],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        target = subprocess.Popen(
            [str(VENV_BIN / "target-mysql-replica"), "--config", str(tmp_path / "target.json")],
            stdin=tap.stdout,
            stdout=output,
            stderr=subprocess.DEVNULL,
        )
        assert tap.stdout is not None
        tap.stdout.close()
        try:
            deadline = time.monotonic() + 240
            count = "SELECT COUNT(*) FROM {table}"
            while _replica(server, target_settings["database"], count)[0] < 10_000:
                assert target.poll() is None, "the load ended before it could be interrupted"
                assert time.monotonic() < deadline
                # The load runs in short slices, so it is still mid-table when killed.
                target.send_signal(signal.SIGCONT)
                time.sleep(0.05)
                target.send_signal(signal.SIGSTOP)
                time.sleep(0.2)
            target.send_signal(signal.SIGKILL)
            target.wait(timeout=60)
        finally:
            for process in (target, tap):
                if process.poll() is None:
                    os.kill(process.pid, signal.SIGKILL)
                    process.wait(timeout=60)
    lines = [line for line in states.read_text().splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None


@pytest.mark.parametrize("rows_as", ["batches", "records"])
def test_a_killed_replica_loader_loses_nothing_and_the_next_run_completes(
    mysql_server: Server,
    replica_database: str,
    big_source: dict[str, t.Any],
    tmp_path: Path,
    rows_as: str,
) -> None:
    batches = {
        "encoding": {"format": "jsonl", "compression": "none"},
        "storage": {"root": f"file://{tmp_path / 'batches'}"},
        "batch_size": 2000,
    }
    tap = {**big_source, "batch_config": batches if rows_as == "batches" else {}}
    target = replica_config(mysql_server, replica_database, batch_size_rows=2000)
    state = _kill_loader_mid_run(tap, target, tmp_path)

    committed, largest = _replica(
        mysql_server, replica_database, "SELECT COUNT(*), MAX(ProcNum) FROM {table}"
    )[:2]
    assert 0 < committed < ROWS
    # The state the dead loader handed back covers committed rows only.
    after = (state or {}).get("bookmarks", {}).get("procedurelog", {}).get("first_read") or {}
    if after.get("after"):
        assert after["after"][0] <= largest

    run_pipe(tap, target, tmp_path, state=state)
    rows, keys, fees, notes = _replica(
        mysql_server,
        replica_database,
        "SELECT COUNT(*), COUNT(DISTINCT ProcNum), SUM(ProcFee), "
        "SUM(Note = CONCAT('tab\\there\\n', ProcNum)) FROM {table}",
    )
    assert (rows, keys, notes) == (ROWS, ROWS, ROWS)
    assert round(fees, 2) == ROWS * (ROWS + 1) // 2 / 100
