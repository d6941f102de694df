"""scripts/localdb: the throwaway servers of ``make demo`` and ``make test``, from any checkout.

Root's home is mode 0700, so a checkout under it is out of the postgres user's reach, and
PostgreSQL refuses to run as root: the cluster must then live outside the checkout. These tests
start real servers, on ports of their own, from a copy of the script in a fresh checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import typing as t
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="starts servers as root, as `make demo` does"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Checkout:
    """A fresh directory holding the project's scripts/localdb and Makefile."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "scripts").mkdir(parents=True)
        shutil.copy2(PROJECT_ROOT / "scripts" / "localdb", root / "scripts" / "localdb")
        shutil.copy2(PROJECT_ROOT / "Makefile", root / "Makefile")
        self.mysql_port = free_port()
        self.postgres_port = free_port()
        self.env = {
            **os.environ,
            "LOCALDB_MYSQL_PORT": str(self.mysql_port),
            "LOCALDB_POSTGRES_PORT": str(self.postgres_port),
        }

    def run(self, *command: str) -> str:
        result = subprocess.run(
            command,
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}{result.stderr}"
        return result.stdout


@pytest.fixture
def checkout(request: pytest.FixtureRequest) -> t.Iterator[Checkout]:
    """A checkout whose directory and its parent have the given mode (0700 like /root)."""
    parent = Path(tempfile.mkdtemp(prefix="localdb-"))
    parent.chmod(request.param)
    (parent / "od").mkdir(mode=request.param)
    made = Checkout(parent / "od")
    yield made
    # Even when the test failed midway, no server and no cluster are left behind.
    subprocess.run(["scripts/localdb", "clean"], cwd=made.root, env=made.env, check=False)
    shutil.rmtree(parent, ignore_errors=True)


def cluster_dir(start_output: str, checkout: Checkout) -> Path:
    found = re.search(r"\(data in \.local/(?: and (\S+))?\)", start_output)
    assert found, start_output
    return Path(found[1]) if found[1] else checkout.root / ".local" / "postgres"


def assert_both_servers_answer(checkout: Checkout) -> None:
    assert checkout.run("scripts/localdb", "status").splitlines() == [
        f"MariaDB: up on {checkout.mysql_port}",
        f"PostgreSQL: up on {checkout.postgres_port}",
    ]
    mysql_user = checkout.run(
        "mariadb", "--no-defaults", "-h127.0.0.1", f"-P{checkout.mysql_port}",
        "-upipeline", "-ppipeline", "-N", "-e", "select current_user()",
    )  # fmt: skip
    assert mysql_user.strip() == "pipeline@%"
    checkout.env["PGPASSWORD"] = "analytics"
    postgres_user = checkout.run(
        "psql", "-h", "127.0.0.1", "-p", str(checkout.postgres_port), "-U", "analytics",
        "-d", "opendental_analytics", "-Atc", "select current_user",
    )  # fmt: skip
    del checkout.env["PGPASSWORD"]
    assert postgres_user.strip() == "analytics"


@pytest.mark.parametrize("checkout", [0o700], indirect=True)
def test_a_checkout_only_root_can_enter_keeps_its_cluster_with_the_postgres_user(
    checkout: Checkout,
) -> None:
    started = checkout.run("scripts/localdb", "start")

    cluster = cluster_dir(started, checkout)
    assert not cluster.is_relative_to(checkout.root)
    assert cluster.owner() == "postgres"
    assert (cluster / "data" / "PG_VERSION").is_file()
    assert_both_servers_answer(checkout)
    # The user's home keeps its permissions.
    assert checkout.root.stat().st_mode & 0o777 == 0o700
    assert checkout.root.parent.stat().st_mode & 0o777 == 0o700

    # Stopped and started again, it finds the same cluster.
    checkout.run("scripts/localdb", "stop")
    assert checkout.run("scripts/localdb", "status").splitlines() == [
        "MariaDB: down",
        "PostgreSQL: down",
    ]
    assert cluster_dir(checkout.run("scripts/localdb", "start"), checkout) == cluster
    assert_both_servers_answer(checkout)

    # `make clean` stops both servers and removes the cluster outside the checkout too.
    checkout.run("make", "-s", "clean")
    assert checkout.run("scripts/localdb", "status").splitlines() == [
        "MariaDB: down",
        "PostgreSQL: down",
    ]
    assert not cluster.exists()
    assert not (checkout.root / ".local").exists()


@pytest.mark.parametrize("checkout", [0o755], indirect=True)
def test_a_checkout_the_postgres_user_can_reach_keeps_everything_in_local(
    checkout: Checkout,
) -> None:
    started = checkout.run("scripts/localdb", "start")

    assert cluster_dir(started, checkout) == checkout.root / ".local" / "postgres"
    assert_both_servers_answer(checkout)

    checkout.run("make", "-s", "clean")
    assert not (checkout.root / ".local").exists()
