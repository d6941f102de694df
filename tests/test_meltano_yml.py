"""meltano.yml is kept in the order Meltano writes it: its own commands change only their lines."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT_ROOT, VENV_BIN


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's Meltano files, with a system database of its own."""
    shutil.copy(PROJECT_ROOT / "meltano.yml", tmp_path / "meltano.yml")
    shutil.copytree(PROJECT_ROOT / "extract", tmp_path / "extract")
    return tmp_path


def changed_lines(project: Path, *args: str) -> list[str]:
    """Run a Meltano command in the copy and return the lines it changed in meltano.yml."""
    before = (project / "meltano.yml").read_text().splitlines()
    env = {**os.environ, "MELTANO_DATABASE_URI": f"sqlite:///{project / 'meltano.db'}"}
    subprocess.run(
        [str(VENV_BIN / "meltano"), *args],
        cwd=project,
        env=env,
        capture_output=True,
        check=True,
        timeout=300,
    )
    after = (project / "meltano.yml").read_text().splitlines()
    return [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_meltano_select_adds_only_its_rule(project: Path) -> None:
    assert changed_lines(project, "select", "tap-opendental", "procedurelog", "*") == [
        "+    select:",
        "+    - procedurelog.*",
    ]


def test_meltano_config_set_adds_only_its_value(project: Path) -> None:
    assert changed_lines(project, "config", "set", "tap-opendental", "lookback_days", "10") == [
        "+    config:",
        "+      lookback_days: 10",
    ]


def test_the_nightly_jobs_check_source_freshness_after_the_build() -> None:
    """`meltano run nightly` (and `warehouse`) build, then check every practice's raw tables."""
    document = yaml.safe_load((PROJECT_ROOT / "meltano.yml").read_text())
    jobs = {job["name"]: job["tasks"] for job in document["jobs"]}
    for name in ("nightly", "warehouse"):
        assert jobs[name][-1].split()[-2:] == ["dbt:build", "dbt:source-freshness"], name
    dbt = next(u for u in document["plugins"]["utilities"] if u["name"] == "dbt")
    assert dbt["commands"]["source-freshness"]["args"] == "source freshness"
