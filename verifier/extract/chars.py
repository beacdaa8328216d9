"""Character-level helpers the extractors share: offsets into their results are offsets
into the text they were given."""

from __future__ import annotations

_A_TO_Z_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


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
