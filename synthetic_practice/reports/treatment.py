"""Unscheduled treatment: the Treatment Finder, as of a date.

OpenDental's Treatment Finder (Reports > Standard > Treatment Finder), following
``OpenDentBusiness/Reports/RpTreatmentFinder.cs``, reproduced by ``fct_unscheduled_treatment``:

- a patient is listed when the fees of their treatment-planned procedures (``ProcStatus = 1``,
  ``ProcFee * (UnitQty + BaseUnits)``) add up to more than zero, their status is Patient, and
  they have no Scheduled appointment (``AptStatus = 1``) on or after the as-of date ("include
  patients with upcoming appointments" unchecked); every planned date, code, provider, billing
  type and clinic;
- one row per patient and insurance plan of the patient (``patplan``), or one row without a
  plan: patients without insurance are included (no renewal-month filter), and no one is left
  out for the benefits they have left (the "amount above" filter at zero);
- the benefit year is the calendar year of the as-of date (plans renewing in January); in it,
  the insurance used is the paid amount (``InsPayAmt``) of Received, Adjustment and
  Supplemental claim procedures, and the insurance pending is the estimate (``InsPayEst``) of
  Not Received ones not paid yet, dated by ``ProcDate``; for the patient (through the patient
  plan's subscription) and for the family (the subscription, over the listed patients' claim
  procedures); procedures of every category count (no benefit limitation is checked);
- the plan's annual maximums come from the ``benefit`` table, which the practice does not hold,
  so they are not reproduced.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

PATIENT, TP, SCHEDULED = 0, 1, 1
NOT_RECEIVED, RECEIVED, ADJUSTMENT, SUPPLEMENTAL = 0, 1, 3, 4
ZERO = Decimal("0.00")


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def unscheduled_treatment(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Patients with planned treatment and nothing booked, with the insurance they have used."""
    cursor.execute(
        "SELECT procedurelog.PatNum, "
        "SUM(CAST(procedurelog.ProcFee AS DECIMAL(15,2)) "
        "* (procedurelog.UnitQty + procedurelog.BaseUnits)) AS AmtPlanned "
        "FROM procedurelog INNER JOIN patient ON patient.PatNum = procedurelog.PatNum "
        "WHERE procedurelog.ProcStatus = %s AND patient.PatStatus = %s "
        "AND procedurelog.PatNum NOT IN (SELECT PatNum FROM appointment "
        "WHERE appointment.AptStatus = %s AND appointment.AptDateTime >= %s) "
        "GROUP BY procedurelog.PatNum HAVING AmtPlanned > 0",
        (TP, PATIENT, SCHEDULED, as_of),
    )
    planned = {int(pat): amount for pat, amount in cursor.fetchall()}
    if not planned:
        return []
    listed = ",".join(map(str, planned))
    renew = datetime.date(as_of.year, 1, 1)
    cursor.execute(
        "SELECT claimproc.PatNum, claimproc.InsSubNum, claimproc.Status, claimproc.InsPayAmt, "
        "claimproc.InsPayEst FROM claimproc "
        "WHERE claimproc.Status IN (%s, %s, %s, %s) AND claimproc.ProcDate BETWEEN %s AND %s "
        f"AND claimproc.PatNum IN ({listed})",
        (
            NOT_RECEIVED,
            RECEIVED,
            ADJUSTMENT,
            SUPPLEMENTAL,
            renew,
            datetime.date(as_of.year, 12, 31),
        ),
    )
    # (pending, used) per (patient, subscription) and per subscription
    individual: dict[tuple[int, int], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    family: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for pat, sub, status, paid, estimate in cursor.fetchall():
        pending = _money(estimate) if status == NOT_RECEIVED and paid == 0 else ZERO
        used = _money(paid) if status in (RECEIVED, ADJUSTMENT, SUPPLEMENTAL) else ZERO
        for totals in (individual[int(pat), int(sub)], family[int(sub)]):
            totals[0] += pending
            totals[1] += used
    cursor.execute(
        "SELECT patient.PatNum, patplan.PatPlanNum, inssub.InsSubNum, "
        "COALESCE(carrier.CarrierName, '') "
        "FROM patient "
        "LEFT JOIN patplan ON patient.PatNum = patplan.PatNum "
        "LEFT JOIN inssub ON patplan.InsSubNum = inssub.InsSubNum "
        "LEFT JOIN insplan ON insplan.PlanNum = inssub.PlanNum "
        "LEFT JOIN carrier ON insplan.CarrierNum = carrier.CarrierNum "
        f"WHERE patient.PatStatus = %s AND patient.PatNum IN ({listed})",
        (PATIENT,),
    )
    rows = []
    for pat, pat_plan, sub, carrier in cursor.fetchall():
        # A patient plan's own lines are matched on its subscription (patplan.InsSubNum).
        mine = individual.get((int(pat), int(sub)), [ZERO, ZERO]) if sub else [ZERO, ZERO]
        theirs = family.get(int(sub), [ZERO, ZERO]) if sub else [ZERO, ZERO]
        rows.append(
            {
                "patient_id": pat,
                "patient_plan_id": pat_plan,
                "carrier_name": carrier,
                "planned_amount": planned[int(pat)],
                "individual_used_amount": mine[1],
                "individual_pending_amount": mine[0],
                "family_used_amount": theirs[1],
                "family_pending_amount": theirs[0],
            }
        )
    return rows


REPORTS = [
    Report(
        name="Treatment Finder",
        mart="fct_unscheduled_treatment",
        key=("patient_id", "patient_plan_id"),
        figures=(
            "carrier_name",
            "planned_amount",
            "individual_used_amount",
            "individual_pending_amount",
            "family_used_amount",
            "family_pending_amount",
        ),
        compute=unscheduled_treatment,
    ),
]
