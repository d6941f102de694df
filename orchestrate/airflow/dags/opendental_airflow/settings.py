"""What the DAGs read from the environment: the project, the meltano executable, stage limits.

Every limit has the original pipeline's default and an environment variable to change it; the
DAGs hand them to Airflow's own ``execution_timeout``, ``retries`` and ``retry_delay``. The
``OPS_*`` ones are settings of the ``airflow`` plugin (``meltano config list airflow``):

================================== ======= ==================================================
variable                           default what it bounds
================================== ======= ==================================================
OPS_EXTRACT_TIMEOUT_MINUTES        30      one tier's read of the practice (source -> replica)
OPS_LOAD_TIMEOUT_MINUTES           45      one tier's load of the warehouse (replica -> raw)
OPS_TRANSFORM_TIMEOUT_MINUTES      60      dbt build
OPS_RETRIES                        3       retries of a failed task
OPS_RETRY_DELAY_MINUTES            5       the wait before each retry
OPENDENTAL_CHECK_TIMEOUT_MINUTES   15      validation, verification, report and notification
OPENDENTAL_ANALYZE_TIMEOUT_MINUTES 30      the schema analysis
================================== ======= ==================================================

Set them with ``meltano config set airflow <setting>``, in the workers' environment or in the
project's ``.env``: ``meltano invoke airflow`` exports each under its variable.

``OPENDENTAL_TIMEZONE`` (``America/Chicago`` by default) is the practice's time zone: the
schedules' cron expressions are read in it, so the nightly run starts at 21:00 there.
``OPENDENTAL_RUNS_DIR`` (``logs/airflow`` in the project by default) holds each run's files:
``<dag>/<run>/`` gets the verification, the schema drift check and the run report. Both are
settings of the ``airflow`` plugin too (``meltano config list airflow``).
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import shlex
import typing as t
from pathlib import Path

#: The project root when MELTANO_PROJECT_ROOT is not set: dags/ sits in orchestrate/airflow/.
_DEFAULT_PROJECT_ROOT = Path(__file__).resolve().parents[4]
DEFAULT_TIMEZONE = "America/Chicago"


class SettingError(ValueError):
    """A setting in the environment that cannot be used, with the variable to fix."""


def project_root(environ: t.Mapping[str, str] = os.environ) -> Path:
    """The Meltano project the tasks run in."""
    configured = environ.get("MELTANO_PROJECT_ROOT")
    return Path(configured) if configured else _DEFAULT_PROJECT_ROOT


def practice_timezone(environ: t.Mapping[str, str] = os.environ) -> str:
    """The practice's time zone name (``OPENDENTAL_TIMEZONE``)."""
    return (environ.get("OPENDENTAL_TIMEZONE") or DEFAULT_TIMEZONE).strip()


def runs_dir(environ: t.Mapping[str, str] = os.environ) -> Path:
    """Where each run keeps its files (``OPENDENTAL_RUNS_DIR``)."""
    configured = environ.get("OPENDENTAL_RUNS_DIR")
    return Path(configured) if configured else project_root(environ) / "logs" / "airflow"


def meltano(*args: str) -> str:
    """A shell command running ``meltano`` with these arguments.

    The executable is resolved when the task runs: ``$MELTANO_EXECUTABLE`` (which
    ``meltano invoke airflow`` sets to the project's own meltano), else ``meltano`` on the PATH.
    """
    return '"${MELTANO_EXECUTABLE:-meltano}" ' + shlex.join(args)


def _number(environ: t.Mapping[str, str], name: str, default: float, minimum: float) -> float:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingError(f"{name} must be a number, not {raw!r}") from None
    if value < minimum:
        raise SettingError(f"{name} must be at least {minimum:g}, not {raw}")
    return value


def _minutes(
    environ: t.Mapping[str, str], name: str, default: float, minimum: float = 1
) -> datetime.timedelta:
    return datetime.timedelta(minutes=_number(environ, name, default, minimum))


@dataclasses.dataclass(frozen=True)
class StageLimits:
    """Timeouts per stage and the retry policy of every task."""

    extract: datetime.timedelta
    load: datetime.timedelta
    transform: datetime.timedelta
    check: datetime.timedelta
    analyze: datetime.timedelta
    retries: int
    retry_delay: datetime.timedelta

    @classmethod
    def from_environment(cls, environ: t.Mapping[str, str] = os.environ) -> StageLimits:
        """Read the limits, with the original defaults for those not set.

        Raises:
            SettingError: When a variable is not a number, or is below its minimum (1 minute for
                a timeout, 0 for the retries and their delay).
        """
        return cls(
            extract=_minutes(environ, "OPS_EXTRACT_TIMEOUT_MINUTES", 30),
            load=_minutes(environ, "OPS_LOAD_TIMEOUT_MINUTES", 45),
            transform=_minutes(environ, "OPS_TRANSFORM_TIMEOUT_MINUTES", 60),
            check=_minutes(environ, "OPENDENTAL_CHECK_TIMEOUT_MINUTES", 15),
            analyze=_minutes(environ, "OPENDENTAL_ANALYZE_TIMEOUT_MINUTES", 30),
            retries=int(_number(environ, "OPS_RETRIES", 3, minimum=0)),
            retry_delay=_minutes(environ, "OPS_RETRY_DELAY_MINUTES", 5, minimum=0),
        )

    def default_args(self) -> dict[str, t.Any]:
        """The DAGs' ``default_args``: retries with a delay, and the check timeout."""
        return {
            "retries": self.retries,
            "retry_delay": self.retry_delay,
            "execution_timeout": self.check,
        }
