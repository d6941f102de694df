"""The operations commands' own settings, and the project paths they share.

Every setting is declared on the ``ops`` utility in ``meltano.yml`` under an explicit ``env:``
name, so ``meltano invoke ops:<command>`` receives it from the project's ``.env``, the
environment or ``meltano config ops set``; the defaults below repeat the ones declared there,
for the commands run outside Meltano (tests, a shell).
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from urllib.parse import quote, urlencode

import apprise
from apprise.utils.parse import parse_urls

#: Shown wherever a secret would be.
REDACTED = "*****"

#: Environment variables whose values are secrets, besides every ``*_PASSWORD``.
_SECRET_NAMES = ("OPS_NOTIFY_URLS", "OPS_WEBHOOK_URL", "TAP_OPENDENTAL_SSL_KEY")
_SECRET_NAME = re.compile(r"(PASSWORD|SECRET|TOKEN)$")
#: Credentials inside a URL (``scheme://user:password@host``), ``password=...`` pairs (DSNs,
#: query strings, command lines, quoted or not) and ``"password": "..."`` (JSON).
_URL_CREDENTIALS = re.compile(r"(\w+://[^:/@\s]+:)[^@\s]+@")
_PASSWORD_PAIR = re.compile(
    r"""(?i)(password=["']?|["']password["']\s*:\s*["'])((?<=')[^']+|(?<=")[^"]+|[^\s"'&,;]+)"""
)
#: A secret at least this long that is neither a plain word nor a number cannot be mistaken for
#: one of a message's own words, so it is masked wherever it stands alone.
_DISTINCTIVE_LENGTH = 8


class SettingError(ValueError):
    """A setting holds a value the commands cannot use; the message names it."""


def project_root() -> Path:
    """The Meltano project's directory (Meltano sets ``MELTANO_PROJECT_ROOT`` for plugins)."""
    return Path(os.environ.get("MELTANO_PROJECT_ROOT") or Path.cwd())


def catalog_path() -> Path:
    """Where the tap's schema-analysis catalog lives (the tap's ``catalog_path`` setting)."""
    configured = os.environ.get("TAP_OPENDENTAL_CATALOG_PATH")
    return Path(configured) if configured else project_root() / "extract" / "tables.yml"


def environment_name() -> str:
    """The active Meltano environment (Meltano sets ``MELTANO_ENVIRONMENT`` for plugins)."""
    return os.environ.get("MELTANO_ENVIRONMENT") or "dev"


def _number(name: str, default: float, *, minimum: float = 0) -> float:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        value = float(raw)
    except ValueError:
        msg = f"{name} must be a number, not {raw!r}"
        raise SettingError(msg) from None
    if value < minimum:
        msg = f"{name} must be at least {minimum:g}, not {raw}"
        raise SettingError(msg)
    return int(value) if value.is_integer() else value


#: How the former ``OPS_SMTP_SECURITY`` values read as apprise's mail modes.
_MAIL_MODES = {
    "starttls": ("mailtos", "starttls"),
    "ssl": ("mailtos", "ssl"),
    "none": ("mailto", "insecure"),
}
#: Apprise's JSON webhook sends ``{"version", "title", "message", "attachments", "type"}``;
#: these parameters make it the Slack-compatible ``{"text": ...}`` that OPS_WEBHOOK_URL got.
_SLACK_COMPATIBLE = ":message=text&:title=&:version=&:type=&:attachments="


@dataclasses.dataclass(frozen=True)
class AlertSettings:
    """Where alerts go: apprise URLs, and the former webhook and mail settings.

    ``OPS_NOTIFY_URLS`` is the one setting for new channels. ``OPS_WEBHOOK_URL`` (a
    Slack-compatible webhook) and ``OPS_SMTP_*`` with ``OPS_MAIL_*`` keep working: ``urls``
    turns them into apprise URLs.
    """

    notify_urls: tuple[str, ...] = ()
    webhook_url: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_password: str = ""
    mail_from: str = ""
    mail_to: tuple[str, ...] = ()

    @classmethod
    def from_environment(cls) -> AlertSettings:
        """Read ``OPS_NOTIFY_URLS``, ``OPS_WEBHOOK_URL``, ``OPS_SMTP_*`` and ``OPS_MAIL_*``.

        Raises:
            SettingError: If the port is not a number.
        """
        env = os.environ
        recipients = (env.get("OPS_MAIL_TO") or "").replace(";", ",").split(",")
        return cls(
            notify_urls=tuple(parse_urls(env.get("OPS_NOTIFY_URLS") or "")),
            webhook_url=(env.get("OPS_WEBHOOK_URL") or "").strip(),
            smtp_host=(env.get("OPS_SMTP_HOST") or "").strip(),
            smtp_port=int(_number("OPS_SMTP_PORT", 587, minimum=1)),
            smtp_security=(env.get("OPS_SMTP_SECURITY") or "starttls").strip().lower(),
            smtp_user=env.get("OPS_SMTP_USER") or "",
            smtp_password=env.get("OPS_SMTP_PASSWORD") or "",
            mail_from=(env.get("OPS_MAIL_FROM") or "").strip(),
            mail_to=tuple(address.strip() for address in recipients if address.strip()),
        )

    def webhook_as_url(self) -> str:
        """``OPS_WEBHOOK_URL`` as an apprise JSON URL posting ``{"text": ...}`` to it."""
        scheme, _, rest = self.webhook_url.partition("://")
        joiner = "&" if "?" in rest else "?"
        return f"{'jsons' if scheme == 'https' else 'json'}://{rest}{joiner}{_SLACK_COMPATIBLE}"

    def mail_as_url(self) -> str:
        """``OPS_SMTP_*`` and ``OPS_MAIL_*`` as an apprise mail URL."""
        scheme, mode = _MAIL_MODES[self.smtp_security]
        login = ""
        if self.smtp_user:
            login = quote(self.smtp_user, safe="")
            if self.smtp_password:
                login += ":" + quote(self.smtp_password, safe="")
            login += "@"
        query = urlencode(
            {
                "smtp": self.smtp_host,
                "from": self.mail_from,
                "to": ",".join(self.mail_to),
                "mode": mode,
            },
            safe="@,",
        )
        return f"{scheme}://{login}{self.smtp_host}:{self.smtp_port}?{query}"

    def urls(self) -> list[str]:
        """Every apprise URL to alert: ``OPS_NOTIFY_URLS``, then the former settings'."""
        found = list(self.notify_urls)
        if self.webhook_url:
            found.append(self.webhook_as_url())
        if self.smtp_host:
            found.append(self.mail_as_url())
        return found

    def problems(self) -> list[str]:
        """What keeps a configured channel from working (empty when all is well)."""
        # Named by scheme: the rest of a URL can hold its secret.
        found = [
            f"OPS_NOTIFY_URLS: apprise cannot use the {url.partition('://')[0]}:// URL given"
            for url in self.notify_urls
            if not apprise.Apprise.instantiate(url, suppress_exceptions=True)
        ]
        if self.webhook_url and not self.webhook_url.startswith(("http://", "https://")):
            found.append("OPS_WEBHOOK_URL must start with http:// or https://")
        if self.smtp_host:
            if not self.mail_to:
                found.append("OPS_SMTP_HOST is set but OPS_MAIL_TO (the recipients) is not")
            if not self.mail_from:
                found.append("OPS_SMTP_HOST is set but OPS_MAIL_FROM (the sender) is not")
            if self.smtp_security not in _MAIL_MODES:
                found.append("OPS_SMTP_SECURITY must be starttls, ssl or none")
            if self.smtp_password and not self.smtp_user:
                found.append("OPS_SMTP_PASSWORD is set but OPS_SMTP_USER is not")
        elif self.mail_to:
            found.append("OPS_MAIL_TO is set but OPS_SMTP_HOST (the mail server) is not")
        return found


def report_dir() -> Path:
    """Where ``ops:report`` writes (``OPS_REPORT_DIR``, by default ``logs/reports``)."""
    configured = os.environ.get("OPS_REPORT_DIR")
    return project_root() / (configured or Path("logs", "reports"))


def catalog_max_age_days() -> float:
    """After how many days ``validate-config`` warns that tables.yml is old."""
    return _number("OPS_CATALOG_MAX_AGE_DAYS", 30, minimum=1)


def secret_values() -> list[str]:
    """The values of every secret setting in the environment, longest first."""
    values = {
        value
        for name, value in os.environ.items()
        if value and (name in _SECRET_NAMES or _SECRET_NAME.search(name))
    }
    values.update(parse_urls(os.environ.get("OPS_NOTIFY_URLS") or ""))
    return sorted(values, key=len, reverse=True)


def _distinctive(secret: str) -> bool:
    return len(secret) >= _DISTINCTIVE_LENGTH and not (secret.isalpha() or secret.isdigit())


def redact(text: str) -> str:
    """Blank out secrets in text that may come from elsewhere (log lines, error messages).

    The credentials of URLs and ``password=...`` pairs are masked whatever their value. A known
    secret (a password, the webhook URL) is masked where it stands as a value: quoted, and, when
    it is distinctive (long, and not a plain word or number), wherever it stands alone rather
    than inside a longer word. A short or common secret ("x", "1234", "pipeline") is never
    masked as a bare word, which would mangle every message that happens to use that word.
    """
    for value in secret_values():
        escaped = re.escape(value)
        text = re.sub(rf"([\"'`]){escaped}\1", rf"\g<1>{REDACTED}\g<1>", text)
        if _distinctive(value):
            text = re.sub(rf"(?<![\w-]){escaped}(?![\w-])", REDACTED, text)
    text = _URL_CREDENTIALS.sub(rf"\g<1>{REDACTED}@", text)
    return _PASSWORD_PAIR.sub(rf"\g<1>{REDACTED}", text)
