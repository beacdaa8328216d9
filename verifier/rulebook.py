"""Load rules: the built-in pack, then workspace rule folders; a later rule with the same
id overrides an earlier one. Every error names the file, the line and what would be valid."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from . import yamlfile
from .errors import VerifierError
from .rulespec import CHECK_NAMES, SPECS, AnyRule

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
    return yamlfile.validate(SPECS[check], doc.data, doc, str(path))


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


def configure(rules: dict[str, AnyRule], cfg, other_ids: tuple = ()) -> dict[str, AnyRule]:
    """The rules a config leaves on (`enable`, `disable`), with its `options` validated
    against each rule's spec. Every rule id the config names must exist (`other_ids`: the
    ids of the findings the tool itself makes, which severity and disable may name too)."""
    path, doc = cfg._where or ("config", None)

    def fail(message: str, *loc) -> None:
        raise VerifierError(message, path, doc.line_of(loc) if doc else None)

    ids = {*rules, *other_ids}
    known = ", ".join(sorted(ids))
    for key in ("enable", "disable"):
        for i, rid in enumerate(getattr(cfg, key)):
            if rid not in ids:
                fail(f"{key}: no rule {rid!r}; known: {known}", key, i)
    for key in ("severity", "options"):
        for rid in getattr(cfg, key):
            if rid not in (ids if key == "severity" else rules):
                fail(f"{key}.{rid}: no rule {rid!r}; known: {known}", key, rid)
    out = {}
    for rid, rule in rules.items():
        if (cfg.enable and rid not in cfg.enable) or rid in cfg.disable:
            continue
        changes = dict(cfg.options.get(rid, {}))
        if changes:
            if "severity" in changes:
                fail(f"options.{rid}.severity: set it under severity:", "options", rid,
                     "severity")
            spec = SPECS[rule.check]
            settable = set(spec.model_fields) - {"id", "check", "severity"}
            unknown = sorted(set(changes) - settable)
            if unknown:
                fail(f"options.{rid}.{unknown[0]}: not an option of {rule.check} rules; "
                     f"valid: {', '.join(sorted(settable))}", "options", rid, unknown[0])
            try:
                rule = spec.model_validate({**rule.model_dump(), **changes})
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                fail(f"options.{rid}.{where}: {err['msg']}", "options", rid, *err["loc"])
        out[rid] = rule
    return out
