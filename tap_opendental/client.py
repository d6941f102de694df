"""The MySQL connector and the stream that reads one OpenDental table."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import time
import typing as t
import uuid
import zlib
from functools import cached_property

import msgspec
import sqlalchemy as sa
from singer_sdk.exceptions import ConfigValidationError
from singer_sdk.helpers.conform import TypeConformanceLevel
from singer_sdk.singerlib import (
    ActivateVersionMessage,
    RecordMessage,
    SchemaMessage,
    StateMessage,
)
from singer_sdk.sql import SQLConnector, SQLStream
from typing_extensions import override
from upath import UPath

from mysql_types import parse_type
from tap_opendental.connection_errors import describe_connection_error
from tap_opendental.progress import Progress
from tap_opendental.run_record import STATE_KEY, RunRecord
from tap_opendental.typemap import driver_conversions, encode_binary, to_sql_value

if t.TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from singer_sdk.helpers._batch import BaseBatchFileEncoding, BatchConfig
    from singer_sdk.helpers.types import Context, Record
    from sqlalchemy.sql import selectable

    from tap_opendental.tables import TableSpec
    from tap_opendental.tap import TapOpenDental


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat()


@dataclasses.dataclass
class Chunk:
    """The rows of one read, as the driver returns them: tuples, with their column names."""

    columns: tuple[str, ...]
    rows: Sequence[tuple[t.Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def index(self, column: str) -> int:
        """The position of a column in each row."""
        return self.columns.index(column)

    def last(self, columns: Sequence[str]) -> list[t.Any]:
        """The last row's values of these columns."""
        return [self.rows[-1][self.index(column)] for column in columns]

    def records(self) -> Iterator[Record]:
        """The rows as records."""
        columns = self.columns
        return (dict(zip(columns, row, strict=True)) for row in self.rows)


@dataclasses.dataclass
class TablePlan:
    """What a run does with one table, and why (see ``OpenDentalStream.plan``).

    Attributes:
        table: The table.
        method: FULL_TABLE or INCREMENTAL.
        action: ``incremental`` (from the bookmark), ``full`` (the whole table) or ``skip``.
        reads: Which rows, in words.
        why: Why those rows.
        new_columns: Selected columns the bookmark was not read with.
        lookback: The business dates re-read, when the look-back applies.
        deletes: ``send`` (every key is sent first), ``none gone``, ``look`` (the source's
            keys are to be counted) or ``not now``; None on a read from scratch.
        deletes_why: Why.
        key_ranges: The key ranges checked for rows changed in place.
    """

    table: str
    method: str
    action: str
    reads: str
    why: str
    new_columns: list[str] = dataclasses.field(default_factory=list)
    lookback: str | None = None
    deletes: str | None = None
    deletes_why: str | None = None
    key_ranges: str | None = None


def _hours(age: datetime.timedelta) -> str:
    return f"{age.total_seconds() / 3600:.1f} h"


#: MySQL errors after which the same read can simply be tried again: the server went away,
#: the connection dropped or was killed, or the server is restarting.
_RETRYABLE_ERRORS = frozenset({1053, 1927, 2002, 2003, 2006, 2013})


class OpenDentalConnector(SQLConnector):
    """Connects to an OpenDental MySQL or MariaDB server, read-only."""

    @override
    def get_sqlalchemy_url(self, config: dict[str, t.Any]) -> str:
        return sa.URL.create(
            "mysql+mysqldb",
            username=config["user"],
            password=config.get("password") or None,
            host=config["host"],
            port=int(config["port"]),
            database=config["database"],
            query={"charset": "utf8mb4"},
        ).render_as_string(hide_password=False)

    def _ssl_options(self) -> dict[str, t.Any] | None:
        if not self.config.get("ssl_enable"):
            return None
        options: dict[str, t.Any] = {
            "ca": self.config.get("ssl_ca"),
            "cert": self.config.get("ssl_cert"),
            "key": self.config.get("ssl_key"),
        }
        return {key: value for key, value in options.items() if value is not None}

    @override
    def create_engine(self) -> sa.Engine:
        connect_args: dict[str, t.Any] = {
            "conv": driver_conversions(),
            "connect_timeout": int(self.config.get("connect_timeout", 10)),
            "read_timeout": int(self.config.get("read_timeout", 3600)),
        }
        if (ssl := self._ssl_options()) is not None:
            connect_args["ssl"] = ssl
            verify = self.config.get("ssl_verify_server_cert", True)
            connect_args["ssl_mode"] = "VERIFY_IDENTITY" if verify else "REQUIRED"
        engine = sa.create_engine(
            self.sqlalchemy_url, connect_args=connect_args, pool_pre_ping=True
        )
        sa.event.listen(engine, "connect", _prepare_session)
        return engine

    def check_connection(self, env_prefix: str = "TAP_OPENDENTAL") -> None:
        """Connect once and turn a failure into one line that names the setting to fix.

        Args:
            env_prefix: Prefix of the environment variables Meltano reads the settings from.

        Raises:
            ConfigValidationError: If the server cannot be reached or refuses the login.
        """
        try:
            with self._engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except sa.exc.DBAPIError as exc:
            raise ConfigValidationError(
                message := describe_connection_error(self.config, exc.orig, env_prefix),
                errors=[message],
            ) from None

    def source_identity(self) -> str:
        """Which server and database this connection reads, for tying bookmarks to it.

        The server is MySQL's ``server_uuid`` where it has one (MariaDB has none: its host
        name and port then), followed by the database name.
        """
        with self._engine.connect() as connection:
            hostname, port, database = connection.exec_driver_sql(
                "SELECT @@hostname, @@port, DATABASE()"
            ).one()
            uuid_row = connection.exec_driver_sql(
                "SHOW GLOBAL VARIABLES LIKE 'server_uuid'"
            ).first()
        server = uuid_row[1] if uuid_row and uuid_row[1] else f"{hostname}:{port}"
        return f"{server}/{database}"


