"""The demo behind `make demo`: a synthetic practice through the whole pipeline, then a summary.

Steps, each a command a user can run on their own:

1. ``meltano invoke synthetic-practice:create``   build the OpenDental-shaped source
2. ``meltano invoke tap-opendental:analyze``      write extract/tables.yml
3. ``meltano run --full-refresh nightly``         source -> replica -> raw -> dbt build
4. ``meltano invoke synthetic-practice:day``      one clinic day of changes
5. ``meltano run nightly``                        the incremental nightly run
6. ``meltano invoke ops:verify``                  source, replica and raw agree
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from dotenv import dotenv_values

from opendental_ops import meltano, report, run_figures
from synthetic_practice.connection import ConnectionSettings, connect
from synthetic_practice.practice import read_marker
from synthetic_practice.reports import compare, mart_rows, reports
from tap_opendental.run_record import RunRecord

ROOT = Path(__file__).resolve().parent.parent
MELTANO = str(Path(sys.executable).parent / "meltano")
#: The pair whose tap reads the source.
EXTRACT = "tap-opendental-to-target-mysql-replica"


def settings() -> dict[str, str]:
    """The project's settings: .env, overridden by the environment (as Meltano reads them)."""
    values = {k: v for k, v in dotenv_values(ROOT / ".env").items() if v is not None}
    return {**values, **os.environ}


def step(title: str, command: list[str], timings: list[tuple[str, float]]) -> str:
    """Run one Meltano command, echoing it, and return its log output."""
    print(f"\n==> {title}\n    $ {' '.join(['meltano', *command])}", flush=True)
    started = time.monotonic()
    result = subprocess.run(
        [MELTANO, *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    elapsed = time.monotonic() - started
    timings.append((title, elapsed))
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-8000:])
        sys.exit(f"demo failed at: {title} (see the log above)")
    print(f"    done in {elapsed:.1f}s", flush=True)
    return result.stdout + result.stderr


def extracted_rows(env: dict[str, str]) -> dict[str, int]:
    """Rows per table of the tap's last run, from the records it keeps in Meltano's state."""
    environment = env.get("MELTANO_ENVIRONMENT") or "dev"
    bookmarks = run_figures.bookmarks_of(meltano.state(f"{environment}:{EXTRACT}"))
    records = {
        table: record
        for table, bookmark in bookmarks.items()
        if (record := RunRecord.from_state(bookmark)) is not None
    }
    newest = max((record.run_started_at for record in records.values()), default=None)
    return {
        table: record.rows for table, record in records.items() if record.run_started_at == newest
    }


def dbt_result() -> str:
    """What the last dbt build did, node statuses counted, from its ``run_results.json``."""
    summary = report.dbt_summary(report.default_dbt_results_path(), None)
    if summary is None:
        return "no dbt run_results.json found"
    counts = ", ".join(f"{status} {count}" for status, count in sorted(summary["counts"].items()))
    return f"{summary['nodes']} nodes: {counts}"


def verification_result(path: Path) -> str:
    """How many tables agree, from ``ops:verify --json``."""
    summary = report.verification_summary(path, None)
    if summary is None:
        return f"no verification at {path}"
    return f"{summary['agree']} of {summary['tables']} tables agree"


def dbt_schemas() -> dict[str, str]:
    """The schema the last dbt build put each layer in (``marts``: ``dev_marts`` in dev).

    From the build's manifest: the dbt target of Meltano's environment decides the names.
    """
    manifest = json.loads((report.default_dbt_results_path().parent / "manifest.json").read_text())
    return {
        node["fqn"][1]: node["schema"]
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model"
    }


def warehouse_summary(
    env: dict[str, str], layers: dict[str, str]
) -> tuple[dict[str, int], list[tuple[str, str, int]]]:
    """Row counts of the raw tables and of every dbt-built relation, by layer."""
    layer_of = {schema: layer for layer, schema in layers.items()}
    with psycopg.connect(
        host=env["TARGET_POSTGRES_HOST"],
        port=int(env["TARGET_POSTGRES_PORT"]),
        user=env["TARGET_POSTGRES_USER"],
        password=env.get("TARGET_POSTGRES_PASSWORD", ""),
        dbname=env["TARGET_POSTGRES_DATABASE"],
    ) as connection:
        relations = connection.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_schema = any(%s) order by 1, 2",
            (["raw", *layer_of],),
        ).fetchall()
        raw: dict[str, int] = {}
        built: list[tuple[str, str, int]] = []
        for schema, name in relations:
            # Raw keeps rows deleted at the source, marked; count the live ones.
            live = " where _sdc_deleted_at is null" if schema == "raw" else ""
            query = f'select count(*) from "{schema}"."{name}"{live}'
            count = connection.execute(query).fetchone()[0]
            if schema == "raw":
                raw[name] = count
            else:
                built.append((layer_of[schema], name, count))
    return raw, built


def _source(env: dict[str, str]) -> tuple[ConnectionSettings, str]:
    return (
        ConnectionSettings(
            host=env["SYNTHETIC_PRACTICE_HOST"],
            port=int(env.get("SYNTHETIC_PRACTICE_PORT", 3306)),
            user=env["SYNTHETIC_PRACTICE_USER"],
            password=env.get("SYNTHETIC_PRACTICE_PASSWORD", ""),
        ),
        env["SYNTHETIC_PRACTICE_DATABASE"],
    )


