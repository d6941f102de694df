"""The suite does not depend on the shell it is started from.

A user's shell may hold settings for their own servers (PGPASSWORD, TAP_OPENDENTAL_*, ...);
``make test`` passes all the same, because the suite drops them before any test runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT_ROOT

CALLER = {
    "PGPASSWORD": "x",
    "PGHOST": "db.example.com",
    "PGUSER": "someone",
    "PGPORT": "5433",
    "PGDATABASE": "theirs",
    "PGSERVICE": "theirs",
    "PGOPTIONS": "-c search_path=theirs",
    "MYSQL_PWD": "x",
    "MYSQL_HOST": "db.example.com",
    "TAP_OPENDENTAL_PASSWORD": "x",
    "TAP_OPENDENTAL__NORTH_HOST": "north.example.com",
    "TARGET_POSTGRES_HOST": "warehouse.example.com",
    "TARGET_SNOWFLAKE_ACCOUNT": "theirs",
    "MELTANO_ENVIRONMENT": "prod",
    "OPS_WEBHOOK_URL": "https://hooks.example.com/theirs",
    "SYNTHETIC_PRACTICE_HOST": "db.example.com",
}

INNER_TEST = f"""
import os
import subprocess

CALLER = {sorted(CALLER)!r}


def test_the_callers_settings_are_gone():
    assert [name for name in CALLER if name in os.environ] == []
    child = subprocess.run(["env"], capture_output=True, text=True, check=True).stdout
    assert [name for name in CALLER if f"\\n{{name}}=" in f"\\n{{child}}"] == []
    assert os.environ["TEST_POSTGRES_PASSWORD"] == "kept"
"""


def test_the_callers_settings_never_reach_a_test(tmp_path: Path) -> None:
    test_file = tmp_path / "test_inner.py"
    test_file.write_text(INNER_TEST)
    env = {**os.environ, **CALLER, "TEST_POSTGRES_PASSWORD": "kept"}

    # The suite's conftest, loaded as a plugin, on a test of its own.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.conftest",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
            "-q",
            str(test_file),
        ],
        cwd=PROJECT_ROOT,
        env={**env, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "1 passed" in result.stdout
