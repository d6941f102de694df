"""Unearned income: prepayments, their allocation, and what each family still holds unearned.

OpenDental's **Unearned Income** report (Reports > Standard > Unearned Income), following
``OpenDentBusiness/Reports/RpUnearnedIncome.cs``. Its four tabs are reproduced:

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

**Unearned Allocation** (``GetUnearnedAllocationData`` with
``Procedures.GetRemainingProcsForFamilies``), by ``fct_unearned_allocation``, with its
defaults (all types, providers and clinics, net-zero families not excluded, no provider
column): each family with a split of a visible unearned type, its unearned amount (those
splits summed) and its first such split's date; each completed procedure of the family's
members with a remainder over half a cent, done on or after that date: the fee times its
units plus its adjustments, less its write-offs (claim lines 0, 1, 4, 7), insurance paid (1,
4), insurance estimated (0) and every split attached to it. The tab has no date; it is
compared as of the practice's next day, when nothing is dated later. The family balance it
prints is not reproduced.

**Net Unearned Income** (``GetNetUnearnedData``), by ``fct_net_unearned_income``, with its
defaults (all types, providers and clinics, net-zero patients not excluded): per patient
(patient and guarantor on file), the splits of visible unearned types summed, for the
families none of whose members has a completed procedure with a remainder left (as above,
whatever its date). No date either; the family balance it prints is not reproduced.

With clinics on, the report filters by the clinic numbers its "All" box stands for; whether
splits and guarantors assigned to no clinic pass that filter is not reproduced: the
synthetic practice assigns every one a clinic, and the marts keep those with none. Money is
rounded to the cent split by split before it is summed.
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


def _remaining_procedures(cursor: Cursor, guarantors: set[int]) -> list[tuple]:
    """Completed procedures of the families with a remainder over half a cent.

    A procedure's remainder is its fee times its units, plus the adjustments attached to it,
    less its write-offs (claim lines not received, received, supplemental, capitation
    complete), insurance paid (received, supplemental), the insurance still estimated (not
    received) and every split of a family member's payment attached to it.
    """
    if not guarantors:
        return []
    family = "SELECT PatNum FROM patient WHERE Guarantor IN ({})".format(
        ", ".join(str(g) for g in sorted(guarantors))
    )
    fee = "CAST(procedurelog.ProcFee AS DECIMAL(15,2))"
    remainder = (
        f"{fee} * (procedurelog.BaseUnits + procedurelog.UnitQty) + COALESCE(adj.Amount, 0) "
        "- COALESCE(cp.WriteOff, 0) - COALESCE(cp.InsPay, 0) - COALESCE(cp.InsEst, 0) "
        "- COALESCE(split.Amount, 0)"
    )
    cursor.execute(
        f"SELECT patient.Guarantor, procedurelog.ProcNum, procedurelog.PatNum, "
        f"procedurelog.ProcDate, {fee} * GREATEST(1, procedurelog.BaseUnits + "
        f"procedurelog.UnitQty), {remainder} "
        "FROM procedurelog "
        "LEFT JOIN (SELECT ProcNum, "
        "  SUM(CASE WHEN Status IN (0, 1, 4, 7) THEN CAST(WriteOff AS DECIMAL(15,2)) END) "
        "  WriteOff, "
        "  SUM(CASE WHEN Status IN (1, 4) THEN CAST(InsPayAmt AS DECIMAL(15,2)) END) InsPay, "
        "  SUM(CASE WHEN Status = 0 THEN CAST(InsPayEst AS DECIMAL(15,2)) END) InsEst "
        f"  FROM claimproc WHERE Status IN (0, 1, 4, 7) AND PatNum IN ({family}) "
        "  AND ProcNum <> 0 GROUP BY ProcNum) cp ON cp.ProcNum = procedurelog.ProcNum "
        "LEFT JOIN (SELECT ProcNum, SUM(CAST(AdjAmt AS DECIMAL(15,2))) Amount FROM adjustment "
        f"  WHERE PatNum IN ({family}) AND ProcNum <> 0 GROUP BY ProcNum) adj "
        "  ON adj.ProcNum = procedurelog.ProcNum "
        "LEFT JOIN (SELECT ProcNum, SUM(CAST(SplitAmt AS DECIMAL(15,2))) Amount FROM paysplit "
        f"  WHERE PatNum IN ({family}) AND ProcNum <> 0 GROUP BY ProcNum) split "
        "  ON split.ProcNum = procedurelog.ProcNum "
        "INNER JOIN patient ON patient.PatNum = procedurelog.PatNum "
        f"WHERE procedurelog.ProcStatus = 2 AND procedurelog.PatNum IN ({family}) "
        f"AND {remainder} > 0.005"
    )
    return list(cursor.fetchall())


def unearned_allocation(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The Unearned Allocation tab: unallocated prepayment beside the treatment it could pay.

    ``as_of`` is not used: the tab has no date; it is compared as of the practice's next day,
    when nothing is dated later.
    """
    del as_of
    cursor.execute(
        "SELECT patient.Guarantor, MIN(paysplit.DatePay), "
        "SUM(CAST(paysplit.SplitAmt AS DECIMAL(15,2))) "
        "FROM paysplit INNER JOIN patient ON patient.PatNum = paysplit.PatNum "
        "INNER JOIN patient guar ON guar.PatNum = patient.Guarantor "
        f"WHERE {_VISIBLE_UNEARNED} GROUP BY patient.Guarantor"
    )
    families = {guarantor: (_day(first), amount) for guarantor, first, amount in cursor}
    listed: dict[int, list[tuple]] = {}
    for guarantor, proc, patient, day, fee, remainder in _remaining_procedures(
        cursor, set(families)
    ):
        first = families[guarantor][0] or datetime.date(1, 1, 1)
        if isinstance(day, datetime.date) and day >= first:
            listed.setdefault(guarantor, []).append((proc, patient, day, fee, remainder))
    rows = []
    for guarantor, procedures in listed.items():
        unearned = families[guarantor][1]
        remaining = sum(remainder for *_, remainder in procedures)
        rows.extend(
            {
                "procedure_id": proc,
                "guarantor_id": guarantor,
                "patient_id": patient,
                "procedure_date": day,
                "procedure_fee": fee,
                "remaining_amount": remainder,
                "family_unearned_amount": unearned,
                "family_remaining_amount": remaining,
            }
            for proc, patient, day, fee, remainder in procedures
        )
    return rows


