"""End to end through Meltano: a synthetic practice into a real PostgreSQL warehouse.

These run `meltano run` exactly as a user does, each against databases and a Meltano system
database of their own.
"""

from __future__ import annotations

import datetime
import json
import re
import typing as t
from pathlib import Path

import pytest

from synthetic_practice import apply_day
from tap_opendental.tables import load_tables
from tests.conftest import (
    Server,
    analyze_into,
    meltano,
    meltano_env,
    mysql_connect,
    pg_connect,
    practice_settings,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def practice(new_practice: t.Callable[..., str]) -> str:
    return new_practice(seed=3)


def source_counts(server: Server, database: str, tables: t.Iterable[str]) -> dict[str, int]:
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM `{table}`")
            counts[table] = cursor.fetchone()[0]
    return counts


def raw_counts(
    server: Server, database: str, tables: t.Iterable[str], where: str = "true"
) -> dict[str, int]:
    with pg_connect(server, database) as connection:
        return {
            table: connection.execute(
                f'select count(*) from raw."{table}" where {where}'
            ).fetchone()[0]
            for table in tables
        }


def test_full_then_incremental_load(
    practice: str,
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> None:
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, practice, catalog)
    tables = load_tables(catalog)
    assert len(tables) >= 30
    env = meltano_env(mysql_server, practice, postgres_server, postgres_database, tmp_path, catalog)

    meltano(["run", "tap-opendental", "target-postgres"], env)
    assert raw_counts(postgres_server, postgres_database, tables) == source_counts(
        mysql_server, practice, tables
    )

    bookmarks = _bookmarks(env)
    apply_day(practice_settings(mysql_server), practice, seed=2)
    second = meltano(["run", "tap-opendental", "target-postgres"], env)

    moved = extracted_rows(second.stdout + second.stderr)
    expected = _expected_reread(mysql_server, practice, tables, bookmarks)
    # securitylog is bookmarked by its key: ranges whose rows changed in place are read again.
    assert moved["securitylog"] >= expected.pop("securitylog")
    assert {name: moved.get(name, 0) for name in expected} == expected
    incremental = [
        name
        for name, spec in tables.items()
        if spec.replication_method == "INCREMENTAL" and name != "securitylog"
    ]
    total = source_counts(mysql_server, practice, incremental)
    assert sum(moved.get(name, 0) for name in incremental) < 0.25 * sum(total.values())

    # Rows deleted at the source are marked deleted in raw; every other row is live.
    live = raw_counts(postgres_server, postgres_database, tables, where="_sdc_deleted_at is null")
    assert live == source_counts(mysql_server, practice, tables)

    # Every source row is in raw with its current values (hard deletes stay until reconciled).
    with mysql_connect(mysql_server, practice) as connection:
        cursor = connection.cursor()
        cursor.execute("SELECT COUNT(*), SUM(ProcStatus), ROUND(SUM(ProcFee), 2) FROM procedurelog")
        source_procedures = tuple(cursor.fetchone())
    with pg_connect(postgres_server, postgres_database) as connection:
        raw_procedures = connection.execute(
            'select count(*), sum("ProcStatus"), round(sum("ProcFee")::numeric, 2) '
            "from raw.procedurelog"
        ).fetchone()
    assert tuple(raw_procedures) == source_procedures


def extracted_rows(log: str) -> dict[str, int]:
    """Rows each stream's sync sent, from the tap's record_count metrics in a Meltano log."""
    counts: dict[str, int] = {}
    for match in re.finditer(r"tap-opendental +METRIC: (\{.*\})$", log, flags=re.MULTILINE):
        metric = json.loads(match.group(1))
        if metric["metric"] == "record_count":
            stream = metric["tags"]["stream"]
            counts[stream] = counts.get(stream, 0) + int(metric["value"])
    return counts


def _bookmarks(env: dict[str, str]) -> dict[str, t.Any]:
    state_id = "test:tap-opendental-to-target-postgres"
    state = json.loads(meltano(["state", "get", state_id], env).stdout)
    return {
        name: entry.get("replication_key_value")
        for name, entry in state["singer_state"]["bookmarks"].items()
    }


def _expected_reread(
    server: Server, database: str, tables: dict[str, t.Any], bookmarks: dict[str, t.Any]
) -> dict[str, int]:
    """Rows the second run must read: changed since the bookmark, or in the look-back window."""
    cutoff = (datetime.date.today() - datetime.timedelta(days=30)).isoformat()
    expected = {}
    with mysql_connect(server, database) as connection:
        cursor = connection.cursor()
        cursor.execute("SET time_zone = '+00:00'")
        for name, spec in tables.items():
            where = "TRUE"
            if spec.replication_method == "INCREMENTAL":
                bookmark = str(bookmarks[name]).replace("T", " ").split("+")[0]
                clauses = [f"`{spec.replication_key}` >= '{bookmark}'"]
                clauses += [f"`{column}` >= '{cutoff}'" for column in spec.lookback_columns]
                where = " OR ".join(clauses)
            cursor.execute(f"SELECT COUNT(*) FROM `{name}` WHERE {where}")
            expected[name] = cursor.fetchone()[0]
    return expected


@pytest.mark.parametrize(
    ("override", "names"),
    [
        ({"TAP_OPENDENTAL_PASSWORD": "wrong"}, "TAP_OPENDENTAL_USER / TAP_OPENDENTAL_PASSWORD"),
        ({"TAP_OPENDENTAL_PORT": "1"}, "TAP_OPENDENTAL_HOST / TAP_OPENDENTAL_PORT"),
        ({"TAP_OPENDENTAL_DATABASE": "no_such_practice"}, "TAP_OPENDENTAL_DATABASE"),
    ],
)
def test_bad_connection_settings_end_with_one_clear_line(  # noqa: PLR0917 - fixtures
    synthetic_practice: str,
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
    override: dict[str, str],
    names: str,
) -> None:
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, synthetic_practice, catalog)
    env = meltano_env(
        mysql_server, synthetic_practice, postgres_server, postgres_database, tmp_path, catalog
    )
    env.update(override)
    result = meltano(["run", "tap-opendental", "target-postgres"], env, check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"cannot connect to MySQL as {env['TAP_OPENDENTAL_USER']}@" in output
    assert names in output
    assert "Traceback" not in output
    with pg_connect(postgres_server, postgres_database) as connection:
        assert (
            connection.execute(
                "select count(*) from information_schema.tables where table_schema = 'raw'"
            ).fetchone()[0]
            == 0
        )


def test_select_rules_and_metadata_overrides(
    synthetic_practice: str,
    mysql_server: Server,
    postgres_server: Server,
    postgres_database: str,
    tmp_path: Path,
) -> None:
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, synthetic_practice, catalog)
    env = meltano_env(
        mysql_server, synthetic_practice, postgres_server, postgres_database, tmp_path, catalog
    )
    # The same rules `meltano select` writes to meltano.yml, given through the environment.
    env["TAP_OPENDENTAL__SELECT"] = '["provider.*", "clinic.*", "!provider.FName"]'
    env["TAP_OPENDENTAL__METADATA"] = '{"provider": {"replication-method": "FULL_TABLE"}}'

    listing = meltano(["select", "tap-opendental", "--list", "--all"], env).stdout
    assert "[selected   ] provider.LName" in listing
    assert "[excluded   ] provider.FName" in listing
    assert "[selected   ] procedurelog" not in listing

    meltano(["run", "tap-opendental", "target-postgres"], env)
    with pg_connect(postgres_server, postgres_database) as connection:
        loaded = {
            row[0]
            for row in connection.execute(
                "select table_name from information_schema.tables where table_schema = 'raw'"
            )
        }
        columns = {
            row[0]
            for row in connection.execute(
                "select column_name from information_schema.columns "
                "where table_schema = 'raw' and table_name = 'provider'"
            )
        }
    assert loaded == {"provider", "clinic"}
    assert "LName" in columns
    assert "FName" not in columns
    state = meltano(["state", "get", "test:tap-opendental-to-target-postgres"], env).stdout
    # FULL_TABLE by override: no bookmark kept for provider.
    assert "DateTStamp" not in state
