"""Building blocks the DAGs share: DAG arguments, Meltano tasks, the run's states, notification."""

from __future__ import annotations

import datetime
import os
import subprocess
import typing as t
from pathlib import Path
from zoneinfo import ZoneInfo

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import CronTriggerTimetable, TriggerRule, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException

from opendental_airflow.outcome import run_outcome
from opendental_airflow.runs import meltano_run_id, path_safe, run_directory
from opendental_airflow.schedules import Schedule
from opendental_airflow.settings import StageLimits, practice_timezone, project_root, runs_dir

#: The shell that opens every Meltano task: the run's directory (``run_dir``) and strict mode.
_PRELUDE = (
    "set -euo pipefail\n"
    'export OPENDENTAL_RUN_DIR="${OPENDENTAL_RUNS_DIR:-logs/airflow}/{{ dag.dag_id }}/'
    '{{ run_id | path_safe }}"\n'
    'mkdir -p "$OPENDENTAL_RUN_DIR"\n'
)
#: What every Meltano command of a task runs with. Info, whatever the worker's environment
#: says: at debug level the loaders log every batch of records, and Meltano keeps every
#: run's log (one debug run can fill a disk).
_MELTANO_ENV = {"MELTANO_CLI_LOG_LEVEL": "info"}


def timetable(schedule: Schedule, zone: str) -> CronTriggerTimetable | str | None:
    """When Airflow runs the schedule: its cron expression in ``zone``, once, or on demand."""
    if schedule.manual:
        return None
    if schedule.interval == "@once":
        return "@once"
    return CronTriggerTimetable(schedule.interval, timezone=zone)


def dag_arguments(schedule: Schedule, limits: StageLimits, doc_md: str) -> dict[str, t.Any]:
    """What every DAG built from a schedule shares.

    The schedule's cron expression is read in the practice's time zone (``OPENDENTAL_TIMEZONE``),
    whatever Airflow's default zone. No catch-up of missed runs, one run at a time, and the
    retries and timeouts of ``limits``.
    """
    zone = practice_timezone()
    return {
        "dag_id": schedule.name,
        "schedule": timetable(schedule, zone),
        "start_date": datetime.datetime(2025, 1, 1, tzinfo=ZoneInfo(zone)),
        "catchup": False,
        "max_active_runs": 1,
        "tags": ["opendental", "meltano", f"job:{schedule.job}"],
        "default_args": limits.default_args(),
        "user_defined_filters": {"path_safe": path_safe, "meltano_run_id": meltano_run_id},
        "doc_md": doc_md,
    }


def meltano_task(
    task_id: str, command: str, env: t.Mapping[str, str] | None = None, **kwargs: t.Any
) -> BashOperator:
    """A task running a shell command (built with ``settings.meltano``) in the project.

    The command sees the worker's environment, the schedule's ``env``, ``OPENDENTAL_RUN_DIR``
    (the run's directory, created), ``MELTANO_RUN_ID``, which ``meltano run`` records its runs
    under (the same for every task of a run), and Meltano's log level pinned to info.
    """
    return BashOperator(
        task_id=task_id,
        bash_command=_PRELUDE + command,
        cwd=str(project_root()),
        env={
            **(env or {}),
            **_MELTANO_ENV,
            "MELTANO_RUN_ID": "{{ dag.dag_id | meltano_run_id(run_id) }}",
        },
        append_env=True,
        **kwargs,
    )


def run_dir() -> Path:
    """The current run's directory (``OPENDENTAL_RUN_DIR`` of its shell tasks), created."""
    ti = get_current_context()["ti"]
    path = run_directory(runs_dir(), ti.dag_id, ti.run_id)
    if not path.is_absolute():
        path = project_root() / path
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_states() -> dict[str, str | None]:
    """The state of every task of the current run, by task id."""
    ti = get_current_context()["ti"]
    states = ti.get_task_states(dag_id=ti.dag_id, run_ids=[ti.run_id])
    return dict(states.get(ti.run_id, {}))


def call_meltano(*args: str, env: t.Mapping[str, str] | None = None) -> int:
    """Run ``meltano`` in the project from a Python task; its output goes to the task log.

    Args:
        args: Meltano's arguments.
        env: Variables on top of the worker's environment (the schedule's ``env``).

    Returns:
        Meltano's exit code.
    """
    executable = os.environ.get("MELTANO_EXECUTABLE") or "meltano"
    result = subprocess.run(  # noqa: PLW1510 - the caller decides what a failure means
        [executable, *args],
        cwd=project_root(),
        env={**os.environ, **(env or {}), **_MELTANO_ENV},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    print(result.stdout)
    return result.returncode


def alert_on_failure(env: t.Mapping[str, str] | None = None) -> t.Callable[[t.Any], None]:
    """An ``on_failure_callback`` that alerts once through ``ops:notify`` when a task fails.

    Airflow calls it after the task's last attempt (a retry calls ``on_retry_callback``
    instead), so a task that recovers on a retry alerts nobody. For DAGs without a notify
    task of their own (a schedule of any other job).

    Args:
        env: The schedule's environment variables, for ``ops:notify``.
    """

    def callback(context: t.Any) -> None:
        ti = context["ti"]
        line = f"{ti.dag_id} FAILED at {ti.task_id} (run {ti.run_id})"
        if context.get("exception"):
            line += f": {context['exception']}"
        call_meltano("invoke", "ops:notify", "--status", "failure", "--message", line, env=env)

    return callback


def notify_task(
    task_id: str = "notify",
    *,
    summary_task_id: str | None = None,
    always: bool = False,
    env: t.Mapping[str, str] | None = None,
) -> t.Any:
    """The last task of a DAG: one message with the run's outcome, then the run's final state.

    It runs whatever happened before (trigger rule ``all_done``) and calls ``ops:notify`` once,
    which alerts every apprise URL of ``OPS_NOTIFY_URLS`` (or the former ``OPS_WEBHOOK_URL``,
    ``OPS_SMTP_*``) when the run failed, with the run report of ``<run dir>/report/latest``
    when there is one. It then fails itself when the run failed, so the run ends failed. A
    message that could not be sent is retried; a sent one is never sent again.

    Args:
        task_id: The task's id.
        summary_task_id: A task whose return value (a line of text) the message carries.
        always: Send a message on success too.
        env: The schedule's environment variables, for ``ops:notify``.
    """

    @task(task_id=task_id, trigger_rule=TriggerRule.ALL_DONE)
    def notify() -> str:
        ti = get_current_context()["ti"]
        outcome = run_outcome(run_states(), exclude={ti.task_id})
        line = outcome.describe(ti.dag_id, ti.run_id)
        summary = ti.xcom_pull(task_ids=summary_task_id) if summary_task_id else None
        if summary:
            line += f"; {summary}"
        print(line)
        args = ["invoke", "ops:notify", "--status", outcome.status, "--message", line]
        report = run_dir() / "report" / "latest"
        if (report / "report.json").is_file():
            args += ["--report", str(report)]
        if always:
            args.append("--always")
        code = call_meltano(*args, env=env)
        if code != 0:
            raise RuntimeError(f"ops:notify exited with {code}: the message was not sent")
        if not outcome.ok:
            raise AirflowFailException(line)
        return line

    return notify()
