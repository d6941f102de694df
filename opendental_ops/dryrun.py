"""Dry run: what the next run would read from each table, and why, without reading a row.

The tap answers for itself (``TapOpenDental.plan``): each table's plan is the one its sync
would act on, built from the tap's effective settings (``meltano config print``) and the
bookmarks Meltano holds for the pair (``meltano state get``). Only Meltano's select rules are
applied here, as Meltano applies them to the catalog it hands the tap. The dry run does not
connect to the source, so where a run would count the source's keys to find deleted rows, the
plan says it will look.
"""

from __future__ import annotations

import dataclasses
import datetime
import fnmatch
import typing as t

from tap_opendental.tap import TapOpenDental

if t.TYPE_CHECKING:
    from tap_opendental.client import TablePlan as TapPlan
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


def select_reason(name: str, extras: dict[str, t.Any]) -> str:
    """Why Meltano's select rules leave a table out, or an empty string when they keep it."""
    selected, dropped = _matches(extras.get("_select") or ["*.*"], name)
    if dropped or not selected:
        return "not selected (meltano select)"
    select_filter = extras.get("_select_filter") or []
    kept, dropped = _matches(select_filter, name)
    if dropped or (any(not p.startswith("!") for p in select_filter) and not kept):
        return "left out by the select filter"
    return ""


def _from_tap(spec: TableSpec, planned: TapPlan) -> TablePlan:
    reconcile = f"{planned.deletes}: {planned.deletes_why}" if planned.deletes else None
    return TablePlan(
        spec.name,
        spec.importance,
        spec.size_tier,
        spec.estimated_rows,
        spec.replication_method,
        action=planned.action,
        reads=planned.reads,
        why=planned.why,
        lookback=planned.lookback,
        reconcile=reconcile,
        key_ranges=planned.key_ranges,
    )


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
) -> list[TablePlan]:
    """Plan every table of the catalog, in catalog order, as the tap would.

    A pair may run as several extractor instances with states of their own (one per size tier
    in the Airflow DAG). A table is planned with the instance that reads it and ran last,
    which is the one the engine in use will read it with; when none reads it, with the first.

    Args:
        tables: The catalog.
        sources: The pair's extractor instances with their settings and bookmarks.
        full_refresh: Simulate ``meltano run --full-refresh`` (no state at all).
    """
    plans_of: dict[str, dict[str, TapPlan]] = {}
    taps: dict[str, TapOpenDental] = {}
    for source in sources:
        state = {} if full_refresh else {"bookmarks": source.bookmarks}
        taps[source.state_id] = tap = TapOpenDental(
            config=source.config, state=state, validate_config=False, setup_mapper=False
        )
        unselected = {name: why for name in tables if (why := select_reason(name, source.extras))}
        plans_of[source.state_id] = {p.table: p for p in tap.plan(unselected, look=False)}
    oldest = datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)
    newest_first = sorted(sources, key=lambda source: source.last_run or oldest, reverse=True)
    plans = []
    for name, spec in tables.items():
        source = next(
            (s for s in newest_first if plans_of[s.state_id][name].action != "skip"),
            sources[0],
        )
        planned = _from_tap(spec, plans_of[source.state_id][name])
        planned.extractor, planned.state_id = source.extractor, source.state_id
        plans.append(planned)
    return plans
