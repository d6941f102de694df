"""A pipeline that has run and a local mail server, for the operations tests.

``pipeline`` runs the nightly job once through Meltano on a synthetic practice with databases,
a system database, a Meltano log directory and a report directory of its own; the tests read
what Meltano recorded. ``smtp_server`` (like the shared ``webhook``) listens on 127.0.0.1 and
keeps what it receives.
"""

from __future__ import annotations

import dataclasses
import os
import socketserver
import threading
import typing as t
from pathlib import Path

import pytest

from synthetic_practice import create_practice
from tests.conftest import (
    VENV_BIN,
    Received,
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
    practice_settings,
    unique_name,
)


@pytest.fixture(autouse=True)
def _no_operator_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a shell's own alert settings (a real webhook) away from every test."""
    for name in list(os.environ):
        if name.startswith("OPS_") or name in ("MELTANO_EXECUTABLE", "MELTANO_ENVIRONMENT"):
            monkeypatch.delenv(name)


def ops_env(env: dict[str, str], workdir: Path) -> dict[str, str]:
    """A Meltano environment with the operations settings pointed at the test's directory.

    Explicit values win over the project's .env, so alerts go nowhere unless a test says so.
    """
    env = {name: value for name, value in env.items() if not name.startswith("OPS_")}
    env.update(
        {
            "MELTANO_EXECUTABLE": str(VENV_BIN / "meltano"),
            # Meltano keeps run logs under the XDG state directory: the test's own.
            "XDG_STATE_HOME": str(workdir / "state"),
            "OPS_REPORT_DIR": str(workdir / "reports"),
            "OPS_NOTIFY_URLS": "",
            "OPS_WEBHOOK_URL": "",
            "OPS_SMTP_HOST": "",
        }
    )
    return env


@dataclasses.dataclass
class Pipeline:
    """A practice, its replica and warehouse, and the environment Meltano ran the job in."""

    source: str
    replica: str
    warehouse: str
    workdir: Path
    catalog: Path
    env: dict[str, str]
    mysql: Server

    def invoke(self, *args: str, check: bool = True, **extra: str) -> t.Any:
        """``meltano invoke ops:<command> ...`` in this pipeline's environment."""
        command, *rest = args
        return meltano(["invoke", f"ops:{command}", *rest], {**self.env, **extra}, check=check)

    def source_counts(self) -> dict[str, int]:
        """Rows per table at the source."""
        with mysql_connect(self.mysql, self.source) as connection:
            cursor = connection.cursor()
            cursor.execute(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s",
                (self.source,),
            )
            counts = {}
            for (table,) in cursor.fetchall():
                cursor.execute(f"SELECT COUNT(*) FROM `{table}`")
                counts[table] = cursor.fetchone()[0]
        return counts


@pytest.fixture(scope="module")
def pipeline(
    mysql_server: Server, postgres_server: Server, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[Pipeline]:
    """A practice after one nightly run (``meltano run nightly``) and its verification."""
    workdir = tmp_path_factory.mktemp("ops")
    source = unique_name("odtest_ops")
    warehouse = unique_name("odtest_ops")
    create_practice(practice_settings(mysql_server), source, patients=150, seed=5)
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{warehouse}"')
    catalog = workdir / "tables.yml"
    analyze_into(mysql_server, source, catalog)
    env = meltano_env(
        mysql_server,
        source,
        postgres_server,
        warehouse,
        workdir,
        catalog,
        replica_database=f"{source}_replica",
    )
    built = Pipeline(
        source,
        f"{source}_replica",
        warehouse,
        workdir,
        catalog,
        ops_env(env, workdir),
        mysql_server,
    )
    try:
        meltano(["run", "nightly"], built.env)
        built.invoke("verify", "--json", str(workdir / "reports" / "verification.json"))
        yield built
    finally:
        with mysql_connect(mysql_server) as connection:
            cursor = connection.cursor()
            cursor.execute(f"DROP DATABASE IF EXISTS `{source}`")
            cursor.execute(f"DROP DATABASE IF EXISTS `{source}_replica`")
        with pg_connect(postgres_server, "postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{warehouse}" WITH (FORCE)')


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP to accept mail: EHLO, MAIL, RCPT, DATA, QUIT."""

    received: Received

    def _reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self._reply("220 localhost test SMTP")
        mail: dict[str, t.Any] = {"to": []}
        while line := self.rfile.readline():
            command = line.decode().strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self._reply("250 localhost")
            elif verb == "MAIL":
                mail["from"] = command.split(":", 1)[1].strip()
                self._reply("250 OK")
            elif verb == "RCPT":
                mail["to"].append(command.split(":", 1)[1].strip())
                self._reply("250 OK")
            elif verb == "DATA":
                self._reply("354 end with <CRLF>.<CRLF>")
                data = []
                while (part := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(part[1:] if part.startswith(b"..") else part)
                mail["data"] = b"".join(data).decode()
                self.received.messages.append(mail)
                mail = {"to": []}
                self._reply("250 OK queued")
            elif verb == "QUIT":
                self._reply("221 bye")
                return
            else:
                self._reply("250 OK" if verb in ("RSET", "NOOP") else "502 not implemented")


@pytest.fixture
def smtp_server() -> t.Iterator[tuple[int, Received]]:
    """A local SMTP server (plain, no TLS): its port and the mails it received."""
    received = Received()
    handler = type("Handler", (_SMTPHandler,), {"received": received})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
