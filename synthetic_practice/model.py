"""What the generator remembers about a family while it writes the family's rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synthetic_practice.office import Plan, Provider

# patient.PatStatus
PATIENT, NON_PATIENT, INACTIVE, ARCHIVED, DELETED, DECEASED, PROSPECTIVE = range(7)

# patplan.Relationship
SELF, SPOUSE, CHILD = 0, 1, 2


def age(birth: date, day: date) -> int:
    """Return the age in whole years on ``day`` of someone born on ``birth``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass
class Coverage:
    """One insurance plan covering one patient (an inssub plus the patient's patplan)."""

    plan: Plan
    sub: int
    ordinal: int
    relationship: int
    effective: date
    term: date | None

    def covers(self, day: date) -> bool:
        """Return whether the coverage is in force on ``day``."""
        return self.effective <= day and (self.term is None or day < self.term)


@dataclass
class Benefits:
    """What is left of one patient's yearly deductible and maximum on one plan, in cents."""

    year: int
    deductible: int = 5000
    maximum: int = 150000


@dataclass
class Member:
    """A patient of the family."""

    num: int
    first: str
    last: str
    gender: int
    position: int
    birth: date
    child: bool
    dentist: Provider
    hygienist: Provider
    clinic: int
    fee_sched: int
    status: int = PATIENT
    perio: bool = False
    coverages: list[Coverage] = field(default_factory=list)
    benefits: dict[int, Benefits] = field(default_factory=dict)
    first_visit: date | None = None
    last_visit: date | None = None
    last_change: date | None = None
    entered: date | None = None

    def coverage(self, day: date, ordinal: int = 1) -> Coverage | None:
        """Return the coverage of that rank in force on ``day``."""
        for cov in self.coverages:
            if cov.ordinal == ordinal and cov.covers(day):
                return cov
        return None

    def benefit(self, plan: int, year: int) -> Benefits:
        """Return the remaining benefits on ``plan`` in ``year``, renewing on 1 January."""
        left = self.benefits.get(plan)
        if left is None or left.year != year:
            left = Benefits(year)
            self.benefits[plan] = left
        return left

    def touch(self, day: date) -> None:
        """Note that the patient row changed on ``day``."""
        if self.last_change is None or day > self.last_change:
            self.last_change = day


@dataclass
class Charge:
    """A completed procedure with a fee, and what insurance did about it (cents).

    Attributes:
        expected: Patient portion expected at the visit (fee less estimated insurance).
        settled: Day the insurance outcome became known, or None while a claim is pending.
        final: Patient portion once insurance is settled.
        insured: Insurance payments plus write-offs received so far.
        insured_on: Day the last of them posted (None if none did).
        pending: Insurance still expected while a claim is outstanding.
        installments: Number of monthly payments the family pays this charge in (0: at once).
    """

    proc: int
    pat: int
    prov: int
    clinic: int
    day: date
    fee: int
    expected: int
    final: int
    settled: date | None
    insured: int = 0
    insured_on: date | None = None
    pending: int = 0
    installments: int = 0


@dataclass
class Visit:
    """The completed procedures of one patient on one day, and the adjustments charged.

    Attributes:
        adjustments: Adjustments charged that day: type name, amount in cents, provider.
    """

    member: Member
    day: date
    charges: list[Charge] = field(default_factory=list)
    adjustments: list[tuple[str, int, int]] = field(default_factory=list)
