"""New Patients: the patients whose first visit falls in a date range, and who sent them.

OpenDental's **New Patients** report (Reports > Standard > New Patients), following
``OpenDentBusiness/Reports/RpNewPatients.cs``, reproduced by ``fct_new_patients`` (per patient)
and ``fct_new_patients_monthly`` (per month of the first visit). Rules:

- a patient's first visit is the earliest ``ProcDate`` of their completed procedures
  (``ProcStatus = 2``) whose code is neither D9986 (missed appointment) nor D9987 (cancelled
  appointment): a broken-appointment charge is never a first visit, and a patient whose
  completed work is only such charges has none;
- a patient is listed when that first visit falls in the date range (here: every date up to
  ``as_of``) and the patient row exists (inner join);
- the referral source is the patient's ``refattach`` of type "referred from" (``RefType =
  1``) with the lowest ``ItemOrder``, printed "LName, FName" (just LName when FName is empty);
- production ("$HowMuch") is the sum of ``ProcFee * (UnitQty + BaseUnits)`` over every completed
  procedure of the patient, of any date, D9986 and D9987 included;
- the options the marts fix: all providers (the report's filter is on ``patient.PriProv``), no
  address columns, patients with no production kept (the "Exclude patients with no production"
  box is unchecked by default).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

COMPLETE = 2
REFERRED_FROM = 1
BROKEN_APPOINTMENT_CODES = ("D9986", "D9987")


def new_patients(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Every patient whose first visit is on or before ``as_of``, with referral and production."""
    cursor.execute(
        "SELECT CodeNum FROM procedurecode WHERE ProcCode IN (%s, %s)", BROKEN_APPOINTMENT_CODES
    )
    broken = {code for (code,) in cursor.fetchall()}
    cursor.execute(
        "SELECT PatNum, CodeNum, ProcDate, ProcFee * (UnitQty + BaseUnits) FROM procedurelog "
        "WHERE ProcStatus = %s",
        (COMPLETE,),
    )
    first_visit: dict[int, datetime.date] = {}
    production: dict[int, Decimal] = defaultdict(Decimal)
    for patient, code, day, amount in cursor.fetchall():
        production[patient] += Decimal(str(amount))
        if code not in broken and (patient not in first_visit or day < first_visit[patient]):
            first_visit[patient] = day
    cursor.execute(
        "SELECT refattach.PatNum, refattach.ReferralNum, referral.LName, referral.FName "
        "FROM refattach LEFT JOIN referral ON referral.ReferralNum = refattach.ReferralNum "
        "WHERE refattach.RefType = %s ORDER BY refattach.ItemOrder, refattach.RefAttachNum",
        (REFERRED_FROM,),
    )
    referred: dict[int, tuple[int, str | None]] = {}
    for patient, referral, last, first in cursor.fetchall():
        name = None if last is None else last + (f", {first}" if first else "")
        referred.setdefault(patient, (referral, name))
    cursor.execute("SELECT PatNum FROM patient")
    patients = {patient for (patient,) in cursor.fetchall()}
    return [
        {
            "patient_id": patient,
            "first_visit_date": day,
            "referral_id": referred.get(patient, (None, None))[0],
            "referral_source": referred.get(patient, (None, None))[1],
            "production": round(production[patient], 2),
        }
        for patient, day in first_visit.items()
        if patient in patients and day <= as_of
    ]


def new_patients_by_month(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The New Patients report summed by the month of the first visit."""
    months: dict[datetime.date, Row] = {}
    for row in new_patients(cursor, as_of):
        month = row["first_visit_date"].replace(day=1)
        total = months.setdefault(
            month,
            {
                "month_start_date": month,
                "new_patients": 0,
                "new_patients_referred": 0,
                "production": Decimal(0),
            },
        )
        total["new_patients"] += 1
        total["new_patients_referred"] += row["referral_id"] is not None
        total["production"] += row["production"]
    return list(months.values())


REPORTS = [
    Report(
        name="New Patients",
        mart="fct_new_patients",
        key=("patient_id",),
        figures=("first_visit_date", "referral_id", "referral_source", "production"),
        compute=new_patients,
    ),
    Report(
        name="New Patients (by month)",
        mart="fct_new_patients_monthly",
        key=("month_start_date",),
        figures=("new_patients", "new_patients_referred", "production"),
        compute=new_patients_by_month,
    ),
]
