"""What surrounds the dentistry: messages, recalls, scanned documents and referrals."""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from synthetic_practice import catalog as cat

if TYPE_CHECKING:
    from synthetic_practice.build import Build
    from synthetic_practice.model import Member

NEVER = date(1, 1, 1)
NEVER_AT = datetime(1, 1, 1)
ZERO_AT = "0000-00-00 00:00:00"

# commlog.Mode_ and commlog.SentOrReceived
NONE, EMAIL, MAIL, PHONE, IN_PERSON, TEXT = range(6)
NEITHER, SENT, RECEIVED = range(3)
# refattach.RefType
REF_TO, REF_FROM = 0, 1
# appointment.AptStatus values that matter here
_COMPLETED, _BROKEN = 2, 5
# RecallInterval packs years, months, weeks and days into one int.
SIX_MONTHS, THREE_MONTHS, ONE_YEAR = 6 << 16, 3 << 16, 1 << 24
PROPHY, PERIO, BITEWINGS = 1, 2, 3
# Documents that hold their image inline, with its size in bytes; the rest live on disk.
INLINE_IMAGES = {3: 1_200_000, 30: 2_100_000, 300: 2_900_000}

COMMLOG_COLUMNS = (
    "CommlogNum",
    "PatNum",
    "CommDateTime",
    "CommType",
    "Note",
    "Mode_",
    "SentOrReceived",
    "UserNum",
    "Signature",
    "SigIsTopaz",
    "DateTStamp",
    "DateTimeEnd",
    "CommSource",
    "ProgramNum",
    "DateTEntry",
    "ReferralNum",
    "CommReferralBehavior",
)
RECALL_COLUMNS = (
    "RecallNum",
    "PatNum",
    "DateDueCalc",
    "DateDue",
    "DatePrevious",
    "RecallInterval",
    "RecallStatus",
    "Note",
    "IsDisabled",
    "DateTStamp",
    "RecallTypeNum",
    "DisableUntilBalance",
    "DisableUntilDate",
    "DateScheduled",
    "Priority",
    "TimePatternOverride",
)
DOCUMENT_COLUMNS = (
    "DocNum",
    "Description",
    "DateCreated",
    "DocCategory",
    "PatNum",
    "FileName",
    "ImgType",
    "IsFlipped",
    "DegreesRotated",
    "ToothNumbers",
    "Note",
    "SigIsTopaz",
    "Signature",
    "CropX",
    "CropY",
    "CropW",
    "CropH",
    "WindowingMin",
    "WindowingMax",
    "MountItemNum",
    "DateTStamp",
    "RawBase64",
    "Thumbnail",
    "ExternalGUID",
    "ExternalSource",
    "ProvNum",
    "IsCropOld",
    "OcrResponseData",
    "ImageCaptureType",
    "PrintHeading",
)
REFATTACH_COLUMNS = (
    "RefAttachNum",
    "ReferralNum",
    "PatNum",
    "ItemOrder",
    "RefDate",
    "RefType",
    "RefToStatus",
    "Note",
    "IsTransitionOfCare",
    "ProcNum",
    "DateProcComplete",
    "ProvNum",
    "DateTStamp",
)


def commlog(
    b: Build, pat: int, when: datetime, kind: str, note: str, *, mode: int, direction: int
) -> None:
    """Write one communication entry; a few legacy rows lost their date."""
    num = b.ids.next("commlog")
    day = min(when.date(), b.last_day)
    stamp = b.stamp(day, 3)
    when_value: datetime | str = when
    source: int | None = 0
    if b.rng.random() < 0.003:
        when_value, source = ZERO_AT, None
    elif when.year < b.as_of.year - 2:
        source = None
    user = b.rng.choice(b.office.staff_users)
    b.loader.writer("commlog", COMMLOG_COLUMNS).add(
        (
            num,
            pat,
            when_value,
            b.office.defs[cat.DEF_COMMLOG_TYPES, kind],
            note,
            mode,
            direction,
            user,
            "",
            0,
            stamp,
            NEVER_AT,
            source,
            0,
            when,
            0,
            0,
        )
    )
    if b.rng.random() < 0.1:
        b.log(when, cat.PERM_COMMLOG_EDIT, user, pat, num, text="Commlog saved")


