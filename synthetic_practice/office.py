"""The practice's set-up: clinics, providers, codes, fees, insurance plans, users, schedules."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from synthetic_practice import catalog as cat
from synthetic_practice.build import next_weekday, years_before

if TYPE_CHECKING:
    from synthetic_practice.build import Build
    from synthetic_practice.writer import TableWriter


@dataclass(frozen=True)
class Provider:
    """A provider and where they work."""

    num: int
    clinic: int
    op: int
    user: int
    hygienist: bool


@dataclass(frozen=True)
class Plan:
    """An insurance plan: its carrier and how it pays.

    Attributes:
        kind: OpenDental PlanType: '' percentage, 'p' PPO, 'c' capitation.
        allowed_sched: PPO fee schedule of allowed amounts (0 for none).
        copay_sched: Capitation co-pay fee schedule (0 for none).
    """

    num: int
    carrier: int
    carrier_name: str
    kind: str
    allowed_sched: int
    copay_sched: int


@dataclass
class Office:
    """Keys and prices of the practice's set-up, as the family generator needs them."""

    clinics: tuple[int, ...]
    dentists: list[Provider]
    hygienists: list[Provider]
    former_dentist: Provider
    former_until: date
    defs: dict[tuple[int, str], int]
    codes: dict[str, int]
    fees: dict[int, dict[str, int]]
    standard_sched: int
    cash_sched: int
    plans: list[Plan]
    referrals: list[int]
    staff_users: list[int]
    provider_fees: dict[tuple[int, str], int] = field(default_factory=dict)

    def ucr(self, code: str, prov: int, sched: int = 0) -> int:
        """Return the fee in cents charged for ``code`` by ``prov`` under fee schedule ``sched``."""
        if sched:
            return self.fees[sched][code]
        override = self.provider_fees.get((prov, code))
        return override if override is not None else self.fees[self.standard_sched][code]


def build_office(b: Build) -> Office:
    """Write the practice's set-up tables and return their keys."""
    clinics = _clinics(b)
    defs = _definitions(b)
    codes = _procedure_codes(b, defs)
    fees, scheds = _fee_schedules(b)
    dentists, hygienists, former = _providers(b, clinics, defs, scheds[0])
    provider_fees = _fees(b, codes, dentists, fees, scheds[0])
    staff = _staff_users(b, clinics)
    plans = _insurance(b, scheds)
    referrals = _referrals(b)
    office = Office(
        clinics=clinics,
        dentists=dentists,
        hygienists=hygienists,
        former_dentist=former,
        former_until=_former_until(b),
        defs=defs,
        codes=codes,
        fees=fees,
        standard_sched=scheds[0],
        cash_sched=scheds[1],
        plans=plans,
        referrals=referrals,
        staff_users=staff,
        provider_fees=provider_fees,
    )
    _schedules(b, office, defs)
    return office


def _setup_day(b: Build) -> date:
    """The day the practice's codes, fees and providers were entered, before the history starts."""
    return years_before(b.start, 1)


def _former_until(b: Build) -> date:
    """The last day of the dentist who left the practice during the first years of history."""
    return b.start + timedelta(days=400)


CLINIC_COLUMNS = (
    "ClinicNum",
    "Description",
    "Abbr",
    "Address",
    "City",
    "State",
    "Zip",
    "BillingAddress",
    "BillingCity",
    "BillingState",
    "BillingZip",
    "PayToAddress",
    "PayToCity",
    "PayToState",
    "PayToZip",
    "Phone",
    "Fax",
    "BankNumber",
    "DefaultPlaceService",
    "ItemOrder",
    "IsHidden",
    "TimeZone",
    "SchedNote",
)


def _clinics(b: Build) -> tuple[int, ...]:
    w = b.loader.writer("clinic", CLINIC_COLUMNS)
    nums = []
    for order, (name, abbr, street, city, state, zip_) in enumerate(cat.CLINICS):
        num = b.ids.next("clinic")
        phone = f"503555{1000 + order * 111:04d}"
        w.add(
            (
                num,
                name,
                abbr,
                street,
                city,
                state,
                zip_,
                street,
                city,
                state,
                zip_,
                "PO Box 42",
                city,
                state,
                zip_,
                phone,
                "",
                f"{b.rng.randint(10**8, 10**9 - 1)}",
                0,
                order,
                0,
                "Pacific Standard Time",
                "",
            )
        )
        nums.append(num)
    return tuple(nums)


