"""A family's account: payments and their splits, adjustments, statements and balances.

Events (visits, insurance settlements, payments, month ends) run in date order. Each charge
keeps what the family still owes on it; payments split onto those charges oldest first.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count
from typing import TYPE_CHECKING

from synthetic_practice import catalog as cat
from synthetic_practice import contacts
from synthetic_practice.build import next_weekday
from synthetic_practice.model import age

if TYPE_CHECKING:
    from synthetic_practice.build import Build
    from synthetic_practice.model import Charge, Member, Visit

NEVER = date(1, 1, 1)
ZERO_DATE = "0000-00-00"
NO_END = date(2200, 1, 1)
# statement.Mode_
IN_PERSON, MAIL, EMAIL, ELECTRONIC = range(4)

PAYMENT_COLUMNS = (
    "PayNum",
    "PayType",
    "PayDate",
    "PayAmt",
    "CheckNum",
    "BankBranch",
    "PayNote",
    "IsSplit",
    "PatNum",
    "ClinicNum",
    "DateEntry",
    "DepositNum",
    "Receipt",
    "IsRecurringCC",
    "SecUserNumEntry",
    "SecDateTEdit",
    "PaymentSource",
    "ProcessStatus",
    "RecurringChargeDate",
    "ExternalId",
    "PaymentStatus",
    "IsCcCompleted",
    "MerchantFee",
)
PAYPLAN_COLUMNS = (
    "PayPlanNum",
    "PatNum",
    "Guarantor",
    "PayPlanDate",
    "APR",
    "Note",
    "PlanNum",
    "CompletedAmt",
    "InsSubNum",
    "PaySchedule",
    "NumberOfPayments",
    "PayAmt",
    "DownPayment",
    "IsClosed",
    "Signature",
    "SigIsTopaz",
    "PlanCategory",
    "IsDynamic",
    "ChargeFrequency",
    "DatePayPlanStart",
    "IsLocked",
    "DateInterestStart",
    "DynamicPayPlanTPOption",
    "MobileAppDeviceNum",
    "SecurityHash",
)
PAYPLANCHARGE_COLUMNS = (
    "PayPlanChargeNum",
    "PayPlanNum",
    "Guarantor",
    "PatNum",
    "ChargeDate",
    "Principal",
    "Interest",
    "Note",
    "ProvNum",
    "ClinicNum",
    "ChargeType",
    "ProcNum",
    "SecDateTEntry",
    "SecDateTEdit",
    "StatementNum",
    "FKey",
    "LinkType",
    "IsOffset",
)
# payplancharge.ChargeType
PAYPLAN_DEBIT, PAYPLAN_CREDIT = 0, 1
PAYSPLIT_COLUMNS = (
    "SplitNum",
    "SplitAmt",
    "PatNum",
    "ProcDate",
    "PayNum",
    "IsDiscount",
    "DiscountType",
    "ProvNum",
    "PayPlanNum",
    "DatePay",
    "ProcNum",
    "DateEntry",
    "UnearnedType",
    "ClinicNum",
    "SecUserNumEntry",
    "SecDateTEdit",
    "FSplitNum",
    "AdjNum",
    "PayPlanChargeNum",
    "PayPlanDebitType",
    "SecurityHash",
)
ADJUSTMENT_COLUMNS = (
    "AdjNum",
    "AdjDate",
    "AdjAmt",
    "PatNum",
    "AdjType",
    "ProvNum",
    "AdjNote",
    "ProcDate",
    "ProcNum",
    "DateEntry",
    "ClinicNum",
    "StatementNum",
    "SecUserNumEntry",
    "SecDateTEdit",
    "TaxTransID",
)
STATEMENT_COLUMNS = (
    "StatementNum",
    "PatNum",
    "DateSent",
    "DateRangeFrom",
    "DateRangeTo",
    "Note",
    "NoteBold",
    "Mode_",
    "HidePayment",
    "SinglePatient",
    "Intermingled",
    "IsSent",
    "DocNum",
    "DateTStamp",
    "IsReceipt",
    "IsInvoice",
    "IsInvoiceCopy",
    "EmailSubject",
    "EmailBody",
    "SuperFamily",
    "IsBalValid",
    "InsEst",
    "BalTotal",
    "StatementType",
    "ShortGUID",
    "StatementShortURL",
    "StatementURL",
    "SmsSendStatus",
    "LimitedCustomFamily",
)

# How a family pays: (at the visit, after insurance, days of delay after insurance).
HABITS = {
    "prompt": (0.85, 0.92, (3, 30)),
    "slow": (0.45, 0.75, (20, 90)),
    "poor": (0.15, 0.35, (45, 200)),
}


@dataclass
class Owed:
    """What the family still owes on one charge or adjustment, in cents."""

    pat: int
    prov: int
    clinic: int
    day: date
    due: int
    proc: int = 0
    adj: int = 0
    settled: bool = True
    #: Paid through a payment plan's installments, not by the family's other payments.
    on_plan: bool = False


@dataclass
class Totals:
    """Running ledger sums of one patient, in cents."""

    charged: int = 0
    adjusted: int = 0
    paid: int = 0
    insurance: int = 0
    pending: int = 0

    @property
    def balance(self) -> int:
        """Return what the patient's account shows: charges less everything credited."""
        return self.charged + self.adjusted - self.paid - self.insurance


