"""Validate and show the configuration the pipeline runs with.

``validate`` checks what a nightly run needs before it starts: the schema-analysis catalog
(loads, is fresh, was analysed on the configured database), the settings of every database
the job writes or reads, ``meltano.yml`` (plugins, jobs, schedules, environments), the
operations settings (the alert channels), and, on request, the connections.
``show`` prints the effective settings by section, secrets redacted.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime
import os
import typing as t

from opendental_ops import meltano, notify
from opendental_ops.connections import (
    ConnectionFailed,
    Database,
    pipeline_database,
    pipeline_databases,
)
from opendental_ops.settings import (
    REDACTED,
    AlertSettings,
    SettingError,
    catalog_max_age_days,
    catalog_path,
    environment_name,
    project_root,
    redact,
    report_dir,
)
from tap_opendental.tables import TablesFileError, load_tables, read_document

#: The plugins the pipeline's jobs are made of.
REQUIRED_PLUGINS = {
    "extractors": ("tap-opendental", "tap-opendental--replica"),
    "loaders": ("target-mysql-replica", "target-postgres"),
    "utilities": ("dbt", "ops"),
}
#: The loader whose database each role is.
_ROLE_OF_LOADER = {"target-mysql-replica": "replica", "target-postgres": "warehouse"}


@dataclasses.dataclass(frozen=True)
class Check:
    """One finding: ``ok``, ``warning`` or ``error``, about what, and what it found."""

    level: str
    subject: str
    detail: str


def _catalog_checks(max_age_days: float, configured_db: str) -> list[Check]:
    path = catalog_path()
    try:
        tables = load_tables(path)
        document = read_document(path)
    except TablesFileError as exc:
        return [Check("error", "catalog", str(exc))]
    checks = [Check("ok", "catalog", f"{path}: {len(tables)} tables")]
    analyzed = document.get("analyzed_at")
    if analyzed:
        when = datetime.datetime.fromisoformat(str(analyzed))
        when = when if when.tzinfo else when.replace(tzinfo=datetime.timezone.utc)
        age = (datetime.datetime.now(datetime.timezone.utc) - when).total_seconds() / 86400
        level = "warning" if age > max_age_days else "ok"
        advice = (
            f"; older than {max_age_days:g} days: re-run `meltano invoke tap-opendental:analyze`"
            if level == "warning"
            else ""
        )
        checks.append(
            Check(level, "catalog age", f"analysed {analyzed}, {age:.0f} days ago{advice}")
        )
    else:
        checks.append(
            Check("warning", "catalog age", "tables.yml does not say when it was analysed")
        )
    analysed_db = (document.get("source") or {}).get("database")
    if analysed_db and configured_db and analysed_db != configured_db:
        checks.append(
            Check(
                "warning",
                "catalog source",
                f"analysed on database {analysed_db}, "
                f"but tap-opendental's database is {configured_db}",
            )
        )
    return checks


def _databases(roles: list[str]) -> dict[str, Database | Exception]:
    """Each role's database as Meltano configures it, or why it cannot be read."""

    def one(role: str) -> Database | Exception:
        try:
            return pipeline_database(role)
        except (SettingError, meltano.MeltanoError) as exc:
            return exc

    with concurrent.futures.ThreadPoolExecutor() as pool:
        return dict(zip(roles, pool.map(one, roles), strict=True))


def _database_checks(databases: dict[str, Database | Exception]) -> list[Check]:
    checks = []
    for role, database in databases.items():
        if isinstance(database, Exception):
            checks.append(Check("error", role, str(database)))
            continue
        missing = [
            f"{database.prefix}_{name.upper()}"
            for name in ("host", "user", "database")
            if not getattr(database, name)
        ]
        if missing:
            checks.append(Check("error", role, f"not set: {', '.join(missing)}"))
            continue
        checks.append(Check("ok", role, f"{database.kind} {database.describe()}"))
        if not database.password:
            checks.append(Check("warning", role, f"{database.prefix}_PASSWORD is empty"))
    return checks


def _project_checks(job: str) -> tuple[list[Check], list[str]]:
    try:
        project = meltano.ProjectFile()
    except meltano.MeltanoError as exc:
        return [Check("error", "meltano.yml", str(exc))], []
    checks = []
    known: set[str] = set()
    for kind, names in REQUIRED_PLUGINS.items():
        present = project.plugins(kind)
        known |= set(present)
        missing = [name for name in names if name not in present]
        if missing:
            checks.append(Check("error", "meltano.yml", f"{kind} missing: {', '.join(missing)}"))
    for kind in ("mappers", "orchestrators", "transformers"):
        known |= set(project.plugins(kind))
    jobs = project.jobs()
    roles: list[str] = ["source"]
    if job not in jobs:
        checks.append(Check("error", "meltano.yml", f"no job {job!r} (jobs: {', '.join(jobs)})"))
    for name, tasks in jobs.items():
        unknown = sorted(
            {word for task in tasks for word in task.split() if word.split(":")[0] not in known}
        )
        if unknown:
            checks.append(Check("error", f"job {name}", f"unknown plugins: {', '.join(unknown)}"))
    if job in jobs:
        hops = project.hops(job)
        roles += [_ROLE_OF_LOADER[hop.loader] for hop in hops if hop.loader in _ROLE_OF_LOADER]
        checks.append(
            Check(
                "ok", f"job {job}", " -> ".join(word for task in jobs[job] for word in task.split())
            )
        )
    for schedule in project.document.get("schedules") or []:
        if schedule.get("job") and schedule["job"] not in jobs:
            checks.append(
                Check("error", f"schedule {schedule.get('name')}", f"no job {schedule['job']!r}")
            )
    environments = [env.get("name") for env in project.document.get("environments") or []]
    default = project.document.get("default_environment")
    if default and default not in environments:
        checks.append(
            Check("error", "meltano.yml", f"default_environment {default!r} is not defined")
        )
    if environment_name() not in environments:
        checks.append(
            Check(
                "error", "environment", f"MELTANO_ENVIRONMENT {environment_name()!r} is not defined"
            )
        )
    return checks, list(dict.fromkeys(roles))


