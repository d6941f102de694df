"""The sink that mirrors one stream into one replica table."""

from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import itertools
import json
import typing as t
from functools import cached_property

import msgspec
from singer_sdk.helpers._batch import BatchFileFormat, StorageTarget
from singer_sdk.helpers.conform import DatetimeErrorTreatmentEnum
from singer_sdk.sql import SQLSink
from typing_extensions import override
from upath import UPath

from mysql_types import ColumnType
from target_mysql_replica.column_types import is_base64
from target_mysql_replica.connector import MySQLReplicaConnector
from target_mysql_replica.load_data import binary_text

if t.TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from singer_sdk.helpers._batch import BaseBatchFileEncoding
    from singer_sdk.target_base import Target

    from target_mysql_replica.target import TargetMySQLReplica

#: Column types whose values may be large enough to count towards the batch's byte budget.
_LARGE_TYPES = frozenset({"mediumtext", "longtext", "mediumblob", "longblob", "json"})


def _decode_base64(value: str) -> bytes:
    return base64.b64decode(value)


def _decode_base64_text(value: str) -> str:
    return binary_text(base64.b64decode(value))


def _integer_bool(value: t.Any) -> t.Any:
    # LOAD DATA reads a boolean as the number it stands for.
    return int(value) if isinstance(value, bool) else value


def _utc_wall_time(value: t.Any) -> t.Any:
    # The session is UTC: an instant with an offset is written as its UTC wall time, which
    # is what MySQL itself does with an offset literal in a UTC session. The SDK has parsed
    # the value already unless the property has no "type".
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value


def _utc_wall_text(value: t.Any) -> t.Any:
    # For LOAD DATA, which reads an ISO date-time with its "T": a UTC or naive value is
    # only trimmed, which costs a fraction of parsing it.
    if isinstance(value, str):
        if value.endswith("+00:00"):
            return value[:-6]
        if "+" not in value and value.rfind("-") < 10 and not value.endswith(("Z", "z")):
            return value
    return _utc_wall_time(value)


def _to_float(value: t.Any) -> t.Any:
    # JSON numbers arrive as exact Decimals; the driver would spell one out in full digits, which
    # MySQL reads as a DECIMAL literal (at most 65 digits). The nearest double is exact.
    return float(value) if isinstance(value, decimal.Decimal) else value


def _json_text(value: t.Any) -> t.Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=str, ensure_ascii=False)
    return value


def _json_types(schema: dict) -> set[str]:
    kinds = schema.get("type")
    types = {kinds} if isinstance(kinds, str) else set(kinds or ())
    for option in schema.get("anyOf", ()):
        types |= _json_types(option)
    return types


