"""The DAGs as Airflow loads them: no import errors, the nightly phases, tiers, limits.

Airflow parses ``orchestrate/airflow/dags`` in the plugin's virtualenv, with no metadata
database and no meltano to call, and the tests read what it built.
"""

from __future__ import annotations

import itertools
import json
import re
import shlex
import shutil
import typing as t
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT_ROOT
from tests.orchestrate.conftest import DAGS_FOLDER, describe_dags

PHASES = ["validate", "extract_load", "verify", "report", "transform", "notify"]
TIERS = ["large", "medium", "small", "tiny"]


def ancestors(tasks: dict[str, t.Any], task_id: str) -> set[str]:
    found: set[str] = set()
    pending = list(tasks[task_id]["upstream"])
    while pending:
        current = pending.pop()
        if current not in found:
            found.add(current)
            pending.extend(tasks[current]["upstream"])
    return found


def meltano_args(command: str) -> list[str]:
    """The arguments of the (last) meltano command of a task's shell script."""
    line = next(line for line in reversed(command.splitlines()) if "MELTANO_EXECUTABLE" in line)
    return shlex.split(re.sub(r"{%.*?%}", "", line))[1:]


def plugins_of(task: dict[str, t.Any]) -> set[str]:
    args = meltano_args(task["bash_command"])
    return {arg for arg in args if arg.startswith(("tap-", "target-"))}


@pytest.fixture(scope="module")
def nightly(dags: dict[str, t.Any]) -> dict[str, t.Any]:
    return dags["dags"]["nightly"]


def test_every_schedule_has_a_dag_that_loads_without_errors(dags: dict[str, t.Any]) -> None:
    schedules = json.loads((DAGS_FOLDER / "schedules.json").read_text())["schedules"]["job"]

    assert dags["import_errors"] == {}
    assert set(dags["dags"]) == {schedule["name"] for schedule in schedules}


@pytest.mark.parametrize(
    ("dag_id", "cron"), [("nightly", "0 21 * * *"), ("schema-analysis", "0 2 * * 0")]
)
def test_dags_run_on_their_schedule_one_at_a_time_without_catchup(
    dags: dict[str, t.Any], dag_id: str, cron: str
) -> None:
    dag = dags["dags"][dag_id]

    assert dag["timetable"] == "CronTriggerTimetable"
    assert dag["expression"] == cron
    # Read in the practice's zone: the nightly run starts at 21:00 there, summer and winter.
    assert dag["timezone"] == "America/Chicago"
    assert dag["catchup"] is False
    assert dag["max_active_runs"] == 1
    assert {"opendental", "meltano"} <= set(dag["tags"])


def test_nightly_runs_its_phases_in_order(nightly: dict[str, t.Any]) -> None:
    tasks = nightly["tasks"]
    phases = {phase: [task for task in tasks if task.startswith(f"{phase}.")] for phase in PHASES}

    assert sorted(itertools.chain(*phases.values())) == sorted(tasks)
    for earlier, later in itertools.pairwise(PHASES):
        assert phases[earlier], earlier
        for task in phases[later]:
            assert set(phases[earlier]) <= ancestors(tasks, task), (earlier, task)


def test_validation_checks_the_catalog_the_connections_and_schema_drift(
    nightly: dict[str, t.Any],
) -> None:
    tasks = nightly["tasks"]
    commands = {
        task_id: meltano_args(task["bash_command"])
        for task_id, task in tasks.items()
        if task_id.startswith("validate.") and task["bash_command"]
    }

    assert commands["validate.validate_config"][:2] == ["invoke", "ops:validate-config"]
    assert commands["validate.test_connections"] == ["invoke", "ops:test-connections"]
    drift = commands["validate.schema_drift"]
    assert drift[:2] == ["invoke", "tap-opendental:analyze"]
    assert drift[-2:] == ["--fail-on", "critical"]
    # The guard comes first: nothing touches the practice when it refuses.
    assert tasks["validate.office_hours_guard"]["upstream"] == []
    for task_id in tasks:
        if task_id.startswith("validate.") and task_id != "validate.office_hours_guard":
            assert "validate.office_hours_guard" in ancestors(tasks, task_id)


