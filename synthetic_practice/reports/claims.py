"""Insurance claim reports: outstanding claims, claims not sent, unfinalized insurance payments.

**Outstanding Insurance Claims** (Reports > Standard > Outstanding Insurance Claims), following
``OpenDentBusiness/Reports/RpOutstandingIns.cs``, reproduced by ``fct_claims_outstanding``:

- only claims whose ``ClaimStatus`` is ``'S'`` (Sent); Probably Sent, Hold for In Process and
  Received claims are not outstanding here;
- a claim is listed through its plan and that plan's carrier, and its patient (inner joins): a
  claim whose plan, carrier or patient is missing is not printed;
- pre-authorizations are included (the report's default; the mart's var
  ``outstanding_claims_preauths`` can leave them out or keep only them);
- no date range, clinic, provider, carrier or user filter; the claim is aged by ``DateSent``:
  days from it to the as-of date.

**Claims Not Sent** (Reports > Standard > Claims Not Sent), following
``OpenDentBusiness/Reports/RpClaimNotSent.cs``, reproduced by ``fct_claims_not_sent``:

- the "All" filter: ``ClaimStatus`` Unsent, Hold until primary received, Waiting to send, or
  Hold for in process (``U``, ``H``, ``W``, ``I``);
- a claim appears once, through its claim procedures, their procedures and codes, plan and
  carrier (inner joins): a claim with no procedure attached is not listed; its codes are
  gathered from every claim procedure line;
- no date range (every date of service) and no clinic filter.

**Unfinalized Insurance Payments** (Reports > Standard > Unfinalized Insurance Payments),
following ``OpenDentBusiness/Reports/RpUnfinalizedInsPay.cs``, reproduced by
``fct_insurance_payments_unfinalized``:

- partial payments: every claim payment (check) with ``IsPartial = 1``, its amount
  (``CheckAmt``), date (``CheckDate``), carrier name and clinic as entered on the check, the
  number of patients and the latest date of service among the claim procedures attached to it
  (none may be attached yet);
- unfinalized payments: per claim, the claim procedures paid by insurance with no check
  attached (``ClaimPaymentNum = 0``, ``InsPayAmt <> 0``), of status Received, Supplemental or
  CapClaim, and not transfers (``IsTransfer = 0``), whose plan and carrier exist; amount is
  the sum of ``InsPayAmt``, date the latest ``DateCP``;
- no carrier filter.

These reports show the database as it is now; ``as_of`` only ages the outstanding claims.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from synthetic_practice.reports import Report, Row

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

NEVER = datetime.date(1, 1, 1)
CLAIM_TYPES = {"P": "Primary", "S": "Secondary", "PreAuth": "PreAuth", "Cap": "Capitation"}
CLAIM_STATUSES = {"U": "Unsent", "H": "Hold", "W": "WaitingToSend", "I": "HoldForInProcess"}


def _date(value: datetime.date | None) -> datetime.date | None:
    """OpenDental's empty date (0001-01-01, or MySQL's zero date) as None."""
    return None if value is None or value == NEVER else value


def _rows(cursor: Cursor, sql: str) -> list[dict]:
    cursor.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def outstanding_claims(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Sent claims, aged by the day they were sent."""
    rows = _rows(
        cursor,
        "SELECT claim.ClaimNum, claim.ClaimType, claim.DateSent, carrier.CarrierName, "
        "CAST(claim.ClaimFee AS DECIMAL(15,2)) AS ClaimFee "
        "FROM carrier "
        "INNER JOIN insplan ON insplan.CarrierNum = carrier.CarrierNum "
        "INNER JOIN claim ON claim.PlanNum = insplan.PlanNum AND claim.ClaimStatus = 'S' "
        "INNER JOIN patient ON patient.PatNum = claim.PatNum",
    )
    report = []
    for row in rows:
        sent = _date(row["DateSent"])
        report.append(
            {
                "claim_id": row["ClaimNum"],
                "claim_type": CLAIM_TYPES.get(row["ClaimType"], row["ClaimType"]),
                "carrier_name": row["CarrierName"],
                "sent_date": sent,
                "days_since_sent": (as_of - sent).days if sent else None,
                "claim_fee": row["ClaimFee"],
            }
        )
    return report


