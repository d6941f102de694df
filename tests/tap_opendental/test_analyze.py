"""Schema analysis: tiers, importance, replication methods, overrides and the change report."""

from __future__ import annotations

import datetime
import json
import re
import typing as t
from pathlib import Path

import pytest
import yaml

from tap_opendental.analyze import (
    SECRET_COLUMNS,
    SettingsMissingError,
    _config_from_environment,
    compare,
    importance,
    overall_severity,
    run,
    sensitive_reason,
    size_tier,
)
from tap_opendental.tables import TablesFileError, load_tables
from tests.conftest import (
    PROJECT_ROOT,
    Server,
    meltano,
    meltano_env,
    mysql_connect,
    practice_env,
    tap_config,
)


@pytest.mark.parametrize(
    ("rows", "tier"),
    [(0, "tiny"), (9_999, "tiny"), (10_000, "small"), (99_999, "small"), (100_000, "medium"),
     (999_999, "medium"), (1_000_000, "large"), (4_737_615, "large")],
)  # fmt: skip
def test_size_tiers(rows: int, tier: str) -> None:
    assert size_tier(rows) == tier


@pytest.mark.parametrize(
    ("table", "level"),
    [("procedurelog", "critical"), ("paysplit", "critical"), ("provider", "important"),
     ("securitylog", "audit"), ("insverifyhist", "audit"), ("deletedobject", "audit"),
     ("language", "reference"), ("tempinsplan_bak_20200424", "reference")],
)  # fmt: skip
def test_importance_rules(table: str, level: str) -> None:
    assert importance(table) == level


SOURCE = [
    "CREATE TABLE procedurelog (ProcNum bigint(20) NOT NULL AUTO_INCREMENT, "
    "ProcDate date NOT NULL, "
    "DateComplete date NOT NULL, ProcFee double NOT NULL, DateTStamp timestamp NOT NULL DEFAULT "
    "current_timestamp() ON UPDATE current_timestamp(), PRIMARY KEY (ProcNum))",
    "CREATE TABLE payment (PayNum bigint(20) NOT NULL AUTO_INCREMENT, "
    "PayDate date NOT NULL DEFAULT "
    "'0000-00-00', PayAmt double NOT NULL, SecDateTEdit timestamp NOT NULL DEFAULT "
    "current_timestamp() ON UPDATE current_timestamp(), PRIMARY KEY (PayNum)) ENGINE=InnoDB",
    "CREATE TABLE securitylog (SecurityLogNum bigint(20) NOT NULL AUTO_INCREMENT, LogText text, "
    "PRIMARY KEY (SecurityLogNum))",
    "CREATE TABLE clinic (ClinicNum bigint(20) NOT NULL AUTO_INCREMENT, Description varchar(255), "
    "PRIMARY KEY (ClinicNum))",
    # A stamp that MySQL does not move cannot be a bookmark.
    "CREATE TABLE oddstamp (OddNum bigint(20) NOT NULL, DateTStamp datetime NOT NULL, "
    "PRIMARY KEY (OddNum))",
    # Secrets, and flags about them that are not.
    "CREATE TABLE userod (UserNum bigint(20) NOT NULL, Password varchar(255), MobileWebPin "
    "varchar(255), EClipboardClinicalPin varchar(128), PasswordIsStrong tinyint(4) NOT NULL, "
    "IsPasswordResetRequired tinyint(4) NOT NULL, MobileWebPinFailedAttempts tinyint(3) "
    "unsigned NOT NULL, PRIMARY KEY (UserNum))",
    "CREATE TABLE userweb (UserWebNum bigint(20) NOT NULL, Password varchar(255), "
    "PasswordResetCode varchar(255), RequirePasswordChange tinyint(4) NOT NULL, "
    "PRIMARY KEY (UserWebNum))",
    "CREATE TABLE patient (PatNum bigint(20) NOT NULL, SSN varchar(100), PRIMARY KEY (PatNum))",
    "CREATE TABLE tempinsplan_bak_20200424 (PlanNum bigint(20), GroupName varchar(50))",
    "CREATE TABLE tempConv_procedurelog (ProcNum bigint(20))",
    "CREATE VIEW recent_payments AS SELECT PayNum FROM payment",
]


@pytest.fixture
def analysed(mysql_server: Server, mysql_database: str, tmp_path: Path) -> tuple[dict, Path]:
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        for statement in SOURCE:
            cursor.execute(statement)
    output = tmp_path / "extract" / "tables.yml"
    config = tap_config(mysql_server, mysql_database, output)
    run(config, output, tmp_path / "reports", tmp_path / "backups")
    return config, output


