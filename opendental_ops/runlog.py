"""What one run did, per table, read from Meltano's log of it.

``meltano run`` writes every line its plugins log to
``<meltano logs dir>/elt/<state ID>/<run ID>/elt.log`` (the first extract-load pair's file
holds the whole run). The tap and the targets report each table there as Singer SDK metrics::

    ... [info     ] tap-opendental METRIC: {"type":"counter","metric":"record_count",
        "value":146,"tags":{"stream":"adjustment",...}}
    ... [info     ] tap-opendental METRIC: {"type":"timer","metric":"sync_duration",
        "value":0.012,"tags":{"stream":"adjustment","status":"succeeded",...}}

and the tap says how many keys it sent to retire deleted rows. Lines of ``meltano
--log-format=json`` (a log collector's copy of the run) are read too; they also carry the
metrics of plugins that log in structured form, which ``elt.log`` shows without their table.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import re
import typing as t
from pathlib import Path

from opendental_ops.settings import redact

_CONSOLE_LINE = re.compile(
    r"^(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?) \[(?P<level>\w+)\s*\] "
    r"(?P<name>\S+)\s*(?P<message>.*)$"
)
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_JOB_START = re.compile(
    r"Running job with name '(?P<state_id>[^']+)' and run ID '(?P<run_id>[^']+)'"
)
_KEYS_SENT = re.compile(r"Sent (?P<keys>\d+) keys of (?P<stream>\S+) to retire")
_DELETED = re.compile(r"Deleted (?P<rows>\d+) rows of (?P<stream>\S+) gone at the source")
_BEGIN = re.compile(r"Beginning sync of '(?P<stream>[^']+)'")
_BOOKMARK = re.compile(
    r"Starting incremental sync of '(?P<stream>[^']+)' with bookmark value: (?P<value>.*)$"
)
_KEY_VALUE_METRIC = re.compile(r"metric_name=(?P<metric>\w+) metric_value=(?P<value>[\d.eE+-]+)")
_EXCEPTION = re.compile(r"^(?:[A-Za-z_][\w.]*\.)?[A-Z]\w*(?:Error|Exception|Exit|Failure)\b:?.*")
#: How many error lines a section keeps.
_MAX_ERRORS = 5


@dataclasses.dataclass
class LogLine:
    """One log line: when, how severe, which plugin (or ``meltano``), what it said."""

    timestamp: datetime.datetime | None
    level: str
    name: str
    message: str
    state_id: str | None = None
    metric: dict[str, t.Any] | None = None


@dataclasses.dataclass
class TableRun:
    """What one extract-load pair did with one table in one run."""

    table: str
    rows_extracted: int = 0
    seconds: float = 0.0
    status: str = "started"
    finished_at: datetime.datetime | None = None
    rows_received: int | None = None
    keys_sent: int = 0
    rows_deleted: int | None = None
    bookmark_start: str | None = None

    @property
    def rows_loaded(self) -> int | None:
        """Rows the target wrote (what it received, less the keys sent to retire rows)."""
        if self.rows_received is None:
            return None
        return max(self.rows_received - self.keys_sent, 0)

    def as_dict(self) -> dict[str, t.Any]:
        """The table's figures as JSON-ready values."""
        return {
            "table": self.table,
            "status": self.status,
            "rows_extracted": self.rows_extracted,
            "rows_loaded": self.rows_loaded,
            "keys_sent": self.keys_sent,
            "rows_deleted": self.rows_deleted,
            "seconds": round(self.seconds, 3),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "bookmark_start": self.bookmark_start,
        }


@dataclasses.dataclass
class HopRun:
    """One extract-load pair's part of a run log."""

    state_id: str
    run_id: str
    extractor: str | None = None
    loader: str | None = None
    started_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None
    tables: dict[str, TableRun] = dataclasses.field(default_factory=dict)
    rows_received: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)
    timed_out: bool = False

    def table(self, name: str) -> TableRun:
        """The figures of one table, created on first use."""
        if name not in self.tables:
            self.tables[name] = TableRun(name)
        return self.tables[name]

    @property
    def rows_extracted(self) -> int:
        """Rows the extractor read, all tables."""
        return sum(table.rows_extracted for table in self.tables.values())

    @property
    def keys_sent(self) -> int:
        """Keys the extractor sent to retire deleted rows, all tables."""
        return sum(table.keys_sent for table in self.tables.values())

    @property
    def rows_loaded(self) -> int:
        """Rows the loader wrote, all tables (keys sent to retire rows not counted)."""
        return max(self.rows_received - self.keys_sent, 0)


def _parse_time(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)


def _metric_from_message(message: str) -> dict[str, t.Any] | None:
    if message.startswith("METRIC: {"):
        try:
            return json.loads(message[len("METRIC: ") :])
        except json.JSONDecodeError:
            return None
    if message.startswith("METRIC") and (match := _KEY_VALUE_METRIC.search(message)):
        return {"metric": match["metric"], "value": float(match["value"]), "tags": {}}
    return None


