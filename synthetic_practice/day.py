"""One clinic day of changes to an existing synthetic practice, as OpenDental would make them.

Rows are inserted, updated with plain UPDATE statements (so MySQL moves the change stamps to the
current time) and some are hard-deleted. Stamp columns are never written here.
"""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from synthetic_practice import appointment_history as hist
from synthetic_practice import catalog as cat
from synthetic_practice.build import next_weekday
from synthetic_practice.connection import ConnectionSettings, PracticeError, connect
from synthetic_practice.insurance_records import (
    PATIENT_ENROLLMENT,
    snapshot_claims,
    verify_upcoming,
    write_benefits,
    write_verifications,
)
from synthetic_practice.practice import check_name, read_marker, write_marker
from synthetic_practice.schema import MISSING_COLUMNS
from synthetic_practice.treatment_plans import present_treatment
from synthetic_practice.writer import sql_literal

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

NEVER = date(1, 1, 1)
NEVER_AT = datetime(1, 1, 1)
CODES = {code.code: code for code in cat.CODES}
# procedurelog.ProcStatus, appointment.AptStatus, claimproc.Status
TP, COMPLETE, DELETED = 1, 2, 6
SCHEDULED, COMPLETED, BROKEN = 1, 2, 5
NOT_RECEIVED, RECEIVED, ESTIMATE, CAP_COMPLETE = 0, 1, 6, 7
TEXT, PHONE, SENT = 5, 3, 1


def apply_day(
    conn: ConnectionSettings, database: str, *, seed: int, day: date | None = None
) -> dict[str, Any]:
    """Apply one clinic day of activity to a practice made by ``create_practice``.

    Args:
        conn: Server address and credentials.
        database: The practice database.
        seed: Seed of the day's random choices; the same seed, day and database give the same
            changes.
        day: Business date of the activity; defaults to the practice's next day (the snapshot
            date after creation, then the weekday after the last day applied).

    Returns:
        ``day``, ``tables`` (per table: ``inserted``, ``updated``, ``deleted`` row counts) and
        ``deleted_ids`` (per table: the primary keys deleted).

    Raises:
        PracticeError: The database was not created by this tool.
    """
    check_name(database)
    with connect(conn) as connection, connection.cursor() as cursor:
        exists, marker = read_marker(cursor, database)
        if marker is None:
            state = "was not created by" if exists else "does not exist; create it with"
            raise PracticeError(f"database {database!r} {state} synthetic-practice")
        cursor.execute(f"USE `{database}`")
        day = day or marker.next_day
        activity = ClinicDay(
            cursor,
            random.Random(f"{seed}:{day.isoformat()}"),
            day,
            MISSING_COLUMNS[marker.schema_version],
        )
        activity.run()
        following = max(marker.next_day, next_weekday(day + timedelta(days=1)))
        write_marker(cursor, database, dataclasses.replace(marker, next_day=following))
    return activity.summary()


