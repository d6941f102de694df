"""Write ``dags/schedules.json`` from ``meltano schedule list --format=json``.

Run it as ``meltano invoke airflow:generate-dags`` after changing a schedule or a job in
``meltano.yml``, and commit the file: the DAGs read it, so parsing them never runs Meltano.
``--check`` only tells whether the file is up to date (exit 1 when it is not), for CI.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

SCHEDULES_FILE = Path(__file__).resolve().parent / "dags" / "schedules.json"


def meltano_schedules(project_root: Path) -> dict:
    """The project's schedules, as Meltano lists them."""
    executable = os.environ.get("MELTANO_EXECUTABLE") or "meltano"
    result = subprocess.run(
        [executable, "schedule", "list", "--format=json"],
        cwd=project_root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"error: meltano schedule list failed:\n{result.stderr[-2000:]}")
    document = json.loads(result.stdout)
    direct = [entry["name"] for entry in document["schedules"].get("elt", [])]
    if direct:
        raise SystemExit(
            f"error: schedules {', '.join(direct)} run an extractor and a loader without a job; "
            "give each a job in meltano.yml (the DAGs are built from jobs)"
        )
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
    names = [entry["name"] for entry in json.loads(text)["schedules"]["job"]]
    print(f"wrote {args.output}: {', '.join(names) or 'no schedules'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
