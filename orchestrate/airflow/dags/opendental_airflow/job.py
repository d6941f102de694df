"""The DAG of any other schedule: ``meltano run <job>``, with retries, a timeout and an alert.

Airflow's ``retries``, ``retry_delay`` and ``execution_timeout`` run it again and stop it; its
``on_failure_callback`` alerts through ``ops:notify`` once the last attempt failed.
"""

from __future__ import annotations

from airflow.sdk import DAG

from opendental_airflow.schedules import Schedule
from opendental_airflow.settings import StageLimits, meltano
from opendental_airflow.tasks import alert_on_failure, dag_arguments, meltano_task


def build(schedule: Schedule, limits: StageLimits) -> DAG:
    """One task running the schedule's job."""
    with DAG(**dag_arguments(schedule, limits, f"`meltano run {schedule.job}`")) as dag:
        meltano_task(
            "run_job",
            meltano("run", schedule.job),
            env=schedule.env,
            execution_timeout=limits.extract + limits.load + limits.transform,
            on_failure_callback=alert_on_failure(schedule.env),
        )
    return dag
