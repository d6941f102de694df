"""What the commands ask Meltano: run records, state, logs, plugin settings and the project file.

Everything goes through Meltano's own command line (``meltano logs list``, ``meltano state
get``, ``meltano config print``, ``meltano logs dir``), so the commands see exactly what Meltano
sees: the same system database (``MELTANO_DATABASE_URI``), the same state backend, the same
environment. The executable is ``MELTANO_EXECUTABLE``, else ``meltano`` on the PATH, else the
project's ``.venv/bin/meltano``, else the one beside the Python running this.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import os
import shutil
import subprocess
import sys
import typing as t
from pathlib import Path

import yaml

from opendental_ops.settings import environment_name, project_root, redact

#: Runs of the system database read at most (about a year of nightly runs).
RUN_HISTORY = 1000


class MeltanoError(RuntimeError):
    """A Meltano command failed or could not be found; the message says which and why."""


def executable() -> str:
    """The Meltano executable to call."""
    configured = os.environ.get("MELTANO_EXECUTABLE")
    if configured:
        return configured
    found = shutil.which("meltano")
    if found:
        return found
    # The project's virtualenv, or the one running this (where meltano is a dependency).
    for local in (project_root() / ".venv" / "bin", Path(sys.executable).parent):
        if (local / "meltano").exists():
            return str(local / "meltano")
    msg = "cannot find the meltano executable: set MELTANO_EXECUTABLE or put meltano on the PATH"
    raise MeltanoError(msg)


def call(*args: str, timeout: float = 300) -> str:
    """Run a Meltano command in the project and return what it printed on stdout.

    Raises:
        MeltanoError: If it exits non-zero, with the last line it logged.
    """
    command = [executable(), *args]
    try:
        result = subprocess.run(
            command,
            cwd=project_root(),
            # Meltano's own log lines as JSON records: the error is a record's field.
            env={**os.environ, "MELTANO_CLI_LOG_FORMAT": "json"},
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        msg = f"`meltano {' '.join(args)}` failed: {exc}"
        raise MeltanoError(msg) from None
    if result.returncode != 0:
        errors = [
            str(event.get("event") or "")
            for event in _json_lines(result.stderr)
            if event.get("level") in ("error", "critical")
        ]
        # A usage error is printed as plain text, not logged.
        plain = [line for line in result.stderr.splitlines() if line.strip()]
        last = next((error for error in reversed(errors) if error.strip()), None) or (
            plain[-1] if plain else None
        )
        msg = f"`meltano {' '.join(args)}` failed: " + (
            redact(last.strip()) if last else f"exit code {result.returncode}"
        )
        raise MeltanoError(msg)
    return result.stdout


def _json_lines(text: str) -> list[dict[str, t.Any]]:
    """The JSON objects among the lines of ``text``."""
    found = []
    for line in text.splitlines():
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            found.append(value)
    return found


def call_json(*args: str) -> t.Any:
    """Run a Meltano command that prints JSON and parse it.

    Raises:
        MeltanoError: If it fails or prints something else.
    """
    output = call(*args)
    start = min((i for i in (output.find("{"), output.find("[")) if i >= 0), default=-1)
    try:
        return json.loads(output[start:]) if start >= 0 else None
    except json.JSONDecodeError:
        msg = f"`meltano {' '.join(args)}` printed no JSON"
        raise MeltanoError(msg) from None


def _timestamp(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)


@dataclasses.dataclass(frozen=True)
class Run:
    """One run of one extract-load pair, as Meltano's system database records it."""

    run_id: str
    state_id: str
    state: str
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None

    @property
    def duration_seconds(self) -> float | None:
        """How long it ran (None while it runs)."""
        if self.started_at is None or self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds()

    def as_dict(self) -> dict[str, t.Any]:
        """The run as JSON-ready values."""
        return {
            "run_id": self.run_id,
            "state_id": self.state_id,
            "state": self.state,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "duration_seconds": self.duration_seconds,
        }


def runs(limit: int = RUN_HISTORY) -> list[Run]:
    """The most recent runs, newest first (``meltano logs list``)."""
    document = call_json("logs", "list", "--format", "json", "--limit", str(limit)) or {}
    return [
        Run(
            run_id=str(row["log_id"]),
            state_id=str(row["job_name"]),
            state=str(row["state"]),
            started_at=_timestamp(row.get("started_at")),
            ended_at=_timestamp(row.get("ended_at")),
        )
        for row in document.get("runs", [])
        if row.get("state") != "STATE_EDIT"  # a `meltano state set`, not a run
    ]


def state(state_id: str) -> dict[str, t.Any]:
    """The bookmarks Meltano holds for a state ID (``meltano state get``); empty if none."""
    document = call_json("state", "get", state_id) or {}
    return document.get("singer_state") or {}


def logs_dir() -> Path:
    """Where Meltano writes its run logs (``meltano logs dir``)."""
    return Path(call("logs", "dir").strip().splitlines()[-1])


def plugin_config(plugin: str, *, extras: bool = False, secrets: bool = False) -> dict[str, t.Any]:
    """A plugin's effective settings in the active environment (``meltano config print``).

    Args:
        plugin: The plugin's name.
        extras: Return the extras (``_select`` ...) instead of the settings.
        secrets: Give the values of sensitive settings (a password to connect with) rather
            than Meltano's mask.
    """
    args = ["--environment", environment_name(), "config"]
    if secrets:
        args.append("--unsafe")
    args += ["print", plugin, "--format", "json"]
    if extras:
        args.append("--extras")
    return call_json(*args) or {}


@dataclasses.dataclass(frozen=True)
class Hop:
    """One extract-load pair of a job, and the state ID Meltano keeps its bookmarks under."""

    extractor: str
    loader: str

    def state_id(self, environment: str | None = None) -> str:
        """``<environment>:<extractor>-to-<loader>``, as ``meltano run`` names it."""
        return f"{environment or environment_name()}:{self.extractor}-to-{self.loader}"


