"""Alerts: one message to a Slack-compatible webhook and/or one mail over SMTP.

Both channels are optional (``OPS_WEBHOOK_URL``; ``OPS_SMTP_HOST`` with ``OPS_MAIL_FROM`` and
``OPS_MAIL_TO``). The webhook receives ``{"text": ...}``, which Slack, Mattermost, Rocket.Chat
and Teams' Slack-compatible connectors all accept. Secrets never reach the message: it is
redacted like every other text the commands print that comes from elsewhere.
"""

from __future__ import annotations

import dataclasses
import json
import smtplib
import ssl
import typing as t
import urllib.error
import urllib.parse
import urllib.request
from email.message import EmailMessage

from opendental_ops.settings import AlertSettings, environment_name, redact

if t.TYPE_CHECKING:
    from pathlib import Path

#: Longest message text sent (Slack cuts at 40,000 characters; mail readers want less).
MAX_TEXT = 3500
#: Seconds to wait for the webhook or the mail server.
TIMEOUT = 20


@dataclasses.dataclass(frozen=True)
class Delivery:
    """What happened on one channel."""

    channel: str
    ok: bool
    detail: str


def compose(status: str, message: str, report: dict[str, t.Any] | None) -> tuple[str, str]:
    """The subject line and the text of an alert.

    Args:
        status: ``failure`` or ``success``.
        message: What the caller has to say (may be empty).
        report: The run report, when there is one.
    """
    job = report["job"] if report else "nightly"
    environment = report["environment"] if report else environment_name()
    subject = f"OpenDental pipeline {job} ({environment}): {status.upper()}"
    lines = [subject]
    if message:
        lines.append(redact(message))
    if report:
        totals = report["totals"]
        extracted, loaded = (
            "-" if value is None else f"{value:,}"
            for value in (totals["rows_extracted"], totals["rows_loaded"])
        )
        lines.append(
            f"run {report['run_id']} started {report['started_at']}: {totals['tables']} tables, "
            f"{extracted} rows extracted, {loaded} loaded"
        )
        lines += [f"- {redact(problem)}" for problem in report["problems"]]
    text = "\n".join(lines)
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 30] + "\n... (cut short; see the report)"
    return subject, text


def post_webhook(url: str, text: str) -> Delivery:
    """POST ``{"text": text}`` as JSON to the webhook."""
    host = urllib.parse.urlsplit(url).hostname or "the webhook"
    request = urllib.request.Request(
        url,
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return Delivery("webhook", True, f"posted to {host} (HTTP {response.status})")
    except urllib.error.HTTPError as exc:
        return Delivery("webhook", False, f"{host} answered HTTP {exc.code} {exc.reason}")
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return Delivery("webhook", False, f"cannot reach {host}: {redact(str(reason))}")


def send_mail(
    settings: AlertSettings, subject: str, text: str, attachment: Path | None = None
) -> Delivery:
    """Send one mail to every recipient, with the HTML report attached when given."""
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = settings.mail_from
    mail["To"] = ", ".join(settings.mail_to)
    mail.set_content(text)
    if attachment is not None and attachment.is_file():
        mail.add_attachment(
            attachment.read_bytes(), maintype="text", subtype="html", filename=attachment.name
        )
    server = f"{settings.smtp_host}:{settings.smtp_port}"
    try:
        if settings.smtp_security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host,
                settings.smtp_port,
                timeout=TIMEOUT,
                context=ssl.create_default_context(),
            )
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT)
        with smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(mail)
    except (smtplib.SMTPException, OSError) as exc:
        return Delivery("mail", False, f"cannot send through {server}: {redact(str(exc))}")
    return Delivery("mail", True, f"sent to {', '.join(settings.mail_to)} through {server}")


def notify(
    settings: AlertSettings,
    status: str,
    message: str,
    report: dict[str, t.Any] | None = None,
    html_report: Path | None = None,
) -> list[Delivery]:
    """Send the alert on every configured channel.

    Returns:
        One delivery per configured channel (none when nothing is configured).
    """
    subject, text = compose(status, message, report)
    deliveries = []
    if settings.webhook_url:
        deliveries.append(post_webhook(settings.webhook_url, text))
    if settings.smtp_host:
        deliveries.append(send_mail(settings, subject, text, html_report))
    return deliveries
