"""Alerts through apprise: one message to every notification URL that is configured.

``OPS_NOTIFY_URLS`` holds apprise URLs (Slack ``slack://``, mail ``mailto://`` or
``mailtos://``, Teams ``msteams://``, a JSON webhook ``json://`` ...), separated by spaces or
commas; apprise knows each service's transport. The former ``OPS_WEBHOOK_URL`` and
``OPS_SMTP_*`` settings still work: ``AlertSettings`` turns them into the apprise URLs that
deliver what they delivered (a ``{"text": ...}`` POST, a mail). Secrets never reach the message
nor what is printed about a delivery: URLs are shown as apprise prints them privately.
"""

from __future__ import annotations

import dataclasses
import logging
import typing as t
from urllib.parse import urlsplit

import apprise

from opendental_ops.settings import environment_name, redact

if t.TYPE_CHECKING:
    from pathlib import Path

    from opendental_ops.settings import AlertSettings

#: Longest message text sent (Slack cuts at 40,000 characters; mail readers want less).
MAX_TEXT = 3500


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


def service(url: str) -> t.Any | None:
    """Apprise's notifier for one URL, or None when apprise does not know the URL."""
    return apprise.Apprise.instantiate(url, suppress_exceptions=True) or None


def _takes_attachments(notifier: t.Any) -> bool:
    """Whether the service carries an attachment (a JSON webhook told to drop it does not)."""
    dropped = getattr(notifier, "payload_extras", {}).get("attachments") == ""
    return bool(notifier.attachment_support) and not dropped


def send(
    url: str, status: str, subject: str, text: str, attachment: Path | None = None
) -> Delivery:
    """Send the alert to one apprise URL, attaching the file where the service can."""
    notifier = service(url)
    if notifier is None:
        return Delivery("?", False, f"not a notification URL apprise knows: {redact(url)}")
    # The scheme and host only: a webhook's path or a token can be its secret.
    shown = urlsplit(notifier.url(privacy=True))
    where = redact(f"{shown.scheme}://{shown.netloc}")
    attach = None
    if attachment is not None and attachment.is_file() and _takes_attachments(notifier):
        attach = apprise.AppriseAttachment(str(attachment))
    with apprise.LogCapture(level=logging.WARNING) as log:
        ok = notifier.notify(
            body=text,
            title=subject,
            attach=attach,
            notify_type=apprise.NotifyType.FAILURE
            if status == "failure"
            else apprise.NotifyType.SUCCESS,
            body_format=apprise.NotifyFormat.TEXT,
        )
    channel = notifier.service_name
    if ok:
        extra = f", with {attachment.name}" if attach is not None and attachment else ""
        return Delivery(channel, True, f"to {where}{extra}")
    reasons = [line.strip() for line in log.getvalue().splitlines() if line.strip()]
    reason = redact(reasons[-1].split(" - ", 2)[-1]) if reasons else "no reason given"
    return Delivery(channel, False, f"cannot send to {where}: {reason}")


def notify(
    settings: AlertSettings,
    status: str,
    message: str,
    report: dict[str, t.Any] | None = None,
    html_report: Path | None = None,
) -> list[Delivery]:
    """Send the alert to every configured notification URL.

    Returns:
        One delivery per URL (none when nothing is configured).
    """
    subject, text = compose(status, message, report)
    return [send(url, status, subject, text, html_report) for url in settings.urls()]
