"""``airflow dags test nightly`` end to end on a small synthetic practice.

A night that succeeds (tiers, verification, report, dbt, no alert), in production's setup:
Airflow's metadata and Meltano's system database in PostgreSQL; a night stopped at validation
by a wrong source password (dbt skipped, exactly one alert); the business-hours guard; and a
group of three practices where one fails (the others load, dbt builds, one alert).
Airflow runs as a user runs it, ``meltano invoke airflow ...``, with a home, a metadata
database, run files and Meltano state of the tests' own.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import typing as t
from pathlib import Path

import psycopg
import pytest
from opendental_airflow.runs import run_directory

from tests.conftest import Received, meltano, pg_connect, practice_env
from tests.orchestrate.conftest import DAGS_FOLDER, TIERS, AirflowHome, Practice, json_output

pytestmark = pytest.mark.slow

#: Office hours that cover every moment, so only ``force`` lets a run through.
ALWAYS_OPEN = {"OPENDENTAL_OFFICE_HOURS": "00:00-23:59:59", "OPENDENTAL_OFFICE_DAYS": "Mon-Sun"}
WRONG_PASSWORD = "not-the-password-7f3a"


def airflow(env: dict[str, str], *args: str, check: bool = True) -> t.Any:
    return meltano(["invoke", "airflow", *args], env, check=check)


def last_run(env: dict[str, str]) -> tuple[str, str, dict[str, str]]:
    """The nightly DAG's last run: its id, its state and the state of each task."""
    runs = json_output(airflow(env, "dags", "list-runs", "nightly", "-o", "json").stdout)
    run = max(runs, key=lambda run: run["start_date"])
    tasks = json_output(
        airflow(env, "tasks", "states-for-dag-run", "nightly", run["run_id"], "-o", "json").stdout
    )
    return run["run_id"], run["state"], {task["task_id"]: task["state"] for task in tasks}


def tier_state_ids(tier: str) -> list[str]:
    """The state IDs of a tier's two hops; the large tier has loaders of its own."""
    own = f"--{tier}" if tier == "large" else ""
    return [
        f"test:tap-opendental--{tier}-to-target-mysql-replica{own}",
        f"test:tap-opendental--replica--{tier}-to-target-postgres{own}",
    ]


def bookmarks(system_database: str) -> dict[str, set[str]]:
    """The tables each state ID holds bookmarks for, in Meltano's PostgreSQL system database."""
    with psycopg.connect(system_database.replace("+psycopg", "")) as connection:
        rows = connection.execute("SELECT state_id, completed_state FROM state").fetchall()
    return {
        state_id: set(json.loads(state)["singer_state"].get("bookmarks", {}))
        for state_id, state in rows
    }


def test_a_night_loads_every_tier_verifies_reports_and_builds(
    practice: Practice,
    airflow_on_postgres: AirflowHome,
    system_database: str,
    tmp_path: Path,
    webhook: tuple[str, Received],
) -> None:
    url, received = webhook
    env = practice.airflow_env(
        tmp_path,
        airflow_on_postgres,
        MELTANO_DATABASE_URI=system_database,
        OPS_RETRIES="0",
        OPS_WEBHOOK_URL=url,
        **ALWAYS_OPEN,
    )
    meltano(["upgrade", "database"], env)

    # The office is "open": only the force parameter lets the run read the practice.
    result = airflow(env, "dags", "test", "nightly", "--conf", '{"force": true}', check=False)

    run_id, state, tasks = last_run(env)
    assert (result.returncode, state) == (0, "success"), (tasks, result.stderr[-5000:])
    assert len(tasks) == 18
    assert set(tasks.values()) == {"success"}

    # The run report, in the run's directory: every table, as many rows as the source holds.
    run_files = run_directory(tmp_path / "runs", "nightly", run_id)
    report = json.loads((run_files / "report" / "latest" / "report.json").read_text())
    counts = practice.row_counts()
    assert report["status"] == "success", report["problems"]
    assert [hop["state"] for hop in report["hops"]] == ["SUCCESS", "SUCCESS"]
    assert {row["table"]: row["rows_extracted"] for row in report["tables"]} == counts
    assert report["verification"]["agree"] == len(counts)
    assert (run_files / "report" / "latest" / "report.html").is_file()

    # Each tier's plugin instances kept their own state, with bookmarks of their tables only.
    held = bookmarks(system_database)
    tiers = {tier: {t for t, of in TIERS.items() if of == tier} for tier in TIERS.values()}
    tiers["tiny"] = set(counts) - set(TIERS)
    assert sorted(held) == sorted(id_ for tier in tiers for id_ in tier_state_ids(tier))
    for tier, tables in tiers.items():
        for state_id in tier_state_ids(tier):
            assert held[state_id] <= tables, state_id
    assert held[tier_state_ids("large")[0]] == tiers["large"]

    # dbt built and tested the models after the verified load.
    results = json.loads((tmp_path / "dbt-target" / "run_results.json").read_text())["results"]
    assert results
    assert {result["status"] for result in results} <= {"success", "pass"}

    # A night that succeeds sends nothing.
    assert received.messages == []


