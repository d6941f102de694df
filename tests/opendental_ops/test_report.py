"""The run report of a group of practices: one entry per practice, each judged on its own."""

from __future__ import annotations

import datetime
import json
import os
import typing as t

from opendental_ops import run_figures
from opendental_ops.meltano import Hop, Run
from opendental_ops.report import _hop_entry, _part_entry, assemble
from opendental_ops.report_html import render_html
from opendental_ops.report_text import render_text

if t.TYPE_CHECKING:
    from pathlib import Path


def part(
    state_id: str, state: str, started: str, ended: str, rows: dict[str, int]
) -> dict[str, t.Any]:
    """One part of a pair as ``_part_entry`` makes it, with these tables' rows."""
    status = "succeeded" if state == "SUCCESS" else "failed"
    return {
        "state_id": state_id,
        "run_id": "run-1",
        "state": state,
        "started_at": started,
        "ended_at": ended,
        "duration_seconds": None,
        "rows_extracted": sum(rows.values()),
        "rows_loaded": sum(rows.values()),
        "keys_sent": 0,
        "errors": [] if state == "SUCCESS" else ["Access denied for user"],
        "tables": {
            name: {
                "rows_extracted": count,
                "rows_loaded": count,
                "keys_sent": 0,
                "seconds": 1.0,
                "status": status,
            }
            for name, count in rows.items()
        },
    }


def practice_hops(extractor: str, replica: str, loaders: tuple[str, str], **kw: t.Any) -> list:
    state = kw.get("state", "SUCCESS")
    rows = kw.get("rows", {})
    first, second = Hop(extractor, loaders[0]), Hop(replica, loaders[1])
    start, end = kw.get("times", ("2026-11-22T03:00:00+00:00", "2026-11-22T03:01:00+00:00"))
    return [
        _hop_entry(first, [part(first.state_id(), state, start, end, rows)]),
        _hop_entry(second, [part(second.state_id(), state, start, end, rows)])
        if state == "SUCCESS"
        else _hop_entry(second, []),
    ]


def test_each_practice_has_its_rows_status_and_duration(tmp_path: Path) -> None:
    main = practice_hops(
        "tap-opendental",
        "tap-opendental--replica",
        ("target-mysql-replica", "target-postgres"),
        rows={"patient": 10, "procedurelog": 40},
    )
    north = practice_hops(
        "tap-opendental--north",
        "tap-opendental--replica--north",
        ("target-mysql-replica--north", "target-postgres--north"),
        rows={"patient": 7},
        times=("2026-11-22T03:00:00+00:00", "2026-11-22T03:00:30+00:00"),
    )
    south = practice_hops(
        "tap-opendental--south",
        "tap-opendental--replica--south",
        ("target-mysql-replica--south", "target-postgres--south"),
        state="FAIL",
    )

    report = assemble(
        "nightly",
        main,
        tmp_path / "none.json",
        tmp_path / "none.json",
        further={"north": north, "south": south},
    )

    practices = {entry["id"]: entry for entry in report["practices"]}
    assert [(p["id"], p["job"], p["status"]) for p in practices.values()] == [
        ("main", "nightly", "success"),
        ("north", "nightly--north", "success"),
        ("south", "nightly--south", "failure"),
    ]
    assert practices["main"]["totals"] == {"tables": 2, "rows_extracted": 50, "rows_loaded": 50}
    assert practices["north"]["totals"] == {"tables": 1, "rows_extracted": 7, "rows_loaded": 7}
    assert practices["north"]["duration_seconds"] == 30
    # The top level stays the project's own practice's; south's problems fail the run.
    assert report["totals"]["rows_extracted"] == 50
    assert report["status"] == "failure"
    assert report["problems"] == [
        "practice south: dev:tap-opendental--south-to-target-mysql-replica--south FAIL: "
        "Access denied for user",
        "practice south: dev:tap-opendental--replica--south-to-target-postgres--south did not run",
    ]

    text = render_text(report)
    assert "practice north (nightly--north): success" in text
    assert "practice south (nightly--south): failure" in text
    north_line = next(line for line in text.splitlines() if line.startswith("north "))
    assert north_line.split() == ["north", "nightly--north", "success", "1", "7", "7", "30.0"]
    page = render_html(report)
    assert "<h2>Practices</h2>" in page
    assert "<h3>Practice south</h3>" in page


