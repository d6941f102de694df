"""Rows as a file in the format of MySQL's ``LOAD DATA LOCAL INFILE``, and the clause that reads it.

A batch is written to a temporary file and the server reads it in one statement, which costs
it a fraction of parsing the same rows as multi-row INSERTs. The file is tab-separated, every
string enclosed in double quotes (a quote inside doubled, no backslash escapes), numbers
bare, and NULL the bare word ``NULL``; it is read with ``CHARACTER SET binary``, so the
server stores its bytes as they are: text as the UTF-8 it is written in, binary values
(written through ``surrogateescape``) byte for byte, NUL bytes, tabs and newlines included.
"""

from __future__ import annotations

import csv
import os
import tempfile
import typing as t

if t.TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

#: How the file is read; the csv dialect below writes it.
FORMAT_CLAUSE = (
    "CHARACTER SET binary FIELDS TERMINATED BY '\\t' ENCLOSED BY '\"' ESCAPED BY '' "
    "LINES TERMINATED BY '\\n'"
)


class _Null(float):
    """The bare word NULL: ``QUOTE_NONNUMERIC`` leaves a number unquoted, written as ``str``."""

    def __str__(self) -> str:
        return "NULL"

    __repr__ = __str__


NULL = _Null()


def binary_text(value: bytes) -> str:
    """Return bytes as the text that the file's ``surrogateescape`` encoding writes back exactly.

    Args:
        value: A binary value.

    Returns:
        The text.
    """
    return value.decode("utf-8", "surrogateescape")


def write_rows(rows: Iterable[Sequence[t.Any]]) -> str:
    """Write rows to a new temporary file for ``LOAD DATA``.

    Values are None, numbers (int, float, Decimal: written as ``str`` writes them, which
    MySQL reads exactly, exponents included), text, and anything else written as its
    ``str`` and enclosed (dates, times). Binary values must be :func:`binary_text` and
    booleans integers already.

    Args:
        rows: The rows, values in column order.

    Returns:
        The file's path; the caller removes it.
    """
    descriptor, path = tempfile.mkstemp(prefix="target-mysql-replica-", suffix=".tsv")
    try:
        with open(descriptor, "w", encoding="utf-8", errors="surrogateescape", newline="") as file:
            writer = csv.writer(
                file,
                delimiter="\t",
                quotechar='"',
                doublequote=True,
                quoting=csv.QUOTE_NONNUMERIC,
                lineterminator="\n",
            )
            writer.writerows([NULL if value is None else value for value in row] for row in rows)
    except BaseException:
        os.unlink(path)
        raise
    return path