def test_a_wrong_source_password_stops_the_night_at_validation_with_one_alert(
    practice: Practice,
    airflow_home: AirflowHome,
    tmp_path: Path,
    webhook: tuple[str, Received],
) -> None:
    url, received = webhook
    env = practice.airflow_env(
        tmp_path,
        airflow_home,
        TAP_OPENDENTAL_PASSWORD=WRONG_PASSWORD,
        # One retry, at once: a retried check must not alert twice.
        OPS_RETRIES="1",
        OPS_RETRY_DELAY_MINUTES="0",
        OPS_WEBHOOK_URL=url,
        OPENDENTAL_OFFICE_HOURS="off",
    )

    result = airflow(env, "dags", "test", "nightly", check=False)

    _, state, tasks = last_run(env)
    assert result.returncode != 0
    assert state == "failed"
    assert {task for task, state in tasks.items() if state == "failed"} == {
        "validate.test_connections",
        "notify.send",
    }
    assert tasks["transform.dbt_build"] == "skipped"
    assert tasks["report.run_report"] == "skipped"
    assert {state for task, state in tasks.items() if task.startswith("extract_load.")} == {
        "upstream_failed"
    }
    # Nothing was read: Meltano recorded no state.
    assert meltano(["state", "list"], env).stdout.split() == []

    [message] = received.messages
    alert = message["body"]
    assert alert["text"].startswith("OpenDental pipeline nightly (test): FAILURE")
    assert "nightly FAILED at validate.test_connections" in alert["text"]
    assert WRONG_PASSWORD not in alert["text"]


def test_the_guard_refuses_to_read_the_practice_during_office_hours_unless_forced(
    practice: Practice, airflow_home: AirflowHome, tmp_path: Path
) -> None:
    env = practice.airflow_env(tmp_path, airflow_home, **ALWAYS_OPEN)
    guard = ["tasks", "test", "nightly", "validate.office_hours_guard"]

    # `airflow tasks test` exits 0 whatever the task did: its log says.
    refused = airflow(env, *guard).stdout
    forced = airflow(env, *guard, "--task-params", '{"force": true}').stdout

    assert "AirflowFailException: the practice is open" in refused
    assert "refusing to read the live OpenDental database" in refused
    assert "AirflowFailException" not in forced
    assert "Returned value was: office hours 00:00-23:59 Mon, Tue" in forced
    assert "(America/Chicago): forced" in forced


def test_a_failing_practice_stops_no_other_and_the_group_still_builds(  # noqa: PLR0917 - fixtures
    practice: Practice,
    project_practice: t.Callable[[str], str],
    new_practice: t.Callable[..., str],
    airflow_home: AirflowHome,
    tmp_path: Path,
    webhook: tuple[str, Received],
) -> None:
    url, received = webhook
    north, south = project_practice("north"), project_practice("south")
    env = practice.airflow_env(
        tmp_path,
        airflow_home,
        OPS_RETRIES="0",
        OPS_WEBHOOK_URL=url,
        OPENDENTAL_OFFICE_HOURS="off",
    )
    north_source = new_practice(seed=31, patients=30)
    env = practice_env(env, north, practice.mysql, north_source)
    meltano(["invoke", f"tap-opendental--{north}:analyze"], env)
    # South's server refuses the password: its load fails, nobody else's.
    env = practice_env(env, south, practice.mysql, new_practice(seed=47, patients=20))
    env[f"TAP_OPENDENTAL__{south.upper()}_PASSWORD"] = WRONG_PASSWORD
    # The DAGs of this project with its practices, as the generator lists them.
    dags = tmp_path / "dags"
    shutil.copytree(DAGS_FOLDER, dags, ignore=shutil.ignore_patterns("__pycache__"))
    generated = meltano(
        ["invoke", "airflow:generate-dags", "--output", str(dags / "schedules.json")], env
    )
    assert f"practices: main, {north}, {south}" in generated.stdout
    env["AIRFLOW__CORE__DAGS_FOLDER"] = str(dags)

    result = airflow(env, "dags", "test", "nightly", check=False)

    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    run_id, state, tasks = last_run(env)
    assert (result.returncode != 0, state) == (True, "failed"), tasks
    # South has never loaded: its declared dbt source has no tables, so freshness fails too.
    assert {task for task, state in tasks.items() if state == "failed"} == {
        f"practices.{south}.extract",
        "transform.dbt_source_freshness",
        "notify.send",
    }
    assert (
        tasks[f"practices.{south}.load"] == tasks[f"practices.{south}.verify"] == "upstream_failed"
    )
    assert {
        state for task, state in tasks.items() if task.startswith(("extract_load.", "verify."))
    } == {"success"}
    for task in (
        *(f"practices.{north}.{name}" for name in ("extract", "load", "verify")),
        "transform.dbt_build",
    ):
        assert tasks[task] == "success", task

    # The report shows each practice: the project's own and north loaded, south failed.
    run_files = run_directory(tmp_path / "runs", "nightly", run_id)
    report = json.loads((run_files / "report" / "latest" / "report.json").read_text())
    practices = {entry["id"]: entry for entry in report["practices"]}
    assert list(practices) == ["main", north, south]
    assert report["status"] == "failure"
    assert [practices[p]["status"] for p in practices] == ["success", "success", "failure"]
    assert all(problem.startswith(f"practice {south}: ") for problem in report["problems"])
    source_rows = dataclasses.replace(practice, source=north_source).row_counts()
    assert {
        table["table"]: table["rows_extracted"] for table in practices[north]["tables"]
    } == source_rows
    assert practices[north]["totals"]["rows_loaded"] == sum(source_rows.values())
    assert practices[north]["duration_seconds"] > 0
    assert (
        f"practice {north} (nightly--{north}): success"
        in (run_files / "report" / "latest" / "report.txt").read_text()
    )

    # dbt built every practice that loaded.
    with pg_connect(practice.postgres, practice.warehouse) as connection:
        built = connection.execute(
            "select distinct practice_id from staging.stg_opendental__patients order by 1"
        ).fetchall()
    assert built == sorted([("main",), (north,)])

    # One alert, naming where the night failed, without the password.
    [message] = received.messages
    assert f"nightly FAILED at practices.{south}.extract" in message["body"]["text"]
    assert WRONG_PASSWORD not in message["body"]["text"]
