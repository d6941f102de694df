"""The schedules the DAGs are built from: the generator, schedules.json, a job's hops."""

from __future__ import annotations

import json
import subprocess
import sys
import typing as t
from pathlib import Path

import pytest
from opendental_airflow.schedules import (
    Command,
    Hop,
    Practice,
    ScheduleError,
    load_practices,
    load_schedules,
    parse_task,
)

from tests.conftest import PROJECT_ROOT, meltano
from tests.orchestrate.conftest import airflow_env

GENERATOR = PROJECT_ROOT / "orchestrate" / "airflow" / "generate_schedules.py"


def schedule_list(*schedules: dict[str, t.Any], elt: list[t.Any] | None = None) -> dict:
    """A document shaped like ``meltano schedule list --format=json``."""
    return {"schedules": {"elt": elt or [], "job": list(schedules)}}


def job_schedule(name: str, interval: str, cron: str | None, *tasks: str, **env: str) -> dict:
    return {
        "name": name,
        "interval": interval,
        "cron_interval": cron,
        "env": env,
        "job": {"name": name, "tasks": list(tasks)},
    }


def test_schedules_json_matches_meltano_yml(airflow_installed: Path, tmp_path: Path) -> None:
    """Change a schedule or job, then run `meltano invoke airflow:generate-dags`."""
    result = meltano(
        ["invoke", "airflow:generate-dags", "--check"], airflow_env(tmp_path), check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "is up to date" in result.stdout


def run_generator(
    tmp_path: Path, document: dict, *args: str, jobs: list[dict] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the generator against a stand-in meltano that lists ``document`` and ``jobs``."""
    fake = tmp_path / "meltano"
    job_list = {"jobs": jobs or []}
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = job ]; then\n'
        f"cat <<'EOF'\n{json.dumps(job_list)}\nEOF\n"
        "else\n"
        f"cat <<'EOF'\n{json.dumps(document)}\nEOF\n"
        "fi\n"
    )
    fake.chmod(0o755)
    return subprocess.run(
        [sys.executable, str(GENERATOR), "--output", str(tmp_path / "schedules.json"), *args],
        env={"MELTANO_EXECUTABLE": str(fake), "MELTANO_PROJECT_ROOT": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_generator_writes_meltanos_schedule_list_and_checks_it(tmp_path: Path) -> None:
    document = schedule_list(job_schedule("hourly-el", "@hourly", "0 * * * *", "tap-a target-b"))

    written = run_generator(tmp_path, document)
    assert written.returncode == 0, written.stderr
    assert "hourly-el" in written.stdout
    assert json.loads((tmp_path / "schedules.json").read_text()) == {**document, "practices": []}
    assert run_generator(tmp_path, document, "--check").returncode == 0

    changed = schedule_list(job_schedule("hourly-el", "@daily", "0 0 * * *", "tap-a target-b"))
    stale = run_generator(tmp_path, changed, "--check")
    assert stale.returncode == 1
    assert "out of date" in stale.stdout


def test_the_generator_lists_each_practices_nightly_job(tmp_path: Path) -> None:
    document = schedule_list(job_schedule("nightly", "0 21 * * *", "0 21 * * *", "tap-a target-b"))
    jobs = [
        {"job_name": name, "tasks": [f"tap-opendental--{name[9:]} target-postgres--{name[9:]}"]}
        # Meltano may list an included file's job twice.
        for name in ("nightly--south", "nightly--north", "nightly--north")
    ] + [
        {"job_name": "nightly", "tasks": ["tap-a target-b"]},
        {"job_name": "warehouse--north", "tasks": ["tap-opendental--north target-postgres--north"]},
    ]

    written = run_generator(tmp_path, document, jobs=jobs)

    assert written.returncode == 0, written.stderr
    assert "practices: main, north, south" in written.stdout
    path = tmp_path / "schedules.json"
    assert [practice["id"] for practice in json.loads(path.read_text())["practices"]] == [
        "north",
        "south",
    ]
    assert load_practices(path) == [
        Practice("north", "nightly--north", ("tap-opendental--north target-postgres--north",)),
        Practice("south", "nightly--south", ("tap-opendental--south target-postgres--south",)),
    ]
    # A practice added or removed leaves the file out of date.
    assert run_generator(tmp_path, document, "--check", jobs=jobs[1:]).returncode == 1


def test_the_generator_refuses_schedules_without_a_job(tmp_path: Path) -> None:
    document = schedule_list(elt=[{"name": "legacy", "extractor": "tap-a", "loader": "target-b"}])

    result = run_generator(tmp_path, document)

    assert result.returncode != 0
    assert "legacy" in result.stderr
    assert "give each a job" in result.stderr
    assert not (tmp_path / "schedules.json").exists()


def test_the_committed_schedules_are_read_as_meltano_lists_them() -> None:
    schedules = {schedule.name: schedule for schedule in load_schedules()}

    nightly = schedules["nightly"]
    assert (nightly.interval, nightly.job) == ("0 21 * * *", "nightly")
    assert nightly.steps() == [
        Hop("tap-opendental", "target-mysql-replica"),
        Hop("tap-opendental--replica", "target-postgres"),
        Command("dbt", "build"),
        Command("dbt", "source-freshness"),
    ]
    assert schedules["schema-analysis"].steps() == [Command("schema-analyzer", "analyze")]
    # No practice besides the project's own is committed: a single practice.
    assert load_practices() == []


def test_a_schedule_keeps_its_environment_and_manual_schedules_are_known(tmp_path: Path) -> None:
    path = tmp_path / "schedules.json"
    path.write_text(
        json.dumps(
            schedule_list(
                job_schedule("night", "0 3 * * *", "0 3 * * *", "tap-a target-b", DEPTH="2"),
                job_schedule("by-hand", "@manual", None, "dbt:run"),
                job_schedule("first", "@once", None, ["tap-a", "target-b"]),
            )
        )
    )

    night, by_hand, first = load_schedules(path)

    assert dict(night.env) == {"DEPTH": "2"}
    assert not night.manual
    assert (by_hand.interval, by_hand.manual) == ("@manual", True)
    assert first.interval == "@once"
    assert first.tasks == ("tap-a target-b",)


def test_a_missing_or_foreign_file_says_how_to_regenerate_it(tmp_path: Path) -> None:
    with pytest.raises(ScheduleError, match="airflow:generate-dags"):
        load_schedules(tmp_path / "missing.json")
    foreign = tmp_path / "schedules.json"
    foreign.write_text('{"jobs": []}')
    with pytest.raises(ScheduleError, match="not a Meltano schedule list"):
        load_schedules(foreign)


def test_a_task_reads_as_hops_and_commands() -> None:
    assert parse_task("tap-a target-b tap-a--x target-c dbt:build dbt:test") == [
        Hop("tap-a", "target-b"),
        Hop("tap-a--x", "target-c"),
        Command("dbt", "build"),
        Command("dbt", "test"),
    ]
    assert Command("schema-analyzer", "analyze").task_id == "schema_analyzer_analyze"


@pytest.mark.parametrize(
    ("task", "problem"),
    [
        ("tap-a dbt:build", "tap-a must be followed by a target"),
        ("tap-a", "tap-a must be followed by a target"),
        ("tap-a map-x target-b", "tap-a must be followed by a target"),
        ("dbt", "'dbt' is not a tap, a target or a plugin command"),
    ],
)
def test_a_task_the_dags_cannot_run_is_refused(task: str, problem: str) -> None:
    with pytest.raises(ScheduleError, match=problem):
        parse_task(task)
