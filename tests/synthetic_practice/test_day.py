"""A day of activity inserts, updates (moving the stamps) and hard-deletes rows."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest

from synthetic_practice import PracticeError, apply_day, create_practice

from . import AS_OF, PATIENTS

DELETING_TABLES = {
    "appointment": "AptNum",
    "paysplit": "SplitNum",
    "claimproc": "ClaimProcNum",
    "commlog": "CommlogNum",
    "recall": "RecallNum",
    "schedule": "ScheduleNum",
    "fee": "FeeNum",
    "patplan": "PatPlanNum",
}


def _now(query, database: str):
    return query(database, "SELECT NOW() - INTERVAL 1 SECOND")[0][0]


def test_day_changes_rows_moves_stamps_and_deletes(server, query, database_name):
    create_practice(server, database_name, patients=PATIENTS, seed=3, as_of=AS_OF)
    history_end = query(database_name, "SELECT MAX(DateTStamp) FROM procedurelog")[0][0]
    started = _now(query, database_name)

    summary = apply_day(server, database_name, seed=1)

    assert summary["day"] == AS_OF.isoformat()
    tables = summary["tables"]
    for table in (
        "patient",
        "appointment",
        "procedurelog",
        "payment",
        "paysplit",
        "claim",
        "securitylog",
    ):
        assert tables[table]["inserted"] > 0, table
    for table in ("procedurelog", "appointment", "claimproc", "claim", "patient"):
        assert tables[table]["updated"] > 0, table
    for table, key in DELETING_TABLES.items():
        ids = summary["deleted_ids"][table]
        assert ids, table
        assert tables[table]["deleted"] == len(ids), table
        found = query(
            database_name,
            f"SELECT COUNT(*) FROM {table} WHERE {key} IN ({', '.join(map(str, ids))})",
        )
        assert found == [(0,)], table

    completed = query(
        database_name,
        "SELECT COUNT(*), MIN(DateTStamp) FROM procedurelog "
        "WHERE ProcStatus = 2 AND DateComplete = %s",
        (AS_OF,),
    )[0]
    assert completed[0] > 0
    assert completed[1] >= started
    received = query(
        database_name,
        "SELECT COUNT(*), MIN(SecDateTEdit) FROM claimproc WHERE Status = 1 AND DateCP = %s",
        (AS_OF,),
    )[0]
    assert received[0] > 0
    assert received[1] >= started
    assert (
        query(
            database_name,
            "SELECT COUNT(*) FROM claim WHERE ClaimStatus = 'R' AND DateReceived = %s",
            (AS_OF,),
        )[0][0]
        > 0
    )
    # Only what the day touched carries a new stamp; the rest keeps its history stamp.
    moved = query(
        database_name, "SELECT COUNT(*) FROM procedurelog WHERE DateTStamp >= %s", (started,)
    )[0][0]
    assert 0 < moved <= tables["procedurelog"]["inserted"] + tables["procedurelog"]["updated"]
    assert query(
        database_name,
        "SELECT COUNT(*) FROM procedurelog WHERE DateTStamp > %s AND DateTStamp < %s",
        (history_end, started),
    ) == [(0,)]
    # The audit trail forgets deleted appointments.
    gone = summary["deleted_ids"]["appointment"]
    assert query(
        database_name,
        f"SELECT COUNT(*) FROM securitylog WHERE PermType IN (25, 27) "
        f"AND FKey IN ({', '.join(map(str, gone))})",
    ) == [(0,)]
    # The appointment history records the day's changes, deletions included, as they were.
    actions = dict(
        query(
            database_name,
            "SELECT HistApptAction, COUNT(*) FROM histappointment WHERE DateTStamp >= %s "
            "GROUP BY HistApptAction",
            (started,),
        )
    )
    assert actions[0] > 0
    assert actions[1] > 0
    assert actions[4] == len(gone)
    assert query(
        database_name,
        f"SELECT COUNT(*) FROM histappointment WHERE HistApptAction = 4 AND PatNum > 0 "
        f"AND AptNum IN ({', '.join(map(str, gone))})",
    ) == [(len(gone),)]
    assert tables["histappointment"]["inserted"] == sum(actions.values())
    # A dropped patient plan takes its verification with it.
    dropped = summary["deleted_ids"]["patplan"]
    assert query(
        database_name,
        f"SELECT COUNT(*) FROM insverify WHERE VerifyType = 2 "
        f"AND FKey IN ({', '.join(map(str, dropped))})",
    ) == [(0,)]
    # Payments still add up after a split was deleted.
    assert query(
        database_name,
        "SELECT COUNT(*) FROM payment p LEFT JOIN (SELECT PayNum, SUM(SplitAmt) s FROM paysplit "
        "GROUP BY PayNum) x USING (PayNum) WHERE ABS(p.PayAmt - COALESCE(x.s, 0)) > 0.005",
    ) == [(0,)]


def test_days_follow_one_another(server, database_name):
    create_practice(server, database_name, patients=100, seed=3, as_of=AS_OF)
    first = apply_day(server, database_name, seed=1)
    second = apply_day(server, database_name, seed=1)
    assert first["day"] == AS_OF.isoformat()
    assert second["day"] == (AS_OF + timedelta(days=1)).isoformat()
    explicit = apply_day(server, database_name, seed=1, day=AS_OF + timedelta(days=7))
    assert explicit["day"] == (AS_OF + timedelta(days=7)).isoformat()


def _content(query, database: str) -> list[tuple[object, ...]]:
    """A fingerprint of the business columns (stamps excluded, they hold the wall clock)."""
    return query(
        database,
        """
        SELECT
          (SELECT SUM(CRC32(CONCAT_WS(',', ProcNum, PatNum, AptNum, ProcStatus, ProcDate, ProcFee)))
           FROM procedurelog),
          (SELECT SUM(CRC32(CONCAT_WS(',', SplitNum, PayNum, SplitAmt, ProcNum, DatePay)))
           FROM paysplit),
          (SELECT SUM(CRC32(CONCAT_WS(',', ClaimProcNum, Status, InsPayAmt, WriteOff, DateCP)))
           FROM claimproc),
          (SELECT SUM(CRC32(CONCAT_WS(',', AptNum, AptStatus, AptDateTime))) FROM appointment)
        """,
    )


def test_same_seed_same_day(server, query, database_name):
    other = f"synth_test_{secrets.token_hex(4)}"
    try:
        summaries = []
        for name in (database_name, other):
            create_practice(server, name, patients=150, seed=3, as_of=AS_OF)
            summaries.append(apply_day(server, name, seed=9))
        assert summaries[0] == summaries[1]
        assert _content(query, database_name) == _content(query, other)
    finally:
        query("information_schema", f"DROP DATABASE IF EXISTS `{other}`")


def test_refuses_a_database_it_did_not_create(server, query, database_name):
    query("information_schema", f"CREATE DATABASE `{database_name}`")
    with pytest.raises(PracticeError, match="not created by synthetic-practice"):
        apply_day(server, database_name, seed=1)
    with pytest.raises(PracticeError, match="does not exist"):
        apply_day(server, database_name + "_missing", seed=1)


def test_history_stamps_are_in_the_past_so_updates_move_them(query, practice):
    history_end = query(practice, "SELECT MAX(DateTStamp) FROM procedurelog")[0][0]
    assert history_end < _now(query, practice)
