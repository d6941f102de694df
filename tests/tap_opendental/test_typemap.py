"""MySQL type -> JSON Schema mapping and the driver decoders, one case per type and quirk."""

from __future__ import annotations

import pytest

from mysql_types import parse_type
from tap_opendental.typemap import (
    decode_bit,
    decode_date,
    decode_datetime,
    decode_timestamp,
    encode_binary,
    to_jsonschema,
    to_sql_value,
)

#: A binary column: base64 text, declared so that a loader can store the bytes.
BINARY = {
    "type": ["string", "null"],
    "contentEncoding": "base64",
    "contentMediaType": "application/octet-stream",
}


@pytest.mark.parametrize(
    ("column_type", "expected"),
    [
        ("tinyint(4)", {"type": ["integer", "null"], "minimum": -128, "maximum": 127}),
        # carrier.NoSendElect: tinyint(1) unsigned holding 0, 1 or 2 is an integer, not a boolean.
        ("tinyint(1) unsigned", {"type": ["integer", "null"], "minimum": 0, "maximum": 255}),
        ("tinyint(1)", {"type": ["integer", "null"], "minimum": -128, "maximum": 127}),
        ("smallint(5) unsigned", {"type": ["integer", "null"], "minimum": 0, "maximum": 65535}),
        ("mediumint(9)", {"type": ["integer", "null"], "minimum": -(2**23), "maximum": 2**23 - 1}),
        ("int(11)", {"type": ["integer", "null"], "minimum": -(2**31), "maximum": 2**31 - 1}),
        ("int(10) unsigned", {"type": ["integer", "null"], "minimum": 0, "maximum": 2**32 - 1}),
        ("bigint(20)", {"type": ["integer", "null"]}),
        # Does not fit a signed 64-bit column: carried as an exact number.
        ("bigint(20) unsigned", {"type": ["number", "null"]}),
        ("double", {"type": ["number", "null"]}),
        ("float", {"type": ["number", "null"]}),
        ("decimal(20,4)", {"type": ["number", "null"]}),
        ("date", {"type": ["string", "null"], "format": "date"}),
        ("datetime", {"type": ["string", "null"], "format": "date-time"}),
        ("timestamp", {"type": ["string", "null"], "format": "date-time"}),
        ("time", {"type": ["string", "null"]}),
        ("year(4)", {"type": ["integer", "null"]}),
        ("bit(1)", {"type": ["integer", "null"]}),
        ("varchar(255)", {"type": ["string", "null"]}),
        ("char(1)", {"type": ["string", "null"]}),
        ("text", {"type": ["string", "null"]}),
        ("mediumtext", {"type": ["string", "null"]}),
        ("longtext", {"type": ["string", "null"]}),
        ("enum('a','b')", {"type": ["string", "null"]}),
        ("blob", BINARY),
        ("varbinary(16)", BINARY),
        ("binary(4)", BINARY),
        ("longblob", BINARY),
    ],
)
def test_jsonschema_per_mysql_type(column_type: str, expected: dict) -> None:
    assert to_jsonschema(column_type) == {**expected, "x-sql-datatype": column_type}


def test_unparseable_type_is_rejected() -> None:
    with pytest.raises(ValueError, match="not a MySQL column type"):
        parse_type("(11)")


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("2024-03-05", "2024-03-05"),
        # OpenDental's empty date is a real date; staging decides it means null.
        ("0001-01-01", "0001-01-01"),
        ("0000-00-00", None),
        ("2022-11-00", None),
        ("2022-02-30", None),
    ],
)
def test_dates(raw: str, decoded: str | None) -> None:
    assert decode_date(raw) == decoded


def test_datetimes_are_naive_iso_and_zero_is_null() -> None:
    assert decode_datetime("2024-03-05 13:45:00") == "2024-03-05T13:45:00"
    assert decode_datetime("2024-03-05 13:45:00.250000") == "2024-03-05T13:45:00.250000"
    assert decode_datetime("0000-00-00 00:00:00") is None
    assert decode_datetime("0001-01-01 00:00:00") == "0001-01-01T00:00:00"


def test_timestamps_carry_utc_offset() -> None:
    assert decode_timestamp("2024-03-05 13:45:00") == "2024-03-05T13:45:00+00:00"
    assert decode_timestamp("0000-00-00 00:00:00") is None


def test_bit_and_binary() -> None:
    assert decode_bit(b"\x01") == 1
    assert decode_bit(b"\x01\x00") == 256
    assert encode_binary(b"\x00\xff\x10") == "AP8Q"
    assert encode_binary(None) is None


def test_bookmarks_go_back_to_mysql_literals() -> None:
    assert to_sql_value("timestamp", "2024-03-05T13:45:00+00:00") == "2024-03-05 13:45:00"
    assert to_sql_value("datetime", "2024-03-05T13:45:00.250000") == "2024-03-05 13:45:00.250000"
    assert to_sql_value("bigint(20)", 42) == 42
    assert to_sql_value("varchar(10)", "AT&T") == "AT&T"
