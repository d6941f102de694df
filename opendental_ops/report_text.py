"""The run report as a plain-text summary: the run, its pairs, its tables, its checks."""

from __future__ import annotations

import typing as t


def columns(headers: list[str], rows: list[list[str]], right: t.Container[int] = ()) -> list[str]:
    """Lay rows out in columns as wide as their widest cell (``right``: right-aligned columns)."""
    widths = [
        max([len(header)] + [len(row[i]) for row in rows]) for i, header in enumerate(headers)
    ]
    return [
        "  ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in [headers, *rows]
    ]


def _number(value: t.Any, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def _hop_lines(hop: dict[str, t.Any]) -> list[str]:
    """A pair's line, then its last errors."""
    return [
        f"{hop['extractor']} -> {hop['loader']}: {hop['state']}, "
        f"{_number(hop['duration_seconds'], 1)} s, {_number(hop['rows_extracted'])} rows "
        f"extracted, {_number(hop['rows_loaded'])} loaded, {_number(hop['keys_sent'])} keys "
        "sent to retire deleted rows",
        *(f"    {error}" for error in hop["errors"][-3:]),
    ]


def _practices(report: dict[str, t.Any]) -> list[str]:
    """A group's practices, one line each, then each further practice's pairs and tables."""
    practices = report.get("practices") or []
    if len(practices) < 2:  # a single practice: the report is all about it
        return []
    rows = [
        [
            practice["id"],
            practice["job"],
            practice["status"],
            str(practice["totals"]["tables"]),
            _number(practice["totals"]["rows_extracted"]),
            _number(practice["totals"]["rows_loaded"]),
            _number(practice["duration_seconds"], 1),
        ]
        for practice in practices
    ]
    headers = ["practice", "job", "status", "tables", "extracted", "loaded", "seconds"]
    lines = [*columns(headers, rows, right=(3, 4, 5, 6)), ""]
    for practice in practices[1:]:
        lines.append(f"practice {practice['id']} ({practice['job']}): {practice['status']}")
        for hop in practice["hops"]:
            lines += [f"  {line}" for line in _hop_lines(hop)]
        tables = [
            [
                table["table"],
                _number(table["rows_extracted"]),
                _number(table["rows_loaded"]),
                f"{table['seconds']:.1f}",
                table["status"],
            ]
            for table in practice["tables"]
        ]
        if tables:
            headers = ["table", "extracted", "loaded", "seconds", "result"]
            lines += [f"  {line}" for line in columns(headers, tables, right=(1, 2, 3))]
        lines.append("")
    lines.append("practice main (the tables below):")
    return lines


def render_text(report: dict[str, t.Any]) -> str:
    """The report as a plain-text summary."""
    totals = report["totals"]
    lines = [
        f"OpenDental pipeline: job {report['job']} ({report['environment']}) "
        f"{report['status'].upper()}",
        f"run {report['run_id']}  started {report['started_at']}  "
        f"took {_number(report['duration_seconds'], 1)} s",
        f"{totals['tables']} tables, {_number(totals['rows_extracted'])} rows extracted, "
        f"{_number(totals['rows_loaded'])} rows loaded, "
        f"{_number(totals['rows_per_second'])} rows/s",
        "",
    ]
    for hop in report["hops"]:
        lines += _hop_lines(hop)
    lines += _practices(report)
    rows = [
        [
            table["table"],
            _number(table["rows_extracted"]),
            _number(table["rows_loaded"]),
            f"{table['seconds']:.1f}",
            _number(table["rows_per_second"]),
            table["status"],
        ]
        for table in report["tables"]
    ]
    headers = ["table", "extracted", "loaded", "seconds", "rows/s", "result"]
    lines += ["", *columns(headers, rows, right=(1, 2, 3, 4))]
    lines.append("")
    verification = report["verification"]
    if verification:
        lines.append(
            f"verification: {verification['agree']} of {verification['tables']} tables agree"
            + ("" if verification["current"] else " (stale: older than the run)")
        )
        lines += [f"    {d['table']}: {'; '.join(d['problems'])}" for d in verification["differ"]]
    dbt = report["dbt"]
    if dbt:
        counts = ", ".join(f"{n} {status}" for status, n in sorted(dbt["counts"].items()))
        lines.append(
            f"dbt {dbt['command']}: {dbt['nodes']} nodes ({counts}) in "
            f"{_number(dbt['elapsed_seconds'], 1)} s"
            + ("" if dbt["current"] else " (stale: older than the run)")
        )
        lines += [f"    {f['status']} {f['node']}: {f['message']}" for f in dbt["failures"]]
    if report["problems"]:
        lines += ["", "problems:"] + [f"  - {problem}" for problem in report["problems"]]
    if report["warnings"]:
        lines += ["", "warnings:"] + [f"  - {warning}" for warning in report["warnings"]]
    return "\n".join(lines) + "\n"
