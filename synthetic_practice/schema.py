"""The OpenDental table definitions (``schema.sql``) and facts about them."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

# Change stamp of each core table; clinic, definition, userod, securitylog, payplan,
# payplanlink, treatplanattach, appointmenttype and claimsnapshot have none.
STAMP_COLUMNS: dict[str, str | None] = {
    "patient": "DateTStamp",
    "appointment": "DateTStamp",
    "procedurelog": "DateTStamp",
    "procedurecode": "DateTStamp",
    "provider": "DateTStamp",
    "clinic": None,
    "operatory": "DateTStamp",
    "schedule": "DateTStamp",
    "definition": None,
    "userod": None,
    "securitylog": None,
    "commlog": "DateTStamp",
    "recall": "DateTStamp",
    "document": "DateTStamp",
    "statement": "DateTStamp",
    "referral": "DateTStamp",
    "refattach": "DateTStamp",
    "carrier": "SecDateTEdit",
    "insplan": "SecDateTEdit",
    "inssub": "SecDateTEdit",
    "patplan": "SecDateTEdit",
    "claim": "SecDateTEdit",
    "claimproc": "SecDateTEdit",
    "claimpayment": "SecDateTEdit",
    "fee": "SecDateTEdit",
    "feesched": "SecDateTEdit",
    "payment": "SecDateTEdit",
    "paysplit": "SecDateTEdit",
    "adjustment": "SecDateTEdit",
    "payplan": None,
    "payplancharge": "SecDateTEdit",
    "payplanlink": None,
    "treatplan": "SecDateTEdit",
    "proctp": "SecDateTEdit",
    "treatplanattach": None,
    "appointmenttype": None,
    "histappointment": "DateTStamp",
    "benefit": "SecDateTEdit",
    "insverify": "SecDateTEdit",
    "claimsnapshot": None,
}

CORE_TABLES: tuple[str, ...] = tuple(STAMP_COLUMNS)

PRIMARY_KEYS: dict[str, str] = {
    "patient": "PatNum",
    "appointment": "AptNum",
    "procedurelog": "ProcNum",
    "procedurecode": "CodeNum",
    "provider": "ProvNum",
    "clinic": "ClinicNum",
    "operatory": "OperatoryNum",
    "schedule": "ScheduleNum",
    "definition": "DefNum",
    "userod": "UserNum",
    "securitylog": "SecurityLogNum",
    "commlog": "CommlogNum",
    "recall": "RecallNum",
    "document": "DocNum",
    "statement": "StatementNum",
    "referral": "ReferralNum",
    "refattach": "RefAttachNum",
    "carrier": "CarrierNum",
    "insplan": "PlanNum",
    "inssub": "InsSubNum",
    "patplan": "PatPlanNum",
    "claim": "ClaimNum",
    "claimproc": "ClaimProcNum",
    "claimpayment": "ClaimPaymentNum",
    "fee": "FeeNum",
    "feesched": "FeeSchedNum",
    "payment": "PayNum",
    "paysplit": "SplitNum",
    "adjustment": "AdjNum",
    "payplan": "PayPlanNum",
    "payplancharge": "PayPlanChargeNum",
    "payplanlink": "PayPlanLinkNum",
    "treatplan": "TreatPlanNum",
    "proctp": "ProcTPNum",
    "treatplanattach": "TreatPlanAttachNum",
    "appointmenttype": "AppointmentTypeNum",
    "histappointment": "HistApptNum",
    "benefit": "BenefitNum",
    "insverify": "InsVerifyNum",
    "claimsnapshot": "ClaimSnapshotNum",
}

LEFTOVER_TABLE = "tempinsplan_bak_20200424"

INNODB_TABLES = frozenset({"claim", "claimproc", "payment"})

#: The OpenDental versions a practice can be created on: ``current`` has every column of
#: ``schema.sql``; ``old`` predates the columns below, which later versions appended (the
#: warehouse's staging models read them where a practice has them).
SCHEMA_VERSIONS = ("current", "old")
MISSING_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "current": {},
    "old": {
        "procedurelog": ("DateComplete",),
        "claimproc": ("IsTransfer",),
    },
}


def statements() -> list[str]:
    """Return the CREATE TABLE statements of ``schema.sql``, comments removed."""
    text = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def create_tables(cursor: Cursor) -> None:
    """Create every table in the current database; the session must run with ``sql_mode=''``."""
    for statement in statements():
        cursor.execute(statement)


def drop_later_columns(cursor: Cursor, schema_version: str) -> None:
    """Drop the columns that ``schema_version`` does not have yet from the current database."""
    for table, columns in MISSING_COLUMNS[schema_version].items():
        drops = ", ".join(f"DROP COLUMN `{column}`" for column in columns)
        cursor.execute(f"ALTER TABLE `{table}` {drops}")
