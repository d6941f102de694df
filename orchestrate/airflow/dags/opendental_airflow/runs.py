"""What ties the tasks of one DAG run together: its directory and its Meltano run ID.

Every Meltano task of a run records its ``meltano run`` under one run ID derived from the DAG
run, so ``ops:report --run-id`` finds all of the run's extract-load pairs (each size tier's
included), whichever worker ran them. The run's files (the verification, the schema drift
check, the report) go to ``<runs dir>/<dag id>/<run id>/``.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path


def path_safe(text: str) -> str:
    """Text usable as one directory name (Airflow's run ids hold ``:`` and ``+``)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)


def meltano_run_id(dag_id: str, run_id: str) -> str:
    """The Meltano run ID of an Airflow run: the same for every task and every retry of it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"airflow:{dag_id}/{run_id}"))


def run_directory(runs_dir: Path, dag_id: str, run_id: str) -> Path:
    """The directory of one DAG run's files."""
    return runs_dir / dag_id / path_safe(run_id)
