"""One Airflow DAG per Meltano schedule, from ``schedules.json`` (see orchestrate/README.md).

The ``nightly`` job gets the phased DAG of ``opendental_airflow.nightly``, with a task group per
further practice of the group (``schedules.json``'s ``practices``), the ``schema-analysis`` job
the DAG of ``opendental_airflow.schema_analysis``, and any other job a DAG of one ``meltano run
<job>`` task. The DAG id is the schedule's name.
"""

from __future__ import annotations

import functools

from opendental_airflow import job, nightly, schema_analysis
from opendental_airflow.schedules import load_practices, load_schedules
from opendental_airflow.settings import StageLimits

BUILDERS = {
    "nightly": functools.partial(nightly.build, practices=load_practices()),
    "schema-analysis": schema_analysis.build,
}

_limits = StageLimits.from_environment()
for _schedule in load_schedules():
    globals()[_schedule.name] = BUILDERS.get(_schedule.job, job.build)(_schedule, _limits)
