"""Alerts through apprise to a local webhook listener and a local SMTP server.

Every channel is an apprise URL (``OPS_NOTIFY_URLS``); the former ``OPS_WEBHOOK_URL`` and
``OPS_SMTP_*`` settings still deliver what they delivered. Nothing is sent when no channel is
configured.
"""

from __future__ import annotations

import base64
import email
import email.policy
import json
import socket
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
REPORT_LINES = [
    "OpenDental pipeline nightly (prod): FAILURE",
    "run 6f1c2d3e started 2026-11-22T21:00:00+00:00: 30 tables, 15,813 rows extracted, "
    "15,715 loaded",
    "- verification: 1 tables differ (paysplit)",
]


@pytest.fixture
def report_dir(tmp_path: Path) -> Path:
    (tmp_path / "report.json").write_text(json.dumps(REPORT))
    (tmp_path / "report.html").write_text("<html><body>the report</body></html>")
    return tmp_path


def as_json_url(url: str) -> str:
    """The listener's http:// URL as apprise's JSON webhook URL."""
    return url.replace("http://", "json://", 1)


def mails(received: Received) -> list[email.message.EmailMessage]:
    return [
        email.message_from_string(mail["data"], policy=email.policy.default)
        for mail in received.messages
    ]


def test_a_json_webhook_gets_the_report_with_its_page_attached(
    webhook: tuple[str, Received],
    report_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    monkeypatch.setenv("OPS_NOTIFY_URLS", as_json_url(url))

    assert main(["notify", "--report", str(report_dir), "--message", "extract timed out"]) == 0

    [message] = received.messages
    assert message["path"] == "/services/T0/B0/secret-token"
    body = message["body"]
    assert body["title"] == "OpenDental pipeline nightly (prod): FAILURE"
    assert body["message"].splitlines() == [REPORT_LINES[0], "extract timed out", *REPORT_LINES[1:]]
    assert body["type"] == "failure"
    [attachment] = body["attachments"]
    assert attachment["filename"] == "report.html"
    assert base64.b64decode(attachment["base64"]) == (report_dir / "report.html").read_bytes()
    out = capsys.readouterr().out
    assert out.startswith("JSON      sent    to json://127.0.0.1:")
    assert out.rstrip().endswith("with report.html")
    assert "secret-token" not in out


def test_the_former_webhook_setting_still_posts_slack_text(
    webhook: tuple[str, Received],
    report_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    monkeypatch.setenv("OPS_WEBHOOK_URL", url)

    assert main(["notify", "--report", str(report_dir / "report.json")]) == 0

    [message] = received.messages
    assert message["path"] == "/services/T0/B0/secret-token"
    assert message["content_type"] == "application/json"
    # Exactly what a Slack-compatible webhook takes, as before: {"text": ...} and nothing else.
    assert message["body"] == {"text": "\n".join(REPORT_LINES)}
    out = capsys.readouterr().out
    assert out.startswith("JSON      sent    to json://127.0.0.1:")
    assert "report.html" not in out
    assert "secret-token" not in out


def test_a_webhook_that_refuses_is_a_failed_delivery(
    webhook: tuple[str, Received],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    received.status = 500
    monkeypatch.setenv("OPS_NOTIFY_URLS", as_json_url(url))

    assert main(["notify", "--status", "failure"]) == 1
    assert len(received.messages) == 1
    out = capsys.readouterr().out
    assert out.startswith("JSON      FAILED  cannot send to json://127.0.0.1:")
    assert "500" in out
    assert "secret-token" not in out


def test_a_mail_url_sends_the_alert_with_the_report_attached(
    smtp_server: tuple[int, Received], report_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, received = smtp_server
    monkeypatch.setenv(
        "OPS_NOTIFY_URLS",
        f"mailto://127.0.0.1:{port}?from=pipeline@practice.example&to=it@practice.example"
        "&mode=insecure",
    )

    assert main(["notify", "--report", str(report_dir), "--message", "see the report"]) == 0

    [mail] = received.messages
    assert mail["from"] == "<pipeline@practice.example>"
    assert mail["to"] == ["<it@practice.example>"]
    [message] = mails(received)
    assert message["Subject"] == "OpenDental pipeline nightly (prod): FAILURE"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "see the report" in body
    assert "- verification: 1 tables differ (paysplit)" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "report.html"
    assert "the report" in attachment.get_content()


def test_the_former_mail_settings_still_mail_every_recipient(
    smtp_server: tuple[int, Received], report_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, received = smtp_server
    monkeypatch.setenv("OPS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("OPS_SMTP_PORT", str(port))
    monkeypatch.setenv("OPS_SMTP_SECURITY", "none")
    monkeypatch.setenv("OPS_MAIL_FROM", "pipeline@practice.example")
    monkeypatch.setenv("OPS_MAIL_TO", "it@practice.example, manager@practice.example")

    assert main(["notify", "--report", str(report_dir)]) == 0

    assert sorted(to for mail in received.messages for to in mail["to"]) == [
        "<it@practice.example>",
        "<manager@practice.example>",
    ]
    assert {mail["from"] for mail in received.messages} == {"<pipeline@practice.example>"}
    for message in mails(received):
        assert message["Subject"] == "OpenDental pipeline nightly (prod): FAILURE"
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename() == "report.html"


def test_an_unreachable_channel_fails_and_the_others_still_get_the_alert(
    webhook: tuple[str, Received],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, received = webhook
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    monkeypatch.setenv(
        "OPS_NOTIFY_URLS",
        f"mailto://127.0.0.1:{port}?from=pipeline@practice.example&to=it@practice.example"
        f"&mode=insecure {as_json_url(url)}",
    )

    assert main(["notify", "--status", "failure", "--message", "load failed"]) == 1

    assert [message["body"]["message"] for message in received.messages] == [
        "OpenDental pipeline nightly (dev): FAILURE\nload failed"
    ]
    mail, webhook_line = capsys.readouterr().out.splitlines()
    assert mail.startswith(f"E-Mail    FAILED  cannot send to mailto://127.0.0.1:{port}")
    assert webhook_line.startswith("JSON      sent")


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
        "no alert channel configured (OPS_NOTIFY_URLS, or OPS_WEBHOOK_URL, OPS_SMTP_HOST): "
        "nothing sent\n"
    )


def test_a_half_configured_channel_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPS_SMTP_HOST", "smtp.practice.example")
    assert main(["notify", "--status", "failure"]) == 2
    assert "OPS_MAIL_TO" in capsys.readouterr().err

    monkeypatch.delenv("OPS_SMTP_HOST")
    monkeypatch.setenv("OPS_NOTIFY_URLS", "pigeonpost://loft")
    assert main(["notify", "--status", "failure"]) == 2
    assert "apprise cannot use the pigeonpost:// URL given" in capsys.readouterr().err
