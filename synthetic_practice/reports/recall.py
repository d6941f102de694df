"""The Recall List: which recalls the office should call patients about, as of a date.

OpenDental's Recall List (Lists > Recall, the recall list window), following
``OpenDentBusiness/Data Interface/Recalls.cs`` (``GetRecallList`` and ``DoIncludeRecall``),
reproduced by ``fct_recall_list``:

- a recall of a patient whose status is Patient (``PatStatus = 0``), joined to the patient's
  guarantor;
- not disabled (``IsDisabled = 0``) and not scheduled (``DateScheduled`` empty: the office has
  not chosen to exclude every patient with any future appointment instead);
- due (``DateDue``) from 500 days before the as-of date to 45 days after it (the list's date
  range, the mart's vars ``recall_list_days_past`` and ``recall_list_days_future``);
- not held until a later date: ``DisableUntilDate`` after the as-of date leaves it out;
- not held until the family pays down: when ``DisableUntilBalance`` is above zero and the
  family balance (the guarantor's ``BalTotal`` less ``InsEst``, insurance estimates subtracted
  as OpenDental does by default) is above it, it is left out;
- a due date the server holds as an invalid date (``2024-03-00``, stored under
  ``sql_mode=''``) is read as no date, and a recall without one is not listed;
- every clinic, provider, site and recall type; reminders already sent do not hide a recall
  (the list's "show reminded" box), so the count of reminders plays no part.

The family balance is the guarantor's balance as the database holds it now (OpenDental ages it
nightly); dates are compared with the as-of date.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

DAYS_PAST, DAYS_FUTURE = 500, 45
PATIENT = 0


def recall_list(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The recalls on the list as of ``as_of``."""
    cursor.execute(
        "SELECT recall.RecallNum, recall.PatNum, patient.Guarantor, recall.RecallTypeNum, "
        "recall.DateDue, recall.DatePrevious, recall.DisableUntilBalance, "
        "recall.DisableUntilDate, patguar.BalTotal, patguar.InsEst "
        "FROM recall "
        "INNER JOIN patient ON recall.PatNum = patient.PatNum "
        "INNER JOIN patient patguar ON patient.Guarantor = patguar.PatNum "
        "WHERE recall.DateDue BETWEEN %s AND %s AND recall.IsDisabled = 0 "
        "AND recall.DateScheduled = '0001-01-01' AND patient.PatStatus = %s",
        (
            as_of - datetime.timedelta(days=DAYS_PAST),
            as_of + datetime.timedelta(days=DAYS_FUTURE),
            PATIENT,
        ),
    )
    rows = []
    for (
        recall,
        patient,
        guarantor,
        recall_type,
        due,
        previous,
        until_balance,
        until_date,
        balance,
        estimate,
    ) in cursor.fetchall():
        if not isinstance(due, datetime.date):
            # An invalid date (day 00) the server kept as typed: OpenDental reads it as no date.
            continue
        family_balance = Decimal(str(balance)) - Decimal(str(estimate))
        if until_date is not None and until_date > as_of:
            continue
        if until_balance > 0 and family_balance > Decimal(str(until_balance)):
            continue
        rows.append(
            {
                "recall_id": recall,
                "patient_id": patient,
                "guarantor_id": guarantor,
                "recall_type_id": recall_type or None,
                "due_date": due,
                "previous_date": None if previous == datetime.date(1, 1, 1) else previous,
                "days_overdue": max((as_of - due).days, 0),
                "family_balance": family_balance,
            }
        )
    return rows


REPORTS = [
    Report(
        name="Recall List",
        mart="fct_recall_list",
        key=("recall_id",),
        figures=(
            "patient_id",
            "guarantor_id",
            "recall_type_id",
            "due_date",
            "previous_date",
            "days_overdue",
            "family_balance",
        ),
        compute=recall_list,
    ),
]
