r"""`make bench`: how fast procedurelog moves, against the raw limit and a Singer peer.

On a synthetic practice with about 1,000,000 procedurelog rows (and the other tables in
proportion), in one run on one machine, it measures rows per second and peak memory of:

1. the raw limit: ``mariadb --quick -B | psql -c '\copy ... from stdin'``, no Python at all;
2. ``meltano run --full-refresh tap-opendental target-postgres`` (procedurelog only);
3. the same into target-mysql-replica;
4. the replica's raw limit: ``mariadb --quick -B | mariadb -e 'LOAD DATA LOCAL INFILE ...'``
   into an InnoDB table of the source's types, no Python at all;
5. an incremental ``meltano run tap-opendental target-postgres`` after 1% of the rows changed;
6. pipelinewise-tap-mysql (in its own virtualenv) piped into MeltanoLabs target-postgres,
   with target-postgres' default settings and with its best ones.

Results go to bench/results/<date>-<cores>cores.{json,md}; the ratios are printed.
The servers are the project's (.env, or the local ones `make databases` starts); the bench
uses databases and schemas of its own (``opendental_bench*``, ``bench_*``) and its own
Meltano state id suffix, so nothing of a real pipeline is touched.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import sys
import threading
import time
import typing as t
from dataclasses import asdict, dataclass, field
from pathlib import Path

import MySQLdb
import psutil
import psycopg
from dotenv import dotenv_values

from tap_opendental.run_record import RunRecord

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
MELTANO = str(BIN / "meltano")
SOURCE_DATABASE = "opendental_bench"
REPLICA_DATABASE = "opendental_bench_replica"
REPLICA_LIMIT_DATABASE = "opendental_bench_replica_limit"
#: procedurelog rows per synthetic patient (the generator's proportion).
PROCEDURES_PER_PATIENT = 19.7
PEER = "pipelinewise-tap-mysql==1.6.0"
TABLE = "procedurelog"
FULL_REFRESH = ("--state-id-suffix", "bench", "--full-refresh")

#: Peak memory is reported per role, matched on the process' command line.
ROLES = {
    "tap-opendental": "tap",
    "target-postgres": "target",
    "target-postgres-bulk": "target",
    "target-mysql-replica": "target",
    "tap-mysql": "tap",
    "mariadb": "tap",
    "psql": "target",
    "dbt": "dbt",
}


@dataclass
class Case:
    """One measured run."""

    name: str
    command: str
    rows: int
    seconds: float
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float:
        """Rows per second of wall time."""
        return self.rows / self.seconds if self.seconds else 0.0


# --- settings and servers ------------------------------------------------------------------


def settings() -> dict[str, str]:
    """The project's settings: .env, overridden by the environment (as Meltano reads them)."""
    values = {k: v for k, v in dotenv_values(ROOT / ".env").items() if v is not None}
    return {**values, **os.environ}


def mysql(env: dict[str, str], prefix: str, database: str | None = None) -> t.Any:
    """A connection to the MySQL server of a settings prefix, as its admin-capable user."""
    return MySQLdb.connect(
        host=env[f"{prefix}_HOST"],
        port=int(env[f"{prefix}_PORT"]),
        user=env[f"{prefix}_USER"],
        password=env.get(f"{prefix}_PASSWORD", ""),
        database=database or "",
        autocommit=True,
    )


def postgres(env: dict[str, str]) -> psycopg.Connection:
    """A connection to the warehouse."""
    return psycopg.connect(
        host=env["TARGET_POSTGRES_HOST"],
        port=int(env["TARGET_POSTGRES_PORT"]),
        user=env["TARGET_POSTGRES_USER"],
        password=env.get("TARGET_POSTGRES_PASSWORD", ""),
        dbname=env["TARGET_POSTGRES_DATABASE"],
        autocommit=True,
    )


def source_rows(env: dict[str, str]) -> int:
    """The number of procedurelog rows in the bench source (0 when it does not exist)."""
    with mysql(env, "SYNTHETIC_PRACTICE") as connection, connection.cursor() as cursor:
        cursor.execute(
            "select count(*) from information_schema.tables "
            "where table_schema = %s and table_name = %s",
            (SOURCE_DATABASE, TABLE),
        )
        if not cursor.fetchone()[0]:
            return 0
        cursor.execute(f"select count(*) from `{SOURCE_DATABASE}`.`{TABLE}`")
        return int(cursor.fetchone()[0])


