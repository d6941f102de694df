"""Progress lines while a large table is read, for the person watching a long first load."""

from __future__ import annotations

import time
import typing as t

if t.TYPE_CHECKING:
    import logging


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class Progress:
    """Logs, every ``every`` seconds of a read, the rows read so far and the rate.

    A read of the whole table also gets its share of the catalog's estimated rows
    (``estimated_rows``, from the last schema analysis) and the time left at the current rate;
    an incremental read, whose rows are the changed ones, gets neither.
    """

    #: Seconds between two lines.
    EVERY = 30.0

    def __init__(self, table: str, estimate: int, logger: logging.Logger) -> None:
        self.table = table
        self.estimate = estimate
        self.logger = logger
        self.rows = 0
        self._started = self._shown = time.monotonic()

    def add(self, rows: int) -> None:
        """Count rows read; log a line when the last one is ``EVERY`` seconds old."""
        self.rows += rows
        now = time.monotonic()
        if now - self._shown < self.EVERY:
            return
        self._shown = now
        rate = self.rows / max(now - self._started, 1e-9)
        if self.estimate > self.rows:
            left = (self.estimate - self.rows) / rate if rate else 0
            self.logger.info(
                "%s: %s of about %s rows (%d%%), %s rows/s, about %s left",
                self.table,
                f"{self.rows:,}",
                f"{self.estimate:,}",
                100 * self.rows // self.estimate,
                f"{rate:,.0f}",
                _duration(left),
            )
        else:
            self.logger.info("%s: %s rows, %s rows/s", self.table, f"{self.rows:,}", f"{rate:,.0f}")
