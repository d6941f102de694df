"""Production and Income: what the practice produced and collected, per day, provider and clinic.

OpenDental's **Production and Income** report (Reports > Standard > Production and Income),
following ``OpenDentBusiness/Reports/RpProdInc.cs`` (``GetMonthlyProdIncDataSet``, whose rows
are days), reproduced by ``fct_production_income_daily`` and, summed per month,
``fct_production_income_monthly``. Every date up to ``as_of`` is in the range; each figure is
put on the provider and clinic of its own row. Rules:

- **production**: completed procedures (``ProcStatus = 2``), ``ProcFee * (UnitQty +
  BaseUnits)`` by ``ProcDate``, less the write-offs of their capitation-complete claim
  procedures (``claimproc.Status = 7``): capitation write-offs reduce production and are not
  write-offs;
- **scheduled production** ("Sched"): treatment-planned procedures (``ProcStatus = 1``) on
  scheduled appointments (``AptStatus = 1``) of the day, fee times units less their
  capitation write-off estimates (``CapEstimate`` claim procedures' ``WriteOffEstOverride``,
  else ``WriteOffEst``; PPO estimates count 0, the preference to subtract them being off),
  by the appointment's day, on the procedure's provider and the appointment's clinic;
- **adjustments**: ``adjustment.AdjAmt`` by ``AdjDate``, plus ``-(Discount +
  DiscountPlanAmt)`` of the procedures on scheduled appointments of the day;
- **write-offs** (shown negative): ``claimproc.WriteOff`` of Received and Supplemental lines
  (``Status IN (1, 4)``) by the insurance payment date ``DateCP``, OpenDental's default (the
  "procedure date" option, var ``production_income_writeoff_date``, is not computed here);
- **total production** = production + scheduled + adjustments + write-offs;
- **patient income**: ``paysplit.SplitAmt`` by ``DatePay``, leaving out discount splits
  (``IsDiscount = 1``) and splits of hidden unearned types (definition category 29 with a
  non-empty ``ItemValue``); splits of other unearned types are **unearned patient income**
  ("Include Unearned", checked by default), the rest patient income;
- **insurance income**: ``claimproc.InsPayAmt`` of every claim procedure attached to a claim
  payment (``ClaimPaymentNum`` of an existing ``claimpayment``: finalized), dated by
  ``claimpayment.CheckDate``, which may be days after ``DateCP``;
- **total income** = patient + unearned patient + insurance income.

A day, provider and clinic whose figures are all zero is not a row. Amounts are rounded to
the cent row by row, then summed.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

#: Dates before this are OpenDental's empty date (0001-01-01) or MySQL's zero date.
FIRST_DATE = datetime.date(1880, 1, 1)
AMOUNTS = (
    "production",
    "scheduled_production",
    "adjustments",
    "writeoffs",
    "patient_income",
    "unearned_patient_income",
    "insurance_income",
)
FIGURES = (
    "production",
    "scheduled_production",
    "adjustments",
    "writeoffs",
    "total_production",
    "patient_income",
    "unearned_patient_income",
    "total_patient_income",
    "insurance_income",
    "total_income",
)
COMPLETE, TREATMENT_PLANNED = 2, 1
SCHEDULED = 1
CAP_COMPLETE = 7
ESTIMATE, CAP_ESTIMATE = 6, 8
RECEIVED, SUPPLEMENTAL = 1, 4
UNEARNED_TYPES = 29

# Each source: the figure it feeds and its query, returning (date, ProvNum, ClinicNum, amount).
SOURCES: tuple[tuple[str, str], ...] = (
    (
        "production",
        "SELECT procedurelog.ProcDate, procedurelog.ProvNum, procedurelog.ClinicNum, "
        "CAST(procedurelog.ProcFee * (procedurelog.UnitQty + procedurelog.BaseUnits) "
        "AS DECIMAL(15,2)) - IFNULL(cp.WriteOff, 0) "
        "FROM procedurelog LEFT JOIN ("
        "  SELECT ProcNum, SUM(CAST(WriteOff AS DECIMAL(15,2))) AS WriteOff FROM claimproc "
        f"  WHERE Status = {CAP_COMPLETE} GROUP BY ProcNum"
        ") cp ON cp.ProcNum = procedurelog.ProcNum "
        f"WHERE procedurelog.ProcStatus = {COMPLETE}",
    ),
    (
        "scheduled_production",
        "SELECT DATE(appointment.AptDateTime), procedurelog.ProvNum, appointment.ClinicNum, "
        "CAST(procedurelog.ProcFee * (procedurelog.UnitQty + procedurelog.BaseUnits) "
        "AS DECIMAL(15,2)) - IFNULL(("
        "  SELECT SUM(CAST(CASE WHEN claimproc.Status = "
        f"{ESTIMATE} THEN 0 WHEN claimproc.WriteOffEstOverride <> -1 "
        "  THEN claimproc.WriteOffEstOverride ELSE claimproc.WriteOffEst END AS DECIMAL(15,2))) "
        "  FROM claimproc WHERE claimproc.ProcNum = procedurelog.ProcNum "
        f"  AND claimproc.Status IN ({ESTIMATE}, {CAP_ESTIMATE}) "
        "  AND (claimproc.WriteOffEst <> -1 OR claimproc.WriteOffEstOverride <> -1)"
        "), 0) "
        "FROM appointment INNER JOIN procedurelog ON procedurelog.AptNum = appointment.AptNum "
        f"AND procedurelog.ProcStatus = {TREATMENT_PLANNED} "
        f"WHERE appointment.AptStatus = {SCHEDULED}",
    ),
    (
        "adjustments",
        "SELECT AdjDate, ProvNum, ClinicNum, CAST(AdjAmt AS DECIMAL(15,2)) FROM adjustment",
    ),
    (
        "adjustments",
        "SELECT DATE(appointment.AptDateTime), procedurelog.ProvNum, procedurelog.ClinicNum, "
        "-(CAST(procedurelog.Discount AS DECIMAL(15,2)) "
        "+ CAST(procedurelog.DiscountPlanAmt AS DECIMAL(15,2))) "
        "FROM appointment INNER JOIN procedurelog ON procedurelog.AptNum = appointment.AptNum "
        f"AND procedurelog.ProcStatus = {TREATMENT_PLANNED} "
        f"WHERE appointment.AptStatus = {SCHEDULED}",
    ),
    (
        "writeoffs",
        "SELECT DateCP, ProvNum, ClinicNum, -CAST(WriteOff AS DECIMAL(15,2)) FROM claimproc "
        f"WHERE Status IN ({RECEIVED}, {SUPPLEMENTAL})",
    ),
    (
        "patient_income",
        "SELECT paysplit.DatePay, paysplit.ProvNum, paysplit.ClinicNum, "
        "CAST(paysplit.SplitAmt AS DECIMAL(15,2)) FROM paysplit "
        "WHERE paysplit.IsDiscount = 0 AND paysplit.UnearnedType = 0",
    ),
    (
        "unearned_patient_income",
        "SELECT paysplit.DatePay, paysplit.ProvNum, paysplit.ClinicNum, "
        "CAST(paysplit.SplitAmt AS DECIMAL(15,2)) FROM paysplit "
        "WHERE paysplit.IsDiscount = 0 AND paysplit.UnearnedType <> 0 "
        "AND paysplit.UnearnedType NOT IN ("
        f"  SELECT DefNum FROM definition WHERE Category = {UNEARNED_TYPES} AND ItemValue <> ''"
        ")",
    ),
    (
        "insurance_income",
        "SELECT claimpayment.CheckDate, claimproc.ProvNum, claimproc.ClinicNum, "
        "CAST(claimproc.InsPayAmt AS DECIMAL(15,2)) "
        "FROM claimproc INNER JOIN claimpayment "
        "ON claimpayment.ClaimPaymentNum = claimproc.ClaimPaymentNum",
    ),
)


def _key(value: int) -> int | None:
    """OpenDental's 0 key (no provider, "Unassigned" clinic) as None."""
    return value or None


