"""What a run did with each table: the tap's record in the state, and its progress lines."""

from __future__ import annotations

import datetime
import logging
import typing as t

import pytest

from tap_opendental.progress import Progress
from tap_opendental.run_record import RunRecord
from tests.conftest import mysql_connect, run_tap
from tests.tap_opendental.test_bookmarks import appointments  # noqa: F401 - a fixture

if t.TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import Server


def last_run(state: dict[str, t.Any], table: str) -> RunRecord:
    record = RunRecord.from_state(state["bookmarks"][table])
    assert record is not None
    return record


def test_each_table_records_its_last_run_in_its_state(
    appointments: dict[str, t.Any],  # noqa: F811 - the fixture
    mysql_server: Server,
    mysql_database: str,
    tmp_path: Path,
) -> None:
    before = datetime.datetime.now(datetime.UTC)
    first = run_tap(appointments, tmp_path)

    record = last_run(first.state, "appointment")
    assert (record.result, record.error, record.action) == ("ok", None, "full")
    assert record.rows == 40
    assert record.keys_sent == 0
    assert record.run_started is not None
    assert before <= record.run_started <= record.finished
    assert record.milliseconds >= 0

    with mysql_connect(mysql_server, mysql_database) as connection:
        connection.cursor().execute("DELETE FROM appointment WHERE AptNum = 7")
    second = run_tap(appointments, tmp_path, state=first.state)

    record = last_run(second.state, "appointment")
    assert (record.result, record.action) == ("ok", "incremental")
    # The look-back window's rows again, and every remaining key to retire the deleted one.
    assert record.keys_sent == 39
    assert record.rows == len(
        [m for m in second.messages if m["type"] == "RECORD" and "version" not in m]
    )
    assert record.run_started > last_run(first.state, "appointment").run_started


@pytest.mark.parametrize(
    ("estimate", "line"),
    [
        (1000, "procedurelog: 250 of about 1,000 rows (25%), "),
        (0, "procedurelog: 250 rows, "),
    ],
)
def test_a_long_read_logs_its_progress(
    estimate: int, line: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Progress, "EVERY", 0.0)
    progress = Progress("procedurelog", estimate, logging.getLogger("tap-opendental"))
    with caplog.at_level(logging.INFO):
        progress.add(250)
    [message] = caplog.messages
    assert message.startswith(line)
    assert ("left" in message) == bool(estimate)


def test_no_progress_line_before_its_interval(
    caplog: pytest.LogCaptureFixture,
) -> None:
    progress = Progress("procedurelog", 1000, logging.getLogger("tap-opendental"))
    with caplog.at_level(logging.INFO):
        progress.add(250)
    assert caplog.messages == []
