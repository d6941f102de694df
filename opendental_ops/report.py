"""The run report: what the last nightly run did, table by table, and whether it all held.

It gathers, for one run of a job (by default the most recent):

- each extract-load pair's run record from Meltano's system database (state, start, end) and
  the figures its tables' syncs left in the pair's state (``run_figures``): rows read and
  loaded per table, seconds, keys sent to retire deleted rows, the error of a table that
  failed;
- the verification written by ``ops:verify --json`` (source, replica and raw compared);
- dbt's ``run_results.json`` (the build's models and tests).

In a group of practices, the run of ``nightly`` also holds each further practice's
``nightly--<id>`` (under the same run ID, else started during the run): ``practices`` has one
entry per practice, the project's own (``main``) first, with its pairs, tables, rows, duration,
status and problems. The top-level pairs, tables and totals stay the project's own practice's.

A part that did not run, a table that failed, a verification difference or a failed dbt node
makes the run a failure, in any practice; results older than the run are reported as stale,
not judged.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import typing as t
from pathlib import Path

from opendental_ops import meltano, practices, run_figures
from opendental_ops.practices import MAIN_PRACTICE
from opendental_ops.report_html import render_html
from opendental_ops.report_text import render_text
from opendental_ops.settings import environment_name, project_root, redact, report_dir

#: dbt statuses that fail a run.
_DBT_FAILED = ("error", "fail", "runtime error")
#: Files written per report.
FILES = ("report.json", "report.txt", "report.html")


class ReportError(RuntimeError):
    """There is nothing to report on; the message says why."""


def _iso(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _utc(timestamp: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(timestamp, tz=datetime.timezone.utc)


def pick_runs(
    project: meltano.ProjectFile,
    hops: list[meltano.Hop],
    runs: list[meltano.Run],
    run_id: str | None = None,
) -> list[list[meltano.Run]]:
    """Find each pair's run records in one run of the job.

    A pair's runs include those of plugin instances inheriting from its plugins (one per size
    tier in the Airflow DAG): each instance is a part of the pair, with the latest attempt of
    each part kept. The run is the given run ID, else the first pair's latest run. A part belongs
    to it when it ran under the same run ID (``meltano run nightly``, the Airflow
    DAG), or else started after the first pair and before the first pair's next run.

    Returns:
        Per pair, its parts' run records (none when it did not run).

    Raises:
        ReportError: If there is no such run.
    """
    environment = environment_name()
    pair_of = {run.state_id: project.hop_of(run.state_id, hops, environment) for run in runs}
    first = [run for run in runs if pair_of[run.state_id] == hops[0]]
    if run_id:
        anchors = [run for run in runs if run.run_id == run_id]
        if not anchors:
            msg = f"run {run_id} is not among Meltano's last {len(runs)} runs"
            raise ReportError(msg)
    else:
        anchors = [run for run in first if run.run_id == first[0].run_id] if first else []
        if not anchors:
            msg = f"no run of {hops[0].state_id()} in Meltano's records (MELTANO_DATABASE_URI)"
            raise ReportError(msg)
    anchor = min(anchors, key=lambda run: run.started_at or _utc(0))
    start = anchor.started_at or _utc(0)
    later = [run.started_at for run in first if run.started_at and run.run_id != anchor.run_id]
    end = min((when for when in later if when > start), default=None)
    picked = []
    for hop in hops:
        mine = [run for run in runs if pair_of[run.state_id] == hop]
        same = [run for run in mine if run.run_id == anchor.run_id]
        window = [
            run
            for run in mine
            if run.started_at and run.started_at >= start and (end is None or run.started_at < end)
        ]
        latest: dict[str, meltano.Run] = {}
        for run in same or window:
            kept = latest.get(run.state_id)
            if kept is None or (run.started_at or start) > (kept.started_at or start):
                latest[run.state_id] = run
        picked.append(sorted(latest.values(), key=lambda run: run.started_at or start))
    return picked


def verification_summary(path: Path, since: datetime.datetime | None) -> dict[str, t.Any] | None:
    """Summarise ``ops:verify --json`` output; None when the file does not exist."""
    if not path.is_file():
        return None
    checks = json.loads(path.read_text(encoding="utf-8"))
    written = _utc(path.stat().st_mtime)
    differ = [
        {"table": check["table"], "problems": [redact(p) for p in check.get("problems", [])]}
        for check in checks
        if not check.get("ok")
    ]
    return {
        "path": str(path),
        "written_at": written.isoformat(),
        "current": since is None or written >= since,
        "tables": len(checks),
        "agree": len(checks) - len(differ),
        "differ": differ,
        "ok": not differ,
    }


def dbt_summary(path: Path, since: datetime.datetime | None) -> dict[str, t.Any] | None:
    """Summarise dbt's ``run_results.json``; None when the file does not exist."""
    if not path.is_file():
        return None
    document = json.loads(path.read_text(encoding="utf-8"))
    generated = document.get("metadata", {}).get("generated_at")
    when = datetime.datetime.fromisoformat(generated.replace("Z", "+00:00")) if generated else None
    counts: dict[str, int] = {}
    failures = []
    for result in document.get("results", []):
        status = str(result.get("status"))
        counts[status] = counts.get(status, 0) + 1
        if status in _DBT_FAILED:
            failures.append(
                {
                    "node": result.get("unique_id"),
                    "status": status,
                    "message": redact(str(result.get("message") or ""))[:500],
                }
            )
    return {
        "path": str(path),
        "generated_at": generated,
        "current": since is None or (when is not None and when >= since),
        "command": (document.get("args") or {}).get("which"),
        "elapsed_seconds": document.get("elapsed_time"),
        "nodes": sum(counts.values()),
        "counts": counts,
        "failures": failures,
        "ok": not failures,
    }


