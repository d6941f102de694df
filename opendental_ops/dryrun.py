"""Dry run: what the next run would read from each table, and why, without reading anything.

It follows the tap's own rules (``tap_opendental.client``) on the tap's effective settings
(``meltano config print``), its select rules and the bookmarks Meltano holds for the pair
(``meltano state get``):

- a table left out by ``size_tiers``, ``importance_levels`` or the select rules is skipped;
- a FULL_TABLE table is read whole and replaced;
- an INCREMENTAL table is read whole when it has no bookmark, on ``--full-refresh`` or when it
  is named in ``full_refresh_tables``; otherwise from its bookmark, widened by the look-back
  window on its business dates;
- its primary keys are sent to retire hard-deleted rows when ``reconcile_interval_hours`` have
  passed since the last time;
- a table bookmarked by its own integer key re-reads the key ranges changed in place.
"""

from __future__ import annotations

import dataclasses
import datetime
import fnmatch
import typing as t

from tap_opendental.tables import IMPORTANCE_LEVELS, SIZE_TIERS
from tap_opendental.typemap import MySQLType

if t.TYPE_CHECKING:
    from tap_opendental.tables import TableSpec


@dataclasses.dataclass
class TablePlan:
    """What the next run would do with one table."""

    table: str
    importance: str
    size_tier: str
    estimated_rows: int
    replication_method: str
    action: str
    reads: str
    why: str
    lookback: str | None = None
    reconcile: str | None = None
    key_ranges: str | None = None
    extractor: str | None = None
    state_id: str | None = None

    def as_dict(self) -> dict[str, t.Any]:
        """JSON-ready values."""
        return dataclasses.asdict(self)


def _matches(patterns: t.Iterable[str], name: str) -> tuple[bool, bool]:
    """Whether a positive pattern selects the stream, and whether a negated one drops it."""
    selected = dropped = False
    for pattern in patterns:
        negated = pattern.startswith("!")
        stream, _, prop = pattern.lstrip("!").partition(".")
        if not fnmatch.fnmatchcase(name, stream):
            continue
        if not negated:
            selected = True
        elif prop in ("", "*"):
            dropped = True
    return selected, dropped


def selection_reason(spec: TableSpec, config: dict[str, t.Any], extras: dict[str, t.Any]) -> str:
    """Why the run would skip a table, or an empty string when it reads it."""
    tiers = config.get("size_tiers") or SIZE_TIERS
    levels = config.get("importance_levels") or IMPORTANCE_LEVELS
    if spec.size_tier not in tiers:
        return f"size tier {spec.size_tier} is not in size_tiers"
    if spec.importance not in levels:
        return f"importance {spec.importance} is not in importance_levels"
    selected, dropped = _matches(extras.get("_select") or ["*.*"], spec.name)
    if dropped or not selected:
        return "not selected (meltano select)"
    select_filter = extras.get("_select_filter") or []
    kept, dropped = _matches(select_filter, spec.name)
    if dropped or (any(not p.startswith("!") for p in select_filter) and not kept):
        return "left out by the select filter"
    return ""


def _key_bookmarked(spec: TableSpec) -> bool:
    key = spec.replication_key
    return (
        key is not None
        and list(spec.primary_key) == [key]
        and "int" in MySQLType.parse(spec.columns[key]).base
    )


def _reconcile(
    spec: TableSpec, config: dict[str, t.Any], bookmark: dict[str, t.Any], now: datetime.datetime
) -> str:
    if not spec.primary_key:
        return "no (the table has no primary key)"
    if not config.get("reconcile_deletes", True):
        return "no (reconcile_deletes is off)"
    hours = float(config.get("reconcile_interval_hours", 0))
    last = bookmark.get("reconciled_at")
    if last is None:
        return "due (never done)"
    since = now - datetime.datetime.fromisoformat(last)
    if since >= datetime.timedelta(hours=hours):
        return f"due (last {since.total_seconds() / 3600:.1f} h ago, every {hours:g} h)"
    left = datetime.timedelta(hours=hours) - since
    return f"not due (next in {left.total_seconds() / 3600:.1f} h)"