def _prepare_session(dbapi_connection: t.Any, _record: t.Any) -> None:
    """Open every session the way OpenDental's own server runs, and read-only.

    OpenDental runs with ``sql_mode=''`` (zero dates are legal there), timestamps are read in
    UTC so bookmarks never shift with the server's time zone, and the session refuses writes.
    """
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET time_zone = '+00:00', sql_mode = ''")
        cursor.execute("SET SESSION TRANSACTION READ ONLY")


class OpenDentalStream(SQLStream):
    """One OpenDental table, read in short keyset chunks.

    Rows come in the order of the replication key then the primary key (or of the primary key
    alone), ``LIMIT chunk_size`` rows per query, each query starting after the last row of the
    one before. Memory stays bounded whatever the table size, and no query holds a MyISAM
    table lock for longer than one chunk takes to read, so the live practice keeps working.
    """

    connector_class = OpenDentalConnector

    # The driver already decodes every value into its JSON form (see typemap), so the SDK's
    # per-record type conformance would only re-check each value.
    TYPE_CONFORMANCE_LEVEL = TypeConformanceLevel.NONE

    # Look-back rows carry stamps older than the bookmark and come first in key order; the
    # bookmark is the last row's key, which is the largest key read.
    check_sorted = False

    _tap: TapOpenDental

    def __init__(
        self,
        tap: TapOpenDental,
        catalog_entry: dict,
        connector: SQLConnector | None = None,
    ) -> None:
        super().__init__(tap, catalog_entry, connector)
        # Run standalone (no --catalog), the SDK applies no catalog, so take the replication
        # settings from the discovered entry; an input catalog still overrides them.
        entry = self._singer_catalog_entry
        self.replication_key = entry.replication_key or entry.metadata.root.replication_key
        if method := entry.replication_method or entry.metadata.root.forced_replication_method:
            self.forced_replication_method = method

    @cached_property
    def spec(self) -> TableSpec:
        """The table's entry in ``tables.yml``."""
        return self._tap.tables[self.name]

    @cached_property
    def keyset_columns(self) -> tuple[str, ...]:
        """The columns that order the rows and resume the next chunk (empty: no primary key)."""
        if not self.primary_keys:
            return ()
        leading = (self.replication_key,) if self.replication_key else ()
        return leading + tuple(key for key in self.primary_keys if key not in leading)

    @cached_property
    def _binary_columns(self) -> tuple[str, ...]:
        selected = self.get_selected_schema()["properties"]
        return tuple(
            column
            for column in selected
            if column in self.spec.columns and parse_type(self.spec.columns[column]).is_binary
        )

    def _sql_value(self, column: str, value: t.Any) -> t.Any:
        return to_sql_value(self.spec.columns[column], value)

    @override
    def get_starting_replication_key_value(self, context: Context | None) -> t.Any:
        if self.name in (self.config.get("full_refresh_tables") or []):
            return None
        value = super().get_starting_replication_key_value(context)
        return None if value is None else self._sql_value(self.replication_key, value)

    def lookback_cutoff(self) -> datetime.date | None:
        """First business date the look-back re-reads, or None when it does not apply."""
        days = int(self.config.get("lookback_days", 30))
        if days <= 0 or not self.spec.lookback_columns:
            return None
        return datetime.datetime.now(datetime.timezone.utc).date() - datetime.timedelta(days=days)

    @override
    def apply_query_filters(
        self,
        query: selectable.Select,
        table: sa.Table,
        *,
        context: Context | None = None,
    ) -> selectable.Select:
        # The SDK's default filter is `replication_key >= bookmark`. Here the look-back widens it
        # with an OR on the business dates, which the default cannot express, so the whole
        # filter is built here: rows stamped since the bookmark, or whose business date falls in
        # the look-back window (a TP -> C change whose stamp did not move is still read).
        query = query.order_by(*(table.columns[column] for column in self.keyset_columns))
        if not self.replication_key:
            return query
        start = self.get_starting_replication_key_value(context)
        if start is None:
            return query
        changed = table.columns[self.replication_key] >= start
        cutoff = self.lookback_cutoff()
        if cutoff is None:
            return query.where(changed)
        recent = [table.columns[column] >= cutoff for column in self.spec.lookback_columns]
        return query.where(sa.or_(changed, *recent))

    @override
    def build_query(self, *, context: Context | None = None) -> selectable.Select:
        # The table is described from tables.yml, so a nightly run never reflects the source.
        selected = list(self.get_selected_schema()["properties"])
        columns = list(dict.fromkeys([*selected, *self.keyset_columns]))
        table = sa.table(self.spec.name, *(sa.column(column) for column in columns))
        query = sa.select(*(table.columns[column] for column in selected))
        return self.apply_query_filters(query, table, context=context)

    def _after(self, table_columns: Sequence[sa.ColumnClause], position: Sequence[t.Any]) -> t.Any:
        # (a, b) > (x, y) spelled out, so MySQL can range-scan the leading index column.
        clauses = []
        for index, column in enumerate(table_columns):
            equal = [table_columns[i] == position[i] for i in range(index)]
            clauses.append(sa.and_(*equal, column > position[index]))
        return sa.or_(*clauses)

    def _fetch(self, query: selectable.Select) -> Chunk:
        """Run one chunk's query, retrying with back-off when the connection is lost.

        A chunk is a read bounded by its keyset position, so reading it again after a server
        restart or a dropped connection returns the same rows: retrying is safe. Any other
        error, or the last failed attempt, ends the stream (its rows so far are delivered with
        their state, so the next run resumes after them).
        """
        retries = int(self.config.get("max_retries", 5))
        for attempt in range(retries + 1):
            try:
                # The transaction ends with the chunk: an InnoDB snapshot held all night
                # would stall the practice server's purge. A chunk is bounded, so the driver
                # reads it whole (no server-side cursor) and its tuples are taken as they are.
                with self.connector._engine.connect() as connection:
                    result = connection.execute(query)
                    return Chunk(tuple(result.keys()), result.cursor.fetchall())
            except sa.exc.OperationalError as exc:
                code = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
                if code not in _RETRYABLE_ERRORS or attempt == retries:
                    raise
                wait = float(self.config.get("retry_wait_seconds", 1)) * 2**attempt
                self.logger.warning(
                    "%s: lost the connection to MySQL (%s); retry %d of %d in %.0f s",
                    self.name,
                    exc.orig,
                    attempt + 1,
                    retries,
                    wait,
                )
                time.sleep(wait)
        return Chunk((), [])  # pragma: no cover - the loop returns or raises

    def _chunks(
        self, query: selectable.Select, order: Sequence[str] | None = None
    ) -> Iterator[Chunk]:
        order = order or self.keyset_columns
        limit = int(self.config.get("chunk_size", 20000))
        if self.ABORT_AT_RECORD_COUNT is not None:
            limit = min(limit, self.ABORT_AT_RECORD_COUNT + 1)
        columns = [sa.column(column) for column in order]
        position: list[t.Any] | None = None
        while True:
            chunk_query = query if position is None else query.where(self._after(columns, position))
            rows = self._fetch(chunk_query.limit(limit))
            if rows:
                yield rows
            if len(rows) < limit or self.ABORT_AT_RECORD_COUNT is not None:
                return
            position = [
                self._sql_value(column, value)
                for column, value in zip(order, rows.last(order), strict=True)
            ]

    def _whole_table(self, query: selectable.Select) -> Iterator[Chunk]:
        # Without a primary key there is nothing to resume from: stream one server-side cursor.
        if self.ABORT_AT_RECORD_COUNT is not None:
            query = query.limit(self.ABORT_AT_RECORD_COUNT + 1)
        with self.connector._connect() as connection:
            result = connection.execution_options(stream_results=True).execute(query)
            columns = tuple(result.keys())
            for partition in result.partitions(int(self.config.get("chunk_size", 20000))):
                yield Chunk(columns, [tuple(row) for row in partition])

    @cached_property
    def summarizes_keys(self) -> bool:
        """Whether the table's keys can be summed up by a count and a checksum.

        That takes a primary key of one integer column, which OpenDental's tables have: new
        rows then get larger keys than the ones already read (random keys are not, and only
        make the check fail, so the keys are sent).
        """
        if len(self.primary_keys) != 1:
            return False
        key = self.primary_keys[0]
        return key in self.spec.columns and parse_type(self.spec.columns[key]).is_integer

    def _key_summary(self, through: t.Any) -> dict[str, t.Any]:
        """Count and checksum of the source's primary keys up to ``through``.

        The same figures as :class:`KeySummary` gives of the keys a target was sent.
        """
        key = self.primary_keys[0]
        column = sa.table(self.spec.name, sa.column(key)).columns[key]
        query = sa.select(sa.func.count(), sa.func.bit_xor(sa.func.crc32(column))).where(
            column <= through
        )
        with self.connector._connect() as connection:
            count, checksum = connection.execute(query).one()
        return {"through": through, "count": int(count), "checksum": int(checksum or 0)}

    def deletes_decision(  # noqa: PLR0911 - one return per reason
        self, context: Context | None, *, look: bool = True
    ) -> tuple[str, str]:
        """What this run does about rows deleted at the source, and why.

        Called for an incremental table with a bookmark (before one, no target holds a row to
        retire). At most every ``reconcile_interval_hours`` the deletes are looked for. A table
        with an integer key keeps a count and checksum of the keys its targets hold: every key
        sent the last time keys were sent, then each new key of every run since (see
        :class:`KeySummary`), whatever ran in between. When the source's keys up to the largest
        of them give the same, nothing has gone; otherwise every key is sent. They are also
        sent after a read from scratch, and at least every ``reconcile_full_interval_hours``.

        Args:
            context: The stream partition (none for this tap).
            look: Whether to count the source's keys; without, the decision is ``"look"``.

        Returns:
            ``(decision, why)``; decision ``"send"`` (send every key), ``"none gone"`` (looked:
            nothing to retire), ``"look"`` or ``"not now"``.
        """
        if not self.config.get("reconcile_deletes", True):
            return "not now", "reconcile_deletes is off"
        if not self.primary_keys:
            return "not now", "the table has no primary key"
        state = self.get_context_state(context)
        now = datetime.datetime.now(datetime.timezone.utc)
        if (last := state.get("reconciled_at")) is not None:
            hours = float(self.config.get("reconcile_interval_hours", 0))
            age = now - datetime.datetime.fromisoformat(last)
            if age < datetime.timedelta(hours=hours):
                return "not now", f"looked {_hours(age)} ago, every {hours:g} h"
        summary, sent = state.get("key_summary"), state.get("keys_sent_at")
        if not self.summarizes_keys:
            return "send", "its key is not one integer column"
        if not (summary and sent and summary.get("through") is not None):
            return "send", "the keys were not sent since the last read from scratch"
        hours = float(self.config.get("reconcile_full_interval_hours", 168))
        age = now - datetime.datetime.fromisoformat(sent)
        if age >= datetime.timedelta(hours=hours):
            return "send", f"last sent {_hours(age)} ago, at least every {hours:g} h"
        through = summary["through"]
        if not look:
            return "look", (
                f"compares the {summary['count']:,} keys through {through} the targets hold "
                "with the source's, and sends every key if one has gone"
            )
        source = self._key_summary(through=through)
        if (source["count"], source["checksum"]) == (summary["count"], summary["checksum"]):
            return "none gone", f"the {summary['count']:,} keys through {through} are all there"
        return "send", (
            f"the source has {source['count']:,} keys through {through}, "
            f"the targets {summary['count']:,}"
        )

    def reconcile_keys(self, context: Context | None) -> int:
        """Send every primary key of the table as a new table version, then activate it.

        Targets then retire the rows whose keys were not sent: target-postgres marks them
        with ``_sdc_deleted_at``, the replica deletes them. Only the key columns are sent, so
        a target updates nothing else, and the read is a scan of the primary key alone, in
        keyset chunks. It runs before the incremental sync of the same run, which then sends
        in full any row inserted since the last run.

        Args:
            context: The stream partition (none for this tap).

        Returns:
            The number of keys sent.
        """
        keys = list(self.primary_keys)
        version = int(time.time() * 1000)
        key_schema = {
            "type": "object",
            "properties": {key: self.schema["properties"][key] for key in keys},
        }
        table = sa.table(self.spec.name, *(sa.column(key) for key in keys))
        query = sa.select(*table.columns).order_by(*table.columns)
        aliases = [stream_map.stream_alias for stream_map in self.stream_maps]
        for alias in aliases:
            self._tap.write_message(SchemaMessage(alias, key_schema, keys))
        sent = 0
        summary = KeySummary()
        for rows in self._chunks(query, order=keys):
            extracted = datetime.datetime.now(datetime.timezone.utc)
            for row in rows.records():
                for alias in aliases:
                    self._tap.write_message(
                        RecordMessage(alias, row, version=version, time_extracted=extracted)
                    )
            if self.summarizes_keys:
                summary.add(key for (key,) in rows.rows)
            sent += len(rows)
        for alias in aliases:
            self._tap.write_message(ActivateVersionMessage(alias, version))
        state = self.get_context_state(context)
        state["reconciled_at"] = state["keys_sent_at"] = _now()
        # What the targets hold now: the keys sent, and no other (the rows the sync reads
        # next are added to it as they go out).
        state["key_summary"] = summary.as_state() if self.summarizes_keys else None
        self.logger.info("Sent %d keys of %s to retire rows deleted at the source", sent, self.name)
        return sent

    #: Set when the table is missing at the source for this run (see drift).
    absent_from_source = False

    def plan(self, context: Context | None = None, *, look: bool = True) -> TablePlan:
        """What this run does with the table, and why, decided without reading a row.

        ``sync`` acts on this plan, so a dry run that asks for it is the run's own decision.

        Args:
            context: The stream partition (none for this tap).
            look: Whether to count the source's keys to decide about deletes (a query of the
                key index); without, a table whose keys would be counted plans ``"look"``.
        """
        state = self.get_context_state(context)
        plan = TablePlan(self.name, self.replication_method, "full", "whole table", "")
        if self.absent_from_source:
            plan.action, plan.reads = "skip", "nothing"
            plan.why = "not in the source now (an upgrade rebuilds it): its bookmark is kept"
            return plan
        if self.replication_method != "INCREMENTAL":
            plan.why = "FULL_TABLE: read whole and replaced"
            return plan
        plan.new_columns = self.columns_gained(state)
        # The bookmark this sync starts from (the SDK fixes it only once the sync begins).
        start = state.get("replication_key_value")
        if plan.new_columns or self.name in (self.config.get("full_refresh_tables") or []):
            start = None
        if plan.new_columns:
            plan.why = f"new columns {', '.join(plan.new_columns)}: every row needs their values"
        elif self.name in (self.config.get("full_refresh_tables") or []):
            plan.why = "named in full_refresh_tables"
        elif start is None:
            plan.why = "no bookmark yet"
            if after := (state.get("first_read") or {}).get("after"):
                plan.reads = f"the rest of the table, after key {', '.join(map(str, after))}"
        if start is None:
            return plan
        plan.action, plan.why = "incremental", "from the bookmark"
        plan.reads = f"{self.replication_key} >= {start}"
        if (cutoff := self.lookback_cutoff()) is not None:
            plan.lookback = f"{', '.join(self.spec.lookback_columns)} >= {cutoff.isoformat()}"
        plan.deletes, plan.deletes_why = self.deletes_decision(context, look=look)
        if self.checks_key_ranges and (ranges := state.get("range_checksums")):
            plan.key_ranges = (
                f"re-checks {len(ranges.get('ranges') or {})} key ranges through "
                f"{ranges.get('through')}"
            )
        return plan

    @override
    def sync(self, context: Context | None = None) -> None:
        """Act on the plan, and record what the run did in the table's state (``last_run``)."""
        plan = self.plan(context)
        if plan.action == "skip":
            return
        state = self.get_context_state(context)
        record = RunRecord(self._tap.run_started_at, plan.action, plan.reads)
        self._run_record = record
        try:
            self._sync_planned(plan, state, context)
        except Exception as error:
            state[STATE_KEY] = record.finish(error)
            # The failed table's record reaches the target at once, the rows before it first.
            self._tap.write_message(StateMessage(value=self.tap_state))
            raise
        state[STATE_KEY] = record.finish()

    #: The figures of the sync under way.
    _run_record: RunRecord | None = None

    def _sync_planned(
        self, plan: TablePlan, state: dict[str, t.Any], context: Context | None
    ) -> None:
        if self.replication_method == "INCREMENTAL":
            state["columns"] = ",".join(sorted(self.get_selected_schema()["properties"]))
        if plan.new_columns:
            # Rows that did not change since would keep a null in the new columns for ever.
            self.logger.warning(
                "%s has new columns (%s): reading it again from the start so that every row "
                "has their values",
                self.name,
                ", ".join(plan.new_columns),
            )
            state["replication_key_value"] = None
        if plan.deletes == "send":
            self.logger.info("Sending the keys of %s: %s", self.name, plan.deletes_why)
            sent = self.reconcile_keys(context)
            if self._run_record is not None:
                self._run_record.keys_sent = sent
        elif plan.deletes == "none gone":
            state["reconciled_at"] = _now()
            self.logger.info("No key of %s has gone since the last run", self.name)
        elif plan.action == "full" and self.primary_keys:
            # A read from scratch retires nothing in the targets: the next run reconciles.
            # (Meltano merges states, so old values would otherwise survive a full refresh.)
            state["reconciled_at"] = state["keys_sent_at"] = state["key_summary"] = None
        super().sync(context)

    def columns_gained(self, state: dict[str, t.Any]) -> list[str]:
        """The selected columns an incremental table's bookmark was not read with.

        The state records the columns each read took (one string, which Meltano's merge of
        states replaces whole). A column added at the source and taken into ``tables.yml``
        by a re-analysis, or newly selected, has values in rows whose stamp never moves
        again, so the table is read again from the start.
        """
        known = state.get("columns")
        if known is None or state.get("replication_key_value") is None:
            return []
        known_columns = set(known.split(","))
        return [
            column
            for column in sorted(self.get_selected_schema()["properties"])
            if column not in known_columns
        ]

    # A first read (no bookmark yet) goes in primary-key order, not in stamp order: each chunk
    # is then a range of the primary key index, where ordering by (stamp, key) makes the
    # server sort every remaining row for every chunk (the stamp is unindexed on most tables,
    # and a MyISAM index on it does not hold the key).
    _reading_in_key_order = False

    def reads_in_key_order(self, context: Context | None) -> bool:
        """Whether this run reads the whole table in primary-key order.

        A full-table table always does; an incremental one on its first read (no bookmark),
        unless its own key is its bookmark, which is the same order.
        """
        if not self.primary_keys:
            return False
        if self.replication_method != "INCREMENTAL":
            return True
        return (
            self.replication_key is not None
            and self.replication_key not in self.primary_keys
            and self.get_starting_replication_key_value(context) is None
        )

    @override
    def _increment_stream_state(
        self, latest_record: Record, *, context: Context | None = None
    ) -> None:
        # Rows in key order are not in stamp order, so no row's stamp is a bookmark: a first
        # read sets its bookmark once, at its end (see _first_read).
        if not self._reading_in_key_order:
            super()._increment_stream_state(latest_record, context=context)

    def _key_order_query(self) -> selectable.Select:
        keys = list(self.primary_keys)
        selected = list(self.get_selected_schema()["properties"])
        table = sa.table(self.spec.name, *(sa.column(c) for c in dict.fromkeys(selected + keys)))
        query = sa.select(*(table.columns[column] for column in selected))
        return query.order_by(*(table.columns[key] for key in keys))

    def _first_read(self, context: Context | None) -> Iterator[Chunk]:
        """Read the whole table in primary-key order; an incremental one resumably.

        For an incremental table, the bookmark it leaves is the largest stamp in the table
        when the read began, not the largest one read: a row changed during the read gets a
        newer stamp than that, so the next run reads it again, even when it changed after its
        key had been passed. The state carries the read's position (``first_read``), so a run
        that dies part way resumes after the last key it delivered.
        """
        if self.replication_method != "INCREMENTAL":
            # Read whole every run: no bookmark and no position to resume from.
            yield from self._chunks(self._key_order_query(), order=self.primary_keys)
            return
        state = self.get_context_state(context)
        keys = list(self.primary_keys)
        query = self._key_order_query()
        table = query.get_final_froms()[0]
        position = state.get("first_read") or {}
        if "through" in position:
            through = position["through"]
        else:
            with self.connector._connect() as connection:
                through = connection.execute(
                    sa.select(sa.func.max(table.columns[self.replication_key]))
                ).scalar()
        if after := position.get("after"):
            key_columns = [table.columns[key] for key in keys]
            values = [self._sql_value(key, value) for key, value in zip(keys, after, strict=True)]
            query = query.where(self._after(key_columns, values))
        state["first_read"] = {"through": through, "after": after}
        for rows in self._chunks(query, order=keys):
            yield rows
            # Only once the consumer asks for more have this chunk's rows all gone out.
            state["first_read"] = {"through": through, "after": rows.last(keys)}
        del state["first_read"]
        if through is not None:
            state["replication_key"] = self.replication_key
            state["replication_key_value"] = through

    @override
    def get_records(self, context: Context | None) -> Iterable[Record]:
        for chunk in self._read(context):
            yield from chunk.records()

    def _read(self, context: Context | None) -> Iterator[Chunk]:
        """The rows of this run, a chunk at a time, binary values encoded for JSON."""
        if context:
            msg = f"Stream '{self.name}' does not support partitioning."
            raise NotImplementedError(msg)
        self._reading_in_key_order = self.reads_in_key_order(context)
        if self._reading_in_key_order:
            chunks = self._first_read(context)
        else:
            query = self.build_query(context=context)
            read = self._chunks if self.keyset_columns else self._whole_table
            chunks = read(query)
        binary = self._binary_columns
        checks_ranges = self.checks_key_ranges
        if checks_ranges:
            chunks = itertools.chain(self._changed_ranges(context), chunks)
        largest = None
        summary = self.get_context_state(context).get("key_summary")
        added = _KeysAdded(self, summary) if summary and self.summarizes_keys else None
        record = self._run_record
        whole = self._reading_in_key_order or self.replication_method != "INCREMENTAL"
        progress = Progress(self.name, self.spec.estimated_rows if whole else 0, self.logger)
        for chunk in chunks:
            if binary and chunk.rows:
                chunk = Chunk(chunk.columns, _encode_binary(chunk, binary))  # noqa: PLW2901
            yield chunk
            progress.add(len(chunk))
            if record is not None:
                record.rows += len(chunk)
            if added is not None:
                added.note(chunk)
            if checks_ranges and chunk.rows:
                # The key is the bookmark: the last row read holds the largest.
                largest = max(largest or 0, int(*chunk.last([self.replication_key])))
        if added is not None:
            self.get_context_state(context)["key_summary"] = added.summary()
        if checks_ranges:
            self._record_range_checksums(context, largest)

    @override
    def get_batch_config(self, config: t.Mapping) -> BatchConfig | None:
        """The batch settings, for the tables whose rows can travel as BATCH files.

        Those are incremental tables with a primary key, whose target upserts each file. A
        full-table table is replaced whole through ACTIVATE_VERSION, which needs the table
        version that only a RECORD message carries; and stream maps (the hashing of sensitive
        columns) apply to RECORD messages only, so with maps configured every table sends
        records.
        """
        if self.replication_method != "INCREMENTAL" or not self.primary_keys:
            return None
        if config.get("stream_maps"):
            return None
        return super().get_batch_config(config)

    #: Rows encoded at a time into a batch file.
    _ENCODE_SLICE = 2000

    @override
    def get_batches(
        self,
        batch_config: BatchConfig,
        context: Context | None = None,
    ) -> Iterator[tuple[BaseBatchFileEncoding, list[str]]]:
        """Write the rows to JSON Lines files of ``batch_size`` rows, one BATCH message each.

        The rows are the ones ``get_records`` reads, in the same order, encoded straight to
        their JSON lines: a file of rows costs what writing their RECORD messages would, less
        the per-message work on both sides of the pipe. The bookmark moves to each file's
        last row once the file is written, so the STATE message after its BATCH message
        resumes the next run after it.
        """
        encoding = batch_config.encoding
        if encoding.compression not in (None, "none"):
            msg = (
                f"batch_config.encoding.compression {encoding.compression!r} is not supported "
                "by tap-opendental; use 'none'"
            )
            raise ConfigValidationError(msg)
        storage = batch_config.storage
        UPath(storage.root, **storage.params).mkdir(parents=True, exist_ok=True)
        prefix = f"{storage.prefix or ''}{self.tap_name}--{self.name}-{uuid.uuid4().hex}"
        encoder = msgspec.json.Encoder(decimal_format="number")
        # What _sync_records does before reading: fix the bookmark this run starts from.
        self._write_starting_replication_value(context)
        # Each row's tuple becomes a struct that encodes as its record: no dict per row.
        records = itertools.chain.from_iterable(
            itertools.starmap(_record_struct(chunk.columns), chunk.rows)
            for chunk in self._read(context)
        )
        # The same metrics as a run of RECORD messages: rows read, and the sync's duration
        # (which marks the table finished in the run log).
        with self.get_record_counter() as counter, self.get_sync_timer():
            for number in itertools.count(1):
                filename = f"{prefix}-{number}.jsonl"
                written, last = 0, None
                with storage.open(filename, "wb") as file:
                    # Encoded a slice at a time, so memory holds one slice and not the file.
                    while written < batch_config.batch_size:
                        size = min(self._ENCODE_SLICE, batch_config.batch_size - written)
                        part = list(itertools.islice(records, size))
                        if not part:
                            break
                        file.write(encoder.encode_lines(part))
                        written += len(part)
                        last = part[-1]
                if last is None:
                    storage_path = UPath(storage.root, **storage.params) / filename
                    storage_path.unlink(missing_ok=True)
                    break
                record = {
                    field.encode_name: getattr(last, field.name)
                    for field in msgspec.structs.fields(last)
                }
                self._increment_stream_state(record, context=context)
                counter.increment(written)
                yield encoding, [storage.get_url(filename)]
        self._finalize_state(self.stream_state)

    # A table bookmarked by its own key (securitylog) never shows a row changed in place, and
    # OpenDental does change some (FKey is zeroed when an appointment is deleted). Such tables
    # keep a checksum of every range of RANGE_WIDTH keys already read; a range whose checksum
    # moved since the last run is read again, before the new rows.
    RANGE_WIDTH = 10_000
    MAX_RANGES = 5_000

    @cached_property
    def checks_key_ranges(self) -> bool:
        """Whether this table is bookmarked by its integer primary key (and checks are on)."""
        return (
            bool(self.config.get("check_key_ranges", True))
            and self.replication_key is not None
            and list(self.primary_keys) == [self.replication_key]
            and parse_type(self.spec.columns[self.replication_key]).is_integer
        )

    def _range_checksums(self, through: int) -> dict[str, str]:
        key = sa.column(self.replication_key)
        values = [
            sa.func.ifnull(sa.column(column), "\\N")
            for column in self.get_selected_schema()["properties"]
        ]
        bucket = sa.func.floor(key / self.RANGE_WIDTH).label("bucket")
        row_crc = sa.func.crc32(sa.func.concat_ws("|", *values))
        query = (
            sa.select(bucket, sa.func.count().label("rows"), sa.func.bit_xor(row_crc).label("crc"))
            .select_from(sa.table(self.spec.name))
            .where(key <= through)
            .group_by(bucket)
        )
        return {str(int(bucket)): f"{rows}:{crc}" for bucket, rows, crc in self._fetch(query).rows}

    def _changed_ranges(self, context: Context | None) -> Iterator[Chunk]:
        stored = self.get_context_state(context).get("range_checksums")
        if not stored or self.get_starting_replication_key_value(context) is None:
            return
        current = self._range_checksums(int(stored["through"]))
        changed = sorted(int(b) for b, value in current.items() if stored["ranges"].get(b) != value)
        if changed:
            self.logger.info(
                "Re-reading %d key ranges of %s changed in place", len(changed), self.name
            )
        table = sa.table(
            self.spec.name, *(sa.column(c) for c in self.get_selected_schema()["properties"])
        )
        key = table.columns[self.replication_key]
        for bucket in changed:
            low, high = bucket * self.RANGE_WIDTH, (bucket + 1) * self.RANGE_WIDTH
            query = (
                sa.select(*table.columns)
                .where(key >= low, key < high, key <= int(stored["through"]))
                .order_by(key)
            )
            yield from self._chunks(query, order=[self.replication_key])

    def _record_range_checksums(self, context: Context | None, largest: int | None) -> None:
        # The rows read may be ahead of the bookmark: with BATCH files, the state moves only
        # once a file is written, after the last row was read.
        state = self.get_context_state(context)
        through = max(int(state.get("replication_key_value") or 0), largest or 0)
        if not through:
            return
        ranges = self._range_checksums(int(through))
        if len(ranges) > self.MAX_RANGES:
            # Sparse keys (replicated installs): too many ranges to keep in state.
            state.pop("range_checksums", None)
            return
        state["range_checksums"] = {"through": int(through), "ranges": ranges}


