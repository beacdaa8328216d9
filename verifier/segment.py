"""Split a source into blocks and sentences, find what sources them, and set aside what is
not article text (front matter, comments, reference lists, boilerplate)."""

from __future__ import annotations

import os
import re
import string
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Final

from .records import Citation, Source, Span
from .trusted import record, span


@dataclass(slots=True)  # a few per paragraph: slots make them quicker to build
class Sentence:
    start: int
    end: int
    heading: bool = False
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Segments:
    source: Source
    sentences: list[Sentence]
    skipped: list[tuple[int, int, str]]  # regions that are not article text, with why
    footnotes: dict[str, str]
    _starts: list[int] = field(default_factory=list, repr=False)

    def sentence_at(self, offset: int) -> Sentence | None:
        if len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def literal_alternation(words: list[str]) -> str:
    """A regex matching any of `words`, as a trie ("sa(?:id|ys)"): at each position the
    engine tests one branch per distinct first character instead of every word, which makes
    scans for many literal words several times faster. A word that is a prefix of another
    ("estimates", "estimates from") is tried after the longer one."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    parts = []
    for head, tails in sorted(heads.items()):
        rest = [t for t in tails if t]
        sub = (f"(?:{literal_alternation(rest)})" + ("?" if len(rest) < len(tails) else "")
               if rest else "")
        parts.append(re.escape(head) + sub)
    return "|".join(parts)


# --- regions that are not article text -------------------------------------------------

_COMMENT: Final = re.compile(r"<!--.*?-->", re.S)
_FENCE: Final = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.S | re.M)
_FOOTNOTE_DEF: Final = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.+)$", re.M)
_NUMBERED: Final = re.compile(r"^[ \t]*\[?(\d{1,3})[.)\]][ \t]+(\S.*)$")
_URL: Final = re.compile(r"https?://[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]")
_REF_LIKE: Final = re.compile(r"\((?:19|20)\d\d\)|https?://|\bdoi\b|\bRetrieved\b", re.I)
_REF_HEADING: Final = re.compile(
    r"^\W*(references|sources|notes|footnotes|bibliography)\W*$", re.I)
_TAIL_MARKER: Final = re.compile(
    r"^\W*(related( posts| articles| stories| content| reading| on \S+)?|read (more|next)"
    r"|more from .+|more stories|explore more|you (may|might) also like|recommended( for you)?"
    r"|leave a (comment|reply)|comments|share this( article| story)?|subscribe\b.*|sign up\b.*"
    r"|newsletter|free daily briefing|don'?t miss\b.*|key terms explained|glossary|about the author"
    r"|tags|topics|popular posts|trending( now)?)\W*$", re.I)
TAIL_MIN_FRACTION: Final = 0.4  # a "Related posts" line in the first 40% is article structure
# A boilerplate line must hold one of these words, as written, and match _BOILER_LINE.
_BOILER_HINTS: Final = [
    "©", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT", "rights reserved",
    "Rights Reserved", "RIGHTS RESERVED", "Powered by", "powered by", "Share on",
    "share on", "Follow us", "follow us", "Tweet this", "tweet this", "Sign up",
    "sign up", "Subscribe", "subscribe"]
_BOILER_LINE: Final = re.compile(
    r"^\W*(©|\(c\)\s|copyright\b)|all rights reserved|^\W*powered by\b"
    r"|^\W*(share on|follow us|tweet this)\b"
    r"|^\W*(sign up|subscribe)\b.{0,80}\b(newsletter|inbox|updates|briefing)\b",
    re.I)  # a sign-up line anywhere in the article
# The lines _BOILER_LINE can match, and a few more: those starting with one of its words,
# found after a newline (a literal the regex engine skips to in C), and those with "all
# rights reserved" (_all_rights_reserved). Looking for these few lines is several times faster
# than looking for every hint word in the whole text.
_BOILER_START: Final = (r"[^\w\n]*(?:©|\(c\)|copyright|powered by|share on|follow us|tweet this"
                        r"|sign up|subscribe)")
_BOILER_FIRST_LINE: Final = re.compile(_BOILER_START, re.I)
_BOILER_LINE_START: Final = re.compile(r"\n" + _BOILER_START, re.I)
_ALL_RIGHTS: Final = re.compile("all rights reserved", re.I)


def _lines(text: str, start: int):
    pos = start
    for line in text[start:].split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _line_at(text: str, start: int) -> tuple[int, str]:
    """(end, text) of the line starting at `start`."""
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    return end, text[start:end]


def _lines_before(text: str, start: int, at: int, count: int) -> list[str]:
    """Up to `count` lines before the line starting at `at`, the first line starting at
    `start`."""
    lines = []
    while at > start and len(lines) < count:
        end = at - 1  # the newline ending the line before
        at = max(start, text.rfind("\n", 0, end) + 1)
        lines.append(text[at:end])
    return lines


# Where a numbered list may start at 1 ("1. ", "[1] "), after a newline: a pattern starting
# with a literal character lets the regex engine skip from line to line in C, where matching
# _NUMBERED on every line would cost a Python loop over all lines.
_LIST_ONE: Final = re.compile(r"\n[ \t]*\[?1[.)\]][ \t]")


def _reference_lists(text: str, start: int) -> tuple[list[tuple[int, int]], dict[str, str]]:
    """Numbered lists whose items look like references (a URL, a year in parentheses)."""
    regions, notes = [], {}
    resume = start  # the lines before are in a list already taken
    for first in [start] + [m.start() + 1 for m in _LIST_ONE.finditer(text, start)]:
        if first < resume:
            continue
        m = _NUMBERED.match(_line_at(text, first)[1])
        if not m or m.group(1) != "1":
            continue
        items, at, expect = [], first, 1
        while at <= len(text):
            end, line = _line_at(text, at)
            m = _NUMBERED.match(line)
            if m and int(m.group(1)) == expect:
                items.append([at, end, m.group(2)])
                expect += 1
            elif items and (not line.strip() or _URL.fullmatch(line.strip())):
                if line.strip():
                    items[-1][1], items[-1][2] = end, items[-1][2] + " " + line.strip()
            else:
                break
            at = end + 1
        after_heading = any(_REF_HEADING.match(line)
                            for line in _lines_before(text, start, first, 2))
        ref_like = sum(bool(_REF_LIKE.search(it[2])) for it in items)
        if items and (after_heading or ref_like * 2 > len(items)):
            regions.append((items[0][0], items[-1][1]))
            notes.update({str(n): it[2] for n, it in enumerate(items, 1)})
            resume = at
    return regions, notes


def _tail_start(text: str, body: int) -> int | None:
    """Where the trailing boilerplate starts: the first line in the last 60% of the text that
    is a marker like "Related posts"."""
    at = body
    cut_from = body + int((len(text) - body) * TAIL_MIN_FRACTION)
    if cut_from > body:  # the first line starting at or after cut_from
        at = text.find("\n", cut_from - 1) + 1
        if not at:
            return None
    for line in text[at:].split("\n"):
        # the anchored match fails at once on most lines; splitting a paragraph into words
        # just to count them would not
        if _TAIL_MARKER.match(line) and len(line.split()) <= 8:
            return at
        at += len(line) + 1
    return None


def _boilerplate_lines(text: str, body: int, before: int) -> list[tuple[int, int, str]]:
    """Lines starting before `before` that are boilerplate ("© 2025 ...", "Share on X")."""
    found = []
    for start in sorted(_boilerplate_candidates(text, body)):
        if start >= before:
            break
        end, line = _line_at(text, start)
        if any(hint in line for hint in _BOILER_HINTS) and _BOILER_LINE.search(line):
            found.append((start, end, "boilerplate"))
    return found


def _boilerplate_candidates(text: str, body: int) -> set[int]:
    """Where the lines start that _BOILER_LINE may match (see _BOILER_START)."""
    starts = {m.start() + 1 for m in _BOILER_LINE_START.finditer(text, body)}
    if _BOILER_FIRST_LINE.match(text, body):
        starts.add(body)
    starts.update(max(body, text.rfind("\n", 0, at) + 1)
                  for at in _all_rights_reserved(text, body))
    return starts


def _all_rights_reserved(text: str, body: int) -> list[int]:
    """Where "all rights reserved" starts, in any case. A case-insensitive regex would test
    every character; a lower-cased copy of the text takes one str.find. Encoded as Latin-1,
    each character is one byte, so offsets stay put, and bytes.lower() changes only A-Z:
    in Latin-1 no other letter has an ASCII letter as its case variant."""
    try:
        lowered = text.encode("latin-1").lower()
    except UnicodeEncodeError:  # a rarer text, with characters beyond Latin-1
        return [m.start() for m in _ALL_RIGHTS.finditer(text, body)]
    found = []
    at = lowered.find(b"all rights reserved", body)
    while at >= 0:
        found.append(at)
        at = lowered.find(b"all rights reserved", at + 1)
    return found


def _skipped_regions(source: Source) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    text, body = source.text, source.body_start
    skipped = [(0, body, "front matter")] if body else []
    if source.format == "markdown":
        skipped += [(m.start(), m.end(), "comment") for m in _COMMENT.finditer(text, body)]
        if text.find("```", body) >= 0 or text.find("~~~", body) >= 0:  # line-anchored: slow
            skipped += [(m.start(), m.end(), "code") for m in _FENCE.finditer(text, body)]
    # the line-anchored pattern tries every line; most texts have no "[^" at all, and many
    # no "[", which is faster to look for (in the whole text: str.find from `body` costs more
    # to parse its arguments than to search)
    defs = list(_FOOTNOTE_DEF.finditer(text, body)) if "[" in text and "[^" in text else []
    notes = {m.group(1): m.group(2) for m in defs}
    skipped += [(m.start(), m.end(), "reference list") for m in defs]
    regions, numbered_notes = _reference_lists(text, body)
    skipped += [(s, e, "reference list") for s, e in regions]
    notes.update(numbered_notes)
    tail = _tail_start(text, body)
    if tail is not None:
        skipped.append((tail, len(text), "boilerplate"))
    skipped += _boilerplate_lines(text, body, len(text) + 1 if tail is None else tail)
    return sorted(skipped), notes


def _excluded(source: Source, patterns: list[re.Pattern] | tuple[()]
              ) -> list[tuple[int, int, str]]:
    """Regions the config excludes: a matching line, or a matching Markdown heading with its
    section (up to the next heading of the same or a higher level)."""
    if not patterns:
        return []
    text, found, section_level = source.text, [], None
    for s, e, line in _lines(text, source.body_start):
        heading = _HEADING_LEVEL.match(line)
        if section_level is not None:
            if heading and len(heading.group(1)) <= section_level:
                section_level = None
            else:
                found.append((s, e, "excluded by config"))
                continue
        if any(p.search(line) for p in patterns):
            found.append((s, e, "excluded by config"))
            if heading:
                section_level = len(heading.group(1))
    return found


_HEADING_LEVEL: Final = re.compile(r"^[ \t]*(#{1,6})\s")


# --- blocks and sentences -----------------------------------------------------------------

_BLOCK_START: Final = re.compile(r"^[ \t]*(#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>)")
_HEADING_MD: Final = re.compile(r"^[ \t]*#{1,6}\s")
# Closing punctuation, tested on stripped text with str.endswith (an end-anchored regex
# search would try every position of the block)
_TERMINAL: Final = tuple(".!?:;\"”’'…)")
_ABBREV: Final = set(
    "mr mrs ms dr prof st sen rep gen gov lt col inc ltd co corp jr sr vs etc "
    "e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec no fig approx est".split())
_ABBREV_ENDINGS: Final = {w[-2:] for w in _ABBREV}
# Two ASCII letters that no abbreviation ends with, in either case: a full stop after them ends
# the sentence (the first test of _abbreviation_at, as a set lookup before any call)
_PLAIN_ENDINGS: Final = frozenset(a + b for a in string.ascii_letters for b in string.ascii_letters
                                  if (a + b).lower() not in _ABBREV_ENDINGS)
# "[.!?…][.!?…]*", not "[.!?…]+": the same matches, but a pattern that starts with a
# character set lets the regex engine skip to the next full stop in C instead of attempting a
# match at every character (three times faster). Group 1: the white space after.
_SENT_END_REST: Final = r"[.!?…]*[\"”’')\]]*(?=(\s+)[\"“‘'(\[]?[A-Z0-9•\-])"
_SENT_END: Final = re.compile(r"[.!?…]" + _SENT_END_REST)
# The same, for the many blocks with no other mark than full stops: a pattern that starts with
# a literal character is faster still, as the engine need not test a set on every character.
_FULL_STOP_END: Final = re.compile(r"\." + _SENT_END_REST)
_INITIALS: Final = re.compile(r"[a-z]|([a-z]\.)+[a-z]")  # "j. smith", "u.s. officials"


def _blocks(source: Source, skipped: list[tuple[int, int, str]]):
    """(start, end, heading) for each block of article text."""
    text = source.text
    mask = None  # without skipped regions, every character is kept
    if skipped:
        mask = bytearray(len(text))
        for s, e, _ in skipped:
            mask[s:e] = b"\x01" * (e - s)
    may_be_heading = "#" in text  # what _HEADING_MD needs
    blocks, cur = [], None
    per_line = source.format != "markdown"
    first_line = True
    pos = source.body_start
    for line in text[pos:].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        # mask.find looks for a 0 (kept) or 1 (skipped) byte without copying the line's slice
        visible = line.strip() and (mask is None or mask.find(0, s, e) >= 0)
        if visible and mask is not None and mask.find(1, s, e) >= 0:
            # part of the line is skipped: keep the rest
            idx = [k for k in range(s, e) if not mask[k]]
            s, e = idx[0], idx[-1] + 1
            visible = text[s:e].strip() != ""
        if not visible:
            if cur:
                blocks.append(cur)
            cur = None
            continue
        new_block = per_line or cur is None or _BLOCK_START.match(line) or (
            may_be_heading and _HEADING_MD.match(text[cur[0]:cur[1]]))
        if new_block:
            if cur:
                blocks.append(cur)
            heading = bool(may_be_heading and _HEADING_MD.match(line)) or (
                source.format == "text" and first_line)
            cur = [s, e, heading]
        else:
            cur[1] = e
        first_line = False
    if cur:
        blocks.append(cur)
    # A short line with no closing punctuation, followed by more text, is a heading.
    for b in blocks[:-1]:
        if b[2] or text[b[1] - 1] in _TERMINAL:  # most end so: no need to copy and strip them
            continue
        t = text[b[0]:b[1]].strip()
        if not t.endswith(_TERMINAL) and len(t.split()) <= 10 and not _BLOCK_START.match(t):
            b[2] = True
    return blocks


def _split_sentences(text: str, start: int, end: int,
                     full_stops_only: bool = False) -> list[tuple[int, int]]:
    """`full_stops_only`: the block has no other mark than full stops, as the caller knows when
    the whole text has none (most texts); three str.find calls a block cost more than the
    split. Otherwise the block is tested, to pick the faster regex when it can."""
    out, s = [], start
    if not full_stops_only:
        full_stops_only = (text.find("!", start, end) < 0 and text.find("?", start, end) < 0
                           and text.find("…", start, end) < 0)
    for m in (_FULL_STOP_END if full_stops_only else _SENT_END).finditer(text, start, end):
        # only a full stop may end an abbreviation or initial
        stop = m.start()
        if text[stop] == "." and not (stop - s >= 2 and text[stop - 2:stop] in _PLAIN_ENDINGS) \
                and _abbreviation_at(text, s, stop):
            continue
        out.append((s, m.end()))
        s = m.end(1)  # the next sentence starts after the white space
    if s < end:
        out.append((s, end))
    return out


def _abbreviation_at(text: str, s: int, stop: int) -> bool:
    """Whether the full stop at `stop`, in the sentence starting at `s`, ends an abbreviation
    or an initial ("Mr.", "J.", "U.S.") rather than the sentence."""
    # Most follow a word ending in two letters that no abbreviation ends with, and initials
    # have a full stop before their last letter: no need to cut out and normalise the word
    ending = text[stop - 2:stop] if stop - s >= 2 else ""
    if ending.isascii() and ending.isalpha() and ending.lower() not in _ABBREV_ENDINGS:
        return False
    token_start = max(text.rfind(" ", s, stop), text.rfind("\n", s, stop)) + 1
    token = text[max(token_start, s):stop + 1].rstrip(".!?…").lower().strip("(\"“")
    # initials ("j", "u.s") have a full stop before their last letter, if more than one
    return token in _ABBREV or (token[-2:-1] in ("", ".")
                                and _INITIALS.fullmatch(token) is not None)


# --- citations ----------------------------------------------------------------------------

_MD_LINK: Final = re.compile(r"\[([^\]\n]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK: Final = re.compile(r"<(https?://[^>\s]+)>")
_MD_FOOTREF: Final = re.compile(r"\[\^([^\]\s]+)\](?!:)")
# A reference number glued to the end of a word or closing mark: "performance1." "(2025)3"
_GLUED_MARK: Final = re.compile(r"(?<=[a-z)\]\"”’'%])(\d{1,2})(?=[\s.,;:!?)\"”]|$)")
# A reference number in brackets, "$12 million[1]" (not a Markdown link's text, "[1](url)")
_BRACKET_MARK: Final = re.compile(r"\[(\d{1,3})\](?!\()")
_NAME: Final = r"[A-Z][\w’'&-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|von[ \t]+)?[A-Z][\w’'&-]*){0,4}"
# Who may be credited in lower case: "the company", "the harbour board", "the central bank"
_CREDITABLE_WORDS: Final = (
    "company firm report study survey agency ministry government newspaper "
    "spokesperson spokesman spokeswoman analyst analysts researcher researchers "
    "board authority council committee commission department office bureau "
    "institute bank regulator union association court police watchdog panel group "
    "centre center service foundation fund organisation organization university "
    "airline operator census").split()
_CREDITABLE: Final = literal_alternation(_CREDITABLE_WORDS)
_WHO: Final = (
    rf"(?:{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:[a-z]+[ \t]+){{0,2}}?(?:{_CREDITABLE}))")
_SAY: Final = (
    r"(?:said|says|told|tells|wrote|writes|reported|reports|estimated|estimates|predicted|"
    r"predicts|noted|notes|explained|explains|added|adds|warned|warns|observed|observes|"
    r"stated|states|claimed|claims|admitted|argued|argues|pointed out|points out|"
    r"forecast|forecasts|calculated|found)")
# Attribution cues, found in one fast pass of literal words; who is credited is then read
# from the words around each cue.
_SAY_WORDS: Final = _SAY[3:-1]
_CUE_WORDS: Final = ["according to", "(source:", "(sources:", "(via:", "data from", "figures from",
                     "estimates from", "numbers from", "statistics from"]
_CUE_FORMS: Final = [
    v for w in _CUE_WORDS for v in (w, re.sub("[a-z]", lambda c: c.group().upper(), w, 1))]
_ATTR_WORDS: Final = _CUE_FORMS + _SAY_WORDS.split("|")


def _reversed_cues(words: list[str]) -> list[tuple[str, re.Pattern]]:
    """Regexes for `words` written backwards, to search reversed text: one for each letter a
    cue ends with (d, s, e, t, o, m, colon), with the ending its cues share ("ccording to"),
    as the regex is not worth running on a text without it (a substring test is faster). A
    regex starting with a literal character has the engine skip in C to where a match may
    start; a forward search, or one regex for all cues, starts with a set of characters,
    tested one character at a time (twice as slow). A cue must not be followed by a word
    character, so backwards it must not be preceded by one: checked after the next letter,
    which rules out most tries more cheaply. Every cue is longer than two letters."""
    ends: dict[str, dict[str, list[str]]] = {}
    for w in words:
        ends.setdefault(w[-1], {}).setdefault(w[-2], []).append(w[-3::-1])
    regexes = []
    for last, by_next in sorted(ends.items()):
        nexts = "|".join(rf"{re.escape(c)}(?<!\w..)(?:{literal_alternation(rest)})"
                         for c, rest in sorted(by_next.items()))
        ending = os.path.commonprefix([w[::-1] for w in words if w[-1] == last])[::-1]
        regexes.append((ending, re.compile(f"{re.escape(last)}(?:{nexts})")))
    return regexes


_ATTR_CUES_REVERSED: Final = _reversed_cues(_ATTR_WORDS)
_PHRASE_START: Final = r"(?:in|at|on|by|for|of|to|from|with|who|that|which|and|or|but)\b"
_AFTER: Final = {  # who is credited, read after each kind of cue
    # "according to the port authority": lower-case words up to one that starts a new phrase
    "according": re.compile(rf"[ \t]+(?:the |a |an )?(?P<n>{_NAME}|[a-z]+(?: (?!{_PHRASE_START})"
                            rf"[a-z]+){{0,3}})(?=[,.;:]|\s|$)"),
    "(": re.compile(r"\s*(?P<n>[^)]+)\)"),
    "from": re.compile(rf"[ \t]+(?:the )?(?P<n>{_NAME})"),
    "say": re.compile(rf"\s+(?P<n>{_NAME})"),
}
_CREDITED_BEFORE: Final = re.compile(rf"\b(?P<d>{_WHO})\s+$")
# The characters _CREDITED_BEFORE can match (a name's, "the company"'s, white space), read
# backwards from a cue in the reversed text: the search need only start where they do, not 80
# characters back, which spares the regex engine retrying every capitalised word of the
# sentence before. A repeated character set is counted in one loop in C; finding the last
# other character forwards would backtrack through the regex engine one character at a time.
_WHO_CHARS_REVERSED: Final = re.compile(r"[\w\s’'&-]*")
# What _CREDITED_BEFORE needs before a cue, read backwards from it in the reversed text: white
# space after a word that _WHO may end with, one holding a capital (a name's), "he", "she",
# "they", or a creditable word. Most cues follow other words ("it said", "has warned"): this
# one anchored match rules them out for less than the two searches cost.
_WHO_END_REVERSED: Final = re.compile(
    rf"\s+(?:[\w’'&-]*?[A-Z]|eh|yeh"
    rf"|(?:{literal_alternation([w[::-1] for w in _CREDITABLE_WORDS])})(?![\w’'&-]))")
_NOT_WHO: Final = {"The", "the", "This", "That", "It", "A", "An", "In", "On", "As", "But", "And",
                   "Today", "So", "Yet", "While", "When", "If", "Though", "Although"}


def _citations(source: Source, notes: dict[str, str]) -> list[Citation]:
    text, body = source.text, source.body_start
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    private = source.__pydantic_private__

    def add(kind: str, s: int, e: int, target: str | None) -> None:
        for a, b in taken:
            if a <= s < b:
                return
        taken.append((s, e))
        found.append(record(Citation, {"kind": kind, "span": span(Span, private, s, e),
                                       "target": target}))

    for s, e, href in source.meta.get("links", []):
        add("link", s, e, href)
    if source.format == "markdown":
        for m in _MD_LINK.finditer(text, body):
            add("link", m.start(), m.end(), m.group(2))
        for m in _AUTOLINK.finditer(text, body):
            add("link", m.start(), m.end(), m.group(1))
        for m in _MD_FOOTREF.finditer(text, body):
            add("footnote", m.start(), m.end(), notes.get(m.group(1)))
    for m in _URL.finditer(text, body):
        add("link", m.start(), m.end(), m.group())
    numbered = {k for k in notes if k.isdigit()}
    if numbered:
        for m in _GLUED_MARK.finditer(text, body):
            if m.group(1) in numbered:
                add("footnote", m.start(), m.end(), notes[m.group(1)])
        if text.find("[", body) >= 0:
            for m in _BRACKET_MARK.finditer(text, body):
                if m.group(1) in numbered:
                    add("footnote", m.start(), m.end(), notes[m.group(1)])
    backwards = text[::-1]
    for cue_start, cue_end in _attribution_cues(text, body, backwards):
        start, name = _credited(text, backwards, cue_start, cue_end)
        if name:
            add("attribution", start, cue_end, name)
    return sorted(found, key=lambda c: c.span.start)


def _attribution_cues(text: str, body: int = 0, backwards: str = "") -> list[tuple[int, int]]:
    """(start, end) of each attribution cue (_ATTR_WORDS, not followed by a word character)
    from `body` on, in order, found in the reversed text (see _reversed_cues). Two cues only
    overlap when one contains the other ("estimates from" and "estimates"): keeping the
    outer one, as a forward scan would, gives what one regex for all cues finds. `backwards`:
    the text reversed, if the caller has it."""
    n, backwards = len(text), backwards or text[::-1]
    # `in` tests the whole text, front matter too (it only runs a regex for nothing): str.find
    # from `body` would parse its arguments, which costs more than it searches
    found = sorted((n - m.end(), m.start())  # by start, then longest first
                   for ending, regex in _ATTR_CUES_REVERSED if ending in text
                   for m in regex.finditer(backwards, 0, n - body))
    cues, end = [], -1
    for start, backwards_start in found:
        if start >= end:
            end = n - backwards_start
            cues.append((start, end))
    return cues


def _credited(text: str, backwards: str, cue_start: int,
              cue_end: int) -> tuple[int, str | None]:
    """(where the attribution starts, who is credited) for an attribution cue; `backwards` is
    the text reversed."""
    word = text[cue_start:cue_end]
    kind = ("according" if word[0] in "Aa" else "(" if word[0] == "(" else
            "from" if word.endswith(" from") else "say")
    at = len(text) - cue_start  # where the cue starts in the reversed text
    if kind == "say" and _WHO_END_REVERSED.match(backwards, at):
        lo = max(0, cue_start - 80)
        start = cue_start - (_WHO_CHARS_REVERSED.match(backwards, at, len(text) - lo).end() - at)
        before = _CREDITED_BEFORE.search(text, start, cue_start)
        if before:  # "the company said", "Smith estimated"
            words = before.group("d").split()
            while words and words[0] in _NOT_WHO:  # "As Lample observes"
                words = words[1:]
            if words:
                return before.start(), " ".join(words)
    m = _AFTER[kind].match(text, cue_end)  # "according to Smith", "said Smith"
    if not m or kind == "say" and m.group("n").split()[0] in _NOT_WHO:
        return cue_start, None
    return cue_start, m.group("n").strip()


def segment(source: Source, exclude: list[re.Pattern] | tuple[()] = ()) -> Segments:
    """`exclude`: the config's patterns for lines and sections that are not article text."""
    skipped, notes = _skipped_regions(source)
    skipped = sorted(skipped + _excluded(source, exclude))
    sentences, text = [], source.text
    full_stops_only = "!" not in text and "?" not in text and "…" not in text
    for start, end, heading in _blocks(source, skipped):
        sentences += [Sentence(s, e, heading)
                      for s, e in _split_sentences(text, start, end, full_stops_only)]
    starts = [s.start for s in sentences]
    for c in _citations(source, notes):
        i = bisect_right(starts, c.span.start) - 1
        if i >= 0 and c.span.start < sentences[i].end:
            sentences[i].citations.append(c)
    return Segments(source, sentences, skipped, notes)
