"""Referral analysis: patients referred by each source and their production, per month.

OpenDental's Referral Analysis report (Reports > Standard > Referral Analysis), following
``OpenDentBusiness/Reports/RpReferralAnalysis.cs``, reproduced by
``fct_referral_analysis_monthly``:

- a referral counts the patients it referred to the practice (``refattach.RefType = 1``,
  "referred from"), each patient once per referral, whatever their other sources;
- a patient counts in a month when they had completed procedures (``ProcStatus = 2``) dated in
  it, missed- and cancelled-appointment charges (D9986, D9987) aside (inner join: a referred
  patient without such work is not counted);
- the referral's amount is those procedures' fees, ``ProcFee * (UnitQty + BaseUnits)``;
- the report run for each calendar month, for all patients (not only new ones) and every
  provider.

Fees are rounded to the cent before they are multiplied and summed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    import datetime

    from pymysql.cursors import Cursor

REFERRED_FROM, COMPLETE = 1, 2


def referral_analysis(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Referred patients and their production per referral and month."""
    cursor.execute(
        "SELECT referral.ReferralNum, procs.Month, COUNT(DISTINCT attach.PatNum), "
        "SUM(procs.HowMuch) "
        "FROM referral "
        "INNER JOIN (SELECT refattach.ReferralNum, refattach.PatNum FROM refattach "
        "WHERE refattach.RefType = %s GROUP BY refattach.PatNum, refattach.ReferralNum) attach "
        "ON attach.ReferralNum = referral.ReferralNum "
        "INNER JOIN (SELECT procedurelog.PatNum, DATE_FORMAT(procedurelog.ProcDate, "
        "'%%Y-%%m-01') AS Month, SUM(CAST(procedurelog.ProcFee AS DECIMAL(15,2)) "
        "* (procedurelog.UnitQty + procedurelog.BaseUnits)) AS HowMuch "
        "FROM procedurelog INNER JOIN procedurecode "
        "ON procedurecode.CodeNum = procedurelog.CodeNum "
        "AND procedurecode.ProcCode NOT IN ('D9986', 'D9987') "
        "WHERE procedurelog.ProcStatus = %s AND procedurelog.ProcDate <= %s "
        "AND procedurelog.ProcDate > '1880-01-01' "
        "GROUP BY procedurelog.PatNum, Month) procs ON procs.PatNum = attach.PatNum "
        "GROUP BY referral.ReferralNum, procs.Month",
        (REFERRED_FROM, COMPLETE, as_of),
    )
    return [
        {
            "referral_id": referral,
            "month_start_date": month,
            "patients": patients,
            "production": production,
        }
        for referral, month, patients, production in cursor.fetchall()
    ]


REPORTS = [
    Report(
        name="Referral Analysis",
        mart="fct_referral_analysis_monthly",
        key=("referral_id", "month_start_date"),
        figures=("patients", "production"),
        compute=referral_analysis,
    ),
]
