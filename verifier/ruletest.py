"""Rule tests: fixtures beside a rule say where it must and must not fire.

For a rule file `rules/<id>.yaml`:

- `rules/<id>.fixtures/` holds articles (several for cross-article rules) annotated with HTML
  comments on the line before a claim: `<!-- expect: rule-id -->` (a finding of the rule on
  the next line), `<!-- ok: rule-id -->` (none there), `<!-- todo-expect: rule-id -->` (a
  known gap: reported, not failing). A finding of the rule on a line no annotation names is a
  false positive. Annotations are HTML comments, which are never read as article text.
- `rules/<id>.cases.yaml` holds many small variations, each one article of one line (given
  after `expect:`, `ok:` or `todo-expect:`) or several annotated articles (`articles:`);
  `as_of:` sets the date deadlines are judged against, for a case or for the file;
  `ledger:` gives a case claims ledger entries (as in claims/*.yaml).

    as_of: 2026-11-22
    cases:
      - expect: Harbor Labs has 400 staff.
      - ok: Harbor Labs has 400 staff, according to its annual report.

`verifier rules test [DIR]` runs them; tests/test_rule_fixtures.py runs the same cases in
pytest, one test id each.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from . import load, yamlfile
from .errors import VerifierError

_ANNOTATION = re.compile(r"<!--\s*(expect|ok|todo-expect):\s*([\w-]+)\s*-->")
KINDS = ("expect", "ok", "todo-expect")
ONE_LINE = "case.md"  # the article a one-line case is checked as


@dataclass
class Case:
    """Articles, and what the rule must do on their lines: (source, line, kind)."""

    name: str  # where it is written, for messages and test ids: "path:line"
    rule: str
    articles: dict[str, str]
    marks: list[tuple[str, int, str]]
    as_of: date
    ledger: list | None = None  # claims ledger entries the case is checked against


@dataclass
class Result:
    rule: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    todo: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def marks_of(name: str, text: str, rule: str) -> list[tuple[str, int, str]]:
    """(source, line, kind) of the annotations naming `rule`: each applies to the next line
    that is neither blank nor an annotation."""
    lines = text.split("\n")
    marks = []
    for i, line in enumerate(lines):
        for kind, rid in _ANNOTATION.findall(line):
            if rid != rule:
                continue
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or _ANNOTATION.fullmatch(
                    lines[j].strip())):
                j += 1
            marks.append((name, j + 1, kind))
    return marks


def collect(rule_file: Path, rule_id: str) -> list[Case]:
    """The cases of one rule: its fixture folder and its cases file, if any."""
    cases = []
    folder = rule_file.with_suffix(".fixtures")
    if folder.is_dir():
        articles = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())
                    if p.is_file() and p.suffix.lower() in load.SUFFIXES}
        marks = [m for name, text in articles.items() for m in marks_of(name, text, rule_id)]
        cases.append(Case(str(folder), rule_id, articles, marks, date.today()))
    for suffix in (".cases.yaml", ".cases.yml"):
        cases_file = rule_file.with_name(rule_file.stem + suffix)
        if cases_file.is_file():
            cases += _cases_file(cases_file, rule_id)
    return cases


def _cases_file(path: Path, rule_id: str) -> list[Case]:
    doc = yamlfile.read(str(path))
    data = doc.data or {}
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise VerifierError("expected `cases:` (a list), and optionally `as_of:`", str(path), 1)
    default = _as_of(data.get("as_of"), path, doc.line_of(("as_of",)))
    out = []
    for i, item in enumerate(data["cases"]):
        line = doc.line_of(("cases", i)) or 1
        name = f"{path}:{line}"
        if not isinstance(item, dict):
            raise VerifierError("a case is `expect: TEXT`, `ok: TEXT`, `todo-expect: TEXT` or "
                                "`articles: {name: TEXT}`", str(path), line)
        unknown = set(item) - {*KINDS, "articles", "as_of", "ledger"}
        given = [k for k in (*KINDS, "articles") if k in item]
        if unknown or len(given) != 1:
            raise VerifierError(f"a case takes one of {', '.join([*KINDS, 'articles'])} (and "
                                f"as_of, ledger); got {', '.join(sorted(item))}", str(path),
                                line)
        as_of = _as_of(item.get("as_of"), path, line) if "as_of" in item else default
        kind = given[0]
        if kind == "articles":
            articles = {str(k): str(v) for k, v in (item["articles"] or {}).items()}
            marks = [m for n, t in articles.items() for m in marks_of(n, t, rule_id)]
        else:
            articles = {ONE_LINE: f"# Case\n\n{item[kind]}\n"}
            marks = [(ONE_LINE, 3, kind)]
        out.append(Case(name, rule_id, articles, marks, as_of, item.get("ledger")))
    return out


def _as_of(value, path: Path, line: int | None) -> date:
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    raise VerifierError(f"as_of: expected YYYY-MM-DD; got {value!r}", str(path), line)


def run_case(case: Case, rule_dirs: list[str] = (), result: Result | None = None) -> Result:
    """Check a case's articles and compare the rule's findings with its annotations."""
    from .api import check_texts

    result = result or Result(case.rule)
    with tempfile.TemporaryDirectory() as ledger:
        if case.ledger:
            (Path(ledger) / "ledger.yaml").write_text(yaml.safe_dump(case.ledger),
                                                      encoding="utf-8")
        report = check_texts(case.articles, as_of=case.as_of, rules=list(rule_dirs),
                             claims=ledger if case.ledger else None)
    found = {(f.source, f.line) for f in report.findings if f.rule == case.rule}
    marked = set()
    for source, line, kind in case.marks:
        marked.add((source, line))
        hit = (source, line) in found
        # a one-line case is named by its line in the cases file; else say which article
        where = case.name if source == ONE_LINE else f"{case.name} ({source}:{line})"
        if kind == "expect":
            result.tp += hit
            result.fn += not hit
            if not hit:
                result.problems.append(f"{where}: expected {case.rule}, found none")
        elif kind == "ok":
            result.fp += hit
            result.tn += not hit
            if hit:
                result.problems.append(f"{where}: {case.rule} fired, marked ok")
        else:
            result.todo += 1
    for source, line in sorted(found - marked):
        result.fp += 1
        result.problems.append(f"{case.name} ({source}:{line}): {case.rule} fired on a line "
                               f"with no annotation")
    return result


def rule_files(dirs: list[str]) -> list[tuple[Path, str]]:
    """(rule file, rule id) for the built-in rules and each folder's, a later id overriding."""
    from . import rulebook

    found: dict[str, Path] = {}
    for folder in [rulebook.BUILTIN_DIR, *map(Path, dirs)]:
        for path in sorted(folder.glob("*.y*ml")):
            if path.suffix in (".yaml", ".yml") and not path.name.endswith(
                    rulebook.CASES_SUFFIXES):
                found[rulebook.load_rule(path).id] = path
    return [(path, rid) for rid, path in found.items()]


def run_all(dirs: list[str]) -> list[Result]:
    results = []
    for path, rid in rule_files(dirs):
        result = Result(rid)
        for case in collect(path, rid):
            run_case(case, dirs, result)
        results.append(result)
    return results
