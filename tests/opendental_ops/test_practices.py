"""add-practice: one command writes a practice's plugin instances, jobs and dbt source."""

from __future__ import annotations

import os
import shutil
import typing as t
from pathlib import Path

import jinja2
import pytest
import yaml

from opendental_ops.cli import main
from opendental_ops.meltano import Hop, ProjectFile
from opendental_ops.practices import add_practice, practice_file, practice_sources_file
from tests.conftest import PROJECT_ROOT, meltano, unique_name

#: The project's own dbt source, which every practice's source copies.
MAIN_SOURCES = Path("transform", "models", "staging", "opendental", "_opendental__sources.yml")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project holding only the dbt source ``opendental``, as Meltano hands it to `ops`."""
    monkeypatch.setenv("MELTANO_PROJECT_ROOT", str(tmp_path))
    (tmp_path / MAIN_SOURCES).parent.mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / MAIN_SOURCES, tmp_path / MAIN_SOURCES)
    return tmp_path


def read_source(path: Path) -> dict[str, t.Any]:
    """The one source a dbt sources file declares."""
    (source,) = yaml.safe_load(path.read_text())["sources"]
    return source


def dbt_schema(template: str, environ: dict[str, str]) -> str:
    """A source's schema as dbt renders it, ``env_var`` reading ``environ``."""

    def env_var(name: str, default: str | None = None) -> str:
        return environ[name] if name in environ or default is None else default

    return jinja2.Template(template).render(env_var=env_var)


def add(capsys: pytest.CaptureFixture[str], practice_id: str) -> tuple[int, str, str]:
    code = main(["add-practice", practice_id])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("practice_id", ["North", "1st", "north-east", "_north", "main", "n" * 41])
def test_a_bad_id_is_refused_in_one_line(
    project: Path, capsys: pytest.CaptureFixture[str], practice_id: str
) -> None:
    code, out, err = add(capsys, practice_id)

    assert (code, out, err.count("\n")) == (2, "", 1)
    assert err.startswith(f"error: practice id {practice_id!r} ")
    assert not (project / "extract").exists()
    assert not practice_sources_file(practice_id, project).parent.exists()


