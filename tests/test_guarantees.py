"""What the pipeline guarantees on bad input and for security, through real Meltano runs."""

from __future__ import annotations

import hashlib
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import (
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
)

pytestmark = pytest.mark.slow

AWKWARD = [
    "CREATE TABLE definition (DefNum bigint(20) NOT NULL, ItemName varchar(255), "
    "ItemColor int(11) NOT NULL, PRIMARY KEY (DefNum))",
    # Keys near 2^63, negative ARGB colors.
    "INSERT INTO definition VALUES (9223372036854775806, 'Last', -16777216), (1, 'First', -1)",
    "CREATE TABLE document (DocNum bigint(20) NOT NULL, Note text, RawBase64 mediumtext, "
    "PRIMARY KEY (DocNum))",
    # NUL bytes in text and a 5 MB image.
    "INSERT INTO document VALUES (1, CONCAT('before', CHAR(0), 'after'), REPEAT('QUJD', 1310720))",
    "CREATE TABLE emptytable (EmptyNum bigint(20) NOT NULL PRIMARY KEY, Note text)",
    "CREATE TABLE tempinsplan_bak_20200424 (PlanNum bigint(20), GroupName varchar(50))",
    "INSERT INTO tempinsplan_bak_20200424 VALUES (1, 'a'), (1, 'a')",
    "CREATE TABLE patient (PatNum bigint(20) NOT NULL PRIMARY KEY, LName varchar(100), "
    "SSN varchar(100))",
    "INSERT INTO patient VALUES (1, 'Zoë', '123-45-6789'), (2, 'O''Brien', '')",
    "CREATE TABLE userod (UserNum bigint(20) NOT NULL PRIMARY KEY, Password varchar(255), "
    "PasswordIsStrong tinyint(4) NOT NULL, IsPasswordResetRequired tinyint(4) NOT NULL)",
    "INSERT INTO userod VALUES (1, 'SHA3-512$salt$hash', 1, 0)",
]


@pytest.fixture
def awkward_env(
    mysql_server: Server,
    mysql_database: str,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> dict[str, str]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        for statement in AWKWARD:
            cursor.execute(statement)
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, mysql_database, catalog)
    return meltano_env(
        mysql_server, mysql_database, postgres_server, postgres_database, tmp_path, catalog
    )


def test_awkward_values_load_faithfully_into_raw(
    awkward_env: dict[str, str], postgres_server: Server, postgres_database: str
) -> None:
    meltano(["run", "tap-opendental", "target-postgres"], awkward_env)
    with pg_connect(postgres_server, postgres_database) as connection:
        definitions = connection.execute(
            'select "DefNum", "ItemColor" from raw.definition order by 1'
        ).fetchall()
        note, image_length = connection.execute(
            'select "Note", length("RawBase64") from raw.document'
        ).fetchone()
        empty = connection.execute("select count(*) from raw.emptytable").fetchone()[0]
        leftover = connection.execute(
            "select count(*) from raw.tempinsplan_bak_20200424 where _sdc_deleted_at is null"
        ).fetchone()[0]
    assert definitions == [(1, -1), (9223372036854775806, -16777216)]
    # PostgreSQL text cannot hold NUL: it is replaced, the rest of the value kept.
    assert note.startswith("before")
    assert note.endswith("after")
    assert image_length == 5 * 1024 * 1024
    assert empty == 0
    assert leftover == 2

    # A second run neither duplicates the keyless table's live rows nor loses any.
    meltano(["run", "tap-opendental", "target-postgres"], awkward_env)
    with pg_connect(postgres_server, postgres_database) as connection:
        assert (
            connection.execute(
                "select count(*) from raw.tempinsplan_bak_20200424 where _sdc_deleted_at is null"
            ).fetchone()[0]
            == 2
        )


