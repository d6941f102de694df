"""Appointment types, and the history OpenDental keeps of every appointment.

``appointmenttype`` lists the kinds of appointment an office books (new patient, recall,
crown, ...), each with its colour, time pattern and procedure codes; ``appointment``
``.AppointmentTypeNum`` points at one. ``histappointment`` holds a copy of an appointment each
time a user creates, changes, breaks or deletes it, with the user, the moment and the action
(OpenDental's ``HistAppointmentAction``: 0 Created, 1 Changed, 2 Missed, 3 Cancelled,
4 Deleted).

Both are made from the appointments already written, with a random source of their own, so the
rest of a practice generated from a seed stays as it was: typing an appointment keeps its
change stamp.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

CREATED, CHANGED, MISSED, CANCELLED, DELETED = range(5)
SCHEDULED, COMPLETE, UNSCHED_LIST, BROKEN, PLANNED = 1, 2, 3, 5, 6
NEVER_AT = datetime(1, 1, 1)


def _argb(red: int, green: int, blue: int) -> int:
    """An opaque colour as .NET stores it: a signed 32-bit ARGB integer."""
    return (255 << 24 | red << 16 | green << 8 | blue) - (1 << 32)


# (name, colour, time pattern in 5-minute steps, procedure codes, hidden)
APPOINTMENT_TYPES = (
    ("New Patient", _argb(128, 200, 255), "/XXXXXXXX//", "D0150,D0210,D1110", False),
    ("Recall", _argb(160, 230, 160), "//XXXX//", "D0120,D1110,D0274", False),
    ("Restorative", _argb(255, 220, 130), "/XXXXXX/", "D2391,D2392", False),
    ("Crown", _argb(240, 160, 160), "/XXXXXXXXXX/", "D2740", False),
    ("Emergency", _argb(255, 120, 120), "/XXXX/", "D0140", False),
    ("Consult", _argb(200, 180, 255), "XXXX", "", True),
)

HIST_COLUMNS_NOT_COPIED = ("HistApptNum", "HistUserNum", "HistDateTStamp", "HistApptAction")


def ensure_types(cursor: Cursor) -> dict[str, int]:
    """Write the office's appointment types once; return their keys by name."""
    cursor.execute("SELECT AppointmentTypeName, AppointmentTypeNum FROM appointmenttype")
    found = {str(name): int(num) for name, num in cursor.fetchall()}
    if found:
        return found
    for order, (name, color, pattern, codes, hidden) in enumerate(APPOINTMENT_TYPES):
        cursor.execute(
            "INSERT INTO appointmenttype (AppointmentTypeNum, AppointmentTypeName, "
            "AppointmentTypeColor, ItemOrder, IsHidden, Pattern, CodeStr, CodeStrRequired, "
            "RequiredProcCodesNeeded, BlockoutTypes) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (order + 1, name, color, order, int(hidden), pattern, codes, "", 0, ""),
        )
        found[name] = order + 1
    return found


def assign_types(cursor: Cursor, rng: random.Random, since: date, *, keep_stamps: bool) -> int:
    """Give most appointments created on or after ``since`` a type; return how many.

    New-patient and hygiene appointments get their own types; others are restorative, crown
    or emergency visits. With ``keep_stamps`` the change stamps stay where the history put them.
    """
    types = ensure_types(cursor)
    cursor.execute(
        "SELECT AptNum, IsNewPatient, IsHygiene FROM appointment "
        "WHERE AppointmentTypeNum = 0 AND SecDateTEntry >= %s AND AptStatus IN (1, 2, 3, 5, 6) "
        "ORDER BY AptNum",
        (since,),
    )
    chosen: dict[int, list[int]] = {}
    for apt, new, hygiene in cursor.fetchall():
        if rng.random() < 0.15:
            continue
        if new:
            name = "New Patient"
        elif hygiene:
            name = "Recall"
        else:
            name = rng.choices(("Restorative", "Crown", "Emergency"), (6, 2, 1))[0]
        chosen.setdefault(types[name], []).append(int(apt))
    keep = ", DateTStamp = DateTStamp" if keep_stamps else ""
    for kind, apts in chosen.items():
        cursor.execute(
            f"UPDATE appointment SET AppointmentTypeNum = %s{keep} "
            f"WHERE AptNum IN ({', '.join(map(str, apts))})",
            (kind,),
        )
    return sum(map(len, chosen.values()))


