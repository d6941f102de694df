"""tap-opendental: the Singer tap for an OpenDental MySQL/MariaDB database."""

from __future__ import annotations

import fnmatch
import json
import os
import typing as t
from functools import cached_property
from pathlib import Path

import click
from singer_sdk import typing as th
from singer_sdk.contrib.msgspec import MsgSpecWriter
from singer_sdk.exceptions import ConfigValidationError
from singer_sdk.singerlib import CatalogEntry, MetadataMapping, Schema
from singer_sdk.sql import SQLTap
from typing_extensions import override

from tap_opendental import run_record
from tap_opendental.client import OpenDentalStream, TablePlan
from tap_opendental.drift import find_drift, live_columns
from tap_opendental.tables import (
    IMPORTANCE_LEVELS,
    SIZE_TIERS,
    TablesFileError,
    TableSpec,
    load_tables,
)
from tap_opendental.typemap import to_jsonschema

if t.TYPE_CHECKING:
    from collections.abc import Mapping

DEFAULT_CATALOG_PATH = "extract/tables.yml"


class TapOpenDental(SQLTap):
    """Extracts an OpenDental database, driven by the schema-analysis catalog."""

    name = "tap-opendental"
    default_stream_class = OpenDentalStream
    # msgspec writes Singer messages several times faster than the standard library's json.
    message_writer_class = MsgSpecWriter
    # Discovery reads extract/tables.yml, not the server: it needs no connection settings.
    dynamic_catalog = False

    config_jsonschema = th.PropertiesList(
        th.Property(
            "host",
            th.StringType,
            required=True,
            title="Host",
            description="Host name or IP address of the MySQL/MariaDB server.",
        ),
        th.Property(
            "port",
            th.IntegerType,
            default=3306,
            title="Port",
            description="TCP port of the MySQL/MariaDB server.",
        ),
        th.Property(
            "user",
            th.StringType,
            required=True,
            title="User",
            description=(
                "MySQL user. It needs only SELECT on the database; the tap opens every session "
                "read-only and never writes."
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
            description="Name of the OpenDental database (schema) to read.",
        ),
        th.Property(
            "catalog_path",
            th.StringType,
            default=DEFAULT_CATALOG_PATH,
            title="Catalog path",
            description=(
                "Path of the schema-analysis catalog (tables.yml), relative to the working "
                "directory. Discovery builds the Singer catalog from this file alone; "
                "`tap-opendental:analyze` writes it."
            ),
        ),
        th.Property(
            "lookback_days",
            th.IntegerType,
            default=30,
            title="Look-back window (days)",
            description=(
                "On incremental runs, also re-read rows whose business dates (the tables' "
                "lookback_columns in tables.yml, e.g. procedurelog.ProcDate) fall within this "
                "many days, to catch changes whose change stamp did not move. 0 turns it off."
            ),
        ),
        th.Property(
            "chunk_size",
            th.IntegerType,
            default=20000,
            title="Chunk size (rows)",
            description=(
                "Rows read per query. Each chunk is a short query ordered by the replication "
                "key and primary key, which bounds memory and keeps MyISAM table locks short."
            ),
        ),
        th.Property(
            "full_refresh_tables",
            th.ArrayType(th.StringType),
            default=[],
            title="Tables to reload in full",
            description=(
                "Tables whose bookmarks this run ignores, so they are read in full and get a "
                "fresh bookmark; the other tables stay incremental. Set it for one run, e.g. "
                "TAP_OPENDENTAL_FULL_REFRESH_TABLES='[\"procedurelog\"]' meltano run ...; "
                "`meltano run --full-refresh` reloads every table instead."
            ),
        ),
        th.Property(
            "reconcile_deletes",
            th.BooleanType,
            default=True,
            title="Retire rows deleted at the source",
            description=(
                "Before reading an incremental table, send all its primary keys as a new "
                "table version so targets retire the rows OpenDental hard-deleted (the stamp "
                "never shows a delete). Full-table tables are replaced whole instead, through "
                "ACTIVATE_VERSION (emit_activate_version_messages)."
            ),
        ),
        th.Property(
            "reconcile_interval_hours",
            th.NumberType,
            default=0,
            title="Hours between key reconciliations",
            description=(
                "A table's deletes are looked for at most this often; 0 (the default) looks on "
                "every run, so a row deleted at the source is retired by the next run, however "
                "often runs happen. Looking costs a count and checksum of the key index. Only "
                "applies when reconcile_deletes is true."
            ),
        ),
        th.Property(
            "reconcile_full_interval_hours",
            th.NumberType,
            default=168,
            title="Hours between full key reconciliations",
            description=(
                "A table with an integer primary key sends its keys only when a count and "
                "checksum of the keys it had last time show one has gone; it still sends them "
                "at least this often. 0 sends them whenever deletes are looked for."
            ),
        ),
        th.Property(
            "check_key_ranges",
            th.BooleanType,
            default=True,
            title="Catch rows changed in place in key-bookmarked tables",
            description=(
                "For tables bookmarked by their own key (securitylog), keep a checksum per "
                "range of 10,000 keys in the state and re-read the ranges whose rows changed "
                "in place since the last run. Costs one scan of the key and values per run."
            ),
        ),
        th.Property(
            "emit_activate_version_messages",
            th.BooleanType,
            default=True,
            title="Replace full-table tables whole",
            description=(
                "Send ACTIVATE_VERSION with full-table tables, so targets retire the rows of "
                "earlier versions (rows deleted at the source, and stale copies of rows of "
                "tables without a primary key)."
            ),
        ),
        th.Property(
            "size_tiers",
            th.ArrayType(th.StringType),
            title="Size tiers to extract",
            description=(
                "Discover only the tables of these size tiers from tables.yml (tiny, small, "
                "medium, large); empty means every tier. Plugins that inherit from "
                "tap-opendental use it to run tiers as separate jobs with their own state."
            ),
        ),
        th.Property(
            "importance_levels",
            th.ArrayType(th.StringType),
            title="Importance levels to extract",
            description=(
                "Discover only the tables of these importance levels (critical, important, "
                "audit, reference); empty means every level. Combines with size_tiers."
            ),
        ),
        th.Property(
            "include_sensitive_columns",
            th.ArrayType(th.StringType),
            default=[],
            title="Sensitive columns to include",
            description=(
                "Columns listed as sensitive in tables.yml (SSNs, passwords, PINs, hashes, "
                "tokens and keys) are left out of the catalog unless named here as "
                "`table.column`, e.g. `patient.SSN`."
            ),
        ),
        th.Property(
            "max_retries",
            th.IntegerType,
            default=5,
            title="Retries after a lost connection",
            description=(
                "When the server restarts or the connection drops during a read, read the same "
                "chunk again up to this many times, waiting retry_wait_seconds, then twice as "
                "long each time (1, 2, 4, 8, 16 s by default). 0 fails at once."
            ),
        ),
        th.Property(
            "retry_wait_seconds",
            th.NumberType,
            default=1,
            title="First wait before a retry (seconds)",
            description="The wait before the first retry; each further retry waits twice as long.",
        ),
        th.Property(
            "connect_timeout",
            th.IntegerType,
            default=10,
            title="Connect timeout (seconds)",
            description="Seconds to wait for the server to accept a connection.",
        ),
        th.Property(
            "ssl_enable",
            th.BooleanType,
            default=False,
            title="Use TLS",
            description="Connect over TLS. The ssl_* settings apply only when this is true.",
        ),
        th.Property(
            "ssl_ca",
            th.StringType,
            title="TLS CA file",
            description="Path of the certificate authority file of the server's certificate.",
        ),
        th.Property(
            "ssl_cert",
            th.StringType,
            title="TLS client certificate",
            description="Path of the client certificate, when the server requires one.",
        ),
        th.Property(
            "ssl_key",
            th.StringType,
            secret=True,
            title="TLS client key",
            description="Path of the client certificate's private key.",
        ),
        th.Property(
            "ssl_verify_server_cert",
            th.BooleanType,
            default=True,
            title="Verify server certificate",
            description="Check that the server's certificate matches its host name.",
        ),
        th.Property(
            "accept_source_change",
            th.BooleanType,
            default=False,
            title="Keep the bookmarks of another source",
            description=(
                "Bookmarks remember the server and database they were made on, and a run "
                "against another one stops before reading. Set this for one run when the "
                "source holds the same data as before (the server was moved or renamed): the "
                "bookmarks are kept and tied to the new source. To read a new source from "
                "scratch, run with --full-refresh instead."
            ),
        ),
    ).to_dict()

    @property
    def catalog_path(self) -> Path:
        """Location of ``tables.yml``."""
        return Path(self.config.get("catalog_path") or DEFAULT_CATALOG_PATH)

    @cached_property
    def tables(self) -> dict[str, TableSpec]:
        """The tables of ``tables.yml``, overrides applied.

        Raises:
            ConfigValidationError: If the file is missing or malformed.
        """
        try:
            return load_tables(self.catalog_path)
        except TablesFileError as exc:
            raise ConfigValidationError(str(exc), errors=[str(exc)]) from None

    def catalog_entry(self, spec: TableSpec) -> dict[str, t.Any]:
        """Build the Singer catalog entry of one table.

        Args:
            spec: The table's entry in ``tables.yml``.

        Returns:
            The catalog entry as a dict.
        """
        copied = spec.copied_columns(self.config.get("include_sensitive_columns") or ())
        properties = {column: to_jsonschema(spec.columns[column]) for column in copied}
        schema = {"type": "object", "properties": properties}
        metadata = MetadataMapping.get_standard_metadata(
            schema=schema,
            key_properties=list(spec.primary_key),
            valid_replication_keys=[spec.replication_key] if spec.replication_key else None,
            replication_method=spec.replication_method,
            selected_by_default=True,
        )
        root = metadata.root
        root.forced_replication_method = spec.replication_method
        root.replication_key = spec.replication_key
        return CatalogEntry(
            tap_stream_id=spec.name,
            stream=spec.name,
            table=spec.name,
            key_properties=list(spec.primary_key),
            replication_key=spec.replication_key,
            replication_method=spec.replication_method,
            schema=Schema.from_dict(schema),
            metadata=metadata,
        ).to_dict()

    @property
    @override
    def catalog_dict(self) -> dict:
        if self._catalog_dict is None:
            if self.input_catalog:
                self._catalog_dict = self.input_catalog.to_dict()
                unknown = [
                    entry["tap_stream_id"]
                    for entry in self._catalog_dict["streams"]
                    if entry["tap_stream_id"] not in self.tables
                ]
                if unknown:
                    msg = (
                        f"the catalog names tables that extract/tables.yml does not have: "
                        f"{', '.join(unknown)}; re-run `meltano invoke tap-opendental:analyze` "
                        "or fix the select rules"
                    )
                    raise ConfigValidationError(msg, errors=[msg])
            elif not self.catalog_path.is_file():
                # Plugin commands (the analysis itself) run discovery first: let them run.
                self.logger.warning(
                    "%s does not exist yet: run `meltano invoke tap-opendental:analyze`",
                    self.catalog_path,
                )
                self._catalog_dict = {"streams": []}
            else:
                streams = [
                    self.catalog_entry(spec)
                    for spec in self.tables.values()
                    if not self.left_out(spec)
                ]
                self._catalog_dict = {"streams": streams}
        return self._catalog_dict

    @override
    def run_discovery(self) -> str:
        try:
            return super().run_discovery()
        except ConfigValidationError as exc:
            raise click.ClickException(str(exc)) from None

    def check_drift(self) -> None:
        """Compare the selected tables with the live source before anything is read.

        Raises:
            ConfigValidationError: If a type changed or a column disappeared (see drift).
        """
        streams = [stream for stream in self.streams.values() if stream.selected]
        with self.tap_connector._engine.connect() as connection:
            live = live_columns(connection, self.config["database"])
        selected = {
            stream.name: set(stream.get_selected_schema()["properties"]) for stream in streams
        }
        drift = find_drift((self.tables[name] for name in selected), live, selected)
        for table in drift.missing_tables:
            self.logger.warning(
                "%s is not in the source now (an OpenDental upgrade rebuilds tables): skipped "
                "this run, its bookmark kept",
                table,
            )
            self.streams[table].absent_from_source = True
        for column in drift.new_columns:
            self.logger.warning(
                "new column %s at the source: not extracted until "
                "`meltano invoke tap-opendental:analyze` adds it to tables.yml",
                column,
            )
        if drift.blocking:
            lines = [
                f"schema drift in {change}: run `meltano invoke tap-opendental:analyze`, review "
                "the change report and extract/tables.yml, then run again"
                for change in drift.changed
            ]
            raise ConfigValidationError(lines[0], errors=lines)

    def check_select_rules(self) -> None:
        """Refuse select rules that name a table tables.yml does not have.

        Meltano applies ``select`` patterns to the catalog itself, so a misspelt table would
        silently select nothing; it passes the rules to the extractor as
        ``MELTANO_EXTRACT__SELECT``, which is read here.

        Raises:
            ConfigValidationError: Naming each rule that matches no table.
        """
        rules = json.loads(os.environ.get("MELTANO_EXTRACT__SELECT") or "[]")
        unknown = [
            rule
            for rule in rules
            if not fnmatch.filter(self.tables, rule.lstrip("!").split(".", 1)[0])
        ]
        if unknown:
            lines = [
                f"select rule {rule!r} names no table of {self.catalog_path}: fix the rule "
                "(`meltano select tap-opendental --list --all` shows the tables) or re-run "
                "`meltano invoke tap-opendental:analyze`"
                for rule in unknown
            ]
            raise ConfigValidationError(lines[0], errors=lines)

    def check_source(self) -> None:
        """Refuse bookmarks made on another source; tie every selected table's to this one.

        A bookmark says which rows of one database were read. Read against another (a test
        copy and then production, a restored backup, a replaced server), it would silently
        skip every row stamped before it. States made before sources were recorded are
        adopted.

        Raises:
            ConfigValidationError: If a bookmark was made reading another source.
        """
        identity = self.tap_connector.source_identity()
        states = [
            stream.get_context_state(None) for stream in self.streams.values() if stream.selected
        ]
        others = sorted(
            {
                state["source"]
                for state in states
                if state.get("source") not in (None, identity)
                and (state.get("replication_key_value") is not None or state.get("first_read"))
            }
        )
        if others and not self.config.get("accept_source_change"):
            prefix = _env_prefix()
            plugin = prefix.lower().replace("__", "--").replace("_", "-")
            msg = (
                f"the bookmarks of {plugin} were made reading {others[0]}, but this run reads "
                f"{identity}: to read this source from scratch, run once with `meltano run "
                f"--full-refresh ...` (or `meltano state clear` the pipeline's state); if it "
                "holds the same data (the server was moved or renamed), run once with "
                f"{prefix}_ACCEPT_SOURCE_CHANGE=true to keep the bookmarks"
            )
            raise ConfigValidationError(msg, errors=[msg])
        if others:
            self.logger.warning(
                "Keeping the bookmarks made reading %s for %s (accept_source_change)",
                ", ".join(others),
                identity,
            )
        for state in states:
            state["source"] = identity

    def left_out(self, spec: TableSpec) -> str:
        """Why the settings leave a table out of the catalog, or "" when they keep it."""
        if spec.size_tier not in (self.config.get("size_tiers") or SIZE_TIERS):
            return f"size tier {spec.size_tier} is not in size_tiers"
        if spec.importance not in (self.config.get("importance_levels") or IMPORTANCE_LEVELS):
            return f"importance {spec.importance} is not in importance_levels"
        return ""

    def plan(
        self, unselected: Mapping[str, str] | None = None, *, look: bool = True
    ) -> list[TablePlan]:
        """What a run would do with every table of ``tables.yml``, and why, reading no row.

        Each stream answers with the plan its sync would act on (``OpenDentalStream.plan``),
        from this tap's settings and state.

        Args:
            unselected: Tables the select rules leave out, with the reason.
            look: Whether to count the source's keys to decide about deletes.
        """
        unselected = unselected or {}
        plans = []
        for name, spec in self.tables.items():
            why = self.left_out(spec) or unselected.get(name, "")
            if why:
                plans.append(TablePlan(name, spec.replication_method, "skip", "nothing", why))
            else:
                plans.append(self.streams[name].plan(None, look=look))
        return plans

    @cached_property
    def run_started_at(self) -> str:
        """When this run began (the first time it is asked): the run's mark in ``last_run``."""
        return run_record.now()

    @override
    def sync_all(self) -> None:
        _ = self.run_started_at
        # Fail with one line naming what to fix before any stream starts.
        _ = self.tables
        self.check_select_rules()
        self.tap_connector.check_connection(_env_prefix())
        self.check_source()
        self.check_drift()
        super().sync_all()


def _env_prefix() -> str:
    """Return the prefix of the environment variables that configure this extractor.

    Meltano names them after the plugin, so an inheriting plugin such as
    ``tap-opendental--replica`` reads ``TAP_OPENDENTAL__REPLICA_*``.
    """
    name = os.environ.get("MELTANO_EXTRACTOR_NAME", "tap-opendental")
    return name.upper().replace("-", "_")


if __name__ == "__main__":
    TapOpenDental.cli()