def net_unearned_income(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The Net Unearned Income tab: unearned money of families with nothing left to pay.

    ``as_of`` is not used: the tab has no date (see :func:`unearned_allocation`).
    """
    del as_of
    cursor.execute(
        "SELECT paysplit.PatNum, patient.Guarantor, "
        "SUM(CAST(paysplit.SplitAmt AS DECIMAL(15,2))) "
        "FROM paysplit INNER JOIN patient ON patient.PatNum = paysplit.PatNum "
        "INNER JOIN patient guar ON guar.PatNum = patient.Guarantor "
        f"WHERE {_VISIBLE_UNEARNED} GROUP BY paysplit.PatNum"
    )
    patients = list(cursor.fetchall())
    owing = {row[0] for row in _remaining_procedures(cursor, {g for _, g, _ in patients})}
    return [
        {"patient_id": patient, "guarantor_id": guarantor, "unearned_amount": amount}
        for patient, guarantor, amount in patients
        if guarantor not in owing
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
    Report(
        name="Unearned Allocation",
        mart="fct_unearned_allocation",
        key=("procedure_id",),
        figures=(
            "guarantor_id",
            "patient_id",
            "procedure_date",
            "procedure_fee",
            "remaining_amount",
            "family_unearned_amount",
            "family_remaining_amount",
        ),
        compute=unearned_allocation,
    ),
    Report(
        name="Net Unearned Income",
        mart="fct_net_unearned_income",
        key=("patient_id",),
        figures=("guarantor_id", "unearned_amount"),
        compute=net_unearned_income,
    ),
]
