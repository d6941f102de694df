"""The source server restarting mid-run: the tap retries the chunk, or fails without skipping.

These tests restart a MariaDB server, so they run one of their own in a temporary directory.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import typing as t
from pathlib import Path

import pymysql
import pytest

from tests.conftest import VENV_BIN, Server, analyze_into, tap_config

pytestmark = pytest.mark.slow

ROWS = 40_000


class ThrowawayMariaDB:
    """A MariaDB server of the test's own, which the test may stop and start again."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.datadir = directory / "data"
        self.socket = directory / "mysqld.sock"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen[bytes] | None = None

    def install(self) -> None:
        subprocess.run(
            ["mariadb-install-db", "--no-defaults", f"--datadir={self.datadir}", "--user=root",
             "--auth-root-authentication-method=socket"],
            check=True, capture_output=True,
        )  # fmt: skip

    def start(self) -> None:
        mariadbd = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
        self.process = subprocess.Popen(
            [mariadbd, "--no-defaults", f"--datadir={self.datadir}", f"--port={self.port}",
             "--bind-address=127.0.0.1", f"--socket={self.socket}", "--user=root",
             "--skip-name-resolve", "--sql-mode=", f"--log-error={self.directory / 'error.log'}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        ping = ["mariadb-admin", "--no-defaults", f"--socket={self.socket}", "-uroot", "ping"]
        while subprocess.run(ping, capture_output=True, check=False).returncode != 0:
            assert time.monotonic() < deadline, "MariaDB did not start"
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)

    def execute(self, *statements: str) -> None:
        with pymysql.connect(unix_socket=str(self.socket), user="root", autocommit=True) as db:
            cursor = db.cursor()
            for statement in statements:
                cursor.execute(statement)


@pytest.fixture
def server(tmp_path: Path) -> t.Iterator[ThrowawayMariaDB]:
    mariadb = ThrowawayMariaDB(tmp_path / "mariadb")
    mariadb.install()
    mariadb.start()
    mariadb.execute(
        "CREATE USER 'reader'@'%' IDENTIFIED BY 'reader'",
        "CREATE DATABASE opendental",
        "GRANT SELECT ON opendental.* TO 'reader'@'%'",
        "CREATE TABLE opendental.procedurelog (ProcNum bigint(20) NOT NULL AUTO_INCREMENT, "
        "ProcFee double NOT NULL, DateTStamp timestamp NOT NULL DEFAULT current_timestamp() "
        "ON UPDATE current_timestamp(), PRIMARY KEY (ProcNum), KEY (DateTStamp)) ENGINE=MyISAM",
        "SET SESSION sql_mode = ''",
        "USE opendental",
        "INSERT INTO procedurelog SELECT seq, seq, "
        f"TIMESTAMP('2020-01-01') + INTERVAL seq MINUTE FROM seq_1_to_{ROWS}",
    )
    yield mariadb
    mariadb.stop()


def _config(server: ThrowawayMariaDB, tmp_path: Path, **extra: t.Any) -> dict[str, t.Any]:
    reader = Server("127.0.0.1", server.port, "reader", "reader")
    catalog = tmp_path / "tables.yml"
    if not catalog.exists():
        analyze_into(reader, "opendental", catalog)
    return tap_config(reader, "opendental", catalog, chunk_size=1000, **extra)


def _run_with_restart(
    config: dict[str, t.Any], server: ThrowawayMariaDB, tmp_path: Path, state: dict | None = None
) -> tuple[int, list[dict], dict, str]:
    """Run the tap and restart the server once it has sent some rows."""
    (tmp_path / "config.json").write_text(json.dumps(config))
    command = [str(VENV_BIN / "tap-opendental"), "--config", str(tmp_path / "config.json")]
    if state is not None:
        (tmp_path / "state.json").write_text(json.dumps(state))
        command += ["--state", str(tmp_path / "state.json")]
    records: list[dict] = []
    last_state: dict = {}
    restarted = threading.Event()

    def restart() -> None:
        server.stop()
        time.sleep(1)
        server.start()
        restarted.set()

    log = tmp_path / "tap.log"
    with (
        log.open("w") as stderr,
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True) as tap,
    ):
        assert tap.stdout is not None
        for line in tap.stdout:
            message = json.loads(line)
            if message["type"] == "RECORD":
                records.append(message["record"])
                if len(records) == 5000:
                    threading.Thread(target=restart).start()
            elif message["type"] == "STATE":
                last_state = message["value"]
        code = tap.wait(timeout=300)
    restarted.wait(timeout=120)
    return code, records, last_state, log.read_text()


def test_a_restart_mid_run_is_retried_and_nothing_is_lost(
    server: ThrowawayMariaDB, tmp_path: Path
) -> None:
    code, records, state, stderr = _run_with_restart(_config(server, tmp_path), server, tmp_path)
    assert code == 0, stderr[-3000:]
    assert "lost the connection to MySQL" in stderr
    keys = [record["ProcNum"] for record in records]
    assert sorted(set(keys)) == list(range(1, ROWS + 1))
    assert state["bookmarks"]["procedurelog"]["replication_key_value"].startswith("2020-01-28")


def test_without_retries_the_run_fails_and_its_state_skips_nothing(
    server: ThrowawayMariaDB, tmp_path: Path
) -> None:
    config = _config(server, tmp_path, max_retries=0)
    code, first, state, _ = _run_with_restart(config, server, tmp_path)
    assert code != 0
    assert first
    # Any bookmark the failed run handed out covers only rows it had sent...
    bookmark = state.get("bookmarks", {}).get("procedurelog", {}).get("replication_key_value")
    assert bookmark is None or bookmark <= max(record["DateTStamp"] for record in first)
    # ...so the next run, from that state, brings every remaining row.
    (tmp_path / "config.json").write_text(json.dumps({**config, "max_retries": 5}))
    (tmp_path / "state.json").write_text(json.dumps(state))
    second = subprocess.run(
        [str(VENV_BIN / "tap-opendental"), "--config", str(tmp_path / "config.json"),
         "--state", str(tmp_path / "state.json")],
        capture_output=True, text=True, check=True, env={**os.environ},
    )  # fmt: skip
    rest = [json.loads(line) for line in second.stdout.splitlines()]
    keys = {record["ProcNum"] for record in first}
    keys |= {m["record"]["ProcNum"] for m in rest if m["type"] == "RECORD"}
    assert keys == set(range(1, ROWS + 1))
