"""Status: the last run of every table, from Meltano's run records and state.

For each extract-load pair of a job, Meltano's system database lists its runs (``meltano
logs list``) and holds its state (``meltano state get``): each table's bookmark, and the
tap's record of the table's last run (``run_figures``). A pair may run as several plugin
instances with states of their own (the Airflow DAG reads each size tier through
``tap-opendental--large`` ...): they are the pair's parts, and a table's row is the one of
the part that ran it last. A run limited to some tables leaves the others' records as they
were, so each table shows its own last run.
"""

from __future__ import annotations

import dataclasses
import typing as t

from opendental_ops import meltano, run_figures
from tap_opendental.run_record import RunRecord

if t.TYPE_CHECKING:
    from tap_opendental.tables import TableSpec


@dataclasses.dataclass
class TableStatus:
    """One table's bookmark and last run in one extract-load pair."""

    table: str
    replication_method: str | None
    bookmark: dict[str, t.Any]
    part: str | None = None
    run: meltano.Run | None = None
    figures: run_figures.TableRun | None = None

    @property
    def result(self) -> str:
        """``ok`` or ``failed``; ``never`` when the state holds no record of a run."""
        if self.figures is None:
            return "never"
        return "ok" if self.figures.status == "succeeded" else "failed"

    def as_dict(self) -> dict[str, t.Any]:
        """JSON-ready values."""
        return {
            "table": self.table,
            "replication_method": self.replication_method,
            "state_id": self.part,
            "replication_key": self.bookmark.get("replication_key"),
            "bookmark": self.bookmark.get("replication_key_value"),
            "reconciled_at": self.bookmark.get("reconciled_at"),
            "result": self.result,
            "run_id": self.run.run_id if self.run else None,
            "last_run": self.figures.as_dict() if self.figures else None,
        }


@dataclasses.dataclass
class HopStatus:
    """One extract-load pair: its parts' last runs and its tables."""

    state_id: str
    hop: meltano.Hop | None
    last_runs: list[meltano.Run]
    tables: list[TableStatus]
    errors: list[str] = dataclasses.field(default_factory=list)

    def as_dict(self) -> dict[str, t.Any]:
        """JSON-ready values."""
        return {
            "state_id": self.state_id,
            "extractor": self.hop.extractor if self.hop else None,
            "loader": self.hop.loader if self.hop else None,
            "last_run": self.last_runs[0].as_dict() if self.last_runs else None,
            "parts": [run.as_dict() for run in self.last_runs],
            "errors": self.errors,
            "tables": [table.as_dict() for table in self.tables],
        }


def _latest_record(
    name: str, bookmarks: dict[str, dict[str, t.Any]], newest_first: list[str]
) -> tuple[str | None, RunRecord | None]:
    """The part whose record of the table is the newest, and the record."""
    found: tuple[str | None, RunRecord | None] = (None, None)
    for part in newest_first:
        bookmark = bookmarks.get(part, {}).get(name)
        if bookmark is None:
            continue
        record = RunRecord.from_state(bookmark)
        newer = record is not None and (
            found[1] is None or record.run_started_at > found[1].run_started_at
        )
        if found[0] is None or newer:
            found = (part, record)
    return found


def hop_status(
    state_id: str,
    hop: meltano.Hop | None,
    tables: dict[str, TableSpec],
    runs: list[meltano.Run],
    bookmarks: dict[str, dict[str, t.Any]],
    *,
    others: bool = True,
) -> HopStatus:
    """Build one pair's status.

    Args:
        state_id: The pair's state ID.
        hop: The pair's extractor and loader, when known.
        tables: The catalog's tables (those shown, in order).
        runs: The runs of the pair's parts, newest first.
        bookmarks: Each part's bookmarks by table (``meltano state get``), by state ID.
        others: Also show tables the state holds that the catalog no longer has.
    """
    known = {table for part in bookmarks.values() for table in part}
    names = list(tables) + (sorted(known - set(tables)) if others else [])
    newest_first = list(dict.fromkeys([*(run.state_id for run in runs), *bookmarks]))
    latest: dict[str, meltano.Run] = {}
    for run in runs:
        latest.setdefault(run.state_id, run)
    rows = []
    for name in names:
        part, record = _latest_record(name, bookmarks, newest_first)
        method = tables[name].replication_method if name in tables else None
        row = TableStatus(name, method, bookmarks.get(part, {}).get(name, {}), part)
        if record is not None:
            row.figures = run_figures.TableRun.from_record(name, record)
            row.run = next(
                (
                    run
                    for run in runs
                    if run.state_id == part and run_figures.within(run, record.run_started)
                ),
                None,
            )
        rows.append(row)
    status = HopStatus(state_id, hop, list(latest.values()), rows)
    if status.last_runs:
        newest = status.last_runs[0]
        status.errors = [
            f"{row.table}: {row.figures.error}"
            for row in rows
            if row.figures and row.figures.error and row.run == newest
        ]
    return status
