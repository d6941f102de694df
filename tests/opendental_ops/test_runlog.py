"""Reading Meltano's run logs: elt.log lines and the JSON log format, as Meltano 4.4 writes them."""

from __future__ import annotations

import json

import pytest

from opendental_ops import runlog
from opendental_ops.settings import REDACTED, redact

RUN = "01a200c7-6ef5-74b7-b7bc-eedd17a26ced"
EXTRACT = "dev:tap-opendental-to-target-mysql-replica"
LOAD = "dev:tap-opendental--replica-to-target-postgres"


def console(ts: str, name: str, message: str, level: str = "info") -> str:
    return f"2026-11-22T01:03:{ts}Z [{level:<9}] {name:<12} {message}\n"


def metric(kind: str, name: str, value: float, stream: str, **tags: str) -> str:
    return "METRIC: " + json.dumps(
        {"type": kind, "metric": name, "value": value, "tags": {"stream": stream, **tags}},
        separators=(",", ":"),
    )


# Lines as they appear in .meltano's elt.log of `meltano run nightly` (abridged).
ELT_LOG = [
    console(
        "20.088156",
        "meltano",
        f"Running job with name '{EXTRACT}' and run ID '{RUN}'",
    ),
    console(
        "23.141",
        "tap-opendental",
        "Sent 5013 keys of adjustment to retire rows deleted at the source",
    ),
    console("23.142", "tap-opendental", "Beginning sync of 'adjustment' in incremental mode"),
    console(
        "23.143",
        "tap-opendental",
        "Starting incremental sync of 'adjustment' with bookmark value: 2026-11-21T18:27:52+00:00",
    ),
    console(
        "23.154",
        "tap-opendental",
        metric("timer", "sync_duration", 0.25, "adjustment", status="succeeded"),
    ),
    console("23.155", "tap-opendental", metric("counter", "record_count", 146, "adjustment")),
    console("23.309", "target-mysql-replica", "Deleted 2 rows of adjustment gone at the source"),
    # A target with structured logging: Meltano's elt.log leaves the table out.
    console(
        "26.725",
        "target-mysql-replica",
        "METRIC                         metric_name=record_count metric_value=5159",
    ),
    console(
        "27.377",
        "meltano",
        f"Running job with name '{LOAD}' and run ID '{RUN}'",
    ),
    console(
        "30.019",
        "tap-opendental--replica",
        "Sent 5013 keys of adjustment to retire rows deleted at the source",
    ),
    console(
        "30.023",
        "tap-opendental--replica",
        metric("timer", "sync_duration", 0.5, "adjustment", status="succeeded"),
    ),
    console(
        "30.024", "tap-opendental--replica", metric("counter", "record_count", 146, "adjustment")
    ),
    console("30.100", "tap-opendental--replica", "Beginning sync of 'patient' in incremental mode"),
    console("38.480", "target-postgres", metric("counter", "record_count", 5013, "adjustment")),
    console("39.791", "target-postgres", metric("counter", "record_count", 146, "adjustment")),
    console(
        "39.800",
        "target-postgres",
        "sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection to "
        "postgresql://analytics:Hunter2-secret@db/x failed",
    ),
    "Traceback (most recent call last):\n",
    console("40.001", "meltano", "Run timed out", level="error"),
    console("50.321", "dbt", "\x1b[0m01:03:50  Done. PASS=295 WARN=0 ERROR=0"),
]


def test_elt_log_is_split_into_pairs_with_each_tables_figures() -> None:
    extract, load = runlog.parse(ELT_LOG)

    assert (extract.state_id, extract.run_id) == (EXTRACT, RUN)
    assert (extract.extractor, extract.loader) == ("tap-opendental", "target-mysql-replica")
    adjustment = extract.tables["adjustment"]
    assert adjustment.as_dict() == {
        "table": "adjustment",
        "status": "succeeded",
        "rows_extracted": 146,
        "rows_loaded": None,
        "keys_sent": 5013,
        "rows_deleted": 2,
        "seconds": 0.25,
        "finished_at": "2026-11-22T01:03:23.154000+00:00",
        "bookmark_start": "2026-11-21T18:27:52+00:00",
    }
    # The hop's total still counts: all the target received, less the keys.
    assert (extract.rows_received, extract.rows_loaded) == (5159, 146)
    assert extract.errors == []

    assert (load.extractor, load.loader) == ("tap-opendental--replica", "target-postgres")
    assert load.tables["adjustment"].rows_loaded == 146
    assert load.tables["adjustment"].seconds == 0.5
    # Begun, never finished, and the run failed.
    assert load.tables["patient"].status == "interrupted"
    assert load.timed_out
    assert load.errors[-1] == "meltano: Run timed out"
    assert "Hunter2-secret" not in load.errors[0]
    assert "postgresql://analytics:*****@db/x" in load.errors[0]


