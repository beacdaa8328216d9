"""One line per finding, `path:line:col: severity [rule] message`, for terminals and editors."""


def render(report) -> str:
    lines = [f"{f.source}:{f.line}:{f.col}: {f.severity} [{f.rule}] {f.message}"
             for f in report.findings if not f.suppressed]
    s, held = report.summary, report.coverage.get("suppressed") or {}
    hidden = (f" ({held.get('inline', 0)} suppressed, {held.get('baseline', 0)} baselined)"
              if any(held.values()) else "")
    lines.append(f"{len(report.sources)} sources, {len(report.claims)} claims: "
                 f"{s['error']} errors, {s['warning']} warnings, {s['info']} info{hidden}")
    return "\n".join(lines) + "\n"
