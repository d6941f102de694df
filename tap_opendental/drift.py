"""Schema drift between ``tables.yml`` and the live source, checked before every sync.

OpenDental upgrades append columns, widen types (varchar(20) -> varchar(100), tinyint ->
smallint, date -> datetime) and rebuild tables through temporary copies, so a table can be
missing for a while. A run must never load such data wrongly without saying so:

- a changed type or a column that is gone stops the run before anything is read, naming each
  table and change: the catalog must be re-analysed and reviewed first (a narrower type in the
  replica would truncate values; a removed column cannot be selected);
- a column that is new at the source is left out until the next analysis, with a warning;
- a table that is missing is skipped for this run, with a warning, and keeps its bookmark.
"""

from __future__ import annotations

import dataclasses
import typing as t

import sqlalchemy as sa

if t.TYPE_CHECKING:
    from collections.abc import Iterable

    from tap_opendental.tables import TableSpec


@dataclasses.dataclass
class Drift:
    """What differs between the catalog and the source, for the tables a run reads."""

    missing_tables: list[str] = dataclasses.field(default_factory=list)
    changed: list[str] = dataclasses.field(default_factory=list)
    new_columns: list[str] = dataclasses.field(default_factory=list)

    @property
    def blocking(self) -> bool:
        """Whether the run must stop: types changed or columns disappeared."""
        return bool(self.changed)


def live_columns(connection: sa.Connection, database: str) -> dict[str, dict[str, str]]:
    """Read every column's exact type from information_schema, in one query."""
    columns: dict[str, dict[str, str]] = {}
    rows = connection.execute(
        sa.text(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = :database"
        ),
        {"database": database},
    )
    for table, column, column_type in rows:
        columns.setdefault(table, {})[column] = column_type
    return columns


def find_drift(
    specs: Iterable[TableSpec],
    live: dict[str, dict[str, str]],
    selected: dict[str, set[str]],
) -> Drift:
    """Compare the catalog's tables with the live source.

    Args:
        specs: The tables the run reads.
        live: Column types per table, from :func:`live_columns`.
        selected: The columns the run reads, per table.

    Returns:
        The drift found.
    """
    drift = Drift()
    for spec in specs:
        columns = live.get(spec.name)
        if columns is None:
            drift.missing_tables.append(spec.name)
            continue
        for column in sorted(selected.get(spec.name, set())):
            expected = spec.columns.get(column)
            if column not in columns:
                drift.changed.append(f"{spec.name}.{column} ({expected}) no longer exists")
            elif expected is not None and columns[column] != expected:
                drift.changed.append(
                    f"{spec.name}.{column} changed {expected} -> {columns[column]}"
                )
        drift.new_columns += [
            f"{spec.name}.{column} {kind}"
            for column, kind in columns.items()
            if column not in spec.columns
        ]
    return drift
