"""The nightly DAG: the ``nightly`` job's hops by size tier, between validation and dbt.

Six phases of the project's own practice (``main``), one task group each, in order:

1. ``validate``: the business-hours guard, the configuration (``ops:validate-config``: the
   catalog's freshness, the settings, meltano.yml), the connections to the source, the replica
   and the warehouse, and a quick schema drift check of the source;
2. ``extract_load``: each hop of the job (``extract``: the practice into the replica; ``load``:
   the replica into raw) once per size tier, through the tier's plugin instances
   (``tap-opendental--large`` ...), each with its own tables and state. The large tier runs
   beside the others, with loader instances of its own; medium, small and tiny run one after
   another, and a tier loads as soon as it is extracted;
3. ``verify``: ``ops:verify`` compares source, replica and raw table by table;
4. ``report``: ``ops:report`` writes the run report to the run's directory, whatever happened
   before;
5. ``transform``: ``dbt:build``, only when every load and the verification succeeded;
6. ``notify``: one message with the outcome (an alert when the run failed); the run fails here
   when any task failed.

In a group of practices, each further practice (``schedules.json``'s ``practices``) has a task
group of its own in ``practices``, ``practices.<id>``, which runs its ``nightly--<id>`` job's
two hops (``extract``: its source into its replica; ``load``: its replica into its raw schema)
as soon as the business-hours guard lets the night start, beside the project's own practice and
the other practices, then ``verify`` (``ops:verify --practice <id>``). No practice waits for
another, so one that fails stops no other: the report waits for them all, dbt builds when at
least one practice loaded (each when its loads and its verification succeeded), and the run
still ends failed, with an alert, when any practice failed.

Parameters: ``force`` (go past the business-hours guard), ``force_full_refresh`` (ignore every
bookmark) and ``full_refresh_tables`` (ignore only these tables' bookmarks).
"""

from __future__ import annotations

import datetime
import shlex
import typing as t

from airflow.sdk import DAG, Param, TaskGroup, TriggerRule, chain, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from opendental_airflow.office_hours import OfficeHours, refusal
from opendental_airflow.outcome import MAIN_PRACTICE, any_ran, loaded_practices
from opendental_airflow.runs import meltano_run_id
from opendental_airflow.schedules import Command, Hop, Practice, Schedule, ScheduleError
from opendental_airflow.settings import StageLimits, meltano
from opendental_airflow.tasks import (
    call_meltano,
    dag_arguments,
    meltano_task,
    notify_task,
    run_dir,
    run_states,
)

PHASES = ("validate", "extract_load", "verify", "report", "transform", "notify")
#: Size tiers, biggest first (as ``tap_opendental.analyze.size_tier`` assigns them).
TIERS = ("large", "medium", "small", "tiny")
#: Tiers that run beside the others; each needs loader instances of its own (``<loader>--large``).
PARALLEL_TIERS = ("large",)
#: The hops' names, by position in the job: the first one reads the live practice.
HOP_NAMES = ("extract", "load")
#: The phases of the project's own practice that must all succeed for it to count as loaded.
LOAD_PHASES = ("extract_load", "verify")
#: The task group that holds one task group per further practice of the group.
PRACTICES = "practices"

PARAMS = {
    "force": Param(
        False,
        type="boolean",
        title="Read the practice during office hours",
        description="Go past the business-hours guard (OPENDENTAL_OFFICE_HOURS).",
    ),
    "force_full_refresh": Param(
        False,
        type="boolean",
        title="Full refresh",
        description="Ignore every bookmark and reload all tables in full.",
    ),
    "full_refresh_tables": Param(
        [],
        type="array",
        items={"type": "string", "pattern": "^[A-Za-z0-9_]+$"},
        title="Tables to reload in full",
        description="Ignore the bookmarks of these tables only, for this run.",
    ),
}

#: Shell that hands the run's parameters to ``meltano run``.
_FULL_REFRESH_TABLES = (
    "{% if params.full_refresh_tables %}"
    "export TAP_OPENDENTAL_FULL_REFRESH_TABLES='{{ params.full_refresh_tables | tojson }}'\n"
    "{% endif %}"
)
_FULL_REFRESH_FLAG = "{{ '--full-refresh' if params.force_full_refresh else '' }}"


def hop_command(extractor: str, loader: str) -> str:
    """``meltano run`` of one hop, with the run's full-refresh parameters.

    ``--force`` lets a retry start although Meltano may still record the killed attempt as
    running: only this task runs this pair (one run at a time, one plugin instance per tier).
    """
    return (
        _FULL_REFRESH_TABLES
        + meltano("run", "--force")
        + f" {_FULL_REFRESH_FLAG} "
        + shlex.join([extractor, loader])
    )