def drop_schema(env: dict[str, str], schema: str) -> None:
    """Drop a warehouse schema the bench made."""
    with postgres(env) as connection:
        connection.execute(f'drop schema if exists "{schema}" cascade')


def warehouse_rows(env: dict[str, str], schema: str) -> int:
    """Rows of procedurelog in a warehouse schema."""
    with postgres(env) as connection:
        return connection.execute(f'select count(*) from "{schema}"."{TABLE}"').fetchone()[0]


# --- measuring -----------------------------------------------------------------------------


def _peak_rss_kb(pid: int) -> int:
    # VmHWM is the process' own high-water mark, so a peak between two samples still counts.
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(
    name: str, command: list[str] | str, env: dict[str, str], rows: t.Callable[[], int]
) -> Case:
    """Run a command, following its process tree for peak memory per role."""
    shown = command if isinstance(command, str) else shlex.join(command)
    print(f"\n==> {name}\n    $ {shown}", flush=True)
    peaks: dict[str, int] = {}
    started = time.monotonic()
    log = WORK / f"{name.split(':', maxsplit=1)[0].replace(' ', '-')}.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            command,
            shell=isinstance(command, str),
            executable="/bin/bash" if isinstance(command, str) else None,
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        done = threading.Event()

        def sample() -> None:
            parent = psutil.Process(process.pid)
            while not done.is_set():
                try:
                    children = parent.children(recursive=True)
                except psutil.NoSuchProcess:
                    return
                for child in children:
                    try:
                        # The program, or the script an interpreter runs.
                        names = [Path(part).name for part in child.cmdline()[:2]]
                    except psutil.Error:
                        continue
                    role = next((ROLES[name] for name in names if name in ROLES), None)
                    if role:
                        peaks[role] = max(peaks.get(role, 0), _peak_rss_kb(child.pid))
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        done.set()
        sampler.join()
    seconds = time.monotonic() - started
    if code != 0:
        sys.exit(f"bench failed at: {name} (exit {code}); see {log}")
    case = Case(
        name, shown, rows(), round(seconds, 2), {r: round(kb / 1024, 1) for r, kb in peaks.items()}
    )
    memory = ", ".join(f"{role} {mb:.0f} MB" for role, mb in case.peak_rss_mb.items())
    print(
        f"    {case.rows:,} rows in {case.seconds:.1f} s: {case.rows_per_second:,.0f} rows/s "
        f"(peak RSS {memory or 'n/a'})",
        flush=True,
    )
    return case


# --- the cases -----------------------------------------------------------------------------