DEFINITION_COLUMNS = (
    "DefNum",
    "Category",
    "ItemOrder",
    "ItemName",
    "ItemValue",
    "ItemColor",
    "IsHidden",
)


def _definitions(b: Build) -> dict[tuple[int, str], int]:
    w = b.loader.writer("definition", DEFINITION_COLUMNS)
    defs: dict[tuple[int, str], int] = {}
    order: dict[int, int] = {}
    for category in cat.PROC_CATEGORIES:
        _add_definition(b, w, defs, order, (cat.DEF_PROC_CODE_CATS, category, "", 0))
    for entry in cat.DEFINITIONS:
        _add_definition(b, w, defs, order, entry)
    return defs


def _add_definition(
    b: Build,
    w: TableWriter,
    defs: dict[tuple[int, str], int],
    order: dict[int, int],
    entry: tuple[int, str, str, int],
) -> None:
    category, name, value, colour = entry
    num = b.ids.next("definition")
    item_order = order.get(category, 0)
    order[category] = item_order + 1
    hidden = 1 if name == "Obsolete" else 0
    w.add((num, category, item_order, name, value, colour, hidden))
    defs[category, name] = num


CODE_COLUMNS = (
    "CodeNum",
    "ProcCode",
    "Descript",
    "AbbrDesc",
    "ProcTime",
    "ProcCat",
    "TreatArea",
    "NoBillIns",
    "IsProsth",
    "DefaultNote",
    "IsHygiene",
    "PaintType",
    "GraphicColor",
    "LaymanTerm",
    "BaseUnits",
    "SubstitutionCode",
    "DateTStamp",
    "DrugNDC",
    "RevenueCodeDefault",
    "DefaultClaimNote",
    "DefaultTPNote",
    "TaxCode",
    "PaintText",
    "DiagnosticCodes",
)

_PROSTHESES = {"D2740", "D2750", "D5110", "D5213", "D6058"}