def _part_entry(record: meltano.Run, part: run_figures.HopRun) -> dict[str, t.Any]:
    return {
        "state_id": record.state_id,
        "run_id": record.run_id,
        "state": record.state,
        "started_at": _iso(record.started_at),
        "ended_at": _iso(record.ended_at),
        "duration_seconds": record.duration_seconds,
        "rows_extracted": part.rows_extracted,
        "rows_loaded": part.rows_loaded,
        "keys_sent": part.keys_sent,
        "errors": part.errors,
        "tables": {name: table.as_dict() for name, table in part.tables.items()},
    }


def _span(entries: list[dict[str, t.Any]]) -> tuple[str | None, str | None, float | None]:
    """The first start, the last end and the seconds between, of parts or pairs."""
    started = min((entry["started_at"] for entry in entries if entry["started_at"]), default=None)
    ended = max((entry["ended_at"] for entry in entries if entry["ended_at"]), default=None)
    seconds = None
    if started and ended:
        seconds = (
            datetime.datetime.fromisoformat(ended) - datetime.datetime.fromisoformat(started)
        ).total_seconds()
    return started, ended, seconds


def _differences(verification: dict[str, t.Any]) -> str:
    """The problem line of a verification whose tables differ."""
    tables = ", ".join(d["table"] for d in verification["differ"])
    return f"verification: {len(verification['differ'])} tables differ ({tables})"


def _total(values: t.Iterable[int | None]) -> int | None:
    """The sum of the known values; None when none is known."""
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def _hop_entry(hop: meltano.Hop, parts: list[dict[str, t.Any]]) -> dict[str, t.Any]:
    """One pair of the job, its parts (plugin instances) added up."""
    states = [part["state"] for part in parts]
    started, ended, seconds = _span(parts)
    tables: dict[str, dict[str, t.Any]] = {}
    for part in parts:
        tables.update(part["tables"])
    return {
        "state_id": hop.state_id(),
        "extractor": hop.extractor,
        "loader": hop.loader,
        "run_id": next((part["run_id"] for part in parts if part["run_id"]), None),
        "state": next((s for s in states if s != "SUCCESS"), "SUCCESS") if parts else "NOT RUN",
        "started_at": started,
        "ended_at": ended,
        "duration_seconds": seconds,
        "rows_extracted": _total(part["rows_extracted"] for part in parts),
        "rows_loaded": _total(part["rows_loaded"] for part in parts),
        "keys_sent": _total(part["keys_sent"] for part in parts),
        "errors": [error for part in parts for error in part["errors"]],
        "tables": tables,
        "parts": [{k: v for k, v in part.items() if k != "tables"} for part in parts],
    }


def _tables(hops: list[dict[str, t.Any]]) -> list[dict[str, t.Any]]:
    names = list(dict.fromkeys(name for hop in hops for name in hop["tables"]))
    rows = []
    for name in names:
        parts = {hop["state_id"]: hop["tables"][name] for hop in hops if name in hop["tables"]}
        first = hops[0]["tables"].get(name)
        last = hops[-1]["tables"].get(name)
        seconds = sum(part["seconds"] for part in parts.values())
        extracted = first["rows_extracted"] if first else None
        statuses = [part["status"] for part in parts.values()]
        rows.append(
            {
                "table": name,
                "status": next((s for s in statuses if s != "succeeded"), "succeeded"),
                "rows_extracted": extracted,
                "rows_loaded": last["rows_loaded"] if last else None,
                "keys_sent": first["keys_sent"] if first else 0,
                "seconds": round(seconds, 3),
                "rows_per_second": round(extracted / seconds, 1) if extracted and seconds else None,
                "hops": parts,
            }
        )
    return rows