def test_each_tier_extracts_and_loads_through_its_own_plugin_instances(
    nightly: dict[str, t.Any],
) -> None:
    tasks = nightly["tasks"]
    project = yaml.safe_load((PROJECT_ROOT / "meltano.yml").read_text())
    plugins = {
        plugin["name"]: plugin
        for kind in ("extractors", "loaders")
        for plugin in project["plugins"][kind]
    }

    assert sorted(t for t in tasks if t.startswith("extract_load.")) == sorted(
        f"extract_load.{hop}_{tier}" for hop in ("extract", "load") for tier in TIERS
    )
    for tier in TIERS:
        extract = meltano_args(tasks[f"extract_load.extract_{tier}"]["bash_command"])
        load = meltano_args(tasks[f"extract_load.load_{tier}"]["bash_command"])
        assert extract[0] == load[0] == "run"
        extractor, loader = extract[-2:]
        replica_extractor, warehouse_loader = load[-2:]
        # Instances of the nightly job's plugins, reading only their tier's tables.
        assert (extractor, replica_extractor) == (
            f"tap-opendental--{tier}",
            f"tap-opendental--replica--{tier}",
        )
        assert plugins[extractor]["inherit_from"] == "tap-opendental"
        assert plugins[replica_extractor]["inherit_from"] == "tap-opendental--replica"
        assert plugins[extractor]["config"]["size_tiers"] == [tier]
        assert plugins[replica_extractor]["config"]["size_tiers"] == [tier]
        for instance, parent in (
            (loader, "target-mysql-replica"),
            (warehouse_loader, "target-postgres"),
        ):
            assert instance == parent or plugins[instance]["inherit_from"] == parent
        # A tier loads into the warehouse once it is in the replica.
        assert f"extract_load.extract_{tier}" in tasks[f"extract_load.load_{tier}"]["upstream"]


def test_large_tables_run_beside_the_rest_which_run_in_sequence(
    nightly: dict[str, t.Any],
) -> None:
    tasks = nightly["tasks"]
    group = [task for task in tasks if task.startswith("extract_load.")]

    for hop in ("extract", "load"):
        for earlier, later in itertools.pairwise(["medium", "small", "tiny"]):
            assert f"extract_load.{hop}_{earlier}" in ancestors(
                tasks, f"extract_load.{hop}_{later}"
            )
    large = {"extract_load.extract_large", "extract_load.load_large"}
    for task in set(group) - large:
        related = ancestors(tasks, task) | {t for t in group if task in ancestors(tasks, t)}
        assert not related & large, task
    # Tasks that may run at the same time never share a plugin (Meltano's run files).
    for first, second in itertools.combinations(group, 2):
        if first not in ancestors(tasks, second) and second not in ancestors(tasks, first):
            assert not plugins_of(tasks[first]) & plugins_of(tasks[second]), (first, second)


def test_dbt_builds_only_when_the_load_succeeded_and_the_run_always_reports(
    nightly: dict[str, t.Any],
) -> None:
    tasks = nightly["tasks"]

    assert meltano_args(tasks["transform.dbt_build"]["bash_command"]) == ["run", "dbt:build"]
    assert tasks["transform.dbt_build"]["upstream"] == ["transform.load_succeeded"]
    # Freshness after the build: a stale practice warns, only error_after fails the run.
    assert meltano_args(tasks["transform.dbt_source_freshness"]["bash_command"]) == [
        "run",
        "dbt:source-freshness",
    ]
    assert tasks["transform.dbt_source_freshness"]["upstream"] == ["transform.dbt_build"]
    assert tasks["transform.load_succeeded"]["operator"] == "_ShortCircuitDecoratedOperator"
    for task_id in ("report.run_report", "transform.load_succeeded", "notify.send"):
        assert tasks[task_id]["trigger_rule"] == "all_done", task_id
    assert meltano_args(tasks["verify.verify_loads"]["bash_command"])[:2] == [
        "invoke",
        "ops:verify",
    ]


def test_every_meltano_task_of_a_run_shares_its_run_id_and_logs_at_info(
    dags: dict[str, t.Any],
) -> None:
    for dag in dags["dags"].values():
        for task_id, task in dag["tasks"].items():
            if task["operator"] == "BashOperator":
                assert task["env"]["MELTANO_RUN_ID"] == (
                    "{{ dag.dag_id | meltano_run_id(run_id) }}"
                ), task_id
                assert task["env"]["MELTANO_CLI_LOG_LEVEL"] == "info", task_id


def test_stage_timeouts_and_retries_default_to_the_original_pipelines(
    nightly: dict[str, t.Any],
) -> None:
    tasks = nightly["tasks"]

    for tier in TIERS:
        assert tasks[f"extract_load.extract_{tier}"]["execution_timeout"] == 30 * 60
        assert tasks[f"extract_load.load_{tier}"]["execution_timeout"] == 45 * 60
    assert tasks["transform.dbt_build"]["execution_timeout"] == 60 * 60
    for task_id, task in tasks.items():
        if task_id != "validate.office_hours_guard":
            assert (task["retries"], task["retry_delay"]) == (3, 5 * 60), task_id
    # A refusal is an answer, not an accident: it is not retried.
    assert tasks["validate.office_hours_guard"]["retries"] == 0


