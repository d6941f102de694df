"""test-connections reads each database's settings from Meltano, wherever they were set.

The settings go into a private copy of the project the way a user sets them: the source with
``meltano config set`` (meltano.yml, and ``.env`` for the password), the replica and the
warehouse in the ``test`` environment's block of meltano.yml, their passwords in ``.env``. None
of them is in the environment ``ops`` runs in.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import typing as t

import pytest
import yaml

from opendental_ops.cli import main
from tests.conftest import PROJECT_ROOT, VENV_BIN, Server

if t.TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's Meltano files, which `ops` runs against; no database settings."""
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy(PROJECT_ROOT / "meltano.yml", copy)
    shutil.copytree(PROJECT_ROOT / "plugins", copy / "plugins")
    for name in list(os.environ):
        if name.startswith(("TAP_OPENDENTAL", "TARGET_MYSQL_REPLICA", "TARGET_POSTGRES")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MELTANO_PROJECT_ROOT", str(copy))
    monkeypatch.setenv("MELTANO_EXECUTABLE", str(VENV_BIN / "meltano"))
    monkeypatch.setenv("MELTANO_ENVIRONMENT", "test")
    # Its system database, created once: `ops` asks Meltano for several plugins at once.
    subprocess.run(
        [str(VENV_BIN / "meltano"), "upgrade", "database"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    return copy


def config_set(project: Path, plugin: str, settings: dict[str, t.Any]) -> None:
    for name, value in settings.items():
        subprocess.run(
            [str(VENV_BIN / "meltano"), "config", "set", plugin, name, str(value)],
            cwd=project,
            check=True,
            capture_output=True,
        )


def login(server: Server, database: str) -> dict[str, t.Any]:
    return {
        "host": server.host,
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "database": database,
    }


def test_settings_set_through_meltano_reach_test_connections(
    project: Path,
    mysql_server: Server,
    postgres_server: Server,
    synthetic_practice: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["test-connections"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "source     not configured (TAP_OPENDENTAL_HOST / TAP_OPENDENTAL_DATABASE)",
        "replica    not configured (TARGET_MYSQL_REPLICA_HOST / TARGET_MYSQL_REPLICA_DATABASE)",
        "warehouse  not configured (TARGET_POSTGRES_HOST / TARGET_POSTGRES_DATABASE)",
    ]

    config_set(project, "tap-opendental", login(mysql_server, synthetic_practice))
    assert "TAP_OPENDENTAL_PASSWORD" in (project / ".env").read_text()
    document = yaml.safe_load((project / "meltano.yml").read_text())
    [test] = [env for env in document["environments"] if env["name"] == "test"]
    loaders = {
        "target-mysql-replica": login(mysql_server, f"{synthetic_practice}_replica"),
        "target-postgres": login(postgres_server, "postgres"),
    }
    test["config"]["plugins"]["loaders"] = [
        {
            "name": name,
            "config": {key: value for key, value in settings.items() if key != "password"},
        }
        for name, settings in loaders.items()
    ]
    (project / "meltano.yml").write_text(yaml.safe_dump(document, sort_keys=False))
    with (project / ".env").open("a") as dotenv:
        for name, settings in loaders.items():
            dotenv.write(f"{name.upper().replace('-', '_')}_PASSWORD='{settings['password']}'\n")

    assert main(["test-connections"]) == 0
    source, replica, warehouse = capsys.readouterr().out.splitlines()
    where = f"{mysql_server.user}@{mysql_server.host}:{mysql_server.port}"
    assert source.split() == ["source", "ok", "mysql", f"{where}/{synthetic_practice}"]
    # target-mysql-replica creates its database on the first load.
    assert replica.split()[:3] == ["replica", "ok", f"{where}/{synthetic_practice}_replica"]
    assert warehouse.split()[:3] == ["warehouse", "ok", "postgres"]

    config_set(project, "tap-opendental", {"password": "not-the-password"})
    assert main(["test-connections"]) == 1
    source = capsys.readouterr().out.splitlines()[0]
    assert source.startswith("source     FAILED  source: cannot connect to mysql as ")
    assert source.endswith(
        "(check the user and password: TAP_OPENDENTAL_USER / TAP_OPENDENTAL_PASSWORD)"
    )
    assert "not-the-password" not in source


def test_each_failed_connection_names_the_setting_to_fix(
    project: Path,
    mysql_server: Server,
    postgres_server: Server,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings = {
        "TAP_OPENDENTAL": {**login(mysql_server, "opendental"), "port": port},
        "TARGET_MYSQL_REPLICA": {**login(mysql_server, "replica"), "user": "nobody"},
        "TARGET_POSTGRES": login(postgres_server, "no_such_warehouse"),
    }
    for prefix, values in settings.items():
        for name, value in values.items():
            monkeypatch.setenv(f"{prefix}_{name.upper()}", str(value))

    assert main(["test-connections"]) == 1

    hints = [line.rsplit(" (", 1)[-1] for line in capsys.readouterr().out.splitlines()]
    assert hints == [
        "check the host and port: TAP_OPENDENTAL_HOST / TAP_OPENDENTAL_PORT)",
        "check the user and password: TARGET_MYSQL_REPLICA_USER / TARGET_MYSQL_REPLICA_PASSWORD)",
        "check the database: TARGET_POSTGRES_DATABASE)",
    ]
