"""Insurance benefits, verifications and claim snapshots.

- ``benefit``: what each insurance plan covers, as OpenDental's benefit rows encode it
  (``BenefitType`` 1 CoInsurance for a category's percentage, 2 Deductible, 5 Limitations for
  annual and lifetime maximums and frequencies; ``TimePeriod`` 1 ServiceYear when the plan
  renews in another month than January, 2 CalendarYear, 3 Lifetime; ``CoverageLevel``
  1 Individual, 2 Family); a few patients' plans override a percentage (``PatPlanNum``).
- ``insverify``: one row per insurance plan (``VerifyType`` 1, ``FKey`` = PlanNum) and per
  patient plan (2, ``FKey`` = PatPlanNum), with the date benefits or eligibility were last
  verified.
- ``claimsnapshot``: the fee, write-off and insurance estimate of each procedure of a claim when
  the claim was created (``SnapshotTrigger`` 0 ClaimCreate), once the office turned the
  feature on.

All are made from the plans and claims already written, with a random source of their own, so
the rest of a practice generated from a seed stays as it was.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

# benefit.BenefitType, TimePeriod, QuantityQualifier, CoverageLevel
CO_INSURANCE, DEDUCTIBLE, LIMITATIONS = 1, 2, 5
NO_PERIOD, SERVICE_YEAR, CALENDAR_YEAR, LIFETIME, YEARS = 0, 1, 2, 3, 4
NO_QUANTITY, NUMBER_OF_SERVICES = 0, 1
NO_LEVEL, INDIVIDUAL, FAMILY = 0, 1, 2
# insverify.VerifyType
INSURANCE_BENEFIT, PATIENT_ENROLLMENT = 1, 2
NEVER = date(1, 1, 1)
NEVER_AT = datetime(1, 1, 1)

# The practice's coverage categories (covcat.CovCatNum; the covcat table is not loaded) and the
# percentage a typical plan pays for each.
COVERAGE_CATEGORIES = {
    "Diagnostic": (1, 100),
    "X-Ray": (2, 100),
    "Preventive": (3, 100),
    "Restorative": (4, 80),
    "Endo": (5, 80),
    "Perio": (6, 80),
    "Oral Surgery": (7, 80),
    "Crowns": (8, 50),
    "Prosth": (9, 50),
    "Ortho": (10, 50),
}
# Frequency limitations: (code, services, period, quantity qualifier)
FREQUENCIES = (
    ("D0120", 2, "plan", NUMBER_OF_SERVICES),
    ("D1110", 2, "plan", NUMBER_OF_SERVICES),
    ("D0274", 1, "plan", NUMBER_OF_SERVICES),
    ("D0330", 5, NO_PERIOD, YEARS),
)


class _Writer:
    def __init__(self, cursor: Cursor, rng: random.Random, *, stamped: bool) -> None:
        self.cur = cursor
        self.rng = rng
        # History rows carry their own change stamps; a live day's rows get MySQL's.
        self.stamped = stamped
        self.next_id: dict[str, int] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {}

    def _id(self, table: str, key: str) -> int:
        if table not in self.next_id:
            self.cur.execute(f"SELECT COALESCE(MAX(`{key}`), 0) FROM `{table}`")
            self.next_id[table] = int(self.cur.fetchone()[0])
        self.next_id[table] += 1
        return self.next_id[table]

    def add(self, table: str, values: dict[str, Any], stamp: datetime | None = None) -> None:
        if self.stamped and stamp is not None:
            values["SecDateTEdit"] = stamp
        self.rows.setdefault(table, []).append(values)

    def at(self, day: date, first_hour: int = 8, last_hour: int = 17) -> datetime:
        seconds = self.rng.randint(first_hour * 3600, last_hour * 3600 + 3599)
        return datetime.combine(day, time()) + timedelta(seconds=seconds)

    def write(self) -> dict[str, int]:
        counts = {}
        for table, rows in self.rows.items():
            columns = list(rows[0])
            self.cur.executemany(
                f"INSERT INTO `{table}` ({', '.join(f'`{c}`' for c in columns)}) "
                f"VALUES ({', '.join(['%s'] * len(columns))})",
                [tuple(row[c] for c in columns) for row in rows],
            )
            counts[table] = len(rows)
        self.rows.clear()
        return counts


def _benefit(
    w: _Writer,
    entered: datetime,
    *,
    plan: int = 0,
    patplan: int = 0,
    kind: int,
    category: int = 0,
    percent: int = -1,
    amount: float = -1,
    period: int = NO_PERIOD,
    qualifier: int = NO_QUANTITY,
    quantity: int = 0,
    code: int = 0,
    level: int = NO_LEVEL,
) -> None:
    w.add(
        "benefit",
        {
            "BenefitNum": w._id("benefit", "BenefitNum"),
            "PlanNum": plan,
            "PatPlanNum": patplan,
            "CovCatNum": category,
            "BenefitType": kind,
            "Percent": percent,
            "MonetaryAmt": amount,
            "TimePeriod": period,
            "QuantityQualifier": qualifier,
            "Quantity": quantity,
            "CodeNum": code,
            "CoverageLevel": level,
            "SecDateTEntry": entered,
            "CodeGroupNum": 0,
            "TreatArea": 0,
        },
        entered,
    )


def write_benefits(
    cursor: Cursor, rng: random.Random, first_day: date, *, stamped: bool = True
) -> int:
    """Write the benefits of every insurance plan that has none; return the rows written.

    Rows are entered with their plan, not before ``first_day``; patient plans entered before it
    are left as they are.

    A plan has an individual annual maximum, an individual deductible (a family one on some)
    waived on diagnostic and preventive work, a percentage per coverage category, frequency
    limits on exams, cleanings and x-rays, and sometimes an orthodontic lifetime maximum.
    """
    w = _Writer(cursor, rng, stamped=stamped)
    cursor.execute("SELECT ProcCode, CodeNum FROM procedurecode")
    codes = {str(code): int(num) for code, num in cursor.fetchall()}
    cursor.execute(
        "SELECT PlanNum, MonthRenew, SecDateEntry FROM insplan "
        "WHERE PlanNum NOT IN (SELECT PlanNum FROM benefit) ORDER BY PlanNum"
    )
    for num, renews, entered_on in cursor.fetchall():
        entered = w.at(max(entered_on or NEVER, first_day))
        period = SERVICE_YEAR if renews not in (0, 1) else CALENDAR_YEAR
        plan = int(num)
        maximum = rng.choice((1000, 1000, 1250, 1500, 1500, 2000, 2500))
        _benefit(
            w, entered, plan=plan, kind=LIMITATIONS, amount=maximum, period=period, level=INDIVIDUAL
        )
        deductible = rng.choice((25, 50, 50, 50, 75, 100))
        _benefit(
            w,
            entered,
            plan=plan,
            kind=DEDUCTIBLE,
            amount=deductible,
            period=period,
            level=INDIVIDUAL,
        )
        if rng.random() < 0.5:
            _benefit(
                w,
                entered,
                plan=plan,
                kind=DEDUCTIBLE,
                amount=deductible * 3,
                period=period,
                level=FAMILY,
            )
        for name in ("Diagnostic", "Preventive"):
            _benefit(
                w,
                entered,
                plan=plan,
                kind=DEDUCTIBLE,
                amount=0,
                period=period,
                category=COVERAGE_CATEGORIES[name][0],
                level=INDIVIDUAL,
            )
        richer = rng.random() < 0.3
        ortho = rng.random() < 0.3
        for name, (category, typical) in COVERAGE_CATEGORIES.items():
            if name == "Ortho" and not ortho:
                continue
            percent = min(typical + 10, 100) if richer else typical
            _benefit(
                w,
                entered,
                plan=plan,
                kind=CO_INSURANCE,
                category=category,
                percent=percent,
                period=period,
            )
        if ortho:
            _benefit(
                w,
                entered,
                plan=plan,
                kind=LIMITATIONS,
                category=COVERAGE_CATEGORIES["Ortho"][0],
                amount=rng.choice((1000, 1500, 2000)),
                period=LIFETIME,
                level=INDIVIDUAL,
            )
        for code, quantity, per, qualifier in FREQUENCIES:
            if code in codes:
                _benefit(
                    w,
                    entered,
                    plan=plan,
                    kind=LIMITATIONS,
                    code=codes[code],
                    period=period if per == "plan" else per,
                    qualifier=qualifier,
                    quantity=quantity,
                )
    # A few patients' plans pay another percentage on restorative work.
    cursor.execute(
        "SELECT PatPlanNum, SecDateTEntry FROM patplan WHERE SecDateTEntry >= %s "
        "AND PatPlanNum NOT IN (SELECT PatPlanNum FROM benefit) ORDER BY PatPlanNum",
        (first_day,),
    )
    for patplan, entered_at in cursor.fetchall():
        if rng.random() < 0.03:
            _benefit(
                w,
                max(entered_at or NEVER_AT, w.at(first_day)),
                patplan=int(patplan),
                kind=CO_INSURANCE,
                category=COVERAGE_CATEGORIES["Restorative"][0],
                percent=rng.choice((50, 60, 90)),
                period=CALENDAR_YEAR,
            )
    return w.write().get("benefit", 0)


def write_verifications(
    cursor: Cursor,
    rng: random.Random,
    first_day: date,
    last_day: date,
    users: list[int],
    *,
    stamped: bool = True,
) -> int:
    """Write a verification row for each plan and patient plan without one; return the rows.

    Rows are entered with their plan, from ``first_day`` to ``last_day``. Most were verified in
    the months before ``last_day``; some never were. A few are assigned to a user.
    """
    w = _Writer(cursor, rng, stamped=stamped)
    cursor.execute(
        "SELECT PlanNum, SecDateEntry FROM insplan WHERE PlanNum NOT IN "
        "(SELECT FKey FROM insverify WHERE VerifyType = %s) ORDER BY PlanNum",
        (INSURANCE_BENEFIT,),
    )
    targets = [(INSURANCE_BENEFIT, int(p), d) for p, d in cursor.fetchall()]
    cursor.execute(
        "SELECT PatPlanNum, DATE(SecDateTEntry) FROM patplan WHERE PatPlanNum NOT IN "
        "(SELECT FKey FROM insverify WHERE VerifyType = %s) ORDER BY PatPlanNum",
        (PATIENT_ENROLLMENT,),
    )
    targets += [(PATIENT_ENROLLMENT, int(p), d) for p, d in cursor.fetchall()]
    for kind, key, entry_date in targets:
        entered_on = min(max(entry_date or NEVER, first_day), last_day)
        entered = w.at(entered_on)
        verified = NEVER
        hours = 0.0
        edited = entered
        if rng.random() < 0.8:
            earliest = max(entered_on, last_day - timedelta(days=180))
            verified = earliest + timedelta(days=rng.randint(0, (last_day - earliest).days))
            hours = round(rng.uniform(4, 24 * 14), 2)
            edited = max(w.at(verified), entered)
        assigned = rng.random() < 0.2
        w.add(
            "insverify",
            {
                "InsVerifyNum": w._id("insverify", "InsVerifyNum"),
                "DateLastVerified": verified,
                "UserNum": rng.choice(users) if assigned else 0,
                "VerifyType": kind,
                "FKey": key,
                "DefNum": 0,
                "Note": "",
                "DateLastAssigned": verified if assigned and verified > NEVER else NEVER,
                "DateTimeEntry": entered,
                "HoursAvailableForVerification": hours,
            },
            edited,
        )
    return w.write().get("insverify", 0)


def verify_upcoming(cursor: Cursor, rng: random.Random, day: date, users: list[int]) -> int:
    """Verify the plans of patients booked in the next three days, unless verified lately.

    Updates the rows in place (MySQL moves their stamps); returns how many.
    """
    cursor.execute(
        "SELECT DISTINCT v.InsVerifyNum FROM appointment a "
        "JOIN patplan pp ON pp.PatNum = a.PatNum "
        "JOIN inssub s ON s.InsSubNum = pp.InsSubNum "
        "JOIN insverify v ON (v.VerifyType = %s AND v.FKey = pp.PatPlanNum) "
        "OR (v.VerifyType = %s AND v.FKey = s.PlanNum) "
        "WHERE a.AptStatus = 1 AND a.AptDateTime >= %s AND a.AptDateTime < %s "
        "AND v.DateLastVerified < %s ORDER BY v.InsVerifyNum",
        (
            PATIENT_ENROLLMENT,
            INSURANCE_BENEFIT,
            day + timedelta(days=1),
            day + timedelta(days=4),
            day - timedelta(days=90),
        ),
    )
    due = [int(v) for (v,) in cursor.fetchall()]
    for num in due:
        cursor.execute(
            "UPDATE insverify SET DateLastVerified = %s, UserNum = %s, DateLastAssigned = %s, "
            "HoursAvailableForVerification = %s WHERE InsVerifyNum = %s",
            (day, rng.choice(users), day, round(rng.uniform(24, 72), 2), num),
        )
    return len(due)


def snapshot_claims(cursor: Cursor, rng: random.Random, first: date, last: date) -> int:
    """Snapshot the procedures of the claims entered from ``first`` to ``last``; return the rows.

    Pre-authorizations are never snapshotted; a claim already snapshotted is left alone.
    """
    w = _Writer(cursor, rng, stamped=False)
    cursor.execute(
        "SELECT c.ClaimNum, c.SecDateEntry, c.ClaimType, cp.ClaimProcNum, cp.ProcNum, "
        "cp.FeeBilled, cp.InsPayEst, "
        "CASE WHEN cp.WriteOffEst >= 0 THEN cp.WriteOffEst ELSE cp.WriteOff END "
        "FROM claim c JOIN claimproc cp ON cp.ClaimNum = c.ClaimNum "
        "WHERE c.SecDateEntry BETWEEN %s AND %s AND c.ClaimType <> 'PreAuth' "
        "AND cp.ProcNum > 0 AND cp.Status IN (0, 1, 5) "
        "AND cp.ClaimProcNum NOT IN (SELECT ClaimProcNum FROM claimsnapshot) "
        "ORDER BY c.ClaimNum, cp.ClaimProcNum",
        (first, last),
    )
    moments: dict[int, datetime] = {}
    for claim, entered_on, kind, claimproc, proc, fee, estimate, writeoff in cursor.fetchall():
        if claim not in moments:
            moments[claim] = w.at(entered_on)
        w.add(
            "claimsnapshot",
            {
                "ClaimSnapshotNum": w._id("claimsnapshot", "ClaimSnapshotNum"),
                "ProcNum": int(proc),
                "ClaimType": kind,
                "Writeoff": round(float(writeoff), 2),
                "InsPayEst": round(float(estimate), 2),
                "Fee": round(float(fee), 2),
                "DateTEntry": moments[claim],
                "ClaimProcNum": int(claimproc),
                "SnapshotTrigger": 0,
            },
        )
    return w.write().get("claimsnapshot", 0)
