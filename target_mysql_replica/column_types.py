"""MySQL column types: the exact source type, the JSON Schema fallback, and safe widening.

A stream from tap-opendental carries every column's exact MySQL type (``COLUMN_TYPE``) in the
SDK's ``x-sql-datatype`` annotation, and the replica creates the column with that type
unchanged. A property without a usable annotation gets a MySQL type chosen from its JSON
Schema instead.

When a column already exists with another type, the replica adopts the incoming type only if
it holds every value the existing one can (``varchar(20)`` -> ``varchar(100)``, ``tinyint`` ->
``smallint``, ``int`` -> ``bigint``, ``smallint`` -> ``float``, ``date`` -> ``datetime``);
anything else keeps the existing, wider column.
"""

from __future__ import annotations

import dataclasses
import re
import typing as t

import sqlalchemy as sa
from singer_sdk.sql.connector import JSONSchemaToSQL
from typing_extensions import override

#: Integer types and their storage size in bytes.
_INTEGER_BYTES = {"tinyint": 1, "smallint": 2, "mediumint": 3, "int": 4, "bigint": 8}
#: Text and blob types and their capacity in bytes.
_TEXT_BYTES = {"tinytext": 255, "text": 65_535, "mediumtext": 16_777_215, "longtext": 4_294_967_295}
_BLOB_BYTES = {"tinyblob": 255, "blob": 65_535, "mediumblob": 16_777_215, "longblob": 4_294_967_295}
#: Bytes per character in the replica's character set (utf8mb4), to size text in characters.
_BYTES_PER_CHAR = 4
_ALIASES = {
    "integer": "int",
    "int1": "tinyint",
    "int2": "smallint",
    "int3": "mediumint",
    "int4": "int",
    "int8": "bigint",
    "middleint": "mediumint",
    "bool": "tinyint",
    "boolean": "tinyint",
    "dec": "decimal",
    "numeric": "decimal",
    "fixed": "decimal",
    "real": "double",
    "double precision": "double",
    "float8": "double",
    "float4": "float",
}
_OTHER_TYPES = frozenset(
    {
        "bit", "decimal", "float", "double", "date", "datetime", "timestamp", "time", "year",
        "char", "varchar", "binary", "varbinary", "enum", "set", "json", "uuid", "inet4",
        "inet6", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
        "multipolygon", "geometrycollection",
    }
)  # fmt: skip
_KNOWN_TYPES = frozenset({*_INTEGER_BYTES, *_TEXT_BYTES, *_BLOB_BYTES, *_OTHER_TYPES, *_ALIASES})

# A base name, optional arguments (numbers, or quoted enum/set values), optional flags. Nothing
# else may appear: the text goes into DDL verbatim.
_ARG = r"(?:\d+|'(?:[^'\\]|''|\\.)*')"
_TYPE_PATTERN = re.compile(
    r"^(?P<base>[a-z][a-z0-9]*(?: precision)?)"
    rf"(?:\s*\((?P<args>\s*{_ARG}\s*(?:,\s*{_ARG}\s*)*)\))?"
    r"(?P<flags>(?:\s+(?:unsigned|signed|zerofill))*)\s*$",
    re.IGNORECASE,
)
_ARG_PATTERN = re.compile(_ARG)


