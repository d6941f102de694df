"""Each Meltano environment builds with its own dbt target: a dev build stays out of production."""

from __future__ import annotations

import json
import os
import typing as t

import pytest

from tests.conftest import meltano

if t.TYPE_CHECKING:
    from pathlib import Path


def built_schemas(environment: str, tmp_path: Path) -> dict[str, set[str]]:
    """The schema of every model, by layer, as dbt resolves them in a Meltano environment."""
    target = tmp_path / environment
    env = {
        **os.environ,
        "MELTANO_ENVIRONMENT": environment,
        # Parsing renders the profile and never connects.
        "DBT_POSTGRES_HOST": "127.0.0.1",
        "DBT_POSTGRES_USER": "nobody",
        "DBT_POSTGRES_PASSWORD": "unused",
        "DBT_POSTGRES_DBNAME": "warehouse",
        "DBT_TARGET_PATH": str(target),
        "DBT_LOG_PATH": str(tmp_path / "logs"),
    }
    meltano(["invoke", "dbt", "parse"], env)
    manifest = json.loads((target / "manifest.json").read_text())
    layers: dict[str, set[str]] = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] == "model":
            layers.setdefault(node["fqn"][1], set()).add(node["schema"])
    return layers


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ("prod", {"staging": {"staging"}, "intermediate": {"intermediate"}, "marts": {"marts"}}),
        (
            "dev",
            {
                "staging": {"dev_staging"},
                "intermediate": {"dev_intermediate"},
                "marts": {"dev_marts"},
            },
        ),
    ],
)
def test_each_environment_builds_into_its_own_schemas(
    environment: str, expected: dict[str, set[str]], tmp_path: Path
) -> None:
    assert built_schemas(environment, tmp_path) == expected
