"""Absolute dates at their precision: "2024", "May 2025", "11 June 2025", "2025-06-11"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DATE = re.compile(
    rf"\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b"
    rf"|\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{_MON}),?[ \t]+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{_MON})[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,[ \t]*(?P<y2>\d{{4}})\b"
    rf"|\b(?P<m3>{_MON}),?[ \t]+(?P<y3>\d{{4}})\b"
    rf"|(?<![\w$€£¥.,-])(?P<y4>1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|[ \t]*(?:%|percent|per cent)|-\d)")
# A capitalised word right before a bare year makes it part of a name: "France 2030", "VivaTech 2025"
_NAME_BEFORE = re.compile(r"\b([A-Z][\w’'&-]*)[ \t]+$")
_NOT_NAMES = {"In", "By", "Since", "Until", "From", "Before", "After", "Through", "During", "Of",
              "For", "And", "Or", "To", "Between", "Early", "Late", "Mid", "End", "Summer",
              "Winter", "Spring", "Autumn", "Fall", "The", "Around", "About"}


@dataclass
class DateMention:
    start: int
    end: int
    value: date
    precision: str


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def scan(text: str, start: int, end: int) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Dates in text[start:end], and the years skipped as parts of names."""
    found, names = [], []
    for m in _DATE.finditer(text, start, end):
        g = m.groupdict()
        try:
            if g["iy"]:
                found.append(DateMention(m.start(), m.end(), date(int(g["iy"]), int(g["im"]),
                                                                  int(g["id"])), "day"))
            elif g["y1"]:
                found.append(DateMention(m.start(), m.end(), date(int(g["y1"]), _month(g["m1"]),
                                                                  int(g["d1"])), "day"))
            elif g["y2"]:
                found.append(DateMention(m.start(), m.end(), date(int(g["y2"]), _month(g["m2"]),
                                                                  int(g["d2"])), "day"))
            elif g["y3"]:
                found.append(DateMention(m.start(), m.end(), date(int(g["y3"]), _month(g["m3"]), 1),
                                         "month"))
            else:
                name = _NAME_BEFORE.search(text, max(start, m.start() - 40), m.start())
                if name and name.group(1) not in _NOT_NAMES and name.group(1).rstrip(".").lower() not in MONTHS:
                    names.append((m.start(), m.end()))
                    continue
                found.append(DateMention(m.start(), m.end(), date(int(g["y4"]), 1, 1), "year"))
        except (ValueError, KeyError):
            continue
    return found, names
