"""A patient's chart: appointments and procedures over the years, and what was charged."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from synthetic_practice import catalog as cat
from synthetic_practice import claims, contacts
from synthetic_practice.build import next_weekday
from synthetic_practice.model import PATIENT, Charge, Visit, age

if TYPE_CHECKING:
    from synthetic_practice.build import Build
    from synthetic_practice.model import Member
    from synthetic_practice.office import Provider

# procedurelog.ProcStatus
TP, COMPLETE, EXISTING_CUR, EXISTING_OTHER, REFERRED, DELETED, CONDITION, TP_INACTIVE = range(1, 9)
# appointment.AptStatus
SCHEDULED, COMPLETED, UNSCHED_LIST, BROKEN, PLANNED = 1, 2, 3, 5, 6
#: The adjustment type the office charges a broken appointment with.
BROKEN_APPOINTMENT_ADJUSTMENT = "Broken Appointment"

NEVER = date(1, 1, 1)
NEVER_AT = datetime(1, 1, 1)
CODES = {code.code: code for code in cat.CODES}
_TREATMENT_CODES = [CODES[c] for c, _ in cat.TREATMENT]
_TREATMENT_WEIGHTS = [w for _, w in cat.TREATMENT]
_CHILD_TREATMENT = {"D2391", "D2392", "D2330", "D2140", "D3220", "D7140", "D0220"}
_EXISTING = ("D2391", "D2392", "D2150", "D2740", "D2750", "D3330", "D7140", "D2393", "D6058")

PROC_COLUMNS = (
    "ProcNum",
    "PatNum",
    "AptNum",
    "OldCode",
    "ProcDate",
    "ProcFee",
    "Surf",
    "ToothNum",
    "ToothRange",
    "Priority",
    "ProcStatus",
    "ProvNum",
    "PlannedAptNum",
    "PlaceService",
    "Prosthesis",
    "DateOriginalProsth",
    "ClaimNote",
    "DateEntryC",
    "ClinicNum",
    "DiagnosticCode",
    "CodeNum",
    "UnitQty",
    "BaseUnits",
    "DateTP",
    "CanadianTypeCodes",
    "ProcTime",
    "ProcTimeEnd",
    "DateTStamp",
    "BillingNote",
    "SnomedBodySite",
    "Discount",
    "IcdVersion",
    "SecUserNumEntry",
    "SecDateEntry",
    "DateComplete",
)
APPOINTMENT_COLUMNS = (
    "AptNum",
    "PatNum",
    "AptStatus",
    "Pattern",
    "Confirmed",
    "TimeLocked",
    "Op",
    "Note",
    "ProvNum",
    "ProvHyg",
    "AptDateTime",
    "NextAptNum",
    "UnschedStatus",
    "IsNewPatient",
    "ProcDescript",
    "Assistant",
    "ClinicNum",
    "IsHygiene",
    "DateTStamp",
    "DateTimeArrived",
    "DateTimeSeated",
    "DateTimeDismissed",
    "InsPlan1",
    "InsPlan2",
    "DateTimeAskedToArrive",
    "ProcsColored",
    "ColorOverride",
    "AppointmentTypeNum",
    "SecUserNumEntry",
    "SecDateTEntry",
    "Priority",
    "ProvBarText",
    "PatternSecondary",
    "SecurityHash",
    "ItemOrderPlanned",
)


class Spec(NamedTuple):
    """A procedure to chart: code, where in the mouth, and how many units."""

    code: cat.Code
    tooth: str = ""
    surf: str = ""
    qty: int = 1


def chart_member(b: Build, m: Member, engagement: str) -> Chart:
    """Write a patient's appointments and procedures and return the chart with its visits."""
    chart = Chart(b, m)
    days = chart.recall_days(engagement)
    for index, day in enumerate(days):
        chart.hygiene_visit(day, index)
    if engagement == "regular" and days and m.status == PATIENT:
        chart.next_recall(days[-1])
    if days:
        chart.emergencies(days[0])
        chart.ortho(days[0])
    chart.visits.sort(key=lambda v: v.day)
    return chart


