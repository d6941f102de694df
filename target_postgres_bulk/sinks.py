"""The sink: target-postgres' own, with one COPY path for RECORD batches and BATCH files."""

from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import operator
import typing as t

import msgspec
import sqlalchemy as sa
from singer_sdk.helpers._batch import BatchFileFormat, StorageTarget
from sqlalchemy.dialects import postgresql
from target_postgres.sinks import PostgresSink
from typing_extensions import override
from upath import UPath

from target_postgres_bulk.connector import BulkPostgresConnector

if t.TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from singer_sdk.helpers._batch import BaseBatchFileEncoding

#: The ``_sdc_`` columns a BATCH file's rows get from the loader, which reads no message per
#: row: when the file was loaded.
_LOAD_TIME_COLUMNS = ("_sdc_received_at", "_sdc_batched_at")

_NUL = "\x00"


class BulkPostgresSink(PostgresSink):
    """target-postgres' sink, writing each batch with COPY and little per-row Python work.

    target-postgres' own COPY runs every value through SQLAlchemy's bind processor, which
    turns an exact decimal into a float, after rebuilding every record as a dict. Here each
    row becomes a list in column order that psycopg writes as it is, so numbers keep every
    digit; a BATCH file's lines are decoded by msgspec straight into those rows. A batch of
    keys beyond the table's largest is copied into the table itself; any other is upserted
    with one INSERT ... ON CONFLICT on the table's primary key, so each row is written once.

    A key snapshot (a table version whose records hold only the primary key, which a tap
    sends so that rows deleted at its source are retired) rewrites no row: its keys are
    copied into a holding table, and its ACTIVATE_VERSION retires the rows whose keys were
    not sent and adds the keys the table lacks, a statement each, joined on the key.

    Binary values, which arrive base64-encoded, are decoded into bytes for ``bytea`` columns
    (see ``BulkPostgresConnector``): in a BATCH file by msgspec as it decodes the line.
    """

    connector_class = BulkPostgresConnector

    #: The holding table of the key snapshot being received, until its ACTIVATE_VERSION.
    _snapshot_keys: sa.Table | None = None
    #: Whether this run wrote to the table (rows, or a key snapshot applied).
    _changed = False

    @override
    def process_batch_files(
        self,
        encoding: BaseBatchFileEncoding,
        files: Sequence[str],
    ) -> None:
        """Load JSON Lines BATCH files, one transaction each, and remove each once committed.

        Args:
            encoding: The files' encoding (``jsonl``, uncompressed or gzip).
            files: The files' URLs.
        """
        if encoding.format != BatchFileFormat.JSONL:
            super().process_batch_files(encoding, files)
            return
        for url in files:
            head, tail = StorageTarget.split_url(url)
            storage = StorageTarget.from_url(head)
            with storage.open(tail, mode="rb") as file:
                data = file.read()
            # A file is one batch of the tap's size (25,000 rows by default): read whole, its
            # lines are decoded in one call.
            batch = _BatchFile(gzip.decompress(data) if encoding.compression == "gzip" else data)
            self.process_batch({"records": batch})
            self.record_counter_metric.increment(batch.count)
            UPath(url).unlink(missing_ok=True)

    @override
    def process_batch(self, context: dict[str, t.Any]) -> None:
        """Write a batch in one transaction: appended when it can be, upserted otherwise.

        A batch whose keys all come after the table's largest key (every batch of a first
        read, which goes in key order) cannot meet a row of the table, so it is copied into
        the table itself; any other batch goes through a temporary table and an upsert.
        """
        records = context.get("records") or []
        self._changed = True
        if self._snapshot_keys is not None or (self.is_key_snapshot and _versioned(records)):
            self._hold_keys(records)
            return
        if not self.config["use_copy"] or self.append_only or len(self.key_properties) != 1:
            super().process_batch(context)
            return
        with self.connector._connect() as connection, connection.begin():
            table = self._prepare_table(connection)
            columns, rows = self._copy_rows(
                table, self.schema, context["records"], self.key_properties
            )
            if not rows:
                return
            key = self.key_properties[0]
            keys = map(operator.itemgetter(columns.index(key)), rows)
            if self._appends(table, key, list(keys), connection):
                self._copy(connection, f'"{table.schema}"."{table.name}"', columns, rows)
                return
            temp_table = self.connector.copy_table_structure(
                full_table_name=self.temp_table_name,
                from_table=table,
                as_temp_table=True,
                connection=connection,
            )
            self._copy(connection, f'"{temp_table.name}"', columns, rows)
            self.upsert(temp_table, table, self.schema, self.key_properties, connection)
            self.connector.drop_table(table=temp_table, connection=connection)

    def _prepare_table(self, connection: sa.engine.Connection) -> sa.Table:
        """The stream's table, created or given the stream's new columns as needed."""
        return self.connector.prepare_table(
            full_table_name=self.full_table_name,
            schema=self.schema,
            primary_keys=self.key_properties,
            as_temp_table=False,
            connection=connection,
        )

    @property
    def is_key_snapshot(self) -> bool:
        """Whether this stream's records can be a key snapshot: only primary keys.

        They are one when they also carry a table version (an incremental stream of its key
        alone, in BATCH files or plain records, is loaded as any other). With
        ``activate_version`` off, target-postgres ignores versions, and so does this.
        """
        sent = {name for name in self.schema["properties"] if not name.startswith("_sdc_")}
        return (
            bool(self.key_properties)
            and sent <= set(self.key_properties)
            and not self.append_only
            and self.config.get("activate_version", True) is not False
        )

    def _hold_keys(self, records: Iterable[dict[str, t.Any]]) -> None:
        """Copy a batch of a key snapshot's keys into its holding table."""
        keys = list(self.key_properties)
        with self.connector._connect() as connection, connection.begin():
            if self._snapshot_keys is None:
                table = self._prepare_table(connection)
                # A table of its own (not a temporary one, which lives in one session): a
                # holding table left by a run that died is replaced.
                holding = sa.Table(
                    f"_sdc_keys_{table.name}"[:63],
                    sa.MetaData(),
                    *(sa.Column(key, table.columns[key].type) for key in keys),
                    schema=table.schema,
                    prefixes=["UNLOGGED"],
                )
                holding.drop(connection, checkfirst=True)
                holding.create(connection)
                self._snapshot_keys = holding
            holding = self._snapshot_keys
            rows = map(operator.itemgetter(*keys), records)
            if len(keys) == 1:
                rows = ((value,) for value in rows)
            self._copy(connection, f'"{holding.schema}"."{holding.name}"', keys, list(rows))

    @override
    def activate_version(self, new_version: int) -> None:
        """Apply a key snapshot; other versions as target-postgres does.

        The rows whose keys were not sent get ``_sdc_deleted_at`` (or are deleted, with
        ``hard_delete``); a retired row whose key was sent again is live again; a key the
        table lacks becomes a row of its keys (the sync after the snapshot fills it, and a
        table of key columns only is whole that way). The other rows are not rewritten, so
        their ``_sdc_table_version`` and load times stay those of their last load. A
        snapshot with no keys at all (the source table is empty) retires every row, as
        target-postgres does.
        """
        self._changed = True
        if not self.is_key_snapshot:
            super().activate_version(new_version)
            return
        if self._pending_batch:
            self.process_batch(self.start_drain())
            self.mark_drained()
        holding, self._snapshot_keys = self._snapshot_keys, None
        if holding is None or not self.connector.table_exists(self.full_table_name):
            super().activate_version(new_version)
            return
        now = datetime.datetime.now(datetime.timezone.utc)
        with self.connector._connect() as connection, connection.begin():
            table = sa.Table(
                self.table_name, sa.MetaData(), autoload_with=connection, schema=self.schema_name
            )
            keys = list(self.key_properties)
            matches = [holding.columns[key] == table.columns[key] for key in keys]
            sent = sa.exists().where(*matches)
            if self.config["hard_delete"]:
                connection.execute(sa.delete(table).where(~sent))
            else:
                deleted_at = table.columns[self.soft_delete_column_name]
                connection.execute(
                    sa.update(table).where(deleted_at.is_(None), ~sent).values({deleted_at: now})
                )
                connection.execute(
                    sa.update(table).where(deleted_at.is_not(None), sent).values({deleted_at: None})
                )
            stamps = {
                name: value
                for name, value in (
                    (self.version_column_name, new_version),
                    *((name, now) for name in _LOAD_TIME_COLUMNS),
                )
                if name in table.columns
            }
            new_keys = (
                sa.select(
                    *(holding.columns[key] for key in keys),
                    *(
                        sa.literal(value, table.columns[name].type)
                        for name, value in stamps.items()
                    ),
                )
                .where(~sa.exists().where(*matches).correlate(holding))
                .distinct()
            )
            connection.execute(sa.insert(table).from_select([*keys, *stamps], new_keys))
            holding.drop(connection)

    @override
    def clean_up(self) -> None:
        """Refresh the planner's statistics of a table this run wrote to.

        The models that read the table run right after the load, before autovacuum would
        notice it; a plan made on the statistics of an empty table can take minutes where
        one made on the loaded rows takes milliseconds. ANALYZE reads a fixed sample, so
        it costs about the same on any size of table.
        """
        if self._changed and self.connector.table_exists(self.full_table_name):
            with self.connector._connect() as connection, connection.begin():
                connection.execute(sa.text(f'ANALYZE "{self.schema_name}"."{self.table_name}"'))
        super().clean_up()

    @override
    def bulk_insert_records(  # type: ignore[override]
        self,
        table: sa.Table,
        schema: dict[str, t.Any],
        records: Iterable[dict[str, t.Any]],
        primary_keys: Sequence[str],
        connection: sa.engine.Connection,
    ) -> int | None:
        if not self.config["use_copy"]:
            return super().bulk_insert_records(table, schema, records, primary_keys, connection)
        columns, rows = self._copy_rows(table, schema, records, primary_keys)
        self._copy(connection, f'"{table.name}"', columns, rows)
        return len(rows)

    @staticmethod
    def _appends(
        table: sa.Table, key: str, values: list[t.Any], connection: sa.engine.Connection
    ) -> bool:
        """Whether every key of the batch is an integer larger than any in the table."""
        if not all(isinstance(value, int) for value in values):
            return False
        largest = connection.execute(sa.select(sa.func.max(table.columns[key]))).scalar()
        return largest is None or min(values) > largest

    def _copy_rows(
        self,
        table: sa.Table,
        schema: dict[str, t.Any],
        records: Iterable[dict[str, t.Any]],
        primary_keys: Sequence[str],
    ) -> tuple[list[str], list[Sequence[t.Any]]]:
        """The batch as COPY rows in column order, the last version of each key only."""
        names = [str(column.name) for column in self.column_representation(schema)]
        properties = schema["properties"]
        binary = {name for name in names if self.connector.decodes_base64(properties[name])}
        if isinstance(records, _BatchFile):
            rows = self._rows_from_file(records, names, binary)
        else:
            rows = list(self._rows_from_records(records, names, binary))
        json_positions = [
            index
            for index, name in enumerate(names)
            if isinstance(table.columns[name].type, (sa.JSON, sa.types.ARRAY))
        ]
        if json_positions:
            rows = [_json_as_text(row, json_positions) for row in rows]
        if self.append_only or not primary_keys:
            return names, rows
        # The last version of a key in the batch wins, as in target-postgres.
        key_of = operator.itemgetter(*(names.index(key) for key in primary_keys))
        return names, list(dict(zip(map(key_of, rows), rows, strict=True)).values())

    @staticmethod
    def _copy(
        connection: sa.engine.Connection,
        table: str,
        columns: list[str],
        rows: list[Sequence[t.Any]],
    ) -> None:
        names = ", ".join(f'"{name}"' for name in columns)
        with connection.connection.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _rows_from_records(
        self, records: Iterable[dict[str, t.Any]], names: list[str], binary: set[str]
    ) -> Iterator[list[t.Any]]:
        sanitize = self.connector.sanitize_null_text_characters
        decoded = [index for index, name in enumerate(names) if name in binary]
        for record in records:
            row = [record.get(name) for name in names]
            for index in decoded:
                if row[index] is not None:
                    row[index] = base64.b64decode(row[index], validate=True)
            yield [_no_nul(value) for value in row] if sanitize else row

    def _rows_from_file(
        self, batch: _BatchFile, names: list[str], binary: set[str]
    ) -> list[Sequence[t.Any]]:
        # Each line decodes into a struct of the table's columns (absent ones null; the load
        # time columns, which no BATCH line carries, are now), whose values come out as a
        # tuple in column order: the whole file in msgspec's C code, base64 decoded to bytes.
        now = datetime.datetime.now(datetime.timezone.utc)
        fields = [
            (
                f"c{index}",
                bytes | None if name in binary else t.Any,
                now if name in _LOAD_TIME_COLUMNS else None,
            )
            for index, name in enumerate(names)
        ]
        row_type = msgspec.defstruct(
            "Row", fields, rename={f"c{index}": name for index, name in enumerate(names)}
        )
        decoder = msgspec.json.Decoder(row_type, float_hook=decimal.Decimal)
        rows: list[Sequence[t.Any]] = list(
            map(msgspec.structs.astuple, decoder.decode_lines(batch.data))
        )
        batch.count = len(rows)
        # A NUL can only be in a string, where JSON spells it \u0000: most files have none.
        if self.connector.sanitize_null_text_characters and b"\\u0000" in batch.data:
            rows = [[_no_nul(value) for value in row] for row in rows]
        return rows

    @override
    def upsert(
        self,
        from_table: sa.Table,
        to_table: sa.Table,
        schema: dict[str, t.Any],
        join_keys: Sequence[str],
        connection: sa.engine.Connection,
    ) -> int | None:
        if self.append_only or not join_keys:
            return super().upsert(from_table, to_table, schema, join_keys, connection)
        # target-postgres inserts the rows it cannot join, through an anti-join that hashes the
        # whole table for every batch, then updates every row of the batch, the new ones too.
        # With the primary key it creates, one INSERT ... ON CONFLICT writes each row once
        # and finds it through the key's index.
        if not self._has_unique_index(to_table, join_keys, connection):
            return super().upsert(from_table, to_table, schema, join_keys, connection)
        # Only the stream's columns: the temporary table has all of the table's, and a
        # key-only version (the tap's key reconciliation) must not null the others.
        names = [str(name) for name in schema["properties"] if name in from_table.columns]
        insert = postgresql.insert(to_table).from_select(
            names, sa.select(*(from_table.columns[name] for name in names))
        )
        updates = {name: insert.excluded[name] for name in names if name not in join_keys}
        connection.execute(
            insert.on_conflict_do_update(index_elements=list(join_keys), set_=updates)
            if updates
            else insert.on_conflict_do_nothing(index_elements=list(join_keys))
        )
        return None

    def _has_unique_index(
        self, table: sa.Table, keys: Sequence[str], connection: sa.engine.Connection
    ) -> bool:
        """Whether the table has a unique index on exactly these columns.

        Asked of the catalog once per table and keys, not once per batch.
        """
        known: dict[tuple[str, ...], bool] = self.__dict__.setdefault("_unique_indexes", {})
        wanted = (str(table.schema), str(table.name), *sorted(keys))
        if wanted not in known:
            inspector = sa.inspect(connection)
            indexes = inspector.get_indexes(table.name, schema=table.schema)
            constraint = inspector.get_pk_constraint(table.name, schema=table.schema)
            columns = set(keys)
            known[wanted] = set(constraint.get("constrained_columns") or ()) == columns or any(
                index.get("unique") and set(index["column_names"]) == columns for index in indexes
            )
        return known[wanted]


class _BatchFile:
    """A BATCH file's JSON lines, and how many rows they held once decoded."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.count = 0

    def __iter__(self) -> Iterator[dict[str, t.Any]]:
        # Read as records only by a sink that does not COPY (use_copy off).
        for record in msgspec.json.Decoder(float_hook=decimal.Decimal).decode_lines(self.data):
            self.count += 1
            yield record


def _versioned(records: Iterable[dict[str, t.Any]]) -> bool:
    """Whether a batch of records belongs to a table version (never a BATCH file's rows)."""
    if isinstance(records, _BatchFile) or not isinstance(records, list) or not records:
        return False
    return records[0].get("_sdc_table_version") is not None


def _json_as_text(row: Sequence[t.Any], positions: list[int]) -> list[t.Any]:
    values = list(row)
    for index in positions:
        if values[index] is not None and not isinstance(values[index], str):
            values[index] = msgspec.json.encode(values[index]).decode()
    return values


def _no_nul(value: t.Any) -> t.Any:
    # PostgreSQL text cannot hold NUL; target-postgres replaces it with U+FFFD.
    if isinstance(value, str) and _NUL in value:
        return value.replace(_NUL, "\ufffd")
    return value
