"""What a run's task states say: did the load succeed, and how did the run end."""

from __future__ import annotations

import dataclasses
import typing as t

SUCCESS = "success"
FAILED = "failed"
UPSTREAM_FAILED = "upstream_failed"
#: The project's own practice, in a group of practices.
MAIN_PRACTICE = "main"


def all_succeeded(states: t.Mapping[str, str | None], groups: t.Iterable[str]) -> bool:
    """Whether every task of these task groups succeeded (and the groups have tasks).

    Args:
        states: Task id to state, for one run.
        groups: Task group ids such as ``extract_load``.
    """
    prefixes = tuple(f"{group}." for group in groups)
    members = [state for task_id, state in states.items() if task_id.startswith(prefixes)]
    return bool(members) and all(state == SUCCESS for state in members)


def any_ran(states: t.Mapping[str, str | None], groups: t.Iterable[str]) -> bool:
    """Whether any task of these task groups ran (succeeded or failed)."""
    prefixes = tuple(f"{group}." for group in groups)
    return any(
        state in (SUCCESS, FAILED)
        for task_id, state in states.items()
        if task_id.startswith(prefixes)
    )


def loaded_practices(
    states: t.Mapping[str, str | None],
    practice_ids: t.Iterable[str],
    *,
    main_groups: t.Iterable[str],
    group: str,
) -> list[str]:
    """The practices whose load succeeded in a run, the project's own (``main``) first.

    Args:
        states: Task id to state, for one run.
        practice_ids: The further practices, each with a task group ``<group>.<id>``.
        main_groups: The task groups that must all succeed for the project's own practice.
        group: The task group holding the further practices' groups.
    """
    loaded = [MAIN_PRACTICE] if all_succeeded(states, main_groups) else []
    return loaded + [
        practice_id
        for practice_id in practice_ids
        if all_succeeded(states, [f"{group}.{practice_id}"])
    ]


@dataclasses.dataclass(frozen=True)
class RunOutcome:
    """How a run ended: the tasks that failed, and those that could not run because of them."""

    failed: tuple[str, ...]
    not_run: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether no task failed."""
        return not self.failed and not self.not_run

    @property
    def status(self) -> str:
        """``success`` or ``failure``, as ``ops:notify --status`` takes it."""
        return "success" if self.ok else "failure"

    def describe(self, dag_id: str, run_id: str) -> str:
        """One line for a person: what ran and where it failed."""
        if self.ok:
            return f"{dag_id} succeeded (run {run_id})"
        where = ", ".join(self.failed) or "an upstream task"
        line = f"{dag_id} FAILED at {where} (run {run_id})"
        if self.not_run:
            line += f"; {len(self.not_run)} tasks after it did not run"
        return line


def run_outcome(states: t.Mapping[str, str | None], exclude: t.Collection[str] = ()) -> RunOutcome:
    """Summarise a run from its task states, leaving out ``exclude`` (the task asking)."""
    relevant = {task_id: state for task_id, state in states.items() if task_id not in exclude}
    return RunOutcome(
        failed=tuple(sorted(task for task, state in relevant.items() if state == FAILED)),
        not_run=tuple(sorted(task for task, state in relevant.items() if state == UPSTREAM_FAILED)),
    )
