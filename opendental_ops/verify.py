"""Verify loads: compare the source, the replica and raw, table by table.

For every table of ``tables.yml`` it counts the rows and sums the primary key in each store
(raw counts only rows not marked deleted), which is cheap: the key index answers it. With
``deep`` it also compares the replica with the source column by column: the exact column
types, and a checksum over every value of every row (zero and invalid dates count as null,
as the pipeline loads them).
"""

from __future__ import annotations

import dataclasses
import typing as t

from mysql_types import parse_type
from tap_opendental.tables import TableSpec

if t.TYPE_CHECKING:
    from opendental_ops.connections import Database


@dataclasses.dataclass
class TableCheck:
    """What one table looks like in each store, and whether they agree."""

    table: str
    figures: dict[str, dict[str, t.Any]] = dataclasses.field(default_factory=dict)
    problems: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every store agrees with the source."""
        return not self.problems


def _quote_mysql(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _quote_pg(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _integer_key(spec: TableSpec) -> str | None:
    if len(spec.primary_key) != 1:
        return None
    key = spec.primary_key[0]
    return key if parse_type(spec.columns[key]).is_integer else None


def _checksum_expression(spec: TableSpec, columns: list[str]) -> str:
    parts = []
    for column in columns:
        quoted = _quote_mysql(column)
        parsed = parse_type(spec.columns[column])
        if parsed.is_temporal:
            # DAYNAME is NULL for zero and invalid dates, which the pipeline loads as null.
            value = f"IF(DAYNAME({quoted}) IS NULL, NULL, {quoted})"
        elif parsed.is_binary:
            value = f"HEX({quoted})"
        else:
            value = quoted
        parts.append(f"IFNULL({value}, '\\\\N')")
    return f"BIT_XOR(CRC32(CONVERT(CONCAT_WS('|', {', '.join(parts)}) USING utf8mb4)))"


def _mysql_figures(
    connection: t.Any, spec: TableSpec, columns: list[str], *, deep: bool
) -> dict[str, t.Any] | None:
    cursor = connection.cursor()
    cursor.execute(
        "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
        "AND TABLE_NAME = %s",
        (spec.name,),
    )
    if not cursor.fetchone()[0]:
        return None
    key = _integer_key(spec)
    selects = ["COUNT(*)", f"COALESCE(SUM({_quote_mysql(key)}), 0)" if key else "NULL"]
    if deep:
        selects.append(_checksum_expression(spec, columns))
    cursor.execute(f"SELECT {', '.join(selects)} FROM {_quote_mysql(spec.name)}")
    row = cursor.fetchone()
    figures: dict[str, t.Any] = {
        "rows": int(row[0]),
        "key_sum": None if row[1] is None else int(row[1]),
    }
    if deep:
        figures["checksum"] = int(row[2] or 0)
        cursor.execute(
            "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s",
            (spec.name,),
        )
        types = dict(cursor.fetchall())
        figures["types"] = {column: types.get(column) for column in columns}
    return figures


def _raw_figures(connection: t.Any, schema: str, spec: TableSpec) -> dict[str, t.Any] | None:
    exists = connection.execute(
        "select count(*) from information_schema.tables "
        "where table_schema = %s and table_name = %s",
        (schema, spec.name),
    ).fetchone()[0]
    if not exists:
        return None
    key = _integer_key(spec)
    key_sum = f"coalesce(sum({_quote_pg(key)}), 0)" if key else "null"
    row = connection.execute(
        f"select count(*), {key_sum} from {_quote_pg(schema)}.{_quote_pg(spec.name)} "
        "where _sdc_deleted_at is null"
    ).fetchone()
    return {"rows": int(row[0]), "key_sum": None if row[1] is None else int(row[1])}


def verify(
    tables: dict[str, TableSpec],
    columns: dict[str, list[str]],
    databases: dict[str, Database],
    *,
    raw_schema: str = "raw",
    deep: bool = False,
) -> list[TableCheck]:
    """Compare every table across the configured stores.

    Args:
        tables: The tables to check, from ``tables.yml``.
        columns: The columns the pipeline copies, per table (sensitive ones left out).
        databases: ``source`` and, when configured, ``replica`` and ``warehouse``.
        raw_schema: The warehouse schema target-postgres loads.
        deep: Also compare column types and a checksum of all values (source and replica).

    Returns:
        One check per table.
    """
    connections = {role: db.connect() for role, db in databases.items() if db.configured}
    checks = []
    try:
        for name, spec in tables.items():
            check = TableCheck(name)
            wanted = columns[name]
            check.figures["source"] = (
                _mysql_figures(connections["source"], spec, wanted, deep=deep) or {}
            )
            if "replica" in connections:
                replica = _mysql_figures(connections["replica"], spec, wanted, deep=deep)
                check.figures["replica"] = replica or {}
                _compare(check, "replica", replica, deep=deep)
            if "warehouse" in connections:
                raw = _raw_figures(connections["warehouse"], raw_schema, spec)
                check.figures["raw"] = raw or {}
                _compare(check, "raw", raw, deep=False)
            checks.append(check)
    finally:
        for connection in connections.values():
            connection.close()
    return checks


def _compare(
    check: TableCheck, store: str, figures: dict[str, t.Any] | None, *, deep: bool
) -> None:
    source = check.figures["source"]
    if figures is None:
        check.problems.append(f"missing in {store}")
        return
    if figures["rows"] != source["rows"]:
        check.problems.append(f"{store} has {figures['rows']:,} rows, source {source['rows']:,}")
    elif figures["key_sum"] != source["key_sum"]:
        check.problems.append(f"{store} holds other keys than the source (same row count)")
    if deep:
        changed = [c for c, kind in source["types"].items() if figures["types"].get(c) != kind]
        if changed:
            check.problems.append(f"{store} column types differ: {', '.join(changed)}")
        if figures["checksum"] != source["checksum"]:
            check.problems.append(f"{store} values differ from the source (checksum)")