def plan_table(
    spec: TableSpec,
    config: dict[str, t.Any],
    extras: dict[str, t.Any],
    bookmark: dict[str, t.Any],
    now: datetime.datetime,
    *,
    full_refresh: bool = False,
) -> TablePlan:
    """Decide, as the tap would, what the next run reads from one table.

    Args:
        spec: The table's catalog entry.
        config: The tap's effective settings.
        extras: The tap's extras (``_select``, ``_select_filter``).
        bookmark: The table's entry in the pair's state (empty when none).
        now: The time the run would start.
        full_refresh: Simulate ``meltano run --full-refresh`` (no state at all).
    """
    plan = TablePlan(
        spec.name,
        spec.importance,
        spec.size_tier,
        spec.estimated_rows,
        spec.replication_method,
        action="full",
        reads="whole table",
        why="",
    )
    skipped = selection_reason(spec, config, extras)
    if skipped:
        plan.action, plan.reads, plan.why = "skip", "nothing", skipped
        return plan
    if spec.replication_method == "FULL_TABLE":
        plan.why = "FULL_TABLE: read whole and replaced"
        return plan
    value = None if full_refresh else bookmark.get("replication_key_value")
    if full_refresh:
        plan.why = "--full-refresh: no bookmarks"
    elif spec.name in (config.get("full_refresh_tables") or []):
        plan.why = "named in full_refresh_tables"
    elif value is None:
        plan.why = "no bookmark yet"
    else:
        plan.action = "incremental"
        plan.reads = f"{spec.replication_key} >= {value}"
        plan.why = "from the bookmark"
        days = int(config.get("lookback_days", 30))
        if days > 0 and spec.lookback_columns:
            cutoff = (now - datetime.timedelta(days=days)).date().isoformat()
            plan.lookback = f"{', '.join(spec.lookback_columns)} >= {cutoff} ({days} days)"
        plan.reconcile = _reconcile(spec, config, bookmark, now)
        ranges = bookmark.get("range_checksums")
        if config.get("check_key_ranges", True) and _key_bookmarked(spec) and ranges:
            count = len(ranges.get("ranges") or {})
            plan.key_ranges = f"re-checks {count} key ranges through {ranges.get('through')}"
    return plan


@dataclasses.dataclass
class Source:
    """An extractor instance and the bookmarks of its pair: what could read a table next."""

    state_id: str
    extractor: str
    config: dict[str, t.Any]
    extras: dict[str, t.Any]
    bookmarks: dict[str, t.Any]
    last_run: datetime.datetime | None = None


def plan(
    tables: dict[str, TableSpec],
    sources: list[Source],
    *,
    full_refresh: bool = False,
    now: datetime.datetime | None = None,
) -> list[TablePlan]:
    """Plan every table of the catalog, in catalog order.

    A pair may run as several extractor instances with states of their own (one per size tier
    in the Airflow DAG). A table is planned with the instance that selects it and ran last,
    which is the one the engine in use will read it with; when none selects it, with the first.

    Args:
        tables: The catalog.
        sources: The pair's extractor instances with their settings and bookmarks.
        full_refresh: Simulate ``meltano run --full-refresh``.
        now: The time the run would start.
    """
    now = now or datetime.datetime.now(datetime.timezone.utc)
    oldest = datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)
    newest_first = sorted(sources, key=lambda source: source.last_run or oldest, reverse=True)
    plans = []
    for name, spec in tables.items():
        source = next(
            (s for s in newest_first if not selection_reason(spec, s.config, s.extras)),
            sources[0],
        )
        planned = plan_table(
            spec,
            source.config,
            source.extras,
            source.bookmarks.get(name) or {},
            now,
            full_refresh=full_refresh,
        )
        planned.extractor, planned.state_id = source.extractor, source.state_id
        plans.append(planned)
    return plans
