"""Ground truth: the figures the warehouse marts must reproduce, computed from the source rows.

Every money amount is first rounded to cents row by row with ``CAST(x AS DECIMAL(15,2))``, then
summed exactly. Months are ``DATE_FORMAT(d, '%Y-%m')`` of the date named below.

Measures, per provider (the row's own ``ProvNum``) and month:

- **gross production**: ``procedurelog`` rows with ``ProcStatus = 2`` (complete), amount
  ``ProcFee * (UnitQty + BaseUnits)``, month of ``ProcDate``.
- **adjustments**: ``adjustment.AdjAmt`` (positive and negative), month of ``AdjDate``.
- **write-offs**: ``claimproc.WriteOff`` where ``Status IN (1, 4, 7)`` (received, supplemental,
  capitation complete), month of ``DateCP``.
- **patient payments**: ``paysplit.SplitAmt``, month of ``DatePay``.
- **insurance payments**: ``claimproc.InsPayAmt`` where ``Status IN (1, 4, 7)``, month of
  ``DateCP``.

Family balances: each row above belongs to the family of ``patient.Guarantor`` of its ``PatNum``.
A family's balance is gross production + adjustments - patient payments - insurance payments -
write-offs over all time. There is one balance per distinct ``patient.Guarantor`` value; families
without any such row have 0.00. The AR total is the sum of the family balances, and equals the same
expression over the totals (rows whose ``PatNum`` has no patient row would break that identity;
the generator never writes any).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.connection import ConnectionSettings, PracticeError, connect
from synthetic_practice.practice import check_name, read_marker

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

# measure: (table, amount, date column, condition, sign in a family balance)
MEASURES: dict[str, tuple[str, str, str, str, int]] = {
    "gross_production": (
        "procedurelog",
        "ProcFee * (UnitQty + BaseUnits)",
        "ProcDate",
        "ProcStatus = 2",
        1,
    ),
    "adjustments": ("adjustment", "AdjAmt", "AdjDate", "1 = 1", 1),
    "writeoffs": ("claimproc", "WriteOff", "DateCP", "Status IN (1, 4, 7)", -1),
    "patient_payments": ("paysplit", "SplitAmt", "DatePay", "1 = 1", -1),
    "insurance_payments": ("claimproc", "InsPayAmt", "DateCP", "Status IN (1, 4, 7)", -1),
}
ZERO = Decimal("0.00")


def ground_truth(conn: ConnectionSettings, database: str) -> dict[str, object]:
    """Compute the ground-truth figures of a practice database (see the module docstring).

    Works on any OpenDental-shaped database. ``as_of`` is the next business day recorded by
    this tool (all activity before it is included), or None for another database.

    Returns:
        ``as_of``, ``by_provider_month``, ``family_balances`` and ``totals``; money as strings
        with two decimals.
    """
    check_name(database)
    with connect(conn) as connection, connection.cursor() as cursor:
        exists, marker = read_marker(cursor, database)
        if not exists:
            raise PracticeError(f"database {database!r} does not exist")
        cursor.execute(f"USE `{database}`")
        by_month = _by_provider_month(cursor)
        families = _family_balances(cursor)
    totals = dict.fromkeys(MEASURES, ZERO)
    for row in by_month.values():
        for name in MEASURES:
            totals[name] += row[name]
    ar_total = sum(families.values(), ZERO)
    return {
        "as_of": marker.next_day.isoformat() if marker else None,
        "by_provider_month": [
            {"provider_id": prov, "month": month, **{name: _money(row[name]) for name in MEASURES}}
            for (prov, month), row in sorted(by_month.items())
        ],
        "family_balances": [
            {"guarantor_id": guarantor, "balance": _money(balance)}
            for guarantor, balance in sorted(families.items())
        ],
        "totals": {
            **{name: _money(value) for name, value in totals.items()},
            "ar_total": _money(ar_total),
        },
    }


def _by_provider_month(cursor: Cursor) -> dict[tuple[int, str], dict[str, Decimal]]:
    result: dict[tuple[int, str], dict[str, Decimal]] = {}
    for name, (table, amount, day, condition, _) in MEASURES.items():
        cursor.execute(
            f"SELECT ProvNum, DATE_FORMAT({day}, '%Y-%m'), SUM(CAST({amount} AS DECIMAL(15,2))) "
            f"FROM `{table}` WHERE {condition} GROUP BY 1, 2"
        )
        for prov, month, total in cursor.fetchall():
            row = result.setdefault((int(prov), month), dict.fromkeys(MEASURES, ZERO))
            row[name] += total
    return result


def _family_balances(cursor: Cursor) -> dict[int, Decimal]:
    cursor.execute("SELECT DISTINCT Guarantor FROM patient")
    balances = {int(guarantor): ZERO for (guarantor,) in cursor.fetchall()}
    for table, amount, _, condition, sign in MEASURES.values():
        cursor.execute(
            "SELECT p.Guarantor, SUM(r.amount) FROM ("
            f"SELECT PatNum, CAST({amount} AS DECIMAL(15,2)) AS amount FROM `{table}` WHERE "
            f"{condition}"
            ") r JOIN patient p ON p.PatNum = r.PatNum GROUP BY 1"
        )
        for guarantor, total in cursor.fetchall():
            balances[int(guarantor)] += sign * total
    return balances


def _money(value: Decimal) -> str:
    # A zero sum can come out as -0.00; money strings never carry a sign on zero.
    return f"{value:.2f}" if value else "0.00"
