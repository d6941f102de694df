"""The Singer SDK's standard target tests, against a real MariaDB replica database."""

from __future__ import annotations

import typing as t

import pytest
from singer_sdk.testing import get_target_test_class

from target_mysql_replica.target import TargetMySQLReplica
from tests.conftest import _server, mysql_connect, unique_name
from tests.target_mysql_replica.conftest import replica_config

SERVER = _server("TEST_MYSQL", 13306, "pipeline")
DATABASE = unique_name("odtest_replica_sdk")


@pytest.fixture(scope="module", autouse=True)
def _drop_replica() -> t.Iterator[None]:
    yield
    with mysql_connect(SERVER) as connection:
        connection.cursor().execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")


TestTargetMySQLReplica = get_target_test_class(
    TargetMySQLReplica,
    config=replica_config(SERVER, DATABASE),
)
