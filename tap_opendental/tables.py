"""The schema-analysis catalog, ``extract/tables.yml``.

The file has two parts. ``tables`` is written by the schema analysis and describes the source
as it was found: columns with their exact MySQL types, primary key, estimated size, and the
derived replication settings. ``overrides`` belongs to people: per-table settings that win over
the analysis and that a re-analysis copies over untouched.

Nightly runs read only this file to build their catalog; they never query information_schema.
"""

from __future__ import annotations

import dataclasses
import typing as t
from pathlib import Path

import yaml

from mysql_types import parse_type

REPLICATION_METHODS = ("INCREMENTAL", "FULL_TABLE")
IMPORTANCE_LEVELS = ("critical", "important", "audit", "reference")
SIZE_TIERS = ("tiny", "small", "medium", "large")

#: Keys a person may set under ``overrides.<table>``.
OVERRIDABLE = (
    "importance",
    "size_tier",
    "replication_method",
    "replication_key",
    "lookback_columns",
    "sensitive_columns",
)


class TablesFileError(ValueError):
    """``tables.yml`` is missing, malformed or inconsistent; the message says what to fix."""


@dataclasses.dataclass(frozen=True)
class TableSpec:
    """One source table as the nightly run sees it, overrides applied."""

    name: str
    columns: dict[str, str]
    primary_key: tuple[str, ...] = ()
    replication_method: str = "FULL_TABLE"
    replication_key: str | None = None
    lookback_columns: tuple[str, ...] = ()
    sensitive_columns: tuple[str, ...] = ()
    importance: str = "reference"
    size_tier: str = "tiny"
    estimated_rows: int = 0
    estimated_bytes: int = 0
    engine: str | None = None

    def copied_columns(self, include_sensitive: t.Iterable[str] = ()) -> list[str]:
        """The columns the tap copies: all but the sensitive ones not opted in.

        Args:
            include_sensitive: The tap's ``include_sensitive_columns`` setting, sensitive
                columns to copy anyway as ``table.column``.

        Returns:
            Column names, in the table's order.
        """
        opted_in = set(include_sensitive)
        return [
            column
            for column in self.columns
            if column not in self.sensitive_columns or f"{self.name}.{column}" in opted_in
        ]


def _error(path: Path, where: str, problem: str) -> TablesFileError:
    return TablesFileError(f"{path}: {where}: {problem}")


def _string_list(path: Path, where: str, value: t.Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _error(path, where, "must be a list of column names")
    return tuple(value)


def _table_spec(path: Path, name: str, entry: t.Any, override: dict[str, t.Any]) -> TableSpec:
    where = f"tables.{name}"
    if not isinstance(entry, dict):
        raise _error(path, where, "must be a mapping")
    columns = entry.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise _error(path, f"{where}.columns", "must map each column name to its MySQL type")
    for column, column_type in columns.items():
        if not isinstance(column_type, str):
            raise _error(path, f"{where}.columns.{column}", "must be a MySQL type such as int(11)")
        try:
            parse_type(column_type)
        except ValueError as exc:
            raise _error(path, f"{where}.columns.{column}", str(exc)) from None
    merged = {**entry, **override}
    spec = TableSpec(
        name=name,
        columns=dict(columns),
        primary_key=_string_list(path, f"{where}.primary_key", merged.get("primary_key")),
        replication_method=str(merged.get("replication_method", "FULL_TABLE")).upper(),
        replication_key=merged.get("replication_key"),
        lookback_columns=_string_list(
            path, f"{where}.lookback_columns", merged.get("lookback_columns")
        ),
        sensitive_columns=_string_list(
            path, f"{where}.sensitive_columns", merged.get("sensitive_columns")
        ),
        importance=merged.get("importance", "reference"),
        size_tier=merged.get("size_tier", "tiny"),
        estimated_rows=int(merged.get("estimated_rows") or 0),
        estimated_bytes=int(merged.get("estimated_bytes") or 0),
        engine=merged.get("engine"),
    )
    _check(path, where, spec)
    return spec


def _check(path: Path, where: str, spec: TableSpec) -> None:
    if spec.replication_method not in REPLICATION_METHODS:
        raise _error(
            path, f"{where}.replication_method", f"must be one of {', '.join(REPLICATION_METHODS)}"
        )
    if spec.replication_method == "INCREMENTAL" and not spec.replication_key:
        raise _error(path, f"{where}.replication_key", "an INCREMENTAL table needs one")
    if spec.importance not in IMPORTANCE_LEVELS:
        raise _error(path, f"{where}.importance", f"must be one of {', '.join(IMPORTANCE_LEVELS)}")
    if spec.size_tier not in SIZE_TIERS:
        raise _error(path, f"{where}.size_tier", f"must be one of {', '.join(SIZE_TIERS)}")
    named = {
        "primary_key": spec.primary_key,
        "replication_key": (spec.replication_key,) if spec.replication_key else (),
        "lookback_columns": spec.lookback_columns,
        "sensitive_columns": spec.sensitive_columns,
    }
    for key, names in named.items():
        unknown = [column for column in names if column not in spec.columns]
        if unknown:
            raise _error(path, f"{where}.{key}", f"unknown column {', '.join(unknown)}")


def read_document(path: Path) -> dict[str, t.Any]:
    """Read ``tables.yml`` as a plain document, checking only its outline.

    Args:
        path: Location of the file.

    Returns:
        The document, with ``tables`` and ``overrides`` as mappings.

    Raises:
        TablesFileError: If the file is missing or is not a catalog.
    """
    if not path.is_file():
        msg = (
            f"{path}: no such file; run `meltano invoke tap-opendental:analyze` to write it, "
            "or set the tap's catalog_path"
        )
        raise TablesFileError(msg)
    try:
        # libyaml's loader when present: a 450-table catalog then loads in a fraction of a second.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark else "YAML"
        raise _error(path, line, f"not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(document, dict) or not isinstance(document.get("tables"), dict):
        raise _error(path, "tables", "the file must have a `tables:` mapping")
    overrides = document.get("overrides") or {}
    if not isinstance(overrides, dict):
        raise _error(path, "overrides", "must map table names to settings")
    for table, override in overrides.items():
        if not isinstance(override, dict):
            raise _error(path, f"overrides.{table}", "must be a mapping of settings")
        unknown = sorted(set(override) - set(OVERRIDABLE))
        if unknown:
            raise _error(
                path,
                f"overrides.{table}",
                f"cannot override {', '.join(unknown)} (allowed: {', '.join(OVERRIDABLE)})",
            )
    document["overrides"] = overrides
    return document


def load_tables(path: str | Path) -> dict[str, TableSpec]:
    """Load the catalog with its overrides applied.

    Args:
        path: Location of ``tables.yml``.

    Returns:
        Table specs by table name, in file order.
    """
    path = Path(path)
    document = read_document(path)
    overrides = document["overrides"]
    return {
        str(name): _table_spec(path, str(name), entry, overrides.get(name) or {})
        for name, entry in document["tables"].items()
    }
