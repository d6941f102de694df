"""What each ``opendental-ops`` command does and prints; ``cli`` wires them to their options.

Every handler takes the parsed options and returns the exit code: 0 when all is well, 1 when
the command found a problem (a failed connection, a difference, a failed stage, an alert not
delivered), 2 when it could not do its work (reported on stderr by ``cli``).
"""

from __future__ import annotations

import concurrent.futures
import datetime
import json
import os
import typing as t
from pathlib import Path

from opendental_ops import config, dryrun, meltano, notify, practices, report, status
from opendental_ops.connections import ConnectionFailed, pipeline_databases
from opendental_ops.report_text import columns, render_text
from opendental_ops.settings import (
    AlertSettings,
    catalog_path,
    environment_name,
    report_dir,
)
from opendental_ops.verify import verify
from tap_opendental.tables import TableSpec, load_tables

if t.TYPE_CHECKING:
    import argparse

    from opendental_ops.connections import Database


class UsageError(ValueError):
    """The options do not make sense together; the message says why."""


def _tables(names: list[str] | None) -> dict[str, TableSpec]:
    tables = load_tables(catalog_path())
    if not names:
        return tables
    unknown = sorted(set(names) - set(tables))
    if unknown:
        msg = f"not in tables.yml: {', '.join(unknown)}"
        raise UsageError(msg)
    return {name: tables[name] for name in names}


def _practice_tables(practice_id: str, names: list[str] | None) -> dict[str, TableSpec]:
    """A further practice's catalog (its ``tables.yml``), or these tables of it; empty if none."""
    configured = os.environ.get(f"{practices.env_prefix(practice_id)}_CATALOG_PATH")
    path = (
        Path(configured) if configured else practices.practices_dir() / practice_id / "tables.yml"
    )
    tables = load_tables(path) if path.is_file() else {}
    return {name: spec for name, spec in tables.items() if not names or name in names}


def _practice_jobs(job: str) -> list[tuple[str, str]]:
    """Each practice and its variant of ``job``: the project's own first, then the others."""
    others = practices.practice_jobs(job, meltano.ProjectFile().jobs())
    return [(practices.MAIN_PRACTICE, job), *((pid, f"{job}--{pid}") for pid in others)]


