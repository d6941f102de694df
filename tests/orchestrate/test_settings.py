"""Stage limits and the meltano command line the tasks run."""

from __future__ import annotations

import datetime
import shlex
import subprocess

import pytest
from opendental_airflow.settings import SettingError, StageLimits, meltano

MINUTE = datetime.timedelta(minutes=1)


def test_the_limits_default_to_the_original_pipelines() -> None:
    limits = StageLimits.from_environment({})

    assert (limits.extract, limits.load, limits.transform) == (
        30 * MINUTE,
        45 * MINUTE,
        60 * MINUTE,
    )
    assert (limits.retries, limits.retry_delay) == (3, 5 * MINUTE)
    assert limits.default_args() == {
        "retries": 3,
        "retry_delay": 5 * MINUTE,
        "execution_timeout": 15 * MINUTE,
    }


def test_the_limits_are_read_from_the_ops_settings() -> None:
    limits = StageLimits.from_environment(
        {
            "OPS_EXTRACT_TIMEOUT_MINUTES": "90",
            "OPS_LOAD_TIMEOUT_MINUTES": "2.5",
            "OPS_TRANSFORM_TIMEOUT_MINUTES": " 120 ",
            "OPS_RETRIES": "0",
            "OPS_RETRY_DELAY_MINUTES": "0",
            "OPENDENTAL_CHECK_TIMEOUT_MINUTES": "5",
        }
    )

    assert (limits.extract, limits.load, limits.transform) == (
        90 * MINUTE,
        2.5 * MINUTE,
        120 * MINUTE,
    )
    assert (limits.retries, limits.retry_delay, limits.check) == (0, 0 * MINUTE, 5 * MINUTE)


@pytest.mark.parametrize(
    ("environ", "problem"),
    [
        ({"OPS_RETRIES": "three"}, "OPS_RETRIES must be a number, not 'three'"),
        ({"OPS_RETRIES": "-1"}, "OPS_RETRIES must be at least 0, not -1"),
        ({"OPS_LOAD_TIMEOUT_MINUTES": "0"}, "OPS_LOAD_TIMEOUT_MINUTES must be at least 1"),
    ],
)
def test_a_limit_that_cannot_be_used_names_its_variable(
    environ: dict[str, str], problem: str
) -> None:
    with pytest.raises(SettingError, match=problem):
        StageLimits.from_environment(environ)


def test_the_meltano_command_quotes_its_arguments_and_finds_meltano_at_run_time() -> None:
    command = meltano("invoke", "ops:notify", "--message", "it's $HOME; done")
    echoed = subprocess.run(
        ["bash", "-c", command],
        env={"MELTANO_EXECUTABLE": "echo"},
        capture_output=True,
        text=True,
        check=True,
    )

    assert shlex.split(command)[1:] == ["invoke", "ops:notify", "--message", "it's $HOME; done"]
    assert echoed.stdout == "invoke ops:notify --message it's $HOME; done\n"
