"""OpenDental's insurance and recall reports: each mart matches the report's own rules.

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
from synthetic_practice.reports import not_billed as not_billed_reports
from synthetic_practice.reports import recall as recall_reports
from synthetic_practice.reports import referrals as referral_reports
from synthetic_practice.reports import treatment as treatment_reports
from synthetic_practice.reports import treatment_plans as treatment_plan_reports
from synthetic_practice.reports import writeoffs as writeoff_reports
from tests.conftest import (
    PROJECT_ROOT,
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

REPORTS: list[Report] = [
    *claim_reports.REPORTS,
    *recall_reports.REPORTS,
    *writeoff_reports.REPORTS,
    *not_billed_reports.REPORTS,
    *treatment_reports.REPORTS,
    *treatment_plan_reports.REPORTS,
    *referral_reports.REPORTS,
]
#: Reports whose figures depend on the as-of date, compared again as of a past date.
AS_OF_REPORTS: set[str] = {
    "Recall List",
    "Procedures Not Billed to Insurance",
    "Treatment Finder",
    "Presented Treatment Production",
    "Treatment Plan Presentation Statistics",
}
PAST_DAYS = 45
#: The practice's snapshot date, fixed so that it holds the same rows whichever day the tests
#: run: generated as of today, some days leave a report without a row to compare as of the
#: past date.
SNAPSHOT = datetime.date(2026, 12, 4)


@dataclasses.dataclass
class Phase:
    """The comparisons of every report at one moment, and the marts' rows."""

    as_of: datetime.date
    comparisons: dict[str, Comparison]
    rows: dict[str, list[dict[str, t.Any]]]


def _own_run_directory(workdir: Path) -> Path:
    """A Meltano system directory sharing the project's installed plugins, not its run files.

    Meltano writes each run's config and catalog under ``.meltano/run/<plugin>``; runs of other
    tests in the same checkout would overwrite them while this module's runs read them.
    """
    own = workdir / ".meltano"
    own.mkdir()
    for entry in (PROJECT_ROOT / ".meltano").iterdir():
        if entry.name not in {"run", "meltano.db"}:
            (own / entry.name).symlink_to(entry)
    return own


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


@dataclasses.dataclass
class Run:
    """The source practice (kept until the module ends) and its phases by name."""

    database: str
    phases: dict[str, Phase]


