"""Derive ``schema_24_3.sql``: every table of OpenDental 24.3, created as OpenDental creates them.

OpenDental publishes no single DDL file for a current version, so the fixture is put together
from two files of OpenDental's own repository (https://github.com/OpenDental/opendental,
branch ``24_3``), read with ``git show``:

- ``DocumentationBuilder/OpenDentalDocumentation.xml``: the schema documentation of version
  24.3.0.0, listing every table with its columns in order and their MySQL types (without the
  ``unsigned`` flag, NOT NULL, defaults or indexes);
- ``UnitTests/Resources/dump.txt``: a mysqldump of an OpenDental 21.1 database (the unit tests'
  starting point), with the real DDL: ``unsigned``, nullable columns and their defaults,
  ``utf8_bin`` columns, composite and prefix indexes, MyISAM, utf8 and one latin1 table.

Each 24.3 table is then written as follows:

- a table the 21.1 dump has keeps the dump's definition of every column whose type the 24.3
  documentation still gives (same base type and, for strings, the same length); a column added
  or retyped since 21.1 is written the way OpenDental's CRUD generator writes ``ALTER TABLE ...
  ADD`` (``xCrudGenerator/CrudSchemaRaw.cs``): ``<type> NOT NULL``, with ``DEFAULT
  '0001-01-01'`` for dates, ``'0001-01-01 00:00:00'`` for datetimes, ``'00:00:00'`` for times
  and ``CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP`` for timestamps, and an index on every
  bigint; columns the dump has and 24.3 dropped are left out, with the indexes on them;
- a table new since 21.1 is written the way the CRUD generator's ``AddTable`` writes it: the
  columns as above, the first an ``auto_increment PRIMARY KEY``, an index on every other bigint,
  ``DEFAULT CHARSET=utf8``, and MyISAM (OpenDental's default engine).

Tables the 21.1 dump has that the 24.3 documentation does not are kept as the dump has them,
unless an upgrade script after 21.1 drops them (``DROP TABLE`` in a ``To2x_y_z`` method of
``OpenDentBusiness/Misc/ConvertDatabases*.cs`` with a version above 21.1 and no ``CREATE TABLE``
of it there; plannedappt, dropped by 24.2.1): OpenDental's MySQL upgrades created them once and
never dropped them (``files``, made by 5.4.0 with two longblob columns, is dropped only on
Oracle), so a 24.3 database still holds them.

One more table is added, as real databases carry it: ``tempinsplan_bak_20200424``, made by
``CREATE TABLE ... SELECT * FROM insplan`` as the upgrade scripts make such copies (the server
copies the column definitions, without primary key or index).

Run it with the path of a clone (or a bare mirror) of OpenDental's repository::

    python tests/opendental_schema/generate.py /path/to/opendental/.git > \\
        tests/opendental_schema/schema_24_3.sql

With ``--retyped`` it writes ``retyped_21_1_to_24_3.tsv`` instead: the columns whose type the
upgrades from 21.1 to 24.3 changed (as the 21.1 dump and the 24.3 documentation give them).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

BRANCH = "24_3"
DOCUMENTATION = "DocumentationBuilder/OpenDentalDocumentation.xml"
DUMP = "UnitTests/Resources/dump.txt"
CONVERSIONS = "OpenDentBusiness/Misc"
DUMP_VERSION = (21, 1, 9)
BACKUP_TABLE = "tempinsplan_bak_20200424"

_CREATE = re.compile(
    r"CREATE TABLE `(?P<name>\w+)` \((?P<body>.*?)\n\) ENGINE=(?P<engine>\w+)"
    r"(?: AUTO_INCREMENT=\d+)? DEFAULT CHARSET=(?P<charset>\w+)",
    re.DOTALL,
)
_COLUMN = re.compile(r"^`(?P<name>\w+)` (?P<definition>.*)$")
_TYPE = re.compile(r"^(?P<base>[a-z]+)(?:\((?P<args>[^)]*)\))?")
_INDEX_COLUMNS = re.compile(r"`(\w+)`(?:\(\d+\))?")
_INTEGERS = frozenset({"tinyint", "smallint", "mediumint", "int", "bigint"})
_CRUD_DEFAULTS = {
    "date": "'0001-01-01'",
    "datetime": "'0001-01-01 00:00:00'",
    "time": "'00:00:00'",
    "timestamp": "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
}


_CONVERSION = re.compile(r"private static void To(\d+)_(\d+)_(\d+)\w*\(\)")


def git_show(git_dir: str, path: str) -> str:
    """Return a file of OpenDental's repository at the 24.3 branch."""
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{BRANCH}:{path}"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8-sig", errors="replace")