class MySQLReplicaSink(SQLSink[MySQLReplicaConnector]):
    """Writes a stream into its table: upserts by primary key, or replaces a keyless table.

    A stream with key properties is upserted by primary key, one transaction per batch:
    loaded with ``LOAD DATA LOCAL INFILE`` (see ``MySQLReplicaConnector.write_batch``), or with
    multi-row ``INSERT ... ON DUPLICATE KEY UPDATE`` on a server that refuses it. A keyless
    full-table stream (no key properties, no bookmark) replaces the table's rows: the first
    batch deletes the old rows in the same transaction that inserts the new ones, later
    batches join it, and it commits when the stream version ends (ACTIVATE_VERSION after
    rows) or the input ends. Readers see the old rows until then, and a run that fails rolls
    back to them. A keyless incremental stream has nothing to replace or upsert by and is
    appended.

    Records become rows of values as they arrive, converting only the few columns that
    need it (base64 binary, date-times, doubles, booleans, JSON objects). A batch is written
    when it reaches ``batch_size_rows`` rows or holds about 256 MB of large text and blob
    values, whichever comes first.
    """

    connector_class = MySQLReplicaConnector
    MAX_SIZE_DEFAULT = 50_000
    MAX_BATCH_BYTES = 256 << 20

    def __init__(
        self,
        target: Target,
        stream_name: str,
        schema: dict,
        key_properties: Sequence[str] | None,
        connector: MySQLReplicaConnector | None = None,
    ) -> None:
        self._target = t.cast("TargetMySQLReplica", target)
        self._pending_bytes = 0
        super().__init__(target, stream_name, schema, key_properties, connector)

    @property
    @override
    def datetime_error_treatment(self) -> DatetimeErrorTreatmentEnum:
        # A date the tap could not have meant (it nulls zero and invalid dates) is null.
        return DatetimeErrorTreatmentEnum.NULL

    @override
    def conform_name(self, name: str, object_type: str | None = None) -> str:
        # A replica keeps the source's names exactly: CamelCase, `Position`, `Mode_`.
        return name

    @property
    @override
    def schema_name(self) -> str:
        return str(self.config["database"])

    @cached_property
    def replication_key(self) -> str | None:
        """The stream's bookmark column, from its SCHEMA message."""
        keys = self._target.bookmark_properties(self.stream_name)
        return keys[0] if keys and keys[0] in self.schema["properties"] else None

    @cached_property
    def replaces_rows(self) -> bool:
        """Whether each run replaces the table's rows (a keyless full-table stream)."""
        return not self.key_properties and self.replication_key is None

    @cached_property
    def is_key_snapshot(self) -> bool:
        """Whether the stream sends only its primary keys: a version listing the rows that exist.

        The tap sends one before an incremental sync so that rows deleted at the source can be
        retired; on ACTIVATE_VERSION, rows whose keys were not sent are deleted.
        """
        keys = set(self.key_properties)
        sent = {name for name in self.schema["properties"] if not name.startswith("_sdc_")}
        return bool(keys) and sent <= keys

    @cached_property
    def columns(self) -> list[str]:
        """The table columns this stream writes, in the order of each row's values."""
        return list(self.schema["properties"])

    @cached_property
    def _column_types(self) -> list[ColumnType]:
        keys = set(self.key_properties)
        return [
            self.connector.column_type(self.schema["properties"][column], key=column in keys)
            for column in self.columns
        ]

    @cached_property
    def _converters(self) -> list[tuple[int, Callable[[t.Any], t.Any]]]:
        bulk = self.connector.bulk_loads
        converters: list[tuple[int, Callable[[t.Any], t.Any]]] = []
        for index, column in enumerate(self.columns):
            prop = self.schema["properties"][column]
            types = _json_types(prop)
            formats = {prop.get("format")} | {o.get("format") for o in prop.get("anyOf", ())}
            if is_base64(prop):
                converters.append((index, _decode_base64_text if bulk else _decode_base64))
            elif "date-time" in formats:
                converters.append((index, _utc_wall_text if bulk else _utc_wall_time))
            elif self._column_types[index].base in {"double", "float"}:
                # LOAD DATA reads a Decimal's digits as MySQL reads a number: no conversion.
                if not bulk:
                    converters.append((index, _to_float))
            elif not types or types & {"object", "array"}:
                converters.append((index, _json_text))
            elif bulk and "boolean" in types:
                converters.append((index, _integer_bool))
        return converters

    @cached_property
    def _large_columns(self) -> list[int]:
        return [
            index
            for index, column_type in enumerate(self._column_types)
            if column_type.base in _LARGE_TYPES
        ]

    @override
    def setup(self) -> None:
        if self.is_key_snapshot:
            # Only tables the replica already holds have rows to retire; nothing is created.
            return
        self.connector.prepare_schema(self.schema_name)
        self.connector.prepare_table(
            full_table_name=self.full_table_name,
            schema=self.schema,
            primary_keys=self.key_properties,
        )
        if self.replication_key:
            self.connector.prepare_index(self.full_table_name, self.replication_key)
        if self.replaces_rows:
            self.connector.begin_reload(self.full_table_name)
        elif not self.key_properties:
            self.logger.warning(
                "Stream %s has no primary key but a replication key: its rows are appended "
                "and rows read again are duplicated; make it FULL_TABLE so each run replaces "
                "the table",
                self.stream_name,
            )

    def _row(self, record: dict) -> list[t.Any]:
        return self._values([record.get(column) for column in self.columns])

    def _values(self, row: Sequence[t.Any]) -> list[t.Any]:
        values = list(row)
        for index, convert in self._converters:
            value = values[index]
            if value is not None:
                values[index] = convert(value)
        return values

    @override
    def process_record(self, record: dict, context: dict) -> None:
        row = self._row(record)
        context.setdefault("rows", []).append(row)
        for index in self._large_columns:
            value = row[index]
            if value is not None:
                self._pending_bytes += len(value)

    @property
    @override
    def is_full(self) -> bool:
        return super().is_full or self._pending_bytes >= self.MAX_BATCH_BYTES

    @override
    def start_drain(self) -> dict:
        self._pending_bytes = 0
        return super().start_drain()

    @override
    def process_batch(self, context: dict) -> None:
        """Write a batch; it is committed before the SDK emits the state that follows it.

        Args:
            context: The batch, with ``rows`` (or ``records`` from BATCH messages).
        """
        rows = context.get("rows") or [self._row(record) for record in context.get("records", ())]
        if not rows:
            return
        if self.is_key_snapshot:
            if self.connector.table_exists(self.full_table_name):
                self.connector.write_snapshot_keys(self.full_table_name, self.key_properties, rows)
        elif self.replaces_rows:
            self.connector.write_reload(self.full_table_name, self.columns, rows)
        else:
            self.connector.write_batch(
                self.full_table_name, self.columns, self.key_properties, rows
            )

    @override
    def process_batch_files(
        self,
        encoding: BaseBatchFileEncoding,
        files: Sequence[str],
    ) -> None:
        """Load JSON Lines BATCH files, committing every ``batch_size_rows`` rows.

        Lines are decoded by msgspec (numbers exact) straight into rows, so a file never sits
        in memory whole, and each file is removed once all its rows are committed.

        Args:
            encoding: The files' encoding (``jsonl``, uncompressed or gzip).
            files: The files' URLs.
        """
        if encoding.format != BatchFileFormat.JSONL:
            super().process_batch_files(encoding, files)
            return
        decoder = self._batch_decoder()
        size = self.batch_size_rows or self.MAX_SIZE_DEFAULT
        for url in files:
            head, tail = StorageTarget.split_url(url)
            with StorageTarget.from_url(head).open(tail, mode="rb") as file:
                lines = gzip.open(file) if encoding.compression == "gzip" else file  # noqa: SIM115
                # A slice of lines at a time, decoded in one call: a file never sits in
                # memory whole.
                while part := list(itertools.islice(lines, size)):
                    values = map(msgspec.structs.astuple, decoder.decode_lines(b"".join(part)))
                    rows = [self._values(row) for row in values]
                    if rows:
                        self.process_batch({"rows": rows})
                        self.record_counter_metric.increment(len(rows))
            UPath(url).unlink(missing_ok=True)

    def _batch_decoder(self) -> msgspec.json.Decoder:
        """A decoder of BATCH lines into structs of the stream's columns (absent ones null).

        Their values come out as a tuple in column order: no dict per row. Numbers stay
        exact. For LOAD DATA, a double column's value is decoded as a float (its text reads
        back as the same double, and is written faster than a Decimal's) and any other number
        column's as a Decimal, unless such a column may also hold strings: then every number
        is a Decimal.
        """
        fields: list[tuple[str, t.Any, None]] = []
        floats = self.connector.bulk_loads
        for index, column in enumerate(self.columns):
            types = _json_types(self.schema["properties"][column])
            kind: t.Any = t.Any
            if not types or types & {"object", "array"}:
                # JSON text, whose numbers must keep their digits.
                floats = False
            elif "number" in types and self._column_types[index].base not in {"double", "float"}:
                kind = decimal.Decimal | None
                floats = floats and types <= {"number", "integer", "null"}
            fields.append((f"c{index}", kind, None))
        if not floats:
            fields = [(name, t.Any, None) for name, _kind, _default in fields]
        row_type = msgspec.defstruct(
            "Row", fields, rename={f"c{index}": column for index, column in enumerate(self.columns)}
        )
        return msgspec.json.Decoder(row_type, float_hook=None if floats else decimal.Decimal)

    @override
    def activate_version(self, new_version: int) -> None:
        """Mark a stream version's boundary: a keyless table's reload commits or begins.

        Upserted tables have no versions to retire: every row is current by its key.

        Args:
            new_version: The version the tap activates.
        """
        if self.is_key_snapshot:
            self._target.drain_one(self)
            if self.connector.table_exists(self.full_table_name):
                retired = self.connector.retire_missing_keys(
                    self.full_table_name, self.key_properties
                )
                self.logger.info(
                    "Deleted %d rows of %s gone at the source", retired, self.stream_name
                )
            return
        if not self.replaces_rows:
            self.logger.debug("ACTIVATE_VERSION %s: %s is upserted by key", new_version, self)
            return
        # The rows received so far belong to the version the message closes.
        self._target.drain_one(self)
        self.connector.complete_version(self.full_table_name)

    @override
    def clean_up(self) -> None:
        if self.replaces_rows:
            self.connector.finish_reload(self.full_table_name)
        super().clean_up()
