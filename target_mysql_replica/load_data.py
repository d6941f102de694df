"""Rows as a file in the format of MySQL's ``LOAD DATA LOCAL INFILE``, and the clause that reads it.

A batch is streamed through a named pipe that the server reads in one statement, which costs
it a fraction of parsing the same rows as multi-row INSERTs. The file is tab-separated, every
string enclosed in double quotes (a quote inside doubled, no backslash escapes), numbers
bare, and NULL the bare word ``NULL``; it is read with ``CHARACTER SET binary``, so the
server stores its bytes as they are: text as the UTF-8 it is written in, binary values
(written through ``surrogateescape``) byte for byte, NUL bytes, tabs and newlines included.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
import threading
import typing as t

if t.TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

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


@contextlib.contextmanager
def rows_file(rows: Iterable[Sequence[t.Any]]) -> Iterator[str]:
    """Give a path from which ``LOAD DATA LOCAL INFILE`` reads the rows as they are written.

    The path is a named pipe that a thread fills while the statement runs, so the server
    parses rows while the next ones are formatted, as with PostgreSQL's COPY, and no batch
    is ever on disk. Leaving the block raises what stopped the writing, if anything did: the
    caller's transaction then rolls back whatever part of the rows the server had read.

    Values are None, numbers (int, float, Decimal: written as ``str`` writes them, which
    MySQL reads exactly, exponents included), text, and anything else written as its
    ``str`` and enclosed (dates, times). Binary values must be :func:`binary_text` and
    booleans integers already.

    Args:
        rows: The rows, values in column order.

    Yields:
        The pipe's path, for one LOAD DATA statement.

    Raises:
        Exception: What stopped the writing (the statement succeeded with part of the rows).
    """
    directory = tempfile.mkdtemp(prefix="target-mysql-replica-")
    path = os.path.join(directory, "rows.tsv")
    os.mkfifo(path, 0o600)
    failures: list[BaseException] = []

    def fill() -> None:
        try:
            with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as file:
                writer = csv.writer(
                    file,
                    delimiter="\t",
                    quotechar='"',
                    doublequote=True,
                    quoting=csv.QUOTE_NONNUMERIC,
                    lineterminator="\n",
                )
                writer.writerows(
                    [NULL if value is None else value for value in row] for row in rows
                )
        except BaseException as exc:
            failures.append(exc)

    thread = threading.Thread(target=fill, name="load-data-writer", daemon=True)
    thread.start()
    try:
        yield path
    finally:
        if thread.is_alive():
            # The statement ended without reading the pipe to its end (it failed): open and
            # close its read end, so that the writer's open returns and its writes fail.
            os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
        thread.join()
        os.unlink(path)
        os.rmdir(directory)
    if failures:
        raise failures[0]
