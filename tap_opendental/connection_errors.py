"""Which setting to fix when a connection fails: one answer for the whole pipeline.

The tap, the replica's loader and the operations commands all say the same thing about a
failed connection: one line naming what is wrong and the environment variables that hold it.
MySQL and MariaDB failures are told apart by the driver's error code, PostgreSQL ones by
psycopg's message (it has no codes for them).
"""

from __future__ import annotations

import typing as t

#: MySQL error codes: what to check, and the settings that hold it.
MYSQL_SETTINGS: dict[int, tuple[str, tuple[str, ...]]] = {
    1044: ("user (it may not use the database)", ("USER", "DATABASE")),  # access denied to db
    1045: ("user and password", ("USER", "PASSWORD")),  # access denied for user
    1049: ("database", ("DATABASE",)),  # unknown database
    2002: ("host and port", ("HOST", "PORT")),  # can't connect (MariaDB Connector/C)
    2003: ("host and port", ("HOST", "PORT")),  # can't connect
    2005: ("host", ("HOST",)),  # unknown host
    2006: ("host and port", ("HOST", "PORT")),  # server has gone away
    2013: ("host and port", ("HOST", "PORT")),  # lost connection during handshake
}
#: Anything else: every connection setting.
_UNKNOWN = ("connection settings", ("*",))


def mysql_setting(error: BaseException | int | None) -> tuple[str, tuple[str, ...]]:
    """What to check after a MySQL error (the driver's exception, or its code)."""
    code = error if isinstance(error, int) else mysql_code(error)
    return MYSQL_SETTINGS.get(code or 0, _UNKNOWN)


def mysql_code(error: BaseException | None) -> int | None:
    """The MySQL error code of a driver exception (PyMySQL and mysqlclient alike)."""
    args = getattr(error, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


def postgres_setting(message: str) -> tuple[str, tuple[str, ...]]:
    """What to check after PostgreSQL refused a connection, from psycopg's message."""
    if "password" in message or "authentication" in message or "role" in message:
        return "user and password", ("USER", "PASSWORD")
    if "database" in message and "does not exist" in message:
        return "database", ("DATABASE",)
    return "host and port", ("HOST", "PORT")


def hint(what: str, names: t.Iterable[str], env_prefix: str) -> str:
    """``check the <what>: <PREFIX>_<NAME> / ...``, and where to look for an inherited value.

    Args:
        what: What to check (``user and password``).
        names: The settings that hold it (``USER``, ``PASSWORD``).
        env_prefix: Prefix of the plugin's environment variables (``TAP_OPENDENTAL``).
    """
    text = f"check the {what}: {' / '.join(f'{env_prefix}_{name}' for name in names)}"
    if "__" in env_prefix:
        # An inheriting plugin (tap-opendental--replica, a size tier, a practice) may take its
        # values from its parent's variables or from meltano.yml: Meltano says which.
        plugin = env_prefix.lower().replace("__", "--").replace("_", "-")
        text += f"; `meltano config list {plugin}` shows where each value comes from"
    return text


def describe_connection_error(
    config: t.Mapping[str, t.Any], error: BaseException | None, env_prefix: str
) -> str:
    """Say in one line why a MySQL connection failed and which setting to change.

    Args:
        config: The connection settings (``host``, ``port``, ``user``, ``database``).
        error: The driver's exception.
        env_prefix: Prefix of the environment variables that hold the settings.

    Returns:
        The message.
    """
    args = getattr(error, "args", ())
    reason = str(args[1]) if len(args) > 1 else str(error)
    what, names = mysql_setting(error)
    where = (
        f"{config.get('user')}@{config.get('host')}:{config.get('port')}/{config.get('database')}"
    )
    return f"cannot connect to MySQL as {where}: {reason.strip()} ({hint(what, names, env_prefix)})"
