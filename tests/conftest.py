"""Shared fixtures: real MariaDB and PostgreSQL servers, and databases the tests own.

The servers come from TEST_MYSQL_* and TEST_POSTGRES_* (``make test`` starts throwaway local
ones and sets them). Every database a test uses is created here under a unique name and
dropped afterwards, so the suite never touches a database it did not create.
"""

from __future__ import annotations

import dataclasses
import decimal
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import typing as t
import uuid
from pathlib import Path

import psycopg
import pymysql
import pytest

from opendental_ops.practices import (
    add_practice,
    practice_file,
    practice_sources_file,
    practices_dir,
)
from synthetic_practice import ConnectionSettings, create_practice
from tap_opendental.analyze import run as analyze

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
#: Variables a user's shell may carry for their own servers and runs: the pipeline's settings,
#: Meltano's and the operations commands', and the PostgreSQL and MySQL clients' defaults
#: (a PGPASSWORD would become a secret to redact, a PGTZ would move timestamps). Tests never
#: inherit them; the TEST_* variables that point the suite at its servers are kept.
_CALLER_SETTINGS = (
    "TAP_OPENDENTAL",
    "TARGET_",
    "SYNTHETIC_PRACTICE_",
    "MELTANO_",
    "OPS_",
    "DBT_",
    "PG",
    "MYSQL_",
)


def pytest_configure(config: pytest.Config) -> None:
    """Drop the caller's settings before any test module is imported.

    Every subprocess a test starts (Meltano, the tap, psql) inherits this cleaned environment.
    """
    for name in list(os.environ):
        if name.startswith(_CALLER_SETTINGS):
            del os.environ[name]


@dataclasses.dataclass(frozen=True)
class Server:
    """Where a test database server listens and how to log in with full rights."""

    host: str
    port: int
    user: str
    password: str


def _server(prefix: str, port: int, user: str) -> Server:
    return Server(
        host=os.environ.get(f"{prefix}_HOST", "127.0.0.1"),
        port=int(os.environ.get(f"{prefix}_PORT", port)),
        user=os.environ.get(f"{prefix}_USER", user),
        password=os.environ.get(f"{prefix}_PASSWORD", user),
    )


@pytest.fixture(scope="session")
def mysql_server() -> Server:
    server = _server("TEST_MYSQL", 13306, "pipeline")
    try:
        pymysql.connect(
            host=server.host, port=server.port, user=server.user, password=server.password
        ).close()
    except pymysql.err.OperationalError as exc:
        pytest.exit(
            f"no MariaDB for the tests at {server.host}:{server.port} ({exc}); run `make test`"
        )
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Server:
    server = _server("TEST_POSTGRES", 15432, "postgres")
    try:
        psycopg.connect(**_pg_kwargs(server, "postgres")).close()
    except psycopg.OperationalError as exc:
        pytest.exit(
            f"no PostgreSQL for the tests at {server.host}:{server.port} ({exc}); run `make test`"
        )
    return server


def _pg_kwargs(server: Server, dbname: str) -> dict[str, t.Any]:
    return {
        "host": server.host,
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "dbname": dbname,
        "autocommit": True,
    }


def mysql_connect(server: Server, database: str | None = None) -> pymysql.Connection:
    """Open an autocommit connection with OpenDental's relaxed sql_mode."""
    return pymysql.connect(
        host=server.host,
        port=server.port,
        user=server.user,
        password=server.password,
        database=database,
        autocommit=True,
        charset="utf8mb4",
        init_command="SET sql_mode = ''",
    )


def pg_connect(server: Server, database: str) -> psycopg.Connection:
    """Open an autocommit connection to a test warehouse."""
    return psycopg.connect(**_pg_kwargs(server, database))


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
def mysql_database(mysql_server: Server) -> t.Iterator[str]:
    """An empty MySQL database of the test's own."""
    name = unique_name("odtest")
    with mysql_connect(mysql_server) as connection:
        connection.cursor().execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb3")
    yield name
    with mysql_connect(mysql_server) as connection:
        connection.cursor().execute(f"DROP DATABASE IF EXISTS `{name}`")


@pytest.fixture
def postgres_database(postgres_server: Server) -> t.Iterator[str]:
    """An empty PostgreSQL warehouse database of the test's own."""
    name = unique_name("odtest")
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield name
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def practice_settings(server: Server) -> ConnectionSettings:
    return ConnectionSettings(
        host=server.host, port=server.port, user=server.user, password=server.password
    )


