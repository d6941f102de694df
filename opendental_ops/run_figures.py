"""What one run did, per table, from the records the tap keeps in Meltano's state.

The tap ends each table's sync by writing its figures into the table's bookmark
(``tap_opendental.run_record``): rows sent, keys sent to retire deleted rows, seconds, what
it read and whether it succeeded. Meltano stores a state only once the pair's target has
emitted it, after writing every row sent before it, so a record there is a table whose rows
the target holds: the rows read are the rows loaded. Meltano keeps the state in its system
database, so the figures are the same from any worker that shares it, and no log is read.

A pair's run (Meltano's record of it: state ID, run ID, start, end) owns the tables whose
record the tap wrote during it; a later run of the same table replaces the record, so an
older run shows only the tables that have not run since.
"""

from __future__ import annotations

import dataclasses
import datetime
import typing as t

from tap_opendental.run_record import RunRecord

if t.TYPE_CHECKING:
    from opendental_ops import meltano


@dataclasses.dataclass
class TableRun:
    """What one extract-load pair did with one table in one run."""

    table: str
    rows_extracted: int = 0
    seconds: float = 0.0
    status: str = "succeeded"
    finished_at: datetime.datetime | None = None
    keys_sent: int = 0
    reads: str | None = None
    error: str | None = None

    @classmethod
    def from_record(cls, table: str, record: RunRecord) -> TableRun:
        """The figures of a table's ``last_run`` record."""
        return cls(
            table,
            rows_extracted=record.rows,
            seconds=record.seconds,
            status="succeeded" if record.result == "ok" else "failed",
            finished_at=record.finished,
            keys_sent=record.keys_sent,
            reads=record.reads,
            error=record.error,
        )

    @property
    def rows_loaded(self) -> int:
        """Rows the target wrote: every row read, once the target has confirmed the table."""
        return self.rows_extracted

    def as_dict(self) -> dict[str, t.Any]:
        """The table's figures as JSON-ready values."""
        return {
            "table": self.table,
            "status": self.status,
            "rows_extracted": self.rows_extracted,
            "rows_loaded": self.rows_loaded,
            "keys_sent": self.keys_sent,
            "seconds": round(self.seconds, 3),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "reads": self.reads,
            "error": self.error,
        }


@dataclasses.dataclass
class HopRun:
    """One extract-load pair's run, with the figures of the tables it confirmed."""

    state_id: str
    run_id: str
    tables: dict[str, TableRun] = dataclasses.field(default_factory=dict)

    @property
    def errors(self) -> list[str]:
        """The errors of the tables that failed."""
        return [f"{name}: {table.error}" for name, table in self.tables.items() if table.error]

    @property
    def rows_extracted(self) -> int:
        """Rows the extractor read, all tables."""
        return sum(table.rows_extracted for table in self.tables.values())

    @property
    def rows_loaded(self) -> int:
        """Rows the loader wrote, all tables."""
        return sum(table.rows_loaded for table in self.tables.values())

    @property
    def keys_sent(self) -> int:
        """Keys the extractor sent to retire deleted rows, all tables."""
        return sum(table.keys_sent for table in self.tables.values())


def within(run: meltano.Run, when: datetime.datetime | None) -> bool:
    """Whether a time falls within a run (which may still be running)."""
    if when is None or run.started_at is None:
        return False
    return run.started_at <= when and (run.ended_at is None or when <= run.ended_at)


def hop_run(run: meltano.Run, bookmarks: t.Mapping[str, t.Mapping[str, t.Any]]) -> HopRun:
    """The tables a pair's run confirmed, from its state's bookmarks (by table).

    Args:
        run: Meltano's record of the run.
        bookmarks: The pair's state, by table (``meltano state get``), read after the run.
    """
    found = HopRun(run.state_id, run.run_id)
    for name, bookmark in bookmarks.items():
        record = RunRecord.from_state(bookmark)
        if record is not None and within(run, record.run_started):
            found.tables[name] = TableRun.from_record(name, record)
    return found


def bookmarks_of(state: t.Mapping[str, t.Any]) -> dict[str, dict[str, t.Any]]:
    """A Singer state's bookmarks, by table."""
    return dict(state.get("bookmarks") or {})
