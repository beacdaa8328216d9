"""Direct quotes and who said them.

Speaker patterns: "X said", "said X", "according to X", a colon after a sentence naming X;
titles are stripped ("CEO Arthur Mensch" is Arthur Mensch) and "he said" goes to the most
recent person named. Quotes of fewer than three words are scare quotes, not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_WORDS = 3
_QUOTE = re.compile(r"“(?P<a>[^”]+)”|\"(?P<b>[^\"\n]+)\"|‘(?P<c>[^’\n]+)’|(?<![\w’'])'(?P<d>[^'\n]+?)'(?!\w)")
_TITLES = set("""ceo cfo cto coo chief executive officer scientist president vice chairman
    chairwoman chair director founder co-founder cofounder minister secretary spokesperson
    spokesman spokeswoman head analyst professor prof dr mr mrs ms senator governor mayor
    general manager editor economist researcher deputy senior lead partner""".split())
_SAY = (r"(?:said|says|told|explained|explains|noted|notes|added|adds|warned|warns|wrote|"
        r"writes|admitted|stated|argued|argues|insisted|recalled|observed|observes|asked|"
        r"continued|remarked|replied|announced|declared|claimed|commented)")
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a soft line wrap inside a paragraph
_NAME = rf"[A-Z][\w’'&-]*(?:{_SP}(?:de{_SP}|von{_SP}|van{_SP})?[A-Z][\w’'&-]*){{0,5}}"
_AFTER = re.compile(rf"^[,.!?]*{_SP}?(?:{_SAY}{_SP}(?P<a>{_NAME})|(?P<b>{_NAME}|he|she|they)"
                    rf"{_SP}{_SAY})")
_AFTER_ORG = re.compile(rf"^[,.!?]*[ \t]*(?:the[ \t]+(?P<o>[a-z]+(?:[ \t][a-z]+)?)[ \t]+{_SAY}"
                        rf"|{_SAY}[ \t]+the[ \t]+(?P<p>[a-z]+))")
_BEFORE = re.compile(rf"(?:[Aa]ccording to (?P<a>{_NAME})|(?P<b>{_NAME})[ \t]+{_SAY}(?:[ \t]+that)?)"
                     rf"[,:]?[ \t]*$")
_SAYS_IN = re.compile(rf"(?P<n>{_NAME})[ \t]+{_SAY}\b")
_COLON_SUBJECT = re.compile(rf"^\W*(?P<n>{_NAME})")
_PERSON = re.compile(r"\b[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+)+\b")


@dataclass
class QuoteMention:
    start: int
    end: int
    words: str
    speaker: str | None


def clean_name(name: str | None) -> str | None:
    """'Mistral AI CEO Arthur Mensch' -> 'Arthur Mensch'; titles and employers dropped."""
    if not name:
        return None
    tokens = name.replace("\n", " ").split()
    last_title = max((i for i, t in enumerate(tokens) if t.lower().strip(".,") in _TITLES),
                     default=-1)
    tokens = tokens[last_title + 1:]
    name = " ".join(tokens).strip(" ,.")
    return name or None


def scan(text: str, start: int, end: int, people: list[str]) -> list[QuoteMention]:
    """Quotes in text[start:end] (a block); `people` is the running list of names seen."""
    found = []
    for m in _QUOTE.finditer(text, start, end):
        words = next(g for g in m.groups() if g is not None).strip().rstrip(",")
        if len(words.split()) < MIN_WORDS:
            continue
        speaker = _speaker(text, m.start(), m.end(), start, end, people)
        if speaker:
            people.append(speaker)
        found.append(QuoteMention(m.start(), m.end(), words, speaker))
    return found


def _speaker(text: str, qs: int, qe: int, start: int, end: int, people: list[str]) -> str | None:
    after = text[qe:min(end, qe + 120)]
    m = _AFTER.match(after)
    if m:
        name = m.group("a") or m.group("b")
        if name in ("he", "she", "they"):
            return people[-1] if people else None
        return clean_name(name)
    m = _AFTER_ORG.match(after)
    if m:
        return "the " + (m.group("o") or m.group("p"))
    before = text[max(start, qs - 160):qs]
    m = _BEFORE.search(before)
    if m:
        return clean_name(m.group("a") or m.group("b"))
    sentence_start = max(before.rfind(". "), before.rfind("\n")) + 1
    m = None
    for m in _SAYS_IN.finditer(before, sentence_start):
        pass
    if m:  # "Mensch warned that Europe ... an 'American AI vassal state'"
        return clean_name(m.group("n"))
    if before.rstrip().endswith(":"):
        # "NVIDIA CEO Jensen Huang called the partnership crucial: "..."" names the subject first
        m = _COLON_SUBJECT.match(before[sentence_start:])
        if m:
            return clean_name(m.group("n"))
    return None
