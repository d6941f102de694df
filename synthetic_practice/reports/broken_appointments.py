"""Broken Appointments: the appointments broken in a date range, by each of three methods.

OpenDental's **Broken Appointments** report (Reports > Standard > Broken Appointments),
following ``OpenDentBusiness/Reports/RpBrokenAppointments.cs``, reproduced by
``fct_broken_appointments`` (one row per broken appointment and method). The range is every
date up to ``as_of``; all providers and clinics. An appointment can be broken three ways in
OpenDental, and each method sees only some of them:

- **by appointment status**: appointments whose ``AptStatus`` is 5 (Broken), dated by
  ``AptDateTime``, with their patient (inner join), doctor (``ProvNum``) and hygienist
  (``ProvHyg``); an appointment the office sent to the unscheduled list (``AptStatus`` 3) or
  deleted is not listed;
- **by procedure**: completed procedures (``ProcStatus = 2``) coded D9986 (missed) or D9987
  (cancelled), the "both" option, dated by ``ProcDate``, with their patient and provider
  (inner joins: a charge on no existing provider is not listed), amount ``ProcFee``;
- **by adjustment**: adjustments of the office's broken-appointment adjustment type (the
  definition named "Broken Appointment", category 1), dated by ``AdjDate``, with their patient
  and provider (inner joins), amount ``AdjAmt``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

FIRST_DATE = datetime.date(1880, 1, 1)
BROKEN = 5
COMPLETE = 2
ADJUSTMENT_TYPES = 1
BROKEN_APPOINTMENT_ADJUSTMENT = "Broken Appointment"

QUERIES = {
    "AppointmentStatus": (
        "SELECT appointment.AptNum, DATE(appointment.AptDateTime), appointment.PatNum, "
        "appointment.ProvNum, appointment.ProvHyg, appointment.ClinicNum, NULL, NULL "
        "FROM appointment INNER JOIN patient ON patient.PatNum = appointment.PatNum "
        f"WHERE appointment.AptStatus = {BROKEN}"
    ),
    "Procedure": (
        "SELECT procedurelog.ProcNum, procedurelog.ProcDate, procedurelog.PatNum, "
        "procedurelog.ProvNum, NULL, procedurelog.ClinicNum, procedurecode.ProcCode, "
        "CAST(procedurelog.ProcFee AS DECIMAL(15,2)) "
        "FROM procedurelog "
        "INNER JOIN procedurecode ON procedurecode.CodeNum = procedurelog.CodeNum "
        "AND procedurecode.ProcCode IN ('D9986', 'D9987') "
        "INNER JOIN patient ON patient.PatNum = procedurelog.PatNum "
        "INNER JOIN provider ON provider.ProvNum = procedurelog.ProvNum "
        f"WHERE procedurelog.ProcStatus = {COMPLETE}"
    ),
    "Adjustment": (
        "SELECT adjustment.AdjNum, adjustment.AdjDate, adjustment.PatNum, adjustment.ProvNum, "
        "NULL, adjustment.ClinicNum, NULL, CAST(adjustment.AdjAmt AS DECIMAL(15,2)) "
        "FROM adjustment "
        "INNER JOIN patient ON patient.PatNum = adjustment.PatNum "
        "INNER JOIN provider ON provider.ProvNum = adjustment.ProvNum "
        "WHERE adjustment.AdjType IN ("
        f"  SELECT DefNum FROM definition WHERE Category = {ADJUSTMENT_TYPES} "
        f"  AND ItemName = '{BROKEN_APPOINTMENT_ADJUSTMENT}'"
        ")"
    ),
}


def broken_appointments(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Every broken appointment up to ``as_of``, as each of the three methods lists it."""
    rows = []
    for method, sql in QUERIES.items():
        cursor.execute(sql)
        for source, day, patient, prov, hygienist, clinic, code, amount in cursor.fetchall():
            if not isinstance(day, datetime.date) or not FIRST_DATE <= day <= as_of:
                continue
            rows.append(
                {
                    "broken_method": method,
                    "source_id": source,
                    "broken_date": day,
                    "patient_id": patient,
                    "provider_id": prov or None,
                    "hygienist_id": hygienist or None,
                    "clinic_id": clinic or None,
                    "procedure_code": code,
                    "amount": amount,
                }
            )
    return rows


def _method(method: str) -> Report:
    return Report(
        name=f"Broken Appointments ({method})",
        mart="fct_broken_appointments",
        key=("source_id",),
        figures=(
            "broken_date",
            "patient_id",
            "provider_id",
            "hygienist_id",
            "clinic_id",
            "procedure_code",
            "amount",
        ),
        compute=lambda cursor, as_of: [
            row for row in broken_appointments(cursor, as_of) if row["broken_method"] == method
        ],
        where=f"broken_method = '{method}'",
    )


REPORTS = [_method(method) for method in QUERIES]
