"""target-postgres-bulk: MeltanoLabs target-postgres, with the bulk sink and msgspec input."""

from __future__ import annotations

from singer_sdk.contrib.msgspec import MsgSpecReader
from target_postgres.target import TargetPostgres

from key_snapshots import KeySnapshotReader
from target_postgres_bulk.sinks import BulkPostgresSink


class TargetPostgresBulk(KeySnapshotReader, TargetPostgres):
    """target-postgres, with every setting and behaviour of its own, loading faster.

    - Input lines are decoded with msgspec (numbers as exact decimals).
    - Batches are written with COPY row by row as they are, with no per-value Python work.
    - Singer BATCH messages (JSON Lines files) go from file to COPY without passing through
      per-record message handling, and each file is removed once its rows are committed.
    - A key snapshot (a version of primary keys alone) retires the rows it does not list
      without rewriting the others; its records skip per-record handling (``key_snapshots``).
    - With ``interpret_content_encoding``, base64 binary values are stored as ``bytea``.
    """

    message_reader_class = MsgSpecReader
    default_sink_class = BulkPostgresSink


if __name__ == "__main__":
    TargetPostgresBulk.cli()