class KeySummary:
    """A count and checksum of integer keys, as MySQL gives them of a key column.

    ``BIT_XOR(CRC32(key))`` and ``COUNT(*)`` over ``key <= through``: CRC32 of an integer is
    that of its decimal digits, so the tap can sum up the keys it sends and compare them with
    the source's later, without keeping the keys.
    """

    def __init__(self, state: dict[str, t.Any] | None = None) -> None:
        state = state or {}
        self.through: int | None = state.get("through")
        self.count: int = int(state.get("count", 0))
        self.checksum: int = int(state.get("checksum", 0))

    def add(self, keys: Iterable[int]) -> None:
        """Count keys not counted yet."""
        for key in keys:
            self.count += 1
            self.checksum ^= zlib.crc32(str(int(key)).encode())
            if self.through is None or key > self.through:
                self.through = int(key)

    def as_state(self) -> dict[str, t.Any]:
        """The summary as the stream state keeps it."""
        return {"through": self.through, "count": self.count, "checksum": self.checksum}


class _KeysAdded:
    """The keys a sync delivers beyond the ones its targets were known to hold.

    Keys above the summary's largest are new rows; each is counted once, however often the
    run reads it. A key at or below it that the summary lacks (a row committed late) is not
    added: the next check then sees a difference and sends every key, which is safe.
    """

    def __init__(self, stream: OpenDentalStream, summary: dict[str, t.Any]) -> None:
        self._key = stream.primary_keys[0]
        self._base = summary
        self._through = summary.get("through")
        self._new: set[int] = set()

    def note(self, chunk: Chunk) -> None:
        """Take the new keys of a chunk that has gone out."""
        if not chunk.rows:
            return
        position = chunk.index(self._key)
        through = self._through
        self._new.update(
            int(row[position])
            for row in chunk.rows
            if through is None or int(row[position]) > through
        )

    def summary(self) -> dict[str, t.Any]:
        """The summary of every key the targets hold after this sync."""
        summary = KeySummary(self._base)
        summary.add(sorted(self._new))
        return summary.as_state()


@functools.lru_cache(maxsize=256)
def _record_struct(columns: tuple[str, ...]) -> type[msgspec.Struct]:
    """A struct built from a row's tuple whose JSON form is the row's record."""
    fields = [f"c{index}" for index in range(len(columns))]
    return msgspec.defstruct(
        "Record",
        [(field, t.Any) for field in fields],
        rename=dict(zip(fields, columns, strict=True)),
    )


def _encode_binary(chunk: Chunk, columns: Sequence[str]) -> list[tuple[t.Any, ...]]:
    positions = [chunk.index(column) for column in columns]
    rows = []
    for row in chunk.rows:
        values = list(row)
        for position in positions:
            values[position] = encode_binary(values[position])
        rows.append(tuple(values))
    return rows
