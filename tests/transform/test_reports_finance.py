"""The finance and patient marts reproduce OpenDental's standard reports, figure for figure.

One synthetic practice is loaded into one warehouse for the whole module, as the nightly job
does (`meltano run tap-opendental target-postgres`, then dbt). Each report of the modules below
is computed from the source database by OpenDental's rules (``synthetic_practice.reports``) and
compared with its mart: as of the practice's next day, as of half a year earlier for the
reports that are as of a date, and again after a clinic day.
"""

from __future__ import annotations

import datetime
import typing as t

import pytest

from synthetic_practice import apply_day, create_practice
from synthetic_practice.practice import read_marker
from synthetic_practice.reports import Comparison, Report, compare, mart_rows, reports
from tests.conftest import (
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
    practice_settings,
    unique_name,
)

if t.TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.slow

#: The report modules this file checks.
MODULES = (
    "aging",
    "broken_appointments",
    "daily_payments",
    "new_patients",
    "payment_plans",
    "production_income",
    "unearned_income",
)
#: The practice's snapshot date, fixed so that it holds the same rows whichever day the tests
#: run: generated as of today, some days leave a report without a row to compare as of the
#: past date (no family held a prepayment 182 days before 2026-12-05).
SNAPSHOT = datetime.date(2026, 12, 4)
#: Reports whose figures depend on the as-of date, checked as of a past date too.
AS_OF_MARTS: tuple[str, ...] = (
    "fct_broken_appointments",
    "fct_accounts_receivable_aging",
    "fct_daily_payments",
    "fct_new_patients",
    "fct_new_patients_monthly",
    "fct_payment_plans",
    "fct_production_income_daily",
    "fct_production_income_monthly",
    "fct_unearned_accounts",
    "fct_unearned_income_line_items",
)


def finance_reports() -> list[Report]:
    return [
        report for report in reports() if report.compute.__module__.rsplit(".", 1)[-1] in MODULES
    ]


def _next_day(server: Server, database: str) -> datetime.date:
    with mysql_connect(server) as connection:
        _, marker = read_marker(connection.cursor(), database)
    assert marker is not None
    return marker.next_day


def _build(env: dict[str, str], as_of: datetime.date, marts: t.Iterable[str]) -> None:
    meltano(
        [
            "invoke",
            "dbt:build",
            "--select",
            *(f"+{mart}" for mart in marts),
            # Only the tests of the models built: a relationship to a model left out waits.
            "--indirect-selection",
            "cautious",
            "--vars",
            f"{{as_of_date: '{as_of.isoformat()}'}}",
        ],
        env,
    )


def _compare(
    mysql: Server, practice: str, postgres: Server, warehouse: str, as_of: datetime.date
) -> dict[str, Comparison]:
    found = {}
    with (
        mysql_connect(mysql, practice) as source,
        pg_connect(postgres, warehouse) as target,
    ):
        for report in finance_reports():
            expected = report.compute(source.cursor(), as_of)
            found[report.name] = compare(report, expected, mart_rows(target, report))
    return found


@pytest.fixture(scope="module")
def comparisons(
    mysql_server: Server, postgres_server: Server, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[dict[str, dict[str, Comparison]]]:
    """The reports compared with their marts: ``before``, ``past`` and ``after`` a clinic day."""
    workdir: Path = tmp_path_factory.mktemp("finance_reports")
    practice = unique_name("odtest_practice")
    warehouse = unique_name("odtest")
    create_practice(practice_settings(mysql_server), practice, patients=300, seed=5, as_of=SNAPSHOT)
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{warehouse}"')
    try:
        catalog = workdir / "tables.yml"
        analyze_into(mysql_server, practice, catalog)
        env = meltano_env(mysql_server, practice, postgres_server, warehouse, workdir, catalog)
        marts = sorted({report.mart for report in finance_reports()})
        found: dict[str, dict[str, Comparison]] = {}

        meltano(["run", "tap-opendental", "target-postgres"], env)
        as_of = _next_day(mysql_server, practice)
        _build(env, as_of, marts)
        found["before"] = _compare(mysql_server, practice, postgres_server, warehouse, as_of)

        past = as_of - datetime.timedelta(days=182)
        _build(env, past, AS_OF_MARTS)
        found["past"] = _compare(mysql_server, practice, postgres_server, warehouse, past)

        apply_day(practice_settings(mysql_server), practice, seed=3)
        meltano(["run", "tap-opendental", "target-postgres"], env)
        as_of = _next_day(mysql_server, practice)
        _build(env, as_of, marts)
        found["after"] = _compare(mysql_server, practice, postgres_server, warehouse, as_of)
        yield found
    finally:
        with mysql_connect(mysql_server) as connection:
            connection.cursor().execute(f"DROP DATABASE IF EXISTS `{practice}`")
        with pg_connect(postgres_server, "postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{warehouse}" WITH (FORCE)')


@pytest.mark.parametrize(
    ("report", "when"),
    [
        pytest.param(report, when, id=f"{report.name}-{when}")
        for report in finance_reports()
        for when in ("before", "past", "after")
        if when != "past" or report.mart in AS_OF_MARTS
    ],
)
def test_mart_matches_opendental_report(
    comparisons: dict[str, dict[str, Comparison]], report: Report, when: str
) -> None:
    comparison = comparisons[when][report.name]
    assert comparison.figures > 0
    assert comparison.matches, "\n".join([comparison.summary(), *comparison.differences[:20]])
