"""Meltano's system database in PostgreSQL, shared by tier jobs that run at the same time.

Several Airflow workers share the pipeline's state when ``MELTANO_DATABASE_URI`` points every
one of them at the same PostgreSQL database. Two size tiers' jobs started together, as the
nightly DAG starts the large tier beside the others, each keep their own bookmarks there and
read them back on the next run.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.conftest import PROJECT_ROOT, VENV_BIN, meltano
from tests.orchestrate.conftest import TIERS, Practice

pytestmark = pytest.mark.slow

JOBS = {
    "large": ["tap-opendental--large", "target-mysql-replica--large"],
    "medium": ["tap-opendental--medium", "target-mysql-replica"],
}
_BOOKMARK = re.compile(r"Starting incremental sync of '(\w+)' with bookmark value: (.+)$", re.M)


def run_at_once(env: dict[str, str]) -> dict[str, str]:
    """Start both tiers' jobs together, wait for both, and return each one's log."""
    started = {
        tier: subprocess.Popen(
            [str(VENV_BIN / "meltano"), "run", *plugins],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tier, plugins in JOBS.items()
    }
    logs = {tier: process.communicate(timeout=600)[1] for tier, process in started.items()}
    for tier, process in started.items():
        assert process.returncode == 0, f"{tier} failed:\n{logs[tier][-3000:]}"
    return logs


def test_tier_jobs_at_the_same_time_keep_their_own_state_in_postgresql(
    practice: Practice, system_database: str, tmp_path: Path
) -> None:
    env = practice.env(tmp_path, MELTANO_DATABASE_URI=system_database)
    # Once, before any worker starts: workers starting together must not race to create it.
    meltano(["upgrade", "database"], env)
    tables = {tier: {table for table, of in TIERS.items() if of == tier} for tier in JOBS}

    first = run_at_once(env)

    state_ids = {tier: f"test:{plugins[0]}-to-{plugins[1]}" for tier, plugins in JOBS.items()}
    # The state lives in PostgreSQL, where every worker with this URI reads it.
    with psycopg.connect(system_database.replace("+psycopg", "")) as connection:
        stored = {row[0] for row in connection.execute("SELECT state_id FROM state")}
    assert stored == set(state_ids.values())
    for tier, state_id in state_ids.items():
        state = json.loads(meltano(["state", "get", state_id], env).stdout)["singer_state"]
        assert set(state["bookmarks"]) == tables[tier], tier
        # Both read every table whole the first time.
        assert {table for table, value in _BOOKMARK.findall(first[tier])} == tables[tier]
        assert {value for _, value in _BOOKMARK.findall(first[tier])} == {"None"}

    second = run_at_once(env)

    for tier, state_id in state_ids.items():
        started_from = dict(_BOOKMARK.findall(second[tier]))
        state = json.loads(meltano(["state", "get", state_id], env).stdout)["singer_state"]
        assert set(started_from) == tables[tier], tier
        # Each job resumed from its own bookmarks, which the other job's run left alone.
        assert "None" not in started_from.values(), (tier, started_from)
        assert set(state["bookmarks"]) == tables[tier], tier
