"""Status: the last run of every table, from Meltano's run records, logs and state.

For each extract-load pair of a job, Meltano's system database lists its runs (``meltano
logs list``), its log of each run holds the tables' figures (``runlog``), and its state holds
each table's bookmark (``meltano state get``). A pair may run as several plugin instances with
states of their own (the Airflow DAG reads each size tier through ``tap-opendental--large``
...): they are the pair's parts, and a table's bookmark is the one of the part that last read
it. A table's last run is the most recent run whose log mentions it, so a run limited to some
tables does not hide the others' last run.
"""

from __future__ import annotations

import dataclasses
import typing as t

from opendental_ops import meltano, runlog

if t.TYPE_CHECKING:
    from pathlib import Path

    from tap_opendental.tables import TableSpec


@dataclasses.dataclass
class TableStatus:
    """One table's bookmark and last run in one extract-load pair."""

    table: str
    replication_method: str | None
    bookmark: dict[str, t.Any]
    part: str | None = None
    run: meltano.Run | None = None
    figures: runlog.TableRun | None = None
    unknown: str = "never"

    @property
    def result(self) -> str:
        """``ok``, ``failed``, ``interrupted``, ``unfinished``; else ``never`` or ``no log``.

        ``never``: no run's log mentions the table; ``no log``: Meltano's logs of some of the
        pair's runs are gone, so its last run is not known.
        """
        if self.figures is None:
            return self.unknown
        if self.figures.status == "succeeded":
            return "ok"
        if self.figures.status == "unfinished" and self.run and self.run.state in ("FAIL", "DEAD"):
            return "interrupted"  # the run failed with no error line of its own in the log
        return self.figures.status

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


def hop_status(  # noqa: PLR0917 - what one pair's status is built from
    state_id: str,
    hop: meltano.Hop | None,
    tables: dict[str, TableSpec],
    runs: list[meltano.Run],
    logs_dir: Path,
    bookmarks: dict[str, dict[str, t.Any]],
    history: int = 20,
    *,
    others: bool = True,
) -> HopStatus:
    """Build one pair's status.

    Args:
        state_id: The pair's state ID.
        hop: The pair's extractor and loader, when known.
        tables: The catalog's tables (those shown, in order).
        runs: The runs of the pair's parts, newest first.
        logs_dir: Meltano's log directory.
        bookmarks: Each part's bookmarks by table (``meltano state get``), by state ID.
        history: How many of the pair's runs to look back through for a table's last run.
        others: Also show tables the state holds that the catalog no longer has.
    """
    known = {table for part in bookmarks.values() for table in part}
    names = list(tables) + (sorted(known - set(tables)) if others else [])
    newest_first = list(dict.fromkeys([*(run.state_id for run in runs), *bookmarks]))
    rows = {}
    for name in names:
        # Until a log says otherwise: the bookmark of the part that ran last.
        part = next((part for part in newest_first if name in bookmarks.get(part, {})), None)
        method = tables[name].replication_method if name in tables else None
        rows[name] = TableStatus(name, method, bookmarks.get(part, {}).get(name, {}), part)
    latest: dict[str, meltano.Run] = {}
    for run in runs:
        latest.setdefault(run.state_id, run)
    status = HopStatus(state_id, hop, list(latest.values()), list(rows.values()))
    for run in runs[: history * max(len(latest), 1)]:
        found = runlog.hop_run(logs_dir, run.run_id, run.state_id)
        if run is status.last_runs[0]:
            status.errors = list(found.errors) if found else []
        if found is None:
            for row in rows.values():
                row.unknown = "no log"
            continue
        for name, figures in found.tables.items():
            row = rows.get(name)
            if row is not None and row.figures is None:
                row.run, row.figures, row.part = run, figures, run.state_id
                row.bookmark = bookmarks.get(run.state_id, {}).get(name, {})
        if all(row.figures is not None for row in rows.values()):
            break
    return status
