"""Treatment plans presented: OpenDental's two treatment plan reports, as of a date.

OpenDental's Presented Treatment Production (Reports > Standard > Presented Treatment
Production), following ``OpenDentBusiness/Reports/RpPresentedTreatmentProduction.cs``, detailed
view, reproduced by ``fct_presented_treatment_production``:

- the procedures completed (``ProcStatus = 2``) in the date range, here up to the as-of date,
  that a saved treatment plan presented (a ``proctp`` row whose ``ProcNumOrig`` is the
  procedure);
- each credited to the first plan that presented it: the earliest ``treatplan.DateTP``, the
  plan read first (lowest ``TreatPlanNum``) among plans of the same date; its presenter is the
  plan's ``UserNumPresenter``, and a procedure whose presenter is not a user is not listed
  (the report keeps only the users selected, here all of them);
- gross production is the fee times its units (``ProcFee * (UnitQty + BaseUnits)``, at least
  one unit, as ``Procedure.ProcFeeTotal`` counts them) less the
  write-offs of CapComplete claim procedures; write-offs are those of NotReceived, Received and
  Supplemental claim procedures; adjustments are every adjustment attached to the procedure;
  net production is gross less write-offs plus adjustments; none of them is limited by date.

OpenDental's Treatment Plan Presentation Statistics (Reports > Standard > Treatment Plan
Presentation Statistics), following
``OpenDentBusiness/Reports/RpTreatPlanPresentationStatistics.cs``, run for each calendar month
up to the as-of date, reproduced by
``fct_treatment_plan_presentation_monthly``:

- the saved plans (``TPStatus = 0``) dated in the month, and the procedures they presented, each
  once, credited to the month's first plan that presented it (earliest ``DateTP``, then lowest
  ``TreatPlanNum``); only procedures still treatment planned or completed count;
- per presenter (the plan's ``UserNumPresenter`` user's name, ``None`` without one): the plans,
  the procedures, those scheduled (still planned, on an appointment whose status is Scheduled)
  and those completed, and their gross and net amounts;
- gross is the fee times its units less CapComplete write-offs; the write-offs subtracted for
  net start from those same CapComplete write-offs (OpenDental counts them twice) and add, for a
  completed procedure, the NotReceived, Received and Supplemental write-offs, for a planned one,
  each Estimate's write-off override, or its estimate (-1 meaning none); adjustments attached
  to the procedure are added.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    import datetime

    from pymysql.cursors import Cursor

TP, COMPLETE = 1, 2
SAVED = 0
APPOINTMENT_SCHEDULED = 1
NOT_RECEIVED, RECEIVED, SUPPLEMENTAL, ESTIMATE, CAP_COMPLETE = 0, 1, 4, 6, 7
ZERO = Decimal("0.00")


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _claim_writeoffs(
    cursor: Cursor, listed: str
) -> tuple[dict[int, Decimal], dict[int, Decimal], dict[int, Decimal]]:
    """Per procedure: CapComplete write-offs, received ones, and estimated ones."""
    cursor.execute(
        "SELECT ProcNum, Status, WriteOff, WriteOffEst, WriteOffEstOverride FROM claimproc "
        f"WHERE Status IN (%s, %s, %s, %s, %s) AND ProcNum IN ({listed})",
        (NOT_RECEIVED, RECEIVED, SUPPLEMENTAL, ESTIMATE, CAP_COMPLETE),
    )
    capitation: dict[int, Decimal] = defaultdict(lambda: ZERO)
    received: dict[int, Decimal] = defaultdict(lambda: ZERO)
    estimated: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for proc, status, writeoff, estimate, override in cursor.fetchall():
        if status == CAP_COMPLETE:
            capitation[int(proc)] += _money(writeoff)
        elif status != ESTIMATE:
            received[int(proc)] += _money(writeoff)
        # An estimate's write-off is its override, else its estimate; -1 means none.
        elif override != -1:
            estimated[int(proc)] += _money(override)
        elif estimate != -1:
            estimated[int(proc)] += _money(estimate)
    return capitation, received, estimated


def _adjustments(cursor: Cursor, listed: str) -> dict[int, Decimal]:
    """Per procedure, the adjustments attached to it, whatever their date."""
    cursor.execute(f"SELECT ProcNum, AdjAmt FROM adjustment WHERE ProcNum IN ({listed})")
    adjustments: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for proc, amount in cursor.fetchall():
        adjustments[int(proc)] += _money(amount)
    return adjustments


def presented_treatment_production(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Completed procedures a saved plan presented, with their first presenter and production."""
    cursor.execute(
        "SELECT procedurelog.ProcNum, procedurelog.ProcDate, procedurelog.ProcFee, "
        "GREATEST(1, procedurelog.UnitQty + procedurelog.BaseUnits), procedurecode.Descript "
        "FROM procedurelog INNER JOIN procedurecode "
        "ON procedurecode.CodeNum = procedurelog.CodeNum "
        "WHERE procedurelog.ProcStatus = %s AND procedurelog.ProcDate <= %s "
        "AND procedurelog.ProcNum IN (SELECT ProcNumOrig FROM proctp)",
        (COMPLETE, as_of),
    )
    procedures = {int(row[0]): row[1:] for row in cursor.fetchall()}
    if not procedures:
        return []
    listed = ",".join(map(str, procedures))
    cursor.execute(
        "SELECT proctp.ProcNumOrig, treatplan.TreatPlanNum, treatplan.DateTP, "
        "treatplan.UserNumPresenter FROM proctp INNER JOIN treatplan "
        "ON treatplan.TreatPlanNum = proctp.TreatPlanNum "
        f"WHERE proctp.ProcNumOrig IN ({listed})"
    )
    first: dict[int, tuple] = {}
    for proc, plan, day, presenter in cursor.fetchall():
        candidate = (day, int(plan), int(presenter))
        if int(proc) not in first or candidate < first[int(proc)]:
            first[int(proc)] = candidate
    cursor.execute("SELECT UserNum, UserName FROM userod")
    users = {int(num): name for num, name in cursor.fetchall()}
    capitation, writeoffs, _estimated = _claim_writeoffs(cursor, listed)
    adjustments = _adjustments(cursor, listed)
    rows = []
    for proc, (done, fee, units, descript) in procedures.items():
        presented, _plan, presenter = first[proc]
        if presenter not in users:
            continue
        gross = _money(fee) * units - capitation[proc]
        rows.append(
            {
                "procedure_id": proc,
                "presenter_user_id": presenter,
                "presenter": users[presenter],
                "presented_date": presented,
                "completed_date": done,
                "description": descript,
                "gross_production": gross,
                "writeoffs": writeoffs[proc],
                "adjustments": adjustments[proc],
                "net_production": gross - writeoffs[proc] + adjustments[proc],
            }
        )
    return rows


