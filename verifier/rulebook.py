"""Load rules: the built-in pack, then workspace rule folders; a later rule with the same
id overrides an earlier one. Every error names the file, the line and what would be valid."""

from __future__ import annotations

from pathlib import Path

from . import yamlfile
from .errors import VerifierError
from .rulespec import CHECK_NAMES, AnyRule

BUILTIN_DIR = Path(__file__).parent / "rules"
CASES_SUFFIXES = (".cases.yaml", ".cases.yml")  # a rule's test cases, beside it (ruletest)


def load_rule(path: Path) -> AnyRule:
    doc = yamlfile.read(str(path))
    if not isinstance(doc.data, dict):
        raise VerifierError("a rule file holds one mapping of keys (id, check, ...)", str(path), 1)
    check = doc.data.get("check")
    if check not in CHECK_NAMES:
        raise VerifierError(f"check: expected one of {', '.join(CHECK_NAMES)}; got {check!r}",
                            str(path), doc.line_of(("check",)) or 1)
    return yamlfile.validate(AnyRule, doc.data, doc, str(path), hide=CHECK_NAMES)


def load_dir(folder: Path) -> list[AnyRule]:
    if not folder.is_dir():
        raise VerifierError("rules folder not found", str(folder))
    return [load_rule(p) for p in sorted(folder.glob("*.y*ml"))
            if p.suffix in (".yaml", ".yml") and not p.name.endswith(CASES_SUFFIXES)]


def load_rules(dirs: list[str | Path]) -> dict[str, AnyRule]:
    """Built-in rules first, then each folder in order; the same id overrides."""
    rules: dict[str, AnyRule] = {}
    for folder in [BUILTIN_DIR, *map(Path, dirs)]:
        for rule in load_dir(folder):
            rules[rule.id] = rule
    return rules