@pytest.fixture(scope="session")
def synthetic_practice(mysql_server: Server) -> t.Iterator[str]:
    """A 300-patient synthetic practice shared by the tests that only read it."""
    name = unique_name("odtest_practice")
    create_practice(practice_settings(mysql_server), name, patients=300, seed=11)
    yield name
    with mysql_connect(mysql_server) as connection:
        connection.cursor().execute(f"DROP DATABASE IF EXISTS `{name}`")


@pytest.fixture
def new_practice(mysql_server: Server) -> t.Iterator[t.Callable[..., str]]:
    """Make synthetic practices of the test's own; each is dropped afterwards, with its replica."""
    made: list[str] = []

    def make(seed: int, patients: int = 300, schema_version: str = "current") -> str:
        name = unique_name("odtest_practice")
        create_practice(
            practice_settings(mysql_server),
            name,
            patients=patients,
            seed=seed,
            schema_version=schema_version,
        )
        made.append(name)
        return name

    yield make
    with mysql_connect(mysql_server) as connection:
        cursor = connection.cursor()
        for name in made:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}_replica`")


def tap_config(
    server: Server, database: str, catalog_path: Path, **extra: t.Any
) -> dict[str, t.Any]:
    """Settings of tap-opendental for a test database."""
    return {
        "host": server.host,
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "database": database,
        "catalog_path": str(catalog_path),
        **extra,
    }


def analyze_into(server: Server, database: str, path: Path) -> dict[str, t.Any]:
    """Run the schema analysis of a test database into ``path``."""
    return analyze(
        tap_config(server, database, path),
        path,
        report_dir=path.parent / "reports",
        backup_dir=path.parent / "backups",
    )


@dataclasses.dataclass
class TapRun:
    """What one run of the tap wrote: records per stream, the last state, and stderr."""

    records: dict[str, list[dict[str, t.Any]]]
    state: dict[str, t.Any]
    stderr: str
    returncode: int
    messages: list[dict[str, t.Any]]


def run_tap(
    config: dict[str, t.Any],
    tmp_path: Path,
    state: dict[str, t.Any] | None = None,
    catalog: dict[str, t.Any] | None = None,
    check: bool = True,
) -> TapRun:
    """Run tap-opendental as its own process, as Meltano does, and parse its messages."""
    config_file = tmp_path / f"config-{uuid.uuid4().hex[:6]}.json"
    config_file.write_text(json.dumps(config))
    command = [str(VENV_BIN / "tap-opendental"), "--config", str(config_file)]
    if state is not None:
        state_file = tmp_path / f"state-{uuid.uuid4().hex[:6]}.json"
        state_file.write_text(json.dumps(state))
        command += ["--state", str(state_file)]
    if catalog is not None:
        catalog_file = tmp_path / f"catalog-{uuid.uuid4().hex[:6]}.json"
        catalog_file.write_text(json.dumps(catalog))
        command += ["--catalog", str(catalog_file)]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"tap failed ({result.returncode}):\n{result.stderr[-3000:]}")
    records: dict[str, list[dict[str, t.Any]]] = {}
    last_state: dict[str, t.Any] = {}
    messages = [
        json.loads(line, parse_float=decimal.Decimal) for line in result.stdout.splitlines()
    ]
    for message in messages:
        if message["type"] == "RECORD":
            records.setdefault(message["stream"], []).append(message["record"])
        elif message["type"] == "STATE":
            last_state = message["value"]
    return TapRun(records, last_state, result.stderr, result.returncode, messages)


def meltano_env(  # noqa: PLR0917 - the databases of one pipeline, in hop order
    mysql: Server,
    source_database: str,
    postgres: Server,
    warehouse: str,
    workdir: Path,
    catalog_path: Path,
    replica_database: str | None = None,
) -> dict[str, str]:
    """Environment for a Meltano run against test databases, with a system database of its own.

    Explicit variables win over the project's .env, and the test's own system database keeps
    its state away from any other run.
    """
    env = dict(os.environ)
    env.update(
        {
            "MELTANO_DATABASE_URI": f"sqlite:///{workdir / 'meltano.db'}",
            "MELTANO_ENVIRONMENT": "test",
            "TAP_OPENDENTAL_HOST": mysql.host,
            "TAP_OPENDENTAL_PORT": str(mysql.port),
            "TAP_OPENDENTAL_USER": mysql.user,
            "TAP_OPENDENTAL_PASSWORD": mysql.password,
            "TAP_OPENDENTAL_DATABASE": source_database,
            "TAP_OPENDENTAL_CATALOG_PATH": str(catalog_path),
            "TARGET_POSTGRES_HOST": postgres.host,
            "TARGET_POSTGRES_PORT": str(postgres.port),
            "TARGET_POSTGRES_USER": postgres.user,
            "TARGET_POSTGRES_PASSWORD": postgres.password,
            "TARGET_POSTGRES_DATABASE": warehouse,
            "TARGET_MYSQL_REPLICA_HOST": mysql.host,
            "TARGET_MYSQL_REPLICA_PORT": str(mysql.port),
            "TARGET_MYSQL_REPLICA_USER": mysql.user,
            "TARGET_MYSQL_REPLICA_PASSWORD": mysql.password,
            "TARGET_MYSQL_REPLICA_DATABASE": replica_database or f"{source_database}_replica",
            # BATCH files too: a run whose loader fails on purpose leaves its files behind.
            "TAP_OPENDENTAL_BATCH_CONFIG": json.dumps(
                {
                    "encoding": {"format": "jsonl", "compression": "none"},
                    "storage": {"root": f"file://{workdir / 'batches'}"},
                    "batch_size": 25000,
                }
            ),
            # dbt's artifacts and logs go to the test's own directory, not the project's.
            "DBT_TARGET_PATH": str(workdir / "dbt-target"),
            "DBT_LOG_PATH": str(workdir / "dbt-logs"),
        }
    )
    return env


def meltano(
    args: list[str], env: dict[str, str], check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run a Meltano command in the project, as a user would."""
    result = subprocess.run(
        [str(VENV_BIN / "meltano"), *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"meltano {' '.join(args)} failed:\n{result.stderr[-5000:]}")
    return result


@pytest.fixture
def project_practice() -> t.Iterator[t.Callable[[str], str]]:
    """Add practices to the project as a user does; their files and run files go afterwards.

    Each gets a unique id starting with the given name, so tests never meet another's practice.
    """
    added: list[str] = []

    def add(name: str) -> str:
        practice_id = f"{name}_{uuid.uuid4().hex[:6]}"
        add_practice(practice_id, PROJECT_ROOT)
        added.append(practice_id)
        return practice_id

    yield add
    for practice_id in added:
        practice_file(practice_id, PROJECT_ROOT).unlink(missing_ok=True)
        practice_sources_file(practice_id, PROJECT_ROOT).unlink(missing_ok=True)
        shutil.rmtree(practices_dir(PROJECT_ROOT) / practice_id, ignore_errors=True)
        shutil.rmtree(PROJECT_ROOT / "logs" / "schema_analysis" / practice_id, ignore_errors=True)
        for run_dir in (PROJECT_ROOT / ".meltano" / "run").glob(f"*--{practice_id}"):
            shutil.rmtree(run_dir, ignore_errors=True)


def practice_env(
    env: dict[str, str], practice_id: str, mysql: Server, source_database: str
) -> dict[str, str]:
    """``env`` with the settings of practice ``practice_id``, under the names Meltano gives them.

    Its replica database is ``<source_database>_replica``, which ``new_practice`` drops.
    """
    source = f"TAP_OPENDENTAL__{practice_id.upper()}"
    replica_database = f"{source_database}_replica"
    return {
        **env,
        f"{source}_HOST": mysql.host,
        f"{source}_PORT": str(mysql.port),
        f"{source}_USER": mysql.user,
        f"{source}_PASSWORD": mysql.password,
        f"{source}_DATABASE": source_database,
        f"TARGET_MYSQL_REPLICA__{practice_id.upper()}_DATABASE": replica_database,
        f"TAP_OPENDENTAL__REPLICA__{practice_id.upper()}_DATABASE": replica_database,
    }


@dataclasses.dataclass
class Received:
    """What a local server was sent."""

    messages: list[dict[str, t.Any]] = dataclasses.field(default_factory=list)
    status: int = 200


@pytest.fixture
def webhook() -> t.Iterator[tuple[str, Received]]:
    """A local HTTP listener standing in for a Slack webhook: its URL and what it received."""
    received = Received()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.messages.append(
                {
                    "path": self.path,
                    "content_type": self.headers["Content-Type"],
                    "body": json.loads(body),
                }
            )
            self.send_response(received.status)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: t.Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/services/T0/B0/secret-token", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
