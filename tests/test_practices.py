"""A group of practices in one warehouse: each practice's marts equal its own ground truth.

Three OpenDental databases load at the same time, each through its own plugin instances: the
project's own practice (`meltano run el`), a practice added as `north` (`nightly--<id>`,
through its replica) and one added as `south` on an older OpenDental version that lacks
columns staging reads (`warehouse--<id>`). Then one dbt build reads them all, through the dbt
source each practice declares, and `dbt source freshness` checks every one.
"""

from __future__ import annotations

import concurrent.futures
import json
import re
import typing as t
from collections import Counter
from decimal import Decimal

import pytest

from synthetic_practice import ground_truth
from tap_opendental.tables import load_tables
from tests.conftest import (
    PROJECT_ROOT,
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
    practice_env,
    practice_settings,
)
from tests.transform.test_marts import MEASURES, assert_marts_match_truth, money

if t.TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.slow


def monthly_truth(truth: dict[str, t.Any]) -> Counter[tuple[str, str]]:
    """The practice's measures per month (all providers), keyed by (month, measure)."""
    months: Counter[tuple[str, str]] = Counter()
    for row in truth["by_provider_month"]:
        for name in MEASURES:
            months[row["month"], name] += Decimal(row[name])
    return months


def patients_per_practice(server: Server, database: str) -> dict[str, tuple[int, int]]:
    with pg_connect(server, database) as connection:
        rows = connection.execute(
            "select practice_id, count(*), max(patient_id) "
            "from staging.stg_opendental__patients group by 1"
        ).fetchall()
    return {practice_id: (count, highest) for practice_id, count, highest in rows}


def source_patients(server: Server, database: str) -> tuple[int, int]:
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        cursor.execute("SELECT COUNT(*), MAX(PatNum) FROM patient")
        count, highest = cursor.fetchone()
    return int(count), int(highest)


def copy_patients(server: Server, database: str, schema: str) -> None:
    """A schema ``schema`` holding a copy of the project's own raw patient table."""
    with pg_connect(server, database) as connection:
        connection.execute(f"create schema {schema}")
        connection.execute(f"create table {schema}.patient as table raw.patient")


def assert_every_practice_is_fresh(env: dict[str, str], practice_ids: list[str]) -> None:
    """``meltano invoke dbt:source-freshness`` checks every practice's declared source.

    The project's own (``opendental``) and each added practice's (``opendental_<id>``), each on
    the same tables, those written every clinic day.
    """
    output = meltano(["invoke", "dbt:source-freshness"], env).stdout
    output = re.sub(r"\x1b\[[0-9;]*m", "", output)  # dbt's colours
    fresh: dict[str, set[str]] = {}
    for source, table in re.findall(r"PASS freshness of (\w+)\.(\w+)", output):
        fresh.setdefault(source, set()).add(table)
    main_tables = fresh.get("opendental", set())
    assert {"patient", "procedurelog", "paysplit"} <= main_tables, output
    expected = {f"opendental_{pid}" for pid in practice_ids} | {"opendental"}
    assert fresh == dict.fromkeys(expected, main_tables), output