class Chart:
    """Writes one patient's appointments and procedures; keeps what the ledger needs."""

    def __init__(self, b: Build, m: Member) -> None:
        self.b = b
        self.m = m
        self.visits: list[Visit] = []
        self.last_hygiene: date | None = None
        self.scheduled_hygiene: date | None = None
        self.broken = 0

    def recall_days(self, engagement: str) -> list[date]:
        """Return the days of the patient's completed check-ups, oldest first."""
        b, rng = self.b, self.b.rng
        first = max(b.start, self.m.entered or b.start)
        if engagement == "none" or first >= b.last_day:
            return []
        if engagement == "once":
            day = next_weekday(b.day_between(first, b.last_day))
            return [day] if day < b.as_of else []
        gap, churn = (182, 0.04) if engagement == "regular" else (rng.randint(150, 400), 0.2)
        day = next_weekday(first + timedelta(days=rng.randint(0, 150)))
        days = []
        while day < b.as_of:
            days.append(day)
            if (engagement == "few" and len(days) >= 4) or rng.random() < churn:
                break
            day = next_weekday(day + timedelta(days=gap + rng.randint(-20, 25)))
        return days

    def hygiene_visit(self, day: date, index: int) -> None:
        """A check-up: exam, cleaning and x-rays, then whatever treatment the exam finds."""
        b, m, rng = self.b, self.m, self.b.rng
        if rng.random() < 0.07:
            self.broken_appointment(
                day - timedelta(days=rng.randint(7, 28)), m.hygienist, hygiene=True
            )
        new = m.first_visit is None
        exam = "D0150" if new else ("D0180" if m.perio and rng.random() < 0.5 else "D0120")
        dentist_work = [Spec(CODES[exam])]
        hygiene_work, xrays = self._cleaning(day, index, new=new)
        apt = self.appointment(
            COMPLETED,
            day,
            m.hygienist,
            dentist_work + hygiene_work,
            hygiene=True,
            new=new,
            created=day - timedelta(days=rng.randint(1, 170)),
        )
        self.complete(
            apt,
            day,
            [(s, m.dentist) for s in dentist_work] + [(s, m.hygienist) for s in hygiene_work],
        )
        if new:
            m.first_visit = day
            self.existing(day)
            contacts.forms(b, m, day)
        elif index == 0:
            # The conversion brought over what was charted in the old system.
            self.existing(day)
        if xrays:
            contacts.radiograph(b, m, day, xrays[-1])
        self.last_hygiene = day
        self.treatment(day)

    def _cleaning(self, day: date, index: int, *, new: bool) -> tuple[list[Spec], list[str]]:
        """Return the hygienist's work at a check-up and the x-ray codes among it."""
        m, rng = self.m, self.b.rng
        child = age(m.birth, day) < 14
        clean = "D1120" if child else ("D4910" if m.perio else "D1110")
        hygiene_work = [Spec(CODES[clean])]
        if new:
            xrays = (
                ["D0210"]
                if not child and rng.random() < 0.5
                else ["D0330", "D0272" if child else "D0274"]
            )
        elif index % 2 == 0:
            xrays = ["D0272" if child else "D0274"]
        else:
            xrays = ["D0330"] if rng.random() < 0.05 else []
        hygiene_work += [Spec(CODES[x]) for x in xrays]
        if child and rng.random() < 0.8:
            hygiene_work.append(Spec(CODES["D1206"]))
        if child and rng.random() < 0.4:
            hygiene_work.append(Spec(CODES["D1330"]))
        if child and rng.random() < 0.2:
            hygiene_work += [
                Spec(CODES["D1351"], tooth)
                for tooth in ("3", "14", "19", "30")[: rng.randint(2, 4)]
            ]
        if not child and rng.random() < 0.25:
            hygiene_work.append(Spec(CODES["D0431"]))
        if not child and rng.random() < 0.15:
            hygiene_work.append(Spec(CODES["D1208"]))
        if rng.random() < 0.1:
            tooth = rng.choice(cat.POSTERIOR_TEETH)
            hygiene_work += [
                Spec(CODES["D0220"], tooth),
                Spec(CODES["D0230"], tooth, qty=rng.choice((1, 2))),
            ]
        return hygiene_work, xrays

    def treatment(self, day: date) -> None:
        """Treatment found at an exam: done later, still planned, or dropped."""
        b, m, rng = self.b, self.m, self.b.rng
        child = age(m.birth, day) < 14
        if rng.random() >= (0.25 if child else 0.5):
            return
        specs = []
        for _ in range(rng.choices((1, 2, 3, 4), (45, 30, 15, 10))[0]):
            code = rng.choices(_TREATMENT_CODES, _TREATMENT_WEIGHTS)[0]
            if child and code.code not in _CHILD_TREATMENT:
                code = CODES["D2391"]
            specs.append(_place(rng, code))
            if code.code in ("D2740", "D2750") and rng.random() < 0.5:
                specs.append(Spec(CODES["D2950"], specs[-1].tooth))
        if any(s.code.category == "Fillings" for s in specs) and rng.random() < 0.3:
            specs.append(Spec(CODES["D9215"], qty=2 if rng.random() < 0.3 else 1))
        if any(s.code.fee >= 80000 for s in specs) and m.coverage(day) and rng.random() < 0.5:
            items = [
                claims.Item(0, s.code, s.qty, self.fee(s, m.dentist, day), m.dentist.num)
                for s in specs
            ]
            claims.preauthorize(b, m, day, items)
        roll = rng.random()
        if roll < 0.6:
            self.restorative(day, specs)
        elif roll < 0.85:
            planned = (
                self.appointment(PLANNED, None, m.dentist, specs, created=day)
                if rng.random() < 0.4
                else 0
            )
            self.planned(day, specs, TP, planned_apt=planned)
        elif roll < 0.91:
            self.planned(day, specs, TP_INACTIVE)
        elif roll < 0.96:
            nums = self.planned(day, specs, DELETED)
            for num in nums:
                b.log(
                    b.at(min(day + timedelta(days=rng.randint(0, 60)), b.last_day)),
                    cat.PERM_PROC_DELETE,
                    b.office.staff_users[0],
                    m.num,
                    num,
                    text="Procedure deleted",
                )
        else:
            nums = self.planned(day, specs, REFERRED)
            contacts.refer_out(b, m, day, nums[0], m.dentist.num)

    def restorative(self, planned_on: date, specs: list[Spec]) -> None:
        """Book the treatment; it is done, or still on the books at the snapshot."""
        b, m, rng = self.b, self.m, self.b.rng
        when = next_weekday(planned_on + timedelta(days=rng.randint(7, 50)))
        if rng.random() < 0.1:
            self.broken_appointment(when, m.dentist, hygiene=False)
            when = next_weekday(when + timedelta(days=rng.randint(7, 21)))
        if when < b.as_of:
            apt = self.appointment(COMPLETED, when, m.dentist, specs, created=planned_on)
            self.complete(apt, when, [(s, m.dentist) for s in specs], planned_on=planned_on)
        elif when <= b.as_of + timedelta(days=120):
            apt = self.appointment(SCHEDULED, when, m.dentist, specs, created=planned_on)
            self.planned(planned_on, specs, TP, apt=apt, proc_day=when)
        else:
            apt = self.appointment(UNSCHED_LIST, when, m.dentist, specs, created=planned_on)
            self.planned(planned_on, specs, TP)

    def next_recall(self, last: date) -> None:
        """Book the next check-up if the patient is due within a few months."""
        b, m, rng = self.b, self.m, self.b.rng
        due = last + timedelta(days=182)
        if due < b.as_of:
            if rng.random() >= 0.4:
                return
            when = next_weekday(b.as_of + timedelta(days=rng.randint(0, 20)))
        elif due <= b.as_of + timedelta(days=200) and rng.random() < 0.75:
            when = next_weekday(due)
        else:
            return
        child = age(m.birth, when) < 14
        cleaning = "D1120" if child else ("D4910" if m.perio else "D1110")
        specs = [Spec(CODES["D0120"]), Spec(CODES[cleaning])]
        if rng.random() < 0.5:
            specs.append(Spec(CODES["D0272" if child else "D0274"]))
        apt = self.appointment(SCHEDULED, when, m.hygienist, specs, hygiene=True, created=last)
        self.planned(last, specs[:1], TP, apt=apt, proc_day=when, prov=m.dentist)
        self.planned(last, specs[1:], TP, apt=apt, proc_day=when, prov=m.hygienist)
        self.scheduled_hygiene = when

    def emergencies(self, first: date) -> None:
        """Occasional toothaches seen by the dentist."""
        b, m, rng = self.b, self.m, self.b.rng
        years = (b.last_day - first).days / 365
        for _ in range(int(years * 0.08 + rng.random())):
            if rng.random() >= 0.7:
                continue
            day = next_weekday(b.day_between(first, b.last_day))
            if day >= b.as_of:
                continue
            tooth = rng.choice(cat.POSTERIOR_TEETH)
            specs = [Spec(CODES["D0140"]), Spec(CODES["D0220"], tooth)]
            if rng.random() < 0.5:
                specs.append(Spec(CODES["D9110"], tooth))
            apt = self.appointment(COMPLETED, day, m.dentist, specs, created=day)
            self.complete(apt, day, [(s, m.dentist) for s in specs])

    def ortho(self, first: date) -> None:
        """Braces for some adolescents: one treatment fee, then monthly adjustment visits."""
        b, m, rng = self.b, self.m, self.b.rng
        if not 9 <= age(m.birth, first) <= 15 or rng.random() >= 0.08:
            return
        start = next_weekday(first + timedelta(days=rng.randint(20, 120)))
        if start >= b.as_of:
            return
        case = Spec(CODES["D8080"])
        apt = self.appointment(COMPLETED, start, m.dentist, [case], created=first)
        self.complete(apt, start, [(case, m.dentist)], installments=24)
        for month in range(1, 25):
            when = next_weekday(start + timedelta(days=30 * month))
            visit = Spec(CODES["D8670"])
            if when >= b.as_of:
                apt = self.appointment(SCHEDULED, when, m.dentist, [visit], created=start)
                self.planned(start, [visit], TP, apt=apt, proc_day=when, free=True)
                break
            apt = self.appointment(COMPLETED, when, m.dentist, [visit], created=start)
            self.complete(apt, when, [(visit, m.dentist)], free=True)

    def existing(self, day: date) -> None:
        """Chart the work other offices did before the patient came (statuses EO and EC)."""
        b, m, rng = self.b, self.m, self.b.rng
        if rng.random() >= (0.2 if age(m.birth, day) < 14 else 0.85):
            return
        w = b.loader.writer("procedurelog", PROC_COLUMNS)
        for _ in range(rng.randint(3, 14)):
            spec = _place(rng, CODES[rng.choice(_EXISTING)])
            status = EXISTING_OTHER if rng.random() < 0.65 else EXISTING_CUR
            when = NEVER if status == EXISTING_OTHER and rng.random() < 0.5 else day
            fee = 0.0 if status == EXISTING_OTHER else self.fee(spec, m.dentist, day) / 100
            w.add(
                self._proc_row(
                    b.ids.next("procedurelog"),
                    0,
                    spec,
                    status,
                    m.dentist,
                    day=when,
                    fee=fee,
                    date_tp=NEVER,
                    entered=b.at(day),
                    stamp=b.stamp(day, 5),
                )
            )

    def broken_appointment(self, day: date, prov: Provider, *, hygiene: bool) -> None:
        """A no-show or late cancellation; the office sometimes charges for it.

        The charge (D9986 missed, D9987 cancelled) often comes before the patient's first
        visit, which it never is.
        """
        b, m = self.b, self.m
        day = next_weekday(max(day, b.start))
        if day >= b.as_of:
            return
        # Some no-shows were never marked broken and still read "scheduled"; the office breaks
        # the others three ways: marked broken, sent to the unscheduled list ("Break, send to
        # unscheduled list"), or deleted ("Break, delete"), which leaves only its charge.
        roll = b.rng.random()
        status = (
            SCHEDULED
            if roll < 0.05
            else UNSCHED_LIST
            if roll < 0.15
            else None
            if roll < 0.22
            else BROKEN
        )
        if status is not None:
            self.appointment(
                status, day, prov, [], hygiene=hygiene, created=day - timedelta(days=30)
            )
        self.broken += 1
        if b.rng.random() < 0.3:
            code = "D9986" if b.rng.random() < 0.7 else "D9987"
            self.complete(0, day, [(Spec(CODES[code]), m.dentist)])
        elif status is None or b.rng.random() < 0.2:
            # Or the charge is an adjustment of the office's broken-appointment type.
            self.visits.append(
                Visit(m, day, adjustments=[(BROKEN_APPOINTMENT_ADJUSTMENT, 2500, prov.num)])
            )

    def appointment(
        self,
        status: int,
        day: date | None,
        prov: Provider,
        specs: list[Spec],
        *,
        created: date,
        hygiene: bool = False,
        new: bool = False,
    ) -> int:
        """Write an appointment and return its key.

        ``day`` None means a planned appointment with no date yet. Appointments from before the
        conversion to OpenDental were not brought over: they get key 0 and no row.
        """
        b, m, rng = self.b, self.m, self.b.rng
        if day is not None and day < b.converted and status in (COMPLETED, BROKEN, SCHEDULED):
            return 0
        num = b.ids.next("appointment")
        minutes = max(30, sum(s.code.minutes for s in specs)) // 10 * 10
        start = NEVER_AT
        if day is not None:
            start = datetime.combine(day, time(8)) + timedelta(minutes=10 * rng.randint(0, 48))
        created = max(min(created, b.last_day), b.start - timedelta(days=30))
        created_at = b.at(created)
        arrived = seated = dismissed = NEVER_AT
        if status == COMPLETED and rng.random() < 0.75:
            arrived = start - timedelta(minutes=rng.randint(0, 15))
            seated = start + timedelta(minutes=rng.randint(0, 12))
            dismissed = seated + timedelta(minutes=minutes)
        confirmed = _confirmation(rng, status)
        last_edit = day if day is not None and day < b.as_of else created
        descript = ", ".join(s.code.abbr for s in specs)
        dentist = m.dentist.num
        hyg = prov.num if prov.hygienist else 0
        plan1 = m.coverage(day or created, 1)
        plan2 = m.coverage(day or created, 2)
        note = rng.choice(cat.NOTES_APPT) if rng.random() < 0.1 else ""
        b.loader.writer("appointment", APPOINTMENT_COLUMNS).add(
            (
                num,
                m.num,
                status,
                "/" + "X" * (minutes // 5 - 2) + "/",
                b.office.defs[cat.DEF_APPT_CONFIRMED, confirmed],
                0,
                prov.op,
                note,
                dentist,
                hyg,
                start,
                0,
                b.office.defs[cat.DEF_RECALL_UNSCHED_STATUS, "Will Call Back"]
                if status == UNSCHED_LIST
                else 0,
                int(new),
                descript,
                0,
                prov.clinic,
                int(hygiene),
                b.stamp(last_edit, 3),
                arrived,
                seated,
                dismissed,
                plan1.plan.num if plan1 else 0,
                plan2.plan.num if plan2 else 0,
                start - timedelta(minutes=15) if start != NEVER_AT else NEVER_AT,
                "",
                0,
                0,
                b.office.staff_users[0],
                created_at,
                0,
                "",
                "",
                "",
                0,
            )
        )
        b.log(
            created_at,
            cat.PERM_APPOINTMENT_CREATE,
            b.office.staff_users[0],
            m.num,
            num,
            text=f"New appointment for {start:%m/%d/%Y %H:%M}"
            if start != NEVER_AT
            else "New planned appointment",
        )
        if status == COMPLETED and day is not None:
            b.log(
                b.at(day, 9, 17),
                cat.PERM_APPOINTMENT_EDIT,
                prov.user,
                m.num,
                num,
                text="Set complete",
            )
        if day is not None and status != PLANNED:
            contacts.appointment_messages(b, m, start, status, created)
        return num

    def complete(
        self,
        apt: int,
        day: date,
        work: list[tuple[Spec, Provider]],
        *,
        planned_on: date | None = None,
        installments: int = 0,
        free: bool = False,
    ) -> None:
        """Write completed procedures, bill insurance and remember the charges."""
        b, m, rng = self.b, self.m, self.b.rng
        w = b.loader.writer("procedurelog", PROC_COLUMNS)
        items = []
        entered = b.at(planned_on or day)
        for spec, booked in work:
            prov = booked
            if not prov.hygienist and day < b.office.former_until and rng.random() < 0.25:
                prov = b.office.former_dentist
            num = b.ids.next("procedurelog")
            fee = 0 if free else self.fee(spec, prov, day)
            times = ("00:00:00", "00:00:00")
            if not b.overnight_written:
                # A procedure timed across midnight: time columns hold spans beyond 24 hours.
                times, b.overnight_written = ("23:50:00", "26:30:00"), True
            elif rng.random() < 0.15:
                begin = b.at(day)
                times = (
                    begin.strftime("%H:%M:%S"),
                    (begin + timedelta(minutes=spec.code.minutes)).strftime("%H:%M:%S"),
                )
            w.add(
                self._proc_row(
                    num,
                    apt,
                    spec,
                    COMPLETE,
                    prov,
                    day=day,
                    fee=fee / 100,
                    date_tp=planned_on or day,
                    entered=entered,
                    stamp=b.stamp(day, 20),
                    completed=day,
                    times=times,
                )
            )
            b.log(
                b.at(day, 9, 17),
                cat.PERM_PROC_COMPLETE_CREATE,
                prov.user,
                m.num,
                num,
                text=f"{spec.code.code}, Fee: {fee / 100:.2f}",
            )
            items.append(claims.Item(num, spec.code, spec.qty, fee * spec.qty, prov.num))
        if rng.random() < 0.02 and work:
            spec, prov = work[0]
            w.add(
                self._proc_row(
                    b.ids.next("procedurelog"),
                    apt,
                    spec,
                    DELETED,
                    prov,
                    day=day,
                    fee=self.fee(spec, prov, day) / 100,
                    date_tp=day,
                    entered=entered,
                    stamp=b.stamp(day, 2),
                )
            )
        outcomes = claims.bill_visit(b, m, day, m.clinic, items)
        visit = Visit(m, day)
        for item, out in zip(items, outcomes, strict=True):
            if item.fee == 0:
                continue
            visit.charges.append(
                Charge(
                    proc=item.proc,
                    pat=m.num,
                    prov=item.prov,
                    clinic=m.clinic,
                    day=day,
                    fee=item.fee,
                    expected=item.fee - out.ins_est - out.wo_est,
                    final=item.fee - out.ins_paid - out.writeoff,
                    settled=out.settled,
                    insured=out.ins_paid + out.writeoff,
                    insured_on=out.received_on,
                    pending=out.pending,
                    installments=installments,
                )
            )
        if visit.charges:
            self.visits.append(visit)
        m.last_visit = max(m.last_visit or day, day)
        m.touch(day)

    def planned(
        self,
        planned_on: date,
        specs: list[Spec],
        status: int,
        *,
        apt: int = 0,
        planned_apt: int = 0,
        proc_day: date | None = None,
        prov: Provider | None = None,
        free: bool = False,
    ) -> list[int]:
        """Write procedures that are not done (planned, inactive, deleted or referred out)."""
        b, m = self.b, self.m
        prov = prov or m.dentist
        w = b.loader.writer("procedurelog", PROC_COLUMNS)
        nums, items = [], []
        for spec in specs:
            num = b.ids.next("procedurelog")
            fee = 0 if free else self.fee(spec, prov, planned_on)
            w.add(
                self._proc_row(
                    num,
                    apt,
                    spec,
                    status,
                    prov,
                    day=proc_day or planned_on,
                    fee=fee / 100,
                    date_tp=planned_on,
                    entered=b.at(planned_on),
                    stamp=b.stamp(planned_on, 30),
                    planned_apt=planned_apt,
                )
            )
            nums.append(num)
            items.append(claims.Item(num, spec.code, spec.qty, fee * spec.qty, prov.num))
        if status == TP:
            claims.estimate(b, m, planned_on, items)
        return nums

    def fee(self, spec: Spec, prov: Provider, day: date) -> int:
        """Return the unit fee in cents on ``day``; fees rose 3% each January."""
        base = self.b.office.ucr(spec.code.code, prov.num, self.m.fee_sched)
        years = max(self.b.as_of.year - day.year, 0)
        return base * (100 - 3 * years) // 10000 * 100 if years else base

    def _proc_row(
        self,
        num: int,
        apt: int,
        spec: Spec,
        status: int,
        prov: Provider,
        *,
        day: date,
        fee: float,
        date_tp: date,
        entered: datetime,
        stamp: datetime,
        completed: date = NEVER,
        times: tuple[str, str] = ("00:00:00", "00:00:00"),
        planned_apt: int = 0,
    ) -> tuple[object, ...]:
        code = spec.code
        return (
            num,
            self.m.num,
            apt,
            "",
            day,
            fee,
            spec.surf,
            spec.tooth,
            "",
            0,
            status,
            prov.num,
            planned_apt,
            0,
            "I" if code.code in ("D2740", "D2750", "D6058") else "",
            NEVER,
            "",
            completed,
            self.m.clinic,
            "",
            self.b.office.codes[code.code],
            spec.qty,
            0,
            date_tp,
            "",
            times[0],
            times[1],
            stamp,
            "",
            "",
            0.0,
            0,
            prov.user,
            entered,
            completed,
        )


_SURFACE_COUNT = {
    "D2140": 1,
    "D2150": 2,
    "D2330": 1,
    "D2331": 2,
    "D2391": 1,
    "D2392": 2,
    "D2393": 3,
    "D2394": 4,
}


def _place(rng: random.Random, code: cat.Code) -> Spec:
    """Pick a tooth and surfaces that suit the code."""
    choice = rng.choice
    if code.treat_area == 1:
        anterior = code.code in ("D2330", "D2331")
        tooth = choice(cat.ANTERIOR_TEETH if anterior else cat.POSTERIOR_TEETH)
        count = _SURFACE_COUNT.get(code.code, 1)
        surf = choice([s for s in cat.SURFACES if len(s) == count])
        return Spec(code, tooth, surf)
    if code.treat_area == 2:
        return Spec(code, choice(cat.POSTERIOR_TEETH + cat.ANTERIOR_TEETH))
    if code.treat_area == 4:
        return Spec(code, surf=choice(cat.QUADRANTS))
    if code.treat_area == 6:
        return Spec(code, surf=choice(("U", "L")))
    return Spec(code)


def _confirmation(rng: random.Random, status: int) -> str:
    choices = rng.choices
    if status == COMPLETED:
        return choices(("Front Desk", "Arrived", "Confirmed"), (50, 30, 20))[0]
    if status == SCHEDULED:
        return choices(
            ("Not Called", "Unconfirmed", "Texted", "Left Message", "Confirmed"),
            (30, 20, 20, 10, 20),
        )[0]
    return "Unconfirmed"
