"""OpenDental's claim, treatment and recall reports: each mart matches the report's own rules.

One synthetic practice is loaded into one warehouse for the whole module: the warehouse is
built as the nightly job builds it, each report is computed from the source by OpenDental's
rules (``synthetic_practice.reports``) and compared with its mart, figure for figure; then a
clinic day is applied, the warehouse reloaded, and every report compared again; then the
as-of reports are built and compared as of a past date.
"""

from __future__ import annotations

import dataclasses
import datetime
import typing as t

import psycopg.rows
import pytest

from synthetic_practice import apply_day, create_practice
from synthetic_practice.practice import read_marker
from synthetic_practice.reports import Comparison, Report, compare
from synthetic_practice.reports import claims as claim_reports
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

REPORTS: list[Report] = [*claim_reports.REPORTS]
#: Reports whose figures depend on the as-of date, compared again as of a past date.
AS_OF_REPORTS: set[str] = set()
PAST_DAYS = 45


@dataclasses.dataclass
class Phase:
    """The comparisons of every report at one moment, and the marts' rows."""

    as_of: datetime.date
    comparisons: dict[str, Comparison]
    rows: dict[str, list[dict[str, t.Any]]]


def _next_day(mysql: Server, database: str) -> datetime.date:
    with mysql_connect(mysql) as connection:
        _, marker = read_marker(connection.cursor(), database)
    assert marker is not None
    return marker.next_day


def _compare_all(  # noqa: PLR0917 - the databases of one comparison, source first
    mysql: Server,
    database: str,
    postgres: Server,
    warehouse: str,
    as_of: datetime.date,
    reports: list[Report],
) -> Phase:
    comparisons, rows = {}, {}
    with mysql_connect(mysql, database) as source, pg_connect(postgres, warehouse) as target:
        for report in reports:
            expected = report.compute(source.cursor(), as_of)
            actual = (
                target.cursor(row_factory=psycopg.rows.dict_row)
                .execute(
                    f"select * from marts.{report.mart} "
                    f"where practice_id = 'main' and ({report.where})"
                )
                .fetchall()
            )
            comparisons[report.name] = compare(report, expected, actual)
            rows[report.name] = actual
    return Phase(as_of, comparisons, rows)


@pytest.fixture(scope="module")
def phases(
    mysql_server: Server, postgres_server: Server, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[dict[str, Phase]]:
    """Every report compared on one practice: as created, after a day, and as of a past date."""
    database, warehouse = unique_name("odtest_practice"), unique_name("odtest")
    workdir: Path = tmp_path_factory.mktemp("reports")
    create_practice(practice_settings(mysql_server), database, patients=300, seed=23)
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{warehouse}"')
    try:
        catalog = workdir / "tables.yml"
        analyze_into(mysql_server, database, catalog)
        env = meltano_env(mysql_server, database, postgres_server, warehouse, workdir, catalog)

        def build(as_of: datetime.date, *select: str) -> None:
            selected = ["--select", *select] if select else []
            meltano(["invoke", "dbt:build", *selected, "--vars", f"{{as_of_date: {as_of}}}"], env)

        found: dict[str, Phase] = {}
        as_of = _next_day(mysql_server, database)
        meltano(["run", "tap-opendental", "target-postgres"], env)
        build(as_of)
        found["created"] = _compare_all(
            mysql_server, database, postgres_server, warehouse, as_of, REPORTS
        )
        apply_day(practice_settings(mysql_server), database, seed=5)
        as_of = _next_day(mysql_server, database)
        meltano(["run", "tap-opendental", "target-postgres"], env)
        build(as_of)
        found["after a day"] = _compare_all(
            mysql_server, database, postgres_server, warehouse, as_of, REPORTS
        )
        as_of_reports = [r for r in REPORTS if r.name in AS_OF_REPORTS]
        if as_of_reports:
            past = as_of - datetime.timedelta(days=PAST_DAYS)
            build(past, *(f"+{r.mart}" for r in as_of_reports))
            found["as of a past date"] = _compare_all(
                mysql_server, database, postgres_server, warehouse, past, as_of_reports
            )
        yield found
    finally:
        with pg_connect(postgres_server, "postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{warehouse}" WITH (FORCE)')
        with mysql_connect(mysql_server) as connection:
            connection.cursor().execute(f"DROP DATABASE IF EXISTS `{database}`")


CASES = [
    pytest.param(phase, report.name, id=f"{report.mart}-{phase.replace(' ', '-')}")
    for phase in ("created", "after a day", "as of a past date")
    for report in REPORTS
    if phase != "as of a past date" or report.name in AS_OF_REPORTS
]


@pytest.mark.parametrize(("phase", "report"), CASES)
def test_mart_matches_opendental_report(phases: dict[str, Phase], phase: str, report: str) -> None:
    comparison = phases[phase].comparisons[report]
    assert comparison.matches, "\n".join([comparison.summary(), *comparison.differences[:20]])
    assert comparison.figures > 0, f"{report} has no rows to compare {phase}"


def _values(phase: Phase, report: str, column: str) -> set[t.Any]:
    return {row[column] for row in phase.rows[report]}


def test_claim_reports_meet_every_situation(phases: dict[str, Phase]) -> None:
    """The practice has claims of every status the claim reports tell apart."""
    for phase in (phases["created"], phases["after a day"]):
        assert {"Unsent", "Hold"} <= _values(phase, "Claims Not Sent", "claim_status")
        assert _values(phase, "Unfinalized Insurance Payments", "payment_type") == {
            "PartialPayment",
            "UnfinalizedPayment",
        }
        assert len(_values(phase, "Outstanding Insurance Claims", "age_bucket")) >= 2
