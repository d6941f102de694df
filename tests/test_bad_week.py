"""A bad week, end to end through Meltano: runs in between, an upgrade's new column, a new source.

Source -> replica -> raw, as the nightly job runs them, on real servers; after each night the
source, the replica and raw's live rows are compared value by value (`ops:verify --deep`).
"""

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
    pg_connect,
    practice_settings,
)

pytestmark = pytest.mark.slow

NIGHT = [
    "run",
    "tap-opendental",
    "target-mysql-replica",
    "tap-opendental--replica",
    "target-postgres",
]


@pytest.fixture
def practice(new_practice: t.Callable[..., str]) -> str:
    return new_practice(seed=33, patients=200)


def agree(env: dict[str, str]) -> None:
    result = meltano(["invoke", "ops:verify", "--deep"], env, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_deletes_new_columns_and_another_source_over_a_bad_week(  # noqa: PLR0917 - fixtures
    practice: str,
    new_practice: t.Callable[..., str],
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> None:
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, practice, catalog)
    env = meltano_env(mysql_server, practice, postgres_server, postgres_database, tmp_path, catalog)
    meltano(NIGHT, env)
    meltano(NIGHT, env)  # every key sent once after the first read

    # A clinic day with hard deletes, then a run that does not look for deletes (a retry or a
    # second run of the day, within a long interval), then the next night.
    apply_day(practice_settings(mysql_server), practice, seed=5)
    meltano(NIGHT, {**env, "TAP_OPENDENTAL_RECONCILE_INTERVAL_HOURS": "1000"})
    meltano(NIGHT, env)
    agree(env)

    # An OpenDental upgrade adds a column with a default; the weekly analysis takes it in.
    with mysql_connect(mysql_server, practice) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "ALTER TABLE adjustment ADD COLUMN ProcNumPlaceholder varchar(20) NOT NULL DEFAULT 'x'"
        )
        cursor.execute("SELECT COUNT(*) FROM adjustment")
        (adjustments,) = cursor.fetchone()
        cursor.execute("UPDATE adjustment SET ProcNumPlaceholder = 'y' ORDER BY AdjNum LIMIT 3")
    analyze_into(mysql_server, practice, catalog)
    meltano(NIGHT, env)
    agree(env)
    with pg_connect(postgres_server, postgres_database) as connection:
        values = dict(
            connection.execute(
                'select "ProcNumPlaceholder", count(*) from raw.adjustment '
                "where _sdc_deleted_at is null group by 1"
            ).fetchall()
        )
    assert values == {"x": adjustments - 3, "y": 3}

    # The practice's server is pointed at another database: nothing is read or written.
    with pg_connect(postgres_server, postgres_database) as connection:
        before = connection.execute("select count(*) from raw.appointment").fetchone()
    other = new_practice(seed=34, patients=50)
    moved = {**env, "TAP_OPENDENTAL_DATABASE": other}
    result = meltano(NIGHT, moved, check=False)
    assert result.returncode != 0
    assert "but this run reads" in result.stderr
    assert "TAP_OPENDENTAL_ACCEPT_SOURCE_CHANGE=true" in result.stderr
    with pg_connect(postgres_server, postgres_database) as connection:
        after = connection.execute("select count(*) from raw.appointment").fetchone()
    assert after == before
