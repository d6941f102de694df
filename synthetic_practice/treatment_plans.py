"""Treatment plans: planned work presented to patients, saved, signed and attached.

OpenDental keeps three tables for it. The active plan (``treatplan.TPStatus = 1``) lists the
patient's treatment-planned procedures through ``treatplanattach``; presenting it saves a copy
(``TPStatus = 0``) whose ``proctp`` rows freeze each procedure's fee and insurance estimates,
with the user who presented it and, when the patient signs, ``DateTSigned``. A procedure can be
presented more than once; OpenDental's reports credit its first or its last presenter.

The plans are made from the procedures already written (their ``DateTP``), with a random source
of their own, so the rest of a practice generated from a seed stays as it was.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from synthetic_practice.writer import sql_literal

if TYPE_CHECKING:
    from pymysql.cursors import Cursor

SAVED, ACTIVE = 0, 1
TP, COMPLETE = 1, 2
ESTIMATE_STATUSES = (0, 1, 6)


class _Plans:
    def __init__(self, cursor: Cursor, rng: random.Random, *, stamped: bool) -> None:
        self.cur = cursor
        self.rng = rng
        # History rows carry their own change stamps; a live day's rows get MySQL's.
        self.stamped = stamped
        self.counts: dict[str, int] = defaultdict(int)
        self.next_id: dict[str, int] = {}
        self.cur.execute("SELECT UserNum FROM userod WHERE IsHidden = 0 ORDER BY UserNum")
        self.users = [int(u) for (u,) in self.cur.fetchall()]

    def _id(self, table: str, key: str) -> int:
        if table not in self.next_id:
            self.cur.execute(f"SELECT COALESCE(MAX(`{key}`), 0) FROM `{table}`")
            self.next_id[table] = int(self.cur.fetchone()[0])
        self.next_id[table] += 1
        return self.next_id[table]

    def _insert(self, table: str, values: dict[str, Any]) -> None:
        columns = ", ".join(f"`{c}`" for c in values)
        literals = ", ".join(sql_literal(v) for v in values.values())
        self.cur.execute(f"INSERT INTO `{table}` ({columns}) VALUES ({literals})")
        self.counts[table] += 1

    def _stamp(self, day: date) -> dict[str, Any]:
        if not self.stamped:
            return {}
        moment = datetime.combine(day, time(8)) + timedelta(seconds=self.rng.randint(0, 36000))
        return {"SecDateTEdit": moment}

    def planned(self, first: date, last: date) -> dict[tuple[int, date], list[tuple]]:
        """Planned or since completed procedures by patient and planned date, none presented."""
        self.cur.execute(
            "SELECT p.PatNum, p.DateTP, p.ProcNum, p.ProcFee * (p.UnitQty + p.BaseUnits), "
            "p.ProvNum, p.ClinicNum, p.ToothNum, p.Surf, c.ProcCode, c.Descript, c.AbbrDesc "
            "FROM procedurelog p JOIN procedurecode c ON c.CodeNum = p.CodeNum "
            "WHERE p.ProcStatus IN (%s, %s) AND p.DateTP BETWEEN %s AND %s "
            "AND p.ProcNum NOT IN (SELECT ProcNumOrig FROM proctp) "
            "ORDER BY p.PatNum, p.DateTP, p.ProcNum",
            (TP, COMPLETE, first, last),
        )
        groups: dict[tuple[int, date], list[tuple]] = defaultdict(list)
        for row in self.cur.fetchall():
            groups[int(row[0]), row[1]].append(row)
        return groups

    def estimates(self, procs: list[int]) -> dict[int, list[float]]:
        """Each procedure's insurance estimates, primary plan first."""
        if not procs:
            return {}
        self.cur.execute(
            "SELECT ProcNum, PlanNum, SUM(InsPayEst) FROM claimproc "
            f"WHERE ProcNum IN ({','.join(map(str, procs))}) AND Status IN (0, 1, 6) "
            "GROUP BY ProcNum, PlanNum ORDER BY ProcNum, MIN(ClaimProcNum)"
        )
        found: dict[int, list[float]] = defaultdict(list)
        for proc, _plan, amount in self.cur.fetchall():
            found[int(proc)].append(float(amount or 0))
        return found

    def present(self, pat: int, day: date, procs: list[tuple], last: date) -> None:
        """Save a presented plan of ``procs`` on ``day``; sometimes present it again later."""
        estimates = self.estimates([int(p[2]) for p in procs])
        days = [day]
        if self.rng.random() < 0.2 and day + timedelta(days=7) <= last:
            days.append(day + timedelta(days=self.rng.randint(7, min(60, (last - day).days))))
        for when in days:
            plan = self._id("treatplan", "TreatPlanNum")
            signed = self.rng.random() < 0.5
            entered_by = self.rng.choice(self.users)
            presenter = self.rng.choice(self.users) if self.rng.random() < 0.9 else entered_by
            if self.rng.random() < 0.05:  # presented without choosing a presenter
                presenter = 0
            self._insert(
                "treatplan",
                {
                    "TreatPlanNum": plan,
                    "PatNum": pat,
                    "DateTP": when,
                    "Heading": "Proposed Treatment Plan",
                    "Note": "",
                    "Signature": "signed" if signed else "",
                    "SigIsTopaz": 0,
                    "ResponsParty": 0,
                    "DocNum": 0,
                    "TPStatus": SAVED,
                    "SecUserNumEntry": entered_by,
                    "SecDateEntry": when,
                    "UserNumPresenter": presenter,
                    "TPType": 0,
                    "SignaturePractice": "",
                    "DateTSigned": datetime.combine(when, time(15)) if signed else "0001-01-01",
                    "DateTPracticeSigned": "0001-01-01",
                    "SignatureText": "",
                    "SignaturePracticeText": "",
                    "MobileAppDeviceNum": 0,
                    **self._stamp(when),
                },
            )
            for order, (
                _,
                _,
                proc,
                fee,
                prov,
                clinic,
                tooth,
                surf,
                code,
                descript,
                abbr,
            ) in enumerate(procs, start=1):
                primary, secondary = ([*estimates.get(int(proc), []), 0.0, 0.0])[:2]
                self._insert(
                    "proctp",
                    {
                        "ProcTPNum": self._id("proctp", "ProcTPNum"),
                        "TreatPlanNum": plan,
                        "PatNum": pat,
                        "ProcNumOrig": proc,
                        "ItemOrder": order,
                        "Priority": 0,
                        "ToothNumTP": tooth or "",
                        "Surf": surf or "",
                        "ProcCode": code,
                        "Descript": descript,
                        "FeeAmt": round(float(fee), 2),
                        "PriInsAmt": round(primary, 2),
                        "SecInsAmt": round(secondary, 2),
                        "PatAmt": round(max(float(fee) - primary - secondary, 0.0), 2),
                        "Discount": 0,
                        "Prognosis": "",
                        "Dx": "",
                        "ProcAbbr": abbr or "",
                        "SecUserNumEntry": entered_by,
                        "SecDateEntry": when,
                        "FeeAllowed": round(float(fee), 2),
                        "TaxAmt": 0,
                        "ProvNum": prov,
                        "DateTP": when,
                        "ClinicNum": clinic,
                        "CatPercUCR": 0,
                        **self._stamp(when),
                    },
                )

    def attach(self, pats: list[int], day: date) -> None:
        """Give each patient an active plan listing their treatment-planned procedures."""
        for pat in pats:
            self.cur.execute(
                "SELECT TreatPlanNum FROM treatplan WHERE PatNum = %s AND TPStatus = %s",
                (pat, ACTIVE),
            )
            found = self.cur.fetchone()
            if found:
                plan = int(found[0])
            else:
                plan = self._id("treatplan", "TreatPlanNum")
                self._insert(
                    "treatplan",
                    {
                        "TreatPlanNum": plan,
                        "PatNum": pat,
                        "DateTP": day,
                        "Heading": "Active Treatment Plan",
                        "Note": "",
                        "Signature": "",
                        "SigIsTopaz": 0,
                        "ResponsParty": 0,
                        "DocNum": 0,
                        "TPStatus": ACTIVE,
                        "SecUserNumEntry": self.users[0],
                        "SecDateEntry": day,
                        "UserNumPresenter": 0,
                        "TPType": 0,
                        "SignaturePractice": "",
                        "DateTSigned": "0001-01-01",
                        "DateTPracticeSigned": "0001-01-01",
                        "SignatureText": "",
                        "SignaturePracticeText": "",
                        "MobileAppDeviceNum": 0,
                        **self._stamp(day),
                    },
                )
            self.cur.execute(
                "SELECT ProcNum FROM procedurelog WHERE PatNum = %s AND ProcStatus = %s "
                "AND ProcNum NOT IN (SELECT ProcNum FROM treatplanattach WHERE TreatPlanNum = %s) "
                "ORDER BY ProcNum",
                (pat, TP, plan),
            )
            for (proc,) in self.cur.fetchall():
                self._insert(
                    "treatplanattach",
                    {
                        "TreatPlanAttachNum": self._id("treatplanattach", "TreatPlanAttachNum"),
                        "TreatPlanNum": plan,
                        "ProcNum": proc,
                        "Priority": 0,
                    },
                )


def present_treatment(
    cursor: Cursor, rng: random.Random, first: date, last: date, *, stamped: bool = True
) -> dict[str, int]:
    """Present most treatment planned from ``first`` to ``last``; return rows inserted by table.

    Two in three patient visits' planned procedures are presented as a saved plan; every
    patient presented gets an active plan listing what is still planned.
    """
    plans = _Plans(cursor, rng, stamped=stamped)
    presented: list[int] = []
    for (pat, day), procs in plans.planned(first, last).items():
        if plans.rng.random() < 2 / 3:
            plans.present(pat, day, procs, last)
            presented.append(pat)
    plans.attach(sorted(set(presented)), last)
    return dict(plans.counts)
