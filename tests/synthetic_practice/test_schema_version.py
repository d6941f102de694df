"""A practice on an older OpenDental version: the columns later versions added are missing."""

from __future__ import annotations

import pytest

from synthetic_practice import PracticeError, apply_day, create_practice, ground_truth
from synthetic_practice.cli import main
from synthetic_practice.schema import MISSING_COLUMNS

from . import AS_OF


def columns(query, database: str, table: str) -> set[str]:
    rows = query(
        "information_schema",
        "SELECT COLUMN_NAME FROM COLUMNS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s",
        (database, table),
    )
    return {name for (name,) in rows}


def test_old_schema_lacks_the_later_columns_and_keeps_working(server, database_name, query):
    current = f"{database_name}_current"
    try:
        create_practice(server, current, patients=40, seed=5, as_of=AS_OF)
        create_practice(
            server, database_name, patients=40, seed=5, as_of=AS_OF, schema_version="old"
        )
        for table, missing in MISSING_COLUMNS["old"].items():
            assert columns(query, current, table) - columns(query, database_name, table) == set(
                missing
            )
        # The same rows otherwise, so the same figures.
        assert ground_truth(server, database_name) == ground_truth(server, current)

        # A day of activity writes only the columns the old version has.
        day = apply_day(server, database_name, seed=3)
        assert day["tables"]["procedurelog"]["updated"] > 0
        assert apply_day(server, current, seed=3)["tables"] == day["tables"]
        assert ground_truth(server, database_name) == ground_truth(server, current)
        comment = query(
            "information_schema",
            "SELECT SCHEMA_COMMENT FROM SCHEMATA WHERE SCHEMA_NAME = %s",
            (database_name,),
        )[0][0]
        assert comment.endswith(" schema=old")
    finally:
        query("information_schema", f"DROP DATABASE IF EXISTS `{current}`")


def test_unknown_schema_version_is_refused(server, database_name):
    with pytest.raises(PracticeError, match="schema version 'ancient'"):
        create_practice(server, database_name, patients=5, schema_version="ancient")


def test_cli_creates_an_old_practice(server, database_name, query, capsys):
    connection = [
        "--host", server.host, "--port", str(server.port),
        "--user", server.user, "--password", server.password,
        "--database", database_name,
    ]  # fmt: skip
    assert main(["create", *connection, "--patients", "10", "--schema-version", "old"]) == 0
    assert ", old schema, " in capsys.readouterr().out.splitlines()[0]
    assert "DateComplete" not in columns(query, database_name, "procedurelog")
