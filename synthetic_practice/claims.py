"""Insurance: claims, claim procedures, estimates and insurance checks for completed work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from synthetic_practice import catalog as cat
from synthetic_practice.build import next_weekday

if TYPE_CHECKING:
    from synthetic_practice.build import Build
    from synthetic_practice.model import Coverage, Member

# claimproc.Status
NOT_RECEIVED, RECEIVED, PREAUTH, INS_ADJUSTMENT, SUPPLEMENTAL, CAP_CLAIM, ESTIMATE, CAP_COMPLETE = (
    range(8)
)
NEVER = date(1, 1, 1)

CLAIM_COLUMNS = (
    "ClaimNum",
    "PatNum",
    "DateService",
    "DateSent",
    "ClaimStatus",
    "DateReceived",
    "PlanNum",
    "ProvTreat",
    "ClaimFee",
    "InsPayEst",
    "InsPayAmt",
    "DedApplied",
    "PreAuthString",
    "IsProsthesis",
    "ReasonUnderPaid",
    "ClaimNote",
    "ClaimType",
    "ProvBill",
    "RefNumString",
    "PlaceService",
    "AccidentRelated",
    "PatRelat",
    "PlanNum2",
    "PatRelat2",
    "WriteOff",
    "Radiographs",
    "ClinicNum",
    "ClaimForm",
    "AttachedFlags",
    "AttachmentID",
    "InsSubNum",
    "InsSubNum2",
    "CanadaTransRefNum",
    "PriorAuthorizationNumber",
    "UniformBillType",
    "AdmissionTypeCode",
    "AdmissionSourceCode",
    "PatientStatusCode",
    "ClaimIdentifier",
    "OrigRefNum",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
    "DateSentOrig",
    "SecurityHash",
    "Narrative",
)
CLAIMPROC_COLUMNS = (
    "ClaimProcNum",
    "ProcNum",
    "ClaimNum",
    "PatNum",
    "ProvNum",
    "FeeBilled",
    "InsPayEst",
    "DedApplied",
    "Status",
    "InsPayAmt",
    "Remarks",
    "ClaimPaymentNum",
    "PlanNum",
    "DateCP",
    "WriteOff",
    "CodeSent",
    "AllowedOverride",
    "Percentage",
    "PercentOverride",
    "CopayAmt",
    "NoBillIns",
    "PaidOtherIns",
    "BaseEst",
    "CopayOverride",
    "ProcDate",
    "DateEntry",
    "LineNumber",
    "DedEst",
    "DedEstOverride",
    "InsEstTotal",
    "InsEstTotalOverride",
    "PaidOtherInsOverride",
    "EstimateNote",
    "WriteOffEst",
    "WriteOffEstOverride",
    "ClinicNum",
    "InsSubNum",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
    "DateInsFinalized",
    "ClaimAdjReasonCodes",
    "SecurityHash",
)
CLAIMPAYMENT_COLUMNS = (
    "ClaimPaymentNum",
    "CheckDate",
    "CheckAmt",
    "CheckNum",
    "BankBranch",
    "Note",
    "ClinicNum",
    "DepositNum",
    "CarrierName",
    "DateIssued",
    "IsPartial",
    "PayType",
    "SecUserNumEntry",
    "SecDateEntry",
    "SecDateTEdit",
    "PayGroup",
)


class Item(NamedTuple):
    """A procedure sent to insurance: key, code, units, total fee in cents, provider."""

    proc: int
    code: cat.Code
    qty: int
    fee: int
    prov: int


@dataclass
class Outcome:
    """What insurance did (or is expected to do) about one procedure, in cents.

    Attributes:
        received_on: Day the last received payment or write-off posted (None if none did).
        pending: Insurance still expected from claims not yet received.
        settled: Day every claim of the procedure was done with; None while one is outstanding.
    """

    ins_est: int = 0
    wo_est: int = 0
    ins_paid: int = 0
    writeoff: int = 0
    received_on: date | None = None
    pending: int = 0
    settled: date | None = None


@dataclass
class _Line:
    item: Item
    est: int
    wo: int
    ded: int
    pct: int
    paid: int = 0
    remark: str = ""


def bill_visit(b: Build, m: Member, day: date, clinic: int, items: list[Item]) -> list[Outcome]:
    """Send a patient's completed procedures of one day to insurance.

    Returns:
        One outcome per item; items insurance never sees are settled on ``day`` with no payment.
    """
    outcomes = [Outcome(settled=day) for _ in items]
    billable = [i for i, it in enumerate(items) if it.fee > 0 and it.code.coverage != "none"]
    primary = m.coverage(day, 1)
    if primary is None or not billable:
        return outcomes
    if primary.plan.kind != "c":
        # Now and then a procedure is never put on the claim: its estimate stays behind.
        unbilled = [i for i in billable if b.rng.random() < 0.02]
        if unbilled:
            _leave_unbilled(b, m, day, primary, [items[i] for i in unbilled])
            billable = [i for i in billable if i not in unbilled]
            if not billable:
                return outcomes
    if primary.plan.kind == "c":
        _capitation(
            b,
            m,
            day,
            clinic,
            primary,
            items=[items[i] for i in billable],
            outcomes=outcomes,
            index=billable,
        )
        return outcomes
    lines = [_line(b, m, primary, items[i], day, with_writeoff=True) for i in billable]
    claim_type = "Other" if b.rng.random() < 0.01 else "P"
    received = _send(b, m, day, clinic, primary, lines=lines, claim_type=claim_type)
    for i, line in zip(billable, lines, strict=True):
        out = outcomes[i]
        out.ins_est, out.wo_est = line.est, line.wo
        if received is None:
            out.pending, out.settled = line.est, None
        else:
            out.ins_paid, out.writeoff, out.settled = line.paid, line.wo, received
            out.received_on = received
    secondary = m.coverage(day, 2)
    if secondary is not None and secondary.plan.kind != "c":
        _secondary(
            b,
            m,
            day,
            clinic,
            secondary,
            items=items,
            billable=billable,
            outcomes=outcomes,
            primary_received=received,
        )
    return outcomes


def _line(
    b: Build, m: Member, cov: Coverage, item: Item, day: date, *, with_writeoff: bool
) -> _Line:
    """Estimate one procedure, spending the patient's deductible and yearly maximum."""
    plan = cov.plan
    allowed = item.fee
    if plan.kind == "p" and with_writeoff:
        allowed = min(item.fee, b.office.fees[plan.allowed_sched][item.code.code] * item.qty)
    pct = cat.COVERAGE_PERCENT[item.code.coverage]
    left = m.benefit(plan.num, day.year)
    ded = 0
    if item.code.coverage in ("basic", "major") and left.deductible > 0:
        ded = min(left.deductible, allowed)
        left.deductible -= ded
    est = min((allowed - ded) * pct // 100, left.maximum)
    left.maximum -= est
    return _Line(item, est, item.fee - allowed, ded, pct)


def _send(
    b: Build,
    m: Member,
    day: date,
    clinic: int,
    cov: Coverage,
    *,
    lines: list[_Line],
    claim_type: str,
) -> date | None:
    """Write a claim for ``lines``; return the day it was paid, or None while it is outstanding."""
    rng = b.rng
    sent = next_weekday(day + timedelta(days=rng.randint(0, 2)))
    received: date | None = None
    roll = rng.random()
    if roll < 0.01:
        status, sent = "U", NEVER
    elif roll < 0.015:
        # Held back by the office (missing attachment, waiting on a narrative).
        status, sent = "H", NEVER
    elif sent >= b.as_of:
        status, sent = "W", NEVER
    else:
        received = next_weekday(sent + timedelta(days=rng.randint(7, 45)))
        status = "R"
        if received >= b.as_of:
            status, received = rng.choices(("S", "P", "I"), (94, 3, 3))[0], None
    if received is not None:
        for line in lines:
            roll = rng.random()
            if roll < 0.04:
                line.paid, line.remark = 0, "Denied - not a covered benefit"
            elif roll < 0.10:
                line.paid, line.remark = (
                    line.est * rng.randint(50, 90) // 100,
                    "Frequency limitation",
                )
            elif roll < 0.16:
                # Deductible waived or a better benefit: more than estimated, never above the fee.
                extra = line.ded + rng.randint(5, 30) * 100
                line.paid = min(line.est + extra, line.item.fee - line.wo)
                line.remark = "Deductible waived"
            else:
                line.paid = line.est
    _write_claim(
        b,
        m,
        day,
        clinic,
        cov,
        lines=lines,
        claim_type=claim_type,
        status=status,
        sent=sent,
        received=received,
    )
    return received


def _write_claim(
    b: Build,
    m: Member,
    day: date,
    clinic: int,
    cov: Coverage,
    *,
    lines: list[_Line],
    claim_type: str,
    status: str,
    sent: date,
    received: date | None,
    line_status: int | None = None,
) -> int:
    claim = b.ids.next("claim")
    paid = received is not None
    pay_num = 0
    total_paid = sum(line.paid for line in lines)
    finalized = True
    if received is not None and total_paid > 0 and line_status is None:
        # Lately received claims are not all finalized: some payments are entered on the claim
        # with no check attached yet, some checks are still being entered (partial).
        roll = b.rng.random() if (b.as_of - received).days <= 30 else 1.0
        finalized = roll >= 0.2
        if finalized:
            pay_num = _check(b, cov, received, total_paid, clinic, pat=m.num, partial=roll < 0.4)
    treat = lines[0].item.prov
    dentist = m.dentist.num
    last = received or (sent if sent != NEVER else day)
    writeoff = sum(line.wo for line in lines) if paid else 0
    under = next((line.remark for line in lines if line.remark), "")
    b.loader.writer("claim", CLAIM_COLUMNS).add(
        (
            claim,
            m.num,
            day,
            sent,
            status,
            received or NEVER,
            cov.plan.num,
            treat,
            sum(line.item.fee for line in lines) / 100,
            sum(line.est for line in lines) / 100,
            total_paid / 100 if paid else 0.0,
            sum(line.ded for line in lines) / 100 if paid else 0.0,
            "",
            "N" if claim_type == "P" else "",
            under,
            "",
            claim_type,
            dentist,
            "",
            11,
            "",
            cov.relationship,
            0,
            0,
            writeoff / 100,
            0,
            clinic,
            1,
            None,
            None,
            cov.sub,
            0,
            "",
            "",
            "",
            "",
            "",
            "",
            f"{m.num}/{claim}",
            "",
            b.office.staff_users[0],
            day,
            b.stamp(last, 20),
            sent,
            "",
            "",
        )
    )
    cw = b.loader.writer("claimproc", CLAIMPROC_COLUMNS)
    for number, line in enumerate(lines, start=1):
        state = line_status if line_status is not None else (RECEIVED if paid else NOT_RECEIVED)
        counted = state == RECEIVED
        cw.add(
            _claimproc_row(
                b,
                line,
                claim,
                m.num,
                cov,
                status=state,
                clinic=clinic,
                day=day,
                number=number,
                date_cp=received if received else day,
                ins_paid=line.paid if counted else 0,
                writeoff=line.wo if counted else 0,
                pay_num=pay_num if counted else 0,
                stamp_day=last,
                finalized=finalized,
            )
        )
    if received is not None and total_paid > 0 and line_status is None and claim_type != "S":
        _supplemental(b, m, cov, claim, lines, day=day, received=received, clinic=clinic)
    return claim


def _claimproc_row(
    b: Build,
    line: _Line,
    claim: int,
    pat: int,
    cov: Coverage,
    *,
    status: int,
    clinic: int,
    day: date,
    number: int,
    date_cp: date,
    ins_paid: int,
    writeoff: int,
    pay_num: int,
    stamp_day: date,
    finalized: bool = True,
) -> tuple[object, ...]:
    finalized_on = date_cp if status in (RECEIVED, SUPPLEMENTAL) and finalized else NEVER
    return (
        b.ids.next("claimproc"),
        line.item.proc,
        claim,
        pat,
        line.item.prov,
        line.item.fee / 100,
        line.est / 100,
        line.ded / 100 if status == RECEIVED else 0.0,
        status,
        ins_paid / 100,
        line.remark,
        pay_num,
        cov.plan.num,
        date_cp,
        writeoff / 100,
        line.item.code.code,
        -1.0,
        line.pct,
        -1,
        -1.0,
        0,
        -1.0,
        line.est / 100,
        -1.0,
        day,
        date_cp if status in (RECEIVED, SUPPLEMENTAL) else day,
        number,
        line.ded / 100,
        -1.0,
        line.est / 100,
        -1.0,
        -1.0,
        "",
        line.wo / 100,
        -1.0,
        clinic,
        cov.sub,
        b.office.staff_users[0],
        day,
        b.stamp(stamp_day, 10),
        finalized_on,
        "",
        "",
    )


def _check(
    b: Build, cov: Coverage, day: date, amount: int, clinic: int, *, pat: int, partial: bool = False
) -> int:
    """Write the insurance check that paid a claim; a partial one is still being entered."""
    num = b.ids.next("claimpayment")
    kind = b.rng.choices(("Check", "EFT", "Virtual Credit Card"), (50, 45, 5))[0]
    check = (
        f"{b.rng.randint(10**5, 10**9)}" if kind == "Check" else f"EFT{b.rng.randint(10**6, 10**7)}"
    )
    when = b.at(day)
    # The payment is entered on the claim the day it arrives; the check itself is often dated
    # days later (an EFT that settles, a check deposited later): income goes by the check.
    check_day = day
    if b.rng.random() < 0.3:
        later = next_weekday(day + timedelta(days=b.rng.randint(1, 6)))
        check_day = later if later < b.as_of else day
    b.loader.writer("claimpayment", CLAIMPAYMENT_COLUMNS).add(
        (
            num,
            check_day,
            amount / 100,
            check,
            "",
            "",
            clinic,
            0,
            cov.plan.carrier_name,
            day - timedelta(days=3),
            int(partial),
            b.office.defs[cat.DEF_INS_PAYMENT_TYPE, kind],
            b.office.staff_users[-1],
            day,
            b.stamp(day, 5),
            0,
        )
    )
    b.log(
        when,
        cat.PERM_INS_PAY_CREATE,
        b.office.staff_users[-1],
        pat,
        num,
        text=f"Insurance payment of {amount / 100:.2f} from {cov.plan.carrier_name}",
    )
    return num


def _supplemental(
    b: Build,
    m: Member,
    cov: Coverage,
    claim: int,
    lines: list[_Line],
    *,
    day: date,
    received: date,
    clinic: int,
) -> None:
    """Sometimes the carrier sends a little more after a primary claim was received.

    The extra stays within what the first procedure's fee leaves after payment and write-off.
    """
    if b.rng.random() >= 0.03:
        return
    line = lines[0]
    room = line.item.fee - line.paid - line.wo
    later = next_weekday(received + timedelta(days=b.rng.randint(20, 60)))
    if room < 1000 or later >= b.as_of:
        return
    extra = min(room, b.rng.randint(10, 80) * 100)
    pay_num = _check(b, cov, later, extra, clinic, pat=m.num)
    supp = _Line(line.item, 0, 0, 0, line.pct, extra, "Reprocessed")
    b.loader.writer("claimproc", CLAIMPROC_COLUMNS).add(
        _claimproc_row(
            b,
            supp,
            claim,
            m.num,
            cov,
            status=SUPPLEMENTAL,
            clinic=clinic,
            day=day,
            number=1,
            date_cp=later,
            ins_paid=extra,
            writeoff=0,
            pay_num=pay_num,
            stamp_day=later,
        )
    )
    line.paid += extra


def _secondary(
    b: Build,
    m: Member,
    day: date,
    clinic: int,
    cov: Coverage,
    *,
    items: list[Item],
    billable: list[int],
    outcomes: list[Outcome],
    primary_received: date | None,
) -> None:
    lines, index = [], []
    for i in billable:
        out = outcomes[i]
        left = items[i].fee - out.ins_est - out.wo_est
        if left <= 0:
            continue
        line = _line(b, m, cov, items[i], day, with_writeoff=False)
        line.est = min(line.est, left)
        line.wo = 0
        lines.append(line)
        index.append(i)
    if not lines:
        return
    received: date | None = None
    if primary_received is None:
        status, sent = "H", NEVER
    else:
        sent = next_weekday(primary_received + timedelta(days=b.rng.randint(1, 5)))
        if sent >= b.as_of:
            status, sent = "W", NEVER
        else:
            received = next_weekday(sent + timedelta(days=b.rng.randint(10, 40)))
            status = "R"
            if received >= b.as_of:
                status, received = "S", None
    for i, line in zip(index, lines, strict=True):
        out = outcomes[i]
        room = items[i].fee - out.ins_paid - out.writeoff
        line.paid = min(line.est, room) if received else 0
        out.ins_est += line.est
        if received is None:
            out.pending += line.est
            out.settled = None
        else:
            out.ins_paid += line.paid
            out.received_on = received
    _write_claim(
        b,
        m,
        day,
        clinic,
        cov,
        lines=lines,
        claim_type="S",
        status=status,
        sent=sent,
        received=received,
    )


def _capitation(
    b: Build,
    m: Member,
    day: date,
    clinic: int,
    cov: Coverage,
    *,
    items: list[Item],
    outcomes: list[Outcome],
    index: list[int],
) -> None:
    """Capitation plans pay per head: each procedure's fee above the co-pay is written off."""
    cw = b.loader.writer("claimproc", CLAIMPROC_COLUMNS)
    lines = []
    for i, item in zip(index, items, strict=True):
        copay = min(item.fee, b.office.fees[cov.plan.copay_sched][item.code.code])
        line = _Line(item, 0, item.fee - copay, 0, -1)
        cw.add(
            _claimproc_row(
                b,
                line,
                0,
                m.num,
                cov,
                status=CAP_COMPLETE,
                clinic=clinic,
                day=day,
                number=0,
                date_cp=day,
                ins_paid=0,
                writeoff=line.wo,
                pay_num=0,
                stamp_day=day,
            )
        )
        outcomes[i].wo_est = outcomes[i].writeoff = line.wo
        outcomes[i].received_on = day
        lines.append(_Line(item, 0, 0, 0, -1))
    if b.rng.random() < 0.3:
        sent = next_weekday(day + timedelta(days=1))
        received = next_weekday(sent + timedelta(days=10))
        if received < b.as_of:
            _write_claim(
                b,
                m,
                day,
                clinic,
                cov,
                lines=lines,
                claim_type="Cap",
                status="R",
                sent=sent,
                received=received,
                line_status=CAP_CLAIM,
            )


def estimate(b: Build, m: Member, day: date, items: list[Item]) -> None:
    """Write the insurance estimates (status Estimate) of treatment-planned procedures."""
    cw = b.loader.writer("claimproc", CLAIMPROC_COLUMNS)
    for ordinal in (1, 2):
        cov = m.coverage(day, ordinal)
        if cov is None or cov.plan.kind == "c":
            continue
        for item in items:
            if item.fee <= 0 or item.code.coverage == "none":
                continue
            pct = cat.COVERAGE_PERCENT[item.code.coverage]
            line = _Line(item, item.fee * pct // 100 // (ordinal * ordinal), 0, 0, pct)
            cw.add(
                _claimproc_row(
                    b,
                    line,
                    0,
                    m.num,
                    cov,
                    status=ESTIMATE,
                    clinic=m.clinic,
                    day=day,
                    number=0,
                    date_cp=day,
                    ins_paid=0,
                    writeoff=0,
                    pay_num=0,
                    stamp_day=day,
                )
            )


def _leave_unbilled(b: Build, m: Member, day: date, cov: Coverage, items: list[Item]) -> None:
    """Completed procedures whose estimate was never sent on a claim; some marked do-not-bill."""
    cw = b.loader.writer("claimproc", CLAIMPROC_COLUMNS)
    for item in items:
        pct = cat.COVERAGE_PERCENT[item.code.coverage]
        line = _Line(item, item.fee * pct // 100, 0, 0, pct)
        row = list(
            _claimproc_row(
                b,
                line,
                0,
                m.num,
                cov,
                status=ESTIMATE,
                clinic=m.clinic,
                day=day,
                number=0,
                date_cp=day,
                ins_paid=0,
                writeoff=0,
                pay_num=0,
                stamp_day=day,
            )
        )
        row[CLAIMPROC_COLUMNS.index("NoBillIns")] = int(b.rng.random() < 0.25)
        cw.add(row)


def preauthorize(b: Build, m: Member, day: date, items: list[Item]) -> None:
    """Send a pre-authorization for expensive planned work; it carries estimates only."""
    cov = m.coverage(day, 1)
    if cov is None or cov.plan.kind == "c":
        return
    lines = []
    for item in items:
        pct = cat.COVERAGE_PERCENT.get(item.code.coverage, 0)
        lines.append(_Line(item, item.fee * pct // 100, 0, 0, pct))
    sent = next_weekday(day + timedelta(days=1))
    received: date | None = next_weekday(sent + timedelta(days=b.rng.randint(10, 30)))
    status = "R"
    if sent >= b.as_of:
        status, sent, received = "W", NEVER, None
    elif received is not None and received >= b.as_of:
        status, received = "S", None
    _write_claim(
        b,
        m,
        day,
        m.clinic,
        cov,
        lines=lines,
        claim_type="PreAuth",
        status=status,
        sent=sent,
        received=received,
        line_status=PREAUTH,
    )


def benefits_used_elsewhere(b: Build, m: Member, cov: Coverage, day: date) -> None:
    """Record benefits the patient used this year at another office (status Adjustment).

    Such a row has no procedure and no claim; it only lowers what the plan still pays this year.
    """
    line = _Line(Item(0, cat.CODES[0], 1, 0, 0), 0, 0, 0, -1)
    amount = b.rng.randint(2, 8) * 5000
    row = list(
        _claimproc_row(
            b,
            line,
            0,
            m.num,
            cov,
            status=INS_ADJUSTMENT,
            clinic=m.clinic,
            day=day,
            number=0,
            date_cp=day,
            ins_paid=amount,
            writeoff=0,
            pay_num=0,
            stamp_day=day,
        )
    )
    row[CLAIMPROC_COLUMNS.index("CodeSent")] = ""
    row[CLAIMPROC_COLUMNS.index("DedApplied")] = 50.0
    b.loader.writer("claimproc", CLAIMPROC_COLUMNS).add(row)
    m.benefit(cov.plan.num, day.year).maximum -= amount