def test_stage_timeouts_and_retries_are_configurable(
    airflow_installed: Path, tmp_path: Path
) -> None:
    tasks = describe_dags(
        tmp_path,
        OPS_EXTRACT_TIMEOUT_MINUTES="7",
        OPS_LOAD_TIMEOUT_MINUTES="8",
        OPS_TRANSFORM_TIMEOUT_MINUTES="9",
        OPS_RETRIES="1",
        OPS_RETRY_DELAY_MINUTES="2",
    )["dags"]["nightly"]["tasks"]

    assert tasks["extract_load.extract_medium"]["execution_timeout"] == 7 * 60
    assert tasks["extract_load.load_large"]["execution_timeout"] == 8 * 60
    assert tasks["transform.dbt_build"]["execution_timeout"] == 9 * 60
    assert (
        tasks["verify.verify_loads"]["retries"],
        tasks["verify.verify_loads"]["retry_delay"],
    ) == (
        1,
        2 * 60,
    )


def test_a_setting_that_cannot_be_used_is_an_import_error_naming_it(
    airflow_installed: Path, tmp_path: Path
) -> None:
    described = describe_dags(tmp_path, OPS_RETRIES="three")

    assert described["dags"] == {}
    [error] = described["import_errors"].values()
    assert "OPS_RETRIES must be a number, not 'three'" in error


def test_the_nightly_dag_takes_force_and_full_refresh_parameters(
    nightly: dict[str, t.Any],
) -> None:
    assert nightly["params"] == {
        "force": False,
        "force_full_refresh": False,
        "full_refresh_tables": [],
    }
    command = nightly["tasks"]["extract_load.extract_large"]["bash_command"]
    assert "--full-refresh" in command
    assert "TAP_OPENDENTAL_FULL_REFRESH_TABLES" in command


def test_schema_analysis_reanalyses_then_reports_the_changes(dags: dict[str, t.Any]) -> None:
    tasks = dags["dags"]["schema-analysis"]["tasks"]

    assert meltano_args(tasks["validate_source"]["bash_command"]) == [
        "invoke",
        "ops:test-connections",
    ]
    assert meltano_args(tasks["analyze_schema"]["bash_command"]) == ["run", "schema-analysis"]
    assert tasks["analyze_schema"]["execution_timeout"] == 30 * 60
    assert tasks["analyze_schema"]["upstream"] == ["validate_source"]
    assert tasks["review_changes"]["upstream"] == ["analyze_schema"]
    assert tasks["notify"]["upstream"] == ["review_changes"]
    assert tasks["notify"]["trigger_rule"] == "all_done"