class ClinicDay:
    """The changes of one day, applied through one cursor."""

    def __init__(
        self,
        cursor: Cursor,
        rng: random.Random,
        day: date,
        missing_columns: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.cur = cursor
        self.rng = rng
        self.day = day
        # Columns the practice's OpenDental version does not have: never written.
        self.missing_columns = missing_columns or {}
        self.counts: dict[str, dict[str, int]] = defaultdict(
            lambda: {"inserted": 0, "updated": 0, "deleted": 0}
        )
        self.deleted: dict[str, list[int]] = defaultdict(list)
        # (HistApptAction, AptNum, the row when deleted) for each change to an appointment.
        self.appointment_changes: list[tuple[int, int, dict | None]] = []
        self.next_id: dict[str, int] = {}
        self.families: set[int] = set()
        self._load()

    def _rows(
        self, sql: str, args: tuple[Any, ...] | list[Any] | None = None
    ) -> list[tuple[Any, ...]]:
        self.cur.execute(sql, args)
        return list(self.cur.fetchall())

    def _id(self, table: str, key: str) -> int:
        if table not in self.next_id:
            self.next_id[table] = int(
                self._rows(f"SELECT COALESCE(MAX(`{key}`), 0) FROM `{table}`")[0][0]
            )
        self.next_id[table] += 1
        return self.next_id[table]

    def _present(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        missing = self.missing_columns.get(table, ())
        return {column: value for column, value in values.items() if column not in missing}

    def _insert(self, table: str, values: dict[str, Any]) -> None:
        values = self._present(table, values)
        columns = ", ".join(f"`{c}`" for c in values)
        literals = ", ".join(sql_literal(v) for v in values.values())
        self.cur.execute(f"INSERT INTO `{table}` ({columns}) VALUES ({literals})")
        self.counts[table]["inserted"] += 1
        if table == "appointment":
            self.appointment_changes.append((hist.CREATED, int(values["AptNum"]), None))

    def _update(self, table: str, key: str, ids: list[int], **changes: Any) -> None:
        if not ids:
            return
        changes = self._present(table, changes)
        assignments = ", ".join(f"`{c}` = {sql_literal(v)}" for c, v in changes.items())
        self.cur.execute(
            f"UPDATE `{table}` SET {assignments} WHERE `{key}` IN ({', '.join(map(str, ids))})"
        )
        self.counts[table]["updated"] += len(ids)
        if table == "appointment":
            action = hist.MISSED if changes.get("AptStatus") == BROKEN else hist.CHANGED
            self.appointment_changes += [(action, int(apt), None) for apt in ids]

    def _delete(self, table: str, key: str, ids: list[int]) -> None:
        if not ids:
            return
        if table == "appointment":
            # OpenDental records the deleted appointment as it was.
            for row in hist.appointment_rows(self.cur, f"AptNum IN ({', '.join(map(str, ids))})"):
                self.appointment_changes.append((hist.DELETED, int(row["AptNum"]), row))
        self.cur.execute(f"DELETE FROM `{table}` WHERE `{key}` IN ({', '.join(map(str, ids))})")
        self.counts[table]["deleted"] += len(ids)
        self.deleted[table] += ids

    def _at(self, first_hour: int = 8, last_hour: int = 17) -> datetime:
        seconds = self.rng.randint(first_hour * 3600, last_hour * 3600 + 3599)
        return datetime.combine(self.day, time()) + timedelta(seconds=seconds)

    def _log(self, perm: int, user: int, pat: int, fkey: int, text: str) -> None:
        self._insert(
            "securitylog",
            {
                "SecurityLogNum": self._id("securitylog", "SecurityLogNum"),
                "PermType": perm,
                "UserNum": user,
                "LogDateTime": self._at(),
                "LogText": text,
                "PatNum": pat,
                "CompName": self.rng.choice(cat.WORKSTATIONS),
                "FKey": fkey,
                "DateTPrevious": NEVER_AT,
            },
        )

    def summary(self) -> dict[str, Any]:
        """Return what changed: counts per table and the keys deleted per table."""
        return {
            "day": self.day.isoformat(),
            "tables": {t: dict(c) for t, c in sorted(self.counts.items())},
            "deleted_ids": {t: sorted(ids) for t, ids in sorted(self.deleted.items())},
        }

    def _load(self) -> None:
        rows = self._rows("SELECT Category, ItemName, DefNum FROM definition")
        self.defs = {(int(c), n): int(d) for c, n, d in rows}
        self.codes = {
            code: int(num)
            for code, num in self._rows("SELECT ProcCode, CodeNum FROM procedurecode")
        }
        self.fees = {
            (int(sched), int(code)): round(amount * 100)
            for sched, code, amount in self._rows(
                "SELECT FeeSched, CodeNum, Amount FROM fee WHERE ClinicNum = 0 AND ProvNum = 0"
            )
        }
        self.standard = int(self._rows("SELECT MIN(FeeSchedNum) FROM feesched")[0][0])
        self.staff = [
            int(u)
            for (u,) in self._rows(
                "SELECT UserNum FROM userod WHERE ProvNum = 0 AND IsHidden = 0 ORDER BY UserNum"
            )
        ]
        self.prov_user = {
            int(p): int(u)
            for u, p in self._rows("SELECT UserNum, ProvNum FROM userod WHERE ProvNum > 0")
        }
        self.ops = {
            int(p): (int(op), int(clinic))
            for op, p, clinic in self._rows(
                "SELECT OperatoryNum, ProvDentist + ProvHygienist, ClinicNum FROM operatory WHERE "
                "IsHidden = 0"
            )
        }
        self.patient_count = int(self._rows("SELECT COUNT(*) FROM patient")[0][0])

    def _scale(self, per_thousand: float, minimum: int = 1) -> int:
        return max(minimum, round(self.patient_count * per_thousand / 1000))

    def _user(self) -> int:
        return self.rng.choice(self.staff)

    def run(self) -> None:
        """Apply the day's changes in the order the office makes them."""
        self.scheduled_visits()
        self.walk_ins()
        self.new_patients()
        self.book_appointments()
        self.send_claims()
        self.receive_claims()
        self.finalize_insurance_payments()
        self.mailed_payments()
        self.finance_charges()
        self.cancellations()
        self.corrections()
        self.reminders()
        self.refresh_balances()
        self.hold_recalls()
        self.present_treatment()
        self.type_appointments()
        self.keep_insurance_records()
        self.record_appointment_history()

    def present_treatment(self) -> None:
        """Treatment planned today is presented to most patients, on a random source of its own."""
        rng = random.Random(f"{self.rng.random()}:treatment-plans")
        inserted = present_treatment(self.cur, rng, self.day, self.day, stamped=False)
        for table, count in inserted.items():
            self.counts[table]["inserted"] += count

    def type_appointments(self) -> None:
        """Appointments booked today get their type, on a random source of their own."""
        rng = random.Random(f"{self.rng.random()}:appointment-types")
        self.counts["appointment"]["updated"] += hist.assign_types(
            self.cur, rng, self.day, keep_stamps=False
        )

    def keep_insurance_records(self) -> None:
        """Benefits, verifications and claim snapshots follow the day's insurance work.

        A patient plan dropped today takes its verification and benefit overrides with it; the
        plans of patients booked in the next days are verified; claims entered today are
        snapshotted. On a random source of their own.
        """
        rng = random.Random(f"{self.rng.random()}:insurance-records")
        dropped = ", ".join(map(str, self.deleted.get("patplan", []))) or "0"
        rows = self._rows(
            f"SELECT InsVerifyNum FROM insverify WHERE VerifyType = %s AND FKey IN ({dropped})",
            (PATIENT_ENROLLMENT,),
        )
        self._delete("insverify", "InsVerifyNum", [int(v) for (v,) in rows])
        rows = self._rows(f"SELECT BenefitNum FROM benefit WHERE PatPlanNum IN ({dropped})")
        self._delete("benefit", "BenefitNum", [int(v) for (v,) in rows])
        self.counts["benefit"]["inserted"] += write_benefits(self.cur, rng, self.day, stamped=False)
        self.counts["insverify"]["inserted"] += write_verifications(
            self.cur, rng, self.day, self.day, self.staff, stamped=False
        )
        self.counts["insverify"]["updated"] += verify_upcoming(self.cur, rng, self.day, self.staff)
        self.counts["claimsnapshot"]["inserted"] += snapshot_claims(
            self.cur, rng, self.day, self.day
        )

    def record_appointment_history(self) -> None:
        """Every change made to an appointment today is copied to histappointment.

        One entry per appointment and action, as the appointment stands at the end of the day
        (a deleted one as it was), by a member of staff; on a random source of its own.
        """
        rng = random.Random(f"{self.rng.random()}:appointment-history")
        kept = {apt for action, apt, _ in self.appointment_changes if action != hist.DELETED}
        current = {
            int(row["AptNum"]): row
            for row in hist.appointment_rows(
                self.cur, f"AptNum IN ({', '.join(map(str, sorted(kept))) or '0'})"
            )
        }
        history = hist.History(self.cur, stamped=False)
        seen: set[tuple[int, int]] = set()
        opening = datetime.combine(self.day, time(7))
        moments = sorted(
            opening + timedelta(seconds=rng.randint(0, 11 * 3600)) for _ in self.appointment_changes
        )
        for when, (action, apt, deleted) in zip(moments, self.appointment_changes, strict=True):
            row = deleted if action == hist.DELETED else current.get(apt)
            if row is None or (action, apt) in seen:
                continue
            seen.add((action, apt))
            user = int(row["SecUserNumEntry"]) if action == hist.CREATED else 0
            history.add(when, action, user or rng.choice(self.staff), row)
        self.counts["histappointment"]["inserted"] += history.write()

    def scheduled_visits(self) -> None:
        """Today's booked patients come in (or do not); open chairs go to the ASAP list."""
        self._fill_open_chairs()
        rows = self._rows(
            "SELECT AptNum, PatNum, ProvNum, ProvHyg, ClinicNum, IsHygiene FROM appointment "
            "WHERE AptStatus = %s AND AptDateTime >= %s AND AptDateTime < %s ORDER BY AptNum",
            (SCHEDULED, self.day, self.day + timedelta(days=1)),
        )
        for apt, pat, dentist, hygienist, clinic, hygiene in rows:
            if self.rng.random() < 0.12:
                self._update("appointment", "AptNum", [apt], AptStatus=BROKEN)
                procs = [
                    p
                    for (p,) in self._rows(
                        "SELECT ProcNum FROM procedurelog WHERE AptNum = %s", (apt,)
                    )
                ]
                self._update("procedurelog", "ProcNum", procs, AptNum=0)
                self._commlog(
                    pat, "Appointment Related", "Pt no-showed; left voicemail to reschedule.", PHONE
                )
                continue
            procs = [
                int(p)
                for (p,) in self._rows(
                    "SELECT ProcNum FROM procedurelog WHERE AptNum = %s AND ProcStatus = %s ORDER "
                    "BY ProcNum",
                    (apt, TP),
                )
            ]
            extra = []
            if hygiene and self.rng.random() < 0.5:
                extra.append(("D0274", int(hygienist) or int(dentist)))
            self._visit(int(pat), int(apt), int(clinic), procs, extra)
            self._update(
                "appointment",
                "AptNum",
                [apt],
                AptStatus=COMPLETED,
                Confirmed=self.defs[cat.DEF_APPT_CONFIRMED, "Front Desk"],
                DateTimeArrived=self._at(8, 15),
                DateTimeDismissed=self._at(15, 17),
            )
            self._log(
                cat.PERM_APPOINTMENT_EDIT,
                self.prov_user.get(int(dentist), self._user()),
                pat,
                apt,
                "Set complete",
            )
            if hygiene:
                self._update_recall(int(pat))

    def _fill_open_chairs(self) -> None:
        """Move the soonest future appointments to today when today is thinly booked."""
        booked = self._rows(
            "SELECT COUNT(*) FROM appointment WHERE AptStatus = %s AND AptDateTime >= %s AND "
            "AptDateTime < %s",
            (SCHEDULED, self.day, self.day + timedelta(days=1)),
        )[0][0]
        wanted = self._scale(2) - int(booked)
        if wanted <= 0:
            return
        rows = self._rows(
            "SELECT AptNum FROM appointment WHERE AptStatus = %s AND AptDateTime >= %s ORDER BY "
            "AptDateTime, AptNum "
            "LIMIT %s",
            (SCHEDULED, self.day + timedelta(days=1), wanted),
        )
        for (apt,) in rows:
            start = datetime.combine(self.day, time(8)) + timedelta(
                minutes=10 * self.rng.randint(0, 48)
            )
            self._update("appointment", "AptNum", [int(apt)], AptDateTime=start)
            procs = [
                int(p)
                for (p,) in self._rows("SELECT ProcNum FROM procedurelog WHERE AptNum = %s", (apt,))
            ]
            self._update("procedurelog", "ProcNum", procs, ProcDate=self.day)

    def walk_ins(self) -> None:
        """Patients with planned treatment fit into open chairs and get it done."""
        candidates = self._rows(
            "SELECT DISTINCT pl.PatNum FROM procedurelog pl JOIN patient p ON p.PatNum = pl.PatNum "
            "WHERE pl.ProcStatus = %s AND pl.AptNum = 0 AND p.PatStatus = 0 ORDER BY pl.PatNum",
            (TP,),
        )
        for (pat,) in self.rng.sample(candidates, min(len(candidates), self._scale(1.5))):
            procs = [
                int(p)
                for (p,) in self._rows(
                    "SELECT ProcNum FROM procedurelog WHERE PatNum = %s AND ProcStatus = %s AND "
                    "AptNum = 0 "
                    "ORDER BY ProcNum LIMIT 3",
                    (pat, TP),
                )
            ]
            dentist, clinic = self._patient_dentist(int(pat))
            apt = self._appointment(
                int(pat), dentist, clinic, COMPLETED, self._at(9, 15), descript="Tx"
            )
            self._update("procedurelog", "ProcNum", procs, AptNum=apt)
            self._visit(int(pat), apt, clinic, procs, [])

    def new_patients(self) -> None:
        """New families call, come in for a first exam, and fill in their forms."""
        for _ in range(self._scale(1.0)):
            surname = self.rng.choice(cat.SURNAMES)
            dentist, clinic = self.rng.choice(
                [
                    (p, c)
                    for p, (_, c) in sorted(self.ops.items())
                    if self.prov_user.get(p) and self._is_dentist(p)
                ]
            )
            guarantor = 0
            for index in range(self.rng.choice((1, 1, 2, 3))):
                pat = self._id("patient", "PatNum")
                guarantor = guarantor or pat
                first = self.rng.choice(cat.FEMALE_NAMES + cat.MALE_NAMES)
                born = date(
                    self.day.year
                    - (self.rng.randint(25, 70) if index == 0 else self.rng.randint(3, 17)),
                    self.rng.randint(1, 12),
                    self.rng.randint(1, 28),
                )
                self._insert(
                    "patient",
                    {
                        "PatNum": pat,
                        "LName": surname,
                        "FName": first,
                        "PatStatus": 0,
                        "Gender": self.rng.choice((0, 1)),
                        "Position": 1 if index == 0 else 2,
                        "Birthdate": born,
                        "Address": f"{self.rng.randint(100, 9999)} {self.rng.choice(cat.STREETS)}",
                        "City": "Portland",
                        "State": "OR",
                        "Zip": f"972{self.rng.randint(10, 99)}",
                        "WirelessPhone": f"(503)555-{self.rng.randint(1000, 9999)}",
                        "Guarantor": guarantor,
                        "PriProv": dentist,
                        "BillingType": self.defs[cat.DEF_BILLING_TYPES, "Standard Account"],
                        "ClinicNum": clinic,
                        "DateFirstVisit": self.day,
                        "SecUserNumEntry": self._user(),
                        "SecDateEntry": self.day,
                        "PreferContactMethod": 8,
                        "TxtMsgOk": 1,
                    },
                )
                self._log(
                    cat.PERM_PATIENT_CREATE,
                    self._user(),
                    pat,
                    pat,
                    f"Patient created: {surname}, {first}",
                )
                apt = self._appointment(
                    pat,
                    dentist,
                    clinic,
                    COMPLETED,
                    self._at(8, 15),
                    descript="CompEx, FMX, Pro",
                    new=True,
                )
                codes = ["D0150", "D0210", "D1110" if index == 0 else "D1120"]
                self._visit(pat, apt, clinic, [], [(c, dentist) for c in codes])
                self._document(
                    pat,
                    "Registration & medical history",
                    f"{surname}{first}{pat}_forms.pdf",
                    0,
                    "Patient Forms",
                )
            self.families.add(guarantor)

    def book_appointments(self) -> None:
        """The front desk books check-ups for patients whose recall is coming due."""
        rows = self._rows(
            "SELECT r.RecallNum, r.PatNum, r.DateDue FROM recall r JOIN patient p ON p.PatNum = "
            "r.PatNum "
            "WHERE r.DateScheduled = '0001-01-01' AND r.IsDisabled = 0 AND p.PatStatus = 0 "
            "AND r.DateDue BETWEEN %s AND %s ORDER BY r.RecallNum",
            (self.day - timedelta(days=60), self.day + timedelta(days=60)),
        )
        for recall, pat, due in self.rng.sample(rows, min(len(rows), self._scale(4, 2))):
            # Invalid dates such as 2024-11-00 come back from the driver as text.
            earliest = self.day + timedelta(days=self.rng.randint(3, 30))
            when = next_weekday(max(due, earliest) if isinstance(due, date) else earliest)
            dentist, clinic = self._patient_dentist(int(pat))
            start = datetime.combine(when, time(8)) + timedelta(
                minutes=10 * self.rng.randint(0, 48)
            )
            apt = self._appointment(
                int(pat), dentist, clinic, SCHEDULED, start, descript="PerEx, Pro", hygiene=True
            )
            for code in ("D0120", "D1110"):
                self._procedure(int(pat), apt, code, dentist, clinic, status=TP, when=when)
            self._update("recall", "RecallNum", [recall], DateScheduled=when)
            self._commlog(
                int(pat),
                "Appointment Related",
                f"Scheduled recall appointment for {when:%m/%d/%Y}.",
                PHONE,
            )

    def send_claims(self) -> None:
        """Yesterday's claims go out."""
        ids = [
            c
            for (c,) in self._rows(
                "SELECT ClaimNum FROM claim WHERE ClaimStatus = 'W' AND DateService < %s ORDER BY "
                "ClaimNum",
                (self.day,),
            )
        ]
        self._update(
            "claim", "ClaimNum", ids, ClaimStatus="S", DateSent=self.day, DateSentOrig=self.day
        )

    def receive_claims(self) -> None:
        """Insurance checks arrive: claim procedures become received with payment and write-off."""
        rows = self._rows(
            "SELECT c.ClaimNum, c.PatNum, c.ClinicNum, ca.CarrierName FROM claim c "
            "JOIN insplan ip ON ip.PlanNum = c.PlanNum JOIN carrier ca ON ca.CarrierNum = "
            "ip.CarrierNum "
            "WHERE c.ClaimStatus = 'S' AND c.ClaimType IN ('P', 'S', 'Other') AND c.DateSent <= %s "
            "ORDER BY c.ClaimNum",
            (self.day - timedelta(days=7),),
        )
        for claim, pat, clinic, carrier in self.rng.sample(rows, min(len(rows), self._scale(3, 2))):
            lines = self._rows(
                "SELECT ClaimProcNum, FeeBilled, InsPayEst, WriteOffEst, DedEst FROM claimproc "
                "WHERE ClaimNum = %s AND Status = %s ORDER BY ClaimProcNum",
                (claim, NOT_RECEIVED),
            )
            if not lines:
                continue
            outcomes = []
            for num, fee, est, wo_est, ded in lines:
                fee_c, est_c, wo_c = round(fee * 100), round(est * 100), max(round(wo_est * 100), 0)
                paid = est_c if self.rng.random() < 0.9 else est_c * self.rng.randint(50, 90) // 100
                wo = min(wo_c, fee_c - paid)
                outcomes.append((int(num), paid, max(wo, 0), ded))
            total = sum(o[1] for o in outcomes)
            # Some payments are entered on the claim before the check is (not finalized yet).
            finalized = total == 0 or self.rng.random() >= 0.2
            check = self._check(clinic, carrier, total) if finalized else 0
            for num, paid, wo, ded in outcomes:
                self._update(
                    "claimproc",
                    "ClaimProcNum",
                    [num],
                    Status=RECEIVED,
                    InsPayAmt=paid / 100,
                    WriteOff=wo / 100,
                    DedApplied=ded,
                    DateCP=self.day,
                    DateEntry=self.day,
                    DateInsFinalized=self.day if finalized else NEVER,
                    ClaimPaymentNum=check,
                )
            self._update(
                "claim",
                "ClaimNum",
                [claim],
                ClaimStatus="R",
                DateReceived=self.day,
                InsPayAmt=total / 100,
                WriteOff=sum(o[2] for o in outcomes) / 100,
            )
            self._log(
                cat.PERM_INS_PAY_CREATE,
                self._user(),
                pat,
                check,
                f"Insurance payment of {total / 100:.2f} from {carrier}",
            )
            self._family_of(int(pat))

    def _check(self, clinic: int, carrier: str, total: int, *, partial: bool = False) -> int:
        """Enter an insurance check of ``total`` cents; return its key."""
        check = self._id("claimpayment", "ClaimPaymentNum")
        self._insert(
            "claimpayment",
            {
                "ClaimPaymentNum": check,
                "CheckDate": self.day,
                "CheckAmt": total / 100,
                "CheckNum": f"{self.rng.randint(10**5, 10**9)}",
                "ClinicNum": clinic,
                "CarrierName": carrier,
                "DateIssued": self.day - timedelta(days=3),
                "IsPartial": int(partial),
                "PayType": self.defs[cat.DEF_INS_PAYMENT_TYPE, "Check"],
                "SecUserNumEntry": self._user(),
                "SecDateEntry": self.day,
            },
        )
        return check

    def finalize_insurance_payments(self) -> None:
        """Checks catch up with payments entered earlier, and partial checks are finished."""
        partial = [
            int(c)
            for (c,) in self._rows(
                "SELECT ClaimPaymentNum FROM claimpayment WHERE IsPartial = 1 AND CheckDate < %s "
                "ORDER BY ClaimPaymentNum",
                (self.day,),
            )
        ]
        self._update("claimpayment", "ClaimPaymentNum", partial[: len(partial) // 2], IsPartial=0)
        rows = self._rows(
            "SELECT cp.ClaimNum, c.ClinicNum, ca.CarrierName, SUM(ROUND(cp.InsPayAmt * 100)) "
            "FROM claimproc cp JOIN claim c ON c.ClaimNum = cp.ClaimNum "
            "JOIN insplan ip ON ip.PlanNum = cp.PlanNum "
            "JOIN carrier ca ON ca.CarrierNum = ip.CarrierNum "
            "WHERE cp.ClaimPaymentNum = 0 AND cp.Status = %s AND cp.InsPayAmt <> 0 "
            "AND cp.DateCP < %s GROUP BY 1, 2, 3 ORDER BY 1",
            (RECEIVED, self.day),
        )
        for n, (claim, clinic, carrier, total) in enumerate(
            # The office never catches up completely: one payment stays unfinalized.
            self.rng.sample(rows, max(min(len(rows) - 1, 2), 0))
        ):
            # The first check of the day is still being entered when the office closes.
            check = self._check(int(clinic), carrier, int(total), partial=n == 0)
            lines = [
                int(line)
                for (line,) in self._rows(
                    "SELECT ClaimProcNum FROM claimproc WHERE ClaimNum = %s "
                    "AND ClaimPaymentNum = 0 AND Status = %s AND InsPayAmt <> 0 "
                    "ORDER BY ClaimProcNum",
                    (claim, RECEIVED),
                )
            ]
            self._update(
                "claimproc",
                "ClaimProcNum",
                lines,
                ClaimPaymentNum=check,
                DateInsFinalized=self.day,
            )

    def mailed_payments(self) -> None:
        """Checks in the mail from families who got a statement."""
        rows = self._rows(
            "SELECT PatNum, BalTotal - InsEst FROM patient WHERE PatNum = Guarantor AND BalTotal "
            "- InsEst > 20 "
            "ORDER BY PatNum"
        )
        for guarantor, owed in self.rng.sample(rows, min(len(rows), self._scale(3, 2))):
            amount = round(owed * 100) if self.rng.random() < 0.7 else round(owed * 50)
            procs = self._rows(
                "SELECT pl.ProcNum, pl.PatNum, pl.ProvNum, pl.ProcDate, pl.ClinicNum, "
                "ROUND(pl.ProcFee * pl.UnitQty * 100) FROM procedurelog pl JOIN patient p ON "
                "p.PatNum = pl.PatNum "
                "WHERE p.Guarantor = %s AND pl.ProcStatus = %s ORDER BY pl.ProcDate DESC, "
                "pl.ProcNum DESC LIMIT 6",
                (guarantor, COMPLETE),
            )
            splits = []
            left = amount
            for proc, pat, prov, proc_day, clinic, fee in procs:
                part = min(left, int(fee))
                if part > 0:
                    splits.append((int(pat), int(prov), int(clinic), proc_day, int(proc), part))
                    left -= part
            if left > 0 and procs:
                splits.append(
                    (int(guarantor), int(procs[0][2]), int(procs[0][4]), "0000-00-00", 0, left)
                )
            if splits:
                self._payment(int(guarantor), "Check", splits)

    def finance_charges(self) -> None:
        """The monthly finance charge run, on the first weekday of a month."""
        if next_weekday(self.day.replace(day=1)) != self.day:
            return
        rows = self._rows(
            "SELECT PatNum, PriProv, ClinicNum, Bal_31_60 + Bal_61_90 + BalOver90 FROM patient "
            "WHERE PatNum = Guarantor AND Bal_31_60 + Bal_61_90 + BalOver90 > 20 AND BillingType "
            "= %s ORDER BY PatNum",
            (self.defs[cat.DEF_BILLING_TYPES, "Standard Account"],),
        )
        for guarantor, prov, clinic, overdue in rows:
            self._adjustment(
                int(guarantor),
                int(prov),
                int(clinic),
                max(100, round(overdue * 1.5)),
                "Finance Charge",
                proc=0,
            )

    def cancellations(self) -> None:
        """Patients cancel future appointments; the office deletes them, as OpenDental does."""
        rows = self._rows(
            "SELECT AptNum FROM appointment WHERE AptStatus = %s AND AptDateTime > %s AND "
            "SecDateTEntry < %s "
            "ORDER BY AptNum",
            (SCHEDULED, self.day + timedelta(days=1), self.day),
        )
        gone = [int(a) for (a,) in self.rng.sample(rows, min(len(rows), self._scale(0.5)))]
        for apt in gone:
            procs = [
                int(p)
                for (p,) in self._rows("SELECT ProcNum FROM procedurelog WHERE AptNum = %s", (apt,))
            ]
            self._update("procedurelog", "ProcNum", procs, AptNum=0)
            # The audit trail loses its link to a deleted appointment.
            logs = [
                int(s)
                for (s,) in self._rows(
                    "SELECT SecurityLogNum FROM securitylog WHERE FKey = %s AND PermType IN (%s, "
                    "%s)",
                    (apt, *cat.APPOINTMENT_PERMS),
                )
            ]
            self._update("securitylog", "SecurityLogNum", logs, FKey=0)
        self._delete("appointment", "AptNum", gone)

    def corrections(self) -> None:
        """Clean-ups that hard-delete rows: split edits, dropped coverage, stale rows."""
        rng = self.rng
        split = self._pick(
            "SELECT s.SplitNum, s.PayNum, s.SplitAmt, s.PatNum FROM paysplit s JOIN payment p ON "
            "p.PayNum = s.PayNum "
            "WHERE p.IsSplit = 1 AND s.SplitAmt > 0 ORDER BY s.SplitNum DESC LIMIT 200"
        )
        if split:
            num, pay, amount, pat = split
            self._delete("paysplit", "SplitNum", [int(num)])
            self._family_of(int(pat))
            # PayAmt stays the sum of the payment's splits.
            self.cur.execute(
                "UPDATE payment SET PayAmt = ROUND(PayAmt - %s, 2) WHERE PayNum = %s", (amount, pay)
            )
            self.counts["payment"]["updated"] += 1
        plan = self._pick("SELECT PatPlanNum, PatNum, InsSubNum FROM patplan ORDER BY PatPlanNum")
        if plan:
            num, pat, sub = plan
            estimates = [
                int(c)
                for (c,) in self._rows(
                    "SELECT ClaimProcNum FROM claimproc WHERE PatNum = %s AND InsSubNum = %s AND "
                    "Status = %s",
                    (pat, sub, ESTIMATE),
                )
            ]
            self._delete("claimproc", "ClaimProcNum", estimates)
            self._delete("patplan", "PatPlanNum", [int(num)])
        estimate = self._pick(
            "SELECT ClaimProcNum, ProcNum FROM claimproc WHERE Status = %s ORDER BY ClaimProcNum",
            (ESTIMATE,),
        )
        if estimate:
            self._delete("claimproc", "ClaimProcNum", [int(estimate[0])])
            self._update("procedurelog", "ProcNum", [int(estimate[1])], ProcStatus=DELETED)
        for table, key, sql in (
            ("commlog", "CommlogNum", "SELECT CommlogNum FROM commlog ORDER BY CommlogNum"),
            (
                "recall",
                "RecallNum",
                "SELECT r.RecallNum FROM recall r JOIN patient p ON p.PatNum = r.PatNum "
                "WHERE p.PatStatus <> 0 AND r.RecallNum > 1 ORDER BY r.RecallNum",
            ),
            (
                "schedule",
                "ScheduleNum",
                "SELECT ScheduleNum FROM schedule WHERE SchedType = 1 AND SchedDate > %s "
                "ORDER BY ScheduleNum",
            ),
            (
                "fee",
                "FeeNum",
                "SELECT FeeNum FROM fee WHERE ProvNum <> 0 OR ClinicNum <> 0 ORDER BY FeeNum",
            ),
        ):
            args = (self.day,) if "%s" in sql else None
            picked = self._pick(sql, args, count=rng.randint(1, 2))
            if picked:
                self._delete(table, key, [int(row[0]) for row in picked])

    def reminders(self) -> None:
        """Text reminders for the next business day's appointments."""
        tomorrow = next_weekday(self.day + timedelta(days=1))
        rows = self._rows(
            "SELECT AptNum, PatNum, AptDateTime FROM appointment WHERE AptStatus = %s AND "
            "AptDateTime >= %s "
            "AND AptDateTime < %s ORDER BY AptNum",
            (SCHEDULED, tomorrow, tomorrow + timedelta(days=1)),
        )
        for apt, pat, when in rows:
            self._commlog(
                int(pat),
                "Appointment Related",
                f"Reminder sent for {when:%m/%d/%Y %I:%M %p}.",
                TEXT,
            )
            if self.rng.random() < 0.6:
                self._update(
                    "appointment",
                    "AptNum",
                    [int(apt)],
                    Confirmed=self.defs[cat.DEF_APPT_CONFIRMED, "Confirmed"],
                )

    def hold_recalls(self) -> None:
        """The front desk holds back overdue recalls: until next month, or until paid down."""
        overdue = (
            "SELECT r.RecallNum FROM recall r JOIN patient p ON p.PatNum = r.PatNum "
            "JOIN patient g ON g.PatNum = p.Guarantor "
            "WHERE p.PatStatus = 0 AND r.IsDisabled = 0 AND r.DateScheduled < '1880-01-01' "
            "AND r.DateDue > '1880-01-01' AND r.DateDue < %s AND r.DisableUntilBalance = 0 "
            "AND r.DisableUntilDate < '1880-01-01' AND g.BalTotal - g.InsEst {} "
            "ORDER BY r.RecallNum"
        )
        for balance, changes in (
            ("< 50", {"DisableUntilDate": self.day + timedelta(days=30)}),
            # A family that owes more than the limit: its recall waits until it pays.
            ("> 100", {"DisableUntilBalance": 50.0}),
        ):
            rows = self._rows(overdue.format(balance), (self.day,))
            if rows:
                self._update("recall", "RecallNum", [int(self.rng.choice(rows)[0])], **changes)

    def refresh_balances(self) -> None:
        """Re-age the families touched today (their guarantors' balance columns change)."""
        for guarantor in sorted(self.families):
            total = self._family_balance(guarantor)
            pending = self._rows(
                "SELECT COALESCE(SUM(cp.InsPayEst), 0) FROM claimproc cp JOIN patient p ON "
                "p.PatNum = cp.PatNum "
                "WHERE p.Guarantor = %s AND cp.Status = %s",
                (guarantor, NOT_RECEIVED),
            )[0][0]
            self.cur.execute(
                "UPDATE patient SET Bal_0_30 = ROUND(Bal_0_30 + %s - BalTotal, 2), BalTotal = %s, "
                "InsEst = %s, "
                "EstBalance = ROUND(%s - %s, 2) WHERE PatNum = %s",
                (total, total, pending, total, pending, guarantor),
            )
            self.counts["patient"]["updated"] += 1

    def _visit(
        self, pat: int, apt: int, clinic: int, procs: list[int], extra: list[tuple[str, int]]
    ) -> None:
        """Complete planned procedures and add new ones, bill insurance, take the co-pay."""
        self._update(
            "procedurelog",
            "ProcNum",
            procs,
            ProcStatus=COMPLETE,
            ProcDate=self.day,
            DateComplete=self.day,
            DateEntryC=self.day,
        )
        procs = procs + [
            self._procedure(pat, apt, code, prov, clinic, status=COMPLETE, when=self.day)
            for code, prov in extra
        ]
        if not procs:
            return
        rows = self._rows(
            "SELECT pl.ProcNum, pl.ProvNum, pc.ProcCode, ROUND(pl.ProcFee * pl.UnitQty * 100) "
            "FROM procedurelog pl "
            "JOIN procedurecode pc ON pc.CodeNum = pl.CodeNum WHERE pl.ProcNum IN "
            f"({', '.join(map(str, procs))}) "
            "ORDER BY pl.ProcNum"
        )
        for proc, prov, code, _ in rows:
            self._log(
                cat.PERM_PROC_COMPLETE_CREATE,
                self.prov_user.get(int(prov), self._user()),
                pat,
                proc,
                f"{code} completed",
            )
        portions = self._bill(pat, clinic, rows)
        if portions and self.rng.random() < 0.7:
            kind = self.rng.choice(("Credit Card", "Cash", "Check", "Debit Card"))
            self._payment(pat, kind, portions)
            if self.rng.random() < 0.1:
                first = portions[0]
                self._adjustment(
                    pat, first[1], clinic, -max(100, first[5] // 10), "Discount", proc=first[4]
                )
        self._family_of(pat)

    def _bill(
        self, pat: int, clinic: int, rows: list[tuple[Any, ...]]
    ) -> list[tuple[int, int, int, Any, int, int]]:
        """Put completed procedures on a waiting claim; return the patient portion of each."""
        coverage = self._rows(
            "SELECT pp.InsSubNum, s.PlanNum, ip.PlanType, ip.FeeSched, ip.CopayFeeSched, "
            "pp.Relationship "
            "FROM patplan pp JOIN inssub s ON s.InsSubNum = pp.InsSubNum JOIN insplan ip ON "
            "ip.PlanNum = s.PlanNum "
            "WHERE pp.PatNum = %s AND pp.Ordinal = 1 ORDER BY pp.PatPlanNum LIMIT 1",
            (pat,),
        )
        portions = []
        lines = []
        for proc, prov, code, fee in rows:
            fee_c = int(fee)
            info = CODES.get(code)
            if not coverage or info is None or info.coverage == "none" or fee_c <= 0:
                if fee_c > 0:
                    portions.append((pat, int(prov), clinic, self.day, int(proc), fee_c))
                continue
            _, _, kind, allowed_sched, copay_sched, _ = coverage[0]
            if kind == "c":
                copay = min(fee_c, self.fees.get((int(copay_sched), self.codes[code]), 0))
                lines.append((proc, prov, code, fee_c, 0, fee_c - copay, CAP_COMPLETE))
                portions.append((pat, int(prov), clinic, self.day, int(proc), copay))
                continue
            allowed = fee_c
            if kind == "p":
                allowed = min(fee_c, self.fees.get((int(allowed_sched), self.codes[code]), fee_c))
            est = allowed * cat.COVERAGE_PERCENT[info.coverage] // 100
            lines.append((proc, prov, code, fee_c, est, fee_c - allowed, NOT_RECEIVED))
            if fee_c - allowed - est > 0:
                portions.append(
                    (pat, int(prov), clinic, self.day, int(proc), fee_c - allowed - est)
                )
        if lines:
            self._claim(pat, clinic, coverage[0], lines)
        return portions

    def _claim(
        self, pat: int, clinic: int, coverage: tuple[Any, ...], lines: list[tuple[Any, ...]]
    ) -> None:
        sub, plan, _, _, _, relationship = coverage
        claim = 0
        # Now and then a procedure is left off the claim: its estimate stays (some do-not-bill).
        no_bill = set()
        for i, line in enumerate(lines):
            if line[6] == NOT_RECEIVED and self.rng.random() < 0.08:
                lines[i] = (*line[:6], ESTIMATE)
                if self.rng.random() < 0.25:
                    no_bill.add(line[0])
        billed = [line for line in lines if line[6] == NOT_RECEIVED]
        if billed:
            claim = self._id("claim", "ClaimNum")
            self._insert(
                "claim",
                {
                    "ClaimNum": claim,
                    "PatNum": pat,
                    "DateService": self.day,
                    "ClaimStatus": "W",
                    "PlanNum": plan,
                    "ProvTreat": billed[0][1],
                    "ClaimFee": sum(line[3] for line in billed) / 100,
                    "InsPayEst": sum(line[4] for line in billed) / 100,
                    "ClaimType": "P",
                    "ProvBill": billed[0][1],
                    "PatRelat": relationship,
                    "ClinicNum": clinic,
                    "ClaimForm": 1,
                    "InsSubNum": sub,
                    "ClaimIdentifier": f"{pat}/{claim}",
                    "SecUserNumEntry": self._user(),
                    "SecDateEntry": self.day,
                },
            )
        for number, (proc, prov, code, fee, est, wo, status) in enumerate(lines, start=1):
            values = {
                "ClaimNum": claim if status == NOT_RECEIVED else 0,
                "Status": status,
                "FeeBilled": fee / 100,
                "InsPayEst": est / 100,
                "WriteOff": wo / 100 if status == CAP_COMPLETE else 0.0,
                "WriteOffEst": wo / 100,
                "DateCP": self.day,
                "ProcDate": self.day,
                "DateEntry": self.day,
                "CodeSent": code,
                "LineNumber": number,
                "BaseEst": est / 100,
                "InsEstTotal": est / 100,
                "NoBillIns": int(proc in no_bill),
            }
            existing = self._rows(
                "SELECT ClaimProcNum FROM claimproc WHERE ProcNum = %s AND PlanNum = %s AND "
                "Status = %s "
                "ORDER BY ClaimProcNum LIMIT 1",
                (proc, plan, ESTIMATE),
            )
            if existing:
                self._update("claimproc", "ClaimProcNum", [int(existing[0][0])], **values)
                continue
            self._insert(
                "claimproc",
                {
                    "ClaimProcNum": self._id("claimproc", "ClaimProcNum"),
                    "ProcNum": proc,
                    "PatNum": pat,
                    "ProvNum": prov,
                    "PlanNum": plan,
                    "InsSubNum": sub,
                    "ClinicNum": clinic,
                    "AllowedOverride": -1.0,
                    "Percentage": -1,
                    "PercentOverride": -1,
                    "CopayAmt": -1.0,
                    "PaidOtherIns": -1.0,
                    "CopayOverride": -1.0,
                    "DedEstOverride": -1.0,
                    "InsEstTotalOverride": -1.0,
                    "PaidOtherInsOverride": -1.0,
                    "WriteOffEstOverride": -1.0,
                    "SecUserNumEntry": self._user(),
                    "SecDateEntry": self.day,
                    **values,
                },
            )

    def _payment(
        self, pat: int, kind: str, splits: list[tuple[int, int, int, Any, int, int]]
    ) -> None:
        """Write a payment and its splits: (patient, provider, clinic, proc date, proc, cents)."""
        num = self._id("payment", "PayNum")
        user = self._user()
        total = sum(s[5] for s in splits)
        self._insert(
            "payment",
            {
                "PayNum": num,
                "PayType": self.defs[cat.DEF_PAYMENT_TYPES, kind],
                "PayDate": self.day,
                "PayAmt": total / 100,
                "CheckNum": f"{self.rng.randint(100, 9999)}" if kind == "Check" else "",
                "IsSplit": int(len(splits) > 1),
                "PatNum": pat,
                "ClinicNum": splits[0][2],
                "DateEntry": self.day,
                "SecUserNumEntry": user,
                "RecurringChargeDate": NEVER,
            },
        )
        prepaid = self.defs[cat.DEF_PAYSPLIT_UNEARNED, "Prepayment"]
        for split_pat, prov, clinic, proc_day, proc, cents in splits:
            self._insert(
                "paysplit",
                {
                    "SplitNum": self._id("paysplit", "SplitNum"),
                    "SplitAmt": cents / 100,
                    "PatNum": split_pat,
                    "ProcDate": proc_day,
                    "PayNum": num,
                    "ProvNum": prov,
                    "DatePay": self.day,
                    "ProcNum": proc,
                    "DateEntry": self.day,
                    "UnearnedType": 0 if proc else prepaid,
                    "ClinicNum": clinic,
                    "SecUserNumEntry": user,
                },
            )
        self._log(cat.PERM_PAYMENT_CREATE, user, pat, num, f"Payment of {total / 100:.2f}")
        self._family_of(pat)

    def _adjustment(
        self, pat: int, prov: int, clinic: int, cents: int, kind: str, *, proc: int
    ) -> None:
        num = self._id("adjustment", "AdjNum")
        user = self._user()
        self._insert(
            "adjustment",
            {
                "AdjNum": num,
                "AdjDate": self.day,
                "AdjAmt": cents / 100,
                "PatNum": pat,
                "AdjType": self.defs[cat.DEF_ADJ_TYPES, kind],
                "ProvNum": prov,
                "AdjNote": "",
                "ProcDate": self.day if proc else NEVER,
                "ProcNum": proc,
                "DateEntry": self.day,
                "ClinicNum": clinic,
                "SecUserNumEntry": user,
            },
        )
        self._log(
            cat.PERM_ADJUSTMENT_CREATE, user, pat, num, f"Adjustment {kind}: {cents / 100:.2f}"
        )
        self._family_of(pat)

    def _procedure(
        self, pat: int, apt: int, code: str, prov: int, clinic: int, *, status: int, when: date
    ) -> int:
        num = self._id("procedurelog", "ProcNum")
        done = when if status == COMPLETE else NEVER
        self._insert(
            "procedurelog",
            {
                "ProcNum": num,
                "PatNum": pat,
                "AptNum": apt,
                "ProcDate": when,
                "ProcFee": self.fees.get((self.standard, self.codes[code]), CODES[code].fee) / 100,
                "ProcStatus": status,
                "ProvNum": prov,
                "ClinicNum": clinic,
                "CodeNum": self.codes[code],
                "UnitQty": 1,
                "DateTP": self.day,
                "ProcTime": "00:00:00",
                "ProcTimeEnd": "00:00:00",
                "SecUserNumEntry": self.prov_user.get(prov, self._user()),
                "SecDateEntry": self._at(),
                "DateComplete": done,
                "DateEntryC": done,
            },
        )
        return num

    def _appointment(
        self,
        pat: int,
        prov: int,
        clinic: int,
        status: int,
        start: datetime,
        *,
        descript: str,
        new: bool = False,
        hygiene: bool = False,
    ) -> int:
        num = self._id("appointment", "AptNum")
        op = self.ops.get(prov, (0, clinic))[0]
        self._insert(
            "appointment",
            {
                "AptNum": num,
                "PatNum": pat,
                "AptStatus": status,
                "Pattern": "/XXXXXX/",
                "Confirmed": self.defs[
                    cat.DEF_APPT_CONFIRMED, "Front Desk" if status == COMPLETED else "Unconfirmed"
                ],
                "Op": op,
                "ProvNum": prov,
                "AptDateTime": start,
                "IsNewPatient": int(new),
                "ProcDescript": descript,
                "ClinicNum": clinic,
                "IsHygiene": int(hygiene),
                "ProcsColored": "",
                "SecUserNumEntry": self._user(),
                "SecDateTEntry": self._at(),
            },
        )
        self._log(
            cat.PERM_APPOINTMENT_CREATE,
            self._user(),
            pat,
            num,
            f"New appointment for {start:%m/%d/%Y %H:%M}",
        )
        return num

    def _commlog(self, pat: int, kind: str, note: str, mode: int) -> None:
        when = self._at()
        self._insert(
            "commlog",
            {
                "CommlogNum": self._id("commlog", "CommlogNum"),
                "PatNum": pat,
                "CommDateTime": when,
                "CommType": self.defs[cat.DEF_COMMLOG_TYPES, kind],
                "Note": note,
                "Mode_": mode,
                "SentOrReceived": SENT,
                "UserNum": self._user(),
                "Signature": "",
                "CommSource": 0,
                "DateTEntry": when,
            },
        )

    def _document(
        self, pat: int, description: str, file_name: str, img_type: int, category: str
    ) -> None:
        self._insert(
            "document",
            {
                "DocNum": self._id("document", "DocNum"),
                "Description": description,
                "DateCreated": self._at(),
                "DocCategory": self.defs[cat.DEF_IMAGE_CATS, category],
                "PatNum": pat,
                "FileName": file_name,
                "ImgType": img_type,
                "RawBase64": "",
                "Thumbnail": "",
            },
        )

    def _update_recall(self, pat: int) -> None:
        ids = [
            int(r)
            for (r,) in self._rows(
                "SELECT RecallNum FROM recall WHERE PatNum = %s AND RecallTypeNum IN (1, 2)", (pat,)
            )
        ]
        due = self.day + timedelta(days=182)
        self._update(
            "recall",
            "RecallNum",
            ids,
            DatePrevious=self.day,
            DateDueCalc=due,
            DateDue=due,
            DateScheduled=NEVER,
        )

    def _pick(self, sql: str, args: tuple[Any, ...] | None = None, *, count: int = 0) -> Any:
        """Return one random row of the query (or ``count`` rows as a list), None if it is empty."""
        rows = self._rows(sql, args)
        if not rows:
            return None
        if count:
            return self.rng.sample(rows, min(count, len(rows)))
        return self.rng.choice(rows)

    def _patient_dentist(self, pat: int) -> tuple[int, int]:
        prov, clinic = self._rows(
            "SELECT PriProv, ClinicNum FROM patient WHERE PatNum = %s", (pat,)
        )[0]
        return int(prov), int(clinic)

    def _is_dentist(self, prov: int) -> bool:
        return bool(
            self._rows("SELECT IsSecondary = 0 FROM provider WHERE ProvNum = %s", (prov,))[0][0]
        )

    def _family_of(self, pat: int) -> None:
        rows = self._rows("SELECT Guarantor FROM patient WHERE PatNum = %s", (pat,))
        if rows:
            self.families.add(int(rows[0][0]))

    def _family_balance(self, guarantor: int) -> float:
        parts = (
            (
                "SELECT SUM(pl.ProcFee * (pl.UnitQty + pl.BaseUnits)) FROM procedurelog pl",
                "pl",
                "pl.ProcStatus = 2",
            ),
            ("SELECT SUM(a.AdjAmt) FROM adjustment a", "a", "1 = 1"),
            ("SELECT -SUM(s.SplitAmt) FROM paysplit s", "s", "1 = 1"),
            (
                "SELECT -SUM(c.InsPayAmt + c.WriteOff) FROM claimproc c",
                "c",
                "c.Status IN (1, 4, 7)",
            ),
        )
        total = 0.0
        for select, alias, condition in parts:
            value = self._rows(
                f"{select} JOIN patient p ON p.PatNum = {alias}.PatNum WHERE p.Guarantor = %s AND "
                f"{condition}",
                (guarantor,),
            )[0][0]
            total += float(value or 0)
        return round(total, 2)
