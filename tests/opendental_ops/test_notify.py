"""Alerts to a local webhook listener and a local SMTP server; nothing when not configured."""

from __future__ import annotations

import email
import email.policy
import json
import typing as t

import pytest

from opendental_ops.cli import main

if t.TYPE_CHECKING:
    from pathlib import Path

    from tests.opendental_ops.conftest import Received

REPORT = {
    "job": "nightly",
    "environment": "prod",
    "run_id": "6f1c2d3e",
    "started_at": "2026-11-22T21:00:00+00:00",
    "status": "failure",
    "totals": {"tables": 30, "rows_extracted": 15813, "rows_loaded": 15715},
    "problems": ["verification: 1 tables differ (paysplit)"],
}


@pytest.fixture
def report_dir(tmp_path: Path) -> Path:
    (tmp_path / "report.json").write_text(json.dumps(REPORT))
    (tmp_path / "report.html").write_text("<html><body>the report</body></html>")
    return tmp_path


def test_a_failure_posts_one_slack_message(
    webhook: tuple[str, Received],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    monkeypatch.setenv("OPS_WEBHOOK_URL", url)

    code = main(["notify", "--status", "failure", "--message", "extract timed out"])

    assert code == 0
    [message] = received.messages
    assert message["path"] == "/services/T0/B0/secret-token"
    assert message["content_type"] == "application/json"
    assert message["body"] == {
        "text": "OpenDental pipeline nightly (dev): FAILURE\nextract timed out"
    }
    out = capsys.readouterr().out
    assert out == "webhook sent    posted to 127.0.0.1 (HTTP 200)\n"


def test_the_report_says_what_failed_and_the_webhooks_secret_stays_out(
    webhook: tuple[str, Received],
    report_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    monkeypatch.setenv("OPS_WEBHOOK_URL", url)

    assert main(["notify", "--report", str(report_dir / "report.json")]) == 0

    [message] = received.messages
    assert message["body"]["text"].splitlines() == [
        "OpenDental pipeline nightly (prod): FAILURE",
        "run 6f1c2d3e started 2026-11-22T21:00:00+00:00: 30 tables, 15,813 rows extracted, "
        "15,715 loaded",
        "- verification: 1 tables differ (paysplit)",
    ]
    assert "secret-token" not in capsys.readouterr().out


def test_a_webhook_that_refuses_is_a_failed_delivery(
    webhook: tuple[str, Received],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    received.status = 500
    monkeypatch.setenv("OPS_WEBHOOK_URL", url)

    assert main(["notify", "--status", "failure"]) == 1
    assert capsys.readouterr().out.startswith("webhook FAILED  127.0.0.1 answered HTTP 500")


def test_a_failure_sends_one_mail_with_the_report_attached(
    smtp_server: tuple[int, Received], report_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, received = smtp_server
    monkeypatch.setenv("OPS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("OPS_SMTP_PORT", str(port))
    monkeypatch.setenv("OPS_SMTP_SECURITY", "none")
    monkeypatch.setenv("OPS_MAIL_FROM", "pipeline@practice.example")
    monkeypatch.setenv("OPS_MAIL_TO", "it@practice.example, manager@practice.example")

    assert main(["notify", "--report", str(report_dir), "--message", "see the report"]) == 0

    [mail] = received.messages
    assert mail["from"] == "<pipeline@practice.example>"
    assert mail["to"] == ["<it@practice.example>", "<manager@practice.example>"]
    message = email.message_from_string(mail["data"], policy=email.policy.default)
    assert message["Subject"] == "OpenDental pipeline nightly (prod): FAILURE"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "see the report" in body
    assert "- verification: 1 tables differ (paysplit)" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "report.html"
    assert "the report" in attachment.get_content()


def test_success_sends_nothing_unless_asked(
    webhook: tuple[str, Received],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    monkeypatch.setenv("OPS_WEBHOOK_URL", url)

    assert main(["notify", "--status", "success"]) == 0
    assert received.messages == []
    assert "no alert sent" in capsys.readouterr().out

    assert main(["notify", "--status", "success", "--always"]) == 0
    assert received.messages[0]["body"]["text"] == "OpenDental pipeline nightly (dev): SUCCESS"


def test_nothing_is_sent_when_no_channel_is_configured(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["notify", "--status", "failure", "--message", "load failed"]) == 0
    assert capsys.readouterr().out == (
        "no alert channel configured (OPS_WEBHOOK_URL, OPS_SMTP_HOST): nothing sent\n"
    )


def test_a_half_configured_mail_channel_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPS_SMTP_HOST", "smtp.practice.example")

    assert main(["notify", "--status", "failure"]) == 2
    assert "OPS_MAIL_TO" in capsys.readouterr().err
