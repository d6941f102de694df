"""Bulk loading: rows become large multi-row INSERT statements.

Values are turned into SQL literals here rather than by the driver, because the driver's per-value
escaping dominates the time of a multi-million-row load. Statements are sent from a background
thread so that the server inserts one batch while Python builds the next.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

# Backslash escapes as MySQL reads them when NO_BACKSLASH_ESCAPES is off (sql_mode='').
_ESCAPES = str.maketrans(
    {"\\": "\\\\", "'": "\\'", "\0": "\\0", "\n": "\\n", "\r": "\\r", "\x1a": "\\Z"}
)
_STATEMENT_BYTES = 1 << 20
_QUEUED_STATEMENTS = 8


def _quote(value: str) -> str:
    return "'" + value.translate(_ESCAPES) + "'"


_FORMAT: dict[type, Callable[[Any], str]] = {
    int: str,
    str: _quote,
    float: repr,
    type(None): lambda _: "NULL",
    datetime: lambda v: "'" + v.isoformat(" ") + "'",
    date: lambda v: "'" + v.isoformat() + "'",
    time: lambda v: "'" + v.isoformat() + "'",
    bool: lambda v: "1" if v else "0",
}


def sql_literal(value: Any) -> str:
    """Return ``value`` as a MySQL literal (int, float, str, date, datetime, time, bool or None).

    Datetimes and times are written to the second; the generator never makes fractions.
    """
    try:
        return _FORMAT[type(value)](value)
    except KeyError:
        raise TypeError(f"cannot write {value!r} as SQL") from None


class _Sender:
    """Executes statements on one cursor from a background thread, in order."""

    def __init__(self, cursor: Cursor) -> None:
        self._cursor = cursor
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=_QUEUED_STATEMENTS)
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, name="synthetic-practice-sender", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        while (statement := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._cursor.execute(statement)
                except BaseException as exc:
                    # Re-raised in the producing thread; later statements are skipped.
                    self._error = exc

    def send(self, statement: str) -> None:
        self._raise()
        self._queue.put(statement)

    def close(self) -> None:
        """Wait until every statement ran; re-raise the first failure."""
        self._queue.put(None)
        self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error


class TableWriter:
    """Buffers rows for one table and sends them as multi-row INSERTs of about 1 MB."""

    def __init__(self, send: Callable[[str], None], table: str, columns: Sequence[str]) -> None:
        self._send = send
        self._head = f"INSERT INTO `{table}` ({', '.join(f'`{c}`' for c in columns)}) VALUES "
        self._width = len(columns)
        self._rows: list[str] = []
        self._size = 0
        self.table = table
        self.count = 0

    def add(self, row: Sequence[Any]) -> None:
        """Queue one row; its values follow the column order given at construction."""
        if len(row) != self._width:
            raise ValueError(f"{self.table}: expected {self._width} values, got {len(row)}")
        try:
            text = "(" + ",".join([_FORMAT[type(v)](v) for v in row]) + ")"
        except KeyError:
            for value in row:
                sql_literal(value)
            raise
        self._rows.append(text)
        self._size += len(text)
        self.count += 1
        if self._size >= _STATEMENT_BYTES:
            self.flush()

    def flush(self) -> None:
        """Send the queued rows."""
        if self._rows:
            self._send(self._head + ",".join(self._rows))
            self._rows = []
            self._size = 0


class Loader:
    """The writers of one load, sharing one background sender."""

    def __init__(self, cursor: Cursor) -> None:
        self._cursor = cursor
        self._writers: dict[str, TableWriter] = {}
        self._sender: _Sender | None = None

    def _send(self, statement: str) -> None:
        if self._sender is None:
            self._cursor.execute(statement)
        else:
            self._sender.send(statement)

    def writer(self, table: str, columns: Sequence[str]) -> TableWriter:
        """Return the writer for ``table``, creating it on first use."""
        if table not in self._writers:
            self._writers[table] = TableWriter(self._send, table, columns)
        return self._writers[table]

    def flush(self) -> None:
        """Send every queued row."""
        for w in self._writers.values():
            w.flush()

    @contextmanager
    def bulk(self, myisam_tables: Iterable[str]) -> Iterator[None]:
        """Load in the background, building MyISAM indexes once at the end.

        Inside the block the cursor belongs to the sender thread; it is handed back, with every
        row written, when the block ends.
        """
        names = list(myisam_tables)
        self._cursor.execute("SET SESSION unique_checks = 0")
        for name in names:
            self._cursor.execute(f"ALTER TABLE `{name}` DISABLE KEYS")
        self._sender = _Sender(self._cursor)
        try:
            yield
            self.flush()
        finally:
            sender, self._sender = self._sender, None
            try:
                sender.close()
            finally:
                for name in names:
                    self._cursor.execute(f"ALTER TABLE `{name}` ENABLE KEYS")
                self._cursor.execute("SET SESSION unique_checks = 1")
