"""Tests of the synthetic practice generator against a real MariaDB server."""

from __future__ import annotations

from datetime import date

# The shared practice: 300 patients, seed 7, snapshot on this date.
AS_OF = date(2025, 6, 2)
PATIENTS = 300