def _load_problems(
    hops: list[dict[str, t.Any]], tables: list[dict[str, t.Any]]
) -> tuple[list[str], list[str]]:
    """What went wrong in the pairs and tables of one practice, and what is missing."""
    problems: list[str] = []
    warnings: list[str] = []
    for hop in hops:
        if hop["state"] == "NOT RUN":
            problems.append(f"{hop['state_id']} did not run")
        elif hop["state"] != "SUCCESS":
            why = hop["errors"][-1] if hop["errors"] else ""
            problems.append(f"{hop['state_id']} {hop['state']}" + (f": {why}" if why else ""))
    for table in tables:
        if table["status"] in ("failed", "interrupted"):
            problems.append(f"table {table['table']} {table['status']}")
    return problems, warnings


def _problems(report: dict[str, t.Any]) -> tuple[list[str], list[str]]:
    problems, warnings = _load_problems(report["hops"], report["tables"])
    for practice in report["practices"][1:]:
        problems += [f"practice {practice['id']}: {p}" for p in practice["problems"]]
        warnings += [f"practice {practice['id']}: {w}" for w in practice["warnings"]]
    for key, label in (("verification", "verification"), ("dbt", "dbt")):
        part = report[key]
        if part is None:
            warnings.append(f"no {label} results found")
        elif not part["current"]:
            warnings.append(f"{label} results are older than the run ({part['path']})")
        elif not part["ok"] and key == "verification":
            problems.append(_differences(part))
        elif not part["ok"]:
            nodes = ", ".join(f["node"] for f in part["failures"][:5])
            problems.append(f"dbt: {len(part['failures'])} nodes failed ({nodes})")
    return problems, warnings


def build(
    job: str = "nightly",
    *,
    run_id: str | None = None,
    verification: Path | None = None,
    dbt_results: Path | None = None,
) -> dict[str, t.Any]:
    """Gather the report of one run.

    Args:
        job: The job the run ran.
        run_id: The run to report on; by default the job's latest.
        verification: ``ops:verify --json`` output.
        dbt_results: dbt's ``run_results.json``.

    Raises:
        ReportError: If there is no run to report on.
    """
    project = meltano.ProjectFile()
    hops = project.hops(job)
    if not hops:
        msg = f"job {job!r} has no extract-load pair"
        raise ReportError(msg)
    others = practices.practice_jobs(job, project.jobs())
    runs = meltano.runs()
    states: dict[str, dict[str, dict[str, t.Any]]] = {}

    def bookmarks(state_id: str) -> dict[str, dict[str, t.Any]]:
        if state_id not in states:
            states[state_id] = run_figures.bookmarks_of(meltano.state(state_id))
        return states[state_id]

    def entries(job_hops: list[meltano.Hop], run: str | None) -> list[dict[str, t.Any]]:
        return [
            _hop_entry(
                hop,
                [
                    _part_entry(record, run_figures.hop_run(record, bookmarks(record.state_id)))
                    for record in records
                ],
            )
            for hop, records in zip(job_hops, pick_runs(project, job_hops, runs, run), strict=True)
        ]

    hop_entries = entries(hops, run_id)
    # The further practices' runs of the same night: under its run ID, else during it.
    main_run = run_id or next((hop["run_id"] for hop in hop_entries if hop["run_id"]), None)
    groups = {
        practice_id: entries(project.hops(f"{job}--{practice_id}"), main_run)
        for practice_id in others
    }
    return assemble(job, hop_entries, verification, dbt_results, further=groups)


def practice_entry(
    practice_id: str,
    job: str,
    hop_entries: list[dict[str, t.Any]],
    verification: Path | None = None,
) -> dict[str, t.Any]:
    """One practice's part of the run: its pairs and tables, rows, duration, status, problems.

    ``verification`` is the practice's own ``ops:verify --practice <id> --json`` output, if
    any: its differences, when written during the run, are the practice's problems.
    """
    tables = _tables(hop_entries)
    problems, warnings = _load_problems(hop_entries, tables)
    started, ended, seconds = _span(hop_entries)
    since = datetime.datetime.fromisoformat(started) if started else None
    checked = verification_summary(verification, since) if verification else None
    if checked and checked["current"] and not checked["ok"]:
        problems.append(_differences(checked))
    not_run = all(hop["state"] == "NOT RUN" for hop in hop_entries)
    return {
        "id": practice_id,
        "job": job,
        "status": "not run" if not_run else ("failure" if problems else "success"),
        "started_at": started,
        "ended_at": ended,
        "duration_seconds": seconds,
        "totals": {
            "tables": len(tables),
            "rows_extracted": hop_entries[0]["rows_extracted"],
            "rows_loaded": hop_entries[-1]["rows_loaded"],
        },
        "problems": problems,
        "warnings": warnings,
        "verification": checked,
        "hops": hop_entries,
        "tables": tables,
    }