def _procedure_codes(b: Build, defs: dict[tuple[int, str], int]) -> dict[str, int]:
    w = b.loader.writer("procedurecode", CODE_COLUMNS)
    codes = {}
    for code in cat.CODES:
        num = b.ids.next("procedurecode")
        pattern = "/" + "X" * max(code.minutes // 5 - 2, 0) + "/" if code.minutes else ""
        no_bill = 1 if code.coverage == "none" else 0
        colour = cat.argb(200, 0, 0) if code.category == "Fillings" else 0
        subst = "D2140" if code.code in {"D2391", "D2392"} else ""
        note = "Pt tolerated procedure well." if code.category == "Oral Surgery" else ""
        w.add(
            (
                num,
                code.code,
                code.descript,
                code.abbr,
                pattern,
                defs[cat.DEF_PROC_CODE_CATS, code.category],
                code.treat_area,
                no_bill,
                1 if code.code in _PROSTHESES else 0,
                note,
                int(code.hygiene),
                0,
                colour,
                "",
                0,
                subst,
                b.stamp(_setup_day(b)),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            )
        )
        codes[code.code] = num
    return codes


FEESCHED_COLUMNS = (
    "FeeSchedNum",
    "Description",
    "FeeSchedType",
    "ItemOrder",
    "IsHidden",
    "IsGlobal",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
)
FEE_COLUMNS = (
    "FeeNum",
    "Amount",
    "OldCode",
    "FeeSched",
    "CodeNum",
    "ClinicNum",
    "ProvNum",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
)

# FeeSchedType: 0 normal, 1 co-pay.
_NORMAL, _COPAY = 0, 1


def _fee_schedules(b: Build) -> tuple[dict[int, dict[str, int]], list[int]]:
    """Write fee schedules; return their fees and their keys.

    The keys are ordered: standard, cash discount, capitation co-pay, then the PPO schedules.
    """
    sw = b.loader.writer("feesched", FEESCHED_COLUMNS)
    setup = _setup_day(b)
    ppo_count = min(40, max(3, b.patients // 1500))
    names = [("Standard", _NORMAL), ("Cash Discount", _NORMAL), ("Capitation Co-pay", _COPAY)]
    names += [
        (
            f"PPO {cat.CARRIER_NAMES[i % len(cat.CARRIER_NAMES)]}"
            + (f" {i // len(cat.CARRIER_NAMES) + 1}" if i >= len(cat.CARRIER_NAMES) else ""),
            _NORMAL,
        )
        for i in range(ppo_count)
    ]
    fees: dict[int, dict[str, int]] = {}
    scheds = []
    for order, (name, kind) in enumerate(names):
        num = b.ids.next("feesched")
        sw.add((num, name, kind, order, 0, 1, 1, setup, b.stamp(setup)))
        scheds.append(num)
        fees[num] = {code.code: _scheduled_fee(b, order, code) for code in cat.CODES}
    return fees, scheds


def _scheduled_fee(b: Build, order: int, code: cat.Code) -> int:
    if order == 0:
        return code.fee
    if order == 1:
        return code.fee * 9 // 1000 * 100
    if order == 2:
        share = {"preventive": 0, "basic": 20, "major": 45, "ortho": 50}.get(code.coverage, 100)
        return code.fee * share // 10000 * 100
    factor = b.rng.uniform(0.55, 0.85)
    return int(code.fee * factor) // 100 * 100 + b.rng.choice((0, 0, 0, 50, 99))


def _fees(
    b: Build,
    codes: dict[str, int],
    dentists: list[Provider],
    fees: dict[int, dict[str, int]],
    standard: int,
) -> dict[tuple[int, str], int]:
    """Write every schedule's fees plus a few overrides; return the provider overrides."""
    w = b.loader.writer("fee", FEE_COLUMNS)
    provider_fees: dict[tuple[int, str], int] = {}
    setup = _setup_day(b)
    for sched, amounts in fees.items():
        for code, amount in amounts.items():
            w.add(
                (
                    b.ids.next("fee"),
                    amount / 100,
                    "",
                    sched,
                    codes[code],
                    0,
                    0,
                    1,
                    setup,
                    b.stamp(b.day_between(setup, b.last_day)),
                )
            )
    premium = ("D2740", "D2750", "D3330", "D6010", "D6058", "D4341")
    for prov in dentists:
        for code in b.rng.sample(premium, 3):
            amount = fees[standard][code] + b.rng.choice((5000, 7500, 10000))
            provider_fees[prov.num, code] = amount
            w.add(
                (
                    b.ids.next("fee"),
                    amount / 100,
                    "",
                    standard,
                    codes[code],
                    0,
                    prov.num,
                    1,
                    setup,
                    b.stamp(b.day_between(setup, b.last_day)),
                )
            )
        # Clinic-level overrides exist in the table but this practice prices by provider.
        for code in b.rng.sample(premium, 2):
            w.add(
                (
                    b.ids.next("fee"),
                    (fees[standard][code] + 2500) / 100,
                    "",
                    standard,
                    codes[code],
                    prov.clinic,
                    0,
                    1,
                    setup,
                    b.stamp(setup),
                )
            )
    return provider_fees


PROVIDER_COLUMNS = (
    "ProvNum",
    "Abbr",
    "ItemOrder",
    "LName",
    "FName",
    "MI",
    "Suffix",
    "FeeSched",
    "Specialty",
    "SSN",
    "StateLicense",
    "DEANum",
    "IsSecondary",
    "ProvColor",
    "IsHidden",
    "SigOnFile",
    "NationalProvID",
    "DateTStamp",
    "TaxonomyCodeOverride",
    "EcwID",
    "StateRxID",
    "StateWhereLicensed",
    "CustomID",
    "ProvStatus",
    "IsHiddenReport",
    "Birthdate",
    "SchedNote",
    "WebSchedDescript",
    "WebSchedImageLocation",
    "HourlyProdGoalAmt",
    "DateTerm",
    "PreferredName",
)
OPERATORY_COLUMNS = (
    "OperatoryNum",
    "OpName",
    "Abbrev",
    "ItemOrder",
    "IsHidden",
    "ProvDentist",
    "ProvHygienist",
    "IsHygiene",
    "ClinicNum",
    "SetProspective",
    "DateTStamp",
    "IsWebSched",
    "IsNewPatAppt",
    "OperatoryType",
)
USER_COLUMNS = (
    "UserNum",
    "UserName",
    "Password",
    "UserGroupNum",
    "EmployeeNum",
    "ClinicNum",
    "ProvNum",
    "IsHidden",
    "PasswordIsStrong",
    "ClinicIsRestricted",
    "DateTFail",
    "FailedAttempts",
    "DomainUser",
    "MobileWebPin",
    "DateTLastLogin",
    "EClipboardClinicalPin",
    "BadgeId",
)


def _providers(
    b: Build, clinics: tuple[int, ...], defs: dict[tuple[int, str], int], standard: int
) -> tuple[list[Provider], list[Provider], Provider]:
    dentist_count = min(12, 2 + b.patients // 4000)
    hygienist_count = min(16, 2 + b.patients // 3000)
    people = [(name, False) for name in _names(b, cat.DENTISTS, dentist_count + 1)]
    people += [(name, True) for name in _names(b, cat.HYGIENISTS, hygienist_count)]
    pw = b.loader.writer("provider", PROVIDER_COLUMNS)
    ow = b.loader.writer("operatory", OPERATORY_COLUMNS)
    setup = _setup_day(b)
    dentists, hygienists = [], []
    former: Provider | None = None
    for order, ((last, first, suffix), hygienist) in enumerate(people):
        num = b.ids.next("provider")
        op = b.ids.next("operatory")
        clinic = clinics[order % len(clinics)]
        is_former = not hygienist and former is None
        abbr = ("RDH-" if hygienist else "Dr") + first[0] + last[0] + str(num)
        specialty = defs[cat.DEF_PROV_SPECIALTIES, "Hygienist" if hygienist else "General"]
        term = _former_until(b) if is_former else date(1, 1, 1)
        pw.add(
            (
                num,
                abbr,
                order,
                last,
                first,
                "",
                suffix,
                standard,
                specialty,
                f"{b.rng.randint(10**8, 10**9 - 1)}",
                f"OR{b.rng.randint(1000, 99999)}",
                "" if hygienist else f"B{b.rng.randint(10**6, 10**7 - 1)}",
                1 if hygienist else 0,
                cat.argb(b.rng.randint(0, 255), b.rng.randint(0, 255), 200),
                1 if is_former else 0,
                1,
                f"1{b.rng.randint(10**8, 10**9 - 1)}",
                b.stamp(term if is_former else setup, 300),
                "",
                "",
                "",
                "OR",
                "",
                1 if is_former else 0,
                0,
                date(b.rng.randint(1960, 1992), b.rng.randint(1, 12), b.rng.randint(1, 28)),
                "",
                "",
                "",
                350.0 if not hygienist else 150.0,
                term,
                first,
            )
        )
        op_name = f"{'Hyg' if hygienist else 'Op'} {order + 1}"
        ow.add(
            (
                op,
                op_name,
                op_name.replace(" ", ""),
                order,
                1 if is_former else 0,
                0 if hygienist else num,
                num if hygienist else 0,
                int(hygienist),
                clinic,
                0,
                b.stamp(setup, 200),
                int(hygienist),
                0,
                0,
            )
        )
        user = _provider_user(b, num, clinic, first, last)
        prov = Provider(num=num, clinic=clinic, op=op, user=user, hygienist=hygienist)
        if is_former:
            former = prov
        elif hygienist:
            hygienists.append(prov)
        else:
            dentists.append(prov)
    assert former is not None
    return dentists, hygienists, former


def _names(
    b: Build, fixed: tuple[tuple[str, str, str], ...], count: int
) -> list[tuple[str, str, str]]:
    suffix = fixed[0][2]
    names = list(fixed[:count])
    while len(names) < count:
        first = b.rng.choice(cat.FEMALE_NAMES + cat.MALE_NAMES)
        names.append((b.rng.choice(cat.SURNAMES), first, suffix))
    return names


def _password(b: Build) -> str:
    salt = b.rng.randbytes(12).hex()
    return "SHA3-512$" + salt + "$" + hashlib.sha3_512(salt.encode()).hexdigest()[:64]


def _provider_user(b: Build, prov: int, clinic: int, first: str, last: str) -> int:
    w = b.loader.writer("userod", USER_COLUMNS)
    num = b.ids.next("userod")
    name = (first[0] + last).lower().replace("'", "").replace(" ", "")
    pin = f"{b.rng.randint(0, 9999):04d}" if b.rng.random() < 0.5 else ""
    w.add(
        (
            num,
            name,
            _password(b),
            2,
            0,
            clinic,
            prov,
            0,
            1,
            0,
            date(1, 1, 1),
            0,
            "",
            pin,
            b.at(b.last_day),
            f"{b.rng.randint(0, 9999):04d}",
            "",
        )
    )
    return num


def _staff_users(b: Build, clinics: tuple[int, ...]) -> list[int]:
    """Write the front-office users; return those who still work at the practice."""
    w = b.loader.writer("userod", USER_COLUMNS)
    users = []
    for i, name in enumerate(cat.STAFF):
        num = b.ids.next("userod")
        clinic = 0 if name in {"admin", "officemgr", "billing"} else clinics[i % len(clinics)]
        hidden = 1 if name == "assistant2" else 0
        failed = b.at(b.last_day) if name == "frontdesk2" else date(1, 1, 1)
        w.add(
            (
                num,
                name,
                _password(b),
                1 if name == "admin" else 3,
                i + 1,
                clinic,
                0,
                hidden,
                1,
                int(clinic != 0),
                failed,
                2 if name == "frontdesk2" else 0,
                "",
                f"{b.rng.randint(0, 9999):04d}" if i % 3 == 0 else "",
                b.at(b.last_day),
                "",
                f"B{i:03d}" if i < 4 else "",
            )
        )
        if not hidden:
            users.append(num)
    return users


CARRIER_COLUMNS = (
    "CarrierNum",
    "CarrierName",
    "Address",
    "Address2",
    "City",
    "State",
    "Zip",
    "Phone",
    "ElectID",
    "NoSendElect",
    "IsCDA",
    "IsHidden",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
    "TIN",
    "CarrierGroupName",
    "ApptTextBackColor",
)
PLAN_COLUMNS = (
    "PlanNum",
    "GroupName",
    "GroupNum",
    "PlanNote",
    "FeeSched",
    "PlanType",
    "ClaimFormNum",
    "CopayFeeSched",
    "EmployerNum",
    "CarrierNum",
    "AllowedFeeSched",
    "TrojanID",
    "DivisionNo",
    "IsHidden",
    "MonthRenew",
    "CanadianPlanFlag",
    "CanadianDiagnosticCode",
    "CanadianInstitutionCode",
    "RxBIN",
    "SopCode",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
    "BillingType",
)
LEFTOVER_COLUMNS = (
    "PlanNum",
    "GroupName",
    "GroupNum",
    "PlanNote",
    "FeeSched",
    "PlanType",
    "CarrierNum",
    "IsHidden",
)


def _insurance(b: Build, scheds: list[int]) -> list[Plan]:
    cw = b.loader.writer("carrier", CARRIER_COLUMNS)
    setup = _setup_day(b)
    carriers: list[tuple[int, str]] = []
    for i in range(min(2000, max(6, b.patients // 25))):
        num = b.ids.next("carrier")
        base = cat.CARRIER_NAMES[i % len(cat.CARRIER_NAMES)]
        region = cat.CARRIER_REGIONS[(i // len(cat.CARRIER_NAMES)) % len(cat.CARRIER_REGIONS)]
        name = f"{base} {region}".strip()
        city, state, zip3 = b.rng.choice(cat.PLACES)
        # NoSendElect is tinyint(1) yet holds three values: 0 send, 1 never send, 2 secondary only.
        no_send = i if i < 3 else b.rng.choices((0, 1, 2), (85, 10, 5))[0]
        entered = b.day_between(setup, b.last_day)
        cw.add(
            (
                num,
                name,
                f"PO Box {b.rng.randint(100, 99999)}",
                "",
                city,
                state,
                f"{zip3}{b.rng.randint(10, 99)}",
                f"800555{b.rng.randint(1000, 9999)}",
                f"{b.rng.randint(10000, 99999)}",
                no_send,
                0,
                1 if b.rng.random() < 0.03 else 0,
                1,
                entered,
                b.stamp(entered, 200),
                f"{b.rng.randint(10, 99)}-{b.rng.randint(10**6, 10**7 - 1)}",
                0,
                0,
            )
        )
        carriers.append((num, name))
    pw = b.loader.writer("insplan", PLAN_COLUMNS)
    ppo_scheds = scheds[3:]
    plans = []
    for index in range(max(10, b.patients // 6)):
        num = b.ids.next("insplan")
        carrier, carrier_name = b.rng.choice(carriers)
        kind = b.rng.choices(("", "p", "c"), (55, 42, 3))[0] if index else "c"
        allowed = b.rng.choice(ppo_scheds) if kind == "p" else 0
        copay = scheds[2] if kind == "c" else 0
        entered = b.day_between(setup, b.last_day)
        note = b.rng.choice(
            (
                "",
                "",
                "Frequency: BWX 1/yr, Pano 1/5yrs",
                "Waiting period on major: 12 mo.",
                "Missing tooth clause!",
            )
        )
        pw.add(
            (
                num,
                b.rng.choice(cat.EMPLOYERS),
                f"{b.rng.randint(10**5, 10**8)}",
                note,
                allowed,
                kind,
                1,
                copay,
                0,
                carrier,
                0,
                "",
                "",
                1 if b.rng.random() < 0.02 else 0,
                b.rng.choice((1, 1, 1, 7)),
                "",
                "",
                "",
                "",
                "",
                1,
                entered,
                b.stamp(entered, 300),
                0,
            )
        )
        plans.append(Plan(num, carrier, carrier_name, kind, allowed, copay))
    leftover = b.loader.writer("tempinsplan_bak_20200424", LEFTOVER_COLUMNS)
    for plan in plans[:5]:
        leftover.add(
            (
                plan.num,
                "OLD " + b.rng.choice(cat.EMPLOYERS),
                None,
                "",
                plan.allowed_sched,
                plan.kind,
                plan.carrier,
                0,
            )
        )
    return plans


REFERRAL_COLUMNS = (
    "ReferralNum",
    "LName",
    "FName",
    "MName",
    "Specialty",
    "ST",
    "Telephone",
    "Address",
    "City",
    "Zip",
    "Note",
    "IsHidden",
    "NotPerson",
    "Title",
    "EMail",
    "PatNum",
    "NationalProvID",
    "IsDoctor",
    "DateTStamp",
    "IsPreferred",
    "BusinessName",
    "DisplayNote",
)


def _referrals(b: Build) -> list[int]:
    w = b.loader.writer("referral", REFERRAL_COLUMNS)
    setup = _setup_day(b)
    nums = []
    for name, first, note in cat.REFERRAL_SOURCES:
        num = b.ids.next("referral")
        w.add(
            (
                num,
                name,
                first,
                "",
                0,
                "",
                "",
                "",
                "",
                "",
                note,
                0,
                1,
                "",
                "",
                0,
                "",
                0,
                b.stamp(setup),
                0,
                "",
                "",
            )
        )
        nums.append(num)
    doctors = len(cat.REFERRAL_DOCTORS) + b.patients // 1000
    for i in range(doctors):
        last, first, specialty = cat.REFERRAL_DOCTORS[i % len(cat.REFERRAL_DOCTORS)]
        if i >= len(cat.REFERRAL_DOCTORS):
            last = f"{last}-{b.rng.choice(('Ames', 'Byrne', 'Cole', 'Dahl', 'Ekström'))}"
        city, state, zip3 = b.rng.choice(cat.PLACES[:10])
        num = b.ids.next("referral")
        entered = b.day_between(setup, b.last_day)
        w.add(
            (
                num,
                last,
                first,
                "",
                0,
                state,
                f"503555{b.rng.randint(1000, 9999)}",
                f"{b.rng.randint(100, 9999)} {b.rng.choice(cat.STREETS[:13])}",
                city,
                f"{zip3}{b.rng.randint(10, 99)}",
                f"Refer for {specialty.lower()}.",
                0,
                0,
                "DDS",
                f"{first.lower()[0]}{last.lower().replace(chr(39), '')}@example.com",
                0,
                f"1{b.rng.randint(10**8, 10**9 - 1)}",
                1,
                b.stamp(entered, 200),
                int(i < 3),
                f"{last} {specialty}",
                "",
            )
        )
        nums.append(num)
    return nums


SCHEDULE_COLUMNS = (
    "ScheduleNum",
    "SchedDate",
    "StartTime",
    "StopTime",
    "SchedType",
    "ProvNum",
    "BlockoutType",
    "Note",
    "Status",
    "EmployeeNum",
    "DateTStamp",
    "ClinicNum",
)

# SchedType: 0 practice (notes, holidays), 1 provider, 2 blockout.
_PRACTICE, _PROVIDER, _BLOCKOUT = 0, 1, 2


def _schedules(b: Build, office: Office, defs: dict[tuple[int, str], int]) -> None:
    """Write provider working days from the start of history to 60 days past the snapshot."""
    w = b.loader.writer("schedule", SCHEDULE_COLUMNS)
    providers = office.dentists + office.hygienists
    days_off = {p.num: b.rng.randint(0, 4) for p in providers}
    lunch = defs[cat.DEF_BLOCKOUT_TYPES, "Lunch"]
    day = next_weekday(b.start)
    last = b.as_of + timedelta(days=60)
    while day <= last:
        written = min(day - timedelta(days=14), b.last_day)
        if day.month == 11 and 22 <= day.day <= 28 and day.weekday() == 3:
            w.add(
                (
                    b.ids.next("schedule"),
                    day,
                    time(0),
                    time(0),
                    _PRACTICE,
                    0,
                    0,
                    "Office closed - Thanksgiving",
                    0,
                    0,
                    b.stamp(written),
                    0,
                )
            )
        else:
            for prov in providers:
                if day.weekday() == days_off[prov.num]:
                    continue
                w.add(
                    (
                        b.ids.next("schedule"),
                        day,
                        time(8),
                        time(17),
                        _PROVIDER,
                        prov.num,
                        0,
                        "",
                        0,
                        0,
                        b.stamp(written),
                        prov.clinic,
                    )
                )
            for clinic in office.clinics:
                if day.weekday() == 2:
                    w.add(
                        (
                            b.ids.next("schedule"),
                            day,
                            time(12),
                            time(13),
                            _BLOCKOUT,
                            0,
                            lunch,
                            "Lunch & learn",
                            0,
                            0,
                            b.stamp(written),
                            clinic,
                        )
                    )
        day = next_weekday(day + timedelta(days=1))
    on_call = office.dentists[0]
    on_call_day = next_weekday(b.start + timedelta(days=45))
    # OpenDental stores a shift's end as a time span, so an overnight shift ends past 24:00.
    w.add(
        (
            b.ids.next("schedule"),
            on_call_day,
            time(18),
            "26:30:00",
            _PROVIDER,
            on_call.num,
            0,
            "On call overnight",
            0,
            0,
            b.stamp(on_call_day),
            on_call.clinic,
        )
    )
    w.add(
        (
            b.ids.next("schedule"),
            "0000-00-00",
            time(9),
            time(10),
            _BLOCKOUT,
            0,
            lunch,
            "",
            0,
            0,
            b.stamp(b.start),
            office.clinics[0],
        )
    )