def claims_not_sent(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Claims not sent yet, with the codes of their procedures."""
    rows = _rows(
        cursor,
        "SELECT claim.ClaimNum, claim.ClaimType, claim.ClaimStatus, claim.DateService, "
        "CAST(claim.ClaimFee AS DECIMAL(15,2)) AS ClaimFee, carrier.CarrierName, "
        "COUNT(*) AS ProcCount, "
        "GROUP_CONCAT(procedurecode.ProcCode ORDER BY procedurecode.ProcCode SEPARATOR ', ') "
        "AS ProcCodes "
        "FROM patient "
        "INNER JOIN claim ON claim.PatNum = patient.PatNum "
        "INNER JOIN claimproc ON claimproc.ClaimNum = claim.ClaimNum "
        "INNER JOIN procedurelog ON procedurelog.ProcNum = claimproc.ProcNum "
        "INNER JOIN procedurecode ON procedurecode.CodeNum = procedurelog.CodeNum "
        "INNER JOIN insplan ON insplan.PlanNum = claim.PlanNum "
        "INNER JOIN carrier ON carrier.CarrierNum = insplan.CarrierNum "
        "WHERE claim.ClaimStatus IN ('U', 'H', 'W', 'I') "
        "GROUP BY claim.ClaimNum",
    )
    return [
        {
            "claim_id": row["ClaimNum"],
            "claim_type": CLAIM_TYPES.get(row["ClaimType"], row["ClaimType"]),
            "claim_status": CLAIM_STATUSES[row["ClaimStatus"]],
            "service_date": _date(row["DateService"]),
            "carrier_name": row["CarrierName"],
            "claim_fee": row["ClaimFee"],
            "procedure_count": row["ProcCount"],
            "procedure_codes": row["ProcCodes"],
        }
        for row in rows
    ]


def unfinalized_payments(cursor: Cursor, as_of: datetime.date) -> list[Row]:
    """Partial insurance checks, and insurance paid on claims with no check attached."""
    partial = _rows(
        cursor,
        "SELECT claimpayment.ClaimPaymentNum, NULL AS ClaimNum, "
        "COUNT(DISTINCT claimproc.PatNum) AS CountPats, claimpayment.CarrierName, "
        "claimpayment.CheckDate AS PayDate, MAX(claimproc.ProcDate) AS DOS, "
        "CAST(claimpayment.CheckAmt AS DECIMAL(15,2)) AS Amount "
        "FROM claimpayment "
        "LEFT JOIN claimproc ON claimproc.ClaimPaymentNum = claimpayment.ClaimPaymentNum "
        "WHERE claimpayment.IsPartial = 1 "
        "GROUP BY claimpayment.ClaimPaymentNum",
    )
    unattached = _rows(
        cursor,
        "SELECT NULL AS ClaimPaymentNum, claimproc.ClaimNum, 1 AS CountPats, "
        "MAX(carrier.CarrierName) AS CarrierName, MAX(claimproc.DateCP) AS PayDate, "
        "MAX(claimproc.ProcDate) AS DOS, SUM(CAST(claimproc.InsPayAmt AS DECIMAL(15,2))) AS Amount "
        "FROM claimproc "
        "INNER JOIN insplan ON insplan.PlanNum = claimproc.PlanNum "
        "INNER JOIN carrier ON carrier.CarrierNum = insplan.CarrierNum "
        "WHERE claimproc.ClaimPaymentNum = 0 AND claimproc.InsPayAmt <> 0 "
        "AND claimproc.Status IN (1, 4, 5) AND claimproc.IsTransfer = 0 "
        "GROUP BY claimproc.ClaimNum",
    )
    report = []
    for kind, rows in (("PartialPayment", partial), ("UnfinalizedPayment", unattached)):
        report.extend(
            {
                "payment_type": kind,
                "claim_payment_id": row["ClaimPaymentNum"],
                "claim_id": row["ClaimNum"] or None,
                "patient_count": row["CountPats"],
                "carrier_name": row["CarrierName"],
                "payment_date": _date(row["PayDate"]),
                "service_date": _date(row["DOS"]),
                "amount": row["Amount"],
            }
            for row in rows
        )
    return report


REPORTS = [
    Report(
        name="Outstanding Insurance Claims",
        mart="fct_claims_outstanding",
        key=("claim_id",),
        figures=("claim_type", "carrier_name", "sent_date", "days_since_sent", "claim_fee"),
        compute=outstanding_claims,
    ),
    Report(
        name="Claims Not Sent",
        mart="fct_claims_not_sent",
        key=("claim_id",),
        figures=(
            "claim_type",
            "claim_status",
            "service_date",
            "carrier_name",
            "claim_fee",
            "procedure_count",
            "procedure_codes",
        ),
        compute=claims_not_sent,
    ),
    Report(
        name="Unfinalized Insurance Payments",
        mart="fct_insurance_payments_unfinalized",
        key=("payment_type", "claim_payment_id", "claim_id"),
        figures=("patient_count", "carrier_name", "payment_date", "service_date", "amount"),
        compute=unfinalized_payments,
    ),
]
