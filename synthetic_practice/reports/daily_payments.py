"""Daily Payments: every patient and insurance payment of a date range, by type and check.

OpenDental's **Daily Payments** report (Reports > Standard > Daily Payments), following
``OpenDentBusiness/Reports/RpPaySheet.cs`` (``GetPatTable`` and ``GetInsTable``) with the
form's defaults (grouped by check, splits by provider shown separately, unearned included,
hidden treatment-plan prepayments not shown, all providers, clinics and types), reproduced by
``fct_daily_payments``. The range is every date up to ``as_of``. Rules:

- **patient payments**: one line per payment (``PayNum``), provider and clinic of its splits
  (``paysplit.ProvNum``, ``paysplit.ClinicNum``), dated by ``payment.PayDate``; the amount
  is the sum of those splits' ``SplitAmt`` (discount and unearned splits included); splits
  of hidden unearned types (definition category 29 with a non-empty ``ItemValue``) are left
  out, and a payment with no split left is not listed; the payment type is the name of the
  ``definition`` named by ``payment.PayType``;
- **insurance payments**: the Received and Supplemental claim procedures (``Status`` 1 or 4)
  attached to a claim payment whose ``CheckDate`` is in the range; one line per check
  (``ClaimPaymentNum``), ``DateCP`` (the line's date), provider and clinic, the amount the sum
  of ``InsPayAmt``; the carrier is the plan's carrier, the payment type the ``definition`` of
  ``claimpayment.PayType``, with the check number.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

FIRST_DATE = datetime.date(1880, 1, 1)
UNEARNED_TYPES = 29
RECEIVED, SUPPLEMENTAL = 1, 4

PATIENT_QUERY = (
    "SELECT payment.PayNum, payment.PayDate, paysplit.ProvNum, paysplit.ClinicNum, "
    "definition.ItemName, payment.CheckNum, CAST(paysplit.SplitAmt AS DECIMAL(15,2)) "
    "FROM payment "
    "INNER JOIN paysplit ON paysplit.PayNum = payment.PayNum "
    "LEFT JOIN definition ON definition.DefNum = payment.PayType "
    "WHERE paysplit.UnearnedType NOT IN ("
    f"  SELECT DefNum FROM definition WHERE Category = {UNEARNED_TYPES} AND ItemValue <> ''"
    ")"
)
INSURANCE_QUERY = (
    "SELECT claimpayment.ClaimPaymentNum, claimproc.DateCP, claimproc.ProvNum, "
    "claimproc.ClinicNum, definition.ItemName, claimpayment.CheckNum, carrier.CarrierName, "
    "claimpayment.CheckDate, CAST(claimproc.InsPayAmt AS DECIMAL(15,2)) "
    "FROM claimproc "
    "INNER JOIN claimpayment ON claimpayment.ClaimPaymentNum = claimproc.ClaimPaymentNum "
    "LEFT JOIN insplan ON insplan.PlanNum = claimproc.PlanNum "
    "LEFT JOIN carrier ON carrier.CarrierNum = insplan.CarrierNum "
    "LEFT JOIN definition ON definition.DefNum = claimpayment.PayType "
    f"WHERE claimproc.Status IN ({RECEIVED}, {SUPPLEMENTAL})"
)


def _in_range(day: datetime.date | str | None, as_of: datetime.date) -> bool:
    """Whether a date is in the range; MySQL's zero date comes back as text, or None."""
    return isinstance(day, datetime.date) and FIRST_DATE <= day <= as_of


def daily_payments(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Every payment line of the report up to ``as_of``."""
    lines: dict[tuple, Row] = {}
    amounts: dict[tuple, Decimal] = defaultdict(Decimal)
    cursor.execute(PATIENT_QUERY)
    for pay, day, prov, clinic, kind, check, amount in cursor.fetchall():
        if not _in_range(day, as_of):
            continue
        key = ("Patient", pay, day, prov or None, clinic or None)
        lines[key] = {"payment_type": kind, "carrier_name": None, "check_number": check}
        amounts[key] += amount
    cursor.execute(INSURANCE_QUERY)
    for check_num, day, prov, clinic, kind, check, carrier, check_day, amount in cursor.fetchall():
        if not _in_range(check_day, as_of):
            continue
        key = ("Insurance", check_num, day, prov or None, clinic or None)
        lines[key] = {"payment_type": kind, "carrier_name": carrier, "check_number": check}
        amounts[key] += amount
    return [
        {
            "payment_source": source,
            "payment_id": payment,
            "payment_date": day,
            "provider_id": prov,
            "clinic_id": clinic,
            **lines[source, payment, day, prov, clinic],
            "amount": amounts[source, payment, day, prov, clinic],
        }
        for source, payment, day, prov, clinic in lines
    ]


REPORTS = [
    Report(
        name="Daily Payments",
        mart="fct_daily_payments",
        key=("payment_source", "payment_id", "payment_date", "provider_id", "clinic_id"),
        figures=("payment_type", "carrier_name", "check_number", "amount"),
        compute=daily_payments,
    ),
]
