"""OpenDental's standard reports, computed from a source database by OpenDental's own rules.

Each module of this package reproduces one report of OpenDental's Reports menu, written from
OpenDental's report code (``OpenDentBusiness/Reports/Rp*.cs``) and not from the warehouse models:
it reads the source tables and returns the rows the report prints. The mart named by the report
must hold the same rows, figure for figure, to the cent; :func:`compare` says how many agree.

A module defines ``REPORTS``, a list of :class:`Report`. :func:`reports` finds them all.
"""

from __future__ import annotations

import dataclasses
import datetime
import importlib
import pkgutil
import typing as t
from decimal import Decimal

if t.TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from pymysql.cursors import Cursor

#: One row of a report: its key columns and its figures, by the mart's column names.
Row = dict[str, t.Any]


@dataclasses.dataclass(frozen=True)
class Report:
    """One OpenDental report and the mart that reproduces it.

    Attributes:
        name: The report as OpenDental names it, e.g. ``"Production and Income"``.
        mart: The relation in schema ``marts`` that reproduces it.
        key: The mart's columns that identify a row (``practice_id`` aside).
        figures: The mart's columns compared with the report: money to the cent, counts exactly.
        compute: Reads the source database (the cursor is in it) and returns the report's rows
            as of a date (everything dated after it is left out, as OpenDental does).
        where: An optional filter on the mart's rows (SQL), for a mart that holds more than the
            report prints.
    """

    name: str
    mart: str
    key: tuple[str, ...]
    figures: tuple[str, ...]
    compute: Callable[[Cursor, datetime.date], list[Row]]
    where: str = "true"


@dataclasses.dataclass(frozen=True)
class Comparison:
    """How a mart's rows compare with its report's."""

    report: Report
    figures: int
    matching: int
    differences: list[str]

    @property
    def matches(self) -> bool:
        """Whether every figure and every row agree."""
        return not self.differences

    def summary(self) -> str:
        """One line: ``matches OpenDental's <report> rules: N of N figures``."""
        verb = "matches" if self.matches else "DIFFERS from"
        counted = f"{self.matching} of {self.figures} figures"
        return f"{verb} OpenDental's {self.report.name} rules: {counted}"


def reports() -> list[Report]:
    """Every report of this package, in module order."""
    found: list[Report] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found.extend(importlib.import_module(f"{__name__}.{module.name}").REPORTS)
    return found


def normalize(value: t.Any) -> t.Any:
    """A value as both sides are compared: money and other decimals to the cent, dates as ISO."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (Decimal, float)):
        text = f"{Decimal(str(value)).quantize(Decimal('0.01')):.2f}"
        return "0.00" if text == "-0.00" else text
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def compare(report: Report, expected: Iterable[Row], actual: Iterable[Row]) -> Comparison:
    """Compare the report's rows with the mart's, key by key and figure by figure.

    A row only one side has counts every one of its figures as differing.
    """

    def index(rows: Iterable[Mapping[str, t.Any]]) -> dict[tuple, dict[str, t.Any]]:
        return {
            tuple(normalize(row[k]) for k in report.key): {
                f: normalize(row[f]) for f in report.figures
            }
            for row in rows
        }

    want, got = index(expected), index(actual)
    differences: list[str] = []
    figures = matching = 0
    for key in sorted(want.keys() | got.keys(), key=repr):
        for figure in report.figures:
            figures += 1
            left = want.get(key, {}).get(figure, "(no row)")
            right = got.get(key, {}).get(figure, "(no row)")
            if left == right:
                matching += 1
            else:
                differences.append(f"{report.mart} {key} {figure}: report {left}, mart {right}")
    return Comparison(report, figures, matching, differences)


def mart_rows(
    connection: t.Any, report: Report, practice_id: str = "main", schema: str = "marts"
) -> list[Row]:
    """The mart's rows of one practice, by the report's key and figure columns.

    ``connection`` is an open psycopg connection to the warehouse; ``schema`` is where the
    dbt target built the marts (``marts`` in production, ``dev_marts`` in development).
    """
    columns = ", ".join((*report.key, *report.figures))
    cursor = connection.execute(
        f"select {columns} from {schema}.{report.mart} where practice_id = %s and ({report.where})",
        (practice_id,),
    )
    names = [column.name for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