def test_other_schedules_get_a_dag_running_their_job(
    airflow_installed: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "dags"
    shutil.copytree(DAGS_FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__"))
    document = json.loads((folder / "schedules.json").read_text())
    document["schedules"]["job"] += [
        {
            "name": name,
            "interval": interval,
            "cron_interval": cron,
            "env": {"DBT_TARGET": "ci"},
            "job": {"name": job, "tasks": ["tap-opendental target-postgres"]},
        }
        for name, interval, cron, job in [
            ("hourly-el", "@hourly", "0 * * * *", "el"),
            ("by-hand", "@manual", None, "warehouse"),
            ("first-load", "@once", None, "el"),
        ]
    ]
    (folder / "schedules.json").write_text(json.dumps(document))

    described = describe_dags(tmp_path, folder)

    assert described["import_errors"] == {}
    hourly, by_hand, first = (
        described["dags"][name] for name in ("hourly-el", "by-hand", "first-load")
    )
    assert (hourly["timetable"], hourly["expression"]) == ("CronTriggerTimetable", "0 * * * *")
    assert by_hand["timetable"] == "NullTimetable"
    assert first["timetable"] == "OnceTimetable"
    [(task_id, task)] = hourly["tasks"].items()
    assert task_id == "run_job"
    assert meltano_args(task["bash_command"]) == ["run", "el"]
    assert task["env"]["DBT_TARGET"] == "ci"
    assert task["execution_timeout"] == (30 + 45 + 60) * 60
    # Its last failed attempt alerts (ops:notify); the retries before it do not.
    assert task["on_failure_callback"]
    assert (task["retries"], task["retry_delay"]) == (3, 300)
    assert (hourly["catchup"], hourly["max_active_runs"]) == (False, 1)


def with_practices(folder: Path, *practice_ids: str) -> None:
    """A copy of the DAGs whose schedules.json lists these practices, as the generator does."""
    shutil.copytree(DAGS_FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__"))
    document = json.loads((folder / "schedules.json").read_text())
    document["practices"] = [
        {
            "id": practice_id,
            "job": {
                "name": f"nightly--{practice_id}",
                "tasks": [
                    f"tap-opendental--{practice_id} target-mysql-replica--{practice_id}",
                    f"tap-opendental--replica--{practice_id} target-postgres--{practice_id}",
                ],
            },
        }
        for practice_id in practice_ids
    ]
    (folder / "schedules.json").write_text(json.dumps(document))


@pytest.fixture(scope="module")
def group_nightly(airflow_installed: Path, tmp_path_factory: pytest.TempPathFactory) -> t.Any:
    """The nightly DAG of a group: the project's own practice, north and south."""
    home = tmp_path_factory.mktemp("group")
    with_practices(home / "dags", "north", "south")
    described = describe_dags(home, home / "dags")
    assert described["import_errors"] == {}
    return described["dags"]["nightly"]


def test_a_single_practice_has_no_practice_groups(nightly: dict[str, t.Any]) -> None:
    assert not [task for task in nightly["tasks"] if task.startswith("practices.")]


def test_each_practice_loads_in_a_task_group_of_its_own_beside_the_others(
    nightly: dict[str, t.Any], group_nightly: dict[str, t.Any]
) -> None:
    tasks = group_nightly["tasks"]
    groups = {
        practice_id: sorted(task for task in tasks if task.startswith(f"practices.{practice_id}."))
        for practice_id in ("north", "south")
    }

    # The project's own practice keeps every task it had, wired the same way among themselves.
    assert set(tasks) - {task for group in groups.values() for task in group} == set(
        nightly["tasks"]
    )
    for task_id, task in nightly["tasks"].items():
        if task_id != "report.run_report":
            assert tasks[task_id]["upstream"] == task["upstream"], task_id
    for practice_id, group in groups.items():
        extract, load = f"practices.{practice_id}.extract", f"practices.{practice_id}.load"
        verify = f"practices.{practice_id}.verify"
        assert group == [extract, load, verify]
        assert meltano_args(tasks[extract]["bash_command"])[-2:] == [
            f"tap-opendental--{practice_id}",
            f"target-mysql-replica--{practice_id}",
        ]
        assert meltano_args(tasks[load]["bash_command"])[-2:] == [
            f"tap-opendental--replica--{practice_id}",
            f"target-postgres--{practice_id}",
        ]
        assert "--full-refresh" in tasks[extract]["bash_command"]
        assert (tasks[extract]["execution_timeout"], tasks[load]["execution_timeout"]) == (
            30 * 60,
            45 * 60,
        )
        assert meltano_args(tasks[verify]["bash_command"])[:4] == [
            "invoke",
            "ops:verify",
            "--practice",
            practice_id,
        ]
        # Only the business-hours guard comes before a practice; the report waits for it.
        assert ancestors(tasks, verify) == {extract, load, "validate.office_hours_guard"}
        assert {extract, load, verify} <= ancestors(tasks, "report.run_report")

    # Nothing of one practice waits for another's, and no two such tasks share a plugin.
    loads = [task for task in tasks if task.startswith(("practices.", "extract_load."))]
    for first, second in itertools.combinations(loads, 2):
        if first not in ancestors(tasks, second) and second not in ancestors(tasks, first):
            assert not plugins_of(tasks[first]) & plugins_of(tasks[second]), (first, second)
    for practice_id, group in groups.items():
        others = set(loads) - set(group)
        for task in group:
            related = ancestors(tasks, task) | {t for t in loads if task in ancestors(tasks, t)}
            assert not related & others, (practice_id, task)


def test_a_practice_job_with_dbt_is_an_import_error_naming_it(
    airflow_installed: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "dags"
    with_practices(folder, "north")
    document = json.loads((folder / "schedules.json").read_text())
    document["practices"][0]["job"]["tasks"].append("dbt:build")
    (folder / "schedules.json").write_text(json.dumps(document))

    described = describe_dags(tmp_path, folder)

    [error] = described["import_errors"].values()
    assert "job 'nightly--north': a practice's nightly job runs one or two" in error
