"""Airflow for the orchestration tests: the plugin, a home of the tests' own, a small practice.

Airflow lives in the ``airflow`` plugin's virtualenv, not in the tests': it is installed when
missing (``meltano install airflow``) and run as a user runs it, ``meltano invoke airflow ...``,
with ``AIRFLOW_HOME`` (and with it the SQLite metadata database and the task logs) in a
temporary directory. The DAGs' pure modules (no Airflow imports) are imported directly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import subprocess
import sys
import typing as t
from pathlib import Path

import pytest
import yaml

from synthetic_practice import create_practice
from tests.conftest import (
    PROJECT_ROOT,
    VENV_BIN,
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
    practice_settings,
    unique_name,
)

DAGS_FOLDER = PROJECT_ROOT / "orchestrate" / "airflow" / "dags"
AIRFLOW_PYTHON = PROJECT_ROOT / ".meltano" / "utilities" / "airflow" / "venv" / "bin" / "python"
# The DAGs' helper package, for the unit tests of its modules without Airflow.
sys.path.insert(0, str(DAGS_FOLDER))

#: Size tiers for a practice too small to have anything but tiny tables (catalog overrides).
TIERS = {
    "procedurelog": "large",
    "securitylog": "large",
    "claimproc": "medium",
    "paysplit": "medium",
    "schedule": "medium",
    "patient": "small",
    "appointment": "small",
    "payment": "small",
}

#: Loads the DagBag as the DAG processor does and writes every DAG and task as JSON.
_DESCRIBE_DAGS = """
import json, sys
from pathlib import Path
from airflow.dag_processing.dagbag import BundleDagBag

folder, output = Path(sys.argv[1]), Path(sys.argv[2])
bag = BundleDagBag(folder, bundle_path=folder)

def seconds(delta):
    return delta.total_seconds() if delta is not None else None

def describe_task(task):
    return {
        "operator": type(task).__name__,
        "upstream": sorted(task.upstream_task_ids),
        "downstream": sorted(task.downstream_task_ids),
        "trigger_rule": str(getattr(task.trigger_rule, "value", task.trigger_rule)),
        "retries": task.retries,
        "retry_delay": seconds(task.retry_delay),
        "execution_timeout": seconds(task.execution_timeout),
        "bash_command": getattr(task, "bash_command", None),
        "env": getattr(task, "env", None),
        "on_failure_callback": bool(task.on_failure_callback),
    }

def describe_dag(dag):
    timetable = dag.timetable
    return {
        "timetable": type(timetable).__name__,
        "expression": getattr(timetable, "expression", None),
        "timezone": str(getattr(timetable, "timezone", None)),
        "catchup": dag.catchup,
        "max_active_runs": dag.max_active_runs,
        "tags": sorted(dag.tags),
        "params": {name: dag.params[name] for name in dag.params},
        "tasks": {task.task_id: describe_task(task) for task in dag.tasks},
    }

output.write_text(json.dumps({
    "import_errors": bag.import_errors,
    "dags": {dag_id: describe_dag(dag) for dag_id, dag in bag.dags.items()},
}, default=str))
"""


@pytest.fixture(scope="session")
def airflow_installed() -> Path:
    """The ``airflow`` plugin's Python, installed first when missing (a fresh clone)."""
    if not AIRFLOW_PYTHON.exists():
        result = subprocess.run(
            [str(VENV_BIN / "meltano"), "install", "airflow"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=1800,
        )
        assert result.returncode == 0, f"meltano install airflow failed:\n{result.stderr[-3000:]}"
    return AIRFLOW_PYTHON


@dataclasses.dataclass(frozen=True)
class AirflowHome:
    """An Airflow home and its metadata database (SQLite in the home unless given)."""

    path: Path
    metadata: str = ""

    @property
    def env(self) -> dict[str, str]:
        """The variables that point Airflow at this home."""
        return {
            "AIRFLOW_HOME": str(self.path),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": (
                self.metadata or f"sqlite:///{self.path / 'airflow.db'}"
            ),
        }


def airflow_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment for Airflow with a home of its own and no operator's settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AIRFLOW", "OPS_", "OPENDENTAL_", "MELTANO_"))
    }
    env.update(
        {
            **AirflowHome(home).env,
            "MELTANO_DATABASE_URI": f"sqlite:///{home / 'meltano.db'}",
            "XDG_STATE_HOME": str(home / "state"),
            **extra,
        }
    )
    return env