def appointment_messages(b: Build, m: Member, start: datetime, status: int, created: date) -> None:
    """Reminders before an appointment, the patient's reply, and a call after a no-show."""
    rng = b.rng
    remind = start - timedelta(days=2, hours=rng.randint(0, 6))
    if remind.date() < b.as_of and remind.date() > created:
        commlog(
            b,
            m.num,
            remind,
            "Appointment Related",
            f"Reminder sent for {start:%m/%d/%Y %I:%M %p}.",
            mode=TEXT,
            direction=SENT,
        )
        if rng.random() < 0.6:
            reply = remind + timedelta(minutes=rng.randint(2, 600))
            if reply.date() < b.as_of:
                commlog(
                    b,
                    m.num,
                    reply,
                    "Text Message",
                    rng.choice(('Pt replied "C"', "Confirmed! Thanks", "c")),
                    mode=TEXT,
                    direction=RECEIVED,
                )
    if status == _BROKEN and start.date() < b.as_of:
        commlog(
            b,
            m.num,
            start + timedelta(hours=1),
            "Appointment Related",
            "Pt no-showed; left voicemail to reschedule.",
            mode=PHONE,
            direction=SENT,
        )


def recall_reminders(b: Build, m: Member, visits: list[date]) -> None:
    """Recall texts, e-mails and postcards sent before each check-up came due."""
    for day in visits[1:]:
        when = b.at(day - timedelta(days=b.rng.randint(14, 35)))
        if when.date() >= b.start:
            mode = b.rng.choice((TEXT, TEXT, EMAIL, MAIL))
            commlog(
                b, m.num, when, "Recall", b.rng.choice(cat.NOTES_RECALL), mode=mode, direction=SENT
            )


def notes(b: Build, m: Member, first: date) -> None:
    """Odd notes about the patient: history updates, preferences, requests."""
    for _ in range(b.rng.choices((0, 1, 2, 3), (35, 35, 20, 10))[0]):
        when = b.at(b.day_between(first, b.last_day))
        commlog(
            b,
            m.num,
            when,
            "Misc",
            b.rng.choice(cat.NOTES_MISC),
            mode=b.rng.choice((NONE, PHONE, IN_PERSON)),
            direction=NEITHER,
        )


def recalls(b: Build, m: Member, last: date | None, scheduled: date | None, active: bool) -> None:
    """Write the patient's recall rows: cleanings (or perio maintenance) and bitewings."""
    rng = b.rng
    w = b.loader.writer("recall", RECALL_COLUMNS)
    kinds = [(PERIO, THREE_MONTHS, 91) if m.perio else (PROPHY, SIX_MONTHS, 182)]
    if last is not None and not m.child and rng.random() < 0.6:
        kinds.append((BITEWINGS, ONE_YEAR, 365))
    for kind, interval, days in kinds:
        num = b.ids.next("recall")
        due = last + timedelta(days=days) if last else NEVER
        due_value: date | str = due
        if num == 1 and due != NEVER:
            # OpenDental runs with sql_mode='', so a date with day 00 gets stored as typed.
            due_value = f"{due.year:04d}-{due.month:02d}-00"
        overdue = due != NEVER and due < b.as_of and scheduled is None
        status = 0
        if overdue and rng.random() < 0.5:
            status = b.office.defs[
                cat.DEF_RECALL_UNSCHED_STATUS, rng.choice(("Left Voicemail", "Texted", "Emailed"))
            ]
        disabled = 0 if active else int(rng.random() < 0.3)
        note = "Prefers Tuesday mornings" if rng.random() < 0.03 else ""
        until_date, until_balance = _disabled_until(b, due) if due != NEVER else (NEVER, 0.0)
        changed = min(last or m.entered or b.start, b.last_day)
        w.add(
            (
                num,
                m.num,
                due,
                due_value,
                last or NEVER,
                interval,
                status,
                note,
                disabled,
                b.stamp(changed, 20),
                kind,
                until_balance,
                until_date,
                scheduled or NEVER,
                0,
                "",
            )
        )


def _disabled_until(b: Build, due: date) -> tuple[date, float]:
    """Now and then the office holds a recall back: until a date, or until the family pays.

    Returns:
        ``DisableUntilDate`` and ``DisableUntilBalance``: a date still to come or already gone
        by, or a balance limit the family may be above or below.
    """
    roll = b.rng.random()
    if roll < 0.04:
        return b.as_of + timedelta(days=b.rng.randint(1, 120)), 0.0
    if roll < 0.06:
        return min(due, b.as_of) - timedelta(days=b.rng.randint(1, 60)), 0.0
    if roll < 0.10:
        return NEVER, float(b.rng.choice((25, 100, 400)))
    return NEVER, 0.0


