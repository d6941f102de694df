"""Families: who they are, their insurance, and the order in which their history is written."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from synthetic_practice import catalog as cat
from synthetic_practice import claims, contacts
from synthetic_practice.build import years_before
from synthetic_practice.chart import chart_member
from synthetic_practice.ledger import HABITS, Ledger, aging
from synthetic_practice.model import (
    ARCHIVED,
    CHILD,
    DECEASED,
    DELETED,
    INACTIVE,
    NON_PATIENT,
    PATIENT,
    SELF,
    SPOUSE,
    Coverage,
    Member,
)

if TYPE_CHECKING:
    from synthetic_practice.build import Build
    from synthetic_practice.office import Plan, Provider

NEVER = date(1, 1, 1)
NEVER_AT = datetime(1, 1, 1)
# patient.Gender and patient.Position
MALE, FEMALE, UNKNOWN = 0, 1, 2
SINGLE, MARRIED, CHILD_POSITION, WIDOWED, DIVORCED = range(5)
# ContactMethod used by PreferConfirmMethod and friends.
NO_PREFERENCE, HOME_PHONE, WIRELESS, EMAIL, TEXT = 0, 2, 4, 5, 8

PATIENT_COLUMNS = (
    "PatNum",
    "LName",
    "FName",
    "MiddleI",
    "Preferred",
    "PatStatus",
    "Gender",
    "Position",
    "Birthdate",
    "SSN",
    "Address",
    "Address2",
    "City",
    "State",
    "Zip",
    "HmPhone",
    "WkPhone",
    "WirelessPhone",
    "Guarantor",
    "CreditType",
    "Email",
    "Salutation",
    "EstBalance",
    "PriProv",
    "SecProv",
    "FeeSched",
    "BillingType",
    "ImageFolder",
    "AddrNote",
    "FamFinUrgNote",
    "MedUrgNote",
    "ApptModNote",
    "StudentStatus",
    "SchoolName",
    "ChartNumber",
    "MedicaidID",
    "Bal_0_30",
    "Bal_31_60",
    "Bal_61_90",
    "BalOver90",
    "InsEst",
    "BalTotal",
    "DateFirstVisit",
    "ClinicNum",
    "HasIns",
    "Premed",
    "PreferConfirmMethod",
    "PreferContactMethod",
    "PreferRecallMethod",
    "SchedBeforeTime",
    "SchedAfterTime",
    "Language",
    "Title",
    "DateTStamp",
    "TxtMsgOk",
    "DateTimeDeceased",
    "BillingCycleDay",
    "SecUserNumEntry",
    "SecDateEntry",
    "PatNumCloneFrom",
    "DiscountPlanNum",
    "ShortCodeOptIn",
    "SecurityHash",
)
INSSUB_COLUMNS = (
    "InsSubNum",
    "PlanNum",
    "Subscriber",
    "DateEffective",
    "DateTerm",
    "ReleaseInfo",
    "AssignBen",
    "SubscriberID",
    "BenefitNotes",
    "SubscNote",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
)
PATPLAN_COLUMNS = (
    "PatPlanNum",
    "PatNum",
    "Ordinal",
    "IsPending",
    "Relationship",
    "PatID",
    "InsSubNum",
    "OrthoAutoFeeBilledOverride",
    "OrthoAutoNextClaimDate",
    "SecDateTEntry",
    "SecDateTEdit",
)

_ENGAGEMENT = (("none", 12), ("once", 15), ("few", 25), ("regular", 48))
_SPANISH = {"García", "Muñoz", "Peña", "Hernández", "López"}


def build_family(b: Build, size: int) -> int:
    """Write one family of at most ``size`` people and its whole history; return its size."""
    rng = b.rng
    size = min(size, rng.choices((1, 2, 3, 4, 5, 6), (38, 24, 15, 13, 7, 3))[0])
    office = b.office
    clinic = rng.choices(office.clinics, (60, 40))[0]
    dentist = rng.choice([p for p in office.dentists if p.clinic == clinic] or office.dentists)
    hygienist = rng.choice(
        [p for p in office.hygienists if p.clinic == clinic] or office.hygienists
    )
    join = b.day_between(years_before(b.start, 3), b.last_day)
    surname = rng.choice(cat.SURNAMES)
    members = _members(b, size, surname, dentist, hygienist, clinic=clinic, join=join)
    guarantor = members[0]
    _insure(b, members, join)
    habit = rng.choices(tuple(HABITS), (65, 25, 10))[0]
    finance = rng.random() < 0.85
    visits = []
    ortho = False
    for m in members:
        if m.status in (NON_PATIENT, DELETED):
            continue
        engagement = rng.choices([e for e, _ in _ENGAGEMENT], [w for _, w in _ENGAGEMENT])[0]
        if m.entered and m.entered < b.start and engagement != "none":
            m.first_visit = m.entered
        chart = chart_member(b, m, engagement)
        visits += chart.visits
        ortho = ortho or any(c.installments for v in chart.visits for c in v.charges)
        hygiene_days = [v.day for v in chart.visits if v.member is m]
        contacts.recall_reminders(b, m, hygiene_days)
        contacts.notes(b, m, max(b.start, m.entered or b.start))
        if (
            m.status == PATIENT
            and m.last_visit
            and m.last_visit < b.as_of - timedelta(days=540)
            and rng.random() < 0.5
        ):
            m.status = INACTIVE
        if m.status == PATIENT or chart.last_hygiene:
            contacts.recalls(b, m, chart.last_hygiene, chart.scheduled_hygiene, m.status == PATIENT)
    visits.sort(key=lambda v: (v.day, v.member.num))
    ledger = Ledger(b, guarantor, members, habit, finance)
    ledger.run(visits)
    if visits and rng.random() < 0.3:
        contacts.referred_by(b, visits[0].member, visits[0].day)
    billing = (
        "Collections"
        if ledger.collections
        else "Payment Plan"
        if ortho
        else ("Standard Account" if finance else "Finance Charge Exempt")
    )
    balances = aging(b, ledger)
    for m in members:
        _write_patient(b, m, guarantor, billing, balances[m.num])
    return len(members)


def _members(
    b: Build,
    size: int,
    surname: str,
    dentist: Provider,
    hygienist: Provider,
    *,
    clinic: int,
    join: date,
) -> list[Member]:
    rng = b.rng
    adult_born = b.day_between(date(1940, 1, 1), years_before(b.as_of, 22))
    roles = ["guarantor"]
    if size > 1 and rng.random() < 0.75:
        roles.append("spouse")
    roles += ["child"] * (size - len(roles))
    members = []
    for role in roles:
        child = role == "child"
        if child:
            earliest = max(years_before(b.as_of, 22), years_before(adult_born, -18))
            latest = b.as_of - timedelta(days=400)
            born = b.day_between(earliest, latest) if earliest < latest else latest
        elif role == "spouse":
            born = adult_born + timedelta(days=rng.randint(-2500, 2500))
        else:
            born = adult_born
        gender = rng.choices((MALE, FEMALE, UNKNOWN), (48, 50, 2))[0]
        names = cat.MALE_NAMES if gender == MALE else cat.FEMALE_NAMES
        position = (
            CHILD_POSITION
            if child
            else (MARRIED if "spouse" in roles else rng.choice((SINGLE, DIVORCED, WIDOWED, SINGLE)))
        )
        m = Member(
            num=b.ids.next("patient"),
            first=rng.choice(names),
            last=surname,
            gender=gender,
            position=position,
            birth=born,
            child=child,
            dentist=dentist,
            hygienist=hygienist,
            clinic=clinic,
            fee_sched=0,
            entered=join if role != "child" or born < join else born + timedelta(days=400),
        )
        m.entered = min(m.entered or join, b.last_day)
        roll = rng.random()
        if role == "guarantor" and "child" in roles and roll < 0.2:
            m.status = NON_PATIENT
        elif roll < 0.003:
            m.status = DELETED
        elif roll < 0.008:
            m.status = ARCHIVED
        m.perio = not child and rng.random() < 0.12
        members.append(m)
    return members


def _insure(b: Build, members: list[Member], join: date) -> None:
    """Give the family dental insurance (most do), sometimes from two employers."""
    rng = b.rng
    if rng.random() >= 0.62:
        if rng.random() < 0.12:
            for m in members:
                m.fee_sched = b.office.cash_sched
        return
    spouse = next((m for m in members if m.position == MARRIED and m is not members[0]), None)
    subscriber = spouse if spouse is not None and rng.random() < 0.3 else members[0]
    plans = b.office.plans
    # One family in forty is on a capitation plan (the first plan always is one).
    first = plans[0] if b.ids.last.get("inssub", 0) % 40 == 1 else rng.choice(plans)
    _subscribe(b, members, subscriber, first, 1, join=join)
    if spouse is not None and rng.random() < 0.25:
        other = spouse if subscriber is members[0] else members[0]
        _subscribe(b, members, other, rng.choice([p for p in plans if p.kind != "c"]), 2, join=join)


def _subscribe(
    b: Build, members: list[Member], subscriber: Member, plan: Plan, ordinal: int, *, join: date
) -> None:
    rng = b.rng
    sub = b.ids.next("inssub")
    effective = join - timedelta(days=rng.randint(0, 400))
    effective_value: date = NEVER if rng.random() < 0.1 else effective
    term = None
    if rng.random() < 0.08:
        term = b.day_between(max(join, b.start), b.last_day)
    entered = min(join, b.last_day)
    b.loader.writer("inssub", INSSUB_COLUMNS).add(
        (
            sub,
            plan.num,
            subscriber.num,
            effective_value,
            term or NEVER,
            1,
            1,
            f"{rng.choice('ABCDEFGHJKMNPRSTWXYZ')}{rng.randint(10**7, 10**9)}",
            "",
            "",
            b.office.staff_users[0],
            entered,
            b.stamp(term or entered, 60),
        )
    )
    for m in members:
        if m.status in (NON_PATIENT, DELETED) and m is not subscriber:
            continue
        relationship = SELF if m is subscriber else (CHILD if m.child else SPOUSE)
        cov = Coverage(
            plan=plan,
            sub=sub,
            ordinal=ordinal,
            relationship=relationship,
            effective=effective_value if effective_value != NEVER else date(1900, 1, 1),
            term=term,
        )
        m.coverages.append(cov)
        b.loader.writer("patplan", PATPLAN_COLUMNS).add(
            (
                b.ids.next("patplan"),
                m.num,
                ordinal,
                0,
                relationship,
                "",
                sub,
                -1.0,
                NEVER,
                datetime.combine(entered, time(9)),
                b.stamp(entered, 30),
            )
        )
        if m.status == PATIENT and m is subscriber and sub % 20 == 1:
            claims.benefits_used_elsewhere(b, m, cov, max(effective, b.start))


def _write_patient(
    b: Build, m: Member, guarantor: Member, billing: str, balances: tuple[float, ...]
) -> None:
    rng = b.rng
    office = b.office
    entered = m.entered or b.start
    city, state, zip3 = cat.PLACES[guarantor.num % len(cat.PLACES)]
    birth: date | str = m.birth
    if m.num % 997 == 3:
        # OpenDental runs with sql_mode='', so an incomplete birthdate was saved as typed.
        birth = f"{m.birth.year:04d}-{m.birth.month:02d}-00"
    elif not m.child and rng.random() < 0.02:
        birth = NEVER
    deceased = NEVER_AT
    status = m.status
    if status == PATIENT and not m.child and m.birth.year < 1950 and rng.random() < 0.05:
        status = DECEASED
        deceased = b.at(b.day_between(m.last_visit or entered, b.last_day))
    email = ""
    if not m.child and rng.random() < 0.7:
        email = (
            _ascii(f"{m.first}.{m.last}{m.num % 100}@example.com")
            .lower()
            .replace(" ", "")
            .replace("'", "")
        )
    contact = rng.choice((TEXT, TEXT, EMAIL, WIRELESS, HOME_PHONE, NO_PREFERENCE))
    bal_0_30, bal_31_60, bal_61_90, bal_over_90, ins_est, bal_total, est_balance = balances
    prefers = rng.random() < 0.05
    premed = rng.random() < 0.03
    folder = _ascii(f"{m.last}{m.first}{m.num}").replace(" ", "").replace("'", "")
    b.loader.writer("patient", PATIENT_COLUMNS).add(
        (
            m.num,
            m.last,
            m.first,
            rng.choice("ABCDEJKLMRST") if rng.random() < 0.4 else "",
            rng.choice(cat.NICKNAMES) if rng.random() < 0.05 else "",
            status,
            m.gender,
            m.position,
            birth,
            f"{rng.randint(100, 899)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
            if rng.random() < 0.6
            else "",
            _street(guarantor),
            "Apt 3" if guarantor.num % 11 == 0 else "",
            city,
            state,
            f"{zip3}{guarantor.num % 90 + 10}",
            _phone(guarantor.num),
            "",
            _phone(m.num * 7) if not m.child or rng.random() < 0.3 else "",
            guarantor.num,
            "",
            email,
            "",
            est_balance,
            m.dentist.num,
            m.hygienist.num if rng.random() < 0.9 else 0,
            m.fee_sched,
            office.defs[cat.DEF_BILLING_TYPES, billing],
            folder,
            "",
            "Collections - payment required before scheduling"
            if billing == "Collections" and m is guarantor
            else "",
            "Premed: amoxicillin 2g 1 hr prior" if premed else "",
            "",
            "F" if m.child and m.birth < years_before(b.as_of, 18) else "",
            "",
            f"A{m.num}" if m.num % 3 == 0 else "",
            "",
            bal_0_30,
            bal_31_60,
            bal_61_90,
            bal_over_90,
            ins_est,
            bal_total,
            m.first_visit if m.first_visit and m.first_visit <= b.last_day else NEVER,
            m.clinic,
            "I" if m.coverages else "",
            int(premed),
            contact,
            contact,
            contact,
            time(10) if prefers else None,
            time(15) if prefers else None,
            "spa" if m.last in _SPANISH and rng.random() < 0.5 else "",
            rng.choice(("Mr.", "Ms.", "Mrs.", "Dr."))
            if not m.child and rng.random() < 0.2
            else None,
            b.stamp(min(m.last_change or entered, b.last_day), 5),
            rng.choice((0, 1, 1, 2)),
            deceased,
            1,
            rng.choice(office.staff_users),
            entered,
            0,
            0,
            0,
            "",
        )
    )
    b.log(
        b.at(min(entered, b.last_day)),
        cat.PERM_PATIENT_CREATE,
        office.staff_users[0],
        m.num,
        m.num,
        text=f"Patient created: {m.last}, {m.first}",
    )


def _street(guarantor: Member) -> str:
    return f"{guarantor.num * 37 % 9000 + 100} {cat.STREETS[guarantor.num % len(cat.STREETS)]}"


def _phone(seed: int) -> str:
    return f"(503){seed * 7919 % 900 + 100:03d}-{seed * 104729 % 10000:04d}"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