def _when(value: datetime.datetime | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _print_json(document: t.Any) -> None:
    print(json.dumps(document, indent=2, default=str))


def copied_columns(spec: TableSpec, practice: str = practices.MAIN_PRACTICE) -> list[str]:
    """The columns the tap copies: all but the sensitive ones not opted in."""
    setting = "TAP_OPENDENTAL_INCLUDE_SENSITIVE_COLUMNS"
    if practice != practices.MAIN_PRACTICE:
        # The practice's instance inherits the project's value unless it sets its own.
        setting = f"{practices.env_prefix(practice)}_INCLUDE_SENSITIVE_COLUMNS"
    value = os.environ.get(setting) or os.environ.get("TAP_OPENDENTAL_INCLUDE_SENSITIVE_COLUMNS")
    return spec.copied_columns(json.loads(value or "[]"))


def check_connections(args: argparse.Namespace) -> int:
    """Connect to each configured database of a practice and print one line for each."""
    failed = False
    for role, database in pipeline_databases(practices.check_exists(args.practice)).items():
        if not database.configured:
            print(
                f"{role:<10} not configured ({database.prefix}_HOST / {database.prefix}_DATABASE)"
            )
            continue
        try:
            database.connect().close()
        except ConnectionFailed as exc:
            if role == "replica" and "Unknown database" in str(exc):
                # target-mysql-replica creates its database on the first load.
                try:
                    database.connect(server_only=True).close()
                except ConnectionFailed as server_exc:
                    exc = server_exc
                else:
                    print(f"{role:<10} ok      {database.describe()} (created by the first load)")
                    continue
            failed = True
            print(f"{role:<10} FAILED  {exc}")
        else:
            print(f"{role:<10} ok      {database.kind} {database.describe()}")
    return 1 if failed else 0


def _verified_tables(practice: str, names: list[str] | None) -> dict[str, TableSpec]:
    if practice == practices.MAIN_PRACTICE:
        return _tables(names)
    tables = _practice_tables(practice, names)
    if not tables and not names:
        msg = (
            f"practice {practice!r} has no tables.yml yet "
            f"(`meltano invoke tap-opendental--{practice}:analyze` writes it)"
        )
        raise UsageError(msg)
    if unknown := sorted(set(names or ()) - set(tables)):
        msg = f"not in practice {practice!r}'s tables.yml: {', '.join(unknown)}"
        raise UsageError(msg)
    return tables


def _loaded_databases(practice: str) -> dict[str, Database]:
    """The practice's databases, less a replica database no load has created."""
    databases = pipeline_databases(practice)
    replica = databases["replica"]
    if replica.configured:
        try:
            replica.connect().close()
        except ConnectionFailed as exc:
            if "Unknown database" not in str(exc):
                raise
            print(f"replica {replica.database} does not exist yet: source and raw compared only\n")
            del databases["replica"]
    return databases


def verify_loads(args: argparse.Namespace) -> int:
    """Compare source, replica and raw; print a line per table; exit 1 on any difference."""
    practice = practices.check_exists(args.practice)
    tables = _verified_tables(practice, args.tables)
    columns = {name: copied_columns(spec, practice) for name, spec in tables.items()}
    raw_schema = practices.raw_schema(practice)
    databases = _loaded_databases(practice)
    checks = verify(tables, columns, databases, raw_schema=raw_schema, deep=args.deep)
    stores = (
        [store for store in ("source", "replica", "raw") if store in checks[0].figures]
        if checks
        else []
    )
    print(f"{'table':<30}" + "".join(f"{store:>14}" for store in stores) + "  result")
    for check in checks:
        counts = "".join(
            f"{check.figures[s].get('rows', '-'):>14,}" if check.figures[s] else f"{'missing':>14}"
            for s in stores
        )
        print(f"{check.table:<30}{counts}  {'ok' if check.ok else '; '.join(check.problems)}")
    differing = [check.table for check in checks if not check.ok]
    print(
        f"\n{len(checks) - len(differing)} of {len(checks)} tables agree"
        + (f"; differ: {', '.join(differing)}" if differing else "")
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                [
                    {"table": c.table, "ok": c.ok, "problems": c.problems, "figures": c.figures}
                    for c in checks
                ],
                indent=2,
                default=str,
            )
        )
    return 1 if differing else 0


def _groups(
    job: str, state_ids: list[str] | None, known: t.Iterable[str]
) -> list[tuple[str, meltano.Hop | None, list[str]]]:
    """Each pair to show: its state ID, its plugins and its parts' state IDs.

    Args:
        job: The job whose pairs are shown.
        state_ids: Show these state IDs instead, each on its own.
        known: The state IDs Meltano holds bookmarks or runs under.
    """
    project = meltano.ProjectFile()
    hops = project.hops(job)
    if state_ids:
        return [(state_id, project.hop_of(state_id, hops), [state_id]) for state_id in state_ids]
    environment = environment_name()
    groups = []
    for hop in hops:
        parts = sorted(s for s in set(known) if project.hop_of(s, hops, environment) == hop)
        groups.append((hop.state_id(), hop, parts or [hop.state_id()]))
    return groups


