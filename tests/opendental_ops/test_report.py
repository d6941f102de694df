"""The run report of a group of practices: one entry per practice, each judged on its own."""

from __future__ import annotations

import datetime
import json
import os
import typing as t

import pytest

from opendental_ops import runlog
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
        "log": True,
        "rows_extracted": sum(rows.values()),
        "rows_loaded": sum(rows.values()),
        "keys_sent": 0,
        "timed_out": False,
        "errors": [] if state == "SUCCESS" else ["Access denied for user"],
        "tables": {
            name: {
                "rows_extracted": count,
                "rows_loaded": count,
                "keys_sent": 0,
                "rows_deleted": None,
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


@pytest.mark.parametrize(
    ("state", "expected"),
    [("FAIL", "interrupted"), ("DEAD", "interrupted"), ("RUNNING", "unfinished")],
)
def test_a_table_begun_in_a_failed_run_is_interrupted_without_an_error_line(
    state: str, expected: str
) -> None:
    # The loader refused at once; the extractor was stopped mid-table and logged nothing more.
    state_id = "dev:tap-opendental-to-target-mysql-replica"
    [hop] = runlog.parse(
        [
            f"2026-11-22T01:03:20Z [info     ] meltano      Running job with name '{state_id}'"
            " and run ID 'run-1'\n",
            "2026-11-22T01:03:21Z [info     ] tap-opendental Beginning sync of 'patient'"
            " in incremental mode\n",
        ]
    )
    assert hop.errors == []
    started = datetime.datetime(2026, 11, 22, 1, 3, 20, tzinfo=datetime.UTC)
    record = Run("run-1", state_id, state, started, None)

    entry = _part_entry(record, hop)

    assert entry["tables"]["patient"]["status"] == expected


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