def same_type(documented: str, dumped: str) -> bool:
    """Whether a dumped column definition still has the documented type.

    Integer display widths and ``unsigned`` are not compared (the documentation drops them);
    string lengths are (OpenDental widens varchars).
    """
    doc, dump = _TYPE.match(documented.lower()), _TYPE.match(dumped.lower())
    if doc is None or dump is None or doc["base"] != dump["base"]:
        return False
    return doc["base"] in _INTEGERS or (doc["args"] or "") == (dump["args"] or "")


def crud_column(name: str, column_type: str) -> str:
    """A column as OpenDental's CRUD generator adds it."""
    base = _TYPE.match(column_type.lower())["base"]
    default = _CRUD_DEFAULTS.get(base)
    return f"`{name}` {column_type} NOT NULL" + (f" DEFAULT {default}" if default else "")


def dropped_since_dump(git_dir: str, tables: set[str]) -> set[str]:
    """Tables an upgrade script after the dump's version drops without creating them again."""
    listing = subprocess.run(
        ["git", f"--git-dir={git_dir}", "ls-tree", "--name-only", f"{BRANCH}:{CONVERSIONS}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    dropped: set[str] = set()
    for name in listing:
        if not re.fullmatch(r"ConvertDatabases\d*\.cs", name):
            continue
        text = git_show(git_dir, f"{CONVERSIONS}/{name}")
        parts = _CONVERSION.split(text)
        # split() gives [before, major, minor, build, body, major, minor, build, body, ...]
        for index in range(1, len(parts) - 3, 4):
            version = tuple(int(part) for part in parts[index : index + 3])
            body = parts[index + 3]
            if version <= DUMP_VERSION:
                continue
            for table in tables:
                drop = re.search(rf"DROP TABLE (IF EXISTS )?`?{table}`?\b", body, re.IGNORECASE)
                create = re.search(rf"CREATE TABLE (IF NOT EXISTS )?`?{table}`?\b", body, re.I)
                if drop and not create:
                    dropped.add(table)
    return dropped


def parse_dump(dump: str) -> dict[str, dict[str, object]]:
    """The tables of the dump: columns (name -> definition), index lines, engine and charset."""
    tables: dict[str, dict[str, object]] = {}
    for match in _CREATE.finditer(dump):
        columns: dict[str, str] = {}
        indexes: list[str] = []
        for raw_line in match["body"].strip().splitlines():
            line = raw_line.strip().rstrip(",")
            column = _COLUMN.match(line)
            if column:
                columns[column["name"]] = column["definition"]
            else:
                indexes.append(line)
        tables[match["name"]] = {
            "columns": columns,
            "indexes": indexes,
            "engine": match["engine"],
            "charset": match["charset"],
        }
    return tables


def create_table(name: str, lines: list[str], engine: str, charset: str) -> str:
    body = ",\n".join(f"  {line}" for line in lines)
    return f"CREATE TABLE `{name}` (\n{body}\n) ENGINE={engine} DEFAULT CHARSET={charset};"


def table_ddl(name: str, documented: list[tuple[str, str]], dumped: dict | None) -> str:
    """The CREATE TABLE of one 24.3 table."""
    if dumped is None:
        lines = [crud_column(column, kind) for column, kind in documented]
        lines[0] += " AUTO_INCREMENT PRIMARY KEY"
        lines += [
            f"KEY `{column}` (`{column}`)"
            for column, kind in documented[1:]
            if kind.lower().startswith("bigint")
        ]
        return create_table(name, lines, "MyISAM", "utf8")
    old_columns: dict[str, str] = dumped["columns"]
    names = {column for column, _ in documented}
    lines = []
    new_keys = []
    for column, kind in documented:
        definition = old_columns.get(column)
        if definition is not None and same_type(kind, definition):
            lines.append(f"`{column}` {definition}")
            continue
        lines.append(crud_column(column, kind))
        if kind.lower().startswith("bigint") and column not in old_columns:
            new_keys.append(f"KEY `{column}` (`{column}`)")
    for index in dumped["indexes"]:
        if set(_INDEX_COLUMNS.findall(index.split("(", 1)[1])) <= names:
            lines.append(index)
    lines += new_keys
    return create_table(name, lines, dumped["engine"], dumped["charset"])


def backup_ddl() -> str:
    """The backup copy, made as OpenDental's upgrade scripts make one: columns, no key or index."""
    return f"CREATE TABLE `{BACKUP_TABLE}` ENGINE=MyISAM SELECT * FROM `insplan`;"


def generate(git_dir: str) -> str:
    """The whole fixture, header included."""
    root = ET.fromstring(git_show(git_dir, DOCUMENTATION))
    dumped = parse_dump(git_show(git_dir, DUMP))
    statements = []
    for table in root.findall("table"):
        columns = sorted(table.findall("column"), key=lambda c: int(c.get("order")))
        documented = [(c.get("name"), c.get("type")) for c in columns]
        statements.append(table_ddl(table.get("name"), documented, dumped.get(table.get("name"))))
    documented_tables = {table.get("name") for table in root.findall("table")}
    legacy = set(dumped) - documented_tables
    for name in sorted(legacy - dropped_since_dump(git_dir, legacy)):
        lines = [f"`{column}` {kind}" for column, kind in dumped[name]["columns"].items()]
        lines += dumped[name]["indexes"]
        statements.append(
            create_table(name, lines, dumped[name]["engine"], dumped[name]["charset"])
        )
    statements.append(backup_ddl())
    header = (
        f"-- Every table of OpenDental {root.get('version')} (and one keyless backup table), as\n"
        "-- OpenDental creates them. Derived by tests/opendental_schema/generate.py from\n"
        f"-- OpenDental/opendental@{BRANCH}: {DOCUMENTATION} (columns and types),\n"
        f"-- {DUMP} (the DDL of a 21.1 database, and the tables it has that\n"
        f"-- the documentation lacks) and {CONVERSIONS}/ConvertDatabases*.cs (tables dropped\n"
        "-- since 21.1). New columns and tables are\n"
        "-- written by the rules of OpenDental's CRUD generator\n"
        "-- (xCrudGenerator/CrudSchemaRaw.cs).\n"
        "-- See the generator's docstring for the details. Do not edit by hand.\n"
    )
    return header + "\n" + "\n\n".join(statements) + "\n"


_COLUMN_TYPE = re.compile(r"^[a-z]+(?:\([^)]*\))?(?: unsigned)?")


def retyped(git_dir: str) -> str:
    """The columns whose type the upgrades from 21.1 to 24.3 changed: table, column, old, new."""
    root = ET.fromstring(git_show(git_dir, DOCUMENTATION))
    dumped = parse_dump(git_show(git_dir, DUMP))
    lines = [
        "# Columns OpenDental retyped between 21.1 (UnitTests/Resources/dump.txt) and 24.3",
        f"# ({DOCUMENTATION}), derived by tests/opendental_schema/generate.py --retyped.",
        "# table\tcolumn\t21.1 type\t24.3 type",
    ]
    for table in root.findall("table"):
        old_columns = dumped.get(table.get("name"), {}).get("columns", {})
        for column in table.findall("column"):
            definition = old_columns.get(column.get("name"))
            if definition is not None and not same_type(column.get("type"), definition):
                old_type = _COLUMN_TYPE.match(definition.lower())[0]
                lines.append(
                    f"{table.get('name')}\t{column.get('name')}\t{old_type}\t{column.get('type')}"
                )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", help="the .git directory of OpenDental's repository")
    parser.add_argument(
        "--retyped", action="store_true", help="write the columns retyped since 21.1 instead"
    )
    args = parser.parse_args(argv)
    sys.stdout.write(retyped(args.git_dir) if args.retyped else generate(args.git_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
