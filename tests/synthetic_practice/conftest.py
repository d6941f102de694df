"""A MariaDB server for the synthetic practice tests, and throw-away databases on it.

The server comes from ``TEST_MYSQL_HOST``/``_PORT``/``_USER``/``_PASSWORD`` (default
127.0.0.1:13306 as root with no password).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pymysql
import pytest

from synthetic_practice import ConnectionSettings, create_practice

from . import AS_OF, PATIENTS


@pytest.fixture(scope="session")
def server() -> ConnectionSettings:
    settings = ConnectionSettings(
        host=os.environ.get("TEST_MYSQL_HOST", "127.0.0.1"),
        port=int(os.environ.get("TEST_MYSQL_PORT", "13306")),
        user=os.environ.get("TEST_MYSQL_USER", "root"),
        password=os.environ.get("TEST_MYSQL_PASSWORD", ""),
    )
    try:
        pymysql.connect(
            host=settings.host, port=settings.port, user=settings.user, password=settings.password
        ).close()
    except pymysql.err.OperationalError as exc:
        pytest.fail(
            f"no MariaDB test server at {settings.host}:{settings.port} ({exc}); set TEST_MYSQL_*"
        )
    return settings


def _drop(settings: ConnectionSettings, name: str) -> None:
    conn = pymysql.connect(
        host=settings.host, port=settings.port, user=settings.user, password=settings.password
    )
    try:
        with conn.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
    finally:
        conn.close()


@pytest.fixture
def database_name(server: ConnectionSettings) -> Iterator[str]:
    """A unique database name; whatever is created under it is dropped after the test."""
    name = f"synth_test_{secrets.token_hex(4)}"
    yield name
    _drop(server, name)


@pytest.fixture(scope="session")
def practice(server: ConnectionSettings) -> Iterator[str]:
    """A 300-patient practice shared by the tests that only read it."""
    name = f"synth_test_{secrets.token_hex(4)}"
    create_practice(server, name, patients=PATIENTS, seed=7, as_of=AS_OF)
    yield name
    _drop(server, name)


@pytest.fixture
def query(server: ConnectionSettings):
    """Run one SQL statement on a database (in its own autocommit session) and return all rows."""

    def run(
        database: str, sql: str, args: tuple[object, ...] | None = None
    ) -> list[tuple[object, ...]]:
        conn = pymysql.connect(
            host=server.host,
            port=server.port,
            user=server.user,
            password=server.password,
            database=database,
            charset="utf8mb4",
            autocommit=True,
            init_command="SET SESSION sql_mode = ''",
        )
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql, args)
                return list(cursor.fetchall())
        finally:
            conn.close()

    return run