@dataclass
class Plan:
    """A fixed payment plan while it is paid, in cents.

    Its charges are written when it is made; its own row waits for the family's history to
    end, because the office closes a plan once it is paid off.
    """

    num: int
    owed: Owed
    day: date
    note: str
    apr: float
    amount: int
    total: int
    #: Each charge: the day it is due, its principal and its interest.
    schedule: list[tuple[date, int, int]]
    #: The plan's own random source (its rate, declined cards, closing), so that plans leave
    #: the rest of the practice as it was.
    rng: random.Random


@dataclass
class Ledger:
    """One family's account while its history is written."""

    b: Build
    guarantor: Member
    members: list[Member]
    habit: str
    finance_charges: bool
    owed: list[Owed] = field(default_factory=list)
    totals: dict[int, Totals] = field(default_factory=dict)
    plans: list[Plan] = field(default_factory=list)
    credit: int = 0
    last_statement: date = NEVER
    collections: bool = False
    #: The unearned type the family's prepayments are kept in: some offices keep them in a
    #: hidden type (a definition with a value), out of income until allocated to treatment.
    prepayment_type: str = "Prepayment"
    _events: list[tuple[date, int, str, object]] = field(default_factory=list)
    _next_visit: dict[int, Visit | None] = field(default_factory=dict)
    _seq: count[int] = field(default_factory=count)

    def run(self, visits: list[Visit]) -> None:
        """Play the family's financial history up to the snapshot."""
        b = self.b
        if b.rng.random() < 0.25:
            self.prepayment_type = "Treatment Plan Prepayment"
        for index, visit in enumerate(visits):
            self._next_visit[id(visit)] = visits[index + 1] if index + 1 < len(visits) else None
            self._push(visit.day, "visit", visit)
            for charge in visit.charges:
                if charge.settled is not None and charge.settled != visit.day:
                    self._push(charge.settled, "settle", charge)
                if charge.insured_on is not None and charge.insured_on != visit.day:
                    self._push(charge.insured_on, "insured", charge)
        if visits:
            month = date(visits[0].day.year, visits[0].day.month, 1)
            while month < b.as_of:
                month = (month + timedelta(days=32)).replace(day=1)
                if month < b.as_of:
                    self._push(next_weekday(month), "month", None)
        while self._events:
            day, _, kind, payload = heapq.heappop(self._events)
            if day >= b.as_of:
                continue
            getattr(self, f"_on_{kind}")(day, payload)
        self._write_plans()

    def _push(self, day: date, kind: str, payload: object) -> None:
        heapq.heappush(self._events, (day, next(self._seq), kind, payload))

    def _total(self, pat: int) -> Totals:
        return self.totals.setdefault(pat, Totals())

    def _on_visit(self, day: date, visit: Visit) -> None:
        rng = self.b.rng
        for kind, amount, prov in visit.adjustments:
            self._adjust(day, amount, kind, visit.member.num, prov, clinic=visit.member.clinic)
        today = []
        for charge in visit.charges:
            total = self._total(charge.pat)
            total.charged += charge.fee
            if charge.insured_on == day:
                total.insurance += charge.insured
            if charge.settled is None:
                total.pending += charge.pending
            owed = Owed(
                charge.pat,
                charge.prov,
                charge.clinic,
                day,
                charge.expected,
                proc=charge.proc,
                settled=charge.settled == day,
            )
            months = charge.installments or self._plan_months(charge)
            if months:
                self._installments(day, charge, owed, months)
            else:
                today.append(owed)
            self.owed.append(owed)
        self._discount(day, visit, today)
        if self.credit > 0:
            self._transfer(day, today)
        at_visit, after, (low, high) = HABITS[self.habit]
        due = sum(o.due for o in today if o.due > 0)
        if due > 0 and rng.random() < at_visit:
            kind = rng.choices(("Credit Card", "Cash", "Check", "Debit Card"), (55, 15, 15, 15))[0]
            if due > 4000 and rng.random() < 0.08:
                # Split tender: part cash, the rest on a card.
                cash = due // 200 * 100
                self._pay(day, cash, "Cash", today)
                due -= cash
            self._pay(day, due, kind, today, receipt=rng.random() < 0.1)
        elif due > 0 and all(o.settled for o in today) and rng.random() < after:
            self._push(next_weekday(day + timedelta(days=rng.randint(low, high))), "balance", None)
        self._deposit(day, visit)

    def _deposit(self, day: date, visit: Visit) -> None:
        """A deposit toward treatment still to come: a prepayment, allocated when it is done.

        Before a crown is seated or a bridge delivered, many offices take half the patient's
        portion; a family seen shortly before the snapshot may leave a deposit toward treatment
        scheduled after it, still unallocated. Deposits draw on a random source of their own,
        so that they leave the rest of the practice as it was.
        """
        if self.habit == "poor":
            return
        rng = random.Random(f"{self.b.seed}:deposit:{self.guarantor.num}:{day.isoformat()}")
        following = self._next_visit.get(id(visit))
        if following is not None:
            ahead = sum(max(c.expected, 0) for c in following.charges)
            if ahead < 30_000 or not 7 <= (following.day - day).days <= 120 or rng.random() >= 0.3:
                return
            amount = ahead // 2 // 5000 * 5000
        else:
            if (self.b.as_of - day).days > 90 or rng.random() >= 0.15:
                return
            amount = rng.choice((10_000, 20_000, 25_000, 50_000))
        kind = rng.choice(("Credit Card", "Check", "Cash"))
        self._pay(day, amount, kind, [], rng=rng)

    def _on_insured(self, day: date, charge: Charge) -> None:
        self._total(charge.pat).insurance += charge.insured

    def _on_settle(self, day: date, charge: Charge) -> None:
        for owed in self.owed:
            if owed.proc == charge.proc:
                owed.due += charge.final - charge.expected
                owed.settled = True
        _, after, (low, high) = HABITS[self.habit]
        outstanding = self._outstanding()
        if (
            outstanding >= 2500
            and day - self.last_statement > timedelta(days=28)
            and self.b.rng.random() < 0.35
        ):
            self._statement(day, outstanding)
        if outstanding > 0 and self.b.rng.random() < after:
            self._push(
                next_weekday(day + timedelta(days=self.b.rng.randint(low, high))), "balance", None
            )

    def _on_balance(self, day: date, _: object) -> None:
        """The family pays its settled balance, now and then rounding up or paying half."""
        rng = self.b.rng
        amount = self._outstanding()
        if amount <= 0:
            return
        if amount > 15000 and rng.random() < 0.5:
            self._on_plan(day, max(2500, amount // rng.randint(3, 10) // 100 * 100))
            return
        if self.habit != "prompt" and rng.random() < 0.5:
            amount = amount // 2
            _, after, (low, high) = HABITS[self.habit]
            if rng.random() < after:
                self._push(
                    next_weekday(day + timedelta(days=rng.randint(low, high))), "balance", None
                )
        elif rng.random() < 0.03:
            amount = (amount // 10000 + 1) * 10000
        kind = rng.choices(
            ("Check", "Online Payment", "Credit Card", "CareCredit"), (45, 30, 20, 5)
        )[0]
        self._pay(day, amount, kind, self._payable())

    def _on_plan(self, day: date, amount: int) -> None:
        """One monthly payment of an informal payment plan, until the balance is paid."""
        installment = amount
        outstanding = self._outstanding()
        if outstanding <= 0:
            return
        self._pay(
            day,
            min(installment, outstanding),
            "Credit Card",
            self._payable(),
            recurring=True,
        )
        if outstanding > installment:
            self._push(next_weekday(day + timedelta(days=30)), "plan", installment)

    def _on_month(self, day: date, _: object) -> None:
        """Month end: finance charges and statements for overdue balances, refunds of credits."""
        b, rng = self.b, self.b.rng
        overdue = [o for o in self._payable() if o.due > 0 and (day - o.day).days > 30]
        amount = sum(o.due for o in overdue)
        if self.credit > 2000 and rng.random() < 0.15:
            self._refund(day)
        if amount < 2000 or self.collections:
            return
        oldest = min(o.day for o in overdue)
        if self.habit == "poor" and (day - oldest).days > 180 and rng.random() < 0.25:
            self._write_off(day, overdue)
            return
        if self.finance_charges:
            fee = max(100, amount * 15 // 1000)
            self._adjust(
                day,
                fee,
                "Finance Charge",
                self.guarantor.num,
                self.guarantor.dentist.num,
                note="1.5% monthly finance charge",
            )
        if day - self.last_statement > timedelta(days=28) and rng.random() < 0.3:
            self._statement(day, self._outstanding())
        if self.habit != "prompt" and rng.random() < 0.25:
            contacts.commlog(
                b,
                self.guarantor.num,
                b.at(day),
                "Financial",
                rng.choice(cat.NOTES_FIN),
                mode=contacts.PHONE,
                direction=contacts.SENT,
            )

    def _on_installment(self, day: date, payload: tuple[Plan, int]) -> None:
        """The card on file pays the plan's charge due today: principal, then interest."""
        plan, index = payload
        owed = plan.owed
        _, principal, interest = plan.schedule[index]
        if owed.due <= 0:
            return
        # Now and then the card is declined and the charge stays due on the plan.
        if plan.rng.random() < {"prompt": 0.0, "slow": 0.04, "poor": 0.15}[self.habit]:
            return
        part = min(principal, owed.due)
        paying = [owed]
        if interest:
            # Interest is owed to the plan, on no procedure: no charge on the account.
            paying.append(Owed(owed.pat, owed.prov, owed.clinic, day, interest))
        self._pay(day, part + interest, "Credit Card", paying, recurring=True, plan=plan.num)

    def _plan_months(self, charge: Charge) -> int:
        """Months a family that does not pay at once spreads a large patient portion over.

        Crowns, bridges and implants leave a patient portion of three hundred dollars and more;
        some families put it on a payment plan, so even a small practice holds a few plans.
        """
        if self.habit == "prompt" or charge.expected < 30_000 or self.b.rng.random() >= 0.3:
            return 0
        return self.b.rng.choice((6, 12))

    def _installments(self, day: date, charge: Charge, owed: Owed, months: int) -> None:
        """Put a charge on a payment plan: monthly charges due, each paid by card.

        Orthodontic plans carry no interest; a year-long plan for other treatment sometimes
        does (an APR), amortized: each month's interest is the rate on the principal left.
        """
        num = self.b.ids.next("payplan")
        rng = random.Random(f"{self.b.seed}:payplan:{num}")
        total = max(owed.due, 0)
        apr = 0.0
        if not charge.installments and months >= 12 and rng.random() < 0.5:
            apr = rng.choice((9.9, 12.0, 14.9))
        amount = max(charge.final, 0) // months // 100 * 100 or 100
        if apr:
            rate = apr / 1200
            level = total * rate / (1 - (1 + rate) ** -months)
            amount = -(-round(level) // 100) * 100
        days = [next_weekday(day + timedelta(days=30 * month)) for month in range(1, months + 1)]
        schedule = []
        left = total
        for index, when in enumerate(days):
            interest = round(left * apr / 1200)
            principal = left if index == len(days) - 1 else min(amount - interest, left)
            if principal <= 0:
                break
            left -= principal
            schedule.append((when, principal, interest))
        owed.on_plan = True
        note = "Orthodontic treatment" if charge.installments else "Crown and bridge treatment"
        plan = Plan(num, owed, day, note, apr, amount, total, schedule, rng)
        self._payment_plan(plan)
        self.plans.append(plan)
        for index, (when, _, _) in enumerate(schedule):
            self._push(when, "installment", (plan, index))

    def _payment_plan(self, plan: Plan) -> None:
        """Write the plan's charges: its credit, and a debit due on each day of its schedule.

        OpenDental writes every charge of the plan when it is made, future ones included.
        """
        b, owed = self.b, plan.owed
        user_day = b.at(plan.day)
        charges = b.loader.writer("payplancharge", PAYPLANCHARGE_COLUMNS)
        # The credit: the treatment the plan covers, taken off the account when the plan starts.
        charges.add(
            (
                b.ids.next("payplancharge"), plan.num, self.guarantor.num, owed.pat, plan.day,
                plan.total / 100, 0.0, "", owed.prov, owed.clinic, PAYPLAN_CREDIT, owed.proc,
                user_day, b.stamp(plan.day, 5), 0, 0, 0, 0,
            )
        )  # fmt: skip
        for when, principal, interest in plan.schedule:
            charges.add(
                (
                    b.ids.next("payplancharge"), plan.num, self.guarantor.num, owed.pat, when,
                    principal / 100, interest / 100, "", owed.prov, owed.clinic, PAYPLAN_DEBIT,
                    0, user_day, b.stamp(plan.day, 5), 0, 0, 0, 0,
                )
            )  # fmt: skip

    def _write_plans(self) -> None:
        """Write each plan's row; the office closes most plans paid off by the snapshot."""
        b = self.b
        for plan in self.plans:
            last_due = plan.schedule[-1][0] if plan.schedule else plan.day
            closed = plan.owed.due <= 0 and last_due < b.as_of and plan.rng.random() < 0.8
            b.loader.writer("payplan", PAYPLAN_COLUMNS).add(
                (
                    plan.num, plan.owed.pat, self.guarantor.num, plan.day, plan.apr, plan.note,
                    0, plan.total / 100, 0, 0, len(plan.schedule), plan.amount / 100, 0.0,
                    int(closed), "", 0, 0, 0, 0, plan.day, 0, NEVER, 0, 0, "",
                )
            )  # fmt: skip

    def _payable(self) -> list[Owed]:
        """What the family's own payments pay: settled charges not on a payment plan."""
        return [o for o in self.owed if o.settled and not o.on_plan]

    def _outstanding(self) -> int:
        return sum(o.due for o in self._payable() if o.due > 0) - self.credit

    def _discount(self, day: date, visit: Visit, today: list[Owed]) -> None:
        rng = self.b.rng
        member = visit.member
        fees = sum(c.fee for c in visit.charges)
        if not today or fees <= 0:
            return
        kind, share = "", 0
        if age(member.birth, day) >= 65 and rng.random() < 0.6:
            kind, share = "Senior Discount", 10
        elif not member.coverages and rng.random() < 0.35:
            kind, share = "Cash Discount", 5
        elif rng.random() < 0.01:
            kind, share = "Professional Courtesy", 100
        elif rng.random() < 0.1:
            kind, share = "Discount", rng.choice((5, 10, 15, 20))
        if not kind:
            return
        target = max(today, key=lambda o: o.due)
        amount = min(fees * share // 100, max(target.due, 0))
        if amount <= 0:
            return
        if kind == "Cash Discount" and day < self.b.start + timedelta(days=365):
            # Older OpenDental versions took a cash discount as a discount split of a payment.
            self._discount_split(day, amount, target)
            target.due -= amount
            return
        self._adjust(
            day,
            -amount,
            kind,
            target.pat,
            target.prov,
            proc=target.proc,
            proc_day=day,
            clinic=target.clinic,
        )
        target.due -= amount

    def _discount_split(self, day: date, amount: int, target: Owed) -> None:
        """A payment whose one split is a discount (IsDiscount), as older versions wrote."""
        b = self.b
        num = b.ids.next("payment")
        user = b.rng.choice(b.office.staff_users)
        stamp = b.stamp(day, 5)
        b.loader.writer("paysplit", PAYSPLIT_COLUMNS).add(
            (
                b.ids.next("paysplit"),
                amount / 100,
                target.pat,
                target.day,
                num,
                1,
                1,
                target.prov,
                0,
                day,
                target.proc,
                day,
                0,
                target.clinic,
                user,
                stamp,
                0,
                target.adj,
                0,
                0,
                "",
            )
        )
        self._total(target.pat).paid += amount
        b.loader.writer("payment", PAYMENT_COLUMNS).add(
            (
                num,
                b.office.defs[cat.DEF_PAYMENT_TYPES, "Cash"],
                day,
                amount / 100,
                "",
                "",
                "Cash discount",
                0,
                target.pat,
                self.guarantor.clinic,
                day,
                0,
                "",
                0,
                user,
                stamp,
                0,
                0,
                NEVER,
                "",
                0,
                0,
                0.0,
            )
        )

    def _adjust(
        self,
        day: date,
        amount: int,
        kind: str,
        pat: int,
        prov: int,
        *,
        proc: int = 0,
        proc_day: date = NEVER,
        clinic: int = 0,
        note: str = "",
    ) -> int:
        b = self.b
        num = b.ids.next("adjustment")
        clinic = clinic or self.guarantor.clinic
        user = b.rng.choice(b.office.staff_users)
        b.loader.writer("adjustment", ADJUSTMENT_COLUMNS).add(
            (
                num,
                day,
                amount / 100,
                pat,
                b.office.defs[cat.DEF_ADJ_TYPES, kind],
                prov,
                note,
                proc_day,
                proc,
                day,
                clinic,
                0,
                user,
                b.stamp(day, 10),
                0,
            )
        )
        b.log(
            b.at(day),
            cat.PERM_ADJUSTMENT_CREATE,
            user,
            pat,
            num,
            text=f"Adjustment {kind}: {amount / 100:.2f}",
        )
        self._total(pat).adjusted += amount
        if amount > 0:
            self.owed.append(Owed(pat, prov, clinic, day, amount, adj=num))
        self._touch(day)
        return num

    def _write_off(self, day: date, overdue: list[Owed]) -> None:
        by_prov: dict[int, int] = {}
        for owed in overdue:
            by_prov[owed.prov] = by_prov.get(owed.prov, 0) + owed.due
            owed.due = 0
        for prov, amount in sorted(by_prov.items()):
            self._adjust(
                day,
                -amount,
                "Bad Debt Write-off",
                self.guarantor.num,
                prov,
                note="Sent to collections",
            )
        self.collections = True

    def _pay(
        self,
        day: date,
        amount: int,
        kind: str,
        owed: list[Owed],
        *,
        receipt: bool = False,
        recurring: bool = False,
        plan: int = 0,
        rng: random.Random | None = None,
    ) -> None:
        """Write a payment of ``amount`` cents split onto ``owed``, oldest first.

        ``plan`` is the payment plan the payment pays (its splits carry it); ``rng`` a random
        source of its own, else the practice's.

        Whatever is left over becomes a prepayment (an unearned split on no procedure).
        """
        b = self.b
        rng = rng or b.rng
        num = b.ids.next("payment")
        user = rng.choice(b.office.staff_users)
        stamp = b.stamp(day, 5)
        splits: list[tuple[Owed | None, int]] = []
        left = amount
        for item in sorted(owed, key=lambda o: o.day):
            if left <= 0:
                break
            if item.due <= 0:
                continue
            part = min(item.due, left)
            item.due -= part
            left -= part
            splits.append((item, part))
        if left > 0:
            splits.append((None, left))
            self.credit += left
        sw = b.loader.writer("paysplit", PAYSPLIT_COLUMNS)
        prepaid = b.office.defs[cat.DEF_PAYSPLIT_UNEARNED, self.prepayment_type]
        for item, part in splits:
            if item is None:
                sw.add(
                    (
                        b.ids.next("paysplit"),
                        part / 100,
                        self.guarantor.num,
                        _loose_day(rng),
                        num,
                        0,
                        0,
                        self.guarantor.dentist.num,
                        0,
                        day,
                        0,
                        day,
                        prepaid,
                        self.guarantor.clinic,
                        user,
                        stamp,
                        0,
                        0,
                        0,
                        0,
                        "",
                    )
                )
                self._total(self.guarantor.num).paid += part
                continue
            sw.add(
                (
                    b.ids.next("paysplit"),
                    part / 100,
                    item.pat,
                    item.day if item.proc else _loose_day(rng),
                    num,
                    0,
                    0,
                    item.prov,
                    plan,
                    day,
                    item.proc,
                    day,
                    0,
                    item.clinic,
                    user,
                    stamp,
                    0,
                    item.adj,
                    0,
                    0,
                    "",
                )
            )
            self._total(item.pat).paid += part
        patients = {item.pat for item, _ in splits if item is not None}
        payer = patients.pop() if len(patients) == 1 else self.guarantor.num
        pay_day: date | str = ZERO_DATE if rng.random() < 0.002 else day
        check = f"{rng.randint(100, 9999)}" if kind == "Check" else ""
        note = "Paid at checkout" if receipt else ("Recurring charge" if recurring else "")
        b.loader.writer("payment", PAYMENT_COLUMNS).add(
            (
                num,
                b.office.defs[cat.DEF_PAYMENT_TYPES, kind],
                pay_day,
                amount / 100,
                check,
                "",
                note,
                int(len(splits) > 1),
                payer,
                self.guarantor.clinic,
                day,
                0,
                "",
                int(recurring),
                user,
                stamp,
                0,
                0,
                day if recurring else NEVER,
                "",
                0,
                int(kind == "Credit Card"),
                round(amount * 0.029) / 100 if kind == "Credit Card" else 0.0,
            )
        )
        b.log(
            b.at(day),
            cat.PERM_PAYMENT_CREATE,
            user,
            payer,
            num,
            text=f"Payment of {amount / 100:.2f}",
        )
        if receipt:
            self._statement(day, self._outstanding(), receipt=True)
        self._touch(day)

    def _transfer(self, day: date, today: list[Owed]) -> None:
        """Apply a credit to new charges: a payment of zero whose splits move the prepayment."""
        b = self.b
        moves = []
        left = self.credit
        for item in today:
            part = min(item.due, left)
            if part > 0:
                moves.append((item, part))
                item.due -= part
                left -= part
        if not moves:
            return
        moved = self.credit - left
        self.credit = left
        num = b.ids.next("payment")
        user = b.office.staff_users[0]
        stamp = b.stamp(day, 2)
        sw = b.loader.writer("paysplit", PAYSPLIT_COLUMNS)
        sw.add(
            (
                b.ids.next("paysplit"),
                -moved / 100,
                self.guarantor.num,
                ZERO_DATE,
                num,
                0,
                0,
                self.guarantor.dentist.num,
                0,
                day,
                0,
                day,
                b.office.defs[cat.DEF_PAYSPLIT_UNEARNED, self.prepayment_type],
                self.guarantor.clinic,
                user,
                stamp,
                0,
                0,
                0,
                0,
                "",
            )
        )
        for item, part in moves:
            sw.add(
                (
                    b.ids.next("paysplit"),
                    part / 100,
                    item.pat,
                    item.day,
                    num,
                    0,
                    0,
                    item.prov,
                    0,
                    day,
                    item.proc,
                    day,
                    0,
                    item.clinic,
                    user,
                    stamp,
                    0,
                    item.adj,
                    0,
                    0,
                    "",
                )
            )
            self._total(item.pat).paid += part
        self._total(self.guarantor.num).paid -= moved
        b.loader.writer("payment", PAYMENT_COLUMNS).add(
            (
                num,
                0,
                day,
                0.0,
                "",
                "",
                "Income transfer",
                1,
                self.guarantor.num,
                self.guarantor.clinic,
                day,
                0,
                "",
                0,
                user,
                stamp,
                0,
                0,
                NEVER,
                "",
                0,
                0,
                0.0,
            )
        )

    def _refund(self, day: date) -> None:
        """Give a credit back: a negative payment against the prepayment."""
        b = self.b
        amount = self.credit
        num = b.ids.next("payment")
        user = b.office.staff_users[0]
        stamp = b.stamp(day, 5)
        b.loader.writer("paysplit", PAYSPLIT_COLUMNS).add(
            (
                b.ids.next("paysplit"),
                -amount / 100,
                self.guarantor.num,
                ZERO_DATE,
                num,
                0,
                0,
                self.guarantor.dentist.num,
                0,
                day,
                0,
                day,
                b.office.defs[cat.DEF_PAYSPLIT_UNEARNED, self.prepayment_type],
                self.guarantor.clinic,
                user,
                stamp,
                0,
                0,
                0,
                0,
                "",
            )
        )
        b.loader.writer("payment", PAYMENT_COLUMNS).add(
            (
                num,
                b.office.defs[cat.DEF_PAYMENT_TYPES, "Check"],
                day,
                -amount / 100,
                f"{b.rng.randint(1000, 9999)}",
                "",
                "Refund of credit balance",
                0,
                self.guarantor.num,
                self.guarantor.clinic,
                day,
                0,
                "",
                0,
                user,
                stamp,
                0,
                0,
                NEVER,
                "",
                0,
                0,
                0.0,
            )
        )
        self._total(self.guarantor.num).paid -= amount
        self.credit = 0
        self._touch(day)

    def _statement(self, day: date, balance: int, *, receipt: bool = False) -> None:
        b, rng = self.b, self.b.rng
        num = b.ids.next("statement")
        mode = IN_PERSON if receipt else rng.choices((MAIL, EMAIL, ELECTRONIC), (50, 35, 15))[0]
        sent = receipt or day < b.as_of - timedelta(days=3) or rng.random() < 0.5
        start = NEVER if rng.random() < 0.4 else day - timedelta(days=90)
        end = NO_END if rng.random() < 0.25 else day
        pending = sum(t.pending for t in self.totals.values())
        subject = "Your statement from the dental office" if mode == EMAIL else ""
        b.loader.writer("statement", STATEMENT_COLUMNS).add(
            (
                num,
                self.guarantor.num,
                day,
                start,
                end,
                "",
                "Please pay upon receipt." if balance > 0 else "",
                mode,
                0,
                0,
                0,
                int(sent),
                0,
                b.stamp(day, 3),
                int(receipt),
                0,
                0,
                subject,
                "",
                0,
                1,
                pending / 100,
                balance / 100,
                "",
                f"{rng.getrandbits(40):010x}",
                "",
                "",
                0,
                0,
            )
        )
        if not receipt:
            self.last_statement = day
            if mode == MAIL and self.finance_charges and rng.random() < 0.2:
                self._adjust(
                    day, 500, "Billing Charge", self.guarantor.num, self.guarantor.dentist.num
                )

    def _touch(self, day: date) -> None:
        self.guarantor.touch(day)


def _loose_day(rng: random.Random) -> date | str:
    """ProcDate of a split not attached to a procedure: the column's zero default, or empty."""
    return ZERO_DATE if rng.random() < 0.5 else NEVER


def aging(b: Build, ledger: Ledger) -> dict[int, tuple[float, ...]]:
    """Return each member's balance columns (Bal_0_30 ... BalTotal, InsEst, EstBalance).

    OpenDental keeps the family's aging on the guarantor's row; other members carry only their
    own estimated balance.
    """
    buckets = [0, 0, 0, 0]
    for owed in ledger.owed:
        if owed.due:
            age = (b.as_of - owed.day).days
            buckets[0 if age <= 30 else 1 if age <= 60 else 2 if age <= 90 else 3] += owed.due
    total = sum(t.balance for t in ledger.totals.values())
    pending = sum(t.pending for t in ledger.totals.values())
    # Pending insurance and credits are not aged by charge; they fall in the newest bucket.
    buckets[0] += total - sum(buckets)
    result = {}
    for member in ledger.members:
        own = ledger.totals.get(member.num, Totals())
        est = (own.balance - own.pending) / 100
        if member is ledger.guarantor:
            result[member.num] = (*(x / 100 for x in buckets), pending / 100, total / 100, est)
        else:
            result[member.num] = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, est)
    return result