def treatment_plan_presentation(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Per month and presenter: plans, procedures presented, scheduled and completed, amounts."""
    cursor.execute(
        "SELECT treatplan.TreatPlanNum, treatplan.DateTP, treatplan.UserNumPresenter, "
        "proctp.ProcNumOrig FROM treatplan INNER JOIN proctp "
        "ON proctp.TreatPlanNum = treatplan.TreatPlanNum "
        "WHERE treatplan.TPStatus = %s AND treatplan.DateTP <= %s",
        (SAVED, as_of),
    )
    # (month, procedure) -> (date, plan, presenter) of the month's first presentation
    first: dict[tuple[datetime.date, int], tuple] = {}
    for plan, day, presenter, proc in cursor.fetchall():
        key = (day.replace(day=1), int(proc))
        candidate = (day, int(plan), int(presenter))
        if key not in first or candidate < first[key]:
            first[key] = candidate
    if not first:
        return []
    listed = ",".join(sorted({str(proc) for _, proc in first}))
    cursor.execute(
        "SELECT procedurelog.ProcNum, procedurelog.ProcStatus, procedurelog.ProcFee, "
        "GREATEST(1, procedurelog.UnitQty + procedurelog.BaseUnits), appointment.AptStatus "
        "FROM procedurelog LEFT JOIN appointment ON appointment.AptNum = procedurelog.AptNum "
        f"WHERE procedurelog.ProcStatus IN (%s, %s) AND procedurelog.ProcNum IN ({listed})",
        (TP, COMPLETE),
    )
    procedures = {int(row[0]): row[1:] for row in cursor.fetchall()}
    capitation, received, estimated = _claim_writeoffs(cursor, listed)
    adjustments = _adjustments(cursor, listed)
    cursor.execute("SELECT UserNum, UserName FROM userod")
    users = {int(num): name for num, name in cursor.fetchall()}
    groups: dict[tuple[datetime.date, str], dict] = {}
    for (month, proc), (_day, plan, presenter) in first.items():
        if proc not in procedures:
            continue
        status, fee, units, apt_status = procedures[proc]
        gross = _money(fee) * units - capitation[proc]
        writeoffs = capitation[proc] + (received[proc] if status == COMPLETE else estimated[proc])
        net = gross - writeoffs + adjustments[proc]
        scheduled = status == TP and apt_status == APPOINTMENT_SCHEDULED
        completed = status == COMPLETE
        name = users.get(presenter) or "None"
        group = groups.setdefault(
            (month, name),
            {
                "month_start_date": month,
                "presenter": name,
                "plans": set(),
                "procedures": 0,
                "procedures_scheduled": 0,
                "procedures_completed": 0,
                "gross_planned_amount": ZERO,
                "gross_scheduled_amount": ZERO,
                "gross_completed_amount": ZERO,
                "net_planned_amount": ZERO,
                "net_scheduled_amount": ZERO,
                "net_completed_amount": ZERO,
            },
        )
        group["plans"].add(plan)
        group["procedures"] += 1
        group["gross_planned_amount"] += gross
        group["net_planned_amount"] += net
        for flag, kind in ((scheduled, "scheduled"), (completed, "completed")):
            if flag:
                group[f"procedures_{kind}"] += 1
                group[f"gross_{kind}_amount"] += gross
                group[f"net_{kind}_amount"] += net
    rows = []
    for group in groups.values():
        group["treatment_plans"] = len(group.pop("plans"))
        rows.append(group)
    return rows


REPORTS = [
    Report(
        name="Presented Treatment Production",
        mart="fct_presented_treatment_production",
        key=("procedure_id",),
        figures=(
            "presenter_user_id",
            "presenter",
            "presented_date",
            "completed_date",
            "description",
            "gross_production",
            "writeoffs",
            "adjustments",
            "net_production",
        ),
        compute=presented_treatment_production,
    ),
    Report(
        name="Treatment Plan Presentation Statistics",
        mart="fct_treatment_plan_presentation_monthly",
        key=("month_start_date", "presenter"),
        figures=(
            "treatment_plans",
            "procedures",
            "procedures_scheduled",
            "procedures_completed",
            "gross_planned_amount",
            "gross_scheduled_amount",
            "gross_completed_amount",
            "net_planned_amount",
            "net_scheduled_amount",
            "net_completed_amount",
        ),
        compute=treatment_plan_presentation,
    ),
]
