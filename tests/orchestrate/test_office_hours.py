"""The business-hours guard: no reading of the live practice while the office is open."""

from __future__ import annotations

import datetime

import pytest
from opendental_airflow.office_hours import OfficeHours, parse_days, refusal
from opendental_airflow.settings import SettingError

UTC = datetime.timezone.utc


def at(text: str) -> datetime.datetime:
    """A moment in UTC (``2026-07-07 15:00``)."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def hours() -> OfficeHours:
    """The defaults: 07:00-18:00, Monday to Friday, in Chicago."""
    found = OfficeHours.from_environment({})
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        ("2026-07-07 15:00", True),  # Tuesday 10:00 CDT
        ("2026-07-07 12:30", True),  # Tuesday 07:30 CDT
        ("2026-01-06 12:30", False),  # Tuesday 06:30 CST: the same UTC time, before opening
        ("2026-01-06 23:59", True),  # Tuesday 17:59 CST
        ("2026-01-07 00:00", False),  # Tuesday 18:00 CST: closing time is closed
        ("2026-07-08 02:00", False),  # Tuesday 21:00 CDT: the nightly run
        ("2026-07-11 15:00", False),  # Saturday 10:00 CDT
    ],
)
def test_the_office_is_open_in_its_own_time_zone(
    hours: OfficeHours, moment: str, is_open: bool
) -> None:
    assert hours.is_open(at(moment)) is is_open


def test_extraction_is_refused_while_open_unless_forced(hours: OfficeHours) -> None:
    reason = refusal(hours, at("2026-07-07 15:00"), forced=False)

    assert reason is not None
    assert "the practice is open" in reason
    assert "Tue 10:00" in reason
    assert '{"force": true}' in reason
    assert refusal(hours, at("2026-07-07 15:00"), forced=True) is None
    assert refusal(hours, at("2026-07-08 02:00"), forced=False) is None


@pytest.mark.parametrize("value", ["off", "OFF", "", "none"])
def test_the_guard_can_be_turned_off(value: str) -> None:
    hours = OfficeHours.from_environment({"OPENDENTAL_OFFICE_HOURS": value})

    assert hours is None
    assert refusal(hours, at("2026-07-07 15:00"), forced=False) is None


def test_hours_days_and_zone_come_from_the_environment() -> None:
    hours = OfficeHours.from_environment(
        {
            "OPENDENTAL_OFFICE_HOURS": "08:30-12:00",
            "OPENDENTAL_OFFICE_DAYS": "Mon-Thu,Sat",
            "OPENDENTAL_TIMEZONE": "Europe/Paris",
        }
    )

    assert hours is not None
    assert hours.describe() == "08:30-12:00 Mon, Tue, Wed, Thu, Sat (Europe/Paris)"
    assert hours.is_open(at("2026-07-11 07:00"))  # Saturday 09:00 in Paris
    assert not hours.is_open(at("2026-07-10 07:00"))  # Friday


def test_days_are_read_as_ranges_and_lists() -> None:
    assert parse_days("Mon-Fri") == frozenset(range(5))
    assert parse_days("sun") == frozenset({6})
    assert parse_days("Monday, Wednesday-Thursday") == frozenset({0, 2, 3})


@pytest.mark.parametrize(
    ("environ", "problem"),
    [
        ({"OPENDENTAL_OFFICE_HOURS": "7am-6pm"}, "OPENDENTAL_OFFICE_HOURS: '7am' is not a time"),
        ({"OPENDENTAL_OFFICE_HOURS": "18:00-07:00"}, "closes before it opens"),
        ({"OPENDENTAL_OFFICE_HOURS": "07:00"}, "is not a range such as 07:00-18:00"),
        ({"OPENDENTAL_OFFICE_DAYS": "Mon-Xyz"}, "OPENDENTAL_OFFICE_DAYS: 'Xyz' is not a day"),
        ({"OPENDENTAL_OFFICE_DAYS": "Fri-Mon"}, "runs backwards"),
        ({"OPENDENTAL_TIMEZONE": "Mars/Olympus"}, "OPENDENTAL_TIMEZONE: unknown time zone"),
    ],
)
def test_a_setting_that_cannot_be_read_names_the_variable(
    environ: dict[str, str], problem: str
) -> None:
    with pytest.raises(SettingError, match=problem):
        OfficeHours.from_environment(environ)
