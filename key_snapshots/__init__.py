"""Key snapshots, read by the targets without per-record work.

Before an incremental sync, tap-opendental may send every primary key of a table as one table
version: RECORD messages holding the key alone, then ACTIVATE_VERSION. A target then retires the
rows whose keys were not sent (rows deleted at the source). A large table sends millions of
keys, and the SDK's handling of a RECORD message (a copy, the stream map, the ``_sdc_``
metadata, timestamp parsing, validation) costs about 10 µs each: more than the rest of an
incremental run. A key needs none of it. It goes to the sink as it came, marked with its
version, and is counted as every record is.

Both targets mix :class:`KeySnapshotReader` into their SDK target class. Their sinks tell a key
snapshot's stream by ``is_key_snapshot`` (a schema of key columns alone).
"""

from __future__ import annotations

import typing as t

from singer_sdk.mapper import SameRecordTransform

if t.TYPE_CHECKING:
    from singer_sdk.sinks import Sink

#: The record field a sink reads the table version from (the SDK's metadata column).
VERSION_FIELD = "_sdc_table_version"


class KeySnapshotReader:
    """A mix-in for SDK targets: the records of a key snapshot skip per-record handling.

    A record takes the short way when its stream has no stream map of its own (so nothing
    renames, filters or hashes it), its sink's stream is a key snapshot, the message carries a
    table version and the record holds exactly the sink's key properties. Any other record
    goes through the SDK as before.

    The SDK has no public hook for a RECORD message before its per-record work, so this
    overrides ``Target._process_record_message`` (singer-sdk 0.54, pinned in
    ``pyproject.toml``); ``tests/test_key_snapshots.py`` checks the target's rows and counts
    both ways.
    """

    def _process_record_message(self, message_dict: dict) -> None:
        sink = self._key_snapshot_sink(message_dict)
        if sink is None:
            super()._process_record_message(message_dict)  # type: ignore[misc]
            return
        record = message_dict["record"]
        record[VERSION_FIELD] = message_dict["version"]
        context = sink._get_context(record)  # the batch being filled
        sink.tally_record_read()
        sink.process_record(record, context)
        sink.record_counter_metric.increment()
        if sink.is_full:
            self.drain_one(sink)
        self._handle_max_record_age()  # type: ignore[attr-defined]

    def _key_snapshot_sink(self, message_dict: dict) -> Sink | None:
        """The sink a key snapshot's record goes straight to, or None for the SDK's way."""
        if message_dict.get("version") is None:
            return None
        stream_maps = self.mapper.stream_maps.get(message_dict.get("stream"))
        if not stream_maps or len(stream_maps) != 1:
            return None
        try:
            sink = self.get_sink(stream_maps[0].stream_alias)
        except KeyError:  # no SCHEMA message yet: the SDK says so
            return None
        record = message_dict.get("record")
        keys = self._snapshot_keys(sink, stream_maps[0])
        if keys is None or not isinstance(record, dict) or record.keys() != keys:
            return None
        return sink

    def _snapshot_keys(self, sink: Sink, stream_map: t.Any) -> frozenset[str] | None:
        """The key columns of a key snapshot's sink, or None for any other sink.

        Decided once per sink (a new SCHEMA message makes a new sink).
        """
        cache: dict[str, tuple[Sink, frozenset[str] | None]] = self.__dict__.setdefault(
            "_key_snapshot_sinks", {}
        )
        cached = cache.get(sink.stream_name)
        if cached is not None and cached[0] is sink:
            return cached[1]
        plain = type(stream_map) is SameRecordTransform and not stream_map.flattening_enabled
        keys = (
            frozenset(sink.key_properties)
            if plain and getattr(sink, "is_key_snapshot", False)
            else None
        )
        cache[sink.stream_name] = (sink, keys)
        return keys
