"""The run report as one self-contained HTML page: no scripts, no external files, no network.

The chart is inline SVG: per table, a bar of the rows extracted and a bar of the seconds the
table took, the busiest tables first.
"""

from __future__ import annotations

import html
import typing as t

#: Tables shown in the chart (all of them are in the table below it).
CHART_TABLES = 60
_ROW = 18
_LABEL = 190
_BAR = 330
_GAP = 60

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: 2px 10px; text-align: right; }
th { border-bottom: 1px solid #999; } td:first-child, th:first-child { text-align: left; }
.success { color: #11713a; } .failure { color: #b3261e; } .muted { color: #777; }
.badge { padding: 2px 8px; border-radius: 4px; color: #fff; }
.badge.success { background: #11713a; } .badge.failure { background: #b3261e; }
"""


def _e(value: t.Any) -> str:
    return html.escape("-" if value is None else str(value))


def _n(value: t.Any, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def chart(tables: list[dict[str, t.Any]]) -> str:
    """An SVG bar chart of rows extracted and seconds per table."""
    shown = sorted(tables, key=lambda row: row["rows_extracted"] or 0, reverse=True)
    shown = shown[:CHART_TABLES]
    most_rows = max((row["rows_extracted"] or 0 for row in shown), default=0) or 1
    most_seconds = max((row["seconds"] or 0 for row in shown), default=0) or 1
    width = _LABEL + 2 * _BAR + 2 * _GAP
    height = _ROW * (len(shown) + 2)
    seconds_x = _LABEL + _BAR + _GAP
    parts = [
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="rows and seconds per table">',
        f'<text x="{_LABEL}" y="12" font-size="12" font-weight="bold">rows extracted</text>',
        f'<text x="{seconds_x}" y="12" font-size="12" font-weight="bold">seconds</text>',
    ]
    for index, row in enumerate(shown):
        y = _ROW * (index + 1) + 4
        rows = row["rows_extracted"] or 0
        seconds = row["seconds"] or 0
        rows_width = round(_BAR * rows / most_rows, 1)
        seconds_width = round(_BAR * seconds / most_seconds, 1)
        colour = "#4a78b5" if row["status"] == "succeeded" else "#b3261e"
        parts += [
            f'<text x="{_LABEL - 6}" y="{y + 11}" font-size="11" text-anchor="end">'
            f"{_e(row['table'])}</text>",
            f'<rect x="{_LABEL}" y="{y}" width="{rows_width}" height="{_ROW - 5}" '
            f'fill="{colour}"><title>{_e(row["table"])}: {_n(rows)} rows</title></rect>',
            f'<text x="{_LABEL + rows_width + 4}" y="{y + 11}" font-size="10">{_n(rows)}</text>',
            f'<rect x="{seconds_x}" y="{y}" width="{seconds_width}" height="{_ROW - 5}" '
            f'fill="#d08a2e"><title>{_e(row["table"])}: {seconds:.1f} s</title></rect>',
            f'<text x="{seconds_x + seconds_width + 4}" y="{y + 11}" font-size="10">'
            f"{seconds:.1f}</text>",
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(header)}</th>" for header in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _hops(report: dict[str, t.Any]) -> str:
    rows = [
        [
            f"{_e(hop['extractor'])} &rarr; {_e(hop['loader'])}",
            f'<span class="{"success" if hop["state"] == "SUCCESS" else "failure"}">'
            f"{_e(hop['state'])}</span>",
            _e(hop["started_at"]),
            _n(hop["duration_seconds"], 1),
            _n(hop["rows_extracted"]),
            _n(hop["rows_loaded"]),
            _n(hop["keys_sent"]),
        ]
        for hop in report["hops"]
    ]
    headers = ["pair", "state", "started", "seconds", "extracted", "loaded", "keys sent"]
    errors = "".join(
        f"<li><code>{_e(error)}</code></li>" for hop in report["hops"] for error in hop["errors"]
    )
    return _table(headers, rows) + (f"<ul>{errors}</ul>" if errors else "")


def _tables(report: dict[str, t.Any]) -> str:
    rows = [
        [
            _e(table["table"]),
            _n(table["rows_extracted"]),
            _n(table["rows_loaded"]),
            _n(table["keys_sent"]),
            f"{table['seconds']:.1f}",
            _n(table["rows_per_second"]),
            f'<span class="{"success" if table["status"] == "succeeded" else "failure"}">'
            f"{_e(table['status'])}</span>",
        ]
        for table in report["tables"]
    ]
    headers = ["table", "extracted", "loaded", "keys sent", "seconds", "rows/s", ""]
    return _table(headers, rows)


def _practices(report: dict[str, t.Any]) -> str:
    """A group's practices, one row each, then each further practice's pairs and tables."""
    practices = report.get("practices") or []
    if len(practices) < 2:  # a single practice: the report is all about it
        return ""
    rows = [
        [
            _e(practice["id"]),
            _e(practice["job"]),
            f'<span class="{"success" if practice["status"] == "success" else "failure"}">'
            f"{_e(practice['status'])}</span>",
            _n(practice["totals"]["tables"]),
            _n(practice["totals"]["rows_extracted"]),
            _n(practice["totals"]["rows_loaded"]),
            _n(practice["duration_seconds"], 1),
        ]
        for practice in practices
    ]
    headers = ["practice", "job", "status", "tables", "extracted", "loaded", "seconds"]
    parts = ["<h2>Practices</h2>", _table(headers, rows)]
    for practice in practices[1:]:
        parts += [
            f"<h3>Practice {_e(practice['id'])}</h3>",
            _hops(practice),
            _tables(practice),
        ]
    parts.append("<h3>Practice main</h3>")
    return "\n".join(parts)


def _checks(report: dict[str, t.Any]) -> str:
    parts = []
    verification = report["verification"]
    if verification:
        stale = "" if verification["current"] else ' <span class="muted">(stale)</span>'
        parts.append(
            f"<p>Verification: {verification['agree']} of {verification['tables']} tables agree"
            f"{stale}</p>"
        )
        parts += [
            f'<p class="failure">{_e(d["table"])}: {_e("; ".join(d["problems"]))}</p>'
            for d in verification["differ"]
        ]
    else:
        parts.append('<p class="muted">No verification results.</p>')
    dbt = report["dbt"]
    if dbt:
        counts = ", ".join(f"{n} {status}" for status, n in sorted(dbt["counts"].items()))
        stale = "" if dbt["current"] else ' <span class="muted">(stale)</span>'
        parts.append(f"<p>dbt {_e(dbt['command'])}: {dbt['nodes']} nodes ({_e(counts)}){stale}</p>")
        parts += [
            f'<p class="failure">{_e(f["status"])} {_e(f["node"])}: {_e(f["message"])}</p>'
            for f in dbt["failures"]
        ]
    else:
        parts.append('<p class="muted">No dbt results.</p>')
    return "\n".join(parts)


def render_html(report: dict[str, t.Any]) -> str:
    """The whole report as an HTML page."""
    status = report["status"]
    totals = report["totals"]
    notes = "".join(f"<li>{_e(problem)}</li>" for problem in report["problems"])
    warnings = "".join(f"<li>{_e(warning)}</li>" for warning in report["warnings"])
    title = f"OpenDental pipeline: {report['job']} {report['started_at'] or ''}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>
<style>{_STYLE}</style></head><body>
<h1>{_e(title)} <span class="badge {status}">{_e(status)}</span></h1>
<p>Environment {_e(report["environment"])}, run {_e(report["run_id"])},
took {_n(report["duration_seconds"], 1)} s: {totals["tables"]} tables,
{_n(totals["rows_extracted"])} rows extracted, {_n(totals["rows_loaded"])} loaded,
{_n(totals["rows_per_second"])} rows/s.</p>
{f'<h2>Problems</h2><ul class="failure">{notes}</ul>' if notes else ""}
{f'<h2>Warnings</h2><ul class="muted">{warnings}</ul>' if warnings else ""}
{_practices(report)}
<h2>Extract-load pairs</h2>
{_hops(report)}
<h2>Rows and seconds per table</h2>
{chart(report["tables"])}
<h2>Tables</h2>
{_tables(report)}
<h2>Checks</h2>
{_checks(report)}
<p class="muted">Generated {_e(report["generated_at"])}.</p>
</body></html>
"""
