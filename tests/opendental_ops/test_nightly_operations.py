"""Status, dry run, run, report and alerts on a pipeline that really ran through Meltano.

The tests run in file order on one pipeline: the first night (``meltano run nightly``), then a
second night as cron runs it (``meltano run --timeout``), then a night that fails.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import typing as t
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from synthetic_practice import apply_day
from tap_opendental.tables import load_tables
from tests.conftest import meltano, practice_settings

if t.TYPE_CHECKING:
    from tests.opendental_ops.conftest import Pipeline, Received

pytestmark = pytest.mark.slow

EXTRACT = "test:tap-opendental-to-target-mysql-replica"
LOAD = "test:tap-opendental--replica-to-target-postgres"


def bookmarks(pipeline: Pipeline, state_id: str) -> dict[str, t.Any]:
    result = meltano(["state", "get", state_id], pipeline.env)
    return json.loads(result.stdout)["singer_state"]["bookmarks"]


def latest_report(pipeline: Pipeline) -> dict[str, t.Any]:
    return json.loads((pipeline.workdir / "reports" / "latest" / "report.json").read_text())


def test_status_shows_each_tables_last_run_and_bookmark(pipeline: Pipeline) -> None:
    hops = json.loads(pipeline.invoke("status", "--json").stdout)

    assert [hop["state_id"] for hop in hops] == [EXTRACT, LOAD]
    counts = pipeline.source_counts()
    for hop in hops:
        assert hop["last_run"]["state"] == "SUCCESS"
        state = bookmarks(pipeline, hop["state_id"])
        assert {table["table"] for table in hop["tables"]} == set(counts)
        for table in hop["tables"]:
            # The first night reads every table whole.
            assert table["result"] == "ok", table
            assert table["last_run"]["rows_extracted"] == counts[table["table"]], table
            assert table["run_id"] == hop["last_run"]["run_id"]
            assert table["bookmark"] == state.get(table["table"], {}).get("replication_key_value")
    assert hops[0]["last_run"]["run_id"] == hops[1]["last_run"]["run_id"]

    text = pipeline.invoke("status", "--tables", "procedurelog").stdout
    line = next(line for line in text.splitlines() if line.strip().startswith("procedurelog"))
    procedurelog = bookmarks(pipeline, EXTRACT)["procedurelog"]
    assert f"DateTStamp = {procedurelog['replication_key_value']}" in line
    assert f"{counts['procedurelog']:,}" in line
    assert line.rstrip().endswith("ok")


def test_dry_run_reads_from_the_bookmarks_and_says_why(pipeline: Pipeline) -> None:
    tables = load_tables(pipeline.catalog)
    state = bookmarks(pipeline, EXTRACT)

    plans = json.loads(pipeline.invoke("dry-run", "--json").stdout)["tables"]
    assert {(plan["extractor"], plan["state_id"]) for plan in plans} == {
        ("tap-opendental", EXTRACT)
    }
    by_table = {plan["table"]: plan for plan in plans}
    assert set(by_table) == set(tables)
    for name, spec in tables.items():
        plan = by_table[name]
        if spec.replication_method == "FULL_TABLE":
            assert (plan["action"], plan["why"]) == ("full", "FULL_TABLE: read whole and replaced")
        else:
            value = state[name]["replication_key_value"]
            assert plan["action"] == "incremental"
            assert plan["reads"] == f"{spec.replication_key} >= {value}"
            # A first run reads from scratch: the next one sends the keys.
            assert plan["reconcile"] == (
                "send: the keys were not sent since the last read from scratch"
            )
    cutoff = datetime.datetime.now(datetime.timezone.utc).date() - datetime.timedelta(days=30)
    assert by_table["procedurelog"]["lookback"].startswith("ProcDate, DateComplete >= ")
    assert cutoff.isoformat() in by_table["procedurelog"]["lookback"]
    assert by_table["securitylog"]["key_ranges"].startswith("re-checks ")

    # The tap's settings as Meltano resolves them: from the environment here.
    changed = json.loads(
        pipeline.invoke(
            "dry-run",
            "--json",
            TAP_OPENDENTAL_FULL_REFRESH_TABLES='["procedurelog"]',
            TAP_OPENDENTAL_IMPORTANCE_LEVELS='["critical", "important", "reference"]',
        ).stdout
    )["tables"]
    by_table = {plan["table"]: plan for plan in changed}
    assert (by_table["procedurelog"]["action"], by_table["procedurelog"]["why"]) == (
        "full",
        "named in full_refresh_tables",
    )
    assert by_table["securitylog"]["action"] == "skip"
    assert "importance audit" in by_table["securitylog"]["why"]

    everything = json.loads(pipeline.invoke("dry-run", "--json", "--full-refresh").stdout)
    assert {plan["action"] for plan in everything["tables"]} == {"full"}

    # Without any state (a new system database), nothing has a bookmark yet.
    fresh = json.loads(
        pipeline.invoke(
            "dry-run",
            "--json",
            "--tables",
            "patient",
            MELTANO_DATABASE_URI=f"sqlite:///{pipeline.workdir / 'empty.db'}",
        ).stdout
    )["tables"]
    assert [(p["table"], p["action"], p["why"]) for p in fresh] == [
        ("patient", "full", "no bookmark yet")
    ]


def test_report_of_the_nightly_run(pipeline: Pipeline) -> None:
    printed = pipeline.invoke("report").stdout

    report = latest_report(pipeline)
    assert report["status"] == "success", report["problems"]
    assert report["job"] == "nightly"
    assert report["environment"] == "test"
    assert [(hop["state_id"], hop["state"]) for hop in report["hops"]] == [
        (EXTRACT, "SUCCESS"),
        (LOAD, "SUCCESS"),
    ]
    counts = pipeline.source_counts()
    assert {table["table"]: table["rows_extracted"] for table in report["tables"]} == counts
    assert {table["table"]: table["rows_loaded"] for table in report["tables"]} == counts
    assert report["totals"]["rows_extracted"] == sum(counts.values())
    assert all(table["status"] == "succeeded" for table in report["tables"])
    assert report["verification"]["current"]
    assert report["verification"]["agree"] == len(counts)
    assert report["dbt"]["current"]
    assert report["dbt"]["command"] == "build"
    assert report["dbt"]["ok"]
    assert report["dbt"]["nodes"] > 100

    run_dir = Path(printed.strip().splitlines()[-1].split()[1].rstrip(",")).parent
    assert json.loads((run_dir / "report.json").read_text())["run_id"] == report["run_id"]
    text = (run_dir / "report.txt").read_text()
    assert "nightly (test) SUCCESS" in text
    assert f"verification: {len(counts)} of {len(counts)} tables agree" in text
    page = (run_dir / "report.html").read_text()
    assert not re.search(r"<script|<link|src=|https?://", page)
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", page, re.DOTALL).group(0))
    bars = list(svg.iter("rect"))
    assert len(bars) == 2 * len(counts)
    widest = max(bars[::2], key=lambda rect: float(rect.get("width")))
    assert widest.find("title").text.startswith(max(counts, key=counts.get))


def test_second_night_as_cron_runs_it(pipeline: Pipeline) -> None:
    first = latest_report(pipeline)
    apply_day(practice_settings(pipeline.mysql), pipeline.source, seed=3)

    # The README's cron line, with Meltano's JSON log format as the prod environment sets it.
    result = meltano(
        ["run", "--timeout", "3600", "nightly"],
        {**pipeline.env, "MELTANO_CLI_LOG_FORMAT": "json"},
    )
    [run_id] = {
        json.loads(line)["run_id"]
        for line in result.stderr.splitlines()
        if line.startswith("{") and "run_id" in json.loads(line)
    }

    pipeline.invoke("report")
    report = latest_report(pipeline)
    assert report["run_id"] == run_id
    assert [hop["run_id"] for hop in report["hops"]] == [run_id, run_id]
    assert report["status"] == "success", report["problems"]
    counts = pipeline.source_counts()
    by_table = {table["table"]: table for table in report["tables"]}
    assert 0 < by_table["procedurelog"]["rows_extracted"] < counts["procedurelog"]
    assert by_table["appointment"]["keys_sent"] == counts["appointment"]
    # The verification ran after the first night only.
    assert not report["verification"]["current"]
    assert any("verification results are older" in w for w in report["warnings"])

    # The figures come from Meltano's records and state, not from its logs: without the
    # logs (another worker's disk, a rotated directory) the report and status are the same.
    status = json.loads(pipeline.invoke("status", "--json").stdout)
    logs = Path(meltano(["logs", "dir"], pipeline.env).stdout.strip().splitlines()[-1])
    hidden = logs.with_name(f"{logs.name}.hidden-{uuid.uuid4().hex}")
    logs.rename(hidden)
    try:
        pipeline.invoke("report", "--output-dir", str(pipeline.workdir / "again"))
        status_again = json.loads(pipeline.invoke("status", "--json").stdout)
    finally:
        if logs.exists():
            shutil.rmtree(logs)
        hidden.rename(logs)
    again = json.loads(next((pipeline.workdir / "again").glob("2*/report.json")).read_text())
    assert again["tables"] == report["tables"]
    assert again["totals"] == report["totals"]
    assert status_again == status

    # The keys were sent tonight: the next run counts the source's keys against them.
    [payment] = json.loads(pipeline.invoke("dry-run", "--json", "--tables", "payment").stdout)[
        "tables"
    ]
    assert re.fullmatch(
        r"look: compares the [\d,]+ keys through \d+ the targets hold with the source's, "
        r"and sends every key if one has gone",
        payment["reconcile"],
    )
    [payment] = json.loads(
        pipeline.invoke(
            "dry-run",
            "--json",
            "--tables",
            "payment",
            TAP_OPENDENTAL_RECONCILE_INTERVAL_HOURS="20",
        ).stdout
    )["tables"]
    assert re.fullmatch(r"not now: looked 0\.\d h ago, every 20 h", payment["reconcile"])

    # An earlier run reported again does not replace latest/.
    pipeline.invoke("report", "--run-id", first["run_id"])
    assert latest_report(pipeline)["run_id"] == run_id
    status = json.loads(pipeline.invoke("status", "--json").stdout)
    assert [hop["last_run"]["run_id"] for hop in status] == [run_id, run_id]


def test_a_night_run_by_size_tier_like_the_airflow_dag(pipeline: Pipeline) -> None:
    # The DAG runs each hop once per size tier through the tier's plugin instances, which keep
    # states of their own, all under the Airflow run's one Meltano run ID.
    tiers = sorted({spec.size_tier for spec in load_tables(pipeline.catalog).values()})
    assert "large" not in tiers  # its loader instances are the DAG's business
    run_id = str(uuid.uuid4())
    for extractor, loader in (
        ("tap-opendental", "target-mysql-replica"),
        ("tap-opendental--replica", "target-postgres"),
    ):
        for tier in tiers:
            meltano(["run", "--run-id", run_id, f"{extractor}--{tier}", loader], pipeline.env)

    pipeline.invoke("report")
    report = latest_report(pipeline)
    assert report["run_id"] == run_id
    assert report["status"] == "success", report["problems"]
    assert [sorted(part["state_id"] for part in hop["parts"]) for hop in report["hops"]] == [
        [f"test:tap-opendental--{tier}-to-target-mysql-replica" for tier in tiers],
        [f"test:tap-opendental--replica--{tier}-to-target-postgres" for tier in tiers],
    ]
    counts = pipeline.source_counts()
    # Each tier instance starts without bookmarks: every table is read whole, once.
    assert {table["table"]: table["rows_extracted"] for table in report["tables"]} == counts

    tables = load_tables(pipeline.catalog)
    [extract, _] = json.loads(pipeline.invoke("status", "--json").stdout)
    for row in extract["tables"]:
        tier = tables[row["table"]].size_tier
        assert row["state_id"] == f"test:tap-opendental--{tier}-to-target-mysql-replica"
        assert row["run_id"] == run_id
        assert row["last_run"]["rows_extracted"] == counts[row["table"]]
    plans = json.loads(pipeline.invoke("dry-run", "--json").stdout)["tables"]
    assert {plan["table"]: plan["extractor"] for plan in plans} == {
        name: f"tap-opendental--{spec.size_tier}" for name, spec in tables.items()
    }

    # Moving the night to cron as the README says: the tiers' bookmarks gathered into each
    # pair's state with Meltano's own commands, the untiered pairs go on from them.
    for pair, tier_state in (
        (EXTRACT, "test:tap-opendental--{}-to-target-mysql-replica"),
        (LOAD, "test:tap-opendental--replica--{}-to-target-postgres"),
    ):
        meltano(["state", "clear", "--force", pair], pipeline.env)
        for tier in tiers:
            meltano(
                ["state", "merge", pair, "--from-state-id", tier_state.format(tier)], pipeline.env
            )
    meltano(["run", "nightly"], pipeline.env)
    incremental = {
        name for name, spec in tables.items() if spec.replication_method == "INCREMENTAL"
    }
    for pair in (EXTRACT, LOAD):
        actions = {
            table: bookmark["last_run"]["action"]
            for table, bookmark in bookmarks(pipeline, pair).items()
            if table in incremental
        }
        assert actions == dict.fromkeys(incremental, "incremental"), pair


def test_failed_night_is_reported_and_alerted(
    pipeline: Pipeline, webhook: tuple[str, Received]
) -> None:
    url, received = webhook
    secret = "Wrong-Replica-Secret-4242"
    env = {**pipeline.env, "TARGET_MYSQL_REPLICA_PASSWORD": secret}
    assert meltano(["run", "nightly"], env, check=False).returncode != 0

    pipeline.invoke("report", TARGET_MYSQL_REPLICA_PASSWORD=secret)
    report = latest_report(pipeline)
    assert report["status"] == "failure"
    assert [hop["state"] for hop in report["hops"]] == ["FAIL", "NOT RUN"]
    assert report["problems"][0].startswith(f"{EXTRACT} FAIL")
    assert f"{LOAD} did not run" in report["problems"]
    # The replica refused before confirming any table: no table of this run has figures.
    assert report["tables"] == []
    for name in ("report.json", "report.txt", "report.html"):
        assert secret not in (pipeline.workdir / "reports" / "latest" / name).read_text()

    result = pipeline.invoke(
        "notify",
        "--report",
        str(pipeline.workdir / "reports" / "latest"),
        "--message",
        "nightly DAG failed",
        OPS_WEBHOOK_URL=url,
        TARGET_MYSQL_REPLICA_PASSWORD=secret,
    )
    assert result.stdout.startswith("JSON      sent    to json://127.0.0.1:")
    assert "secret-token" not in result.stdout
    [message] = received.messages
    text = message["body"]["text"]
    assert message["content_type"] == "application/json"
    assert text.startswith("OpenDental pipeline nightly (test): FAILURE")
    assert "nightly DAG failed" in text
    assert f"{LOAD} did not run" in text
    assert secret not in text
