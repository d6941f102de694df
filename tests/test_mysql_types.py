"""One reading of MySQL column types for the tap, the replica and verification."""

from __future__ import annotations

import pytest

from mysql_types import ColumnType, parse_type


@pytest.mark.parametrize(
    ("text", "integer", "temporal", "binary"),
    [
        ("bigint(20) unsigned", True, False, False),
        ("integer", True, False, False),
        ("tinyint(1)", True, False, False),
        # A point is not an integer, however its name reads.
        ("point", False, False, True),
        ("polygon", False, False, True),
        ("varbinary(16)", False, False, True),
        ("longblob", False, False, True),
        ("timestamp(6)", False, True, False),
        ("date", False, True, False),
        ("time", False, False, False),
        ("decimal(10,2)", False, False, False),
    ],
)
def test_what_each_type_holds(text: str, integer: bool, temporal: bool, binary: bool) -> None:
    parsed = parse_type(text)
    assert (parsed.is_integer, parsed.is_temporal, parsed.is_binary) == (integer, temporal, binary)


def test_the_tap_reads_a_type_added_later_that_the_replica_refuses() -> None:
    # A later server's type: the tap reads it (as text); the replica will not write it blind.
    assert parse_type("vector(3)").base == "vector"
    assert ColumnType.parse("vector(3)") is None


@pytest.mark.parametrize("text", ["(11)", "int(11) DEFAULT 0", "varchar(20); DROP TABLE x", ""])
def test_what_is_no_type_is_refused_with_its_text(text: str) -> None:
    with pytest.raises(ValueError, match="not a MySQL column type"):
        parse_type(text)


def test_integer_ranges() -> None:
    assert parse_type("tinyint(4)").integer_range() == (-128, 127)
    assert parse_type("smallint(5) unsigned").integer_range() == (0, 65_535)
