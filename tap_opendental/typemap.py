"""MySQL column types to Singer JSON Schema, and the driver decoders that match them.

The schema analysis records every column's exact MySQL type (``COLUMN_TYPE`` from
information_schema, e.g. ``tinyint(1) unsigned``). Discovery turns that string into a JSON
Schema property that carries the type unchanged in the SDK's ``x-sql-datatype`` annotation, so
the replica target can mirror it and target-postgres can pick a column type wide enough for it.

Values are decoded once, by the driver, straight into what the Singer message needs, so no
per-record pass is spent converting them again:

- zero and invalid dates (``0000-00-00``, ``2022-11-00``) become null, as PostgreSQL rejects
  them; ``0001-01-01`` (OpenDental's empty date) is a valid date and is kept for staging;
- ``time`` values stay strings such as ``13:45:00``, including values beyond 24 hours;
- ``timestamp`` values are read in a UTC session and carry an explicit ``+00:00`` offset, while
  ``datetime`` values are naive clinic-local time and are passed on without one.
- binary values (blob, binary, varbinary) travel base64-encoded, declared with JSON Schema's
  ``contentEncoding: base64`` and ``contentMediaType: application/octet-stream``.
"""

from __future__ import annotations

import base64
import datetime
import functools
import typing as t

from MySQLdb.constants import FIELD_TYPE
from MySQLdb.converters import conversions

from mysql_types import parse_type


def _nullable(schema: dict[str, t.Any]) -> dict[str, t.Any]:
    schema["type"] = [schema["type"], "null"]
    return schema


def to_jsonschema(column_type: str) -> dict[str, t.Any]:
    """Return the JSON Schema property for a MySQL column type.

    Every property is nullable: zero dates arrive as null and OpenDental adds columns freely.

    Args:
        column_type: The exact MySQL column type, as recorded by the schema analysis.

    Returns:
        A JSON Schema property annotated with ``x-sql-datatype``.
    """
    parsed = parse_type(column_type)
    base = parsed.base
    schema: dict[str, t.Any]
    if parsed.is_integer and base != "bigint":
        # OpenDental's tinyint(1) columns are enums as often as flags (carrier.NoSendElect holds
        # 0, 1 or 2), so they stay integers.
        low, high = parsed.integer_range()
        schema = {"type": "integer", "minimum": low, "maximum": high}
    elif base == "bigint":
        # An unsigned bigint does not fit PostgreSQL's bigint: carry it as an exact number.
        schema = {"type": "number"} if parsed.unsigned else {"type": "integer"}
    elif base in {"bit", "year"}:
        schema = {"type": "integer"}
    elif base in {"decimal", "double", "float"}:
        schema = {"type": "number"}
    elif base == "date":
        schema = {"type": "string", "format": "date"}
    elif base in {"datetime", "timestamp"}:
        schema = {"type": "string", "format": "date-time"}
    elif parsed.is_binary:
        # JSON has no bytes: the value travels base64-encoded, and a loader that reads these
        # keywords (target-postgres-bulk, target-mysql-replica) stores the bytes.
        schema = {
            "type": "string",
            "contentEncoding": "base64",
            "contentMediaType": "application/octet-stream",
        }
    else:
        # time (which may exceed 24 hours), the text types, enum, set and json.
        schema = {"type": "string"}
    schema = _nullable(schema)
    schema["x-sql-datatype"] = column_type
    return schema


@functools.lru_cache(maxsize=65536)
def _valid_date(date: str) -> bool:
    # A table holds a few thousand distinct dates in millions of values: each is parsed once.
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        return False
    return True


def decode_date(value: str) -> str | None:
    """Decode a DATE value: the ISO date, or None for a zero or invalid date."""
    return value if _valid_date(value) else None


def decode_datetime(value: str) -> str | None:
    """Decode a naive DATETIME value to ISO 8601, or None for a zero or invalid date."""
    return f"{value[:10]}T{value[11:]}" if _valid_date(value[:10]) else None


def decode_timestamp(value: str) -> str | None:
    """Decode a TIMESTAMP value read in a UTC session to ISO 8601 with its offset."""
    return f"{value[:10]}T{value[11:]}+00:00" if _valid_date(value[:10]) else None


def decode_bit(value: bytes) -> int:
    """Decode a BIT value to its integer."""
    return int.from_bytes(value, "big")


def driver_conversions() -> dict[t.Any, t.Any]:
    """Return mysqlclient conversions that decode temporal values as described above.

    Returns:
        A ``conv`` mapping for ``MySQLdb.connect``.
    """
    conv = dict(conversions)
    conv[FIELD_TYPE.DATE] = decode_date
    conv[FIELD_TYPE.DATETIME] = decode_datetime
    conv[FIELD_TYPE.TIMESTAMP] = decode_timestamp
    conv[FIELD_TYPE.TIME] = str
    conv[FIELD_TYPE.BIT] = decode_bit
    conv[FIELD_TYPE.YEAR] = int
    return conv


def encode_binary(value: bytes | None) -> str | None:
    """Encode a binary value for a JSON message."""
    return None if value is None else base64.b64encode(value).decode("ascii")


def to_sql_value(column_type: str, value: t.Any) -> t.Any:
    """Turn a bookmark or keyset value from a record back into a value MySQL compares.

    Args:
        column_type: The MySQL column type of the value's column.
        value: The value as it appears in a record or in state.

    Returns:
        The value to bind in a query.
    """
    if isinstance(value, str) and parse_type(column_type).is_temporal and "T" in value:
        # '2026-01-31T21:04:05+00:00' -> '2026-01-31 21:04:05' (the session is UTC).
        return value.replace("T", " ")[:26].split("+")[0].removesuffix("Z")
    return value
