"""Load articles from disk or memory into Source records.

A file that cannot be read or parsed never stops the run: it becomes a Problem, which the
engine reports as an error finding naming the file, and the other files go on.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import htmltext, yamlfile
from .errors import VerifierError
from .records import Source

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text",
            ".html": "html", ".htm": "html"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_MD_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)
_MONTHS = ("january february march april may june july august september october "
           "november december").split()
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline: a full date near the top of the article, alone or after "Published", "Updated"...
_DATELINE = re.compile(
    rf"\b(?:(\d{{4}})-(\d{{2}})-(\d{{2}})"
    rf"|(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})"
    rf"|({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}}))\b")
DATELINE_WINDOW = 400
# Every dateline has a four-digit year, and either the dash of an ISO date or a month's first
# three letters, as written (the pattern ignores no case): tests that rule out most texts.
# In ASCII text (most) \d is [0-9]: digits turned to "0" by bytes.translate, four in a row
# are found by a substring test, both in C; a regex tests each character in the regex engine,
# and Python's category of digits is slow to test.
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")
# Where a dateline may start: a digit or a month's capital, opening a word (what \b asks of
# a word character). The dateline pattern, starting with \b, would be tried at every
# character; these start with a set of characters, which the regex engine skips to in C.
_DATELINE_STARTS = {True: re.compile(r"[0-9ADFJMNOS](?<!\w.)"),  # for ASCII text
                    False: re.compile(r"[\dADFJMNOS](?<!\w.)")}


@dataclass
class Problem:
    """A source that could not be (fully) loaded."""

    path: str
    message: str
    line: int | None = None


def collect(paths: list[str]) -> list[str]:
    """Expand folders into article files, sorted; a missing path is a usage error."""
    files: list[str] = []
    for given in paths:
        if os.path.isdir(given):
            for root, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names)
                             if Path(n).suffix.lower() in SUFFIXES)
        elif os.path.isfile(given):
            files.append(given)
        else:
            raise VerifierError("no such file or folder", given)
    return sorted(dict.fromkeys(os.path.normpath(f) for f in files))


def load_file(path: str) -> tuple[Source | None, list[Problem]]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return None, [Problem(path, f"cannot read: {exc.strerror or exc}")]
    if b"\x00" in raw[:8192]:
        return None, [Problem(path, "binary file, not an article")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(path, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", line)]
    return load_text(path, text)


def load_text(name: str, text: str, fmt: str | None = None) -> tuple[Source, list[Problem]]:
    """Build a Source from text; the format comes from the name's suffix (default Markdown)."""
    fmt = fmt or SUFFIXES.get(_suffix(name).lower(), "markdown")
    if "\r" in text:  # a one-character search is much faster than replace's
        text = text.replace("\r\n", "\n")
    if fmt == "html":
        return _load_html(name, text)
    if fmt == "text":
        return _load_plain(name, text)
    return _load_markdown(name, text)


def _suffix(name: str) -> str:
    """Path(name).suffix, without building a Path (a tenth of the time of loading an
    article) when the name is plainly a file name after its last slash."""
    base = name.rpartition("/")[2]
    if base in ("", ".") or "\\" in base:  # Path normalises these: leave it to Path
        return Path(name).suffix
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def _load_markdown(name: str, text: str) -> tuple[Source, list[Problem]]:
    problems: list[Problem] = []
    meta: dict = {}
    body_start = 0
    m = _FRONT_MATTER.match(text)
    if m:
        body_start = m.end()
        try:
            data = yamlfile.parse(m.group(1), name, line_offset=1).data
        except VerifierError as exc:
            problems.append(Problem(name, f"broken front matter: {exc.detail}", exc.line))
            data = {}
        if data is None:
            data = {}
        if not isinstance(data, dict):
            problems.append(Problem(name, "broken front matter: expected key: value pairs", 2))
            data = {}
        meta = data
    title = meta.get("title")
    if not title:
        h = _MD_TITLE.search(text, body_start)
        title = h.group(1) if h else Path(name).stem
    source = Source(id=name, path=name, format="markdown", text=text, body_start=body_start,
                    title=str(title), url=_str(meta.get("url")), author=_str(meta.get("author")),
                    meta={k: v for k, v in meta.items()
                          if k not in ("title", "date", "url", "author")})
    if "date" in meta:
        published = _as_date(meta["date"])
        if published is None:
            line = text[: m.start(1) + m.group(1).find("date:")].count("\n") + 1
            problems.append(Problem(name, f"front matter date: expected YYYY-MM-DD; got "
                                          f"{meta['date']!r}", line))
        else:
            source.published, source.published_from = published, "front_matter"
    _infer_published(source)
    return source, problems


def _load_plain(name: str, text: str) -> tuple[Source, list[Problem]]:
    body = text.lstrip("\ufeff")
    end = body.find("\n")  # not split(): that would copy the rest of the article
    first = (body if end < 0 else body[:end]).strip()
    source = Source(id=name, path=name, format="text", text=text,
                    title=first or Path(name).stem)
    _infer_published(source)
    return source, []


def _load_html(name: str, raw: str) -> tuple[Source, list[Problem]]:
    page = htmltext.extract(raw)
    source = Source(id=name, path=name, format="html", text=page.text, origins=page.origins,
                    title=page.title or Path(name).stem, url=page.canonical,
                    meta={"links": page.links})
    if page.published and (published := _as_date(page.published[:10])):
        source.published, source.published_from = published, "metadata"
    _infer_published(source)
    return source, []


def _infer_published(source: Source) -> None:
    """Take a full date from the first lines as the publication date, when none was given."""
    if source.published is not None:
        return
    m = _dateline(source.text[source.body_start: source.body_start + DATELINE_WINDOW])
    if not m:
        return
    g = m.groups()
    try:
        if g[0]:
            found = date(int(g[0]), int(g[1]), int(g[2]))
        elif g[3]:
            found = date(int(g[5]), _month(g[4]), int(g[3]))
        else:
            found = date(int(g[8]), _month(g[6]), int(g[7]))
    except ValueError:
        return
    source.published, source.published_from = found, "text"


def _dateline(head: str) -> re.Match | None:
    """The first match of _DATELINE in `head`, tried only where one may start."""
    ascii_only = head.isascii()
    has_year = (b"0000" in head.encode().translate(_DIGITS_AS_ZERO) if ascii_only
                else _FOUR_DIGITS.search(head))
    if not has_year or "-" not in head and not any(month in head for month in _MONTH_STARTS):
        return None
    for start in _DATELINE_STARTS[ascii_only].finditer(head):
        m = _DATELINE.match(head, start.start())
        if m:
            return m
    return None


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(word[:3]))


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _str(value: object) -> str | None:
    return None if value is None else str(value)