def show_status(args: argparse.Namespace) -> int:
    """Print the last run of every table, per extract-load pair, per practice of the group."""
    tables = _tables(args.tables)
    # In a group, each further practice's variant of the job (nightly--<id>) too.
    jobs = [(None, args.job)] if args.state_id else _practice_jobs(args.job)
    # Each Meltano command takes a second to start: ask them all at once.
    with concurrent.futures.ThreadPoolExecutor() as pool:
        runs_asked = pool.submit(meltano.runs)
        ids = pool.submit(meltano.state_ids)
        runs = runs_asked.result()
        known = {*ids.result(), *(r.state_id for r in runs)}
        groups = [
            (practice_id, *group)
            for practice_id, job in jobs
            for group in _groups(job, args.state_id, known)
        ]
        parts = {part for *_, group in groups for part in group}
        states = {part: pool.submit(meltano.state, part) for part in parts}
    bookmarks = {part: state.result().get("bookmarks") or {} for part, state in states.items()}
    found = [
        (
            practice_id,
            status.hop_status(
                state_id,
                hop,
                tables
                if practice_id in (None, practices.MAIN_PRACTICE)
                else _practice_tables(practice_id, args.tables),
                [run for run in runs if run.state_id in group],
                {part: bookmarks[part] for part in group},
                others=not args.tables,
            ),
        )
        for practice_id, state_id, hop, group in groups
    ]
    if args.json:
        _print_json(
            [
                {"practice": practice_id, **hop.as_dict()} if practice_id else hop.as_dict()
                for practice_id, hop in found
            ]
        )
        return 0
    several = len(jobs) > 1
    shown = None
    for practice_id, hop in found:
        if several and practice_id != shown:
            job = dict(jobs)[practice_id]
            print(f"== practice {practice_id} ({job}) ==\n")
            shown = practice_id
        _print_hop_status(hop)
    return 0


def _print_hop_status(hop: status.HopStatus) -> None:
    title = f"{hop.hop.extractor} -> {hop.hop.loader}" if hop.hop else hop.state_id
    print(f"{title}  ({hop.state_id})")
    if not hop.last_runs:
        print("  no run recorded\n")
        return
    for last in hop.last_runs:
        took = f"{last.duration_seconds:.1f} s" if last.duration_seconds is not None else "running"
        part = f" of {last.state_id}" if len(hop.last_runs) > 1 else ""
        print(
            f"  last run{part} {_when(last.started_at)} UTC, {last.state}, {took} "
            f"(run {last.run_id})"
        )
    for error in hop.errors[-3:]:
        print(f"    {error}")
    several = len(hop.last_runs) > 1
    rows = []
    for row in hop.tables:
        value = row.bookmark.get("replication_key_value")
        figures = row.figures
        synced = None
        if figures:
            synced = figures.finished_at or (row.run.started_at if row.run else None)
        cells = [
            row.table,
            row.replication_method or "-",
            f"{row.bookmark.get('replication_key')} = {value}" if value is not None else "-",
            _when(synced) if figures else "never",
            f"{figures.rows_extracted:,}" if figures else "-",
            f"{figures.seconds:.1f}" if figures else "-",
            row.result,
        ]
        rows.append([*cells, row.part or "-"] if several else cells)
    headers = ["table", "method", "bookmark", "last synced (UTC)", "rows", "seconds", "result"]
    if several:
        headers.append("state ID")
    for line in columns(headers, rows, right=(4, 5)):
        print(f"  {line}")
    print()


def _sources(job: str, extractor: str | None, state_id: str | None) -> list[dryrun.Source]:
    """The extractor instances that could read the tables next, with settings and bookmarks."""
    project = meltano.ProjectFile()
    hops = project.hops(job)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        runs = pool.submit(meltano.runs)
        if state_id:
            pair = project.pair(state_id)
            parts = [(state_id, extractor or (pair[0] if pair else hops[0].extractor))]
        else:
            wanted = extractor or hops[0].extractor
            hop = next((hop for hop in hops if hop.extractor == wanted), None)
            if hop is None:
                msg = f"job {job} has no pair reading {wanted}: give --state-id"
                raise UsageError(msg)
            environment = environment_name()
            known = {*meltano.state_ids(), *(run.state_id for run in runs.result())}
            parts = [
                (part, project.pair(part)[0])
                for part in sorted(known)
                if project.hop_of(part, hops, environment) == hop
            ] or [(hop.state_id(), hop.extractor)]
        asked = [
            (
                part,
                name,
                pool.submit(meltano.plugin_config, name),
                pool.submit(meltano.plugin_config, name, extras=True),
                pool.submit(meltano.state, part),
            )
            for part, name in parts
        ]
        last_runs: dict[str, t.Any] = {}
        for run in runs.result():
            last_runs.setdefault(run.state_id, run.started_at)
    return [
        dryrun.Source(
            part,
            name,
            config.result(),
            extras.result(),
            state.result().get("bookmarks") or {},
            last_runs.get(part),
        )
        for part, name, config, extras, state in asked
    ]


