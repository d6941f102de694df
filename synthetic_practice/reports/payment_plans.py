"""Payment plans: what each open plan amounts to, what is due on it and what has been paid.

OpenDental's **Payment Plans** report (Reports > Standard > Payment Plans), following
``OpenDentBusiness/Reports/RpPayPlan.cs`` (``GetPayPlanTable``), reproduced by
``fct_payment_plans``. The report's options as fixed here: both patient and insurance plans,
completed (closed) plans hidden (its default), all providers and clinics, no family balance,
and "Limit to Plans Created in Date Range" unchecked: its default range is today only, which
lists just the plans made today, so every plan is listed. OpenDental runs the report for
today; as of another date, plans made and payments dated after it are left out. Rules:

- one row per payment plan (``payplan``) whose patient exists, ``IsClosed = 0``;
- the principal is the plan's debit charges' ``Principal`` (``ChargeType = 0``), due or not;
- the amount due to date is the debit charges due on or before the as-of date, ``Principal
  + Interest``; the accumulated interest is their ``Interest``;
- paid: for a patient plan (``PlanNum = 0``), the payment splits attached to the plan
  (``PayPlanNum``), splits of hidden unearned types (definition category 29 with a
  non-empty ``ItemValue``) left out; for an insurance plan, the ``InsPayAmt`` of claim
  procedures attached to it that are Received, Supplemental or CapClaim (1, 4, 5);
- the balance is principal + accumulated interest - paid; due now is the amount due to date
  - paid;
- the provider and clinic are those of the plan's charges (its first charge);
- the guarantor is the plan's guarantor, else its patient.

Dynamic payment plans (``IsDynamic``), whose principal the report takes from the procedures
and adjustments linked to them, are not reproduced: the mart leaves them out, and so does
this module. Money is rounded to the cent line by line before it is summed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    import datetime

    from pymysql.cursors import Cursor

DEBIT = 0
RECEIVED, SUPPLEMENTAL, CAP_CLAIM = 1, 4, 5
UNEARNED_TYPES = 29


def _money(column: str) -> str:
    return f"CAST({column} AS DECIMAL(15,2))"


def _sum(amount: str, table: str, where: str) -> str:
    """The sum of ``amount`` over the plan's rows of ``table`` meeting ``where``; 0 if none."""
    return (
        f"COALESCE((SELECT SUM({amount}) FROM {table} "
        f"WHERE {table}.PayPlanNum = payplan.PayPlanNum AND {where}), 0)"
    )


def payment_plans(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The open payment plans the report lists as of ``as_of``, with its figures."""
    debits = "payplancharge.ChargeType = %(debit)s"
    due = f"{debits} AND payplancharge.ChargeDate <= %(as_of)s"
    hidden = f"SELECT DefNum FROM definition WHERE Category = {UNEARNED_TYPES} AND ItemValue <> ''"
    cursor.execute(
        "SELECT payplan.PayPlanNum, COALESCE(guar.PatNum, pat.PatNum), payplan.PlanNum <> 0, "
        # The report prints the provider and clinic of whichever charge row MySQL groups
        # first; every charge of a plan carries the same ones.
        "(SELECT ProvNum FROM payplancharge WHERE payplancharge.PayPlanNum = payplan.PayPlanNum "
        " ORDER BY PayPlanChargeNum LIMIT 1), "
        "(SELECT ClinicNum FROM payplancharge WHERE payplancharge.PayPlanNum = payplan.PayPlanNum "
        " ORDER BY PayPlanChargeNum LIMIT 1), "
        f"{_sum(_money('Principal'), 'payplancharge', debits)}, "
        f"{_sum(_money('Principal') + ' + ' + _money('Interest'), 'payplancharge', due)}, "
        f"{_sum(_money('Interest'), 'payplancharge', due)}, "
        + _sum(
            _money("SplitAmt"),
            "paysplit",
            f"paysplit.DatePay <= %(as_of)s AND paysplit.UnearnedType NOT IN ({hidden})",
        )
        + ", "
        + _sum(
            _money("InsPayAmt"),
            "claimproc",
            f"claimproc.Status IN ({RECEIVED}, {SUPPLEMENTAL}, {CAP_CLAIM}) "
            "AND claimproc.DateCP <= %(as_of)s",
        )
        + " FROM payplan "
        "INNER JOIN patient pat ON pat.PatNum = payplan.PatNum "
        "LEFT JOIN patient guar ON guar.PatNum = payplan.Guarantor "
        "WHERE payplan.IsClosed = 0 AND payplan.IsDynamic = 0 "
        "AND payplan.PayPlanDate <= %(as_of)s",
        {"debit": DEBIT, "as_of": as_of},
    )
    rows = []
    for (
        plan,
        guarantor,
        insured,
        provider,
        clinic,
        principal,
        due,
        interest,
        paid_by_patient,
        paid_by_insurance,
    ) in cursor.fetchall():
        paid = paid_by_insurance if insured else paid_by_patient
        rows.append(
            {
                "payment_plan_id": plan,
                "guarantor_id": guarantor,
                "provider_id": provider or None,
                "clinic_id": clinic or None,
                "principal": principal,
                "accumulated_interest": interest,
                "amount_due_to_date": due,
                "paid": paid,
                "balance": principal + interest - paid,
                "due_now": due - paid,
            }
        )
    return rows


REPORTS = [
    Report(
        name="Payment Plans",
        mart="fct_payment_plans",
        key=("payment_plan_id",),
        figures=(
            "guarantor_id",
            "provider_id",
            "clinic_id",
            "principal",
            "accumulated_interest",
            "amount_due_to_date",
            "paid",
            "balance",
            "due_now",
        ),
        compute=payment_plans,
        where="not is_closed",
    ),
]
