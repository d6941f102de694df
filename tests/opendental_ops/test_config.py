"""validate-config and show-config: real settings, a real catalog, the project's meltano.yml."""

from __future__ import annotations

import json
import typing as t

import pytest
import yaml

from opendental_ops.cli import main
from tests.conftest import PROJECT_ROOT, Server, analyze_into

if t.TYPE_CHECKING:
    from pathlib import Path

SECRETS = ("Src-Secret-1", "Replica-Secret-2", "Warehouse-Secret-3", "Smtp-Secret-4")


@pytest.fixture
def configured(
    mysql_server: Server,
    postgres_server: Server,
    synthetic_practice: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """Settings for all three databases, as Meltano passes them to `ops`; returns the catalog."""
    catalog = tmp_path / "tables.yml"
    analyze_into(mysql_server, synthetic_practice, catalog)
    settings = {
        "MELTANO_PROJECT_ROOT": str(PROJECT_ROOT),
        "MELTANO_ENVIRONMENT": "test",
        "TAP_OPENDENTAL_CATALOG_PATH": str(catalog),
        "TAP_OPENDENTAL_HOST": mysql_server.host,
        "TAP_OPENDENTAL_PORT": str(mysql_server.port),
        "TAP_OPENDENTAL_USER": mysql_server.user,
        "TAP_OPENDENTAL_PASSWORD": mysql_server.password,
        "TAP_OPENDENTAL_DATABASE": synthetic_practice,
        "TARGET_MYSQL_REPLICA_HOST": mysql_server.host,
        "TARGET_MYSQL_REPLICA_PORT": str(mysql_server.port),
        "TARGET_MYSQL_REPLICA_USER": mysql_server.user,
        "TARGET_MYSQL_REPLICA_PASSWORD": mysql_server.password,
        "TARGET_MYSQL_REPLICA_DATABASE": synthetic_practice,
        "TARGET_POSTGRES_HOST": postgres_server.host,
        "TARGET_POSTGRES_PORT": str(postgres_server.port),
        "TARGET_POSTGRES_USER": postgres_server.user,
        "TARGET_POSTGRES_PASSWORD": postgres_server.password,
        "TARGET_POSTGRES_DATABASE": "postgres",
    }
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    return catalog


def validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["validate-config", *args])
    return code, capsys.readouterr().out.splitlines()


def test_a_complete_configuration_passes_and_connects(
    configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = validate(capsys, "--connect")

    assert code == 0, lines
    assert lines[-1] == "0 errors, 0 warnings"
    for role in ("source", "replica", "warehouse"):
        assert any(line.split()[:3] == ["ok", role, "connection"] for line in lines), lines
    assert any(line.startswith("ok      job nightly") for line in lines)


def test_missing_settings_and_bad_values_are_named(
    configured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TARGET_POSTGRES_HOST")
    monkeypatch.setenv("TAP_OPENDENTAL_PORT", "33o6")
    monkeypatch.setenv("OPS_SMTP_PORT", "twenty-five")

    code, lines = validate(capsys)

    assert code == 1
    errors = [line for line in lines if line.startswith("ERROR")]
    assert errors == [
        "ERROR   source                `meltano --environment test config --unsafe print "
        "tap-opendental --format json` failed: invalid literal for int() with base 10: '33o6'",
        "ERROR   warehouse             not set: TARGET_POSTGRES_HOST",
        "ERROR   ops settings          OPS_SMTP_PORT must be a number, not 'twenty-five'",
    ]


def test_a_wrong_password_fails_the_connection_check(
    configured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TAP_OPENDENTAL_PASSWORD", "not-the-password")

    code, lines = validate(capsys, "--connect")

    assert code == 1
    [line] = [line for line in lines if "source connection" in line]
    assert line.startswith("ERROR")
    assert line.endswith(
        "(check the user and password: TAP_OPENDENTAL_USER / TAP_OPENDENTAL_PASSWORD)"
    )
    assert "not-the-password" not in "\n".join(lines)


def test_an_old_or_broken_catalog_is_reported(
    configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = yaml.safe_load(configured.read_text())
    document["analyzed_at"] = "2025-01-31T02:00:00+00:00"
    configured.write_text(yaml.safe_dump(document))

    code, lines = validate(capsys)
    assert code == 0
    [age] = [line for line in lines if "catalog age" in line]
    assert age.startswith("WARNING")
    assert "older than 30 days: re-run `meltano invoke tap-opendental:analyze`" in age

    configured.write_text("tables:\n  patient: [unclosed\n")
    code, lines = validate(capsys)
    assert code == 1
    [catalog] = [line for line in lines if line.split()[1:2] == ["catalog"]]
    assert catalog.startswith("ERROR")
    assert "not valid YAML" in catalog


def test_a_half_configured_alert_channel_is_an_error(
    configured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPS_SMTP_HOST", "smtp.practice.example")
    monkeypatch.setenv("OPS_WEBHOOK_URL", "hooks.slack.com/services/x")
    monkeypatch.setenv("OPS_NOTIFY_URLS", "slack://T0/B0/tok3n nosuchservice://x")

    code, lines = validate(capsys)

    assert code == 1
    assert "ERROR   alerts                OPS_WEBHOOK_URL must start with http:// or https://" in (
        lines
    )
    assert any("OPS_MAIL_TO (the recipients) is not" in line for line in lines)
    assert (
        "ERROR   alerts                OPS_NOTIFY_URLS: apprise cannot use the nosuchservice:// "
        "URL given"
    ) in lines


def test_the_configured_alert_channels_are_named(
    configured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPS_NOTIFY_URLS", "slack://T0/B0/tok3n, mailtos://u:p@mail.example")
    monkeypatch.setenv("OPS_WEBHOOK_URL", "https://chat.practice.example/hooks/x")

    code, lines = validate(capsys)

    assert code == 0, lines
    assert "ok      alerts                Slack, E-Mail, JSON" in lines


def test_show_config_redacts_every_secret(
    configured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, secret in zip(
        ("TAP_OPENDENTAL", "TARGET_MYSQL_REPLICA", "TARGET_POSTGRES", "OPS_SMTP"),
        SECRETS,
        strict=True,
    ):
        monkeypatch.setenv(f"{name}_PASSWORD", secret)
    monkeypatch.setenv("OPS_WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/tok3n")
    monkeypatch.setenv("OPS_NOTIFY_URLS", "slack://T0/B0/Slack6Token6Secret")

    assert main(["show-config"]) == 0
    out = capsys.readouterr().out

    for secret in (*SECRETS, "tok3n", "Slack6Token6Secret"):
        assert secret not in out
    assert "  TAP_OPENDENTAL_PASSWORD = *****" in out
    assert "  OPS_WEBHOOK_URL = *****" in out

    # A section of its own asks Meltano nothing (this system database does not exist).
    monkeypatch.setenv("MELTANO_DATABASE_URI", "postgresql://meltano:Db-Secret-5@db/meltano")
    assert main(["show-config", "--section", "meltano"]) == 0
    out = capsys.readouterr().out
    assert "Db-Secret-5" not in out
    assert "  MELTANO_DATABASE_URI = postgresql://meltano:*****@db/meltano" in out

    assert main(["show-config", "--section", "alerts", "--json"]) == 0
    alerts = json.loads(capsys.readouterr().out)["alerts"]
    [slack] = alerts["OPS_NOTIFY_URLS"]
    assert slack.startswith("slack://")
