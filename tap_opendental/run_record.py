"""What a run did with one table, kept in the table's state for whoever reports on runs.

Each table's sync ends by writing its figures into its bookmark, under ``last_run``::

    {"run_started_at": "2026-11-22T03:00:01+00:00",   # when the tap began: one per run
     "started_at": "...", "finished_at": "...", "milliseconds": 12500,
     "action": "incremental", "reads": "DateTStamp >= 2026-11-21 02:59:58",
     "rows": 1840, "keys_sent": 0, "result": "ok", "error": null}

A target emits a STATE message only after it has written every record sent before it, and
Meltano stores only the states its target emitted: a ``last_run`` in Meltano's state is a
table whose rows the target holds. A table whose sync raised records ``result: failed`` and
the error's first line, in a state sent at once. Every record has every field (``error`` is
null when there is none), because Meltano merges a new state into the one it holds key by
key. Numbers are integers: a target may read a JSON fraction as a decimal, which it cannot
write back. Status, the run report, the demo and the bench read these records (through
Meltano's state), never a log line.
"""

from __future__ import annotations

import dataclasses
import datetime
import time
import typing as t

#: The bookmark key of the record.
STATE_KEY = "last_run"
#: The longest error kept.
_ERROR_CHARS = 300


def now() -> str:
    """The current UTC time as an ISO 8601 string."""
    return datetime.datetime.now(datetime.timezone.utc).isoformat()


@dataclasses.dataclass
class RunRecord:
    """One table's figures in one run."""

    run_started_at: str
    action: str
    reads: str
    started_at: str = dataclasses.field(default_factory=now)
    finished_at: str | None = None
    milliseconds: int = 0
    rows: int = 0
    keys_sent: int = 0
    result: str = "running"
    error: str | None = None
    _clock: float = dataclasses.field(default_factory=time.monotonic, repr=False)

    def finish(self, error: BaseException | None = None) -> dict[str, t.Any]:
        """Close the record, and return it as the state holds it."""
        self.finished_at = now()
        self.milliseconds = round((time.monotonic() - self._clock) * 1000)
        self.result = "ok" if error is None else "failed"
        if error is not None:
            lines = str(error).strip().splitlines() or [type(error).__name__]
            self.error = f"{type(error).__name__}: {lines[0]}"[:_ERROR_CHARS]
        return self.as_state()

    def as_state(self) -> dict[str, t.Any]:
        """The record as JSON-ready values."""
        return {
            field.name: getattr(self, field.name)
            for field in dataclasses.fields(self)
            if not field.name.startswith("_")
        }

    @classmethod
    def from_state(cls, bookmark: t.Mapping[str, t.Any]) -> RunRecord | None:
        """The record a table's bookmark holds, if any."""
        value = bookmark.get(STATE_KEY)
        if not isinstance(value, dict):
            return None
        names = {field.name for field in dataclasses.fields(cls) if not field.name.startswith("_")}
        known = {name: value[name] for name in names if name in value}
        if not {"run_started_at", "action", "reads"} <= set(known):
            return None
        return cls(**known)

    @property
    def seconds(self) -> float:
        """How long the table's sync took."""
        return self.milliseconds / 1000

    @property
    def finished(self) -> datetime.datetime | None:
        """When the table's sync ended, as a time."""
        return _parse(self.finished_at)

    @property
    def run_started(self) -> datetime.datetime | None:
        """When the tap's run began, as a time."""
        return _parse(self.run_started_at)


def _parse(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)
