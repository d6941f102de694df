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
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from dotenv import dotenv_values

from synthetic_practice.connection import ConnectionSettings, connect
from synthetic_practice.practice import read_marker
from synthetic_practice.reports import compare, mart_rows, reports

ROOT = Path(__file__).resolve().parent.parent
MELTANO = str(Path(sys.executable).parent / "meltano")
_METRIC = re.compile(r"tap-opendental +METRIC: (\{.*\})$", re.MULTILINE)
_MODELS = re.compile(r"Completed successfully|PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)")


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


def extracted_rows(log: str) -> dict[str, int]:
    """Rows per stream from the tap's record_count metrics in a Meltano log."""
    counts: dict[str, int] = {}
    for match in _METRIC.finditer(log):
        metric = json.loads(match.group(1))
        if metric.get("metric") == "record_count":
            stream = metric["tags"]["stream"]
            counts[stream] = counts.get(stream, 0) + int(metric["value"])
    return counts


def dbt_result(log: str) -> str:
    """The PASS/WARN/ERROR/SKIP line of a dbt build."""
    found = re.findall(r"PASS=\d+ WARN=\d+ ERROR=\d+ SKIP=\d+(?: NO-OP=\d+)? TOTAL=\d+", log)
    return found[-1] if found else "no dbt summary found"


def warehouse_summary(env: dict[str, str]) -> tuple[dict[str, int], list[tuple[str, str, int]]]:
    """Row counts of the raw tables and of every dbt-built relation."""
    with psycopg.connect(
        host=env["TARGET_POSTGRES_HOST"],
        port=int(env["TARGET_POSTGRES_PORT"]),
        user=env["TARGET_POSTGRES_USER"],
        password=env.get("TARGET_POSTGRES_PASSWORD", ""),
        dbname=env["TARGET_POSTGRES_DATABASE"],
    ) as connection:
        relations = connection.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_schema in ('raw', 'staging', 'intermediate', 'marts') "
            "order by 1, 2"
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
                built.append((schema, name, count))
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


def report_comparisons(env: dict[str, str], as_of: str) -> list[tuple[str, str]]:
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
            comparison = compare(report, expected, mart_rows(warehouse, report))
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
    full = step(
        "Full load: source, replica, raw, dbt build", ["run", "--full-refresh", "nightly"], timings
    )
    step(
        "Apply one clinic day of activity",
        ["invoke", "synthetic-practice:day", "--seed", "2"],
        timings,
    )
    nightly = step("Incremental nightly run", ["run", "nightly"], timings)
    verification = step(
        "Verify loads (source, replica, raw)", ["invoke", "ops:verify", "--deep"], timings
    )
    as_of = next_day(env)
    step(
        f"Rebuild the marts as of the practice's next day ({as_of})",
        ["invoke", "dbt:run", "--select", "marts", "--vars", f"{{as_of_date: '{as_of}'}}"],
        timings,
    )
    comparisons = report_comparisons(env, as_of)

    raw, built = warehouse_summary(env)
    first, second = extracted_rows(full), extracted_rows(nightly)
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
    for schema, name, count in built:
        if schema == "marts":
            print(f"  marts.{name:<40}{count:>10,} rows")
    print(f"\nOpenDental's reports, computed from the source, against their marts (as of {as_of}):")
    for mart, summary in comparisons:
        print(f"  marts.{mart:<40}{summary}")
    print(f"\ndbt build, full load:   {dbt_result(full)}")
    print(f"dbt build, incremental: {dbt_result(nightly)}")
    agreed = [line for line in verification.splitlines() if "tables agree" in line]
    print(f"verification:           {agreed[-1].strip() if agreed else 'see the log'}")
    print("\nTime per step:")
    for title, seconds in timings:
        print(f"  {title:<52}{seconds:>8.1f}s")
    database = env["TARGET_POSTGRES_DATABASE"]
    print(
        "\nWhere to look next:\n"
        f"  psql: PGPASSWORD=$TARGET_POSTGRES_PASSWORD psql -h {env['TARGET_POSTGRES_HOST']} "
        f"-p {env['TARGET_POSTGRES_PORT']} -U {env['TARGET_POSTGRES_USER']} {database}"
        "  (schemas raw, staging, intermediate, marts)\n"
        "  extract/tables.yml                      the schema-analysis catalog\n"
        "  meltano invoke ops:verify               compare source, replica and raw again\n"
        "  meltano state list                      bookmarks of the incremental runs\n"
        "  meltano invoke dbt:docs-generate && meltano invoke dbt:docs-serve   lineage\n"
        "  meltano invoke synthetic-practice:truth the figures the marts must equal"
    )


if __name__ == "__main__":
    main()
