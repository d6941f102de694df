"""Write ``dags/schedules.json`` from ``meltano schedule list`` and ``meltano job list``.

Run it as ``meltano invoke airflow:generate-dags`` after changing a schedule or a job in
``meltano.yml`` and after adding or removing a practice (``extract/practices/``), and commit the
file: the DAGs read it, so parsing them never runs Meltano. Besides the schedules, it lists the
group's practices: every job named ``nightly--<id>`` is practice ``<id>``'s nightly load, which
the nightly DAG runs beside the project's own. ``--check`` only tells whether the file is up to
date (exit 1 when it is not), for CI.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

SCHEDULES_FILE = Path(__file__).resolve().parent / "dags" / "schedules.json"


#: A practice's nightly job: ``nightly--<id>`` (written by ``ops:add-practice``).
PRACTICE_JOB_PREFIX = "nightly--"


def _meltano_json(project_root: Path, *args: str) -> dict:
    executable = os.environ.get("MELTANO_EXECUTABLE") or "meltano"
    result = subprocess.run(
        [executable, *args, "--format=json"],
        cwd=project_root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"error: meltano {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def practices(jobs: dict) -> list[dict]:
    """The group's practices besides the project's own: one per ``nightly--<id>`` job."""
    # `meltano job list` may list an included file's job more than once.
    found = {
        job["job_name"].removeprefix(PRACTICE_JOB_PREFIX): {
            "id": job["job_name"].removeprefix(PRACTICE_JOB_PREFIX),
            "job": {"name": job["job_name"], "tasks": job["tasks"]},
        }
        for job in jobs.get("jobs", [])
        if job["job_name"].startswith(PRACTICE_JOB_PREFIX)
    }
    return [found[practice_id] for practice_id in sorted(found)]


def meltano_schedules(project_root: Path) -> dict:
    """The project's schedules, as Meltano lists them, and its practices."""
    document = _meltano_json(project_root, "schedule", "list")
    direct = [entry["name"] for entry in document["schedules"].get("elt", [])]
    if direct:
        raise SystemExit(
            f"error: schedules {', '.join(direct)} run an extractor and a loader without a job; "
            "give each a job in meltano.yml (the DAGs are built from jobs)"
        )
    document["practices"] = practices(_meltano_json(project_root, "job", "list"))
    return document


def render(document: dict) -> str:
    """The file's text: stable, so an unchanged schedule list leaves it unchanged."""
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Entry point: write (or check) the schedules file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=SCHEDULES_FILE, help="file to write")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    root = Path(os.environ.get("MELTANO_PROJECT_ROOT") or SCHEDULES_FILE.parents[3])
    text = render(meltano_schedules(root))
    current = args.output.read_text() if args.output.exists() else None
    if args.check:
        if current != text:
            print(f"{args.output} is out of date: run `meltano invoke airflow:generate-dags`")
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(text)
    document = json.loads(text)
    names = [entry["name"] for entry in document["schedules"]["job"]]
    ids = [practice["id"] for practice in document["practices"]]
    print(
        f"wrote {args.output}: {', '.join(names) or 'no schedules'}; "
        f"practices: {', '.join(['main', *ids])}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