def test_analysis_describes_every_table(analysed: tuple[dict, Path]) -> None:
    _, output = analysed
    tables = load_tables(output)
    assert set(tables) == {
        "procedurelog", "payment", "securitylog", "clinic", "oddstamp", "userod", "userweb",
        "patient", "tempinsplan_bak_20200424",
    }  # fmt: skip
    procedures = tables["procedurelog"]
    assert procedures.primary_key == ("ProcNum",)
    assert procedures.columns["ProcFee"] == "double"
    assert (procedures.replication_method, procedures.replication_key) == (
        "INCREMENTAL",
        "DateTStamp",
    )
    assert procedures.lookback_columns == ("ProcDate", "DateComplete")
    assert procedures.importance == "critical"
    assert (tables["payment"].replication_key, tables["payment"].engine) == (
        "SecDateTEdit",
        "InnoDB",
    )
    assert tables["payment"].lookback_columns == ("PayDate",)
    assert (tables["securitylog"].replication_method, tables["securitylog"].replication_key) == (
        "INCREMENTAL",
        "SecurityLogNum",
    )
    assert tables["securitylog"].importance == "audit"
    assert tables["clinic"].replication_method == "FULL_TABLE"
    assert tables["oddstamp"].replication_method == "FULL_TABLE"
    assert tables["userod"].sensitive_columns == (
        "Password",
        "MobileWebPin",
        "EClipboardClinicalPin",
    )
    assert tables["userweb"].sensitive_columns == ("Password", "PasswordResetCode")
    assert tables["patient"].sensitive_columns == ("SSN",)
    assert tables["tempinsplan_bak_20200424"].primary_key == ()
    assert tables["clinic"].size_tier == "tiny"


def test_overrides_survive_reanalysis_and_win(analysed: tuple[dict, Path], tmp_path: Path) -> None:
    config, output = analysed
    document = yaml.safe_load(output.read_text())
    document["overrides"] = {
        "clinic": {"importance": "critical"},
        "procedurelog": {"lookback_columns": ["ProcDate"]},
    }
    output.write_text(yaml.safe_dump(document, sort_keys=False))
    run(config, output, tmp_path / "reports", tmp_path / "backups")
    assert yaml.safe_load(output.read_text())["overrides"] == document["overrides"]
    tables = load_tables(output)
    assert tables["clinic"].importance == "critical"
    assert tables["procedurelog"].lookback_columns == ("ProcDate",)


def test_change_report_and_backup(
    analysed: tuple[dict, Path], mysql_server: Server, mysql_database: str, tmp_path: Path
) -> None:
    config, output = analysed
    before = output.read_text()
    with mysql_connect(mysql_server, mysql_database) as connection:
        cursor = connection.cursor()
        cursor.execute("ALTER TABLE procedurelog ADD COLUMN Urgency tinyint NOT NULL")
        cursor.execute("ALTER TABLE clinic MODIFY Description varchar(500)")
        cursor.execute("ALTER TABLE payment DROP COLUMN PayAmt")
        cursor.execute("DROP TABLE securitylog")
        cursor.execute("CREATE TABLE language (LanguageNum bigint(20) NOT NULL PRIMARY KEY)")
    later = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    summary = run(config, output, tmp_path / "reports", tmp_path / "backups", now=later)
    found = {(c["severity"], c["table"], c["change"]) for c in summary["changes"]}
    assert found == {
        ("WARNING", "procedurelog", "column added"),
        ("WARNING", "clinic", "type changed"),
        ("CRITICAL", "payment", "column removed"),
        ("CRITICAL", "securitylog", "table removed"),
        ("INFO", "language", "table added"),
    }
    assert summary["severity"] == "CRITICAL"
    assert Path(summary["backup"]).read_text() == before
    report = Path(summary["report"])
    assert report.name == "schema-changes-20300102T030405Z.md"
    assert "varchar(255) -> varchar(500)" in report.read_text()
    # A column added to a table already loaded is filled for every row by the next run.
    assert "Urgency tinyint(4); the next run reads procedurelog again from the start" in (
        report.read_text()
    )
    assert json.loads(report.with_suffix(".json").read_text())["severity"] == "CRITICAL"
    # The report says which columns are left out as sensitive, and why, one line each.
    assert json.loads(report.with_suffix(".json").read_text())["sensitive"] == [
        {"table": "patient", "column": "SSN", "reason": "social security number (or tax id)"},
        {"table": "userod", "column": "Password", "reason": "password hash"},
        {"table": "userod", "column": "MobileWebPin", "reason": "PIN hash (eClipboard mobile web)"},
        {
            "table": "userod",
            "column": "EClipboardClinicalPin",
            "reason": "PIN hash (eClipboard clinical)",
        },
        {"table": "userweb", "column": "Password", "reason": "password hash"},
        {"table": "userweb", "column": "PasswordResetCode", "reason": "password reset code"},
    ]
    text = report.read_text()
    assert "## Left out as sensitive" in text
    assert "| userweb | PasswordResetCode | password reset code |" in text
    assert "PasswordIsStrong" not in text
    assert "RequirePasswordChange" not in text