BINARY_TABLE = """
CREATE TABLE {name} (
  FileNum bigint(20) NOT NULL,
  Data longblob,
  Thumbnail blob,
  Digest varbinary(64),
  Tag binary(4),
  {stamp}
  PRIMARY KEY (FileNum)
)
"""
#: Awkward bytes in each binary type: NUL, 0xFF, empty, NULL, 1 MB (binary(4) pads to 4).
BINARY_ROWS = [
    "(1, x'00', x'00', x'00', x'00')",
    "(2, x'ff', x'ff00ff', x'ffff', x'ffffffff')",
    "(3, '', '', '', '')",
    "(4, NULL, NULL, NULL, NULL)",
    "(5, REPEAT(x'00ff7f80', 262144), REPEAT(x'c3', 65535), x'5c3078275c', x'0a0d0900')",
]


def test_binary_columns_keep_their_exact_bytes_in_the_replica_and_in_raw(
    awkward_env: dict[str, str],
    mysql_server: Server,
    mysql_database: str,
    postgres_server: Server,
    postgres_database: str,
) -> None:
    # One table read whole (RECORD messages), one incremental (BATCH files).
    tables = {"files": "", "filestamped": "DateTStamp timestamp NOT NULL DEFAULT "
              "current_timestamp() ON UPDATE current_timestamp(),"}  # fmt: skip
    select = 'select "FileNum", "Data", "Thumbnail", "Digest", "Tag" from {} order by 1'
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        for name, stamp in tables.items():
            cursor.execute(BINARY_TABLE.format(name=name, stamp=stamp))
            columns = "(FileNum, Data, Thumbnail, Digest, Tag)"
            cursor.execute(f"INSERT INTO {name} {columns} VALUES {', '.join(BINARY_ROWS)}")
        cursor.execute(select.replace('"', "").format("files"))
        source = list(cursor.fetchall())
    assert len(source[4][1]) == 1024 * 1024
    assert source[2][4] == b"\x00" * 4
    analyze_into(mysql_server, mysql_database, Path(awkward_env["TAP_OPENDENTAL_CATALOG_PATH"]))
    awkward_env["TAP_OPENDENTAL__SELECT"] = '["files.*", "filestamped.*"]'
    replica = awkward_env["TARGET_MYSQL_REPLICA_DATABASE"]
    try:
        meltano(["run", "tap-opendental", "target-mysql-replica"], awkward_env)
        # Twice to raw: the second run upserts the incremental table's rows again.
        for _ in range(2):
            meltano(["run", "tap-opendental", "target-postgres"], awkward_env)
        with mysql_connect(mysql_server, replica) as connection:
            cursor = connection.cursor()
            in_replica = {}
            for name in tables:
                cursor.execute(select.replace('"', "").format(name))
                in_replica[name] = list(cursor.fetchall())
    finally:
        with mysql_connect(mysql_server) as connection:
            connection.cursor().execute(f"DROP DATABASE IF EXISTS `{replica}`")
    with pg_connect(postgres_server, postgres_database) as connection:
        types = connection.execute(
            "select distinct data_type from information_schema.columns where table_schema = "
            "'raw' and column_name in ('Data', 'Thumbnail', 'Digest', 'Tag')"
        ).fetchall()
        in_raw = {
            name: [
                tuple(bytes(value) if isinstance(value, memoryview) else value for value in row)
                for row in connection.execute(select.format(f"raw.{name}")).fetchall()
            ]
            for name in tables
        }
    assert types == [("bytea",)]
    for name in tables:
        assert in_replica[name] == source
        assert in_raw[name] == source


