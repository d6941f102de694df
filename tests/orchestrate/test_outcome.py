"""How a run's task states are judged, and what ties a run's tasks together."""

from __future__ import annotations

from pathlib import Path

from opendental_airflow.outcome import all_succeeded, any_ran, loaded_practices, run_outcome
from opendental_airflow.runs import meltano_run_id, run_directory

#: A night stopped by a wrong source password.
STOPPED_AT_VALIDATION = {
    "validate.office_hours_guard": "success",
    "validate.validate_config": "success",
    "validate.test_connections": "failed",
    "validate.schema_drift": "upstream_failed",
    "extract_load.extract_large": "upstream_failed",
    "extract_load.load_large": "upstream_failed",
    "verify.verify_loads": "upstream_failed",
    "report.run_report": "skipped",
    "transform.load_succeeded": "success",
    "transform.dbt_build": "skipped",
    "notify.send": "running",
}


def test_a_run_stopped_at_validation_failed_there() -> None:
    outcome = run_outcome(STOPPED_AT_VALIDATION, exclude={"notify.send"})

    assert outcome.status == "failure"
    assert outcome.failed == ("validate.test_connections",)
    assert len(outcome.not_run) == 4
    assert outcome.describe("nightly", "manual__1") == (
        "nightly FAILED at validate.test_connections (run manual__1); 4 tasks after it did not run"
    )
    assert not any_ran(STOPPED_AT_VALIDATION, ["extract_load"])
    assert not all_succeeded(STOPPED_AT_VALIDATION, ["extract_load", "verify"])


def test_a_run_whose_tasks_all_succeeded_or_were_skipped_succeeded() -> None:
    states = {
        "extract_load.extract_large": "success",
        "verify.verify_loads": "success",
        "transform.dbt_build": "skipped",
        "notify.send": "running",
    }

    outcome = run_outcome(states, exclude={"notify.send"})

    assert outcome.ok
    assert outcome.describe("nightly", "scheduled__1") == "nightly succeeded (run scheduled__1)"
    assert all_succeeded(states, ["extract_load", "verify"])
    assert any_ran(states, ["extract_load"])


def test_one_failed_tier_means_the_load_did_not_succeed() -> None:
    states = {
        "extract_load.extract_large": "success",
        "extract_load.extract_medium": "failed",
        "verify.verify_loads": "upstream_failed",
    }

    assert any_ran(states, ["extract_load"])
    assert not all_succeeded(states, ["extract_load", "verify"])
    assert not all_succeeded({}, ["extract_load"])


def test_every_task_of_a_run_records_under_one_meltano_run_id() -> None:
    run_id = meltano_run_id("nightly", "scheduled__2026-11-22T03:00:00+00:00")

    assert run_id == meltano_run_id("nightly", "scheduled__2026-11-22T03:00:00+00:00")
    assert run_id != meltano_run_id("nightly", "scheduled__2026-11-23T03:00:00+00:00")
    assert run_id != meltano_run_id("schema-analysis", "scheduled__2026-11-22T03:00:00+00:00")
    assert len(run_id) == 36


def test_a_run_keeps_its_files_in_a_directory_named_after_it() -> None:
    directory = run_directory(Path("logs/airflow"), "nightly", "manual__2026-11-22T01:38:53+00:00")

    assert directory == Path("logs/airflow/nightly/manual__2026-11-22T01_38_53_00_00")


def test_dbt_builds_when_any_practice_loaded_and_the_run_still_fails() -> None:
    states = {
        "validate.test_connections": "success",
        "extract_load.extract_large": "success",
        "verify.verify_loads": "success",
        "practices.north.extract": "success",
        "practices.north.load": "success",
        "practices.north_2.extract": "failed",
        "practices.north_2.load": "upstream_failed",
    }

    def loaded(states: dict[str, str]) -> list[str]:
        return loaded_practices(
            states, ["north", "north_2"], main_groups=["extract_load", "verify"], group="practices"
        )

    assert loaded(states) == ["main", "north"]
    assert run_outcome(states).failed == ("practices.north_2.extract",)
    assert not run_outcome(states).ok
    # The project's own practice failed its verification: the others still count.
    assert loaded({**states, "verify.verify_loads": "failed"}) == ["north"]
    # Nothing loaded: no build.
    assert loaded(dict.fromkeys(states, "failed")) == []