def test_no_changes_is_info() -> None:
    same = {"t": {"columns": {"a": "int(11)"}, "primary_key": ["a"]}}
    assert compare(same, same) == []
    assert overall_severity([]) == "INFO"


def _published_columns() -> dict[tuple[str, str], str]:
    """Every column of OpenDental 24.3's published schema, with its type."""
    text = (PROJECT_ROOT / "tests" / "opendental_schema" / "schema_24_3.sql").read_text()
    columns = {}
    for table, body in re.findall(r"CREATE TABLE `(\w+)` \((.*?)\n\)", text, re.DOTALL):
        for column, column_type in re.findall(r"^  `(\w+)` (\w+(?:\([^)]*\))?)", body, re.M):
            columns[table, column] = column_type
    return columns


def test_the_reviewed_secrets_and_nothing_else_of_opendentals_schema_are_sensitive() -> None:
    columns = _published_columns()
    assert len(columns) > 4000
    found = {key for key, column_type in columns.items() if sensitive_reason(*key, column_type)}
    tables = {table for table, _ in columns}
    # Every listed secret names a real column (reseller, undocumented, is still in every
    # database its 13.2 upgrade created it in).
    listed = {key for key in SECRET_COLUMNS if key[0] in tables}
    assert listed - set(columns) == set()
    assert {table for table, _ in SECRET_COLUMNS} - tables == set()
    assert found == listed
    for flag in [
        ("userod", "PasswordIsStrong"),
        ("userod", "IsPasswordResetRequired"),
        ("userod", "MobileWebPinFailedAttempts"),
        ("userweb", "RequirePasswordChange"),
    ]:
        assert flag in columns
        assert flag not in found


@pytest.mark.parametrize(
    ("column", "column_type", "sensitive"),
    [
        # Columns OpenDental may add later: the name rule.
        ("SftpPassword", "varchar(255)", True),
        ("Password_", "varchar(255)", True),
        ("portalpassword", "varchar(255)", True),
        ("KioskPin", "varchar(10)", True),
        ("KioskPin", "int(11)", True),
        ("SecurityHash", "varchar(255)", True),
        ("RefreshToken", "text", True),
        ("ClientSecret", "varchar(255)", True),
        ("DoorPassCode", "varchar(32)", True),
        ("VendorApiKey", "varchar(255)", True),
        ("SSN", "int(11)", True),
        ("SubscriberSSN", "varchar(9)", True),
        ("SSNLast4", "char(4)", True),
        # Flags and dates about a secret, and words that only look like one.
        ("PasswordIsStrong", "tinyint(4)", False),
        ("RequirePasswordChange", "tinyint(4)", False),
        ("UseStrongPassword", "tinyint(1)", False),
        ("DatePasswordChanged", "datetime", False),
        ("PasswordExpires", "date", False),
        ("TokenExpiration", "datetime", False),
        ("MobileWebPinFailedAttempts", "int(11)", False),
        ("IsPinned", "tinyint(4)", False),
        ("Spinal", "varchar(255)", False),
        ("PinColor", "int(11)", False),
        ("HashType", "varchar(20)", False),
        ("SSNType", "tinyint(4)", False),
        ("FKey", "bigint(20)", False),
        ("Topping", "varchar(255)", False),
    ],
)
def test_the_name_rule_takes_secrets_and_passes_flags(
    column: str, column_type: str, sensitive: bool
) -> None:
    assert bool(sensitive_reason("somenewtable", column, column_type)) is sensitive


