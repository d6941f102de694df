"""The ``synthetic-practice`` command."""

from __future__ import annotations

import json

import pytest

from synthetic_practice.cli import main
from synthetic_practice.schema import CORE_TABLES

from . import AS_OF


@pytest.fixture
def environment(monkeypatch, server, database_name):
    monkeypatch.setenv("SYNTHETIC_PRACTICE_HOST", server.host)
    monkeypatch.setenv("SYNTHETIC_PRACTICE_PORT", str(server.port))
    monkeypatch.setenv("SYNTHETIC_PRACTICE_USER", server.user)
    monkeypatch.setenv("SYNTHETIC_PRACTICE_PASSWORD", server.password)
    monkeypatch.setenv("SYNTHETIC_PRACTICE_DATABASE", database_name)
    return database_name


def test_create_day_truth(environment, capsys, tmp_path):
    assert main(["create", "--patients", "40", "--seed", "2", "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"created {environment}: 40 patients")
    assert {line.split()[0] for line in out[1:]} >= set(CORE_TABLES)

    assert main(["day", "--seed", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["day"] == AS_OF.isoformat()

    target = tmp_path / "truth.json"
    assert main(["truth", "--output", str(target)]) == 0
    truth = json.loads(target.read_text())
    assert set(truth) == {"as_of", "by_provider_month", "family_balances", "totals"}
    assert main(["truth"]) == 0
    assert json.loads(capsys.readouterr().out) == truth


@pytest.mark.parametrize(
    ("arguments", "setting"),
    [
        (["--host", "127.0.0.1", "--port", "1"], "SYNTHETIC_PRACTICE_PORT"),
        (["--password", "certainly-not-the-password"], "SYNTHETIC_PRACTICE_PASSWORD"),
    ],
)
def test_connection_errors_are_one_clear_line(environment, capsys, arguments, setting):
    assert main(["truth", *arguments]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: cannot connect to MySQL at ")
    assert setting in err
    assert "Traceback" not in err


def test_foreign_database_is_refused(environment, capsys, query):
    query("information_schema", f"CREATE DATABASE `{environment}`")
    assert main(["create", "--patients", "10"]) == 2
    assert "was not created by synthetic-practice" in capsys.readouterr().err