def plan_tables(
    job: str,
    *,
    extractor: str | None = None,
    state_id: str | None = None,
    shown: list[str] | None = None,
    full_refresh: bool = False,
    as_json: bool = False,
) -> list[dryrun.TablePlan]:
    """Plan the tables as the next run would read them, and print the plan.

    Args:
        job: The job whose extractor and bookmarks apply.
        extractor: The extractor whose settings apply (default: the job's first).
        state_id: The bookmarks to start from (default: those of the extractor's pair in the
            job, or of its instances that read each table last).
        shown: Print only these tables.
        full_refresh: As ``meltano run --full-refresh`` would.
        as_json: Print JSON.
    """
    sources = _sources(job, extractor, state_id)
    # The extractor's own catalog: a practice of a group reads its own tables.yml.
    catalog = sources[0].config.get("catalog_path")
    specs = load_tables(Path(catalog)) if catalog else _tables(None)
    plans = dryrun.plan(specs, sources, full_refresh=full_refresh)
    if shown:
        plans = [plan for plan in plans if plan.table in shown]
    if as_json:
        _print_json({"tables": [p.as_dict() for p in plans]})
        return plans
    _print_plans(plans, sources)
    return plans


def _print_plans(plans: list[dryrun.TablePlan], sources: list[dryrun.Source]) -> None:
    counts = {
        action: sum(p.action == action for p in plans) for action in ("incremental", "full", "skip")
    }
    names = ", ".join(source.state_id for source in sources)
    tap_config = sources[0].config
    print(f"Dry run with the bookmarks of {names}: nothing is read or written.")
    print(
        f"lookback_days {tap_config.get('lookback_days', 30)}, reconcile_interval_hours "
        f"{tap_config.get('reconcile_interval_hours', 0)}; {len(plans)} tables: "
        f"{counts['incremental']} from a bookmark, {counts['full']} whole, "
        f"{counts['skip']} skipped\n"
    )
    several = len(sources) > 1
    headers = ["table", "importance", "tier", "est. rows", "method", "reads"]
    rows = [
        [
            p.table,
            p.importance,
            p.size_tier,
            f"{p.estimated_rows:,}",
            p.replication_method,
            f"{p.reads} ({p.why})",
        ]
        + ([p.extractor or "-"] if several else [])
        for p in plans
    ]
    lines = columns(headers + (["read by"] if several else []), rows, right=(3,))
    print(lines[0])
    for line, plan in zip(lines[1:], plans, strict=True):
        print(line)
        details = [
            ("look-back", plan.lookback),
            ("keys to retire deleted rows", plan.reconcile),
            ("rows changed in place", plan.key_ranges),
        ]
        for label, detail in details:
            if detail:
                print(f"    {label}: {detail}")


def dry_run(args: argparse.Namespace) -> int:
    """Print what the next run would read from each table, and why."""
    if args.tables:
        _tables(args.tables)
    plan_tables(
        args.job,
        extractor=args.extractor,
        state_id=args.state_id,
        shown=args.tables,
        full_refresh=args.full_refresh,
        as_json=args.json,
    )
    return 0


def validate_config(args: argparse.Namespace) -> int:
    """Check the configuration; print one line per finding; exit 1 on any error."""
    checks = config.validate(args.job, connect=args.connect)
    labels = {"ok": "ok", "warning": "WARNING", "error": "ERROR"}
    for check in checks:
        print(f"{labels[check.level]:<8}{check.subject:<22}{check.detail}")
    errors = sum(check.level == "error" for check in checks)
    warnings = sum(check.level == "warning" for check in checks)
    print(f"\n{errors} errors, {warnings} warnings")
    return 1 if errors else 0