def test_a_reanalysis_reports_columns_no_longer_left_out() -> None:
    columns = {"UserNum": "bigint(20)", "Password": "varchar(255)", "PasswordIsStrong": "tinyint"}
    old = {"userod": {"columns": columns, "sensitive_columns": ["Password", "PasswordIsStrong"]}}
    new = {"userod": {"columns": columns, "sensitive_columns": ["Password"]}}
    assert compare(old, new) == [
        {
            "severity": "INFO",
            "table": "userod",
            "change": "column no longer sensitive",
            "detail": "PasswordIsStrong (copied from now on)",
        }
    ]
    assert compare(new, old)[0]["change"] == "column left out as sensitive"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tables: [", "not valid YAML"),
        ("nothing: here\n", "the file must have a `tables:` mapping"),
        ("tables:\n  t:\n    columns: {a: int(11)}\n    replication_method: SOMETIMES\n",
         "tables.t.replication_method: must be one of"),
        ("tables:\n  t:\n    columns: {a: int(11)}\n    primary_key: [b]\n",
         "tables.t.primary_key: unknown column b"),
        ("tables:\n  t:\n    columns: {a: int(11)}\n    replication_method: INCREMENTAL\n",
         "tables.t.replication_key: an INCREMENTAL table needs one"),
        ("tables:\n  t:\n    columns: {a: int(11)}\noverrides:\n  t: {colour: red}\n",
         "overrides.t: cannot override colour"),
    ],
)  # fmt: skip
def test_malformed_catalog_names_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "tables.yml"
    path.write_text(text)
    with pytest.raises(TablesFileError, match=message.replace("[", r"\[")):
        load_tables(path)


def test_missing_catalog_says_how_to_write_it(tmp_path: Path) -> None:
    with pytest.raises(TablesFileError, match="tap-opendental:analyze"):
        load_tables(tmp_path / "absent.yml")


def test_by_hand_the_analysis_reads_tap_opendental_settings() -> None:
    config = _config_from_environment(
        {"TAP_OPENDENTAL_HOST": "db.example", "TAP_OPENDENTAL_DATABASE": "od", "HOME": "/"}
    )

    assert (config["host"], config["port"], config["database"]) == ("db.example", 3306, "od")


def test_invoked_for_an_extractor_the_analysis_reads_only_its_settings() -> None:
    environ = {
        "MELTANO_EXTRACTOR_NAME": "tap-opendental--north",
        "MELTANO_EXTRACT_HOST": "north.example",
        "MELTANO_EXTRACT_USER": "ro",
        "MELTANO_EXTRACT_DATABASE": "north",
        # The project's own practice, which must never stand in for north's.
        "TAP_OPENDENTAL_HOST": "main.example",
        "TAP_OPENDENTAL_PORT": "3307",
        "TAP_OPENDENTAL_PASSWORD": "main-secret",
    }

    config = _config_from_environment(environ)

    assert (config["host"], config["port"], config["password"]) == ("north.example", 3306, None)
    del environ["MELTANO_EXTRACT_HOST"], environ["MELTANO_EXTRACT_DATABASE"]
    with pytest.raises(SettingsMissingError) as raised:
        _config_from_environment(environ)
    assert str(raised.value) == (
        "tap-opendental--north is not configured: set TAP_OPENDENTAL__NORTH_HOST, "
        "TAP_OPENDENTAL__NORTH_DATABASE (in .env or the environment)"
    )


def test_a_practice_with_its_settings_unset_is_not_analysed_from_the_main_source(
    project_practice: t.Callable[[str], str],
    mysql_server: Server,
    synthetic_practice: str,
    tmp_path: Path,
) -> None:
    north = project_practice("north")
    # The project's own source is fully configured; north's variables are not set.
    env = meltano_env(
        mysql_server, synthetic_practice, mysql_server, "unused", tmp_path, tmp_path / "t.yml"
    )
    catalog = PROJECT_ROOT / "extract" / "practices" / north / "tables.yml"

    refused = meltano(["invoke", f"tap-opendental--{north}:analyze"], env, check=False)

    assert refused.returncode != 0
    prefix = f"TAP_OPENDENTAL__{north.upper()}"
    assert (
        f"error: tap-opendental--{north} is not configured: set {prefix}_HOST, {prefix}_USER, "
        f"{prefix}_DATABASE (in .env or the environment)"
    ) in refused.stderr
    assert not catalog.exists()

    # With its own settings, it analyses its own source into its own catalog.
    env = practice_env(env, north, mysql_server, synthetic_practice)
    meltano(["invoke", f"tap-opendental--{north}:analyze"], env)
    assert catalog.is_file()
