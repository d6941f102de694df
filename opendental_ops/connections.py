"""The pipeline's three databases, as configured for Meltano, and one-line connection errors.

The settings are the ones the plugins read, under the same environment variables (Meltano
passes the project's ``.env`` to plugin commands): the OpenDental source (``TAP_OPENDENTAL_*``),
the replica (``TARGET_MYSQL_REPLICA_*``) and the warehouse (``TARGET_POSTGRES_*``).
"""

from __future__ import annotations

import dataclasses
import os
import typing as t

import psycopg
import pymysql

from opendental_ops import practices
from opendental_ops.settings import SettingError

#: Driver error codes mapped to the settings a user has to fix.
_MYSQL_SETTING = {1045: ("USER", "PASSWORD"), 1044: ("USER",), 1049: ("DATABASE",)}


class ConnectionFailed(Exception):
    """A database could not be reached; the message names the settings to fix."""


@dataclasses.dataclass(frozen=True)
class Database:
    """Where one of the pipeline's databases is, under which environment prefix."""

    role: str
    kind: str
    prefix: str
    host: str
    port: int
    user: str
    password: str
    database: str

    @classmethod
    def from_environment(cls, role: str, kind: str, prefix: str, default_port: int) -> Database:
        """Read a database's settings from ``<prefix>_HOST``, ``_PORT``, ``_USER`` ... .

        Args:
            role: What the database is to the pipeline (source, replica, warehouse).
            kind: ``mysql`` or ``postgres``.
            prefix: The environment prefix of its settings.
            default_port: The port when none is set.

        Returns:
            The settings (empty strings where unset).

        Raises:
            SettingError: If the port is not a number.
        """
        env = os.environ
        port = env.get(f"{prefix}_PORT") or str(default_port)
        if not port.isdigit():
            msg = f"{prefix}_PORT must be a port number, not {port!r}"
            raise SettingError(msg)
        return cls(
            role=role,
            kind=kind,
            prefix=prefix,
            host=env.get(f"{prefix}_HOST", ""),
            port=int(port),
            user=env.get(f"{prefix}_USER", ""),
            password=env.get(f"{prefix}_PASSWORD", ""),
            database=env.get(f"{prefix}_DATABASE", ""),
        )

    @property
    def configured(self) -> bool:
        """Whether a host and a database are set."""
        return bool(self.host and self.database)

    def describe(self) -> str:
        """Say where the database is, never with its password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def _failure(self, reason: str, settings: t.Iterable[str]) -> ConnectionFailed:
        names = " / ".join(f"{self.prefix}_{name}" for name in settings)
        return ConnectionFailed(
            f"{self.role}: cannot connect to {self.kind} as {self.describe()}: {reason} "
            f"(check {names})"
        )

    def connect(self, *, server_only: bool = False) -> t.Any:
        """Open a connection (autocommit; MySQL sessions in UTC with OpenDental's sql_mode).

        Args:
            server_only: Log in to the MySQL server without opening the database.

        Raises:
            ConnectionFailed: With one line that names the settings to fix.
        """
        if not self.configured:
            raise self._failure("not configured", ("HOST", "DATABASE"))
        if self.kind == "mysql":
            try:
                return pymysql.connect(
                    host=self.host,
                    port=self.port,
                    user=self.user,
                    password=self.password,
                    database=None if server_only else self.database,
                    charset="utf8mb4",
                    autocommit=True,
                    connect_timeout=10,
                    init_command="SET time_zone = '+00:00', sql_mode = ''",
                )
            except pymysql.err.OperationalError as exc:
                code, reason = exc.args[0], str(exc.args[-1])
                raise self._failure(reason, _MYSQL_SETTING.get(code, ("HOST", "PORT"))) from None
        try:
            return psycopg.connect(
                host=self.host,
                port=self.port,
                user=self.user,
                password=self.password,
                dbname=self.database,
                autocommit=True,
                connect_timeout=10,
            )
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[-1]
            if "password" in reason or "authentication" in reason:
                settings: tuple[str, ...] = ("USER", "PASSWORD")
            elif "does not exist" in reason:
                settings = ("DATABASE",)
            else:
                settings = ("HOST", "PORT")
            raise self._failure(reason, settings) from None


#: Each database of the pipeline: its kind, the prefix of its settings, its default port.
ROLES = {
    "source": ("mysql", "TAP_OPENDENTAL", 3306),
    "replica": ("mysql", "TARGET_MYSQL_REPLICA", 3306),
    "warehouse": ("postgres", "TARGET_POSTGRES", 5432),
}


def pipeline_database(role: str, practice: str | None = None) -> Database:
    """One of the pipeline's databases (``source``, ``replica``, ``warehouse``), as configured.

    For a further practice of a group, the source is its own server
    (``TAP_OPENDENTAL__<ID>_*``) and the replica its own database on the project's replica
    server; the warehouse is the project's.
    """
    kind, prefix, port = ROLES[role]
    if practice is None or practice == practices.MAIN_PRACTICE:
        return Database.from_environment(role, kind, prefix, port)
    if role == "source":
        return Database.from_environment(role, kind, practices.env_prefix(practice), port)
    database = Database.from_environment(role, kind, prefix, port)
    if role == "replica":
        return dataclasses.replace(database, database=practices.replica_database(practice))
    return database


def pipeline_databases(practice: str | None = None) -> dict[str, Database]:
    """The source, the replica and the warehouse of a practice (the project's own by default)."""
    return {role: pipeline_database(role, practice) for role in ROLES}
