"""Aging of A/R: what each family owes as of a date, by age, with insurance pending.

OpenDental's **Aging of A/R** report (Reports > Standard > Aging of A/R), following
``OpenDentBusiness/Reports/RpAging.cs`` and the aging query of
``OpenDentBusiness/Db Multi Table/Ledgers.cs`` (``GetAgingQueryString``,
``GetTransQueryString``), reproduced by ``fct_accounts_receivable_aging``. The report's
defaults: grouped by family, any age, negative balances and insurance-only balances not
listed, write-offs not aged, all providers, clinics and billing types; historic (a date other
than today): only entries dated on or before ``as_of``. Rules:

- the family's transactions, each on the guarantor of its patient: completed procedures
  (``ProcStatus = 2``, ``ProcFee <> 0``) for ``ProcFee * (UnitQty + BaseUnits)`` on
  ``ProcDate``; claim procedures Not received, Received, Supplemental, CapClaim or
  CapComplete (of a completed procedure, or of none) for ``-InsPayAmt - WriteOff`` on
  ``DateCP`` once not "not received" (``InsPayAmt`` counts 0 on a payment plan); adjustments
  for ``AdjAmt`` on ``AdjDate``; payment splits dated on or before ``as_of`` for
  ``-SplitAmt`` on ``DatePay`` (0 when the split pays a payment plan: the plan's charges are
  what ages), splits of hidden unearned types (definition category 29 with a non-empty
  ``ItemValue``) left out;
- charges (positive amounts) age by their date: over 90 days before ``as_of``, 61-90, 31-60,
  0-30 (dated on or before ``as_of``); credits (negative amounts dated on or before ``as_of``)
  pay the oldest charges first; a family whose credits exceed its charges has every bucket
  at zero; the total is every amount dated on or before ``as_of``; an empty date is older
  than any other;
- the insurance estimate of claim procedures of a procedure dated on or before ``as_of``
  that are not received, or received after ``as_of``: their ``InsPayEst`` and ``WriteOff``;
  the patient portion is the total less both estimates;
- a family is listed when one of its buckets is at least half a cent.

Payment plans are aged as OpenDental's default preference (``PayPlansVersion`` 1, "do not
age") ages them: a split attached to a plan (``PayPlanNum``) pays the plan and counts nothing
on the account, and each plan's ``CompletedAmt`` is a credit on its patient dated
``PayPlanDate`` (the plan's charges, ``payplancharge``, only make the plan's amount due, a
figure the report does not print). The mart's var ``aging_payment_plan_version`` 2 ages the
plan's charges and every payment instead.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

NEVER = datetime.date(1, 1, 1)
UNEARNED_TYPES = 29
HALF_CENT = Decimal("0.005")


def _transactions() -> str:
    """The aging transactions: patient, date, amount, write-off and payment estimates."""
    pending = (
        "(claimproc.ProcDate <= %(as_of)s AND (claimproc.Status = 0 "
        "OR (claimproc.Status = 1 AND claimproc.DateCP > %(as_of)s)))"
    )
    return (
        "SELECT PatNum, ProcDate, CAST(ProcFee * (UnitQty + BaseUnits) AS DECIMAL(15,2)), 0, 0 "
        "FROM procedurelog WHERE ProcStatus = 2 AND ProcFee <> 0 "
        "UNION ALL "
        "SELECT claimproc.PatNum, claimproc.DateCP, "
        "CASE WHEN claimproc.Status <> 0 THEN "
        "(CASE WHEN claimproc.PayPlanNum = 0 THEN -CAST(claimproc.InsPayAmt AS DECIMAL(15,2)) "
        "ELSE 0 END) - CAST(claimproc.WriteOff AS DECIMAL(15,2)) ELSE 0 END, "
        f"CASE WHEN {pending} THEN CAST(claimproc.WriteOff AS DECIMAL(15,2)) ELSE 0 END, "
        f"CASE WHEN {pending} THEN CAST(claimproc.InsPayEst AS DECIMAL(15,2)) ELSE 0 END "
        "FROM claimproc LEFT JOIN procedurelog ON procedurelog.ProcNum = claimproc.ProcNum "
        "WHERE claimproc.Status IN (0, 1, 4, 5, 7) "
        "AND (claimproc.ProcNum = 0 OR procedurelog.ProcStatus = 2) "
        "UNION ALL "
        "SELECT PatNum, AdjDate, CAST(AdjAmt AS DECIMAL(15,2)), 0, 0 FROM adjustment "
        "WHERE AdjAmt <> 0 "
        "UNION ALL "
        "SELECT PatNum, DatePay, "
        "CASE WHEN PayPlanNum = 0 THEN -CAST(SplitAmt AS DECIMAL(15,2)) ELSE 0 END, 0, 0 "
        "FROM paysplit WHERE SplitAmt <> 0 AND DatePay <= %(as_of)s "
        "AND UnearnedType NOT IN ("
        f"  SELECT DefNum FROM definition WHERE Category = {UNEARNED_TYPES} AND ItemValue <> ''"
        ") "
        "UNION ALL "
        "SELECT PatNum, PayPlanDate, -CAST(CompletedAmt AS DECIMAL(15,2)), 0, 0 FROM payplan "
        "WHERE CompletedAmt <> 0"
    )


def _day(value: datetime.date | str | None) -> datetime.date:
    """A transaction's date; MySQL's zero date (text) or none is the oldest."""
    return value if isinstance(value, datetime.date) else NEVER


def _bucket(age: int) -> str:
    if age <= 30:
        return "0_30"
    if age <= 60:
        return "31_60"
    return "61_90" if age <= 90 else "over_90"


def aging(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The families the report lists as of ``as_of``, with their buckets and estimates."""
    cursor.execute("SELECT PatNum, Guarantor FROM patient")
    guarantor = dict(cursor.fetchall())
    cursor.execute(_transactions(), {"as_of": as_of})
    sums: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for patient, dated, amount, writeoff_est, payment_est in cursor.fetchall():
        if patient not in guarantor:
            continue
        family = sums[guarantor[patient]]
        day = _day(dated)
        if amount > 0 and day <= as_of:
            family[f"charges_{_bucket((as_of - day).days)}"] += amount
        if amount < 0 and day <= as_of:
            family["credits"] -= amount
        if day <= as_of:
            family["total"] += amount
        family["writeoff_est"] += writeoff_est
        family["payment_est"] += payment_est
    rows = []
    for family_id, family in sums.items():
        credits = family["credits"]
        buckets = {}
        for bucket in ("over_90", "61_90", "31_60", "0_30"):
            charges = family[f"charges_{bucket}"]
            paid = min(charges, max(credits, Decimal(0)))
            buckets[f"balance_{bucket}"] = charges - paid
            credits -= charges
        if not any(value >= HALF_CENT for value in buckets.values()):
            continue
        rows.append(
            {
                "guarantor_id": family_id,
                **buckets,
                "balance_total": family["total"],
                "insurance_payment_estimate": family["payment_est"],
                "insurance_writeoff_estimate": family["writeoff_est"],
                "patient_portion": family["total"] - family["payment_est"] - family["writeoff_est"],
            }
        )
    return rows


REPORTS = [
    Report(
        name="Aging of A/R",
        mart="fct_accounts_receivable_aging",
        key=("guarantor_id",),
        figures=(
            "balance_0_30",
            "balance_31_60",
            "balance_61_90",
            "balance_over_90",
            "balance_total",
            "insurance_payment_estimate",
            "insurance_writeoff_estimate",
            "patient_portion",
        ),
        compute=aging,
        where=(
            "balance_0_30 >= 0.005 or balance_31_60 >= 0.005 or balance_61_90 >= 0.005 "
            "or balance_over_90 >= 0.005"
        ),
    ),
]