def _operations_checks() -> list[Check]:
    try:
        alerts = AlertSettings.from_environment()
    except SettingError as exc:
        return [Check("error", "ops settings", str(exc))]
    problems = alerts.problems()
    checks = [Check("error", "alerts", problem) for problem in problems]
    if not problems:
        channels = [notify.service(url).service_name for url in alerts.urls()]
        checks.append(
            Check(
                "ok", "alerts", ", ".join(channels) if channels else "none configured (no alerts)"
            )
        )
    return checks


def validate(job: str = "nightly", *, connect: bool = False) -> list[Check]:
    """Run every check.

    Args:
        job: The job whose plugins and databases must be configured.
        connect: Also connect to every database the job uses.

    Returns:
        The findings, in the order checked.
    """
    try:
        max_age = catalog_max_age_days()
    except SettingError as exc:
        return [Check("error", "OPS_CATALOG_MAX_AGE_DAYS", str(exc))]
    project_checks, roles = _project_checks(job)
    databases = _databases(roles or ["source"])
    source = databases["source"]
    configured_db = source.database if isinstance(source, Database) else ""
    checks = _catalog_checks(max_age, configured_db) + project_checks
    checks += _database_checks(databases) + _operations_checks()
    if connect:
        failed = {check.subject for check in checks if check.level == "error"}
        for role in roles:
            database = databases[role]
            if role in failed or not isinstance(database, Database):
                continue
            try:
                database.connect().close()
            except ConnectionFailed as exc:
                checks.append(Check("error", f"{role} connection", str(exc)))
            else:
                checks.append(Check("ok", f"{role} connection", "connected"))
    return checks


def _secret(value: str) -> str:
    return REDACTED if value else "(not set)"


#: The sections ``sections`` shows, in order.
SECTIONS = ("source", "replica", "warehouse", "catalog", "alerts", "report", "meltano")


def sections(names: t.Collection[str] = SECTIONS) -> dict[str, dict[str, t.Any]]:
    """The effective settings by section, secrets redacted.

    Args:
        names: Only these sections (the databases' are asked of Meltano only when shown).

    Raises:
        SettingError: If an operations setting holds an unusable value.
        MeltanoError: If Meltano cannot give a database plugin's settings.
    """
    shown: dict[str, dict[str, t.Any]] = {}
    roles = [role for role in ("source", "replica", "warehouse") if role in names]
    for role, database in (pipeline_databases(roles=roles) if roles else {}).items():
        shown[role] = {
            f"{database.prefix}_HOST": database.host or "(not set)",
            f"{database.prefix}_PORT": database.port,
            f"{database.prefix}_USER": database.user or "(not set)",
            f"{database.prefix}_PASSWORD": _secret(database.password),
            f"{database.prefix}_DATABASE": database.database or "(not set)",
        }
    shown["catalog"] = {"TAP_OPENDENTAL_CATALOG_PATH": str(catalog_path())}
    alerts = AlertSettings.from_environment()
    shown["alerts"] = {
        "OPS_NOTIFY_URLS": [
            redact(service.url(privacy=True)) if (service := notify.service(url)) else REDACTED
            for url in alerts.notify_urls
        ]
        or "(not set)",
        "OPS_WEBHOOK_URL": _secret(alerts.webhook_url),
        "OPS_SMTP_HOST": alerts.smtp_host or "(not set)",
        "OPS_SMTP_PORT": alerts.smtp_port,
        "OPS_SMTP_SECURITY": alerts.smtp_security,
        "OPS_SMTP_USER": alerts.smtp_user or "(not set)",
        "OPS_SMTP_PASSWORD": _secret(alerts.smtp_password),
        "OPS_MAIL_FROM": alerts.mail_from or "(not set)",
        "OPS_MAIL_TO": ", ".join(alerts.mail_to) or "(not set)",
    }
    shown["report"] = {
        "OPS_REPORT_DIR": str(report_dir()),
        "OPS_CATALOG_MAX_AGE_DAYS": catalog_max_age_days(),
    }
    shown["meltano"] = {
        "MELTANO_PROJECT_ROOT": str(project_root()),
        "MELTANO_ENVIRONMENT": environment_name(),
        "MELTANO_DATABASE_URI": redact(
            os.environ.get("MELTANO_DATABASE_URI")
            or f"sqlite:///{project_root() / '.meltano' / 'meltano.db'}"
        ),
        "MELTANO_CLI_LOG_FORMAT": os.environ.get("MELTANO_CLI_LOG_FORMAT") or "colored",
    }
    return {name: shown[name] for name in SECTIONS if name in names}