def split_job(schedule: Schedule) -> tuple[list[Hop], list[Command]]:
    """The job's hops and the commands after them.

    Raises:
        ScheduleError: When the job is not one or two hops followed by commands.
    """
    steps = schedule.steps()
    hops = [step for step in steps if isinstance(step, Hop)]
    if not 1 <= len(hops) <= len(HOP_NAMES) or steps[: len(hops)] != hops:
        raise ScheduleError(
            f"job {schedule.job!r}: the nightly DAG runs one or two extractor/loader pairs "
            "followed by plugin commands"
        )
    return hops, [step for step in steps if isinstance(step, Command)]


def practice_hops(practice: Practice) -> list[Hop]:
    """The hops of a practice's nightly job.

    Raises:
        ScheduleError: When the job is not one or two hops alone (dbt builds once, for all).
    """
    steps = practice.steps()
    if not 1 <= len(steps) <= len(HOP_NAMES) or not all(isinstance(s, Hop) for s in steps):
        raise ScheduleError(
            f"job {practice.job!r}: a practice's nightly job runs one or two extractor/loader "
            "pairs and nothing else (dbt builds once, after every practice)"
        )
    return t.cast("list[Hop]", steps)


@task(retries=0)
def office_hours_guard() -> str:
    """Refuse to read the live practice during office hours, unless the run is forced."""
    hours = OfficeHours.from_environment()
    forced = bool(get_current_context()["params"]["force"])
    reason = refusal(hours, datetime.datetime.now(datetime.timezone.utc), forced=forced)
    if reason:
        raise AirflowFailException(reason)
    if hours is None:
        return "the business-hours guard is off"
    return f"office hours {hours.describe()}" + (": forced" if forced else ": closed now")


def _validate(schedule: Schedule) -> t.Any:
    config = meltano_task(
        "validate_config",
        meltano("invoke", "ops:validate-config", "--job", schedule.job),
        env=schedule.env,
        doc_md="The catalog (present, loadable, fresh), the settings and meltano.yml.",
    )
    connections = meltano_task(
        "test_connections",
        meltano("invoke", "ops:test-connections"),
        env=schedule.env,
        doc_md="Connect to the source, the replica and the warehouse (one line each).",
    )
    # A fresh analysis of the source into the run directory, compared with the catalog:
    # a CRITICAL change (a table or column gone, a type changed) stops the run.
    schema_drift = meltano_task(
        "schema_drift",
        'drift="$OPENDENTAL_RUN_DIR/schema_drift"\n'
        'mkdir -p "$drift"\n'
        'cp "${TAP_OPENDENTAL_CATALOG_PATH:-extract/tables.yml}" "$drift/tables.yml"\n'
        + meltano("invoke", "tap-opendental:analyze")
        + ' --output "$drift/tables.yml" --report-dir "$drift" --backup-dir "$drift"'
        + " --fail-on critical",
        env=schedule.env,
        doc_md="Compare the source's schema with the catalog; fail on CRITICAL changes.",
    )
    guard = office_hours_guard()
    guard >> [config, connections]
    connections >> schema_drift
    return guard


def _practice(schedule: Schedule, practice: Practice, limits: StageLimits) -> None:
    timeouts = {"extract": limits.extract, "load": limits.load}
    chain(
        *(
            meltano_task(
                name,
                hop_command(hop.extractor, hop.loader),
                env=schedule.env,
                execution_timeout=timeouts[name],
                doc_md=f"Practice {practice.id}: {hop.extractor} -> {hop.loader}.",
            )
            for name, hop in zip(HOP_NAMES, practice_hops(practice), strict=False)
        ),
        meltano_task(
            "verify",
            meltano("invoke", "ops:verify", "--practice", practice.id)
            + f' --json "$OPENDENTAL_RUN_DIR/verify--{practice.id}.json"',
            env=schedule.env,
            doc_md=f"Practice {practice.id}: row counts and key sums of every table in its "
            "source, replica and raw schema.",
        ),
    )


