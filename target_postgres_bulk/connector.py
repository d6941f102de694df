"""target-postgres' connector, with base64 binary columns stored as ``bytea``.

A tap sends a binary value as base64 text, since JSON has no bytes, and says so in the
stream's schema with ``contentEncoding: base64`` (tap-opendental does for every blob, binary
and varbinary column). target-postgres' ``interpret_content_encoding`` setting stores the
``base16`` encoding as ``bytea``; this connector does the same for ``base64``, so raw holds
the bytes the source holds. A column an earlier load created as text is converted in place,
its base64 text decoded, before the stream's next batch is written.
"""

from __future__ import annotations

import base64
import typing as t

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import BYTEA
from target_postgres.connector import PostgresConnector
from typing_extensions import override

if t.TYPE_CHECKING:
    from singer_sdk.sql.connector import FullyQualifiedName


class Base64Bytes(sa.types.TypeDecorator):
    """A ``bytea`` column whose values arrive as base64 text (or already as bytes)."""

    impl = BYTEA
    cache_ok = True

    @override
    def process_bind_param(self, value: t.Any, dialect: sa.Dialect) -> bytes | None:
        if isinstance(value, str):
            return base64.b64decode(value, validate=True)
        return value


#: Column types that widen, by family and rank (a wider type has a larger rank), the more
#: specific classes first: smallint, integer, bigint, numeric; date, timestamp.
_WIDENING = (
    (sa.types.SmallInteger, ("number", 0)),
    (sa.types.BigInteger, ("number", 2)),
    (sa.types.Integer, ("number", 1)),
    (sa.types.Numeric, ("number", 3)),
    (sa.types.DateTime, ("time", 1)),
    (sa.types.Date, ("time", 0)),
)


def _widening_rank(sql_type: sa.types.TypeEngine) -> tuple[str, int] | None:
    """The family of a column type that widens, and its rank in it."""
    return next((rank for kind, rank in _WIDENING if isinstance(sql_type, kind)), None)


class BulkPostgresConnector(PostgresConnector):
    """target-postgres' connector, reading ``contentEncoding: base64`` as ``bytea``.

    It also widens a column whose source type grew, as OpenDental's upgrades make them grow
    (tinyint to int, smallint to float, date to datetime): smallint, integer, bigint and
    numeric widen in that order, date into timestamp. target-postgres alone keeps the
    narrower column, so a wider value stops the load and a time of day is dropped.
    """

    allow_column_alter = True

    def decodes_base64(self, jsonschema_type: dict[str, t.Any]) -> bool:
        """Whether values of this property arrive base64-encoded and are stored as bytes.

        Only with target-postgres' ``interpret_content_encoding`` setting on, as for base16.
        """
        return (
            self.interpret_content_encoding and jsonschema_type.get("contentEncoding") == "base64"
        )

    @override
    def merge_sql_types(self, sql_types: t.Sequence[sa.types.TypeEngine]) -> sa.types.TypeEngine:
        # target-postgres asks with [current column type, the stream's type].
        ranks = [_widening_rank(sql_type) for sql_type in sql_types]
        if len(sql_types) == 2 and None not in ranks and ranks[0][0] == ranks[1][0]:
            return sql_types[1] if ranks[1][1] > ranks[0][1] else sql_types[0]
        return super().merge_sql_types(sql_types)

    @override
    def get_column_alter_ddl(  # type: ignore[override]
        self,
        schema_name: str,
        table_name: str,
        column_name: str,
        column_type: sa.types.TypeEngine,
    ) -> sa.DDL:
        # target-postgres' own statement lacks the TYPE keyword PostgreSQL requires.
        column = sa.Column(column_name, column_type)
        return sa.DDL(
            'ALTER TABLE "%(schema_name)s"."%(table_name)s" '
            "ALTER COLUMN %(column_name)s TYPE %(column_type)s",
            {
                "schema_name": schema_name,
                "table_name": table_name,
                "column_name": column.compile(dialect=self._engine.dialect),
                "column_type": column.type.compile(dialect=self._engine.dialect),
            },
        )

    @override
    def to_sql_type(self, jsonschema_type: dict[str, t.Any]) -> sa.types.TypeEngine:
        if self.decodes_base64(jsonschema_type):
            return Base64Bytes()
        return super().to_sql_type(jsonschema_type)

    @override
    def prepare_table(  # type: ignore[override]
        self,
        full_table_name: str | FullyQualifiedName,
        schema: dict[str, t.Any],
        primary_keys: t.Sequence[str],
        connection: sa.engine.Connection,
        partition_keys: list[str] | None = None,
        as_temp_table: bool = False,
    ) -> sa.Table:
        binary = any(map(self.decodes_base64, schema["properties"].values()))
        if binary and not as_temp_table and self.table_exists(full_table_name):
            self._decode_base64_text_columns(full_table_name, schema, connection)
        return super().prepare_table(
            full_table_name=full_table_name,
            schema=schema,
            primary_keys=primary_keys,
            connection=connection,
            partition_keys=partition_keys,
            as_temp_table=as_temp_table,
        )

    def _decode_base64_text_columns(
        self,
        full_table_name: str | FullyQualifiedName,
        schema: dict[str, t.Any],
        connection: sa.engine.Connection,
    ) -> None:
        """Turn the stream's binary columns that an earlier load made text into ``bytea``.

        All in one ALTER TABLE, each value decoded from base64 by PostgreSQL, in the batch's
        transaction: a value that is not base64 fails the load and leaves the table as it was.
        """
        _, schema_name, table_name = self.parse_full_table_name(full_table_name)
        columns = self.get_table_columns(
            schema_name=str(schema_name), table_name=table_name, connection=connection
        )
        text = [
            name
            for name, jsonschema_type in schema["properties"].items()
            if self.decodes_base64(jsonschema_type)
            and name in columns
            and isinstance(columns[name].type, sa.types.String)
        ]
        if not text:
            return
        quote = self._engine.dialect.identifier_preparer.quote
        self.logger.warning(
            "Converting %s.%s %s from base64 text to bytea",
            schema_name,
            table_name,
            ", ".join(text),
        )
        connection.execute(
            sa.text(
                f"ALTER TABLE {quote(str(schema_name))}.{quote(table_name)} "
                + ", ".join(
                    f"ALTER COLUMN {quote(name)} TYPE bytea USING decode({quote(name)}, 'base64')"
                    for name in text
                )
            )
        )
