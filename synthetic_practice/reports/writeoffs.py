"""PPO write-offs per carrier and month.

OpenDental's PPO Write-offs report (Reports > Standard > Writeoffs, PPO), following
``OpenDentBusiness/Reports/RpPPOwriteoff.cs``, reproduced by ``fct_ppo_writeoffs_monthly``:

- the carrier ("group") view, dated by the insurance payment date (``claimproc.DateCP``), run
  for each calendar month: one row per carrier (``GROUP BY carrier.CarrierNum``);
- claim procedure lines of status Received or Supplemental (1, 4) whose plan is a PPO
  (``insplan.PlanType = 'p'``), through the plan's carrier (inner joins);
- figures: the fee billed (``SUM(FeeBilled)``), the write-offs (``SUM(WriteOff)``, which the
  report prints negated) and the PPO fee (``SUM(FeeBilled - WriteOff)``);
- every carrier (the carrier name filter left empty).

Money is rounded to the cent line by line before it is summed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    import datetime

    from pymysql.cursors import Cursor

RECEIVED, SUPPLEMENTAL = 1, 4


def ppo_writeoffs(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """PPO fees billed, written off and kept, per carrier and month of the insurance payment."""
    cursor.execute(
        "SELECT carrier.CarrierNum, MAX(carrier.CarrierName), "
        "DATE_FORMAT(claimproc.DateCP, '%%Y-%%m-01'), "
        "SUM(CAST(claimproc.FeeBilled AS DECIMAL(15,2))), "
        "SUM(CAST(claimproc.WriteOff AS DECIMAL(15,2))) "
        "FROM claimproc "
        "INNER JOIN insplan ON claimproc.PlanNum = insplan.PlanNum AND insplan.PlanType = 'p' "
        "INNER JOIN carrier ON carrier.CarrierNum = insplan.CarrierNum "
        "WHERE claimproc.Status IN (%s, %s) AND claimproc.DateCP <= %s "
        "AND claimproc.DateCP > '1880-01-01' "
        "GROUP BY carrier.CarrierNum, DATE_FORMAT(claimproc.DateCP, '%%Y-%%m-01')",
        (RECEIVED, SUPPLEMENTAL, as_of),
    )
    return [
        {
            "carrier_id": carrier,
            "carrier_name": name,
            "month_start_date": month,
            "fee_billed": billed,
            "writeoffs": writeoffs,
            "ppo_fee": billed - writeoffs,
        }
        for carrier, name, month, billed, writeoffs in cursor.fetchall()
    ]


REPORTS = [
    Report(
        name="PPO Write-offs",
        mart="fct_ppo_writeoffs_monthly",
        key=("carrier_id", "month_start_date"),
        figures=("carrier_name", "fee_billed", "writeoffs", "ppo_fee"),
        compute=ppo_writeoffs,
    ),
]
