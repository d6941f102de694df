"""Ground truth: identities between its figures, and agreement with the generated ledger."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from synthetic_practice import apply_day, create_practice, ground_truth

from . import AS_OF

MEASURES = (
    "gross_production",
    "adjustments",
    "writeoffs",
    "patient_payments",
    "insurance_payments",
)
MONEY = re.compile(r"^-?\d+\.\d\d$")


def _check_identities(truth: dict) -> dict[str, Decimal]:
    json.dumps(truth)
    totals = {name: Decimal(value) for name, value in truth["totals"].items()}
    for name in MEASURES:
        cells = [row[name] for row in truth["by_provider_month"]]
        assert all(MONEY.match(c) for c in cells)
        assert sum(map(Decimal, cells)) == totals[name], name
    balances = [Decimal(f["balance"]) for f in truth["family_balances"]]
    expected = (
        totals["gross_production"]
        + totals["adjustments"]
        - totals["patient_payments"]
        - totals["insurance_payments"]
        - totals["writeoffs"]
    )
    assert totals["ar_total"] == sum(balances) == expected
    assert all(re.match(r"^\d{4}-\d\d$", row["month"]) for row in truth["by_provider_month"])
    return totals


def test_identities_hold(server, practice):
    truth = ground_truth(server, practice)
    assert truth["as_of"] == AS_OF.isoformat()
    totals = _check_identities(truth)
    assert totals["gross_production"] > totals["patient_payments"] > 0
    assert totals["insurance_payments"] > totals["writeoffs"] > 0
    assert totals["adjustments"] != 0


def test_family_balances_agree_with_the_patients_balance_columns(server, query, practice):
    truth = ground_truth(server, practice)
    guarantors = {
        int(g): Decimal(str(round(b, 2)))
        for g, b in query(practice, "SELECT PatNum, BalTotal FROM patient WHERE PatNum = Guarantor")
    }
    assert {
        f["guarantor_id"]: Decimal(f["balance"]) for f in truth["family_balances"]
    } == guarantors
    balances = list(guarantors.values())
    assert sum(b > 0 for b in balances) > sum(b < 0 for b in balances) > 0


def test_only_completed_and_received_rows_count(server, query, practice):
    truth = _check_identities(ground_truth(server, practice))
    every_fee = query(
        practice,
        "SELECT SUM(CAST(ProcFee * (UnitQty + BaseUnits) AS DECIMAL(15,2))) FROM procedurelog",
    )[0][0]
    assert every_fee > truth["gross_production"]
    estimates = query(practice, "SELECT SUM(InsPayEst) FROM claimproc WHERE Status IN (0, 6)")[0][0]
    assert estimates > 0
    adjustment_benefits = query(practice, "SELECT COUNT(*) FROM claimproc WHERE Status = 3")[0][0]
    assert adjustment_benefits >= 1


def test_identities_hold_after_a_day(server, database_name):
    create_practice(server, database_name, patients=150, seed=4, as_of=AS_OF)
    before = _check_identities(ground_truth(server, database_name))
    apply_day(server, database_name, seed=2)
    truth = ground_truth(server, database_name)
    after = _check_identities(truth)
    assert after["gross_production"] > before["gross_production"]
    assert truth["as_of"] != AS_OF.isoformat()
