"""ops:run: the nightly job's stages, their timeouts, retries and table options.

A stand-in ``meltano`` (MELTANO_EXECUTABLE) records every call and fails as told, so a test can
count attempts; the stages themselves come from the project's meltano.yml. The second night in
``test_nightly_operations`` runs the real thing.
"""

from __future__ import annotations

import json
import os
import sys
import typing as t

import pytest

from opendental_ops import run
from opendental_ops.cli import main
from tests.conftest import PROJECT_ROOT

if t.TYPE_CHECKING:
    from pathlib import Path

FAKE_MELTANO = """\
import json, os, sys
calls = os.environ["FAKE_MELTANO_CALLS"]
with open(calls, "a") as log:
    log.write(json.dumps({
        "args": sys.argv[1:],
        "select_filter": os.environ.get("TAP_OPENDENTAL__SELECT_FILTER"),
        "full_refresh_tables": os.environ.get("TAP_OPENDENTAL_FULL_REFRESH_TABLES"),
    }) + "\\n")
with open(calls) as log:
    made = len(log.readlines())
sys.exit(1 if made <= int(os.environ.get("FAKE_MELTANO_FAILURES", "0")) else 0)
"""


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> t.Callable[[], list[dict]]:
    script = tmp_path / "meltano"
    script.write_text(f"#!{sys.executable}\n{FAKE_MELTANO}")
    script.chmod(0o755)
    log = tmp_path / "calls.jsonl"
    monkeypatch.setenv("MELTANO_EXECUTABLE", str(script))
    monkeypatch.setenv("MELTANO_PROJECT_ROOT", str(PROJECT_ROOT))
    monkeypatch.setenv("FAKE_MELTANO_CALLS", str(log))
    monkeypatch.delenv("TAP_OPENDENTAL__SELECT_FILTER", raising=False)
    monkeypatch.delenv("TAP_OPENDENTAL_FULL_REFRESH_TABLES", raising=False)
    return lambda: [json.loads(line) for line in log.read_text().splitlines()]


@pytest.fixture
def delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(run, "_sleep", waited.append)
    return waited


def blocks(call: dict) -> tuple[str, str, list[str]]:
    """The run ID, the timeout and the blocks of a `meltano run` call."""
    args = call["args"]
    assert args[0] == "run"
    options = dict(zip(args[1:5:2], args[2:6:2], strict=True))
    return options["--run-id"], options["--timeout"], [a for a in args[5:] if a != "--full-refresh"]


def test_stages_run_in_order_with_their_timeouts_and_one_run_id(
    calls: t.Callable[[], list[dict]], delays: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run"]) == 0

    made = [blocks(call) for call in calls()]
    assert [(timeout, names) for _, timeout, names in made] == [
        ("1800", ["tap-opendental", "target-mysql-replica"]),
        ("2700", ["tap-opendental--replica", "target-postgres"]),
        ("3600", ["dbt:build"]),
    ]
    assert len({run_id for run_id, _, _ in made}) == 1
    assert delays == []
    out = capsys.readouterr().out
    assert "extract: ok" in out
    assert "transform: ok" in out


def test_a_failed_stage_is_retried_after_the_delay(
    calls: t.Callable[[], list[dict]], delays: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_MELTANO_FAILURES", "2")

    assert main(["run", "--stage", "extract", "load"]) == 0

    stages = [names[0] for _, _, names in (blocks(call) for call in calls())]
    assert stages == ["tap-opendental"] * 3 + ["tap-opendental--replica"]
    assert delays == [300, 300]


def test_a_stage_that_keeps_failing_stops_the_run(
    calls: t.Callable[[], list[dict]],
    delays: list[float],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FAKE_MELTANO_FAILURES", "99")
    monkeypatch.setenv("OPS_RETRIES", "1")
    monkeypatch.setenv("OPS_RETRY_DELAY_MINUTES", "2")
    monkeypatch.setenv("OPS_EXTRACT_TIMEOUT_MINUTES", "10")

    assert main(["run"]) == 1

    made = [blocks(call) for call in calls()]
    assert [(timeout, names[0]) for _, timeout, names in made] == [
        ("600", "tap-opendental"),
        ("600", "tap-opendental"),
    ]
    assert delays == [120]
    assert "extract: FAILED after 2 attempts (exit 1)" in capsys.readouterr().out


def test_tables_and_force_use_meltanos_select_filter_and_full_refresh(
    calls: t.Callable[[], list[dict]], delays: list[float]
) -> None:
    assert main(["run", "--stage", "extract", "--tables", "patient", "procedurelog"]) == 0
    assert main(["run", "--stage", "extract", "--tables", "patient", "--force"]) == 0
    assert main(["run", "--stage", "extract", "load", "transform", "--force"]) == 0

    limited, reloaded, *everything = calls()
    assert limited["select_filter"] == '["patient", "procedurelog"]'
    assert limited["full_refresh_tables"] is None
    assert "--full-refresh" not in limited["args"]
    assert reloaded["select_filter"] == '["patient"]'
    assert reloaded["full_refresh_tables"] == '["patient"]'
    assert "--full-refresh" not in reloaded["args"]
    assert ["--full-refresh" in call["args"] for call in everything] == [True, True, False]


def test_unknown_tables_stop_before_anything_runs(
    calls: t.Callable[[], list[dict]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--tables", "patient", "no_such_table"]) == 2
    assert "not in tables.yml: no_such_table" in capsys.readouterr().err
    assert not os.path.exists(tmp_path / "calls.jsonl")