def next_day(env: dict[str, str]) -> str:
    """The practice's next day (its as-of date): the first day with no activity yet."""
    source, database = _source(env)
    with connect(source) as connection, connection.cursor() as cursor:
        _, marker = read_marker(cursor, database)
    if marker is None:
        sys.exit(f"error: {database} is not a synthetic practice")
    return marker.next_day.isoformat()


def report_comparisons(env: dict[str, str], as_of: str, marts: str) -> list[tuple[str, str]]:
    """Each OpenDental report computed from the source, compared with its mart for ``main``."""
    source, database = _source(env)
    found = []
    with (
        connect(source, database) as mysql,
        psycopg.connect(
            host=env["TARGET_POSTGRES_HOST"],
            port=int(env["TARGET_POSTGRES_PORT"]),
            user=env["TARGET_POSTGRES_USER"],
            password=env.get("TARGET_POSTGRES_PASSWORD", ""),
            dbname=env["TARGET_POSTGRES_DATABASE"],
        ) as warehouse,
    ):
        day = datetime.date.fromisoformat(as_of)
        for report in reports():
            with mysql.cursor() as cursor:
                expected = report.compute(cursor, day)
            rows = mart_rows(warehouse, report, schema=marts)
            comparison = compare(report, expected, rows)
            found.append((report.mart, comparison.summary()))
    return found


def main() -> None:
    """Run the demo."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    env = settings()
    missing = [
        name
        for name in ("SYNTHETIC_PRACTICE_HOST", "TAP_OPENDENTAL_HOST", "TARGET_POSTGRES_HOST")
        if not env.get(name)
    ]
    if missing:
        sys.exit(
            f"error: {', '.join(missing)} not set: remove .env to use local databases, "
            "or set them in .env (see .env.example)"
        )
    timings: list[tuple[str, float]] = []
    step(
        f"Build a synthetic practice ({args.patients} patients)",
        [
            "invoke",
            "synthetic-practice:create",
            "--patients",
            str(args.patients),
            "--seed",
            str(args.seed),
        ],
        timings,
    )
    step(
        "Analyse the source schema into extract/tables.yml",
        ["invoke", "tap-opendental:analyze"],
        timings,
    )
    step(
        "Full load: source, replica, raw, dbt build", ["run", "--full-refresh", "nightly"], timings
    )
    first, first_dbt = extracted_rows(env), dbt_result()
    step(
        "Apply one clinic day of activity",
        ["invoke", "synthetic-practice:day", "--seed", "2"],
        timings,
    )
    step("Incremental nightly run", ["run", "nightly"], timings)
    second, second_dbt = extracted_rows(env), dbt_result()
    checks = report.default_verification_path()
    step(
        "Verify loads (source, replica, raw)",
        ["invoke", "ops:verify", "--deep", "--json", str(checks)],
        timings,
    )
    as_of = next_day(env)
    step(
        f"Rebuild the marts as of the practice's next day ({as_of})",
        ["invoke", "dbt:run", "--select", "marts", "--vars", f"{{as_of_date: '{as_of}'}}"],
        timings,
    )
    layers = dbt_schemas()
    comparisons = report_comparisons(env, as_of, layers["marts"])

    raw, built = warehouse_summary(env, layers)
    print("\n" + "=" * 78)
    print("OpenDental -> PostgreSQL demo: summary\n")
    print("Rows extracted from the source by each run, and live rows in raw:\n")
    print(f"{'table':<28}{'full load':>12}{'incremental':>14}{'rows in raw':>14}")
    for table in sorted(raw):
        print(f"{table:<28}{first.get(table, 0):>12,}{second.get(table, 0):>14,}{raw[table]:>14,}")
    print(
        f"{'total':<28}{sum(first.values()):>12,}{sum(second.values()):>14,}{sum(raw.values()):>14,}"
    )
    print(f"\nModels built by dbt: {len(built)}")
    marts = layers["marts"]
    for layer, name, count in built:
        if layer == "marts":
            print(f"  {marts}.{name:<40}{count:>10,} rows")
    print(f"\nOpenDental's reports, computed from the source, against their marts (as of {as_of}):")
    for mart, summary in comparisons:
        print(f"  {marts}.{mart:<40}{summary}")
    print(f"\ndbt build, full load:   {first_dbt}")
    print(f"dbt build, incremental: {second_dbt}")
    print(f"verification:           {verification_result(checks)}")
    print("\nTime per step:")
    for title, seconds in timings:
        print(f"  {title:<52}{seconds:>8.1f}s")
    database = env["TARGET_POSTGRES_DATABASE"]
    built_schemas = ", ".join(layers[layer] for layer in ("staging", "intermediate", "marts"))
    print(
        "\nWhere to look next:\n"
        f"  psql: PGPASSWORD=$TARGET_POSTGRES_PASSWORD psql -h {env['TARGET_POSTGRES_HOST']} "
        f"-p {env['TARGET_POSTGRES_PORT']} -U {env['TARGET_POSTGRES_USER']} {database}"
        f"  (schemas raw, {built_schemas})\n"
        "  extract/tables.yml                      the schema-analysis catalog\n"
        "  meltano invoke ops:verify               compare source, replica and raw again\n"
        "  meltano state list                      bookmarks of the incremental runs\n"
        "  meltano invoke dbt:docs-generate && meltano invoke dbt:docs-serve   lineage\n"
        "  meltano invoke synthetic-practice:truth the figures the marts must equal"
    )


if __name__ == "__main__":
    main()
