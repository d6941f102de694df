"""The dbt project on a synthetic practice: the marts equal the practice's ground truth.

Runs the warehouse exactly as the nightly job does (`meltano run tap-opendental target-postgres`
then `meltano invoke dbt:build`), against databases of the test's own, before and after a day
of activity at the practice.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal
from pathlib import Path

import pytest

from synthetic_practice import apply_day, ground_truth
from tests.conftest import (
    Server,
    analyze_into,
    meltano,
    meltano_env,
    pg_connect,
    practice_settings,
)

pytestmark = pytest.mark.slow

# Staging models of the tables OpenDental's reports read beside the core ones: each has rows.
REPORT_STAGING = (
    "stg_opendental__appointment_types",
    "stg_opendental__historical_appointments",
    "stg_opendental__benefits",
    "stg_opendental__insurance_verifications",
    "stg_opendental__claim_snapshots",
)

MEASURES = (
    "gross_production",
    "adjustments",
    "writeoffs",
    "patient_payments",
    "insurance_payments",
)


@pytest.fixture
def practice(new_practice: t.Callable[..., str]) -> str:
    return new_practice(seed=7)


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):.2f}" if Decimal(value) else "0.00"


def provider_months(
    server: Server, database: str, practice_id: str = "main"
) -> dict[tuple[int, str], dict[str, str]]:
    with pg_connect(server, database) as connection:
        rows = connection.execute(
            f"select provider_id, to_char(month_start_date, 'YYYY-MM'), {', '.join(MEASURES)} "
            "from marts.fct_provider_monthly where practice_id = %s",
            (practice_id,),
        ).fetchall()
    return {(row[0], row[1]): dict(zip(MEASURES, map(money, row[2:]), strict=True)) for row in rows}


def family_balances(server: Server, database: str, practice_id: str = "main") -> dict[int, str]:
    with pg_connect(server, database) as connection:
        rows = connection.execute(
            "select guarantor_id, balance from marts.fct_accounts_receivable "
            "where practice_id = %s",
            (practice_id,),
        ).fetchall()
    return {guarantor: money(balance) for guarantor, balance in rows}


def assert_marts_match_truth(
    mysql: Server, practice: str, postgres: Server, warehouse: str, practice_id: str = "main"
) -> None:
    """The marts' rows of ``practice_id`` equal the ground truth of its source ``practice``."""
    truth = ground_truth(practice_settings(mysql), practice)
    expected_months = {
        (row["provider_id"], row["month"]): {name: row[name] for name in MEASURES}
        for row in truth["by_provider_month"]
    }
    assert provider_months(postgres, warehouse, practice_id) == expected_months
    balances = family_balances(postgres, warehouse, practice_id)
    assert balances == {row["guarantor_id"]: row["balance"] for row in truth["family_balances"]}
    ar_total = sum(map(Decimal, balances.values()), Decimal(0))
    assert money(ar_total) == truth["totals"]["ar_total"]


@pytest.fixture
def warehouse_env(
    practice: str,
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> dict[str, str]:
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, practice, catalog)
    env = meltano_env(mysql_server, practice, postgres_server, postgres_database, tmp_path, catalog)
    # dbt's artifacts and logs go to the test's own directory, not the project's.
    env["DBT_TARGET_PATH"] = str(tmp_path / "dbt-target")
    env["DBT_LOG_PATH"] = str(tmp_path / "dbt-logs")
    return env


def run_warehouse(env: dict[str, str]) -> None:
    meltano(["run", "tap-opendental", "target-postgres"], env)
    meltano(["invoke", "dbt:build"], env)


def test_marts_match_ground_truth(
    practice: str,
    warehouse_env: dict[str, str],
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
) -> None:
    run_warehouse(warehouse_env)
    assert_marts_match_truth(mysql_server, practice, postgres_server, postgres_database)
    with pg_connect(postgres_server, postgres_database) as connection:
        unbalanced, aged = connection.execute(
            "select count(*) filter (where balance <> "
            "balance_0_30 + balance_31_60 + balance_61_90 + balance_over_90), "
            "count(*) filter (where balance_over_90 > 0) "
            "from marts.fct_accounts_receivable"
        ).fetchone()
    assert (unbalanced, aged > 0) == (0, True)
    # One practice, the project's own: the group's figures are its figures.
    with pg_connect(postgres_server, postgres_database) as connection:
        practices = connection.execute(
            "select distinct practice_id from marts.fct_provider_monthly"
        ).fetchall()
        group_only = connection.execute(
            "select month_start_date, gross_production, total_collections "
            "from marts.fct_group_monthly "
            "except select month_start_date, gross_production, total_collections "
            "from marts.fct_practice_monthly where practice_id = 'main'"
        ).fetchall()
    assert (practices, group_only) == ([("main",)], [])
    with pg_connect(postgres_server, postgres_database) as connection:
        empty = [
            model
            for model in REPORT_STAGING
            if not connection.execute(f"select exists (select from staging.{model})").fetchone()[0]
        ]
    assert empty == []
    meltano(["invoke", "dbt:source-freshness"], warehouse_env)
    meltano(["invoke", "dbt:docs-generate"], warehouse_env)
    assert (Path(warehouse_env["DBT_TARGET_PATH"]) / "catalog.json").is_file()


def test_marts_match_ground_truth_after_a_day_of_activity(
    practice: str,
    warehouse_env: dict[str, str],
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
) -> None:
    run_warehouse(warehouse_env)
    day = apply_day(practice_settings(mysql_server), practice, seed=2)
    run_warehouse(warehouse_env)
    assert_marts_match_truth(mysql_server, practice, postgres_server, postgres_database)
    # The appointments deleted that day live on in their history, loaded incrementally.
    with pg_connect(postgres_server, postgres_database) as connection:
        deleted = connection.execute(
            "select appointment_id from staging.stg_opendental__historical_appointments "
            "where history_action = 'Deleted' order by appointment_id"
        ).fetchall()
    assert [apt for (apt,) in deleted] == day["deleted_ids"]["appointment"]
