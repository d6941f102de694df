"""One Airflow DAG per Meltano schedule, from ``schedules.json`` (see orchestrate/README.md).

The ``nightly`` job gets the phased DAG of ``opendental_airflow.nightly``, the
``schema-analysis`` job the DAG of ``opendental_airflow.schema_analysis``, and any other job a
DAG of one ``meltano run <job>`` task. The DAG id is the schedule's name.
"""

from __future__ import annotations

from opendental_airflow import job, nightly, schema_analysis
from opendental_airflow.schedules import load_schedules
from opendental_airflow.settings import StageLimits

BUILDERS = {"nightly": nightly.build, "schema-analysis": schema_analysis.build}

_limits = StageLimits.from_environment()
for _schedule in load_schedules():
    globals()[_schedule.name] = BUILDERS.get(_schedule.job, job.build)(_schedule, _limits)
