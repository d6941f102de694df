"""Groups of practices: each practice is one file of Meltano plugin instances and jobs.

``add_practice`` writes ``extract/practices/<id>.meltano.yml``, which ``meltano.yml`` merges
through ``include_paths``. The file defines, for practice ``<id>``:

- ``tap-opendental--<id>``: the practice's OpenDental server, read with its own catalog
  (``extract/practices/<id>/tables.yml``) and its own bookmarks;
- ``target-mysql-replica--<id>`` and ``tap-opendental--replica--<id>``: its replica database
  (``opendental_replica_<id>``) on the project's replica server;
- ``target-postgres--<id>``: its raw schema (``raw_<id>``) in the project's warehouse;
- the jobs ``nightly--<id>`` (source, replica, raw) and ``warehouse--<id>`` (source, raw),
  without dbt, which builds once after every practice has loaded.
"""

from __future__ import annotations

import os
import re
import typing as t

from opendental_ops.settings import project_root

if t.TYPE_CHECKING:
    from pathlib import Path

#: A practice id: it names plugins, jobs, a PostgreSQL schema and a MySQL database.
PRACTICE_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
#: The implicit practice of a single-practice project (raw schema ``raw``).
MAIN_PRACTICE = "main"

_TEMPLATE = """\
# Practice `{id}` (written by `meltano invoke ops:add-practice {id}`; see README.md here).
# Its OpenDental server comes from the environment, like the project's own settings:
# {env}_HOST, _PORT (default 3306), _USER, _PASSWORD and _DATABASE.
# The replica server and the warehouse are the project's (TARGET_MYSQL_REPLICA_*,
# TARGET_POSTGRES_*); the practice has its own replica database and raw schema.
#
#   meltano invoke tap-opendental--{id}:analyze   # writes extract/practices/{id}/tables.yml
#   meltano run nightly--{id} dbt:build           # or warehouse--{id}, without the replica
plugins:
  extractors:
  - name: tap-opendental--{id}
    inherit_from: tap-opendental
    config:
      # Never the project's own source: left unset, these stay empty and the run stops.
      host: ${{{env}_HOST}}
      port: ${{{env}_PORT}}
      user: ${{{env}_USER}}
      password: ${{{env}_PASSWORD}}
      database: ${{{env}_DATABASE}}
      catalog_path: ${{MELTANO_PROJECT_ROOT}}/extract/practices/{id}/tables.yml
    commands:
      analyze:
        executable: tap-opendental-analyze
        args: >-
          --report-dir logs/schema_analysis/{id}/reports
          --backup-dir logs/schema_analysis/{id}/backups
        description: Read the practice's information_schema and (re)write its tables.yml.
  - name: tap-opendental--replica--{id}
    inherit_from: tap-opendental--replica
    config:
      database: opendental_replica_{id}
      catalog_path: ${{MELTANO_PROJECT_ROOT}}/extract/practices/{id}/tables.yml

  loaders:
  - name: target-mysql-replica--{id}
    inherit_from: target-mysql-replica
    config:
      database: opendental_replica_{id}
  - name: target-postgres--{id}
    inherit_from: target-postgres
    config:
      default_target_schema: raw_{id}

# dbt:build is left out: it runs once, after every practice has loaded.
jobs:
- name: nightly--{id}
  tasks:
  - tap-opendental--{id} target-mysql-replica--{id}
  - tap-opendental--replica--{id} target-postgres--{id}
- name: warehouse--{id}
  tasks:
  - tap-opendental--{id} target-postgres--{id}
"""


class PracticeError(ValueError):
    """A practice cannot be added; the message says why."""


def practices_dir(root: Path | None = None) -> Path:
    """The folder of the practice files, ``extract/practices/``."""
    return (root or project_root()) / "extract" / "practices"


def practice_file(practice_id: str, root: Path | None = None) -> Path:
    """The file that defines practice ``practice_id``."""
    return practices_dir(root) / f"{practice_id}.meltano.yml"


def env_prefix(practice_id: str) -> str:
    """The prefix of the practice source's variables, as Meltano names them for the instance."""
    return f"TAP_OPENDENTAL__{practice_id.upper()}"


def raw_schema(practice_id: str) -> str:
    """The practice's schema in the warehouse (``TARGET_POSTGRES_..._DEFAULT_TARGET_SCHEMA``)."""
    if practice_id == MAIN_PRACTICE:
        return os.environ.get("TARGET_POSTGRES_DEFAULT_TARGET_SCHEMA") or "raw"
    setting = f"TARGET_POSTGRES__{practice_id.upper()}_DEFAULT_TARGET_SCHEMA"
    return os.environ.get(setting) or f"raw_{practice_id}"


def check_exists(practice_id: str, root: Path | None = None) -> str:
    """Return ``practice_id`` if the project has it (``main`` always), else raise PracticeError."""
    if practice_id != MAIN_PRACTICE and not practice_file(practice_id, root).is_file():
        msg = (
            f"no practice {practice_id!r}: {practice_file(practice_id, root)} does not exist "
            f"(`meltano invoke ops:add-practice {practice_id}` adds it)"
        )
        raise PracticeError(msg)
    return practice_id


def render(practice_id: str) -> str:
    """The text of a practice's file."""
    return _TEMPLATE.format(id=practice_id, env=env_prefix(practice_id))


def check_id(practice_id: str) -> str:
    """Return ``practice_id`` if it can name a new practice, else raise PracticeError."""
    if not PRACTICE_ID.fullmatch(practice_id):
        msg = (
            f"practice id {practice_id!r} must start with a lowercase letter and hold only "
            "lowercase letters, digits and underscores (at most 40)"
        )
        raise PracticeError(msg)
    if practice_id == MAIN_PRACTICE:
        msg = f"practice id {MAIN_PRACTICE!r} is the project's own practice (raw schema raw)"
        raise PracticeError(msg)
    return practice_id


def add_practice(practice_id: str, root: Path | None = None) -> Path:
    """Write the file of a new practice and return its path.

    Raises:
        PracticeError: The id is unusable, or the practice exists already.
    """
    check_id(practice_id)
    path = practice_file(practice_id, root)
    if path.exists():
        msg = f"practice {practice_id!r} exists already: {path}"
        raise PracticeError(msg)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as file:
        file.write(render(practice_id))
    return path


def practice_ids(root: Path | None = None) -> list[str]:
    """The group's further practices (each with its file here), in id order."""
    return sorted(
        path.name.removesuffix(".meltano.yml") for path in practices_dir(root).glob("*.meltano.yml")
    )


def practice_jobs(job: str, jobs: t.Iterable[str], root: Path | None = None) -> list[str]:
    """The further practices that have their own variant of ``job`` (``<job>--<id>``).

    ``nightly`` gives each practice's ``nightly--<id>``, ``warehouse`` its ``warehouse--<id>``;
    a job no practice has a variant of gives none.
    """
    known = set(jobs)
    return [pid for pid in practice_ids(root) if f"{job}--{pid}" in known]