def describe_dags(home: Path, folder: Path = DAGS_FOLDER, **extra: str) -> dict[str, t.Any]:
    """Load the DAGs of ``folder`` as Airflow does (in the plugin's venv) and describe them.

    The environment has no metadata database and no meltano: parsing must need neither.
    """
    output = home / "dags.json"
    env = airflow_env(
        home,
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{home}/missing/airflow.db",
        MELTANO_EXECUTABLE=str(home / "no-meltano-here"),
        **extra,
    )
    result = subprocess.run(
        [str(AIRFLOW_PYTHON), "-c", _DESCRIBE_DAGS, str(folder), str(output)],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(output.read_text())


@pytest.fixture(scope="session")
def dags(airflow_installed: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, t.Any]:
    """The DagBag of orchestrate/airflow/dags with the default settings, described."""
    return describe_dags(tmp_path_factory.mktemp("dagbag"))


@pytest.fixture(scope="session")
def airflow_home(airflow_installed: Path, tmp_path_factory: pytest.TempPathFactory) -> AirflowHome:
    """An Airflow home with a migrated SQLite metadata database (one machine)."""
    home = AirflowHome(tmp_path_factory.mktemp("airflow"))
    meltano(["invoke", "airflow", "db", "migrate"], airflow_env(home.path, **home.env))
    return home


@pytest.fixture(scope="module")
def airflow_on_postgres(
    airflow_installed: Path, postgres_server: Server, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[AirflowHome]:
    """An Airflow home whose metadata database is in PostgreSQL (several workers), migrated."""
    with database_uri(postgres_server, "odtest_airflow") as metadata:
        home = AirflowHome(tmp_path_factory.mktemp("airflow-pg"), metadata)
        meltano(["invoke", "airflow", "db", "migrate"], airflow_env(home.path, **home.env))
        yield home


@contextlib.contextmanager
def database_uri(server: Server, prefix: str) -> t.Iterator[str]:
    """A new PostgreSQL database (dropped afterwards), as a psycopg 3 SQLAlchemy URI."""
    name = unique_name(prefix)
    with pg_connect(server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield (
            f"postgresql+psycopg://{server.user}:{server.password}"
            f"@{server.host}:{server.port}/{name}"
        )
    finally:
        with pg_connect(server, "postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def system_database(postgres_server: Server) -> t.Iterator[str]:
    """An empty PostgreSQL database for Meltano's system database: its URI."""
    with database_uri(postgres_server, "odtest_meltano") as uri:
        yield uri


def with_tiers(catalog: Path) -> None:
    """Spread a small practice's tables over the four size tiers (``overrides`` in tables.yml)."""
    document = yaml.safe_load(catalog.read_text())
    document["overrides"] = {table: {"size_tier": tier} for table, tier in TIERS.items()}
    catalog.write_text(yaml.safe_dump(document, sort_keys=False))


@dataclasses.dataclass
class Practice:
    """A small practice, an empty replica and warehouse, and a catalog spread over the tiers."""

    mysql: Server
    postgres: Server
    source: str
    replica: str
    warehouse: str
    catalog: Path

    def env(self, workdir: Path, **extra: str) -> dict[str, str]:
        """Meltano's environment for this practice, with files and state under ``workdir``."""
        env = meltano_env(
            self.mysql,
            self.source,
            self.postgres,
            self.warehouse,
            workdir,
            self.catalog,
            replica_database=self.replica,
        )
        env = {
            name: value
            for name, value in env.items()
            if not name.startswith(("AIRFLOW", "OPS_", "OPENDENTAL_"))
        }
        env.update(
            {
                # Meltano's run logs go to the test's directory, not the user's.
                "XDG_STATE_HOME": str(workdir / "state"),
                "OPS_REPORT_DIR": str(workdir / "reports"),
                "OPS_NOTIFY_URLS": "",
                "OPS_WEBHOOK_URL": "",
                "OPS_SMTP_HOST": "",
                **extra,
            }
        )
        return env

    def airflow_env(self, workdir: Path, home: AirflowHome, **extra: str) -> dict[str, str]:
        """``env``, for Airflow at ``home`` with the runs' files under ``workdir``."""
        return self.env(workdir, **home.env, OPENDENTAL_RUNS_DIR=str(workdir / "runs"), **extra)

    def row_counts(self) -> dict[str, int]:
        """Rows per table at the source."""
        with mysql_connect(self.mysql, self.source) as connection:
            cursor = connection.cursor()
            cursor.execute("SHOW TABLES")
            tables = [row[0] for row in cursor.fetchall()]
            counts = {}
            for table in tables:
                cursor.execute(f"SELECT COUNT(*) FROM `{table}`")
                counts[table] = cursor.fetchone()[0]
        return counts


@pytest.fixture(scope="module")
def practice(
    mysql_server: Server, postgres_server: Server, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[Practice]:
    """A 60-patient practice with its replica database and warehouse (dropped afterwards).

    The replica database exists, empty, as it does on a server after the first night.
    """
    source = unique_name("odtest_orch")
    replica = f"{source}_replica"
    warehouse = unique_name("odtest_orch")
    catalog = tmp_path_factory.mktemp("catalog") / "tables.yml"
    create_practice(practice_settings(mysql_server), source, patients=60, seed=7)
    with mysql_connect(mysql_server) as connection:
        connection.cursor().execute(f"CREATE DATABASE `{replica}` CHARACTER SET utf8mb4")
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{warehouse}"')
    try:
        analyze_into(mysql_server, source, catalog)
        with_tiers(catalog)
        yield Practice(mysql_server, postgres_server, source, replica, warehouse, catalog)
    finally:
        with mysql_connect(mysql_server) as connection:
            cursor = connection.cursor()
            cursor.execute(f"DROP DATABASE IF EXISTS `{source}`")
            cursor.execute(f"DROP DATABASE IF EXISTS `{replica}`")
        with pg_connect(postgres_server, "postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{warehouse}" WITH (FORCE)')


def json_output(text: str) -> t.Any:
    """The JSON document in a command's output (Airflow prints warnings before it)."""
    line = next(line for line in text.splitlines() if line.startswith(("[", "{")))
    return json.loads(line)
