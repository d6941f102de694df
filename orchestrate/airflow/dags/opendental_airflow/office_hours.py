"""The business-hours guard: no reading of the live practice while the office is open.

OpenDental's MyISAM tables lock while they are read, so a long extraction during office hours
slows the front desk. The guard reads three variables:

- ``OPENDENTAL_OFFICE_HOURS``: ``07:00-18:00`` by default; ``off`` (or empty) turns the guard off;
- ``OPENDENTAL_OFFICE_DAYS``: ``Mon-Fri`` by default; days and ranges separated by commas,
  such as ``Mon-Thu,Sat``;
- ``OPENDENTAL_TIMEZONE``: the practice's time zone, ``America/Chicago`` by default (the
  schedules run in it too).

A run triggered with the ``force`` parameter goes ahead all the same.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import typing as t
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from opendental_airflow.settings import DEFAULT_TIMEZONE, SettingError, practice_timezone

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DEFAULT_HOURS = "07:00-18:00"
DEFAULT_DAYS = "Mon-Fri"
_OFF = ("", "off", "none", "false", "0")


def _time(text: str, variable: str) -> datetime.time:
    try:
        return datetime.time.fromisoformat(text.strip())
    except ValueError:
        raise SettingError(f"{variable}: {text.strip()!r} is not a time such as 07:00") from None


def _day(text: str, variable: str) -> int:
    name = text.strip()[:3].title()
    if name not in DAY_NAMES:
        raise SettingError(f"{variable}: {text.strip()!r} is not a day (Mon, Tue, ... Sun)")
    return DAY_NAMES.index(name)


def parse_days(text: str, variable: str = "OPENDENTAL_OFFICE_DAYS") -> frozenset[int]:
    """Parse days such as ``Mon-Fri`` or ``Mon-Thu,Sat`` into weekday numbers (Monday is 0)."""
    days: set[int] = set()
    for item in text.split(","):
        if not item.strip():
            continue
        first, _, last = item.partition("-")
        start = _day(first, variable)
        end = _day(last, variable) if last else start
        if end < start:
            raise SettingError(f"{variable}: the range {item.strip()!r} runs backwards")
        days.update(range(start, end + 1))
    if not days:
        raise SettingError(f"{variable} names no day")
    return frozenset(days)


@dataclasses.dataclass(frozen=True)
class OfficeHours:
    """When the practice is open, in its own time zone."""

    opens: datetime.time
    closes: datetime.time
    days: frozenset[int]
    zone: ZoneInfo

    @classmethod
    def parse(
        cls, hours: str, days: str = DEFAULT_DAYS, zone: str = DEFAULT_TIMEZONE
    ) -> OfficeHours:
        """Build office hours from ``HH:MM-HH:MM``, days and a time zone name.

        Raises:
            SettingError: When a value cannot be read, naming the variable to fix.
        """
        opens, separator, closes = hours.partition("-")
        if not separator:
            raise SettingError(
                f"OPENDENTAL_OFFICE_HOURS: {hours!r} is not a range such as 07:00-18:00"
            )
        start = _time(opens, "OPENDENTAL_OFFICE_HOURS")
        end = _time(closes, "OPENDENTAL_OFFICE_HOURS")
        if end <= start:
            raise SettingError(f"OPENDENTAL_OFFICE_HOURS: {hours!r} closes before it opens")
        try:
            timezone = ZoneInfo(zone.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingError(f"OPENDENTAL_TIMEZONE: unknown time zone {zone!r}") from None
        return cls(start, end, parse_days(days), timezone)

    @classmethod
    def from_environment(cls, environ: t.Mapping[str, str] = os.environ) -> OfficeHours | None:
        """The configured office hours, or None when the guard is turned off."""
        hours = environ.get("OPENDENTAL_OFFICE_HOURS", DEFAULT_HOURS)
        if hours.strip().lower() in _OFF:
            return None
        return cls.parse(
            hours,
            environ.get("OPENDENTAL_OFFICE_DAYS") or DEFAULT_DAYS,
            practice_timezone(environ),
        )

    def is_open(self, moment: datetime.datetime) -> bool:
        """Whether the office is open at this (time-zone aware) moment."""
        local = moment.astimezone(self.zone)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes

    def describe(self) -> str:
        """The hours as a person reads them, e.g. ``07:00-18:00 Mon, Tue ... (America/Chicago)``."""
        days = ", ".join(DAY_NAMES[day] for day in sorted(self.days))
        return f"{self.opens:%H:%M}-{self.closes:%H:%M} {days} ({self.zone.key})"


def refusal(hours: OfficeHours | None, moment: datetime.datetime, forced: bool) -> str | None:
    """Why extraction must not start now, or None when it may.

    Args:
        hours: The office hours, None when the guard is off.
        moment: Now, time-zone aware.
        forced: Whether the run was triggered with ``force``.
    """
    if hours is None or forced or not hours.is_open(moment):
        return None
    local = moment.astimezone(hours.zone)
    return (
        f"the practice is open ({hours.describe()}; it is {local:%a %H:%M} there): refusing to "
        "read the live OpenDental database. Run outside office hours, or trigger with "
        '{"force": true} to read it anyway.'
    )