def test_json_log_lines_carry_the_structured_targets_tables() -> None:
    lines = [
        json.dumps(
            {
                "event": f"Running job with name 'prod:tap-opendental-to-target-mysql-replica' "
                f"and run ID '{RUN}'",
                "run_id": RUN,
                "level": "info",
                "timestamp": "2026-11-22T01:09:08.863670Z",
            }
        ),
        json.dumps(
            {
                "name": "tap-opendental",
                "job_name": "prod:tap-opendental-to-target-mysql-replica",
                "event": metric("counter", "record_count", 2004, "patient"),
                "level": "info",
                "timestamp": "2026-11-22T01:09:11.600020Z",
            }
        ),
        json.dumps(
            {
                "name": "target-mysql-replica",
                "job_name": "prod:tap-opendental-to-target-mysql-replica",
                "metric_info": {
                    "type": "counter",
                    "metric": "record_count",
                    "value": 2004,
                    "tags": {"stream": "patient", "pid": 1},
                },
                "event": "METRIC",
                "level": "info",
                "timestamp": "2026-11-22T01:09:11.895940Z",
            }
        ),
        # Another pair's line in the same stream of logs is not this pair's.
        json.dumps(
            {
                "name": "tap-opendental",
                "job_name": "prod:tap-opendental-to-target-postgres",
                "event": metric("counter", "record_count", 7, "patient"),
                "level": "info",
                "timestamp": "2026-11-22T01:09:12Z",
            }
        ),
    ]

    [hop] = runlog.parse(lines)

    assert hop.tables["patient"].rows_extracted == 2004
    assert hop.tables["patient"].rows_loaded == 2004


def test_a_retry_under_the_same_run_id_is_a_part_of_its_own(tmp_path) -> None:
    first_try = [ELT_LOG[0], console("59.0", "meltano", "Run timed out", level="error")]
    second_try = [
        console("59.5", "meltano", ELT_LOG[0].split("meltano      ", 1)[1].strip()),
        ELT_LOG[4],
        ELT_LOG[5],
    ]
    folder = tmp_path / "elt" / "devtap-opendental-to-target-mysql-replica" / RUN
    folder.mkdir(parents=True)
    (folder / "elt.log").write_text("".join(first_try + second_try))

    assert [hop.errors for hop in runlog.read(folder / "elt.log")] == [
        ["meltano: Run timed out"],
        [],
    ]
    last = runlog.hop_run(tmp_path, RUN, "dev:tap-opendental-to-target-mysql-replica")
    assert last is not None
    assert last.errors == []
    assert last.tables["adjustment"].rows_extracted == 146


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("login failed with S3cret-Pass!", f"login failed with {REDACTED}"),
        ("mysql://user:S3cret-Pass!@host/db", f"mysql://user:{REDACTED}@host/db"),
        ("host=db password=abc123 user=x", f"host=db password={REDACTED} user=x"),
        ('{"user": "x", "password": "abc123"}', f'{{"user": "x", "password": "{REDACTED}"}}'),
        # Prose about a password is not one.
        ("(check the user and password: TAP_OPENDENTAL_USER)", None),
        # Not a whole word: left alone.
        ("target-S3cret-Pass!x", "target-S3cret-Pass!x"),
    ],
)
def test_secrets_are_redacted(
    text: str, expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAP_OPENDENTAL_PASSWORD", "S3cret-Pass!")
    assert redact(text) == (text if expected is None else expected)


ORDINARY = (
    "the nightly pipeline failed at 01:03: table x has a row count of 1234 (expected 12345); "
    "see postgresql://db/x and 'a pipeline' in elt.log"
)


@pytest.mark.parametrize("secret", ["x", "a", "pipeline", "1234"])
def test_a_short_or_common_secret_leaves_ordinary_words_alone(
    secret: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", secret)

    assert redact(ORDINARY) == ORDINARY
    # Where it stands as a value, the secret itself is masked.
    assert redact(f"mysql://pipeline:{secret}@db:3306/opendental") == (
        f"mysql://pipeline:{REDACTED}@db:3306/opendental"
    )
    assert redact(f"host=db password={secret} user=x") == f"host=db password={REDACTED} user=x"
    assert redact(f'{{"user": "analytics", "password": "{secret}"}}') == (
        f'{{"user": "analytics", "password": "{REDACTED}"}}'
    )
    assert redact(f"ALTER USER analytics WITH PASSWORD '{secret}'") == (
        f"ALTER USER analytics WITH PASSWORD '{REDACTED}'"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("host=db password='two words' user=x", f"host=db password='{REDACTED}' user=x"),
        ('host=db password="two words" user=x', f'host=db password="{REDACTED}" user=x'),
        ('{"password": "two words", "user": "x"}', f'{{"password": "{REDACTED}", "user": "x"}}'),
    ],
)
def test_a_quoted_password_is_masked_whole_whatever_its_value(text: str, expected: str) -> None:
    assert redact(text) == expected
