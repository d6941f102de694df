"""MySQL column types, parsed once for every part of the pipeline.

The schema analysis records each column's exact type (information_schema's ``COLUMN_TYPE``,
e.g. ``tinyint(1) unsigned``); the tap maps it to JSON Schema and reads values by it, the
replica writes it into DDL and widens columns by it, verification checksums by it. They all
read it through :class:`ColumnType`.
"""

from __future__ import annotations

import dataclasses
import functools
import re

#: Integer types and their storage size in bytes.
INTEGER_BYTES = {"tinyint": 1, "smallint": 2, "mediumint": 3, "int": 4, "bigint": 8}
#: Text and blob types and their capacity in bytes.
TEXT_BYTES = {"tinytext": 255, "text": 65_535, "mediumtext": 16_777_215, "longtext": 4_294_967_295}
BLOB_BYTES = {"tinyblob": 255, "blob": 65_535, "mediumblob": 16_777_215, "longblob": 4_294_967_295}
#: Bytes per character in the replica's character set (utf8mb4), to size text in characters.
BYTES_PER_CHAR = 4
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
_SPATIAL_TYPES = frozenset(
    {
        "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
        "multipolygon", "geometrycollection",
    }
)  # fmt: skip
_OTHER_TYPES = frozenset(
    {
        "bit", "decimal", "float", "double", "date", "datetime", "timestamp", "time", "year",
        "char", "varchar", "binary", "varbinary", "enum", "set", "json", "uuid", "inet4",
        "inet6",
    }
)  # fmt: skip
_KNOWN_TYPES = frozenset(
    {*INTEGER_BYTES, *TEXT_BYTES, *BLOB_BYTES, *_SPATIAL_TYPES, *_OTHER_TYPES, *_ALIASES}
)

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
    def parse(cls, text: str, *, known_only: bool = True) -> ColumnType | None:
        """Parse a MySQL column type.

        Args:
            text: A type as information_schema's ``COLUMN_TYPE`` spells it.
            known_only: Refuse a type of a name not listed here. A replica writes the type
                into DDL and refuses what it does not know (another database's ``jsonb``);
                the tap reads a type a later server adds as text.

        Returns:
            The type, or None when the text is not a MySQL column type (or not a known one).
        """
        match = _TYPE_PATTERN.match(text.strip())
        if not match:
            return None
        base = " ".join(match["base"].lower().split())
        if known_only and base not in _KNOWN_TYPES:
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
        if self.base in INTEGER_BYTES:
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
    def is_integer(self) -> bool:
        """Whether values are whole numbers (any integer type)."""
        return self.base in INTEGER_BYTES

    @property
    def is_temporal(self) -> bool:
        """Whether values are dates or date-times, compared as such in SQL."""
        return self.base in {"date", "datetime", "timestamp"}

    @property
    def is_binary(self) -> bool:
        """Whether values are bytes (blobs, binary strings, spatial values in their WKB form)."""
        return self.base in BLOB_BYTES or self.base in {"binary", "varbinary", *_SPATIAL_TYPES}

    @property
    def is_text(self) -> bool:
        """Whether the type cannot be a key column without a prefix length."""
        return self.base in TEXT_BYTES or self.base in BLOB_BYTES or self.base == "json"

    @property
    def is_timestamp(self) -> bool:
        """Whether MySQL converts the column's values by the session time zone."""
        return self.base == "timestamp"

    def _number(self, index: int, default: int) -> int:
        try:
            return int(self.args[index])
        except (IndexError, ValueError):
            return default

    def integer_range(self) -> tuple[int, int]:
        """The smallest and largest value of an integer type."""
        bits = 8 * INTEGER_BYTES[self.base]
        if self.unsigned:
            return 0, 2**bits - 1
        return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def _characters(self) -> int | None:
        """How many characters every value fits in, for the string types."""
        if self.base in {"char", "varchar"}:
            return self._number(0, 1)
        if self.base in TEXT_BYTES:
            return TEXT_BYTES[self.base] // BYTES_PER_CHAR
        if self.base == "enum":
            return max((len(value) - 2 for value in self.args), default=0)
        if self.base == "set":
            return sum(len(value) - 1 for value in self.args)
        if self.base == "json":
            return TEXT_BYTES["longtext"] // BYTES_PER_CHAR
        return None

    def _bytes(self) -> int | None:
        """How many bytes every value fits in, for the binary types."""
        if self.base in {"binary", "varbinary"}:
            return self._number(0, 1)
        return BLOB_BYTES.get(self.base)

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
        if old in INTEGER_BYTES:
            low, high = other.integer_range()
            if new in INTEGER_BYTES:
                new_low, new_high = self.integer_range()
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
        if old in {"char", "varchar", "enum", "set", "json", *TEXT_BYTES}:
            if new == "char" or new not in {"varchar", *TEXT_BYTES}:
                # char pads and strips trailing spaces, so nothing widens into it.
                return False
            new_characters, characters = self._characters(), other._characters()
            return (
                new_characters is not None
                and characters is not None
                and (new_characters >= characters)
            )
        if old in {"binary", "varbinary", *BLOB_BYTES}:
            if new not in {"varbinary", *BLOB_BYTES}:
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


@functools.lru_cache(maxsize=4096)
def parse_type(text: str) -> ColumnType:
    """Parse a column type as the tap reads it: any MySQL type, known or added since.

    Raises:
        ValueError: The text is not a MySQL column type.
    """
    parsed = ColumnType.parse(text, known_only=False)
    if parsed is None:
        msg = f"not a MySQL column type: {text!r}"
        raise ValueError(msg)
    return parsed
