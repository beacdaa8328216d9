"""Render a Report: Markdown for review, JSON (the contract), SARIF 2.1.0, one-line text."""

from . import markdown, sarif, text


def render(report, fmt: str) -> str:
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    return {"markdown": markdown.render, "sarif": sarif.render, "text": text.render}[fmt](report)