@dataclasses.dataclass(frozen=True)
class ColumnType:
    """A parsed MySQL column type such as ``tinyint(1) unsigned`` or ``enum('a','b')``."""

    text: str
    base: str
    args: tuple[str, ...] = ()
    unsigned: bool = False

    @classmethod
    def parse(cls, text: str) -> ColumnType | None:
        """Parse a MySQL column type.

        Args:
            text: A type as information_schema's ``COLUMN_TYPE`` spells it.

        Returns:
            The type, or None when the text is not a MySQL column type this target knows.
        """
        match = _TYPE_PATTERN.match(text.strip())
        if not match:
            return None
        base = " ".join(match["base"].lower().split())
        if base not in _KNOWN_TYPES:
            return None
        args = tuple(_ARG_PATTERN.findall(match["args"] or ""))
        flags = match["flags"].lower().split()
        # DDL spells the type in lower case; enum and set values keep their case.
        text = base + (f"({','.join(args)})" if args else "") + "".join(f" {f}" for f in flags)
        return cls(
            text=text, base=_ALIASES.get(base, base), args=args, unsigned="unsigned" in flags
        )

    @property
    def canonical(self) -> str:
        """The type with what does not change the stored values left out.

        Integer display widths (``int(11)``, ``tinyint(3)``) differ between servers and
        versions and mean nothing for the values, so two types with the same canonical form
        are the same column type.
        """
        args = self.args
        if self.base in _INTEGER_BYTES:
            args = ()
        elif self.base == "decimal":
            args = (*args, "10", "0")[:2] if not args else (*args, "0")[:2]
        elif self.base in {"char", "binary"} and not args:
            args = ("1",)
        elif self.base in {"datetime", "timestamp", "time"} and args == ("0",):
            args = ()
        suffix = " unsigned" if self.unsigned else ""
        return self.base + (f"({','.join(args)})" if args else "") + suffix

    @property
    def is_text(self) -> bool:
        """Whether the type cannot be a key column without a prefix length."""
        return self.base in _TEXT_BYTES or self.base in _BLOB_BYTES or self.base == "json"

    @property
    def is_timestamp(self) -> bool:
        """Whether MySQL converts the column's values by the session time zone."""
        return self.base == "timestamp"

    def _number(self, index: int, default: int) -> int:
        try:
            return int(self.args[index])
        except (IndexError, ValueError):
            return default

    def _integer_range(self) -> tuple[int, int]:
        bits = 8 * _INTEGER_BYTES[self.base]
        if self.unsigned:
            return 0, 2**bits - 1
        return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def _characters(self) -> int | None:
        """How many characters every value fits in, for the string types."""
        if self.base in {"char", "varchar"}:
            return self._number(0, 1)
        if self.base in _TEXT_BYTES:
            return _TEXT_BYTES[self.base] // _BYTES_PER_CHAR
        if self.base == "enum":
            return max((len(value) - 2 for value in self.args), default=0)
        if self.base == "set":
            return sum(len(value) - 1 for value in self.args)
        if self.base == "json":
            return _TEXT_BYTES["longtext"] // _BYTES_PER_CHAR
        return None

    def _bytes(self) -> int | None:
        """How many bytes every value fits in, for the binary types."""
        if self.base in {"binary", "varbinary"}:
            return self._number(0, 1)
        return _BLOB_BYTES.get(self.base)

    def holds(self, other: ColumnType) -> bool:  # noqa: PLR0911, PLR0912
        """Whether a column of this type can hold every value of a column of ``other``.

        Args:
            other: The type of the existing column.

        Returns:
            True when changing the column from ``other`` to this type loses nothing.
        """
        if self.canonical == other.canonical:
            return True
        new, old = self.base, other.base
        if old in _INTEGER_BYTES:
            low, high = other._integer_range()
            if new in _INTEGER_BYTES:
                new_low, new_high = self._integer_range()
                return new_low <= low and high <= new_high
            if new == "decimal":
                digits = self._number(0, 10) - self._number(1, 0)
                fits = len(str(max(abs(low), high))) <= digits
                return fits and not (self.unsigned and low < 0)
            if new == "double" and not self.args:
                return max(abs(low), high) <= 2**53
            if new == "float" and not self.args:
                # A float's 24-bit significand holds every integer up to 2^24 exactly.
                return max(abs(low), high) <= 2**24
            return False
        if old == "decimal" and new == "decimal":
            scale, new_scale = other._number(1, 0), self._number(1, 0)
            integral = other._number(0, 10) - scale
            new_integral = self._number(0, 10) - new_scale
            unsigned_ok = other.unsigned or not self.unsigned
            return new_scale >= scale and new_integral >= integral and unsigned_ok
        if old == "float" and new == "double":
            return not self.args
        if old == "bit" and new == "bit":
            return self._number(0, 1) >= other._number(0, 1)
        if old in {"enum", "set"} and new == old:
            return set(other.args) <= set(self.args)
        if old in {"char", "varchar", "enum", "set", "json", *_TEXT_BYTES}:
            if new == "char" or new not in {"varchar", *_TEXT_BYTES}:
                # char pads and strips trailing spaces, so nothing widens into it.
                return False
            new_characters, characters = self._characters(), other._characters()
            return (
                new_characters is not None
                and characters is not None
                and (new_characters >= characters)
            )
        if old in {"binary", "varbinary", *_BLOB_BYTES}:
            if new not in {"varbinary", *_BLOB_BYTES}:
                return False
            new_bytes, size = self._bytes(), other._bytes()
            return new_bytes is not None and size is not None and new_bytes >= size
        if old == "date":
            return new == "datetime"
        if old in {"datetime", "timestamp", "time"}:
            # timestamp -> datetime keeps the value: the replica's sessions are UTC.
            same_kind = new == old or (old == "timestamp" and new == "datetime")
            return same_kind and self._number(0, 0) >= other._number(0, 0)
        return False


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
        for base in _INTEGER_BYTES:
            for unsigned in (False, True):
                parsed = ColumnType(text=base, base=base, unsigned=unsigned)
                bottom, top = parsed._integer_range()
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
        for base, size in _TEXT_BYTES.items():
            if length * _BYTES_PER_CHAR <= size:
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
