"""The nightly job end to end: source -> replica -> raw -> dbt, verified table by table."""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest

from synthetic_practice import apply_day
from tests.conftest import (
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    practice_settings,
)
from tests.transform.test_marts import assert_marts_match_truth

pytestmark = pytest.mark.slow


@pytest.fixture
def practice(new_practice: t.Callable[..., str]) -> str:
    return new_practice(seed=21)


def verified(env: dict[str, str]) -> str:
    result = meltano(["invoke", "ops:verify", "--deep"], env, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    return result.stdout


def test_nightly_job_mirrors_the_source_and_builds_the_marts(
    practice: str,
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> None:
    catalog = tmp_path / "tables.yml"
    tables = analyze_into(mysql_server, practice, catalog)["tables"]
    every_table_agrees = f"{tables} of {tables} tables agree"
    env = meltano_env(mysql_server, practice, postgres_server, postgres_database, tmp_path, catalog)

    meltano(["run", "nightly"], env)
    report = verified(env)
    assert every_table_agrees in report
    assert_marts_match_truth(mysql_server, practice, postgres_server, postgres_database)

    # Inserts, updates, hard deletes and in-place changes, then the next night.
    apply_day(practice_settings(mysql_server), practice, seed=4)
    meltano(["run", "nightly"], env)
    report = verified(env)
    assert every_table_agrees in report
    assert_marts_match_truth(mysql_server, practice, postgres_server, postgres_database)

    # The replica's columns have the source's exact types.
    with mysql_connect(mysql_server) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT s.TABLE_NAME, s.COLUMN_NAME, s.COLUMN_TYPE, r.COLUMN_TYPE "
            "FROM information_schema.COLUMNS s JOIN information_schema.COLUMNS r "
            "ON r.TABLE_NAME = s.TABLE_NAME AND r.COLUMN_NAME = s.COLUMN_NAME "
            "WHERE s.TABLE_SCHEMA = %s AND r.TABLE_SCHEMA = %s AND s.COLUMN_TYPE <> r.COLUMN_TYPE",
            (practice, f"{practice}_replica"),
        )
        assert cursor.fetchall() == ()