def parse_line(raw: str) -> LogLine | None:
    """Read one line of ``elt.log`` or of Meltano's JSON log format.

    Returns:
        The line, or None for a line that is neither (a traceback's continuation).
    """
    raw = _ANSI.sub("", raw).rstrip("\n")
    if raw.startswith("{"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            return None
        if not isinstance(data, dict) or "event" not in data:
            return None
        message = str(data.get("event") or "")
        if data.get("cmd_type") == "command":
            # A plugin command's output (`meltano invoke ops:run`) wrapped in a line of its own.
            return parse_line(message)
        metric = data.get("metric_info") or _metric_from_message(message)
        return LogLine(
            timestamp=_parse_time(data.get("timestamp")),
            level=str(data.get("level") or "info"),
            name=str(data.get("name") or "meltano"),
            message=message,
            state_id=data.get("job_name"),
            metric=metric,
        )
    match = _CONSOLE_LINE.match(raw)
    if not match:
        return None
    message = match["message"].strip()
    return LogLine(
        timestamp=_parse_time(match["ts"]),
        level=match["level"],
        name=match["name"],
        message=message,
        metric=_metric_from_message(message),
    )


def _plugins_of(state_id: str, names: set[str]) -> tuple[str | None, str | None]:
    pair = state_id.split(":")[1] if ":" in state_id else state_id
    extractors = [name for name in names if pair.startswith(f"{name}-to-")]
    if not extractors:
        extractor, _, loader = pair.partition("-to-")
        return extractor or None, loader or None
    extractor = max(extractors, key=len)
    return extractor, pair[len(extractor) + len("-to-") :]


def _apply_metric(hop: HopRun, line: LogLine, role: str) -> None:
    metric = line.metric or {}
    tags = metric.get("tags") or {}
    stream = tags.get("stream")
    value = metric.get("value") or 0
    kind = metric.get("metric")
    if role == "extractor" and stream and kind == "record_count":
        hop.table(stream).rows_extracted += int(value)
    elif role == "extractor" and stream and kind == "sync_duration":
        table = hop.table(stream)
        table.seconds += float(value)
        table.status = str(tags.get("status") or "succeeded")
        table.finished_at = line.timestamp
    elif role == "loader" and kind == "record_count":
        hop.rows_received += int(value)
        if stream:
            table = hop.table(stream)
            table.rows_received = (table.rows_received or 0) + int(value)


def _apply_message(hop: HopRun, line: LogLine, role: str) -> None:
    message = line.message
    if role == "extractor":
        if match := _KEYS_SENT.search(message):
            hop.table(match["stream"]).keys_sent += int(match["keys"])
        elif match := _BEGIN.search(message):
            hop.table(match["stream"])
        elif match := _BOOKMARK.search(message):
            value = match["value"].strip()
            hop.table(match["stream"]).bookmark_start = None if value == "None" else value
    if role == "loader" and (match := _DELETED.search(message)):
        table = hop.table(match["stream"])
        table.rows_deleted = (table.rows_deleted or 0) + int(match["rows"])
    is_error = line.level in ("error", "critical") and message
    if is_error or (role != "meltano" and _EXCEPTION.match(message)):
        if "timed out" in message:
            hop.timed_out = True
        hop.errors.append(redact(f"{line.name}: {message}")[:500])
        del hop.errors[:-_MAX_ERRORS]


def _role(hop: HopRun, name: str) -> str | None:
    if name == "meltano":
        return "meltano"
    if name == hop.extractor:
        return "extractor"
    if name == hop.loader:
        return "loader"
    return None


def parse(lines: t.Iterable[str]) -> list[HopRun]:
    """Split a run log into its extract-load pairs and add up each table's figures.

    A pair's part starts where Meltano says ``Running job with name '<state ID>'`` and ends
    where the next one starts; within it, only the pair's own extractor and loader count.
    A pair run again under the same run ID (a retry) gets a part of its own.

    Returns:
        One entry per part, in the order they ran.
    """
    parsed = [line for raw in lines if (line := parse_line(raw)) is not None]
    names = {line.name for line in parsed}
    hops: list[HopRun] = []
    current: HopRun | None = None
    for line in parsed:
        if line.name == "meltano" and (match := _JOB_START.search(line.message)):
            extractor, loader = _plugins_of(match["state_id"], names)
            current = HopRun(
                match["state_id"], match["run_id"], extractor, loader, started_at=line.timestamp
            )
            hops.append(current)
            continue
        if current is None:
            continue
        if line.state_id and line.state_id != current.state_id:
            continue
        role = _role(current, line.name)
        if role is None:
            continue
        if line.timestamp and role != "meltano":
            current.ended_at = line.timestamp
        if line.metric is not None:
            _apply_metric(current, line, role)
        else:
            _apply_message(current, line, role)
    for hop in hops:
        for table in hop.tables.values():
            if table.status == "started":
                # Begun but never finished: cut short by a failure, or still running.
                table.status = "interrupted" if hop.errors else "unfinished"
    return hops


def read(path: Path) -> list[HopRun]:
    """Parse a log file (Meltano's ``elt.log`` or a copy of its JSON log)."""
    stat = path.stat()
    return _read_cached(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _read_cached(path: Path, _mtime: int, _size: int) -> list[HopRun]:
    # The first pair's file holds the whole run, so each file is read once per command.
    with path.open(encoding="utf-8", errors="replace") as handle:
        return parse(handle)


def find_logs(logs_dir: Path, run_id: str) -> list[Path]:
    """The ``elt.log`` files Meltano wrote for a run, one per extract-load pair."""
    return sorted((logs_dir / "elt").glob(f"*/{run_id}/elt.log"))


def hop_run(logs_dir: Path, run_id: str, state_id: str) -> HopRun | None:
    """The last part of a run's logs that belongs to one extract-load pair, if any."""
    found: HopRun | None = None
    for path in find_logs(logs_dir, run_id):
        for hop in read(path):
            if hop.state_id != state_id or hop.run_id != run_id:
                continue
            if found is None or (
                hop.started_at and found.started_at and hop.started_at > found.started_at
            ):
                found = hop
    return found
