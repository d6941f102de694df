"""The replica's column types: the exact source type, or one chosen from the JSON Schema.

A stream from tap-opendental carries every column's exact MySQL type (``COLUMN_TYPE``) in the
SDK's ``x-sql-datatype`` annotation, and the replica creates the column with that type
unchanged (parsed by :class:`mysql_types.ColumnType`, which refuses anything but a known MySQL
type, as the text goes into DDL). A property without a usable annotation gets a MySQL type
chosen from its JSON Schema instead.

When a column already exists with another type, the replica adopts the incoming type only if
it holds every value the existing one can (``ColumnType.holds``: ``varchar(20)`` ->
``varchar(100)``, ``tinyint`` -> ``smallint``, ``int`` -> ``bigint``, ``smallint`` -> ``float``,
``date`` -> ``datetime``); anything else keeps the existing, wider column.
"""

from __future__ import annotations

import typing as t

import sqlalchemy as sa
from singer_sdk.sql.connector import JSONSchemaToSQL
from typing_extensions import override

from mysql_types import BYTES_PER_CHAR, INTEGER_BYTES, TEXT_BYTES, ColumnType


class MySQLColumnType(sa.types.UserDefinedType):
    """A column type written into DDL exactly as MySQL spells it."""

    cache_ok = True

    def __init__(self, text: str) -> None:
        """Hold the type's text.

        Args:
            text: The MySQL column type, e.g. ``tinyint(1) unsigned``.
        """
        self.text = text

    def get_col_spec(self, **_kwargs: t.Any) -> str:
        """Return the type as it appears in DDL."""
        return self.text


def _fixed(text: str) -> t.Callable[[dict], sa.types.TypeEngine]:
    return lambda _schema: MySQLColumnType(text)


def _integer(schema: dict) -> sa.types.TypeEngine:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int) and isinstance(high, int):
        for base in INTEGER_BYTES:
            for unsigned in (False, True):
                parsed = ColumnType(text=base, base=base, unsigned=unsigned)
                bottom, top = parsed.integer_range()
                if bottom <= low and high <= top:
                    return MySQLColumnType(f"{base} unsigned" if unsigned else base)
        if low >= 0:
            return MySQLColumnType("decimal(20,0) unsigned")
    return MySQLColumnType("bigint")


def _singer_decimal(schema: dict) -> sa.types.TypeEngine:
    precision, scale = schema.get("precision"), schema.get("scale")
    if isinstance(precision, int) and precision <= 65:
        return MySQLColumnType(f"decimal({precision},{min(int(scale or 0), 30, precision)})")
    return MySQLColumnType("decimal(65,30)")


def is_base64(schema: dict) -> bool:
    """Whether a JSON Schema property carries binary values base64-encoded."""
    if schema.get("contentEncoding") == "base64":
        return True
    return any(is_base64(option) for option in schema.get("anyOf", ()))


class JSONSchemaToMySQL(JSONSchemaToSQL):
    """Maps a stream property to a MySQL column type: its exact annotation, else its schema.

    Without an annotation: integers become the smallest integer type their ``minimum`` and
    ``maximum`` allow (``bigint`` without bounds), numbers ``double``, booleans
    ``tinyint(1)``, date-times ``datetime(6)``, dates ``date``, times ``time(6)``, base64
    strings ``longblob``, strings ``varchar(n)`` up to a ``maxLength`` of 255 and a text
    type large enough beyond, and objects, arrays and mixed types ``longtext`` holding JSON.
    """

    def __init__(self, *, max_varchar_length: int | None = None) -> None:
        """Register the MySQL types of the JSON Schema types and formats.

        Args:
            max_varchar_length: Largest ``varchar`` length to use.
        """
        super().__init__(max_varchar_length=max_varchar_length)
        self.fallback_type = LongText
        self.register_type_handler("integer", _integer)
        self.register_type_handler("number", _fixed("double"))
        self.register_type_handler("boolean", _fixed("tinyint(1)"))
        self.register_type_handler("object", _fixed("longtext"))
        self.register_type_handler("array", _fixed("longtext"))
        self.register_format_handler("date-time", _fixed("datetime(6)"))
        self.register_format_handler("date", _fixed("date"))
        self.register_format_handler("time", _fixed("time(6)"))
        self.register_format_handler("uuid", _fixed("char(36)"))
        self.register_format_handler("x-singer.decimal", _singer_decimal)

    @override
    def handle_raw_string(self, schema: dict) -> sa.types.TypeEngine:
        length = schema.get("maxLength")
        if not isinstance(length, int):
            return MySQLColumnType("longtext")
        if length <= (self._max_varchar_length or 255):
            return MySQLColumnType(f"varchar({max(length, 1)})")
        for base, size in TEXT_BYTES.items():
            if length * BYTES_PER_CHAR <= size:
                return MySQLColumnType(base)
        return MySQLColumnType("longtext")

    @override
    def handle_multiple_types(self, types: t.Sequence[str]) -> sa.types.TypeEngine:
        return MySQLColumnType("longtext")

    @override
    def to_sql_type(self, schema: dict) -> sa.types.TypeEngine:
        annotation = schema.get("x-sql-datatype")
        if isinstance(annotation, str) and (exact := ColumnType.parse(annotation)):
            return MySQLColumnType(exact.text)
        if is_base64(schema):
            return MySQLColumnType("longblob")
        # An annotation from another database (e.g. PostgreSQL's jsonb) says nothing here.
        plain = {key: value for key, value in schema.items() if key != "x-sql-datatype"}
        return super().to_sql_type(plain)


class LongText(MySQLColumnType):
    """``longtext``: the type of a property nothing else describes."""

    def __init__(self) -> None:
        """Create the type."""
        super().__init__("longtext")
