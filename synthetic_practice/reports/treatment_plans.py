"""Presented treatment: the Presented Treatment Production report, as of a date.

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
- gross production is the fee times its units (``ProcFee * (UnitQty + BaseUnits)``) less the
  write-offs of CapComplete claim procedures; write-offs are those of NotReceived, Received and
  Supplemental claim procedures; adjustments are every adjustment attached to the procedure;
  net production is gross less write-offs plus adjustments; none of them is limited by date.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    import datetime

    from pymysql.cursors import Cursor

COMPLETE = 2
NOT_RECEIVED, RECEIVED, SUPPLEMENTAL, CAP_COMPLETE = 0, 1, 4, 7
ZERO = Decimal("0.00")


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def presented_treatment_production(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Completed procedures a saved plan presented, with their first presenter and production."""
    cursor.execute(
        "SELECT procedurelog.ProcNum, procedurelog.ProcDate, procedurelog.ProcFee, "
        "procedurelog.UnitQty + procedurelog.BaseUnits, procedurecode.Descript "
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
    cursor.execute(
        "SELECT ProcNum, Status, WriteOff FROM claimproc "
        f"WHERE Status IN (%s, %s, %s, %s) AND ProcNum IN ({listed})",
        (NOT_RECEIVED, RECEIVED, SUPPLEMENTAL, CAP_COMPLETE),
    )
    capitation: dict[int, Decimal] = defaultdict(lambda: ZERO)
    writeoffs: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for proc, status, amount in cursor.fetchall():
        target = capitation if status == CAP_COMPLETE else writeoffs
        target[int(proc)] += _money(amount)
    cursor.execute(f"SELECT ProcNum, AdjAmt FROM adjustment WHERE ProcNum IN ({listed})")
    adjustments: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for proc, amount in cursor.fetchall():
        adjustments[int(proc)] += _money(amount)
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
]
