"""Unearned income: prepayments, their allocation, and what each family still holds unearned.

OpenDental's **Unearned Income** report (Reports > Standard > Unearned Income), following
``OpenDentBusiness/Reports/RpUnearnedIncome.cs``. Two of its tabs are reproduced:

**Line Item Unearned Income** (``GetLineItemUnearnedData``), by
``fct_unearned_income_line_items``: one row per payment split of an unearned type
(``UnearnedType <> 0``) whose patient is on file, dated by ``DatePay`` in the report's range,
the prepayment (positive) and each allocation of it to treatment or refund (negative). Splits
of hidden unearned types (definition category 29 with a non-empty ``ItemValue``) are left
out. The mart holds every split dated on or before the as-of date; the report's range (by
default the previous calendar month) is a filter on ``payment_date``. All clinics; the
provider column shown.

**Unearned Accounts** (``GetUnearnedAccountData``), by ``fct_unearned_accounts``: one row
per family (the guarantor of each split's patient, both on file), the sum of the family's
splits of unearned types that are not hidden, listed when its absolute value is over half a
cent; all clinics. OpenDental sums every such split; as of a date, only those dated on or
before it.

The other two tabs, Unearned Allocation and Net Unearned Income, weigh the unearned amount
against each procedure's unpaid remainder (``Procedures.GetRemainingProcsForFamilies``) and
are not reproduced. Money is rounded to the cent split by split before it is summed.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

UNEARNED_TYPES = 29
_VISIBLE_UNEARNED = (
    "paysplit.UnearnedType <> 0 AND paysplit.UnearnedType NOT IN ("
    f"SELECT DefNum FROM definition WHERE Category = {UNEARNED_TYPES} AND ItemValue <> '')"
)


def _day(value: datetime.date | str | None) -> datetime.date | None:
    """A date as the warehouse keeps it: MySQL's zero date and 0001-01-01 are none."""
    return value if isinstance(value, datetime.date) and value.year > 1 else None


def line_items(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Every split of a visible unearned type, dated on or before ``as_of``."""
    cursor.execute(
        "SELECT paysplit.SplitNum, paysplit.DatePay, paysplit.PatNum, paysplit.UnearnedType, "
        "paysplit.ProvNum, paysplit.ClinicNum, CAST(paysplit.SplitAmt AS DECIMAL(15,2)) "
        "FROM paysplit INNER JOIN patient ON patient.PatNum = paysplit.PatNum "
        f"WHERE {_VISIBLE_UNEARNED} AND paysplit.DatePay <= %s",
        (as_of,),
    )
    return [
        {
            "payment_split_id": split,
            "payment_date": _day(day),
            "patient_id": patient,
            "unearned_type_id": kind,
            "provider_id": provider or None,
            "clinic_id": clinic or None,
            "split_amount": amount,
        }
        for split, day, patient, kind, provider, clinic, amount in cursor.fetchall()
    ]


def unearned_accounts(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The families holding unearned income as of ``as_of``, and how much."""
    cursor.execute(
        "SELECT guar.PatNum, SUM(CAST(paysplit.SplitAmt AS DECIMAL(15,2))) "
        "FROM paysplit "
        "INNER JOIN patient ON patient.PatNum = paysplit.PatNum "
        "INNER JOIN patient guar ON guar.PatNum = patient.Guarantor "
        f"WHERE {_VISIBLE_UNEARNED} AND paysplit.DatePay <= %s "
        "GROUP BY guar.PatNum "
        "HAVING ABS(SUM(CAST(paysplit.SplitAmt AS DECIMAL(15,2)))) > 0.005",
        (as_of,),
    )
    return [
        {"guarantor_id": guarantor, "unearned_amount": amount}
        for guarantor, amount in cursor.fetchall()
    ]


REPORTS = [
    Report(
        name="Line Item Unearned Income",
        mart="fct_unearned_income_line_items",
        key=("payment_split_id",),
        figures=(
            "payment_date",
            "patient_id",
            "unearned_type_id",
            "provider_id",
            "clinic_id",
            "split_amount",
        ),
        compute=line_items,
    ),
    Report(
        name="Unearned Accounts",
        mart="fct_unearned_accounts",
        key=("guarantor_id",),
        figures=("unearned_amount",),
        compute=unearned_accounts,
    ),
]
