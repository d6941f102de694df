"""The connection to the replica, its tables' DDL, and the statements that write rows.

Every session runs with ``time_zone = '+00:00'`` and ``sql_mode = ''``: ``timestamp`` values
arrive in UTC and are stored as the same instant the source holds, and OpenDental's zero dates
and other values its own server (which runs with ``sql_mode=''``) accepts load here too.

Tables are InnoDB, so a batch and a whole reload each commit or roll back as one, and
``utf8mb4``: the source's ``utf8`` (utf8mb3) and ``latin1`` text all fits, nothing a tap sends
is ever refused for its characters, and the ``general_ci`` collation compares text as
OpenDental's ``utf8_general_ci`` does, so the next hop reading the replica orders keys alike.
"""

from __future__ import annotations

import dataclasses
import os
import typing as t
from functools import cached_property

import sqlalchemy as sa
from singer_sdk.exceptions import ConfigValidationError
from singer_sdk.helpers.capabilities import TargetLoadMethods
from singer_sdk.sql import SQLConnector
from typing_extensions import override

from mysql_types import ColumnType
from target_mysql_replica.column_types import JSONSchemaToMySQL, MySQLColumnType
from target_mysql_replica.load_data import FORMAT_CLAUSE, rows_file

if t.TYPE_CHECKING:
    from collections.abc import Sequence

    from singer_sdk.sql.connector import FullyQualifiedName

CHARSET = "utf8mb4"
COLLATION = "utf8mb4_general_ci"

#: MySQL error codes mapped to the settings a user has to fix.
_SETTINGS_FOR_ERROR = {
    1044: ("user (it may not create or use the database)", ("USER", "DATABASE")),
    1045: ("user and password", ("USER", "PASSWORD")),
    1049: ("database", ("DATABASE",)),
    2002: ("host and port", ("HOST", "PORT")),  # can't connect (MariaDB Connector/C)
    2003: ("host and port", ("HOST", "PORT")),
    2005: ("host", ("HOST",)),
    2006: ("host and port", ("HOST", "PORT")),
    2013: ("host and port", ("HOST", "PORT")),
}


def env_prefix() -> str:
    """Return the prefix of the environment variables that configure this loader.

    Meltano names them after the plugin, so an inheriting plugin such as
    ``target-mysql-replica--nightly`` reads ``TARGET_MYSQL_REPLICA__NIGHTLY_*``.
    """
    return os.environ.get("MELTANO_LOADER_NAME", "target-mysql-replica").upper().replace("-", "_")


def describe_connection_error(config: t.Mapping[str, t.Any], error: BaseException | None) -> str:
    """Say in one line why the replica refused the connection and which setting to change.

    Args:
        config: The target's settings.
        error: The driver's exception.

    Returns:
        The message.
    """
    args = getattr(error, "args", ())
    code = args[0] if args and isinstance(args[0], int) else 0
    reason = str(args[1]) if len(args) > 1 else str(error)
    what, names = _SETTINGS_FOR_ERROR.get(code, ("connection settings", ("*",)))
    variables = " / ".join(f"{env_prefix()}_{name}" for name in names)
    where = (
        f"{config.get('user')}@{config.get('host')}:{config.get('port')}/{config.get('database')}"
    )
    return f"cannot connect to MySQL as {where}: {reason.strip()} (check the {what}: {variables})"


@dataclasses.dataclass
class ExistingColumn:
    """A replica column as information_schema describes it."""

    name: str
    column_type: str
    nullable: bool
    auto_stamped: bool


@dataclasses.dataclass
class _Reload:
    """A keyless table being replaced: the rows of one stream version, in one transaction."""

    #: The next write starts by deleting the table's rows.
    delete_before_write: bool = True
    #: Finishing with nothing written empties the table (the source table is empty).
    empty_if_unwritten: bool = True
    connection: sa.Connection | None = None
    transaction: sa.RootTransaction | None = None


@dataclasses.dataclass
class _KeySnapshot:
    """The keys a tap sent as one table version, kept in a temporary table until activated."""

    connection: sa.Connection
    keys_table: str


