"""A synthetic OpenDental practice: an OpenDental-shaped MySQL/MariaDB database for testing.

``create_practice`` writes four years of a practice's history, deterministic for a seed and
snapshot date; ``apply_day`` adds one clinic day of changes (inserts, updates that move the change
stamps, hard deletes); ``ground_truth`` computes, from the source rows, the figures a warehouse
built from the database must reproduce.
"""

from __future__ import annotations

from synthetic_practice.connection import ConnectionFailedError, ConnectionSettings, PracticeError
from synthetic_practice.day import apply_day
from synthetic_practice.practice import create_practice
from synthetic_practice.truth import ground_truth

__all__ = [
    "ConnectionFailedError",
    "ConnectionSettings",
    "PracticeError",
    "apply_day",
    "create_practice",
    "ground_truth",
]
