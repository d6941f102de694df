"""The pipeline's three databases, as Meltano configures their plugins, and connection errors.

Each database's settings are its plugin's effective settings, as ``meltano config print``
gives them in the active environment: the OpenDental source (``tap-opendental``), the replica
(``target-mysql-replica``) and the warehouse (``target-postgres``), wherever each value comes
from (``meltano config set``, an environment block, ``.env``, the environment). A further
practice of a group has its own instances (``tap-opendental--<id>``,
``target-mysql-replica--<id>``).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import typing as t

import psycopg
import pymysql

from opendental_ops import meltano, practices
from opendental_ops.settings import SettingError
from tap_opendental import connection_errors


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
    def from_config(
        cls, role: str, kind: str, prefix: str, config: t.Mapping[str, t.Any], default_port: int
    ) -> Database:
        """A database from its plugin's settings (``host``, ``port``, ``user`` ...).

        Args:
            role: What the database is to the pipeline (source, replica, warehouse).
            kind: ``mysql`` or ``postgres``.
            prefix: The environment prefix of the plugin's settings, to name them in messages.
            config: The plugin's effective settings (``meltano config print``).
            default_port: The port when none is set.

        Returns:
            The settings (empty strings where unset).

        Raises:
            SettingError: If the port is not a number.
        """
        port = str(config.get("port") or default_port)
        if not port.isdigit():
            msg = f"{prefix}_PORT must be a port number, not {port!r}"
            raise SettingError(msg)

        def text(name: str) -> str:
            value = config.get(name)
            return "" if value is None else str(value)

        return cls(
            role=role,
            kind=kind,
            prefix=prefix,
            host=text("host"),
            port=int(port),
            user=text("user"),
            password=text("password"),
            database=text("database"),
        )

    @property
    def configured(self) -> bool:
        """Whether a host and a database are set."""
        return bool(self.host and self.database)

    def describe(self) -> str:
        """Say where the database is, never with its password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def _failure(self, reason: str, setting: tuple[str, tuple[str, ...]]) -> ConnectionFailed:
        return ConnectionFailed(
            f"{self.role}: cannot connect to {self.kind} as {self.describe()}: {reason} "
            f"({connection_errors.hint(*setting, self.prefix)})"
        )

    def connect(self, *, server_only: bool = False) -> t.Any:
        """Open a connection (autocommit; MySQL sessions in UTC with OpenDental's sql_mode).

        Args:
            server_only: Log in to the MySQL server without opening the database.

        Raises:
            ConnectionFailed: With one line that names the settings to fix.
        """
        if not self.configured:
            raise self._failure("not configured", ("host and database", ("HOST", "DATABASE")))
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
                setting = connection_errors.mysql_setting(exc)
                raise self._failure(str(exc.args[-1]), setting) from None
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
            raise self._failure(reason, connection_errors.postgres_setting(reason)) from None


#: Each database of the pipeline: its kind, the plugin whose settings it is, its default port.
ROLES = {
    "source": ("mysql", "tap-opendental", 3306),
    "replica": ("mysql", "target-mysql-replica", 3306),
    "warehouse": ("postgres", "target-postgres", 5432),
}


def _prefix(plugin: str) -> str:
    """The environment prefix of a plugin's settings, as Meltano names them."""
    return plugin.upper().replace("-", "_")


def database_plugin(role: str, practice: str | None = None) -> tuple[str, str]:
    """The plugin whose settings a database of a practice is, and the prefix to name them by.

    A further practice's source and replica are its own instances (its source is its own
    server, ``TAP_OPENDENTAL__<ID>_*``; its replica database is on the project's replica
    server, ``TARGET_MYSQL_REPLICA_*``); the warehouse is the project's.
    """
    _, plugin, _ = ROLES[role]
    if practice is None or practice == practices.MAIN_PRACTICE or role == "warehouse":
        return plugin, _prefix(plugin)
    prefix = practices.env_prefix(practice) if role == "source" else _prefix(plugin)
    return f"{plugin}--{practice}", prefix


def pipeline_databases(
    practice: str | None = None, roles: t.Iterable[str] = tuple(ROLES)
) -> dict[str, Database]:
    """The source, the replica and the warehouse of a practice (the project's own by default).

    Args:
        practice: A practice of the group (the project's own when None).
        roles: Only these databases.

    Raises:
        MeltanoError: If Meltano cannot give a plugin's settings.
        SettingError: If a port is not a number.
    """
    plugins = {role: database_plugin(role, practice) for role in roles}
    # Each Meltano command takes a second or two to start: ask for them all at once.
    with concurrent.futures.ThreadPoolExecutor() as pool:
        configs = {
            role: pool.submit(meltano.plugin_config, plugin, secrets=True)
            for role, (plugin, _) in plugins.items()
        }
    return {
        role: Database.from_config(
            role, ROLES[role][0], prefix, configs[role].result(), ROLES[role][2]
        )
        for role, (_, prefix) in plugins.items()
    }


def pipeline_database(role: str, practice: str | None = None) -> Database:
    """One of the pipeline's databases (``source``, ``replica``, ``warehouse``), as configured."""
    return pipeline_databases(practice, (role,))[role]