def production_income_daily(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The report's figures per day, provider and clinic, up to ``as_of``."""
    days: dict[tuple, dict[str, Decimal]] = defaultdict(lambda: dict.fromkeys(AMOUNTS, Decimal(0)))
    for figure, sql in SOURCES:
        cursor.execute(sql)
        for day, prov, clinic, amount in cursor.fetchall():
            if not isinstance(day, datetime.date) or not FIRST_DATE <= day <= as_of:
                continue
            days[day, _key(prov), _key(clinic)][figure] += amount
    rows = []
    for (day, prov, clinic), amounts in days.items():
        if not any(amounts.values()):
            continue
        rows.append(_row({"activity_date": day, "provider_id": prov, "clinic_id": clinic}, amounts))
    return rows


def production_income_monthly(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """The daily figures summed per month, provider and clinic."""
    months: dict[tuple, dict[str, Decimal]] = defaultdict(
        lambda: dict.fromkeys(AMOUNTS, Decimal(0))
    )
    for row in production_income_daily(cursor, as_of):
        month = row["activity_date"].replace(day=1)
        for figure in AMOUNTS:
            months[month, row["provider_id"], row["clinic_id"]][figure] += row[figure]
    return [
        _row({"month_start_date": month, "provider_id": prov, "clinic_id": clinic}, amounts)
        for (month, prov, clinic), amounts in months.items()
    ]


def _row(key: Row, amounts: dict[str, Decimal]) -> Row:
    total_patient = amounts["patient_income"] + amounts["unearned_patient_income"]
    return {
        **key,
        **amounts,
        "total_production": amounts["production"]
        + amounts["scheduled_production"]
        + amounts["adjustments"]
        + amounts["writeoffs"],
        "total_patient_income": total_patient,
        "total_income": total_patient + amounts["insurance_income"],
    }


REPORTS = [
    Report(
        name="Production and Income (daily)",
        mart="fct_production_income_daily",
        key=("activity_date", "provider_id", "clinic_id"),
        figures=FIGURES,
        compute=production_income_daily,
    ),
    Report(
        name="Production and Income (monthly)",
        mart="fct_production_income_monthly",
        key=("month_start_date", "provider_id", "clinic_id"),
        figures=FIGURES,
        compute=production_income_monthly,
    ),
]