def prepare_source(env: dict[str, str], rows: int) -> int:
    """Build the bench practice unless it is there with about the asked number of rows."""
    have = source_rows(env)
    if have >= rows * 0.95:
        print(f"using {SOURCE_DATABASE}: {have:,} {TABLE} rows", flush=True)
        return have
    patients = round(rows / PROCEDURES_PER_PATIENT)
    print(f"building {SOURCE_DATABASE} with {patients:,} patients (about 2 minutes)", flush=True)
    subprocess.run(
        [
            str(BIN / "synthetic-practice"),
            "create",
            "--database",
            SOURCE_DATABASE,
            "--patients",
            str(patients),
            "--seed",
            "8",
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return source_rows(env)


def meltano_env(env: dict[str, str], schema: str) -> dict[str, str]:
    """Settings that point tap-opendental at the bench source, procedurelog only."""
    return {
        **env,
        # The bench made the source, so its user reads it.
        "TAP_OPENDENTAL_HOST": env["SYNTHETIC_PRACTICE_HOST"],
        "TAP_OPENDENTAL_PORT": env["SYNTHETIC_PRACTICE_PORT"],
        "TAP_OPENDENTAL_USER": env["SYNTHETIC_PRACTICE_USER"],
        "TAP_OPENDENTAL_PASSWORD": env.get("SYNTHETIC_PRACTICE_PASSWORD", ""),
        "TAP_OPENDENTAL_DATABASE": SOURCE_DATABASE,
        "TAP_OPENDENTAL_CATALOG_PATH": str(WORK / "tables.yml"),
        "TAP_OPENDENTAL__SELECT": json.dumps([f"{TABLE}.*"]),
        "TARGET_POSTGRES_DEFAULT_TARGET_SCHEMA": schema,
        "TARGET_MYSQL_REPLICA_DATABASE": REPLICA_DATABASE,
        "MELTANO_CLI_LOG_LEVEL": "info",
    }


def analyze(env: dict[str, str]) -> None:
    """Write the bench source's catalog (bench/work/tables.yml)."""
    subprocess.run(
        [
            str(BIN / "tap-opendental-analyze"),
            "--report-dir",
            str(WORK / "reports"),
            "--backup-dir",
            str(WORK / "backup"),
        ],
        cwd=ROOT,
        env=meltano_env(env, "bench_tap"),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def raw_limit(env: dict[str, str]) -> Case:
    """The floor: the server's rows as text, straight into COPY, with no Python."""
    with mysql(env, "SYNTHETIC_PRACTICE") as connection, connection.cursor() as cursor:
        cursor.execute(
            "select column_name from information_schema.columns "
            "where table_schema = %s and table_name = %s order by ordinal_position",
            (SOURCE_DATABASE, TABLE),
        )
        columns = [row[0] for row in cursor.fetchall()]
    drop_schema(env, "bench_raw_limit")
    with postgres(env) as connection:
        connection.execute("create schema bench_raw_limit")
        # Text columns: the mysql client prints zero dates PostgreSQL's date type refuses.
        definition = ", ".join(f'"{column}" text' for column in columns)
        connection.execute(f"create table bench_raw_limit.{TABLE} ({definition})")
    select = f"select {', '.join(f'`{column}`' for column in columns)} from {TABLE}"
    reader = shlex.join(
        [
            "mariadb",
            "--quick",
            "-B",
            "-N",
            "-h",
            env["SYNTHETIC_PRACTICE_HOST"],
            "-P",
            env["SYNTHETIC_PRACTICE_PORT"],
            "-u",
            env["SYNTHETIC_PRACTICE_USER"],
            SOURCE_DATABASE,
            "-e",
            select,
        ]
    )
    writer = shlex.join(
        [
            "psql",
            "-h",
            env["TARGET_POSTGRES_HOST"],
            "-p",
            env["TARGET_POSTGRES_PORT"],
            "-U",
            env["TARGET_POSTGRES_USER"],
            "-d",
            env["TARGET_POSTGRES_DATABASE"],
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            f"\\copy bench_raw_limit.{TABLE} from stdin",
        ]
    )
    run_env = {
        **env,
        "MYSQL_PWD": env.get("SYNTHETIC_PRACTICE_PASSWORD", ""),
        "PGPASSWORD": env.get("TARGET_POSTGRES_PASSWORD", ""),
    }
    return measure(
        "raw limit: mariadb | psql \\copy",
        f"set -o pipefail; {reader} | {writer}",
        run_env,
        lambda: warehouse_rows(env, "bench_raw_limit"),
    )


def tap_to_postgres(env: dict[str, str]) -> Case:
    """A full load of procedurelog into the warehouse, as `meltano run` does it."""
    drop_schema(env, "bench_tap")
    return measure(
        "tap-opendental -> target-postgres: full load",
        [MELTANO, "run", *FULL_REFRESH, "tap-opendental", "target-postgres"],
        meltano_env(env, "bench_tap"),
        lambda: warehouse_rows(env, "bench_tap"),
    )


def tap_to_replica(env: dict[str, str]) -> Case:
    """A full load of procedurelog into the replica."""
    with mysql(env, "TARGET_MYSQL_REPLICA") as connection, connection.cursor() as cursor:
        cursor.execute(f"drop database if exists `{REPLICA_DATABASE}`")

    return measure(
        "tap-opendental -> target-mysql-replica: full load",
        [MELTANO, "run", *FULL_REFRESH, "tap-opendental", "target-mysql-replica"],
        meltano_env(env, "bench_tap"),
        lambda: replica_rows(env, REPLICA_DATABASE),
    )


def replica_rows(env: dict[str, str], database: str) -> int:
    """Rows of procedurelog in a replica database."""
    with mysql(env, "TARGET_MYSQL_REPLICA", database) as connection, connection.cursor() as cursor:
        cursor.execute(f"select count(*) from `{TABLE}`")
        return int(cursor.fetchone()[0])


def raw_replica_limit(env: dict[str, str]) -> Case:
    """The replica's floor: the server's rows as text, straight into LOAD DATA, no Python.

    The table has the source's column types in InnoDB, as the replica's. The mariadb client
    prints NULL as the word, which LOAD DATA stores as text (or zero): a limit, not a copy.
    """
    with mysql(env, "TARGET_MYSQL_REPLICA") as connection, connection.cursor() as cursor:
        cursor.execute(f"drop database if exists `{REPLICA_LIMIT_DATABASE}`")
        cursor.execute(f"create database `{REPLICA_LIMIT_DATABASE}` character set utf8mb4")
        cursor.execute(
            f"create table `{REPLICA_LIMIT_DATABASE}`.`{TABLE}` like `{SOURCE_DATABASE}`.`{TABLE}`"
        )
        cursor.execute(f"alter table `{REPLICA_LIMIT_DATABASE}`.`{TABLE}` engine=InnoDB")
    reader = shlex.join(
        [
            "mariadb",
            "--quick",
            "-B",
            "-N",
            "-h",
            env["SYNTHETIC_PRACTICE_HOST"],
            "-P",
            env["SYNTHETIC_PRACTICE_PORT"],
            "-u",
            env["SYNTHETIC_PRACTICE_USER"],
            SOURCE_DATABASE,
            "-e",
            f"select * from `{TABLE}`",
        ]
    )
    writer = shlex.join(
        [
            "mariadb",
            "--local-infile=1",
            "-h",
            env["TARGET_MYSQL_REPLICA_HOST"],
            "-P",
            env["TARGET_MYSQL_REPLICA_PORT"],
            "-u",
            env["TARGET_MYSQL_REPLICA_USER"],
            REPLICA_LIMIT_DATABASE,
            "-e",
            f"set sql_mode = ''; load data local infile '/dev/stdin' into table `{TABLE}`",
        ]
    )
    # Each side's password from the environment, so the command shown holds none.
    run_env = {
        **env,
        "BENCH_SOURCE_PWD": env.get("SYNTHETIC_PRACTICE_PASSWORD", ""),
        "BENCH_REPLICA_PWD": env.get("TARGET_MYSQL_REPLICA_PASSWORD", ""),
    }
    case = measure(
        "replica raw limit: mariadb | LOAD DATA LOCAL INFILE",
        f'set -o pipefail; MYSQL_PWD="$BENCH_SOURCE_PWD" {reader} '
        f'| MYSQL_PWD="$BENCH_REPLICA_PWD" {writer}',
        run_env,
        lambda: replica_rows(env, REPLICA_LIMIT_DATABASE),
    )
    with mysql(env, "TARGET_MYSQL_REPLICA") as connection, connection.cursor() as cursor:
        cursor.execute(f"drop database if exists `{REPLICA_LIMIT_DATABASE}`")
    return case


def meltano_rows(env: dict[str, str]) -> int:
    """The rows the tap read in its last run, from the record it keeps in Meltano's state."""
    environment = env.get("MELTANO_ENVIRONMENT") or "dev"
    state_id = f"{environment}:tap-opendental-to-target-postgres:bench"
    result = subprocess.run(
        [MELTANO, "state", "get", state_id],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    bookmark = json.loads(result.stdout)["singer_state"]["bookmarks"][TABLE]
    record = RunRecord.from_state(bookmark)
    return record.rows if record else 0


def first_incremental(env: dict[str, str]) -> Case:
    """The run after a full load: it sends every key once, so targets retire deleted rows."""
    return measure(
        "first incremental run: every key sent once",
        [MELTANO, "run", "--state-id-suffix", "bench", "tap-opendental", "target-postgres"],
        meltano_env(env, "bench_tap"),
        lambda: meltano_rows(meltano_env(env, "bench_tap")),
    )


def incremental(env: dict[str, str], total: int) -> tuple[Case, int]:
    """Change 1% of the rows (their stamps move), then run incrementally."""
    with (
        mysql(env, "SYNTHETIC_PRACTICE", SOURCE_DATABASE) as connection,
        connection.cursor() as cursor,
    ):
        cursor.execute(f"update {TABLE} set ProcFee = ProcFee + 1 where ProcNum % 100 = 7")
        changed = cursor.rowcount
    print(f"\nchanged {changed:,} of {total:,} rows", flush=True)
    # The rows read are the changed ones and those of the look-back window.
    case = measure(
        "incremental run: 1% changed",
        [MELTANO, "run", "--state-id-suffix", "bench", "tap-opendental", "target-postgres"],
        meltano_env(env, "bench_tap"),
        lambda: meltano_rows(meltano_env(env, "bench_tap")),
    )
    return case, changed


def peer_venv() -> Path:
    """The peer's own virtualenv, made on first use."""
    venv = WORK / "peer-venv"
    if not (venv / "bin" / "tap-mysql").exists():
        print(f"installing {PEER} into {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "--quiet", PEER], check=True, cwd=ROOT
        )
    return venv


def peer(env: dict[str, str], best: bool) -> Case:
    """pipelinewise-tap-mysql into MeltanoLabs target-postgres (its stock executable)."""
    venv = peer_venv()
    schema = "bench_peer_best" if best else "bench_peer_default"
    tap_config = WORK / "peer-tap.json"
    tap_config.write_text(
        json.dumps(
            {
                "host": env["SYNTHETIC_PRACTICE_HOST"],
                "port": int(env["SYNTHETIC_PRACTICE_PORT"]),
                "user": env["SYNTHETIC_PRACTICE_USER"],
                "password": env.get("SYNTHETIC_PRACTICE_PASSWORD", ""),
                "filter_dbs": SOURCE_DATABASE,
            }
        )
    )
    catalog = WORK / "peer-catalog.json"
    if not catalog.exists():
        discovered = subprocess.run(
            [str(venv / "bin" / "tap-mysql"), "--config", str(tap_config), "--discover"],
            capture_output=True,
            text=True,
            check=True,
        )
        streams = json.loads(discovered.stdout)["streams"]
        selected = [stream for stream in streams if stream["table_name"] == TABLE]
        for entry in selected[0]["metadata"]:
            if not entry["breadcrumb"]:
                entry["metadata"].update({"selected": True, "replication-method": "FULL_TABLE"})
            elif entry["metadata"].get("sql-datatype") == "time":
                # The peer writes a time past 24 hours (OpenDental has them) as Python's
                # "1 day, 2:30:00", which target-postgres rejects: it runs without them.
                entry["metadata"]["selected"] = False
        catalog.write_text(json.dumps({"streams": selected}))
    target_config = WORK / f"peer-target-{'best' if best else 'default'}.json"
    settings = {
        "host": env["TARGET_POSTGRES_HOST"],
        "port": int(env["TARGET_POSTGRES_PORT"]),
        "user": env["TARGET_POSTGRES_USER"],
        "password": env.get("TARGET_POSTGRES_PASSWORD", ""),
        "database": env["TARGET_POSTGRES_DATABASE"],
        "default_target_schema": schema,
    }
    if best:
        settings |= {"use_copy": True, "validate_records": False, "batch_size_rows": 100000}
    target_config.write_text(json.dumps(settings))
    drop_schema(env, schema)
    target = ROOT / ".meltano" / "loaders" / "target-postgres" / "venv" / "bin" / "target-postgres"
    tap = shlex.join(
        [
            str(venv / "bin" / "tap-mysql"),
            "--config",
            str(tap_config),
            "--properties",
            str(catalog),
        ]
    )
    load = shlex.join([str(target), "--config", str(target_config)])

    def rows() -> int:
        with postgres(env) as connection:
            table = connection.execute(
                "select table_name from information_schema.tables where table_schema = %s",
                (schema,),
            ).fetchone()[0]
            return connection.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]

    label = "best settings" if best else "default settings"
    return measure(
        f"peer: pipelinewise-tap-mysql -> target-postgres, {label}",
        f"set -o pipefail; {tap} | {load} > /dev/null",
        {**env, "PYTHONWARNINGS": "ignore"},
        rows,
    )


# --- report --------------------------------------------------------------------------------


def machine() -> dict[str, t.Any]:
    """What the numbers were measured on."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
    }


def ratio(part: float, whole: float) -> float:
    """The share of part in whole, rounded."""
    return round(part / whole, 3) if whole else 0.0


def report(cases: dict[str, Case], total: int, changed: int) -> dict[str, t.Any]:
    """The results: every case, the ratios and whether each target is met."""
    full = cases["full"]
    peer_best = cases.get("peer_best")
    ratios = {
        "full_load_vs_raw_limit": ratio(full.rows_per_second, cases["raw"].rows_per_second),
        "full_load_vs_peer_best": ratio(full.rows_per_second, peer_best.rows_per_second)
        if peer_best
        else None,
        "full_load_vs_peer_default": ratio(
            full.rows_per_second, cases["peer_default"].rows_per_second
        )
        if "peer_default" in cases
        else None,
        "incremental_time_vs_full_load": ratio(cases["incremental"].seconds, full.seconds),
        "first_incremental_vs_incremental": ratio(
            cases["first_incremental"].seconds, cases["incremental"].seconds
        ),
        "replica_vs_full_load": ratio(cases["replica"].rows_per_second, full.rows_per_second),
        "replica_vs_replica_raw_limit": ratio(
            cases["replica"].rows_per_second, cases["replica_raw"].rows_per_second
        ),
    }
    ours = ("full", "first_incremental", "incremental", "replica")
    tap_rss = max(cases[key].peak_rss_mb.get("tap", 0) for key in ours)
    loader_rss = max(cases[key].peak_rss_mb.get("target", 0) for key in ours)
    targets = {
        "full load >= 3x the peer at its best": (ratios["full_load_vs_peer_best"] or 0) >= 3,
        "full load >= 30% of the raw limit": ratios["full_load_vs_raw_limit"] >= 0.30,
        "incremental (1% changed) <= 10% of the full load's time": ratios[
            "incremental_time_vs_full_load"
        ]
        <= 0.10,
        "first incremental <= 2x an incremental run (1% changed)": ratios[
            "first_incremental_vs_incremental"
        ]
        <= 2,
        "tap peak RSS <= 300 MB": tap_rss <= 300,
        "each loader's peak RSS <= 500 MB": loader_rss <= 500,
        "replica full load >= the warehouse full load": ratios["replica_vs_full_load"] >= 1,
        "replica full load >= 30% of the raw MySQL copy": ratios["replica_vs_replica_raw_limit"]
        >= 0.30,
    }
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "table": TABLE,
        "source_rows": total,
        "changed_rows": changed,
        "cases": {
            key: {**asdict(case), "rows_per_second": round(case.rows_per_second)}
            for key, case in cases.items()
        },
        "ratios": ratios,
        "notes": [
            "The peer reads procedurelog without its time columns (ProcTime, ProcTimeEnd): "
            "it writes a time past 24 hours as '1 day, 2:30:00', which target-postgres "
            "rejects, and the run fails."
        ]
        if peer_best
        else [],
        "tap_peak_rss_mb": tap_rss,
        "loader_peak_rss_mb": loader_rss,
        "targets": targets,
    }


def markdown(result: dict[str, t.Any]) -> str:
    """The results as a Markdown page."""
    m = result["machine"]
    lines = [
        f"# Benchmark, {result['date'][:10]}: {result['source_rows']:,} {result['table']} rows",
        "",
        f"{m['cores']} cores ({m['cpu']}), {m['memory_gb']} GiB, Python {m['python']}. "
        "Command: `make bench`.",
        "",
        "| run | rows | seconds | rows/s | peak RSS (MB) |",
        "|---|---:|---:|---:|---|",
    ]
    for case in result["cases"].values():
        memory = ", ".join(f"{role} {mb:.0f}" for role, mb in case["peak_rss_mb"].items())
        name = case["name"].replace("|", "\\|")
        lines.append(
            f"| {name} | {case['rows']:,} | {case['seconds']:.1f} | "
            f"{case['rows_per_second']:,} | {memory} |"
        )
    lines += ["", "| ratio | value |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in result["ratios"].items()]
    lines += ["", "| target | met |", "|---|---|"]
    lines += [f"| {name} | {'yes' if met else 'no'} |" for name, met in result["targets"].items()]
    lines += ["", *(f"Note: {note}" for note in result["notes"]), ""]
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="procedurelog rows")
    parser.add_argument("--skip-peer", action="store_true", help="leave out the peer's runs")
    args = parser.parse_args()
    env = settings()
    missing = [
        name
        for name in ("SYNTHETIC_PRACTICE_HOST", "TAP_OPENDENTAL_HOST", "TARGET_POSTGRES_HOST")
        if not env.get(name)
    ]
    if missing:
        sys.exit(f"error: {', '.join(missing)} not set: run `make databases` or set them in .env")
    WORK.mkdir(parents=True, exist_ok=True)
    total = prepare_source(env, args.rows)
    analyze(env)

    cases: dict[str, Case] = {"raw": raw_limit(env), "full": tap_to_postgres(env)}
    cases["first_incremental"] = first_incremental(env)
    cases["incremental"], changed = incremental(env, total)
    cases["replica"] = tap_to_replica(env)
    cases["replica_raw"] = raw_replica_limit(env)
    if not args.skip_peer:
        cases["peer_default"] = peer(env, best=False)
        cases["peer_best"] = peer(env, best=True)

    result = report(cases, total, changed)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = f"{result['date'][:10]}-{result['machine']['cores']}cores"
    (RESULTS / f"{stem}.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / f"{stem}.md").write_text(markdown(result))
    print("\n" + markdown(result))
    print(f"results: bench/results/{stem}.json and .md")


if __name__ == "__main__":
    main()
