"""Connecting to the MySQL/MariaDB server that holds a synthetic practice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymysql

if TYPE_CHECKING:
    from pymysql.connections import Connection

# MySQL client/server error codes that point at one setting: (reason, setting to check).
_REASONS = {
    1044: ("no access to database {database!r}", "user"),
    1045: ("access denied", "password"),
    1049: ("database {database!r} does not exist", "database"),
    2002: ("no server answers", "port"),
    2003: ("no server answers", "port"),
    2005: ("unknown host", "host"),
}
_SOCKET_FAILED = 2002


class PracticeError(Exception):
    """A problem the user can fix, explained in one sentence."""


class ConnectionFailedError(PracticeError):
    """The server could not be reached or refused the login.

    Attributes:
        setting: The connection setting most likely to be wrong: ``host``, ``port``, ``user``,
            ``password``, ``socket`` or ``database``.
    """

    def __init__(self, message: str, setting: str) -> None:
        super().__init__(message)
        self.setting = setting


@dataclass(frozen=True)
class ConnectionSettings:
    """Where the MySQL/MariaDB server is and whom to log in as.

    Attributes:
        host: Server host name or address; ignored when ``unix_socket`` is set.
        port: TCP port.
        user: Login user; it needs CREATE and DROP on the practice database.
        password: Login password.
        unix_socket: Path of a Unix socket to use instead of TCP.
    """

    host: str = "127.0.0.1"
    port: int = 3306
    user: str = "root"
    password: str = ""
    unix_socket: str | None = None

    def describe(self) -> str:
        """Return where the connection goes, for messages (never the password)."""
        where = self.unix_socket or f"{self.host}:{self.port}"
        return f"MySQL at {where} as {self.user}"


def connect(settings: ConnectionSettings, database: str | None = None) -> Connection:
    """Open an autocommit session that behaves like OpenDental's.

    OpenDental runs the server with ``sql_mode=''``: zero and invalid dates are stored as given,
    and missing NOT NULL values take the type's implicit default.

    Args:
        settings: Server address and credentials.
        database: Database to use, or None for none.

    Returns:
        An open pymysql connection.

    Raises:
        ConnectionFailedError: The server is unreachable or refused the login.
    """
    try:
        conn = pymysql.connect(
            host=settings.host,
            port=settings.port,
            user=settings.user,
            password=settings.password,
            unix_socket=settings.unix_socket,
            database=database,
            charset="utf8mb4",
            autocommit=True,
            connect_timeout=10,
            init_command="SET SESSION sql_mode = ''",
        )
    except pymysql.err.OperationalError as exc:
        raise _explain(exc, settings, database) from exc
    return conn


def _explain(
    exc: pymysql.err.OperationalError, settings: ConnectionSettings, database: str | None
) -> ConnectionFailedError:
    code = exc.args[0] if exc.args else 0
    reason, setting = _REASONS.get(code, (str(exc.args[-1]), "host"))
    if code == _SOCKET_FAILED and settings.unix_socket:
        reason, setting = "no server on the socket", "socket"
    message = f"cannot connect to {settings.describe()}: {reason.format(database=database)}"
    return ConnectionFailedError(message, setting)
