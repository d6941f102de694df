"""The Singer SDK's standard tap tests, against a real MariaDB synthetic practice.

The SDK builds the test class when this module is imported (it discovers the streams to
parametrise the tests), so the practice and its catalog are made here at import, in a database
of their own that the session drops at the end.
"""

from __future__ import annotations

import tempfile
import typing as t
from pathlib import Path

import pytest
from singer_sdk.testing import SuiteConfig, get_tap_test_class

from synthetic_practice import create_practice
from tap_opendental.tap import TapOpenDental
from tests.conftest import (
    _server,
    analyze_into,
    mysql_connect,
    practice_settings,
    tap_config,
    unique_name,
)

SERVER = _server("TEST_MYSQL", 13306, "pipeline")
DATABASE = unique_name("odtest_sdk")
CATALOG = Path(tempfile.mkdtemp(prefix="odtest_sdk_")) / "tables.yml"

create_practice(practice_settings(SERVER), DATABASE, patients=120, seed=5)
analyze_into(SERVER, DATABASE, CATALOG)


@pytest.fixture(scope="module", autouse=True)
def _drop_practice() -> t.Iterator[None]:
    yield
    with mysql_connect(SERVER) as connection:
        connection.cursor().execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")


TestTapOpenDental = get_tap_test_class(
    tap_class=TapOpenDental,
    config=tap_config(SERVER, DATABASE, CATALOG),
    # payplanlink holds the links of dynamic payment plans, which the synthetic practice does
    # not write: its plans are fixed ones (payplan and payplancharge).
    suite_config=SuiteConfig(max_records_limit=None, ignore_no_records_for_streams=["payplanlink"]),
    # The settings above are the whole config: never the project .env of a real practice.
    parse_env_config=False,
)
