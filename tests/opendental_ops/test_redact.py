"""Redaction: secrets masked in every text the operations commands print or write."""

from __future__ import annotations

import pytest

from opendental_ops.settings import REDACTED, redact


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
    "see postgresql://db/x and 'a pipeline' in the run report"
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