def show_config(args: argparse.Namespace) -> int:
    """Print the effective settings by section, secrets redacted."""
    if args.section:
        unknown = sorted(set(args.section) - set(config.SECTIONS))
        if unknown:
            msg = f"no section {', '.join(unknown)} (sections: {', '.join(config.SECTIONS)})"
            raise UsageError(msg)
    shown = config.sections(args.section or config.SECTIONS)
    if args.json:
        _print_json(shown)
        return 0
    for section, values in shown.items():
        print(f"[{section}]")
        for name, value in values.items():
            print(f"  {name} = {value}")
    print("\nEvery plugin's settings and where they come from: meltano config <plugin> list")
    return 0


def write_report(args: argparse.Namespace) -> int:
    """Write the run report (JSON, text, HTML) and print the text summary."""
    built = report.build(
        args.job,
        run_id=args.run_id,
        verification=args.verification,
        dbt_results=args.dbt_results,
    )
    target = report.write(built, args.output_dir or report_dir())
    print(render_text(built), end="")
    print(f"\nreport: {target / 'report.json'}, report.txt, report.html")
    return 1 if args.fail_on_problems and built["status"] == "failure" else 0


def _load_report(path: Path) -> dict[str, t.Any]:
    if path.is_dir():
        path /= "report.json"
    if not path.is_file():
        msg = f"no report at {path}: run `meltano invoke ops:report` first"
        raise UsageError(msg)
    return json.loads(path.read_text(encoding="utf-8"))


def send_alert(args: argparse.Namespace) -> int:
    """Alert on the configured channels when the run failed (or always, with ``--always``)."""
    settings = AlertSettings.from_environment()
    problems = settings.problems()
    if problems:
        raise UsageError("; ".join(problems))
    built = _load_report(args.report) if args.report else None
    state = args.status or (built["status"] if built else None)
    if state is None:
        msg = "give --status failure|success or --report"
        raise UsageError(msg)
    if state == "success" and not args.always:
        print("the run succeeded: no alert sent (--always sends one on success too)")
        return 0
    html_report = None
    if args.report:
        folder = args.report if args.report.is_dir() else args.report.parent
        html_report = folder / "report.html"
    deliveries = notify.notify(settings, state, args.message or "", built, html_report)
    if not deliveries:
        print(
            "no alert channel configured (OPS_NOTIFY_URLS, or OPS_WEBHOOK_URL, OPS_SMTP_HOST): "
            "nothing sent"
        )
        return 0
    for delivery in deliveries:
        print(f"{delivery.channel:<10}{'sent' if delivery.ok else 'FAILED':<8}{delivery.detail}")
    return 0 if all(delivery.ok for delivery in deliveries) else 1


def add_practice(args: argparse.Namespace) -> int:
    """Write a new practice's file and say what to do next."""
    path = practices.add_practice(args.practice_id)
    practice_id = args.practice_id
    prefix = practices.env_prefix(practice_id)
    print(f"wrote {path}")
    print(f"wrote {practices.practice_sources_file(practice_id)}")
    print(f"next: set {prefix}_HOST, _PORT, _USER, _PASSWORD and _DATABASE (in .env), then")
    print(f"  meltano invoke tap-opendental--{practice_id}:analyze")
    print(f"  meltano run nightly--{practice_id} dbt:build")
    print("and for the Airflow DAG: meltano invoke airflow:generate-dags (then commit the files)")
    return 0


def write_practice_sources(args: argparse.Namespace) -> int:
    """Rewrite the practices' dbt sources files; without ids, remove those of removed practices."""
    practice_ids = [practices.check_exists(practices.check_id(pid)) for pid in args.practice_ids]
    for practice_id in practice_ids or practices.practice_ids():
        print(f"wrote {practices.write_practice_sources(practice_id)}")
    if not practice_ids:
        for path in practices.stale_practice_sources():
            path.unlink()
            print(f"removed {path} (its practice is gone from extract/practices/)")
    return 0