def test_practices_load_side_by_side_and_roll_up_to_the_group(  # noqa: PLR0917 - fixtures
    new_practice: t.Callable[..., str],
    project_practice: t.Callable[[str], str],
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> None:
    sources = {
        "main": new_practice(seed=7, patients=200),
        project_practice("north"): new_practice(seed=31, patients=150),
        project_practice("south"): new_practice(seed=47, patients=100, schema_version="old"),
    }
    main, north, south = sources
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, sources[main], catalog)
    env = meltano_env(
        mysql_server, sources[main], postgres_server, postgres_database, tmp_path, catalog
    )
    for practice_id in (north, south):
        env = practice_env(env, practice_id, mysql_server, sources[practice_id])
        # The practice's own analysis, into its own catalog.
        meltano(["invoke", f"tap-opendental--{practice_id}:analyze"], env)

    # Practices load at the same time: their plugin instances never share run files or state.
    runs = (["el"], [f"nightly--{north}"], [f"warehouse--{south}"])
    with concurrent.futures.ThreadPoolExecutor(len(runs)) as pool:
        for run in pool.map(lambda job: meltano(["run", *job], env), runs):
            assert run.returncode == 0
    # A schema named like a practice's raw layer is no practice until it is declared as one.
    copy_patients(postgres_server, postgres_database, "raw_undeclared")
    meltano(["invoke", "dbt:build"], env)
    assert_every_practice_is_fresh(env, [north, south])

    for practice_id, source in sources.items():
        assert_marts_match_truth(
            mysql_server, source, postgres_server, postgres_database, practice_id
        )

    # The group's figures are the sums of the practices' figures, month by month.
    expected: Counter[tuple[str, str]] = Counter()
    for source in sources.values():
        expected.update(monthly_truth(ground_truth(practice_settings(mysql_server), source)))
    with pg_connect(postgres_server, postgres_database) as connection:
        rows = connection.execute(
            f"select to_char(month_start_date, 'YYYY-MM'), {', '.join(MEASURES)} "
            "from marts.fct_group_monthly"
        ).fetchall()
        busiest = connection.execute("select max(practices) from marts.fct_group_monthly")
        assert busiest.fetchone() == (len(sources),)
    group = {
        (month, name): money(value)
        for month, *values in rows
        for name, value in zip(MEASURES, values, strict=True)
    }
    assert group == {key: money(value) for key, value in expected.items()}

    # Every practice's PatNum starts at 1: the same keys live side by side, none overwritten.
    assert patients_per_practice(postgres_server, postgres_database) == {
        practice_id: source_patients(mysql_server, source)
        for practice_id, source in sources.items()
    }

    with pg_connect(postgres_server, postgres_database) as connection:
        schemas = connection.execute(
            "select schema_name from information_schema.schemata "
            "where schema_name like 'raw%' order by 1"
        ).fetchall()
        # The older version lacks procedurelog.DateComplete and claimproc.IsTransfer: typed
        # nulls in the union, and the default where staging names one.
        completed = connection.execute(
            "select count(*) from staging.stg_opendental__procedures "
            "where practice_id = %s and completed_date is not null",
            (south,),
        ).fetchone()[0]
        transfers = connection.execute(
            "select count(*) from staging.stg_opendental__claim_procedures "
            "where practice_id = %s and is_transfer is null",
            (south,),
        ).fetchone()[0]
        north_completed = connection.execute(
            "select count(*) from staging.stg_opendental__procedures "
            "where practice_id = %s and completed_date is not null",
            (north,),
        ).fetchone()[0]
    assert schemas == [("raw",), (f"raw_{north}",), (f"raw_{south}",), ("raw_undeclared",)]
    assert (completed, transfers, north_completed > 0) == (0, 0, True)

    # The operations commands check one practice at a time; south loads no replica.
    connections = meltano(["invoke", "ops:test-connections", "--practice", north], env).stdout
    source, replica, _ = connections.splitlines()
    assert source.endswith(f"/{env[f'TAP_OPENDENTAL__{north.upper()}_DATABASE']}")
    assert replica.endswith(f"/{env[f'TARGET_MYSQL_REPLICA__{north.upper()}_DATABASE']}")
    for practice_id in (north, south):
        verified = meltano(["invoke", "ops:verify", "--practice", practice_id], env).stdout
        agree = re.search(r"(\d+) of (\d+) tables agree", verified)
        assert agree, verified
        assert agree[1] == agree[2], verified
        assert int(agree[1]) > 20
        header = next(line for line in verified.splitlines() if line.startswith("table"))
        replica = ["replica"] if practice_id == north else []
        assert header.split() == ["table", "source", *replica, "raw", "result"]

    # A practice's job plans its next run from its own catalog and bookmarks.
    plans = json.loads(
        meltano(["invoke", "ops:dry-run", "--job", f"warehouse--{south}", "--json"], env).stdout
    )["tables"]
    south_tables = load_tables(PROJECT_ROOT / "extract" / "practices" / south / "tables.yml")
    assert sorted(plan["table"] for plan in plans) == sorted(south_tables)
    assert {plan["extractor"] for plan in plans} == {f"tap-opendental--{south}"}
    assert {plan["action"] for plan in plans} <= {"incremental", "full"}

    # Each practice keeps bookmarks of its own.
    states = set(meltano(["state", "list"], env).stdout.split())
    assert states == {
        "test:tap-opendental-to-target-postgres",
        f"test:tap-opendental--{north}-to-target-mysql-replica--{north}",
        f"test:tap-opendental--replica--{north}-to-target-postgres--{north}",
        f"test:tap-opendental--{south}-to-target-postgres--{south}",
    }