def document(
    b: Build,
    m: Member,
    day: date,
    category: str,
    description: str,
    *,
    file_name: str,
    img_type: int,
    teeth: str = "",
) -> None:
    """Write one scanned document or image; the file itself lives in the image folder."""
    num = b.ids.next("document")
    raw = ""
    if num in INLINE_IMAGES:
        size = INLINE_IMAGES[num] * 3 // 4
        raw = base64.b64encode(b"\xff\xd8\xff\xe0" + b.rng.randbytes(size)).decode()
    when = b.at(day)
    b.loader.writer("document", DOCUMENT_COLUMNS).add(
        (
            num,
            description,
            when,
            b.office.defs[cat.DEF_IMAGE_CATS, category],
            m.num,
            file_name,
            img_type,
            0,
            0.0,
            teeth,
            "",
            0,
            "",
            0,
            0,
            0,
            0,
            0,
            255 if img_type == 1 else 0,
            0,
            b.stamp(day, 10),
            raw,
            "",
            "",
            "",
            m.dentist.num if img_type == 1 else 0,
            0,
            "",
            0,
            0,
        )
    )
    if raw:
        b.loader.writer("document", DOCUMENT_COLUMNS).flush()


def forms(b: Build, m: Member, day: date) -> None:
    """Paperwork scanned at a first visit."""
    stem = f"{m.last}{m.first}{m.num}".replace(" ", "").replace("'", "")
    document(
        b,
        m,
        day,
        "Patient Forms",
        "Registration & medical history",
        file_name=f"{stem}_forms.pdf",
        img_type=0,
    )
    if m.coverages:
        document(
            b,
            m,
            day,
            "Insurance Cards",
            "Insurance card",
            file_name=f"{stem}_inscard.jpg",
            img_type=2,
        )
    if b.rng.random() < 0.2:
        document(b, m, day, "Photos", "Patient photo", file_name=f"{stem}_photo.jpg", img_type=2)


def radiograph(b: Build, m: Member, day: date, code: str) -> None:
    """The image of x-rays taken at a visit."""
    stem = f"{m.last}{m.first}{m.num}".replace(" ", "").replace("'", "")
    label = {"D0210": "FMX", "D0330": "Pano", "D0274": "4BW", "D0272": "2BW"}.get(code, "PA")
    teeth = "2,3,14,15,18,19,30,31" if label.endswith("BW") else ""
    document(
        b,
        m,
        day,
        "X-Rays",
        f"{label} {day:%m/%d/%Y}",
        file_name=f"{stem}_{label}_{day:%Y%m%d}.jpg",
        img_type=1,
        teeth=teeth,
    )


def refer_out(b: Build, m: Member, day: date, proc: int, prov: int) -> None:
    """Send the patient to a specialist for a procedure."""
    doctors = b.office.referrals[len(cat.REFERRAL_SOURCES) :]
    _attach(
        b,
        m,
        b.rng.choice(doctors),
        day,
        REF_TO,
        proc=proc,
        prov=prov,
        status=b.rng.choice((2, 3, 5)),
    )


def referred_by(b: Build, m: Member, day: date) -> None:
    """Record who sent a new patient.

    Some patients name a second source, entered first but ordered second: the referral a
    report shows is the one of the lowest ItemOrder, not the first entered.
    """
    if b.rng.random() < 0.15:
        second = b.rng.choice(b.office.referrals)
        _attach(b, m, second, day, REF_FROM, proc=0, prov=0, status=0, order=1)
    _attach(b, m, b.rng.choice(b.office.referrals), day, REF_FROM, proc=0, prov=0, status=0)


def _attach(
    b: Build,
    m: Member,
    referral: int,
    day: date,
    kind: int,
    *,
    proc: int,
    prov: int,
    status: int,
    order: int = 0,
) -> None:
    ref_date: date | str = day
    if b.rng.random() < 0.05:
        ref_date = "0000-00-00"
    b.loader.writer("refattach", REFATTACH_COLUMNS).add(
        (
            b.ids.next("refattach"),
            referral,
            m.num,
            order,
            ref_date,
            kind,
            status,
            "",
            0,
            proc,
            NEVER,
            prov,
            b.stamp(day, 30),
        )
    )
