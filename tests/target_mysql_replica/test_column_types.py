"""MySQL column types: parsing, the JSON Schema fallback, and which changes widen a column."""

from __future__ import annotations

import pytest

from mysql_types import ColumnType
from target_mysql_replica.column_types import JSONSchemaToMySQL, MySQLColumnType


def parse(text: str) -> ColumnType:
    column_type = ColumnType.parse(text)
    assert column_type is not None, text
    return column_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tinyint(1) unsigned", "tinyint(1) unsigned"),
        ("BIGINT(20) UNSIGNED", "bigint(20) unsigned"),
        ("decimal(30,10)", "decimal(30,10)"),
        ("enum('P','S','PreAuth')", "enum('P','S','PreAuth')"),
        ("set('a','it''s')", "set('a','it''s')"),
        ("timestamp(6)", "timestamp(6)"),
        ("double precision", "double precision"),
    ],
)
def test_types_are_kept_exactly(text: str, expected: str) -> None:
    assert parse(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "varchar(20); DROP TABLE patient",
        "int(11) DEFAULT 0",
        "timestamp with time zone",
        "character varying(255)",
        "jsonb",
        "",
    ],
)
def test_anything_but_a_mysql_type_is_refused(text: str) -> None:
    assert ColumnType.parse(text) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("int(11)", "int"),
        ("tinyint(1)", "tinyint(3)"),
        ("integer", "int(11)"),
        ("decimal", "decimal(10,0)"),
        ("numeric(10,2)", "decimal(10,2)"),
        ("char", "char(1)"),
        ("datetime(0)", "datetime"),
    ],
)
def test_display_widths_and_aliases_are_the_same_type(first: str, second: str) -> None:
    assert parse(first).canonical == parse(second).canonical


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("varchar(20)", "varchar(100)"),
        ("char(1)", "varchar(10)"),
        ("varchar(255)", "text"),
        ("text", "mediumtext"),
        ("tinyint(4)", "smallint(6)"),
        ("tinyint(3) unsigned", "smallint(6)"),
        ("tinyint(3) unsigned", "tinyint(3) unsigned"),
        ("int(11)", "bigint(20)"),
        ("int(10) unsigned", "bigint(20)"),
        ("int(11)", "decimal(12,2)"),
        ("int(11)", "double"),
        # OpenDental 21.4 made document.DegreesRotated a float (smallint(6) before).
        ("smallint(6)", "float"),
        ("tinyint(3) unsigned", "float"),
        ("mediumint(8)", "float"),
        ("decimal(10,2)", "decimal(12,4)"),
        ("float", "double"),
        ("date", "datetime"),
        ("datetime", "datetime(6)"),
        ("timestamp", "datetime"),
        ("varbinary(8)", "blob"),
        ("enum('a','b')", "enum('a','b','c')"),
        ("enum('a','bb')", "varchar(2)"),
    ],
)
def test_widenings_are_adopted(old: str, new: str) -> None:
    assert parse(new).holds(parse(old))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("varchar(100)", "varchar(20)"),
        ("varchar(10)", "char(10)"),
        ("text", "varchar(255)"),
        ("smallint(6)", "tinyint(4)"),
        ("tinyint(4)", "tinyint(3) unsigned"),
        ("int(11)", "int(10) unsigned"),
        ("bigint(20) unsigned", "bigint(20)"),
        ("bigint(20)", "double"),
        ("int(11)", "float"),
        ("int(11)", "decimal(5,0)"),
        ("decimal(12,4)", "decimal(10,2)"),
        ("double", "float"),
        ("datetime", "date"),
        ("datetime", "timestamp"),
        ("date", "timestamp"),
        ("varchar(20)", "int(11)"),
        ("blob", "varbinary(8)"),
        ("enum('a','b','c')", "enum('a','b')"),
    ],
)
def test_narrower_or_incompatible_types_are_not(old: str, new: str) -> None:
    assert not parse(new).holds(parse(old))


def sql_type(schema: dict) -> str:
    result = JSONSchemaToMySQL().to_sql_type(schema)
    assert isinstance(result, MySQLColumnType)
    return result.text


def test_the_annotation_wins() -> None:
    schema = {"type": ["integer", "null"], "x-sql-datatype": "tinyint(1) unsigned"}
    assert sql_type(schema) == "tinyint(1) unsigned"


def test_a_foreign_annotation_falls_back_to_the_schema_without_a_warning() -> None:
    # pytest turns warnings into errors: the SDK's "does not support" warning would fail.
    schema = {"type": ["string", "null"], "format": "date-time", "x-sql-datatype": "timestamptz"}
    assert sql_type(schema) == "datetime(6)"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "integer"}, "bigint"),
        ({"type": ["integer", "null"], "minimum": 0, "maximum": 255}, "tinyint unsigned"),
        ({"type": "integer", "minimum": -32768, "maximum": 32767}, "smallint"),
        ({"type": "number"}, "double"),
        ({"type": "boolean"}, "tinyint(1)"),
        ({"type": ["string", "null"], "format": "date"}, "date"),
        ({"type": "string", "format": "time"}, "time(6)"),
        ({"type": "string", "maxLength": 40}, "varchar(40)"),
        ({"type": "string", "maxLength": 1000}, "text"),
        ({"type": "string"}, "longtext"),
        ({"type": "string", "contentEncoding": "base64"}, "longblob"),
        (
            {"type": "string", "format": "x-singer.decimal", "precision": 12, "scale": 2},
            "decimal(12,2)",
        ),
        ({"type": "object", "properties": {}}, "longtext"),
        ({"type": ["string", "integer"]}, "longtext"),
        ({}, "longtext"),
    ],
)
def test_json_schema_fallback(schema: dict, expected: str) -> None:
    assert sql_type(schema) == expected
