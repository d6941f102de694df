"""The Meltano schedules the DAGs are built from, read from ``schedules.json``.

``meltano invoke airflow:generate-dags`` writes that file from ``meltano schedule list
--format=json``, with the group's practices (each ``nightly--<id>`` job of ``meltano job
list``), so parsing a DAG never runs Meltano. A job's task reads as Meltano reads it:
extractor/loader pairs (``tap-... target-...``), each one hop of data, and plugin commands
(``dbt:build``) after them.
"""

from __future__ import annotations

import dataclasses
import json
import typing as t
from pathlib import Path

SCHEDULES_FILE = Path(__file__).resolve().parent.parent / "schedules.json"
#: Meltano intervals of schedules that run only when triggered (Meltano gives them no cron).
MANUAL_INTERVALS = ("@manual", "@none")


class ScheduleError(ValueError):
    """A schedule or job the DAGs cannot be built from."""


@dataclasses.dataclass(frozen=True)
class Hop:
    """One extractor/loader pair of a job."""

    extractor: str
    loader: str


@dataclasses.dataclass(frozen=True)
class Command:
    """A plugin command of a job, such as ``dbt:build``."""

    plugin: str
    command: str

    @property
    def name(self) -> str:
        """The command as Meltano spells it."""
        return f"{self.plugin}:{self.command}"

    @property
    def task_id(self) -> str:
        """A task id for it: ``dbt_build``."""
        return self.name.replace(":", "_").replace("-", "_")


@dataclasses.dataclass(frozen=True)
class Schedule:
    """A Meltano schedule of a job.

    Attributes:
        name: The schedule's name, which is the DAG's id.
        interval: A cron expression, ``@once``, or one of ``MANUAL_INTERVALS``.
        job: The job it runs.
        tasks: The job's tasks, each as one line (``tap-a target-b dbt:build``).
        env: Environment variables the schedule sets for its runs.
    """

    name: str
    interval: str
    job: str
    tasks: tuple[str, ...]
    env: t.Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def manual(self) -> bool:
        """Whether the schedule runs only when triggered."""
        return self.interval in MANUAL_INTERVALS

    def steps(self) -> list[Hop | Command]:
        """The job's hops and commands, in order."""
        return [step for task in self.tasks for step in parse_task(task)]


@dataclasses.dataclass(frozen=True)
class Practice:
    """A practice of the group besides the project's own (``extract/practices/<id>.meltano.yml``).

    Attributes:
        id: The practice's id (``north``).
        job: Its nightly job, ``nightly--<id>``: its hops, without dbt.
        tasks: The job's tasks, each as one line.
    """

    id: str
    job: str
    tasks: tuple[str, ...]

    def steps(self) -> list[Hop | Command]:
        """The job's hops and commands, in order."""
        return [step for task in self.tasks for step in parse_task(task)]


def parse_task(task: str) -> list[Hop | Command]:
    """Read one task of a job (``tap-a target-b dbt:build``) into hops and commands.

    Raises:
        ScheduleError: For a name that is neither a Singer tap, target or plugin command, or an
            extractor without its loader.
    """
    steps: list[Hop | Command] = []
    names = task.split()
    index = 0
    while index < len(names):
        name = names[index]
        if ":" in name:
            plugin, _, command = name.partition(":")
            steps.append(Command(plugin, command))
            index += 1
        elif name.startswith("tap-"):
            loader = names[index + 1] if index + 1 < len(names) else ""
            if not loader.startswith("target-"):
                raise ScheduleError(f"{task!r}: {name} must be followed by a target")
            steps.append(Hop(name, loader))
            index += 2
        else:
            raise ScheduleError(f"{task!r}: {name!r} is not a tap, a target or a plugin command")
    return steps


def _task_text(task: str | list[str]) -> str:
    # A job's task is a string, or a list of plugin names Meltano runs as one.
    return task if isinstance(task, str) else " ".join(task)


_T = t.TypeVar("_T")


def _read(path: Path, problem: str, parse: t.Callable[[t.Any], _T]) -> _T:
    """Parse ``schedules.json`` with ``parse``; a missing or malformed file is a ScheduleError."""
    if not path.exists():
        raise ScheduleError(f"{path} is missing: run `meltano invoke airflow:generate-dags`")
    try:
        return parse(json.loads(path.read_text()))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ScheduleError(
            f"{path} {problem} ({exc!r}): run `meltano invoke airflow:generate-dags`"
        ) from exc


def load_schedules(path: Path = SCHEDULES_FILE) -> list[Schedule]:
    """The job schedules of ``schedules.json`` (as ``meltano schedule list --format=json``).

    Schedules of an extractor and a loader without a job (Meltano's ``elt`` schedules) are not
    read: the generator refuses them.

    Raises:
        ScheduleError: When the file is missing or is not a schedule list.
    """
    return _read(
        path,
        "is not a Meltano schedule list",
        lambda document: [
            Schedule(
                name=entry["name"],
                interval=entry["cron_interval"] or entry["interval"],
                job=entry["job"]["name"],
                tasks=tuple(_task_text(task) for task in entry["job"]["tasks"]),
                env={str(name): str(value) for name, value in (entry.get("env") or {}).items()},
            )
            for entry in document["schedules"]["job"]
        ],
    )


def load_practices(path: Path = SCHEDULES_FILE) -> list[Practice]:
    """The practices of ``schedules.json`` besides the project's own, in id order.

    A file without practices (a single practice) gives none.

    Raises:
        ScheduleError: When the file is missing or its practices cannot be read.
    """
    return _read(
        path,
        "holds practices that cannot be read",
        lambda document: [
            Practice(
                id=entry["id"],
                job=entry["job"]["name"],
                tasks=tuple(_task_text(task) for task in entry["job"]["tasks"]),
            )
            for entry in document.get("practices") or []
        ],
    )