@pytest.fixture(scope="module")
def run(
    mysql_server: Server, postgres_server: Server, tmp_path_factory: pytest.TempPathFactory
) -> t.Iterator[Run]:
    """Every report compared on one practice: as created, after a day, and as of a past date."""
    database, warehouse = unique_name("odtest_practice"), unique_name("odtest")
    workdir: Path = tmp_path_factory.mktemp("reports")
    create_practice(
        practice_settings(mysql_server), database, patients=300, seed=23, as_of=SNAPSHOT
    )
    with pg_connect(postgres_server, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{warehouse}"')
    try:
        catalog = workdir / "tables.yml"
        analyze_into(mysql_server, database, catalog)
        env = meltano_env(mysql_server, database, postgres_server, warehouse, workdir, catalog)
        env["MELTANO_SYS_DIR_ROOT"] = str(_own_run_directory(workdir))

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
        yield Run(database, found)
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
def test_mart_matches_opendental_report(run: Run, phase: str, report: str) -> None:
    comparison = run.phases[phase].comparisons[report]
    assert comparison.matches, "\n".join([comparison.summary(), *comparison.differences[:20]])
    assert comparison.figures > 0, f"{report} has no rows to compare {phase}"


def _values(phase: Phase, report: str, column: str) -> set[t.Any]:
    return {row[column] for row in phase.rows[report]}


def test_claim_reports_meet_every_situation(run: Run) -> None:
    """The practice has claims of every status the claim reports tell apart."""
    for phase in (run.phases["created"], run.phases["after a day"]):
        assert {"Unsent", "Hold"} <= _values(phase, "Claims Not Sent", "claim_status")
        assert _values(phase, "Unfinalized Insurance Payments", "payment_type") == {
            "PartialPayment",
            "UnfinalizedPayment",
        }
        assert len(_values(phase, "Outstanding Insurance Claims", "age_bucket")) >= 2


def test_recall_list_meets_every_hold(run: Run, mysql_server: Server) -> None:
    """Recalls held until a later date, and until the family pays down, exist and are left out."""
    phase = run.phases["after a day"]
    listed = _values(phase, "Recall List", "recall_id")
    with mysql_connect(mysql_server, run.database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT r.RecallNum, r.DisableUntilDate > %s, "
            "r.DisableUntilBalance > 0 AND g.BalTotal - g.InsEst > r.DisableUntilBalance, "
            "r.DisableUntilBalance > 0 OR r.DisableUntilDate > '1880-01-01' "
            "FROM recall r JOIN patient p ON p.PatNum = r.PatNum "
            "JOIN patient g ON g.PatNum = p.Guarantor "
            "WHERE p.PatStatus = 0 AND r.IsDisabled = 0 AND r.DateScheduled = '0001-01-01' "
            "AND r.DateDue BETWEEN %s AND %s",
            (
                phase.as_of,
                phase.as_of - datetime.timedelta(days=recall_reports.DAYS_PAST),
                phase.as_of + datetime.timedelta(days=recall_reports.DAYS_FUTURE),
            ),
        )
        window = cursor.fetchall()
    held_by_date = {r for r, later, _, _ in window if later}
    held_by_balance = {r for r, _, above, _ in window if above}
    held_but_due = {r for r, later, above, held in window if held and not later and not above}
    assert held_by_date
    assert held_by_balance
    assert held_but_due
    assert not (held_by_date | held_by_balance) & listed
    assert held_but_due <= listed


def test_procedures_not_billed_leave_out_do_not_bill(run: Run, mysql_server: Server) -> None:
    """Completed work left off its claim is listed; work marked do-not-bill is not."""
    for phase in (run.phases["created"], run.phases["after a day"]):
        listed = _values(phase, "Procedures Not Billed to Insurance", "procedure_id")
        with mysql_connect(mysql_server, run.database) as connection:
            cursor = connection.cursor()
            cursor.execute(
                "SELECT DISTINCT p.ProcNum FROM procedurelog p JOIN claimproc c "
                "ON c.ProcNum = p.ProcNum AND c.Status = 6 AND c.NoBillIns = 1 "
                "WHERE p.ProcStatus = 2 AND p.ProcDate <= %s",
                (phase.as_of,),
            )
            do_not_bill = {int(proc) for (proc,) in cursor.fetchall()}
        assert listed
        assert do_not_bill
        assert not do_not_bill & listed


def test_treatment_finder_meets_booked_and_uninsured_patients(
    run: Run, mysql_server: Server
) -> None:
    """Patients booked ahead are left out; patients without insurance are listed."""
    phase = run.phases["after a day"]
    rows = phase.rows["Treatment Finder"]
    with mysql_connect(mysql_server, run.database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT DISTINCT p.PatNum FROM procedurelog p JOIN appointment a "
            "ON a.PatNum = p.PatNum AND a.AptStatus = 1 AND a.AptDateTime >= %s "
            "WHERE p.ProcStatus = 1",
            (phase.as_of,),
        )
        booked = {int(pat) for (pat,) in cursor.fetchall()}
    assert booked
    assert not booked & {row["patient_id"] for row in rows}
    assert any(row["patient_plan_id"] is None for row in rows)
    assert any(row["individual_used_amount"] > 0 for row in rows)


def test_treatment_plan_reports_meet_every_situation(run: Run, mysql_server: Server) -> None:
    """Plans without a presenter, procedures presented twice, scheduled and completed work."""
    phase = run.phases["after a day"]
    statistics = phase.rows["Treatment Plan Presentation Statistics"]
    assert "None" in _values(phase, "Treatment Plan Presentation Statistics", "presenter")
    assert sum(row["procedures_scheduled"] for row in statistics) > 0
    assert sum(row["procedures_completed"] for row in statistics) > 0
    with mysql_connect(mysql_server, run.database) as connection:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT COUNT(*) FROM (SELECT proctp.ProcNumOrig FROM proctp JOIN treatplan "
            "ON treatplan.TreatPlanNum = proctp.TreatPlanNum WHERE treatplan.TPStatus = 0 "
            "GROUP BY proctp.ProcNumOrig HAVING COUNT(*) > 1) presented_again"
        )
        (presented_again,) = cursor.fetchone()
    # Only the first presentation counts: a procedure presented again is credited once.
    assert presented_again > 0
