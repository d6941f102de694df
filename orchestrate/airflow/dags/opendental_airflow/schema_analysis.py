"""The schema-analysis DAG: re-analyse the source and report what changed, with a severity.

1. ``validate_source``: the connections (``ops:test-connections``);
2. ``analyze_schema``: the ``schema-analysis`` job, which keeps the previous
   ``extract/tables.yml`` in ``logs/schema_analysis/backups/``, writes the new one, and writes a
   change report with a severity (INFO, WARNING or CRITICAL) in ``logs/schema_analysis/reports/``;
3. ``review_changes``: reads that report;
4. ``notify``: one message with the severity of the changes, sent every week (and an alert
   when a task failed).

Review the change report, then commit the new ``extract/tables.yml``: the nightly runs read it.
"""

from __future__ import annotations

import json
from pathlib import Path

from airflow.sdk import DAG, chain, get_current_context, task

from opendental_airflow.schedules import Schedule
from opendental_airflow.settings import StageLimits, meltano, project_root
from opendental_airflow.tasks import dag_arguments, meltano_task, notify_task

#: Where the schema analysis writes its change reports (relative to the project).
REPORT_DIR = "logs/schema_analysis/reports"


def summarize_changes(report_dir: Path, since: float) -> str:
    """One line about the change report written at or after ``since`` (a POSIX time).

    It names the severity (INFO, WARNING or CRITICAL), the number of changes and the report;
    a first analysis has no previous catalog to compare with, so no report.
    """
    reports = [
        path for path in report_dir.glob("schema-changes-*.json") if path.stat().st_mtime >= since
    ]
    if not reports:
        return "schema changes: none reported (a first analysis has nothing to compare with)"
    path = max(reports, key=lambda candidate: candidate.stat().st_mtime)
    document = json.loads(path.read_text())
    severity = document.get("severity", "INFO")
    changes = document.get("changes", [])
    return f"schema changes: {severity}, {len(changes)} change(s) (see {path.with_suffix('.md')})"


@task
def review_changes() -> str:
    """Read the change report of this run's analysis."""
    started = get_current_context()["dag_run"].start_date
    line = summarize_changes(project_root() / REPORT_DIR, started.timestamp() - 1 if started else 0)
    print(line)
    return line


def build(schedule: Schedule, limits: StageLimits) -> DAG:
    """The DAG of a schedule of the ``schema-analysis`` job."""
    with DAG(**dag_arguments(schedule, limits, __doc__)) as dag:
        chain(
            meltano_task(
                "validate_source", meltano("invoke", "ops:test-connections"), env=schedule.env
            ),
            meltano_task(
                "analyze_schema",
                meltano("run", schedule.job),
                env=schedule.env,
                execution_timeout=limits.analyze,
            ),
            review_changes(),
            notify_task(summary_task_id="review_changes", always=True, env=schedule.env),
        )
    return dag
