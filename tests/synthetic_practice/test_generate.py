"""The generated history: deterministic, related, and full of OpenDental's data quirks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from synthetic_practice import PracticeError, create_practice

from . import AS_OF, PATIENTS

CHECKED_TABLES = ", ".join(
    [
        "patient",
        "appointment",
        "procedurelog",
        "claim",
        "claimproc",
        "payment",
        "paysplit",
        "adjustment",
        "securitylog",
    ]
)


def _checksums(query, database: str) -> dict[str, int]:
    rows = query(database, f"CHECKSUM TABLE {CHECKED_TABLES}")
    return {name.split(".", 1)[1]: checksum for name, checksum in rows}


def test_same_seed_and_date_give_the_same_rows(server, query, database_name, practice):
    create_practice(server, database_name, patients=PATIENTS, seed=7, as_of=AS_OF)
    assert _checksums(query, database_name) == _checksums(query, practice)


def test_another_seed_gives_other_rows(server, query, database_name, practice):
    create_practice(server, database_name, patients=PATIENTS, seed=8, as_of=AS_OF)
    theirs, ours = _checksums(query, database_name), _checksums(query, practice)
    assert all(theirs[t] != ours[t] for t in ours)


def test_recreates_its_own_database_but_refuses_a_foreign_one(server, query, database_name):
    create_practice(server, database_name, patients=20, seed=1, as_of=AS_OF)
    create_practice(server, database_name, patients=30, seed=1, as_of=AS_OF)
    assert query(database_name, "SELECT COUNT(*) FROM patient") == [(30,)]
    query("information_schema", f"DROP DATABASE `{database_name}`")
    query("information_schema", f"CREATE DATABASE `{database_name}`")
    query(database_name, "CREATE TABLE keep_me (id int)")
    with pytest.raises(PracticeError, match="not created by synthetic-practice"):
        create_practice(server, database_name, patients=20, seed=1, as_of=AS_OF)
    assert query(database_name, "SHOW TABLES") == [("keep_me",)]


def test_volumes_are_those_of_a_practice(query, practice):
    def per_patient(table: str) -> float:
        return query(practice, f"SELECT COUNT(*) FROM {table}")[0][0] / PATIENTS

    assert query(practice, "SELECT COUNT(*) FROM patient") == [(PATIENTS,)]
    assert 12 <= per_patient("procedurelog") <= 35
    assert 1.5 <= per_patient("appointment") <= 5
    assert 3 <= per_patient("claimproc") <= 12
    assert per_patient("payment") >= 2
    assert per_patient("paysplit") > per_patient("payment")
    assert per_patient("adjustment") >= 1
    assert 5 <= per_patient("commlog") <= 15
    assert 1 <= per_patient("recall") <= 2.5
    assert 1.5 <= per_patient("document") <= 5
    assert 0.3 <= per_patient("statement") <= 2
    assert per_patient("securitylog") >= 10


def test_families_have_guarantors(query, practice):
    assert query(practice, "SELECT COUNT(*) FROM patient WHERE Guarantor = 0") == [(0,)]
    assert query(
        practice,
        "SELECT COUNT(*) FROM patient c JOIN patient g ON g.PatNum = c.Guarantor "
        "WHERE g.Guarantor <> g.PatNum",
    ) == [(0,)]
    families = query(
        practice,
        "SELECT COUNT(DISTINCT Guarantor), MAX(n) FROM "
        "(SELECT Guarantor, COUNT(*) n FROM patient GROUP BY Guarantor) f",
    )[0]
    assert families[0] < PATIENTS
    assert families[1] >= 3


def test_keys_are_dense_and_rows_refer_to_each_other(query, practice):
    for table, key in (
        ("patient", "PatNum"),
        ("procedurelog", "ProcNum"),
        ("paysplit", "SplitNum"),
    ):
        assert query(practice, f"SELECT MIN({key}), MAX({key}) = COUNT(*) FROM {table}") == [(1, 1)]
    orphans = {
        "procedurelog": "SELECT COUNT(*) FROM procedurelog x LEFT JOIN patient p USING (PatNum) "
        "WHERE p.PatNum IS NULL",
        "paysplit": "SELECT COUNT(*) FROM paysplit x LEFT JOIN payment p USING (PayNum) WHERE "
        "p.PayNum IS NULL",
        "claimproc": "SELECT COUNT(*) FROM claimproc x LEFT JOIN claim c USING (ClaimNum) "
        "WHERE x.ClaimNum <> 0 AND c.ClaimNum IS NULL",
        "procedure code": "SELECT COUNT(*) FROM procedurelog x LEFT JOIN procedurecode c USING "
        "(CodeNum) "
        "WHERE c.CodeNum IS NULL",
    }
    for name, sql in orphans.items():
        assert query(practice, sql) == [(0,)], name


def test_money_is_consistent(query, practice):
    # Every payment is the sum of its splits.
    assert query(
        practice,
        "SELECT COUNT(*) FROM payment p LEFT JOIN (SELECT PayNum, SUM(SplitAmt) s FROM paysplit "
        "GROUP BY PayNum) x USING (PayNum) WHERE ABS(p.PayAmt - COALESCE(x.s, 0)) > 0.005",
    ) == [(0,)]
    # Insurance never pays plus writes off more than the fee of a received procedure.
    assert query(
        practice,
        "SELECT COUNT(*) FROM claimproc WHERE Status IN (1, 7) "
        "AND InsPayAmt + WriteOff > FeeBilled + 0.005",
    ) == [(0,)]
    # Amounts are whole cents.
    for table, column in (
        ("procedurelog", "ProcFee"),
        ("paysplit", "SplitAmt"),
        ("claimproc", "InsPayAmt"),
        ("adjustment", "AdjAmt"),
    ):
        assert query(
            practice,
            f"SELECT COUNT(*) FROM {table} WHERE ABS({column} * 100 - ROUND({column} * 100)) > "
            "1e-6",
        ) == [(0,)]
    # The balance columns the generator wrote agree with the ledger rows.
    rows = query(
        practice, "SELECT SUM(BalTotal), SUM(BalTotal > 0), SUM(BalTotal < 0) FROM patient"
    )[0]
    assert rows[1] > rows[2] > 0


def test_statuses_cover_opendental_enums(query, practice):
    def values(sql: str) -> set[object]:
        return {v for (v,) in query(practice, sql)}

    assert {1, 2, 3, 4, 6} <= values("SELECT DISTINCT ProcStatus FROM procedurelog")
    assert {1, 2, 5, 6} <= values("SELECT DISTINCT AptStatus FROM appointment")
    assert {0, 1, 2, 3, 6, 7} <= values("SELECT DISTINCT Status FROM claimproc")
    assert {"R", "S"} <= values("SELECT DISTINCT ClaimStatus FROM claim")
    assert {"P", "PreAuth", "S"} <= values("SELECT DISTINCT ClaimType FROM claim")
    assert {0, 1, 2} <= values("SELECT DISTINCT PatStatus FROM patient")
    assert {1, 2} <= values("SELECT DISTINCT UnitQty FROM procedurelog WHERE ProcStatus = 2")
    # HistApptAction: Created, Changed, Missed, Cancelled (Deleted comes with a clinic day).
    assert {0, 1, 2, 3} <= values("SELECT DISTINCT HistApptAction FROM histappointment")
    # BenefitType CoInsurance, Deductible, Limitations; VerifyType plan and patient plan.
    assert {1, 2, 5} <= values("SELECT DISTINCT BenefitType FROM benefit")
    assert values("SELECT DISTINCT VerifyType FROM insverify") == {1, 2}
    assert {"P", "S"} <= values("SELECT DISTINCT ClaimType FROM claimsnapshot")
    assert values(
        "SELECT DISTINCT ProcCode FROM procedurecode WHERE ProcCode IN ('D0120', 'D1110', "
        "'D2391', 'D2740', 'D0274')"
    ) == {"D0120", "D1110", "D2391", "D2740", "D0274"}
    # ProcCode is case-sensitive: two codes differ only in case.
    assert query(
        practice, "SELECT COUNT(*) FROM procedurecode WHERE UPPER(ProcCode) = 'NPEXAM'"
    ) == [(2,)]


def test_data_quirks(query, practice):
    def count(sql: str) -> int:
        return int(query(practice, sql)[0][0])

    assert count("SELECT COUNT(*) FROM carrier WHERE NoSendElect = 2") >= 1
    assert count("SELECT COUNT(*) FROM definition WHERE ItemColor < 0") >= 10
    assert count("SELECT COUNT(*) FROM schedule WHERE StopTime > '24:00:00'") == 1
    assert count("SELECT COUNT(*) FROM procedurelog WHERE ProcTimeEnd > '24:00:00'") == 1
    assert (
        count(
            "SELECT COUNT(*) FROM procedurelog WHERE ProcStatus = 1 AND DateComplete = '0001-01-01'"
        )
        > 50
    )
    assert count("SELECT COUNT(*) FROM inssub WHERE DateTerm = '0001-01-01'") > 10
    assert count("SELECT COUNT(*) FROM patient WHERE Birthdate = '0001-01-01'") >= 1
    for table, column in (
        ("paysplit", "ProcDate"),
        ("schedule", "SchedDate"),
        ("securitylog", "LogDateTime"),
        ("refattach", "RefDate"),
    ):
        assert count(f"SELECT COUNT(*) FROM {table} WHERE {column} LIKE '0000-00-00%%'") >= 1, table
    assert count("SELECT COUNT(*) FROM patient WHERE CAST(Birthdate AS CHAR) LIKE '%%-00'") >= 1
    assert count("SELECT COUNT(*) FROM statement WHERE YEAR(DateRangeTo) >= 2200") >= 1
    assert count("SELECT COUNT(*) FROM tempinsplan_bak_20200424") == 5
    big = query(
        practice, "SELECT MAX(LENGTH(RawBase64)), SUM(LENGTH(RawBase64) > 1000000) FROM document"
    )[0]
    assert 1_000_000 < big[0] <= 3_000_000
    assert big[1] >= 2
    names = {n for (n,) in query(practice, "SELECT CONCAT(FName, ' ', LName) FROM referral")}
    assert any("'" in n for n in names)
    assert any(not n.isascii() for n in names)
    assert count("SELECT COUNT(*) FROM commlog WHERE Note LIKE '%%\"%%'") >= 1


def test_stamps_sit_just_after_the_business_dates(query, practice):
    last = datetime.combine(AS_OF, datetime.min.time())
    for table, stamp in (
        ("procedurelog", "DateTStamp"),
        ("paysplit", "SecDateTEdit"),
        ("claimproc", "SecDateTEdit"),
        ("patient", "DateTStamp"),
        ("schedule", "DateTStamp"),
    ):
        assert query(practice, f"SELECT MAX({stamp}) < %s FROM {table}", (last,)) == [(1,)], table
    late = query(
        practice,
        "SELECT COUNT(*) FROM procedurelog WHERE ProcStatus = 2 AND (DateTStamp < ProcDate "
        "OR DateTStamp > ProcDate + INTERVAL 40 DAY)",
    )
    assert late == [(0,)]
    first = query(practice, "SELECT MIN(ProcDate) FROM procedurelog WHERE ProcStatus = 2")[0][0]
    assert first >= AS_OF - timedelta(days=4 * 366)
    assert (
        query(practice, "SELECT MAX(ProcDate) FROM procedurelog WHERE ProcStatus = 2")[0][0] < AS_OF
    )
    assert (
        query(
            practice,
            "SELECT COUNT(*) FROM appointment WHERE AptStatus = 1 AND AptDateTime >= %s",
            (AS_OF,),
        )[0][0]
        > 0
    )


def test_securitylog_keys_grow_with_time(query, practice):
    rows = query(
        practice,
        "SELECT LogDateTime FROM securitylog WHERE LogDateTime > '1000-01-01' ORDER BY "
        "SecurityLogNum",
    )
    times = [r[0] for r in rows]
    assert times == sorted(times)
    assert date(1, 1, 1) < times[0].date()