def test_a_single_practice_reports_as_before(tmp_path: Path) -> None:
    main = practice_hops(
        "tap-opendental",
        "tap-opendental--replica",
        ("target-mysql-replica", "target-postgres"),
        rows={"patient": 10},
    )

    report = assemble("nightly", main, tmp_path / "none.json", tmp_path / "none.json")

    assert [entry["id"] for entry in report["practices"]] == ["main"]
    assert report["status"] == "success"
    assert "practice" not in render_text(report)
    assert "Practices" not in render_html(report)


def test_a_run_owns_the_tables_whose_records_it_wrote_and_reports_a_failed_ones_error() -> None:
    state_id = "dev:tap-opendental-to-target-mysql-replica"
    started = datetime.datetime(2026, 11, 22, 1, 3, 20, tzinfo=datetime.UTC)
    run = Run("run-2", state_id, "FAIL", started, started + datetime.timedelta(minutes=5))

    def record(run_started: datetime.datetime, result: str, **figures: t.Any) -> dict:
        return {
            "run_started_at": run_started.isoformat(),
            "action": "incremental",
            "reads": "DateTStamp >= 2026-11-21 01:03:00",
            "result": result,
            "error": figures.pop("error", None),
            **figures,
        }

    bookmarks = {
        # Read in this run.
        "patient": {"last_run": record(started + datetime.timedelta(seconds=2), "ok", rows=7)},
        "appointment": {
            "last_run": record(
                started + datetime.timedelta(seconds=2),
                "failed",
                rows=3,
                error="OperationalError: (2013, 'Lost connection to server during query')",
            )
        },
        # Last read the night before: not this run's.
        "claim": {"last_run": record(started - datetime.timedelta(days=1), "ok", rows=40)},
        # Never run, or a state written before runs kept records.
        "carrier": {"replication_key_value": "2026-11-20"},
    }

    entry = _part_entry(run, run_figures.hop_run(run, bookmarks))

    assert set(entry["tables"]) == {"patient", "appointment"}
    assert entry["tables"]["patient"]["status"] == "succeeded"
    assert entry["tables"]["appointment"]["status"] == "failed"
    assert entry["rows_extracted"] == entry["rows_loaded"] == 10
    assert entry["errors"] == [
        "appointment: OperationalError: (2013, 'Lost connection to server during query')"
    ]


def test_a_practice_verification_beside_the_projects_counts_for_that_practice(
    tmp_path: Path,
) -> None:
    def hops(extractor: str, replica: str, suffix: str = "") -> list:
        loaders = (f"target-mysql-replica{suffix}", f"target-postgres{suffix}")
        return practice_hops(extractor, replica, loaders, rows={"patient": 7})

    checks = [{"table": "patient", "ok": True, "problems": []}]
    (tmp_path / "verify.json").write_text(json.dumps(checks))
    (tmp_path / "verify--north.json").write_text(json.dumps(checks))
    (tmp_path / "verify--south.json").write_text(
        json.dumps([{"table": "patient", "ok": False, "problems": ["raw has 6 rows, source 7"]}])
    )
    # Written after the run started, as the DAG's verify tasks write them.
    for path in tmp_path.glob("verify*.json"):
        os.utime(path, (2_000_000_000, 2_000_000_000))

    report = assemble(
        "nightly",
        hops("tap-opendental", "tap-opendental--replica"),
        tmp_path / "verify.json",
        tmp_path / "none.json",
        further={
            practice: hops(
                f"tap-opendental--{practice}",
                f"tap-opendental--replica--{practice}",
                f"--{practice}",
            )
            for practice in ("north", "south")
        },
    )

    practices = {entry["id"]: entry for entry in report["practices"]}
    assert [practices[p]["status"] for p in practices] == ["success", "success", "failure"]
    assert practices["north"]["verification"]["agree"] == 1
    assert "practice south: verification: 1 tables differ (patient)" in report["problems"]
