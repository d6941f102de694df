"""Crashes mid-run: a killed tap or target loses no row, duplicates none, and the run resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import (
    PROJECT_ROOT,
    VENV_BIN,
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
)

pytestmark = pytest.mark.slow

ROWS = 200_000


@pytest.fixture
def big_source(
    mysql_server: Server,
    mysql_database: str,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> dict[str, str]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "CREATE TABLE procedurelog (ProcNum bigint(20) NOT NULL AUTO_INCREMENT, "
            "ProcFee double NOT NULL, Note varchar(255), DateTStamp timestamp NOT NULL "
            "DEFAULT current_timestamp() ON UPDATE current_timestamp(), "
            "PRIMARY KEY (ProcNum), KEY (DateTStamp)) ENGINE=MyISAM"
        )
        cursor.execute(
            "INSERT INTO procedurelog SELECT seq, seq / 100, REPEAT('x', 200), "
            f"TIMESTAMP('2020-01-01') + INTERVAL seq MINUTE FROM seq_1_to_{ROWS}"
        )
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    env = meltano_env(
        mysql_server, mysql_database, postgres_server, postgres_database, tmp_path, catalog
    )
    # Small batches, so the target commits (and hands state back) often during the run.
    env["TAP_OPENDENTAL_CHUNK_SIZE"] = "2000"
    env["TARGET_POSTGRES_BATCH_SIZE_ROWS"] = "2000"
    env["TAP_OPENDENTAL_BATCH_CONFIG"] = json.dumps(
        {
            "encoding": {"format": "jsonl", "compression": "none"},
            "storage": {"root": f"file://{tmp_path / 'batches'}"},
            "batch_size": 2000,
        }
    )
    return env


def _raw_rows(server: Server, database: str) -> int:
    with pg_connect(server, database) as connection:
        exists = connection.execute(
            "select count(*) from information_schema.tables "
            "where table_schema = 'raw' and table_name = 'procedurelog'"
        ).fetchone()[0]
        if not exists:
            return 0
        return connection.execute("select count(*) from raw.procedurelog").fetchone()[0]


def _descends_from(pid: int, ancestor: int) -> bool:
    """Whether process ``pid`` was started, directly or not, by process ``ancestor``."""
    while pid > 1:
        try:
            # The parent's pid is the field after the command, which ends with ")".
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        pid = int(stat.rpartition(")")[2].split()[1])
        if pid == ancestor:
            return True
    return False


def _kill_mid_run(env: dict[str, str], executable: str, server: Server, database: str) -> None:
    """Start a run and SIGKILL one plugin once part of the table is in raw."""
    run = subprocess.Popen(
        [str(VENV_BIN / "meltano"), "run", "tap-opendental", "target-postgres"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 240
        pids: list[str] = []
        while not pids:
            assert run.poll() is None, "the run ended before it could be interrupted"
            assert time.monotonic() < deadline
            # The running plugin, not Meltano's discovery run of the tap before it.
            found = subprocess.run(
                ["pgrep", "-af", f"{executable} --config"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.splitlines()
            pids = [
                line.split()[0]
                for line in found
                if "--discover" not in line and _descends_from(int(line.split()[0]), run.pid)
            ]
        while _raw_rows(server, database) < 10_000:
            assert run.poll() is None, "the run ended before it could be interrupted"
            assert time.monotonic() < deadline
            # A first read is fast enough to end before the target has loaded anything:
            # the plugin runs in short slices, so it is still mid-table when killed.
            for pid in pids:
                os.kill(int(pid), signal.SIGCONT)
            time.sleep(0.03)
            for pid in pids:
                os.kill(int(pid), signal.SIGSTOP)
            time.sleep(0.2)
        for pid in pids:
            os.kill(int(pid), signal.SIGKILL)
        assert run.wait(timeout=120) != 0
    finally:
        if run.poll() is None:
            run.kill()


def _resume_point(env: dict[str, str]) -> int | None:
    """The key a first read resumes after, from the state the interrupted run left."""
    result = meltano(["state", "get", "test:tap-opendental-to-target-postgres"], env, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        return None
    bookmarks = json.loads(result.stdout).get("singer_state", {}).get("bookmarks", {})
    after = (bookmarks.get("procedurelog", {}).get("first_read") or {}).get("after")
    return after[0] if after else None


@pytest.mark.parametrize(
    ("killed", "rows_as"),
    [
        # A tap writing RECORD messages is held back by the pipe, so it is still running when
        # part of the table is in raw; with BATCH files the target is the one still at work.
        ("tap-opendental", "records"),
        ("target-postgres-bulk", "records"),
        ("target-postgres-bulk", "batches"),
    ],
)
def test_a_killed_plugin_loses_nothing_and_the_next_run_resumes(
    big_source: dict[str, str],
    postgres_server: Server,
    postgres_database: str,
    killed: str,
    rows_as: str,
) -> None:
    if rows_as == "records":
        big_source = {**big_source, "TAP_OPENDENTAL_BATCH_CONFIG": "{}"}
    _kill_mid_run(big_source, killed, postgres_server, postgres_database)
    resume_after = _resume_point(big_source)

    meltano(["run", "tap-opendental", "target-postgres"], big_source)
    with pg_connect(postgres_server, postgres_database) as connection:
        rows, keys, fees = connection.execute(
            'select count(*), count(distinct "ProcNum"), sum("ProcFee") from raw.procedurelog'
        ).fetchone()
    assert (rows, keys) == (ROWS, ROWS)
    assert round(fees, 2) == ROWS * (ROWS + 1) // 2 / 100
    if killed == "tap-opendental":
        # The loader outlived the tap: it committed what it had and handed back the first
        # read's position, so the next run went on from there rather than from the first row.
        assert resume_after is not None
        assert resume_after > 1
    else:
        # A killed loader hands back nothing it has not committed with its state: the next
        # run reads again from the last committed position, re-upserting rather than skipping.
        assert resume_after is None or resume_after > 1
    # Each BATCH file is removed once its rows are committed: what is left is the killed
    # run's unloaded files (one sync id), none of the run that completed.
    left = (Path(big_source["TAP_OPENDENTAL_CATALOG_PATH"]).parent / "batches").glob("*")
    assert len({path.name.rsplit("-", 1)[0] for path in left}) <= 1
