r"""`make bench`, the whole night: how long a practice's first night takes, and a night after.

The nightly job's tasks (job ``nightly`` in meltano.yml) run one at a time and are timed each:

1. source -> replica: ``meltano run tap-opendental target-mysql-replica``;
2. replica -> raw: ``meltano run tap-opendental--replica target-postgres``;
3. ``meltano invoke dbt:build``;
4. ``meltano invoke dbt:source-freshness``.

Every table of the bench practice is read (bench/run.py builds it: about 1,000,000
procedurelog rows and every other table in the generator's proportions). The first night
starts from nothing (``--full-refresh``); then one clinic day is applied to the source and the
night runs again, as the next night would. The rows of each hop are those its tap's run
records count (Meltano's state), the peak memory that of each process.

The night writes only to what it owns: the replica database ``opendental_bench_night_replica``
and the warehouse database ``opendental_bench_night`` (made anew on the warehouse server, so
its user needs CREATEDB), with the Meltano state id suffix ``bench-night``. The source is the
bench practice (``--source`` names another, ``--patients`` builds it when missing).

Run it after bench/run.py (``make bench`` runs both); results go to
bench/results/<date>-<cores>cores-night.{json,md}.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import typing as t
from dataclasses import asdict

import psycopg
from run import (
    BIN,
    MELTANO,
    RESULTS,
    ROOT,
    SOURCE_DATABASE,
    WORK,
    Case,
    machine,
    measure,
    mysql,
    settings,
)

from tap_opendental.run_record import RunRecord

REPLICA = "opendental_bench_night_replica"
WAREHOUSE = "opendental_bench_night"
STATE_SUFFIX = "bench-night"
#: The hops of the nightly job, each with the state id of its tap (None for dbt's steps).
HOPS: list[tuple[str, list[str], str | None]] = [
    (
        "source -> replica",
        ["run", "tap-opendental", "target-mysql-replica"],
        "tap-opendental-to-target-mysql-replica",
    ),
    (
        "replica -> raw",
        ["run", "tap-opendental--replica", "target-postgres"],
        "tap-opendental--replica-to-target-postgres",
    ),
    ("dbt build", ["invoke", "dbt:build"], None),
    ("dbt source freshness", ["invoke", "dbt:source-freshness"], None),
]


def night_env(env: dict[str, str], source: str) -> dict[str, str]:
    """Settings that point the nightly job at the bench source and the night's own databases."""
    return {
        **env,
        "TAP_OPENDENTAL_HOST": env["SYNTHETIC_PRACTICE_HOST"],
        "TAP_OPENDENTAL_PORT": env["SYNTHETIC_PRACTICE_PORT"],
        "TAP_OPENDENTAL_USER": env["SYNTHETIC_PRACTICE_USER"],
        "TAP_OPENDENTAL_PASSWORD": env.get("SYNTHETIC_PRACTICE_PASSWORD", ""),
        "TAP_OPENDENTAL_DATABASE": source,
        "TAP_OPENDENTAL_CATALOG_PATH": str(WORK / "night-tables.yml"),
        "TARGET_MYSQL_REPLICA_DATABASE": REPLICA,
        "TARGET_POSTGRES_DATABASE": WAREHOUSE,
        "MELTANO_CLI_LOG_LEVEL": "info",
    }


