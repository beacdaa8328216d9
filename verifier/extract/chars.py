"""Character-level helpers the extractors share: offsets into their results are offsets
into the text they were given."""

from __future__ import annotations

import re
from typing import Callable, Final, Iterator

_A_TO_Z_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def is_word_char(c: str) -> bool:
    """What the pattern \\w matches."""
    return c.isalnum() or c == "_"


def lower_same_length(text: str) -> str:
    """text.lower(), so that offsets into one are offsets into the other; the rare character
    whose lower case is longer ("İ") is kept as it is."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def a_to_z_only(text: str) -> str:
    """`text` with every character but a-z blanked: its words of plain lower-case letters are
    then a split away (a byte translation, far cheaper than a pattern)."""
    return text.encode("ascii", "replace").translate(_A_TO_Z_ONLY).decode("ascii")


def positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets in text[start:end] of every character that is one of `chars`: a
    str.find loop per character, several times quicker than a pattern's finditer."""
    end = len(text) if end is None else end
    found = []
    for c in chars:
        at = text.find(c, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(c, at + 1, end)
    found.sort()
    return found


def mark_table(first: Callable[[str], bool]) -> bytes:
    """A bytes.translate table for finditer_marked: '!' for the ASCII characters `first`
    accepts, for '?' and for every byte beyond ASCII; ' ' for the rest."""
    return bytes(33 if c == 63 or c > 127 or first(chr(c)) else 32 for c in range(256))


def finditer_marked(pattern: re.Pattern, text: str, table: bytes, start: int = 0
                    ) -> Iterator[re.Match]:
    """pattern.finditer(text, start), for a pattern that never matches empty and whose
    matches start only on a character `table` (from mark_table) marks. A rare pattern is then
    tried only where it may start, found with bytes.find (a memchr) in a translated copy,
    instead of the regex engine trying every position (about 30 ns a character in CPython's).

    The copy is made with encode's "replace", one '?' per character beyond ASCII, so offsets
    stay the same; the table marks those '?' too: a mark is a place to try, never a match."""
    marks = text.encode("ascii", "replace").translate(table)
    at = marks.find(b"!", start)
    while at >= 0:
        m = pattern.match(text, at)
        if m:
            yield m
            at = m.end()
        else:
            at += 1
        at = marks.find(b"!", at)
