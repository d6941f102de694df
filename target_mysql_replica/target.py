"""target-mysql-replica: a MySQL/MariaDB replica of the source, column for column."""

from __future__ import annotations

import typing as t

from singer_sdk import typing as th
from singer_sdk.helpers.capabilities import PluginCapabilities, TargetLoadMethods
from singer_sdk.sql import SQLTarget
from singer_sdk.target_base import Target
from typing_extensions import override

from key_snapshots import KeySnapshotReader
from target_mysql_replica.sinks import MySQLReplicaSink

if t.TYPE_CHECKING:
    from singer_sdk.helpers.capabilities import CapabilitiesEnum


class TargetMySQLReplica(KeySnapshotReader, SQLTarget):
    """Loads Singer streams into MySQL/MariaDB tables with the source's exact column types.

    Each stream becomes one table named after it, with the types of the ``x-sql-datatype``
    annotations, the stream's primary key, and an index on its replication key. Rows are
    upserted by primary key; keyless full-table streams replace their table's rows each run.
    A key snapshot's records skip per-record handling (``key_snapshots``).
    """

    name = "target-mysql-replica"
    package_name = "opendental-pipeline"
    default_sink_class = MySQLReplicaSink

    #: No target schema (the database setting names it) and no soft or hard deletes of
    #: ``_sdc_`` columns: a replica has exactly the source's columns.
    capabilities: t.ClassVar[list[CapabilitiesEnum]] = [
        *Target.capabilities,
        PluginCapabilities.ACTIVATE_VERSION,
    ]

    config_jsonschema = th.PropertiesList(
        th.Property(
            "host",
            th.StringType,
            required=True,
            title="Host",
            description="Host name or IP address of the replica's MySQL/MariaDB server.",
        ),
        th.Property(
            "port",
            th.IntegerType,
            default=3306,
            title="Port",
            description="TCP port of the replica's MySQL/MariaDB server.",
        ),
        th.Property(
            "user",
            th.StringType,
            required=True,
            title="User",
            description=(
                "MySQL user that writes the replica. It needs CREATE, ALTER, INDEX, SELECT, "
                "INSERT, UPDATE, DELETE and DROP on the database, and CREATE on the server "
                "when the database does not exist yet."
            ),
        ),
        th.Property(
            "password",
            th.StringType,
            secret=True,
            title="Password",
            description="Password of the MySQL user. Set it in the environment, never in a file.",
        ),
        th.Property(
            "database",
            th.StringType,
            required=True,
            title="Database",
            description=(
                "Database (schema) that holds the replica's tables, one per stream. It is "
                "created, with the utf8mb4 character set, if it does not exist."
            ),
        ),
        th.Property(
            "batch_size_rows",
            th.IntegerType,
            default=50_000,
            title="Batch size (rows)",
            description=(
                "Rows written per batch, in one transaction (one LOAD DATA LOCAL INFILE, or "
                "multi-row INSERTs where the server refuses it). A batch is also written early "
                "once its large text and blob values pass about 256 MB. State is emitted only "
                "after the batches before it are committed."
            ),
        ),
        th.Property(
            "load_method",
            th.StringType,
            default=TargetLoadMethods.UPSERT.value,
            allowed_values=[TargetLoadMethods.UPSERT.value, TargetLoadMethods.OVERWRITE.value],
            title="Load method",
            description=(
                "`upsert` updates rows by primary key and inserts new ones (a keyless "
                "full-table stream replaces its table's rows). `overwrite` drops and "
                "recreates each table the first time a run meets its stream, for a full "
                "reload from a full-refresh run of the tap."
            ),
        ),
        th.Property(
            "validate_records",
            th.BooleanType,
            default=False,
            title="Validate records",
            description=(
                "Check every record against its stream's JSON Schema before loading it. "
                "Off by default: the tap already types every value, and validation costs "
                "more than the load itself."
            ),
        ),
        th.Property(
            "add_record_metadata",
            th.BooleanType,
            default=False,
            title="Add record metadata",
            description=(
                "Add the SDK's `_sdc_*` metadata columns to every table. Keep it false: "
                "the replica then has exactly the source's columns, which the next hop "
                "reads as if it were the source."
            ),
        ),
        th.Property(
            "connect_timeout",
            th.IntegerType,
            default=10,
            title="Connect timeout (seconds)",
            description="Seconds to wait for the server to accept a connection.",
        ),
    ).to_dict()

    def __init__(self, **kwargs: t.Any) -> None:
        self._bookmark_properties: dict[str, list[str]] = {}
        super().__init__(**kwargs)

    def bookmark_properties(self, stream_name: str) -> list[str]:
        """Return the bookmark (replication key) columns a stream's SCHEMA message named.

        Args:
            stream_name: The stream.

        Returns:
            The columns; empty for a full-table stream.
        """
        return self._bookmark_properties.get(stream_name, [])

    @override
    def _process_schema_message(self, message_dict: dict) -> None:
        # The SDK hands sinks the key properties only; keep the bookmark properties too, so
        # a sink can index its replication key and tell full-table streams from incremental.
        stream = message_dict.get("stream")
        if isinstance(stream, str):
            self._bookmark_properties[stream] = list(message_dict.get("bookmark_properties") or [])
        super()._process_schema_message(message_dict)

    @override
    def _process_activate_version_message(self, message_dict: dict) -> None:
        # The SDK's handler warns that `_sdc_` columns will be added; this target adds none
        # (a keyless table's version is replaced whole), so hand the message on without it.
        stream_name = message_dict["stream"]
        for stream_map in self.mapper.stream_maps[stream_name]:
            sink = self.get_sink(stream_map.stream_alias)
            if not sink.process_activate_version_messages:
                self.logger.warning(
                    "ACTIVATE_VERSION messages are not enabled for '%s'. Ignoring.",
                    stream_map.stream_alias,
                )
                continue
            sink.activate_version(message_dict["version"])


if __name__ == "__main__":
    TargetMySQLReplica.cli()