def practice_verification_path(verification: Path, practice_id: str) -> Path:
    """A practice's verification beside the project's: ``verify.json`` -> ``verify--<id>.json``."""
    return verification.with_name(f"{verification.stem}--{practice_id}{verification.suffix}")


def assemble(
    job: str,
    hop_entries: list[dict[str, t.Any]],
    verification: Path | None,
    dbt_results: Path | None,
    further: dict[str, list[dict[str, t.Any]]] | None = None,
) -> dict[str, t.Any]:
    """Put the pairs, the verification and dbt's results together, and judge the run.

    Args:
        job: The job of the project's own practice.
        hop_entries: Its pairs.
        verification: ``ops:verify --json`` output.
        dbt_results: dbt's ``run_results.json``.
        further: The further practices' pairs, by practice id (their job is ``<job>--<id>``).
    """
    first, last, _ = _span(hop_entries)
    started = datetime.datetime.fromisoformat(first) if first else None
    ended = datetime.datetime.fromisoformat(last) if last else None
    verification = verification or default_verification_path()
    dbt_results = dbt_results or default_dbt_results_path()
    dbt = dbt_summary(dbt_results, started)
    if dbt and dbt["current"] and dbt["generated_at"]:
        generated = datetime.datetime.fromisoformat(dbt["generated_at"].replace("Z", "+00:00"))
        ended = max(ended, generated) if ended else generated
    tables = _tables(hop_entries)
    extracted = _total(hop["rows_extracted"] for hop in hop_entries)
    hop_seconds = sum(hop["duration_seconds"] or 0 for hop in hop_entries)
    report: dict[str, t.Any] = {
        "report_version": 1,
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "environment": environment_name(),
        "job": job,
        "run_id": next((hop["run_id"] for hop in hop_entries if hop["run_id"]), None),
        "started_at": _iso(started),
        "ended_at": _iso(ended),
        "duration_seconds": (ended - started).total_seconds() if started and ended else None,
        "totals": {
            "tables": len(tables),
            "rows_extracted": hop_entries[0]["rows_extracted"],
            "rows_loaded": hop_entries[-1]["rows_loaded"],
            "rows_moved": extracted,
            "rows_per_second": round(extracted / hop_seconds, 1)
            if extracted and hop_seconds
            else None,
        },
        "hops": hop_entries,
        "tables": tables,
        "practices": [
            practice_entry(MAIN_PRACTICE, job, hop_entries, verification),
            *(
                practice_entry(
                    practice_id,
                    f"{job}--{practice_id}",
                    entries,
                    practice_verification_path(verification, practice_id),
                )
                for practice_id, entries in (further or {}).items()
            ),
        ],
        "verification": verification_summary(verification, started),
        "dbt": dbt,
    }
    report["problems"], report["warnings"] = _problems(report)
    report["status"] = "failure" if report["problems"] else "success"
    return report


def default_verification_path() -> Path:
    """Where the nightly run keeps ``ops:verify --json`` output: the report directory."""
    return report_dir() / "verification.json"


def default_dbt_results_path() -> Path:
    """Where dbt writes ``run_results.json`` (``DBT_TARGET_PATH``, else ``transform/target``)."""
    target = os.environ.get("DBT_TARGET_PATH")
    base = Path(target) if target else project_root() / "transform" / "target"
    if not base.is_absolute():
        base = project_root() / "transform" / base
    return base / "run_results.json"


def write(report: dict[str, t.Any], directory: Path) -> Path:
    """Write ``report.json``, ``report.txt`` and ``report.html`` for the run, and ``latest/``.

    The run's files go to ``<directory>/<run start, UTC>/``, so reporting on the same run
    again replaces them; ``latest/`` gets a copy unless it already holds a later run.

    Returns:
        The run's report directory.
    """
    started = report["started_at"]
    stamp = (
        datetime.datetime.fromisoformat(started)
        .astimezone(datetime.timezone.utc)
        .strftime("%Y%m%dT%H%M%SZ")
        if started
        else "unknown"
    )
    target = directory / stamp
    target.mkdir(parents=True, exist_ok=True)
    (target / "report.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    (target / "report.txt").write_text(render_text(report), encoding="utf-8")
    (target / "report.html").write_text(render_html(report), encoding="utf-8")
    latest = directory / "latest"
    previous = latest / "report.json"
    newer = True
    if previous.is_file():
        earlier = json.loads(previous.read_text(encoding="utf-8")).get("started_at")
        newer = not earlier or not started or started >= earlier
    if newer:
        latest.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            shutil.copyfile(target / name, latest / name)
    return target