def appointment_rows(cursor: Cursor, where: str, args: tuple[Any, ...] = ()) -> list[dict]:
    """Return appointments as column-to-value dicts."""
    cursor.execute(f"SELECT * FROM appointment WHERE {where} ORDER BY AptNum", args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class History:
    """Writes histappointment rows, keyed in the order they happened."""

    def __init__(self, cursor: Cursor, *, stamped: bool) -> None:
        self.cur = cursor
        # History rows carry their own change stamps; a live day's rows get MySQL's.
        self.stamped = stamped
        self.entries: list[tuple[datetime, int, int, dict]] = []

    def add(self, when: datetime, action: int, user: int, appointment: dict) -> None:
        """Record ``appointment`` as it was after ``action`` by ``user`` at ``when``."""
        self.entries.append((when, action, user, appointment))

    def write(self) -> int:
        """Insert the recorded rows in time order; return how many."""
        if not self.entries:
            return 0
        self.cur.execute("SELECT COALESCE(MAX(HistApptNum), 0) FROM histappointment")
        last = int(self.cur.fetchone()[0])
        self.entries.sort(key=lambda entry: (entry[0], entry[3]["AptNum"], entry[1]))
        rows = []
        for offset, (when, action, user, appointment) in enumerate(self.entries, start=1):
            copied = {k: v for k, v in appointment.items() if k != "DateTStamp"}
            row = {
                "HistApptNum": last + offset,
                "HistUserNum": user,
                "HistDateTStamp": when,
                "HistApptAction": action,
                "ApptSource": 0,
                **copied,
            }
            if self.stamped:
                row["DateTStamp"] = when
            rows.append(row)
        columns = list(rows[0])
        self.cur.executemany(
            f"INSERT INTO histappointment ({', '.join(f'`{c}`' for c in columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})",
            [tuple(row[c] for c in columns) for row in rows],
        )
        written = len(rows)
        self.entries.clear()
        return written


def _between(rng: random.Random, first: datetime, last: datetime) -> datetime:
    span = max(int((last - first).total_seconds()), 0)
    return first + timedelta(seconds=rng.randint(0, span))


def record_history(cursor: Cursor, rng: random.Random, users: list[int], last_day: date) -> int:
    """Write the history of every appointment of a newly generated practice; return the rows.

    Each appointment was created (as scheduled, or planned), sometimes changed before its day
    (moved or confirmed), then set complete, missed or cancelled (broken) or sent to the
    unscheduled list, as its status says.
    """
    history = History(cursor, stamped=True)
    end = datetime.combine(last_day, time(18))
    for apt in appointment_rows(cursor, "1 = 1"):
        status = int(apt["AptStatus"])
        created = min(apt["SecDateTEntry"], end)
        start = apt["AptDateTime"]
        booked = {
            **apt,
            "AptStatus": status if status == PLANNED else SCHEDULED,
            "DateTimeArrived": NEVER_AT,
            "DateTimeSeated": NEVER_AT,
            "DateTimeDismissed": NEVER_AT,
            "UnschedStatus": 0,
        }
        history.add(created, CREATED, int(apt["SecUserNumEntry"]) or rng.choice(users), booked)
        due = min(start, end) if start > created else None
        if due is not None and rng.random() < 0.25:
            history.add(_between(rng, created, due), CHANGED, rng.choice(users), booked)
        if due is None or status in (SCHEDULED, PLANNED):
            continue
        if status == COMPLETE:
            finished = apt["DateTimeDismissed"] if apt["DateTimeDismissed"] > created else due
            history.add(min(finished, end), CHANGED, rng.choice(users), apt)
        elif status == BROKEN:
            action = MISSED if rng.random() < 0.7 else CANCELLED
            history.add(due, action, rng.choice(users), apt)
        elif status == UNSCHED_LIST:
            history.add(due, CANCELLED, rng.choice(users), apt)
    return history.write()
