"""The generated schema has OpenDental's shape and quirks."""

from __future__ import annotations

import pytest

from synthetic_practice.schema import CORE_TABLES, LEFTOVER_TABLE, PRIMARY_KEYS, STAMP_COLUMNS

# Column counts of OpenDental 24.3 (shared/OPENDENTAL.md; the tables after payplanlink from
# OpenDental's schema documentation).
OPENDENTAL_WIDTHS = {
    "patient": 84,
    "appointment": 35,
    "procedurelog": 67,
    "procedurecode": 37,
    "provider": 46,
    "clinic": 42,
    "operatory": 14,
    "schedule": 12,
    "definition": 7,
    "userod": 24,
    "securitylog": 12,
    "commlog": 17,
    "recall": 16,
    "document": 30,
    "statement": 29,
    "referral": 28,
    "refattach": 13,
    "carrier": 27,
    "insplan": 47,
    "inssub": 13,
    "patplan": 11,
    "claim": 85,
    "claimproc": 49,
    "claimpayment": 16,
    "fee": 12,
    "feesched": 9,
    "payment": 23,
    "paysplit": 21,
    "adjustment": 15,
    "payplan": 25,
    "payplancharge": 18,
    "payplanlink": 6,
    "treatplan": 21,
    "proctp": 27,
    "treatplanattach": 4,
    "appointmenttype": 10,
    "histappointment": 40,
    "benefit": 16,
    "insverify": 11,
    "claimsnapshot": 9,
}


def _columns(query, practice: str) -> dict[tuple[str, str], tuple[str, str, str | None, str]]:
    rows = query(
        "information_schema",
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA "
        "FROM COLUMNS WHERE TABLE_SCHEMA = %s",
        (practice,),
    )
    return {
        (t, c): (ctype, nullable, default, extra) for t, c, ctype, nullable, default, extra in rows
    }


def test_core_tables_and_leftover_backup(query, practice):
    tables = {
        name: (engine, collation)
        for name, engine, collation in query(
            "information_schema",
            "SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM TABLES WHERE TABLE_SCHEMA = %s",
            (practice,),
        )
    }
    assert set(tables) == {*CORE_TABLES, LEFTOVER_TABLE}
    assert len(CORE_TABLES) == 40
    keys = query(
        "information_schema",
        "SELECT TABLE_NAME, COLUMN_NAME FROM KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = %s AND "
        "CONSTRAINT_NAME = 'PRIMARY'",
        (practice,),
    )
    assert dict(keys) == PRIMARY_KEYS
    engines = {engine for engine, _ in tables.values()}
    assert engines == {"MyISAM", "InnoDB"}
    assert tables["claimproc"][0] == "InnoDB"
    assert tables["referral"][1].startswith("latin1")
    assert tables["patient"][1].startswith("utf8mb3")


def test_widths_match_opendental(query, practice):
    widths = dict(
        query(
            "information_schema",
            "SELECT TABLE_NAME, COUNT(*) FROM COLUMNS WHERE TABLE_SCHEMA = %s GROUP BY TABLE_NAME",
            (practice,),
        )
    )
    assert {t: widths[t] for t in CORE_TABLES} == OPENDENTAL_WIDTHS


def test_primary_keys_are_auto_increment_bigints(query, practice):
    columns = _columns(query, practice)
    for table, key in PRIMARY_KEYS.items():
        ctype, nullable, _, extra = columns[table, key]
        assert ctype.startswith("bigint"), table
        assert nullable == "NO", table
        assert extra == "auto_increment", table


@pytest.mark.parametrize("table", CORE_TABLES)
def test_change_stamps_are_on_update_current_timestamp(query, practice, table):
    columns = _columns(query, practice)
    stamp = STAMP_COLUMNS[table]
    stamps = {c for (t, c), (ctype, *_) in columns.items() if t == table and ctype == "timestamp"}
    if stamp is None:
        assert stamps == set()
        return
    _ctype, nullable, default, extra = columns[table, stamp]
    assert stamps == {stamp}
    assert nullable == "NO"
    assert default.lower() == "current_timestamp()"
    assert extra.lower() == "on update current_timestamp()"


def test_stamp_indexed_only_where_opendental_indexes_it(query, practice):
    rows = query(
        "information_schema",
        "SELECT DISTINCT TABLE_NAME FROM STATISTICS WHERE TABLE_SCHEMA = %s AND SEQ_IN_INDEX = 1 "
        "AND COLUMN_NAME IN ('DateTStamp', 'SecDateTEdit')",
        (practice,),
    )
    assert {t for (t,) in rows} == {
        "procedurelog",
        "adjustment",
        "claimproc",
        "paysplit",
        "patplan",
        "benefit",
        "insverify",
    }


def test_opendental_column_quirks(query, practice):
    columns = _columns(query, practice)
    assert columns["carrier", "NoSendElect"][0] == "tinyint(1) unsigned"
    assert columns["claim", "ClaimStatus"][0] == "char(1)"
    assert columns["procedurelog", "SecDateEntry"][0] == "datetime"
    assert columns["claim", "SecDateEntry"][0] == "date"
    assert columns["document", "RawBase64"][0] == "mediumtext"
    for table, column in (
        ("payment", "PayDate"),
        ("paysplit", "ProcDate"),
        ("refattach", "RefDate"),
        ("schedule", "SchedDate"),
    ):
        assert columns[table, column][2] == "'0000-00-00'", (table, column)
    assert columns["commlog", "CommDateTime"][2] == "'0000-00-00 00:00:00'"
    assert columns["securitylog", "LogDateTime"][2] == "'0000-00-00 00:00:00'"
    assert ("patient", "Position") in columns
    assert ("commlog", "Mode_") in columns
    collation = query(
        "information_schema",
        "SELECT COLLATION_NAME FROM COLUMNS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = "
        "'procedurecode' "
        "AND COLUMN_NAME = 'ProcCode'",
        (practice,),
    )
    assert collation == [("utf8mb3_bin",)]
    foreign = query(
        "information_schema",
        "SELECT COUNT(*) FROM REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = %s",
        (practice,),
    )
    assert foreign == [(0,)]
