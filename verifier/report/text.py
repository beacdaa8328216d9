"""One line per finding, `path:line:col: severity [rule] message`, for terminals and editors."""


def render(report) -> str:
    lines = [f"{f.source}:{f.line}:{f.col}: {f.severity} [{f.rule}] {f.message}"
             for f in report.findings if not f.suppressed]
    s = report.summary
    lines.append(f"{len(report.sources)} sources, {len(report.claims)} claims: "
                 f"{s['error']} errors, {s['warning']} warnings, {s['info']} info")
    return "\n".join(lines) + "\n"