def test_an_existing_practice_is_left_alone(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(capsys, "north")[0] == 0
    path = practice_file("north", project)
    path.write_text(path.read_text() + "# edited\n")

    code, out, err = add(capsys, "north")

    assert (code, out) == (2, "")
    assert err == f"error: practice 'north' exists already: {path}\n"
    assert path.read_text().endswith("# edited\n")


def test_the_file_defines_the_instances_and_jobs(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = add(capsys, "north_2")

    assert code == 0
    path = project / "extract" / "practices" / "north_2.meltano.yml"
    assert out.splitlines()[0] == f"wrote {path}"
    assert "TAP_OPENDENTAL__NORTH_2_HOST" in out
    document = yaml.safe_load(path.read_text())
    extractors = {p["name"]: p for p in document["plugins"]["extractors"]}
    loaders = {p["name"]: p for p in document["plugins"]["loaders"]}
    assert {name: p["inherit_from"] for name, p in {**extractors, **loaders}.items()} == {
        "tap-opendental--north_2": "tap-opendental",
        "tap-opendental--replica--north_2": "tap-opendental--replica",
        "target-mysql-replica--north_2": "target-mysql-replica",
        "target-postgres--north_2": "target-postgres",
    }
    catalog = "${MELTANO_PROJECT_ROOT}/extract/practices/north_2/tables.yml"
    assert extractors["tap-opendental--north_2"]["config"]["catalog_path"] == catalog
    assert extractors["tap-opendental--replica--north_2"]["config"] == {
        "database": "opendental_replica_north_2",
        "catalog_path": catalog,
    }
    assert loaders["target-mysql-replica--north_2"]["config"] == {
        "database": "opendental_replica_north_2"
    }
    assert loaders["target-postgres--north_2"]["config"] == {"default_target_schema": "raw_north_2"}
    assert {job["name"]: job["tasks"] for job in document["jobs"]} == {
        "nightly--north_2": [
            "tap-opendental--north_2 target-mysql-replica--north_2",
            "tap-opendental--replica--north_2 target-postgres--north_2",
        ],
        "warehouse--north_2": ["tap-opendental--north_2 target-postgres--north_2"],
    }


def test_the_practice_is_a_dbt_source_with_the_projects_tables_and_freshness(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = add(capsys, "north_2")

    path = (
        project / "transform/models/staging/opendental/practices/_opendental_north_2__sources.yml"
    )
    assert code == 0
    assert f"wrote {path}" in out.splitlines()
    # The file says it is generated, and how to generate it again.
    header = " ".join(path.read_text().partition("\nversion: 2\n")[0].split())
    assert header.startswith("# ")
    assert "do not edit" in header
    assert "`meltano invoke ops:practice-sources north_2`" in header
    main_source = read_source(project / MAIN_SOURCES)
    source = read_source(path)
    assert source["name"] == "opendental_north_2"
    assert source["config"]["meta"] == {"practice_id": "north_2"}
    assert source["config"]["loaded_at_field"] == main_source["config"]["loaded_at_field"]
    # The loader's schema setting moves the source with it; unset or empty, raw_<id>.
    setting = "TARGET_POSTGRES__NORTH_2_DEFAULT_TARGET_SCHEMA"
    assert dbt_schema(source["schema"], {}) == "raw_north_2"
    assert dbt_schema(source["schema"], {setting: ""}) == "raw_north_2"
    assert dbt_schema(source["schema"], {setting: "north_raw"}) == "north_raw"
    tables = [table["name"] for table in source["tables"]]
    assert tables == [table["name"] for table in main_source["tables"]]
    assert len(tables) > 30

    def freshness(source: dict[str, t.Any]) -> dict[str, t.Any]:
        return {
            table["name"]: table["config"]["freshness"]
            for table in source["tables"]
            if "freshness" in table.get("config", {})
        }

    assert freshness(source) == freshness(main_source)
    assert freshness(source)["patient"]["error_after"] == {"count": 100, "period": "hour"}


def test_a_project_without_the_dbt_source_gets_no_practice(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / MAIN_SOURCES).unlink()

    code, out, err = add(capsys, "north")

    assert (code, out, err.count("\n")) == (2, "", 1)
    assert err.startswith("error: no dbt source 'opendental' to copy for practice 'north': ")
    assert not practice_file("north", project).exists()


def test_practice_sources_follow_the_projects_tables(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for practice_id in ("north", "south", "east"):
        assert add(capsys, practice_id)[0] == 0
    document = yaml.safe_load((project / MAIN_SOURCES).read_text())
    document["sources"][0]["tables"].append(
        {"name": "tasklist", "config": {"freshness": {"warn_after": {"count": 1, "period": "day"}}}}
    )
    (project / MAIN_SOURCES).write_text(yaml.safe_dump(document))

    assert main(["practice-sources", "north"]) == 0
    north = practice_sources_file("north", project)
    assert capsys.readouterr().out == f"wrote {north}\n"
    assert read_source(north)["tables"][-1]["name"] == "tasklist"
    assert read_source(practice_sources_file("south", project))["tables"][-1]["name"] != "tasklist"

    # Without ids: every practice's file, and none for a practice removed from the project.
    practice_file("east", project).unlink()
    assert main(["practice-sources"]) == 0
    out = capsys.readouterr().out
    assert f"removed {practice_sources_file('east', project)}" in out
    assert not practice_sources_file("east", project).exists()
    assert read_source(practice_sources_file("south", project))["tables"][-1]["name"] == "tasklist"

    assert main(["practice-sources", "west"]) == 2
    assert "no practice 'west'" in capsys.readouterr().err


@pytest.mark.slow
def test_meltano_runs_the_command_and_lists_the_practice(tmp_path: Path) -> None:
    # The project's own source is configured; the practice's is not, and must not borrow it.
    env = {
        **os.environ,
        "MELTANO_DATABASE_URI": f"sqlite:///{tmp_path / 'meltano.db'}",
        "TAP_OPENDENTAL_HOST": "opendental-main.example.lan",
        "TAP_OPENDENTAL_DATABASE": "opendental",
    }
    practice_id = unique_name("east")
    added = meltano(["invoke", "ops:add-practice", practice_id], env)
    project_practice_file = practice_file(practice_id, PROJECT_ROOT)
    try:
        assert f"wrote {project_practice_file}" in added.stdout
        jobs = meltano(["job", "list"], env).stdout
        assert f"nightly--{practice_id}: " in jobs
        assert f"warehouse--{practice_id}: " in jobs

        prefix = f"TAP_OPENDENTAL__{practice_id.upper()}"
        listed = meltano(["config", "list", f"tap-opendental--{practice_id}"], env).stdout
        for setting in ("host", "port", "user", "password", "database"):
            assert f"{setting} [env: {prefix}_{setting.upper()}]" in listed
        source = yaml.safe_load(
            meltano(["config", "print", f"tap-opendental--{practice_id}"], env).stdout
        )
        assert "host" not in source
        assert "database" not in source

        env[f"{prefix}_HOST"] = "opendental-east.example.lan"
        env[f"{prefix}_DATABASE"] = "opendental_east"
        source = yaml.safe_load(
            meltano(["config", "print", f"tap-opendental--{practice_id}"], env).stdout
        )
        warehouse = yaml.safe_load(
            meltano(["config", "print", f"target-postgres--{practice_id}"], env).stdout
        )
        assert (source["host"], source["database"]) == (
            "opendental-east.example.lan",
            "opendental_east",
        )
        assert source["catalog_path"] == str(
            PROJECT_ROOT / "extract" / "practices" / practice_id / "tables.yml"
        )
        assert warehouse["default_target_schema"] == f"raw_{practice_id}"
        sources = practice_sources_file(practice_id, PROJECT_ROOT)
        assert f"wrote {sources}" in added.stdout
        rewritten = meltano(["invoke", "ops:practice-sources", practice_id], env)
        assert rewritten.stdout == f"wrote {sources}\n"
    finally:
        project_practice_file.unlink(missing_ok=True)
        practice_sources_file(practice_id, PROJECT_ROOT).unlink(missing_ok=True)


def test_ops_commands_see_the_practice_jobs(project: Path) -> None:
    shutil.copy(PROJECT_ROOT / "meltano.yml", project / "meltano.yml")
    add_practice("north", project)

    project_file = ProjectFile(project / "meltano.yml")

    assert project_file.hops("nightly--north") == [
        Hop("tap-opendental--north", "target-mysql-replica--north"),
        Hop("tap-opendental--replica--north", "target-postgres--north"),
    ]
    assert project_file.lineage("tap-opendental--replica--north") == [
        "tap-opendental--replica--north",
        "tap-opendental--replica",
        "tap-opendental",
    ]
    assert project_file.hops("nightly")[0] == Hop("tap-opendental", "target-mysql-replica")


@pytest.mark.parametrize("command", ["verify", "test-connections"])
def test_checks_of_an_unknown_practice_are_refused_in_one_line(
    project: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code = main([command, "--practice", "north"])
    captured = capsys.readouterr()

    assert (code, captured.out) == (2, "")
    assert captured.err == (
        f"error: no practice 'north': {practice_file('north', project)} does not exist "
        "(`meltano invoke ops:add-practice north` adds it)\n"
    )


def test_verifying_a_practice_before_its_analysis_says_what_to_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_practice("north", project)

    code = main(["verify", "--practice", "north"])

    assert (code, capsys.readouterr().err) == (
        2,
        "error: practice 'north' has no tables.yml yet "
        "(`meltano invoke tap-opendental--north:analyze` writes it)\n",
    )
