"""SARIF 2.1.0, for code-scanning dashboards."""

import json

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report) -> str:
    rules = sorted({f.rule for f in report.findings})
    results = [{
        "ruleId": f.rule, "level": _LEVEL[f.severity], "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": f.source},
            "region": {"startLine": f.line, "startColumn": f.col, "snippet": {"text": f.text}}}}],
        "relatedLocations": [{"physicalLocation": {
            "artifactLocation": {"uri": r.source},
            "region": {"startLine": r.line, "startColumn": r.col}}} for r in f.related],
        "partialFingerprints": {"verifier/v1": f.fingerprint},
        **({"suppressions": [{"kind": "inSource"}]} if f.suppressed else {}),
    } for f in report.findings]
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "verifier", "rules": [{"id": r} for r in rules]}},
                     "results": results}]}
    return json.dumps(doc, indent=2) + "\n"