class MySQLReplicaConnector(SQLConnector):
    """Creates and evolves the replica's tables and writes batches into them."""

    allow_column_add = True
    allow_column_rename = False
    allow_column_alter = True
    allow_merge_upsert = True
    allow_overwrite = True
    allow_temp_tables = False
    jsonschema_to_sql_converter = JSONSchemaToMySQL

    def __init__(self, config: dict | None = None, sqlalchemy_url: str | None = None) -> None:
        super().__init__(config, sqlalchemy_url)
        self._databases_ready: set[str] = set()
        self._reloads: dict[str, _Reload] = {}
        self._snapshots: dict[str, _KeySnapshot] = {}
        self._max_statement_bytes: int | None = None

    @override
    def get_sqlalchemy_url(self, config: dict[str, t.Any]) -> str:
        # No default database: every statement names the replica database, which may not
        # exist yet when the first connection opens.
        return sa.URL.create(
            # mysqlclient: its executemany escapes values in C, several times faster than
            # pymysql's Python for the wide rows of a full load.
            "mysql+mysqldb",
            username=config["user"],
            password=config.get("password") or None,
            host=config["host"],
            port=int(config["port"]),
            query={"charset": CHARSET},
        ).render_as_string(hide_password=False)

    @override
    def create_engine(self) -> sa.Engine:
        connect_args = {
            "connect_timeout": int(self.config.get("connect_timeout", 10)),
            "init_command": "SET time_zone = '+00:00', sql_mode = ''",
            # Bytes go to the server as _binary literals, never through the text charset.
            "binary_prefix": True,
            # Batches are loaded from files with LOAD DATA LOCAL INFILE (see bulk_loads).
            "local_infile": True,
        }
        # A keyless table's reload keeps its connection until the stream ends, while the
        # other streams' batches go on: the pool never makes a drain wait for a connection.
        return sa.create_engine(
            self.sqlalchemy_url,
            connect_args=connect_args,
            pool_pre_ping=True,
            pool_size=8,
            max_overflow=-1,
        )

    def quote_identifier(self, name: str) -> str:
        """Quote an identifier, whatever it holds (``Position``, ``Mode_``, spaces).

        Args:
            name: The identifier.

        Returns:
            The identifier in backticks.
        """
        return self._dialect.identifier_preparer.quote_identifier(name)

    def table_sql(self, full_table_name: FullyQualifiedName) -> str:
        """Return the quoted ``database.table`` name.

        Args:
            full_table_name: The table's name as the sink gives it.

        Returns:
            The name for SQL text.
        """
        database, table = full_table_name.schema, full_table_name.table
        return (
            f"{self.quote_identifier(database)}.{self.quote_identifier(table)}"
            if database
            else self.quote_identifier(table)
        )

    @override
    def prepare_schema(self, schema_name: str) -> None:
        """Create the replica database unless it exists; the first call checks the login.

        Args:
            schema_name: The replica database.

        Raises:
            ConfigValidationError: If the server cannot be reached, refuses the login, or
                does not let the user create or use the database.
        """
        if schema_name in self._databases_ready:
            return
        try:
            with self._engine.connect() as connection:
                exists = connection.exec_driver_sql(
                    "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %s",
                    (schema_name,),
                ).first()
                if not exists:
                    self.logger.info("Creating database %s", schema_name)
                    connection.exec_driver_sql(
                        f"CREATE DATABASE IF NOT EXISTS {self.quote_identifier(schema_name)} "
                        f"CHARACTER SET {CHARSET} COLLATE {COLLATION}"
                    )
                packet = connection.exec_driver_sql("SELECT @@max_allowed_packet").scalar()
        except sa.exc.DBAPIError as exc:
            message = describe_connection_error(self.config, exc.orig)
            raise ConfigValidationError(message, errors=[message]) from None
        # Multi-row INSERTs as large as the server accepts, up to 16 MiB each.
        self._max_statement_bytes = max(64 << 10, min(int(packet or 0) - (64 << 10), 16 << 20))
        self._databases_ready.add(schema_name)

    def existing_columns(self, full_table_name: FullyQualifiedName) -> dict[str, ExistingColumn]:
        """Read a table's columns, keyed by their case-folded names (MySQL ignores case).

        Args:
            full_table_name: The table.

        Returns:
            The columns in table order; empty when the table does not exist.
        """
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, EXTRA, COLUMN_DEFAULT "
                "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s "
                "ORDER BY ORDINAL_POSITION",
                (full_table_name.schema, full_table_name.table),
            ).all()
        return {
            name.casefold(): ExistingColumn(
                name=name,
                column_type=column_type,
                nullable=nullable == "YES",
                auto_stamped="on update" in extra.lower()
                or "current_timestamp" in str(default or "").lower(),
            )
            for name, column_type, nullable, extra, default in rows
        }

    def index_columns(self, full_table_name: FullyQualifiedName) -> dict[str, list[str]]:
        """Read a table's indexes.

        Args:
            full_table_name: The table.

        Returns:
            Each index name with its columns in order (``PRIMARY`` for the primary key).
        """
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
                "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s ORDER BY INDEX_NAME, SEQ_IN_INDEX",
                (full_table_name.schema, full_table_name.table),
            ).all()
        indexes: dict[str, list[str]] = {}
        for index, column in rows:
            indexes.setdefault(index, []).append(column)
        return indexes

    def column_type(self, schema: dict, *, key: bool = False) -> ColumnType:
        """Choose the MySQL type of a stream property.

        Args:
            schema: The property's JSON Schema.
            key: Whether the column is part of the primary key.

        Returns:
            The exact type from ``x-sql-datatype``, else one chosen from the schema. A key
            column never gets a text or blob type, which MySQL cannot index whole.
        """
        sql_type = self.to_sql_type(schema)
        if isinstance(sql_type, MySQLColumnType):
            text = sql_type.text
        else:
            text = sql_type.compile(dialect=self._dialect)
        column_type = ColumnType.parse(text) or ColumnType.parse("longtext")
        assert column_type is not None
        if key and column_type.is_text:
            binary = "blob" in column_type.base
            column_type = ColumnType.parse("varbinary(255)" if binary else "varchar(255)")
            assert column_type is not None
        return column_type

    def _column_sql(self, name: str, column_type: str, *, key: bool) -> str:
        # Explicit NULL: a bare `timestamp` would get DEFAULT CURRENT_TIMESTAMP ON UPDATE
        # CURRENT_TIMESTAMP on servers without explicit_defaults_for_timestamp.
        return f"{self.quote_identifier(name)} {column_type} {'NOT NULL' if key else 'NULL'}"

    @override
    def create_empty_table(
        self,
        full_table_name: str | FullyQualifiedName,
        schema: dict,
        primary_keys: Sequence[str] | None = None,
        partition_keys: list[str] | None = None,
        as_temp_table: bool = False,
    ) -> None:
        """Create a table with the stream's exact column types and primary key.

        Args:
            full_table_name: The table.
            schema: The stream's JSON Schema.
            primary_keys: The stream's key properties.
            partition_keys: Not supported.
            as_temp_table: Not supported.

        Raises:
            NotImplementedError: If a temporary table is asked for.
        """
        if as_temp_table:
            msg = "Temporary tables are not supported."
            raise NotImplementedError(msg)
        name = t.cast("FullyQualifiedName", full_table_name)
        keys = list(primary_keys or [])
        lines = [
            self._column_sql(
                column, self.column_type(prop, key=column in keys).text, key=column in keys
            )
            for column, prop in schema["properties"].items()
        ]
        if keys:
            lines.append(f"PRIMARY KEY ({', '.join(self.quote_identifier(key) for key in keys)})")
        self.logger.info("Creating table %s", self.table_sql(name))
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                f"CREATE TABLE {self.table_sql(name)} (\n  "
                + ",\n  ".join(lines)
                + f"\n) ENGINE=InnoDB DEFAULT CHARSET={CHARSET} COLLATE={COLLATION}"
            )

    @override
    def prepare_table(
        self,
        full_table_name: str | FullyQualifiedName,
        schema: dict,
        primary_keys: Sequence[str],
        partition_keys: list[str] | None = None,
        as_temp_table: bool = False,
    ) -> None:
        """Create the table, or bring an existing one up to the stream's columns.

        A new column is added with its exact type. An existing column takes the incoming
        type when that type holds every value the column can hold (a widening); otherwise the
        column keeps its type and a warning names both. No column is ever dropped. Non-key
        columns are made nullable, and a ``timestamp`` that MySQL would stamp by itself is
        made a plain ``timestamp NULL``, so loads never re-stamp rows.

        Args:
            full_table_name: The table.
            schema: The stream's JSON Schema.
            primary_keys: The stream's key properties.
            partition_keys: Not supported.
            as_temp_table: Not supported.
        """
        name = t.cast("FullyQualifiedName", full_table_name)
        first_time = not self._tables_prepared.get(str(name), False)
        existing = self.existing_columns(name)
        if (
            existing
            and first_time
            and self.config.get("load_method") == TargetLoadMethods.OVERWRITE
        ):
            self.commit_reload(name)
            self.logger.info("Dropping table %s to overwrite it", self.table_sql(name))
            with self._engine.begin() as connection:
                connection.exec_driver_sql(f"DROP TABLE {self.table_sql(name)}")
            existing = {}
        if not existing:
            self.create_empty_table(name, schema, primary_keys, partition_keys, as_temp_table)
        else:
            self._evolve_table(name, schema, primary_keys, existing)
        self._tables_prepared[str(name)] = True

    def _evolve_table(
        self,
        name: FullyQualifiedName,
        schema: dict,
        primary_keys: Sequence[str],
        existing: dict[str, ExistingColumn],
    ) -> None:
        # NOT NULL follows the table's own primary key, which prepare_primary_key keeps.
        table_keys = self.index_columns(name).get("PRIMARY", [])
        keys = {key.casefold() for key in table_keys}
        changes: list[str] = []
        previous: str | None = None
        for column, prop in schema["properties"].items():
            key = column.casefold() in keys
            incoming = self.column_type(prop, key=key)
            current = existing.get(column.casefold())
            if current is None:
                self.logger.info(
                    "Adding column %s.%s %s", self.table_sql(name), column, incoming.text
                )
                # Where the source has it, so the replica's column order stays the source's.
                position = f"AFTER {self.quote_identifier(previous)}" if previous else "FIRST"
                column_sql = self._column_sql(column, incoming.text, key=False)
                changes.append(f"ADD COLUMN {column_sql} {position}")
                previous = column
                continue
            previous = current.name
            target = self._merged_type(name, current, incoming)
            if target != current.column_type or current.auto_stamped or current.nullable == key:
                if target != current.column_type:
                    self.logger.info(
                        "Widening column %s.%s from %s to %s",
                        self.table_sql(name),
                        current.name,
                        current.column_type,
                        target,
                    )
                changes.append(f"MODIFY COLUMN {self._column_sql(current.name, target, key=key)}")
        stream_columns = {column.casefold() for column in schema["properties"]}
        for folded, column in existing.items():
            if folded not in stream_columns:
                self.logger.info(
                    "Column %s.%s is not in the stream any more; it is kept and new rows "
                    "leave it NULL",
                    self.table_sql(name),
                    column.name,
                )
        if changes:
            # DDL waits for open transactions on the table: commit a reload in progress.
            self.commit_reload(name)
            with self._engine.begin() as connection:
                connection.exec_driver_sql(
                    f"ALTER TABLE {self.table_sql(name)} " + ", ".join(changes)
                )
        if [k.casefold() for k in table_keys] != [k.casefold() for k in primary_keys]:
            self.prepare_primary_key(full_table_name=name, primary_keys=primary_keys)

    def _merged_type(
        self, name: FullyQualifiedName, current: ExistingColumn, incoming: ColumnType
    ) -> str:
        existing_type = ColumnType.parse(current.column_type)
        if existing_type is None or existing_type.canonical == incoming.canonical:
            return current.column_type
        if incoming.holds(existing_type):
            return incoming.text
        self.logger.warning(
            "Column %s.%s stays %s: the stream's type %s cannot hold all its values "
            "(a narrower or incompatible type is never applied)",
            self.table_sql(name),
            current.name,
            current.column_type,
            incoming.text,
        )
        return current.column_type

    @override
    def prepare_primary_key(
        self, *, full_table_name: str | FullyQualifiedName, primary_keys: Sequence[str]
    ) -> None:
        """Warn when the table's primary key is not the stream's; the table keeps its own.

        Args:
            full_table_name: The table.
            primary_keys: The stream's key properties.
        """
        name = t.cast("FullyQualifiedName", full_table_name)
        current = self.index_columns(name).get("PRIMARY", [])
        if [c.casefold() for c in current] != [k.casefold() for k in primary_keys]:
            self.logger.warning(
                "Table %s has primary key (%s) but the stream's key is (%s); the table keeps "
                "its key (drop the table to rebuild it with the new one)",
                self.table_sql(name),
                ", ".join(current),
                ", ".join(primary_keys),
            )

    def prepare_index(self, full_table_name: FullyQualifiedName, column: str) -> None:
        """Index a column unless an index already starts with it.

        The next hop reads the replica incrementally on the stream's replication key, so the
        column gets an index it can range-scan.

        Args:
            full_table_name: The table.
            column: The replication key column.
        """
        indexes = self.index_columns(full_table_name)
        if any(columns[0].casefold() == column.casefold() for columns in indexes.values()):
            return
        existing = self.existing_columns(full_table_name).get(column.casefold())
        if existing is None:
            return
        parsed = ColumnType.parse(existing.column_type)
        if parsed is None or parsed.is_text:
            self.logger.warning(
                "Not indexing %s.%s: a %s column cannot be indexed whole",
                self.table_sql(full_table_name),
                column,
                existing.column_type,
            )
            return
        index = f"ix_{column}"[:64]
        self.logger.info("Indexing %s.%s", self.table_sql(full_table_name), column)
        self.commit_reload(full_table_name)
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                f"ALTER TABLE {self.table_sql(full_table_name)} "
                f"ADD INDEX {self.quote_identifier(index)} ({self.quote_identifier(existing.name)})"
            )

    def insert_statement(
        self, full_table_name: FullyQualifiedName, columns: Sequence[str], keys: Sequence[str]
    ) -> str:
        """Build the multi-row INSERT, an upsert by primary key when there is one.

        Args:
            full_table_name: The table.
            columns: The columns in the order of each row's values.
            keys: The primary key columns; empty for a plain INSERT.

        Returns:
            The statement, with ``%s`` placeholders for the driver's executemany.
        """
        names = [self.quote_identifier(column).replace("%", "%%") for column in columns]
        table = self.table_sql(full_table_name).replace("%", "%%")
        statement = (
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})"
        )
        if keys:
            key_set = set(keys)
            updates = [n for c, n in zip(columns, names, strict=True) if c not in key_set]
            assignments = [f"{n} = VALUES({n})" for n in updates] or [f"{names[0]} = {names[0]}"]
            statement += " ON DUPLICATE KEY UPDATE " + ", ".join(assignments)
        return statement

    def _execute_many(self, connection: sa.Connection, statement: str, rows: list[list]) -> None:
        # The driver's executemany packs the rows into multi-row INSERTs; go straight to the
        # driver so no per-row work is added on the way.
        cursor = connection.connection.cursor()
        try:
            if self._max_statement_bytes:
                cursor.max_stmt_length = self._max_statement_bytes
            cursor.executemany(statement, rows)
        finally:
            cursor.close()

    def write_batch(
        self,
        full_table_name: FullyQualifiedName,
        columns: Sequence[str],
        keys: Sequence[str],
        rows: list[list],
    ) -> None:
        """Write one batch in one transaction: upserted by primary key, else inserted.

        With :attr:`bulk_loads`, the rows go to a file that ``LOAD DATA LOCAL INFILE``
        reads: straight into the table when every key is an integer beyond the table's
        largest (a first read, which goes in key order), else into a staging table that one
        ``INSERT ... SELECT ... ON DUPLICATE KEY UPDATE`` upserts from. Otherwise one
        multi-row ``INSERT ... ON DUPLICATE KEY UPDATE`` after another.

        Args:
            full_table_name: The table.
            columns: The columns in the order of each row's values.
            keys: The primary key columns.
            rows: The rows.
        """
        if not self.bulk_loads:
            statement = self.insert_statement(full_table_name, columns, keys)
            with self._engine.begin() as connection:
                self._execute_many(connection, statement, rows)
            return
        with self._engine.begin() as connection, rows_file(rows) as path:
            if not keys:
                self._load_file(connection, path, self.table_sql(full_table_name), columns)
            elif self._appends(connection, full_table_name, columns, keys, rows):
                # No row of the table can have these keys: straight into the table. A
                # key sent twice in the batch keeps its last row, as the upsert would.
                self._load_file(
                    connection,
                    path,
                    self.table_sql(full_table_name),
                    columns,
                    duplicates="REPLACE",
                )
            else:
                self._upsert_file(connection, path, full_table_name, columns, keys)

    @cached_property
    def bulk_loads(self) -> bool:
        """Whether batches are loaded with ``LOAD DATA LOCAL INFILE`` (else multi-row INSERTs).

        The server must allow it (``local_infile``, off by default on MySQL 8); when it does
        not, every batch is written with INSERTs, several times slower, and one warning says
        which server setting to change.
        """
        if self._server_allows_local_infile():
            return True
        self.logger.warning(
            "The replica server does not allow LOAD DATA LOCAL INFILE: batches are written "
            "with INSERTs, several times slower (set local_infile=1 on the server, e.g. "
            "--local-infile=1 or SET GLOBAL local_infile = 1)"
        )
        return False

    def _server_allows_local_infile(self) -> bool:
        with self._engine.connect() as connection:
            allowed = connection.exec_driver_sql("SELECT @@GLOBAL.local_infile").scalar()
        return str(allowed).upper() in {"1", "ON"}

    def _load_file(
        self,
        connection: sa.Connection,
        path: str,
        table: str,
        columns: Sequence[str],
        duplicates: str = "",
    ) -> int:
        """Load a file of :func:`write_rows` into a table, in the connection's transaction.

        Args:
            connection: The connection.
            path: The file.
            table: The quoted table name.
            columns: The columns in the order of each row's values.
            duplicates: ``REPLACE`` (a row whose key is in the table replaces it), ``IGNORE``
                (it is skipped), or empty: LOCAL loads skip them.

        Returns:
            The rows loaded.
        """
        names = ", ".join(self.quote_identifier(column) for column in columns)
        cursor = connection.connection.cursor()
        try:
            cursor.execute(
                f"LOAD DATA LOCAL INFILE %s {duplicates} INTO TABLE {table.replace('%', '%%')} "
                f"{FORMAT_CLAUSE} ({names.replace('%', '%%')})",
                (path,),
            )
            return int(cursor.rowcount or 0)
        finally:
            cursor.close()

    def _appends(
        self,
        connection: sa.Connection,
        full_table_name: FullyQualifiedName,
        columns: Sequence[str],
        keys: Sequence[str],
        rows: list[list],
    ) -> bool:
        """Whether every key of the batch is an integer larger than any key in the table."""
        if len(keys) != 1:
            return False
        position = list(columns).index(keys[0])
        values = [row[position] for row in rows]
        if not all(isinstance(value, int) and not isinstance(value, bool) for value in values):
            return False
        largest = connection.exec_driver_sql(
            f"SELECT MAX({self.quote_identifier(keys[0])}) FROM {self.table_sql(full_table_name)}"
        ).scalar()
        return largest is None or min(values) > int(largest)

    def _upsert_file(
        self,
        connection: sa.Connection,
        path: str,
        full_table_name: FullyQualifiedName,
        columns: Sequence[str],
        keys: Sequence[str],
    ) -> None:
        """Upsert a file's rows through a staging table of the batch's columns and key.

        The staging table is temporary (this session's alone, never logged) and has the
        table's primary key, so a key sent twice in the batch keeps its last row; one
        ``INSERT ... SELECT ... ON DUPLICATE KEY UPDATE`` then writes each row once.
        """
        table = self.table_sql(full_table_name)
        staging = (
            f"{self.quote_identifier(full_table_name.schema)}."
            f"{self.quote_identifier(f'_load_{full_table_name.table}'[:64])}"
        )
        names = [self.quote_identifier(column) for column in columns]
        key_names = ", ".join(self.quote_identifier(key) for key in keys)
        connection.exec_driver_sql(f"DROP TEMPORARY TABLE IF EXISTS {staging}")
        connection.exec_driver_sql(
            f"CREATE TEMPORARY TABLE {staging} (PRIMARY KEY ({key_names})) ENGINE=InnoDB "
            f"SELECT {', '.join(names)} FROM {table} LIMIT 0"
        )
        self._load_file(connection, path, staging, columns, duplicates="REPLACE")
        key_set = set(keys)
        updates = [n for c, n in zip(columns, names, strict=True) if c not in key_set]
        assignments = [f"{n} = VALUES({n})" for n in updates] or [f"{names[0]} = {names[0]}"]
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(names)} FROM {staging} "
            f"ON DUPLICATE KEY UPDATE {', '.join(assignments)}"
        )
        connection.exec_driver_sql(f"DROP TEMPORARY TABLE {staging}")

    def begin_reload(self, full_table_name: FullyQualifiedName) -> None:
        """Start replacing a keyless table's rows with the ones this run sends.

        Args:
            full_table_name: The table.
        """
        self._reloads.setdefault(str(full_table_name), _Reload())

    def write_reload(
        self, full_table_name: FullyQualifiedName, columns: Sequence[str], rows: list[list]
    ) -> None:
        """Write a batch into the table's reload, deleting the old rows first.

        The rows stay uncommitted, so readers keep seeing the previous version whole,
        until :meth:`complete_version` or :meth:`finish_reload` commits them.

        Args:
            full_table_name: The table.
            columns: The columns in the order of each row's values.
            rows: The rows.
        """
        reload = self._reloads.setdefault(str(full_table_name), _Reload())
        if reload.connection is None:
            reload.connection = self._engine.connect()
            reload.transaction = reload.connection.begin()
        if reload.delete_before_write:
            reload.connection.exec_driver_sql(f"DELETE FROM {self.table_sql(full_table_name)}")
        reload.delete_before_write = reload.empty_if_unwritten = False
        try:
            if self.bulk_loads:
                with rows_file(rows) as path:
                    self._load_file(
                        reload.connection, path, self.table_sql(full_table_name), columns
                    )
            else:
                statement = self.insert_statement(full_table_name, columns, ())
                self._execute_many(reload.connection, statement, rows)
        except Exception:
            self._close_reload(reload, commit=False)
            raise

    def _close_reload(self, reload: _Reload, *, commit: bool) -> None:
        if reload.transaction is not None and commit:
            reload.transaction.commit()
        if reload.connection is not None:
            reload.connection.close()
        reload.connection = reload.transaction = None

    def commit_reload(self, full_table_name: FullyQualifiedName) -> None:
        """Commit what a reload wrote so far; later batches are added to it.

        Args:
            full_table_name: The table.
        """
        reload = self._reloads.get(str(full_table_name))
        if reload is not None and reload.connection is not None:
            self._close_reload(reload, commit=True)
            reload.delete_before_write = reload.empty_if_unwritten = False

    def complete_version(self, full_table_name: FullyQualifiedName) -> None:
        """Handle ACTIVATE_VERSION: the rows sent since the last one form the whole table.

        After rows, the message ends a version: they are committed and the next row starts
        a new one. Before any row (taps built on the SDK send it first) it starts a version,
        which replaces the table even if it brings no rows.

        Args:
            full_table_name: The table.
        """
        reload = self._reloads.setdefault(str(full_table_name), _Reload())
        if reload.connection is not None:
            self._close_reload(reload, commit=True)
            reload.delete_before_write, reload.empty_if_unwritten = True, False
        elif not reload.empty_if_unwritten:
            reload.delete_before_write = reload.empty_if_unwritten = True

    def finish_reload(self, full_table_name: FullyQualifiedName) -> None:
        """End the table's reload: commit its rows, or empty the table if none came.

        Args:
            full_table_name: The table.
        """
        reload = self._reloads.get(str(full_table_name))
        if reload is None:
            return
        if reload.connection is not None:
            self._close_reload(reload, commit=True)
        elif reload.empty_if_unwritten:
            with self._engine.begin() as connection:
                connection.exec_driver_sql(f"DELETE FROM {self.table_sql(full_table_name)}")
        reload.delete_before_write = reload.empty_if_unwritten = False

    def write_snapshot_keys(
        self, full_table_name: FullyQualifiedName, keys: Sequence[str], rows: list[list]
    ) -> None:
        """Collect keys of a key snapshot (a version that sends only primary keys).

        The keys go into a temporary table on a connection the snapshot keeps until
        :meth:`retire_missing_keys`.

        Args:
            full_table_name: The table whose keys these are.
            keys: The primary key columns, in the order of each row's values.
            rows: The key values.
        """
        snapshot = self._snapshots.get(str(full_table_name))
        if snapshot is None:
            connection = self._engine.connect()
            # MariaDB resolves a multi-table DELETE's aliases in the default database.
            connection.exec_driver_sql(f"USE {self.quote_identifier(full_table_name.schema)}")
            keys_table = (
                f"{self.quote_identifier(full_table_name.schema)}."
                f"{self.quote_identifier(f'_keys_{full_table_name.table}'[:64])}"
            )
            columns = ", ".join(self.quote_identifier(key) for key in keys)
            connection.exec_driver_sql(
                f"CREATE TEMPORARY TABLE {keys_table} ENGINE=InnoDB "
                f"SELECT {columns} FROM {self.table_sql(full_table_name)} LIMIT 0"
            )
            connection.exec_driver_sql(f"ALTER TABLE {keys_table} ADD PRIMARY KEY ({columns})")
            snapshot = self._snapshots[str(full_table_name)] = _KeySnapshot(connection, keys_table)
        if self.bulk_loads:
            with rows_file(rows) as path:
                self._load_file(
                    snapshot.connection, path, snapshot.keys_table, keys, duplicates="IGNORE"
                )
        else:
            names = ", ".join(self.quote_identifier(key) for key in keys)
            statement = (
                f"INSERT IGNORE INTO {snapshot.keys_table} ({names}) "
                f"VALUES ({', '.join(['%s'] * len(keys))})"
            )
            self._execute_many(snapshot.connection, statement, rows)
        snapshot.connection.commit()

    def retire_missing_keys(self, full_table_name: FullyQualifiedName, keys: Sequence[str]) -> int:
        """Delete the rows whose keys the snapshot did not send: they are gone at the source.

        Args:
            full_table_name: The table.
            keys: The primary key columns.

        Returns:
            The number of rows deleted.
        """
        snapshot = self._snapshots.pop(str(full_table_name), None)
        if snapshot is None:
            # A version with no keys at all: the source table is empty.
            with self._engine.begin() as connection:
                result = connection.exec_driver_sql(
                    f"DELETE FROM {self.table_sql(full_table_name)}"
                )
                return int(result.rowcount or 0)
        try:
            join = " AND ".join(
                f"k.{self.quote_identifier(key)} = t.{self.quote_identifier(key)}" for key in keys
            )
            result = snapshot.connection.exec_driver_sql(
                f"DELETE t FROM {self.table_sql(full_table_name)} AS t "
                f"LEFT JOIN {snapshot.keys_table} AS k ON {join} "
                f"WHERE k.{self.quote_identifier(keys[0])} IS NULL"
            )
            snapshot.connection.exec_driver_sql(f"DROP TEMPORARY TABLE {snapshot.keys_table}")
            snapshot.connection.commit()
            return int(result.rowcount or 0)
        finally:
            snapshot.connection.close()