@dataclasses.dataclass(frozen=True)
class Block:
    """One block of a job: an extract-load pair or a plugin command such as ``dbt:build``."""

    names: tuple[str, ...]
    hop: Hop | None = None


def _read_yaml(path: Path) -> dict[str, t.Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        msg = f"cannot read {path}: {exc}"
        raise MeltanoError(msg) from None
    return document if isinstance(document, dict) else {}


class ProjectFile:
    """``meltano.yml``, with the files its ``include_paths`` merge in: plugins, jobs, schedules.

    An included file (a practice's, ``extract/practices/<id>.meltano.yml``) adds its plugins,
    jobs and schedules to the project's, as Meltano merges them.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or project_root() / "meltano.yml"
        self.document = _read_yaml(self.path)
        for pattern in self.document.get("include_paths") or []:
            for included in sorted(self.path.parent.glob(pattern.removeprefix("./"))):
                self._merge(_read_yaml(included))

    def _merge(self, included: dict[str, t.Any]) -> None:
        plugins = self.document.setdefault("plugins", {})
        for kind, entries in (included.get("plugins") or {}).items():
            plugins[kind] = [*(plugins.get(kind) or []), *(entries or [])]
        for key in ("jobs", "schedules"):
            self.document[key] = [*(self.document.get(key) or []), *(included.get(key) or [])]

    def plugins(self, kind: str) -> dict[str, dict[str, t.Any]]:
        """The plugins of one kind (``extractors``, ``loaders``, ``utilities`` ...) by name."""
        entries = (self.document.get("plugins") or {}).get(kind) or []
        return {entry["name"]: entry for entry in entries if isinstance(entry, dict)}

    def jobs(self) -> dict[str, list[str]]:
        """Each job's tasks, by job name."""
        jobs = {}
        for job in self.document.get("jobs") or []:
            tasks = job.get("tasks") or []
            jobs[job["name"]] = [tasks] if isinstance(tasks, str) else list(tasks)
        return jobs

    def blocks(self, job: str) -> list[Block]:
        """The job's blocks in order, its extract-load pairs recognised.

        Raises:
            MeltanoError: If there is no such job.
        """
        jobs = self.jobs()
        if job not in jobs:
            msg = f"no job {job!r} in {self.path.name} (jobs: {', '.join(jobs) or 'none'})"
            raise MeltanoError(msg)
        extractors, loaders = self.plugins("extractors"), self.plugins("loaders")
        blocks: list[Block] = []
        pending: list[str] = []
        for task in jobs[job]:
            for name in task.split():
                if name in extractors:
                    pending = [name]
                elif pending and name in loaders:
                    blocks.append(Block((*pending, name), Hop(pending[0], name)))
                    pending = []
                elif pending:
                    pending.append(name)  # a mapper between the extractor and its loader
                else:
                    blocks.append(Block((name,)))
        return blocks

    def hops(self, job: str) -> list[Hop]:
        """The job's extract-load pairs, in order."""
        return [block.hop for block in self.blocks(job) if block.hop]

    def lineage(self, name: str) -> list[str]:
        """The plugin and the plugins it inherits from, nearest first."""
        chain = [name]
        by_name = {
            plugin: entry
            for kind in ("extractors", "loaders", "mappers")
            for plugin, entry in self.plugins(kind).items()
        }
        while (
            parent := (by_name.get(chain[-1]) or {}).get("inherit_from")
        ) and parent not in chain:
            chain.append(parent)
        return chain

    def pair(self, state_id: str) -> tuple[str, str] | None:
        """The extractor and loader of a state ID ``<env>:<extractor>-to-<loader>``.

        None for a state ID with a suffix (``meltano run --state-id-suffix``: bookmarks kept
        apart on purpose) or whose plugins are not in the project.
        """
        parts = state_id.split(":")
        if len(parts) > 2:
            return None
        pair = parts[-1]
        loaders = self.plugins("loaders")
        for extractor in sorted(self.plugins("extractors"), key=len, reverse=True):
            loader = pair.removeprefix(f"{extractor}-to-")
            if loader != pair and loader in loaders:
                return extractor, loader
        return None

    def hop_of(self, state_id: str, hops: list[Hop], environment: str | None = None) -> Hop | None:
        """Which of a job's pairs a run of ``state_id`` stands for, if any.

        A pair also runs as plugin instances inheriting from its extractor and loader (the
        Airflow DAG reads each size tier through ``tap-opendental--large`` ...). The nearest
        ancestor decides, and an extractor that a job runs itself is a pair of its own:
        ``tap-opendental--replica--large`` stands for ``tap-opendental--replica``, never for
        ``tap-opendental``.

        Args:
            state_id: A state ID from Meltano's records.
            hops: The job's pairs.
            environment: Only state IDs of this environment (any when None).
        """
        if environment is not None and not state_id.startswith(f"{environment}:"):
            return None
        pair = self.pair(state_id)
        if pair is None:
            return None
        loaders = self.lineage(pair[1])
        for extractor in self.lineage(pair[0]):
            for hop in hops:
                if hop.extractor == extractor and hop.loader in loaders:
                    return hop
            if extractor in self.job_extractors:
                return None
        return None

    @functools.cached_property
    def job_extractors(self) -> set[str]:
        """The extractors the project's jobs run."""
        return {
            block.hop.extractor for job in self.jobs() for block in self.blocks(job) if block.hop
        }


def state_ids() -> list[str]:
    """Every state ID Meltano holds bookmarks under (``meltano state list``)."""
    return [line.strip() for line in call("state", "list").splitlines() if line.strip()]
