"""Run a job stage by stage, each with its timeout, retrying a failed stage.

Meltano runs a job's blocks in one ``meltano run``, with one timeout for all of it and no
retries. This runs the same blocks as stages, each its own ``meltano run --timeout``:

- ``extract``: the first extract-load pair (the source into the replica);
- ``load``: the pairs after it (the replica into the warehouse);
- ``transform``: the commands (``dbt:build``).

A stage that fails or times out is run again after ``OPS_RETRY_DELAY_MINUTES``, at most
``OPS_RETRIES`` times; it resumes from the bookmarks the failed attempt saved. Every stage runs
under one run ID, so Meltano's records and ``ops:report`` see one run.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import time
import typing as t
import uuid

from opendental_ops import meltano
from opendental_ops.settings import StageLimits, project_root

#: Seconds a stage may overrun its timeout (Meltano stops it gracefully) before it is killed.
GRACE_SECONDS = 300
STAGES = ("extract", "load", "transform")
#: How the wait between attempts is made (a test counts the waits instead).
_sleep = time.sleep


@dataclasses.dataclass
class Stage:
    """One stage: its name, the blocks it runs, its timeout."""

    name: str
    blocks: list[str]
    timeout_minutes: float


@dataclasses.dataclass
class StageResult:
    """How a stage went."""

    stage: str
    ok: bool
    attempts: int
    seconds: float
    returncode: int


def stages(job: str, limits: StageLimits) -> list[Stage]:
    """Split a job's blocks into the extract, load and transform stages."""
    found: dict[str, list[str]] = {name: [] for name in STAGES}
    pairs = 0
    for block in meltano.ProjectFile().blocks(job):
        if block.hop is None:
            found["transform"] += block.names
        else:
            found["extract" if pairs == 0 else "load"] += block.names
            pairs += 1
    return [
        Stage(name, blocks, limits.timeout_minutes(name))
        for name, blocks in found.items()
        if blocks
    ]


def stage_command(stage: Stage, run_id: str, *, full_refresh: bool = False) -> list[str]:
    """The ``meltano run`` command of one stage."""
    command = [meltano.executable(), "run", "--run-id", run_id]
    command += ["--timeout", str(max(int(stage.timeout_minutes * 60), 1))]
    if full_refresh and stage.name != "transform":
        command.append("--full-refresh")
    return [*command, *stage.blocks]


def table_environment(
    extractor: str, tables: list[str] | None, *, full_refresh: bool
) -> dict[str, str]:
    """Environment that limits a run to some tables (and reloads them in full with ``force``).

    Meltano reads the extractor's ``select_filter`` extra and its ``full_refresh_tables``
    setting from these variables; the extractors inheriting from it read them too.
    """
    if not tables:
        return {}
    prefix = extractor.upper().replace("-", "_")
    env = {f"{prefix}__SELECT_FILTER": json.dumps(tables)}
    if full_refresh:
        env[f"{prefix}_FULL_REFRESH_TABLES"] = json.dumps(tables)
    return env


def _attempt(command: list[str], env: dict[str, str], timeout_minutes: float) -> int:
    process = subprocess.Popen(command, cwd=project_root(), env=env, start_new_session=True)
    try:
        return process.wait(timeout=timeout_minutes * 60 + GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        # Meltano did not stop at its own timeout: stop it and the plugins it started.
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return -signal.SIGKILL


def run_stage(
    stage: Stage,
    run_id: str,
    limits: StageLimits,
    *,
    env: dict[str, str],
    full_refresh: bool = False,
    say: t.Callable[[str], None] = print,
) -> StageResult:
    """Run one stage, trying again after a failure as the limits allow."""
    command = stage_command(stage, run_id, full_refresh=full_refresh)
    attempts = limits.retries + 1
    started = time.monotonic()
    returncode = 0
    for attempt in range(1, attempts + 1):
        say(f"{stage.name}: attempt {attempt} of {attempts}: meltano {' '.join(command[1:])}")
        returncode = _attempt(command, env, stage.timeout_minutes)
        if returncode == 0:
            seconds = time.monotonic() - started
            say(f"{stage.name}: ok in {seconds:.1f} s")
            return StageResult(stage.name, True, attempt, seconds, 0)
        if attempt < attempts:
            say(
                f"{stage.name}: failed (exit {returncode}); next attempt in "
                f"{limits.retry_delay_minutes:g} min"
            )
            _sleep(limits.retry_delay_minutes * 60)
    seconds = time.monotonic() - started
    say(f"{stage.name}: FAILED after {attempts} attempts (exit {returncode})")
    return StageResult(stage.name, False, attempts, seconds, returncode)


def run(
    job: str,
    limits: StageLimits,
    *,
    only: list[str] | None = None,
    tables: list[str] | None = None,
    force: bool = False,
    run_id: str | None = None,
    say: t.Callable[[str], None] = print,
) -> list[StageResult]:
    """Run the job's stages in order, stopping at the first that fails for good.

    Args:
        job: The Meltano job.
        limits: Timeouts and retries.
        only: Run only these stages.
        tables: Run only these tables (the job's extractors' select filter).
        force: Reload in full (all tables, or the given ones).
        run_id: The run ID to record the stages under (a new one by default).
        say: Where progress lines go.
    """
    planned = [stage for stage in stages(job, limits) if not only or stage.name in only]
    run_id = run_id or str(uuid.uuid4())
    env = dict(os.environ)
    hops = meltano.ProjectFile().hops(job)
    if hops:
        env.update(table_environment(hops[0].extractor, tables, full_refresh=force))
    say(f"run {run_id}: {', '.join(stage.name for stage in planned)}")
    results = []
    for stage in planned:
        result = run_stage(
            stage, run_id, limits, env=env, full_refresh=force and not tables, say=say
        )
        results.append(result)
        if not result.ok:
            break
    return results
