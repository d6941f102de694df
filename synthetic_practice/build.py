"""State shared by the steps that generate a practice's history."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from synthetic_practice.writer import Loader

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

    from synthetic_practice.office import Office

HISTORY_YEARS = 4


def years_before(day: date, years: int) -> date:
    """Return the same calendar day ``years`` earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def next_weekday(day: date) -> date:
    """Return ``day`` or, if it falls on a weekend, the Monday after."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@dataclass
class Ids:
    """Dense primary keys from 1, one sequence per table."""

    last: dict[str, int] = field(default_factory=dict)

    def next(self, table: str) -> int:
        """Return the next key of ``table``."""
        value = self.last.get(table, 0) + 1
        self.last[table] = value
        return value


class Build:
    """The random source, calendar, key sequences and writers of one generation run.

    Args:
        cursor: Cursor on the empty practice database.
        seed: Seed of the random source.
        as_of: The snapshot date: history covers the days before it.
        patients: Number of patients to generate.
    """

    def __init__(self, cursor: Cursor, seed: int, as_of: date, patients: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.last_day = as_of - timedelta(days=1)
        self.start = years_before(as_of, HISTORY_YEARS)
        # The practice moved to OpenDental here; earlier work came over without appointments.
        self.converted = next_weekday(self.start + timedelta(days=700))
        self.patients = patients
        self.loader = Loader(cursor)
        self.ids = Ids()
        self.office: Office
        # (LogDateTime, PermType, UserNum, PatNum, FKey, LogText); written in time order at the end.
        self.security: list[tuple[datetime, int, int, int, int, str]] = []
        self.overnight_written = False

    def day_between(self, first: date, last: date) -> date:
        """Return a uniformly random day in ``[first, last]``."""
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, max(span, 0)))

    def at(self, day: date, first_hour: int = 8, last_hour: int = 17) -> datetime:
        """Return a random clinic-hours moment on ``day``, to the second."""
        seconds = self.rng.randint(first_hour * 3600, last_hour * 3600 + 3599)
        return datetime.combine(day, time()) + timedelta(seconds=seconds)

    def stamp(self, day: date, edit_days: int = 0) -> datetime:
        """Return a change stamp for a row last written on ``day``.

        With ``edit_days`` the row may have been edited up to that many days later. The stamp never
        passes the end of the last history day, so live edits always move it forward.
        """
        if edit_days and self.rng.random() < 0.3:
            day += timedelta(days=self.rng.randint(1, edit_days))
        day = min(day, self.last_day)
        return self.at(day, 7, 18)

    def log(self, when: datetime, perm: int, user: int, pat: int, fkey: int, *, text: str) -> None:
        """Record a securitylog entry; entries get their keys in time order when written."""
        self.security.append((when, perm, user, pat, fkey, text))