def test_an_unknown_table_in_select_stops_the_run_and_changes_nothing(
    awkward_env: dict[str, str], postgres_server: Server, postgres_database: str
) -> None:
    awkward_env["TAP_OPENDENTAL__SELECT"] = '["patient.*", "paitent.*"]'
    result = meltano(["run", "tap-opendental", "target-postgres"], awkward_env, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "select rule 'paitent.*' names no table of" in output
    assert "Traceback" not in output
    with pg_connect(postgres_server, postgres_database) as connection:
        assert connection.execute(
            "select count(*) from information_schema.tables where table_schema = 'raw'"
        ).fetchone() == (0,)


def test_a_malformed_tables_yml_stops_the_run_with_one_line(
    awkward_env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "tables:\n  patient:\n    columns: {PatNum: bigint(20)}\n    primary_key: [Pat]\n"
    )
    awkward_env["TAP_OPENDENTAL_CATALOG_PATH"] = str(broken)
    result = meltano(["run", "tap-opendental", "target-postgres"], awkward_env, check=False)
    assert result.returncode != 0
    assert "tables.patient.primary_key: unknown column Pat" in result.stdout + result.stderr


def test_sensitive_columns_are_left_out_or_hashed_when_opted_in(
    awkward_env: dict[str, str], postgres_server: Server, postgres_database: str
) -> None:
    awkward_env["TAP_OPENDENTAL__SELECT"] = '["patient.*", "userod.*"]'
    meltano(["run", "tap-opendental", "target-postgres"], awkward_env)
    with pg_connect(postgres_server, postgres_database) as connection:
        columns = {
            row[0]
            for row in connection.execute(
                "select column_name from information_schema.columns where table_name = 'patient'"
            )
        }
        users = connection.execute(
            'select "UserNum", "PasswordIsStrong", "IsPasswordResetRequired" from raw.userod'
        ).fetchall()
        user_columns = {
            row[0]
            for row in connection.execute(
                "select column_name from information_schema.columns where table_name = 'userod'"
            )
        }
    assert "SSN" not in columns
    # Flags about a password are no secret: they are copied, the password hash is not.
    assert users == [(1, 1, 0)]
    assert "Password" not in user_columns

    # Opt in for one column, and copy only its hash (an SDK stream map).
    awkward_env["TAP_OPENDENTAL_INCLUDE_SENSITIVE_COLUMNS"] = '["patient.SSN"]'
    awkward_env["TAP_OPENDENTAL_STREAM_MAPS"] = '{"patient": {"SSN": "md5(SSN) if SSN else None"}}'
    meltano(["run", "--full-refresh", "tap-opendental", "target-postgres"], awkward_env)
    with pg_connect(postgres_server, postgres_database) as connection:
        stored = dict(connection.execute('select "PatNum", "SSN" from raw.patient').fetchall())
    assert stored == {1: hashlib.md5(b"123-45-6789").hexdigest(), 2: None}


def test_a_select_only_user_is_enough_and_no_secret_reaches_a_log(
    mysql_server: Server,
    synthetic_practice: str,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> None:
    user, password = f"ro_{uuid.uuid4().hex[:8]}", f"S3cret-{uuid.uuid4().hex}"
    with mysql_connect(mysql_server) as connection:
        cursor = connection.cursor()
        cursor.execute(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}'")
        cursor.execute(f"GRANT SELECT ON `{synthetic_practice}`.* TO '{user}'@'%'")
    try:
        catalog = tmp_path / "tables.yml"
        analyze_into(mysql_server, synthetic_practice, catalog)
        env = meltano_env(
            mysql_server, synthetic_practice, postgres_server, postgres_database, tmp_path, catalog
        )
        env.update(TAP_OPENDENTAL_USER=user, TAP_OPENDENTAL_PASSWORD=password)
        started = time.time()
        result = meltano(["run", "tap-opendental", "target-postgres"], env)
        with pg_connect(postgres_server, postgres_database) as connection:
            assert connection.execute("select count(*) from raw.patient").fetchone()[0] == 300
    finally:
        with mysql_connect(mysql_server) as connection:
            connection.cursor().execute(f"DROP USER '{user}'@'%'")
    # Meltano keeps each run's log in its state directory; the run's own is among the newest.
    run_logs = [
        path
        for path in (Path.home() / ".local/state/meltano/log/elt").rglob("elt.log")
        if path.stat().st_mtime >= started
    ]
    assert run_logs
    logs = [result.stdout, result.stderr, *(path.read_text(errors="replace") for path in run_logs)]
    assert not [log for log in logs if password in log]
