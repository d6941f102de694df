"""Procedures not billed to insurance, as of a date.

OpenDental's Procedures Not Billed to Insurance report (Reports > Standard > Procedures Not
Billed to Insurance), following ``OpenDentBusiness/Reports/RpProcNotBilledIns.cs``, reproduced
by ``fct_procedures_not_billed``:

- completed procedures (``ProcStatus = 2``) with a fee (``ProcFee > 0``), done on or before the
  as-of date (the report's date range: from the first day to the as-of date);
- of a patient with insurance (some ``patplan`` row);
- with a claim procedure of status Estimate (6) not marked do-not-bill (``NoBillIns = 0``):
  insurance was expected but no claim was made;
- one row per procedure, kept when the least ``IsMedical`` among those estimates' plans is 0
  (a dental plan; medical procedures not included, the report's default); an estimate whose
  plan is gone does not count;
- procedures with no claim procedure at all are left out ("show procedures completed before
  insurance was added" unchecked); the practice has no multi-visit procedure groups
  (``procmultivisit``), so none is "in process";
- the fee is ``ProcFee * (UnitQty + BaseUnits)``, the fee rounded to the cent first; every
  clinic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    import datetime

    from pymysql.cursors import Cursor

COMPLETE, ESTIMATE = 2, 6


def procedures_not_billed(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Completed procedures still waiting to be sent to insurance."""
    cursor.execute(
        "SELECT procedurelog.ProcNum, patient.PatNum, procedurelog.ProcDate, "
        "CAST(procedurelog.ProcFee AS DECIMAL(15,2)) "
        "* (procedurelog.UnitQty + procedurelog.BaseUnits) "
        "FROM patient "
        "INNER JOIN procedurelog ON procedurelog.PatNum = patient.PatNum "
        "AND procedurelog.ProcFee > 0 AND procedurelog.ProcStatus = %s "
        "AND procedurelog.ProcDate BETWEEN '0001-01-01' AND %s "
        "LEFT JOIN claimproc ON claimproc.ProcNum = procedurelog.ProcNum "
        "LEFT JOIN insplan ON insplan.PlanNum = claimproc.PlanNum "
        "WHERE EXISTS (SELECT 1 FROM patplan WHERE patplan.PatNum = patient.PatNum) "
        "AND claimproc.NoBillIns = 0 AND claimproc.Status = %s "
        "GROUP BY procedurelog.ProcNum "
        "HAVING NOT MIN(insplan.IsMedical)",
        (COMPLETE, as_of, ESTIMATE),
    )
    return [
        {"procedure_id": proc, "patient_id": patient, "procedure_date": day, "procedure_fee": fee}
        for proc, patient, day, fee in cursor.fetchall()
    ]


REPORTS = [
    Report(
        name="Procedures Not Billed to Insurance",
        mart="fct_procedures_not_billed",
        key=("procedure_id",),
        figures=("patient_id", "procedure_date", "procedure_fee"),
        compute=procedures_not_billed,
    ),
]