def _extract_load(schedule: Schedule, hops: list[Hop], limits: StageLimits) -> None:
    timeouts = {"extract": limits.extract, "load": limits.load}
    previous: dict[str, t.Any] = {}
    for tier in TIERS:
        tier_tasks = [
            meltano_task(
                f"{name}_{tier}",
                hop_command(
                    f"{hop.extractor}--{tier}",
                    f"{hop.loader}--{tier}" if tier in PARALLEL_TIERS else hop.loader,
                ),
                env=schedule.env,
                execution_timeout=timeouts[name],
                doc_md=f"{hop.extractor} -> {hop.loader}: the tables of the {tier} tier.",
            )
            for name, hop in zip(HOP_NAMES, hops, strict=False)
        ]
        chain(*tier_tasks)
        if tier in PARALLEL_TIERS:
            continue
        for name, current in zip(HOP_NAMES, tier_tasks, strict=False):
            if name in previous:
                previous[name] >> current
            previous[name] = current


@task(trigger_rule=TriggerRule.ALL_DONE)
def run_report(job: str, env: dict[str, str]) -> str:
    """Write the run report (JSON, text, HTML) into the run's directory, whatever the outcome.

    Skipped when no extract-load task ran (validation stopped the run): there is nothing to
    report, and the notification says why.
    """
    if not any_ran(run_states(), ["extract_load", PRACTICES]):
        raise AirflowSkipException("no extract-load task ran: nothing to report")
    ti = get_current_context()["ti"]
    directory = run_dir()
    code = call_meltano(
        "invoke",
        "ops:report",
        "--job",
        job,
        "--run-id",
        meltano_run_id(ti.dag_id, ti.run_id),
        "--verification",
        str(directory / "verify.json"),
        "--output-dir",
        str(directory / "report"),
        env=env,
    )
    if code != 0:
        raise RuntimeError(f"ops:report exited with {code}")
    return str(directory / "report" / "latest" / "report.html")


@task.short_circuit(trigger_rule=TriggerRule.ALL_DONE, ignore_downstream_trigger_rules=False)
def load_succeeded(practice_ids: list[str]) -> bool:
    """Let dbt build when at least one practice loaded (the only one, in a single practice).

    A practice that failed keeps what its raw schema held (the previous night's rows and any the
    failed run committed); the run still fails at ``notify`` and alerts.
    """
    loaded = loaded_practices(run_states(), practice_ids, main_groups=LOAD_PHASES, group=PRACTICES)
    failed = [p for p in [MAIN_PRACTICE, *practice_ids] if p not in loaded]
    if not practice_ids:
        print(
            "the loads are verified: building the models" if loaded else "the load failed: no build"
        )
    elif loaded:
        print(
            f"loaded: {', '.join(loaded)}; building the models"
            + (f" (not loaded: {', '.join(failed)})" if failed else "")
        )
    else:
        print("no practice loaded: no build")
    return bool(loaded)


def build(schedule: Schedule, limits: StageLimits, practices: t.Sequence[Practice] = ()) -> DAG:
    """The nightly DAG of a schedule whose job has the nightly job's shape.

    Args:
        schedule: The schedule of the project's own nightly job.
        limits: The stage timeouts and retries.
        practices: The group's further practices, each loaded by its ``nightly--<id>`` job.
    """
    hops, commands = split_job(schedule)
    practice_ids = [practice.id for practice in practices]
    with DAG(**dag_arguments(schedule, limits, __doc__), params=PARAMS) as dag:
        with TaskGroup("validate") as validate:
            guard = _validate(schedule)
        if practices:
            with TaskGroup(PRACTICES) as further:
                for practice in practices:
                    with TaskGroup(practice.id):
                        _practice(schedule, practice, limits)
        with TaskGroup("extract_load") as extract_load:
            _extract_load(schedule, hops, limits)
        with TaskGroup("verify") as verify:
            meltano_task(
                "verify_loads",
                meltano("invoke", "ops:verify") + ' --json "$OPENDENTAL_RUN_DIR/verify.json"',
                env=schedule.env,
                doc_md="Row counts and key sums of every table in source, replica and raw.",
            )
        with TaskGroup("report") as report:
            run_report(schedule.job, dict(schedule.env))
        with TaskGroup("transform") as transform:
            builds = [
                meltano_task(
                    command.task_id,
                    meltano("run", command.name),
                    env=schedule.env,
                    execution_timeout=limits.transform,
                )
                for command in commands
            ]
            chain(load_succeeded(practice_ids), *builds)
        with TaskGroup("notify") as notify:
            notify_task("send", env=schedule.env)
        chain(validate, extract_load, verify, report, transform, notify)
        if practices:
            # Beside the project's own practice: only the guard comes before, only the report
            # (which waits for every practice, whatever happened) after.
            guard >> further >> report
    return dag