def prepare(env: dict[str, str], source: str, patients: int) -> None:
    """Build the source if missing, analyse it, and start the night's databases empty."""
    with mysql(env, "SYNTHETIC_PRACTICE") as connection, connection.cursor() as cursor:
        cursor.execute(
            "select count(*) from information_schema.schemata where schema_name = %s", (source,)
        )
        exists = cursor.fetchone()[0]
        cursor.execute(f"drop database if exists `{REPLICA}`")
    if not exists:
        print(f"building {source} with {patients:,} patients", flush=True)
        _synthetic_practice(env, "create", source, "--patients", str(patients), "--seed", "8")
    with psycopg.connect(
        host=env["TARGET_POSTGRES_HOST"],
        port=int(env["TARGET_POSTGRES_PORT"]),
        user=env["TARGET_POSTGRES_USER"],
        password=env.get("TARGET_POSTGRES_PASSWORD", ""),
        dbname=env["TARGET_POSTGRES_DATABASE"],
        autocommit=True,
    ) as connection:
        connection.execute(f'drop database if exists "{WAREHOUSE}" with (force)')
        connection.execute(f'create database "{WAREHOUSE}"')
    subprocess.run(
        [
            str(BIN / "tap-opendental-analyze"),
            "--report-dir",
            str(WORK / "night-reports"),
            "--backup-dir",
            str(WORK / "night-backup"),
        ],
        cwd=ROOT,
        env=night_env(env, source),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _synthetic_practice(env: dict[str, str], command: str, source: str, *args: str) -> None:
    subprocess.run(
        [str(BIN / "synthetic-practice"), command, "--database", source, *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def hop_rows(env: dict[str, str], state_id: str | None) -> int:
    """The rows the hop's tap read in its newest run, from its run records in Meltano's state."""
    if state_id is None:
        return 0
    environment = env.get("MELTANO_ENVIRONMENT") or "dev"
    result = subprocess.run(
        [MELTANO, "state", "get", f"{environment}:{state_id}:{STATE_SUFFIX}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    bookmarks = json.loads(result.stdout)["singer_state"]["bookmarks"]
    records = [r for r in map(RunRecord.from_state, bookmarks.values()) if r is not None]
    newest = max((r.run_started_at for r in records), default=None)
    return sum(r.rows for r in records if r.run_started_at == newest)


def night(env: dict[str, str], label: str, *, first: bool) -> dict[str, Case]:
    """One night, hop by hop."""
    cases = {}
    for name, args, state_id in HOPS:
        command = [MELTANO, *args]
        if state_id is not None:
            command[2:2] = [
                "--state-id-suffix",
                STATE_SUFFIX,
                *(["--full-refresh"] if first else []),
            ]
        cases[name] = measure(
            f"{label}: {name}", command, env, lambda state_id=state_id: hop_rows(env, state_id)
        )
    return cases


def markdown(result: dict[str, t.Any]) -> str:
    """The results as a Markdown page."""
    m = result["machine"]
    lines = [
        f"# The whole night, {result['date'][:10]}: practice {result['source']}",
        "",
        f"{m['cores']} cores ({m['cpu']}), {m['memory_gb']} GiB, Python {m['python']}. "
        "Command: `make bench` (bench/night.py).",
        "",
        "| night | step | rows | seconds | peak RSS (MB) |",
        "|---|---|---:|---:|---|",
    ]
    for label, cases in result["nights"].items():
        for step, case in cases.items():
            memory = ", ".join(f"{role} {mb:.0f}" for role, mb in case["peak_rss_mb"].items())
            rows = f"{case['rows']:,}" if case["rows"] else ""
            lines.append(f"| {label} | {step} | {rows} | {case['seconds']:.1f} | {memory} |")
        total = sum(case["seconds"] for case in cases.values())
        lines.append(f"| {label} | **whole night** | | **{total:.1f}** | |")
    return "\n".join([*lines, ""])


def main() -> None:
    """Run the whole night twice: the first, and the one after a clinic day."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=SOURCE_DATABASE, help="the practice database")
    parser.add_argument(
        "--patients", type=int, default=50_000, help="patients when building the source"
    )
    args = parser.parse_args()
    env = settings()
    missing = [
        name
        for name in ("SYNTHETIC_PRACTICE_HOST", "TARGET_MYSQL_REPLICA_HOST", "TARGET_POSTGRES_HOST")
        if not env.get(name)
    ]
    if missing:
        sys.exit(f"error: {', '.join(missing)} not set: run `make databases` or set them in .env")
    WORK.mkdir(parents=True, exist_ok=True)
    prepare(env, args.source, args.patients)
    run_env = night_env(env, args.source)
    nights = {"first night": night(run_env, "first night", first=True)}
    _synthetic_practice(env, "day", args.source, "--seed", "9")
    nights["after a clinic day"] = night(run_env, "after a clinic day", first=False)

    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "source": args.source,
        "nights": {
            label: {step: asdict(case) for step, case in cases.items()}
            for label, cases in nights.items()
        },
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = f"{result['date'][:10]}-{result['machine']['cores']}cores-night"
    (RESULTS / f"{stem}.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / f"{stem}.md").write_text(markdown(result))
    print("\n" + markdown(result))
    print(f"results: bench/results/{stem}.json and .md")


if __name__ == "__main__":
    main()
