"""Direct quotes and who said them.

Marks: curly “…” and ‘…’, straight "…" and '…', and the doubled apostrophes ''…'' of
NYT-style wire copy. A quote may run over several sentences and paragraphs: by news
convention a paragraph that ends inside a quote has no closing mark, and the next paragraph
opens with a fresh one. A quote left open at a paragraph end that is not continued is
dropped: that is more often a stray mark than a quote. Quotes of fewer than three words are
scare quotes ('a "breakthrough"'), unless their own sentence says who said them ('Trump
called the deal "a disaster"'): then they are partial quotes.

Speakers, nearest evidence first: a cue right after the closing mark ('," X said',
'," said X', '," he added', '," the newspaper wrote', '," X, a spokeswoman, said'); a cue
before the quote in its sentence ('X said that', 'according to X', 'X called it'); an
attribution closing the sentence ('..., X said.'); the subject of a sentence that ends in a
colon or goes on with 'saying'. Titles are stripped ("CEO Arthur Mensch" is Arthur Mensch),
"he/she said" goes to the most recent person named as saying something or as a sentence's
subject, and a speaker that is no name is kept as written ("the newspaper", "a spokesman for
the council"). A quote with no cue of its own that opens a sentence carries on the speaker of
the quote just before it (same or previous paragraph); otherwise it has no speaker: guessing
the last person named is right only about a third of the time in political news.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Final

from ..segment import literal_alternation
from .chars import is_word_char, positions
from .context import LowerCaseWords

MIN_WORDS: Final = 3

# --- quotation marks --------------------------------------------------------------------

_SINGLE: Final = re.compile(r"‘(?P<c>[^‘“”\"\n]{1,400}?)’(?!\w)"
                            r"|'(?<![\w’']')(?!')(?P<d>[^'\n]{1,400}?)(?<!')'(?![\w'])")
# A ' that may open a single quote, as _SINGLE tests it. Most text holds no single quote but
# many apostrophes: the engine looks for a pattern opening with one literal character by a
# plain character scan, several times faster than its scan for _SINGLE's either-of-two.
_SINGLE_OPEN: Final = re.compile(r"'(?<![\w’']')(?!')")
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")

# --- words --------------------------------------------------------------------------------

_TITLES: Final = set("""ceo cfo cto coo chief executive officer scientist president vice chairman
    chairwoman chair director founder co-founder cofounder minister secretary spokesperson
    spokesman spokeswoman head analyst professor prof dr mr mrs ms senator sen governor gov
    rep representative congressman congresswoman mayor general gen manager editor economist
    researcher deputy senior lead partner speaker leader attorney judge justice ambassador
    candidate nominee lt col sgt rev former coach captain striker midfielder defender
    goalkeeper player actor actress singer guitarist drummer bassist star author novelist
    writer columnist commentator chancellor premier""".split())
# Capitalised words that open a sentence or clause and are not (part of) a name.
_NOT_NAME: Final = set(
    """the this that these those it its a an and but or so yet in on at as for of
    to from by with after before when while if though although because since then now still
    also later earlier asked speaking today yesterday tonight meanwhile however instead
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december there here what why how who
    we i you they he she his her their our my one thanks""".split())
_CONTRACTION: Final = re.compile(r"(?i)(?:i|we|you|he|she|it|they|that|there|what|who|let)[’']"
                                 r"(?:m|s|re|ve|ll|d)$")  # "I'm", "He's" open sentences too
_SAY: Final = """said says say told tells explained explains noted notes added adds warned warns
    wrote writes admitted admits stated states argued argues insisted insists recalled recalls
    remembered observed asked asks continued continues remarked replied responded answered announced
    declared claimed claims commented tweeted posted concluded concludes acknowledged conceded
    suggested suggests predicted promised promises vowed pledged boasted bragged complained
    lamented joked quipped shouted yelled chanted urged emphasized stressed countered testified
    assured reported contends contended alleged alleges maintained maintains asserted read
    reads retorted retaliated cautioned cautions exclaimed mused snapped""".split() + [
    "pointed out", "shot back", "went on", "put it", "fired back"]
# Verbs that may come before their subject: '," said Jo Doe' ('told Jo Doe' is the listener).
_SAY_INV: Final = set("""said says added adds wrote writes asked asks explained explains noted
    notes continued continues replied responded recalled remembered warned warns tweeted
    declared concluded insisted argued remarked observed commented stated joked quipped read
    reads retorted cautioned exclaimed mused snapped""".split())
# Cues that also introduce a partial quote: 'Trump called the deal "a disaster"'.
_SAY_BEFORE: Final = _SAY + """called calls described describes dubbed labeled labelled branded
    accused accuses blasted slammed praised mocked criticized blamed thanked cited touted
    denounced condemned demanded questioned thought believes believed proclaimed proclaims
    decried decries elaborated expressed expresses""".split() + [
    "referred to", "refers to"]


# --- phrases ------------------------------------------------------------------------------

# A space, or a line break inside a paragraph (a soft wrap), not a blank line; news copy is
# full of no-break spaces.
_S: Final = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"
# Runs of them are taken whole (possessive): in every pattern what follows a run is a word, a
# mark or the end, never a space, so giving spaces back cannot lead to a match; the engine
# saves no place to go back to at each space, which makes _AFTER a sixth cheaper.
_SP: Final = rf"{_S}++"
_SS: Final = rf"{_S}*+"
_ABBR: Final = (
    r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Sgt|Rev|Prof|Pres|Atty|Capt|Adm)\.")
# Words in names and descriptions are taken whole (possessive *+, ++): what comes after one
# in every pattern is a space, comma, parenthesis, colon or the end, never a character the
# word could have had, so giving characters back cannot lead to a match and only costs time.
_TOK: Final = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'&-]*+)"  # a capitalised word, or initials
_NAME: Final = (
    rf"(?:{_ABBR}{_SP})?{_TOK}(?:{_SP}(?:de{_SP}|von{_SP}|van{_SP}|{_ABBR}{_SP})?{_TOK})"
    r"{0,5}(?:,? Jr\.)?")
# A speaker that is not a name: "the newspaper", "a Clinton spokesman", "Obama's adviser",
# "the Illinois Board of Elections".
_FUNC: Final = (
    r"(?:and|or|but|who|which|that|as|is|was|has|had|have|to|of|for|in|on|at|with|from"
    r"|the|a|an|it|its|his|her|their|them|him|this|these|those|he|she|they|we|you|i|were"
    r"|are|be|been|now|when|then|if|so|also)\b")  # "the BBC denied it had", "RT he said"
_LOW: Final = rf"(?!{_FUNC})[a-z][\w’'-]*+"
# A capitalised word in a description, not one that opens a clause ("the Times. And he")
_CAP: Final = (
    r"(?!(?:And|But|Or|So|The|An?|He|She|It|They|We|I|If|When|Then|Also)\b)[A-Z][\w’'.-]*+")
# Its words, capitalised or not, come in any order: "the presumptive Republican nominee",
# "one Trump campaign source"
_DESC: Final = (rf"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*+[’']s)"
                rf"{_SP}(?:(?:(?:{_CAP}|{_LOW}){_SP}){{0,4}}?{_LOW}(?<!ly)"
                rf"|(?:[A-Z][\w’'-]*+{_SP}){{0,3}}[A-Z][\w’'-]*+(?:{_SP}of{_SP}(?:the{_SP})?{_TOK}"
                rf"(?:{_SP}{_TOK}){{0,3}})?)")
_PRONOUN: Final = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_WHO: Final = rf"(?:{_PRONOUN}|{_DESC}|{_NAME})"
_ADV: Final = (
    rf"(?:{_SP}(?:also|later|then|first|however|has|had|have|would|will|again|once|\w+ly))?")
# 'Jo Doe of the Brookings Institution said', 'Jo Doe (R-Ohio) said',
# 'Jane Doe, a spokeswoman for the campaign, said', 'Doe, who said'. The runs inside the
# parentheses and between the commas are taken whole (possessive): what follows each, ')' or
# ',', is a character the run cannot hold, so a shorter run never matches; giving characters
# back one by one, each time retrying the rest of the pattern, was a tenth of _AFTER's cost.
_APPOS: Final = (
    rf"(?:{_SP}(?:of|from|at){_SP}(?:the{_SP})?{_TOK}(?:{_SP}(?:of{_SP}|for{_SP}|and{_SP})?"
    rf"{_TOK}){{0,5}})?(?:{_SS}\([^()\n]{{1,25}}+\))?(?:(?:,[^,;:“”\"\n]{{1,100}}+){{1,2}},)?"
    rf"(?:,?{_SP}who)?")
# The subject after an inverted verb runs to a comma or a word that cannot be part of it:
# '," said former Obama adviser David Axelrod.' '," said a senior official who asked...'
_STOP: Final = (
    r"(?:who|which|that|in|on|at|during|after|before|with|while|when|as|because|to|"
    r"speaking|asking|adding|referring|about|last|this|earlier|later|recently|yesterday|"
    r"today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|in|and)\b")
_NP_WORD: Final = rf"(?!{_STOP})(?:{_ABBR}|[A-Z]\.(?:[A-Z]\.)*|[\w’'&-]+)"
_NP: Final = rf"{_NP_WORD}(?:{_SP}{_NP_WORD}){{0,8}}"
# words in front of a name: 'White House press secretary Josh Earnest said'
_LEAD: Final = rf"(?:(?:{_ABBR}|[\w’'-]++){_SP}){{0,6}}?"

_SAY_RX: Final = rf"(?:{literal_alternation(_SAY)})\b"
_SAY_INV_RX: Final = rf"(?:{literal_alternation(sorted(_SAY_INV) + ['according to'])})"
_AFTER: Final = re.compile(rf"[,!?;—–-]*{_SS}(?:{_SAY_INV_RX}{_SP}(?P<a>{_NP})"
                           rf"|{_LEAD}(?P<c>{_WHO}){_APPOS}{_ADV}{_SP}{_SAY_RX})")
# an attribution closing the sentence the quote is in: 'A "handful" is enough, Warren said.'
_TRAILING: Final = re.compile(
    rf",{_SS}(?P<n>{_WHO}){_APPOS}{_ADV}{_SP}{_SAY_RX}[^.!?“”\"\n]*[.!?]$")
# the same, inverted: '"This will be a challenge" for Clinton, said Kunin.'
_TRAILING_INV: Final = re.compile(rf",{_SS}{_SAY_INV_RX}{_SP}(?P<a>{_NP})[.!?]$")
# A cue verb anywhere, then who comes before it ('X, a spokeswoman, said') or after it
# ('according to X', '," said X'): finding verbs first keeps the scan cheap.
_VERBS: Final = _SAY_BEFORE + ["according to", "According to"]
# Verbs are few and far between: a pattern is tried only where a word that opens one is
# (_Antecedents.verbs_in finds those words with a byte translation and a split, far cheaper
# than a pattern tried at every space of the text).
_VERB: Final = re.compile(rf"(?<!\w)(?:{literal_alternation(_VERBS)})\b")
_VERB_WORDS: Final = {verb.split()[0].encode() for verb in _VERBS}
_ASCII_LETTERS: Final = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
_VERB_LEN: Final = max(map(len, _VERBS))
_CHUNK: Final = 256  # verbs before a position are found this many characters at a time
_SUBJECT_END: Final = re.compile(rf"(?<![\w’'])(?P<n>{_WHO}){_APPOS}{_ADV}{_ADV}{_SP}$")
_SUBJECT_NEAR: Final = re.compile(rf"(?<![\w’'])(?P<n>{_WHO}){_ADV}{_ADV}{_SP}$")
# What a near subject never holds: a character other than a word character, a space, ’ ' & .
# - or the comma of ', Jr.'; a function word other than 'of', 'has', 'had' (which _DESC and
# _ADV allow). Its search may start after the last of these, found from the right by .*.
_NOT_NEAR_SUBJECT: Final = re.compile(
    r"(?s:.*)(?:[^\w\s’'&.,-]|,(?! Jr\.)|\s(?:and|or|but|who|which"
    r"|that|as|is|was|to|for|in|on|at|with|from)(?!\S))")
# 'Doe, a spokeswoman, said'. Each opening is a literal character ('who' checks its \b after
# the w), so the engine skips to them: twice as fast as opening with [,)]|\bwho.
_APPOSITION: Final = re.compile(rf"(?:,|\)|w(?<=\bw)ho){_ADV}{_ADV}{_SS}$")
# 'Doe of the Fed said'; literal openings (each checks its \b after), as _APPOSITION
_AFFILIATION: Final = re.compile(rf"(?:o(?<=\bo)f|f(?<=\bf)rom|a(?<=\ba)t){_SP}(?:the{_SP})?$")
_NP_AFTER: Final = re.compile(rf"{_SP}(?P<m>{_NP})")
_SUBJECT_FIRST: Final = rf"\W*(?P<n>{_WHO}){_APPOS}{_ADV}{_SP}"
_SUBJECT: Final = re.compile(rf"{_SUBJECT_FIRST}[a-z]+\b")  # '..., Doe told"
# The same, with a word shaped like a verb after the subject: tried first, as the shortest
# description may end a word early, before its noun ('The presidential candidate reiterated')
_SUBJECT_VERB: Final = re.compile(
    rf"{_SUBJECT_FIRST}(?:[a-z]+(?:ed|s)|is|was|has|had|will|would|did"
    r"|can|could|must|should|began|made|took|put|gave|went|came|told"
    r"|wrote|said|spoke|kept|left|felt|thought|got|saw|ran|stood|brought"
    r"|sent|knew|became)\b")
# 'Doe: "..."', 'Rep. Jo Doe (R-Ohio): "..."'
_COLON_NAME: Final = re.compile(rf"(?P<n>{_NAME})(?:{_SS}\([^()\n]{{1,25}}\))?{_SS}:{_SS}$")
_PARTICIPLE: Final = re.compile(rf",{_SP}(?:saying|adding|calling|telling|arguing|noting|writing|"
                                r"declaring|explaining|asking|insisting|claiming|warning|"
                                r"describing|recalling)\b[^.!?]*$")
# A sentence ends at . ! ? (not after an initial or a common abbreviation) or a blank line.
# Opening with one character class lets the engine skip to those characters instead of
# trying the pattern at every position (twice as fast).
_SENT_END: Final = re.compile(
    r"[.!?…\n](?:(?<=\n)[ \t]*\n|(?<=[.!?…])(?<![\s.][A-Z]\.)"
    r"(?<!Mr\.|Ms\.|Dr\.|Jr\.|Sr\.|St\.|Lt\.|No\.|Co\.)"
    r"(?<!Mrs\.|Sen\.|Rep\.|Gov\.|Gen\.|Del\.|Col\.|Rev\.|Jan\.|Feb\.|Aug\.)"
    r"(?<!Oct\.|Nov\.|Dec\.|Inc\.)(?<!Sept\.|Prof\.)[”\"’')]*\s+(?=[^a-z]))")

# Sentence subjects, antecedents for "he said": 'Fiorina opened by talking about...'
_SENT_START: Final = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[ \xa0]+)(?=[A-Z])")  # as _SENT_END
_FULL_NAME: Final = re.compile(r"[A-Z][a-z]+(?: (?:de |van |von )?[A-Z][a-z'’-]+)+")  # "Tom Reyes"
_PRONOUNS: Final = {"He", "he", "She", "she", "They", "they"}  # _PRONOUN's words: a set is cheaper
# Compiled once: re.fullmatch(pattern_string, ...) pays a cache lookup on every call.
_DESC_RX: Final = re.compile(_DESC)
_DETERMINER: Final = re.compile(r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir) ")
_NAME_AT_END: Final = re.compile(rf"{_NAME}$")
# "In Washington, Jane Doe, a spokeswoman, said": a place is no speaker
_PLACE: Final = re.compile(r"(?:In|At|On|From|Across|Inside|Outside|Near|Throughout)\s")
# a name (not "Trump's", but "Tom Reyes") and a verb: "Tom Reyes chairs the board"
_PERSON: Final = re.compile(rf"(?P<n>{_NAME})(?<![’']s){_APPOS}{_SP}(?:also{_SP})?"
                            r"(?:[a-z]+(?:ed|s)|is|was|has|had|will|would|did)\b")


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
    tokens = name.split()
    while tokens and (tokens[0].lower() in _NOT_NAME or _is_contraction(tokens[0])):
        tokens = tokens[1:]  # "But Trump", "Asked Clinton", "I'm"
    for i in range(len(tokens) - 2, -1, -1):  # the last title before the last word
        if tokens[i].lower().strip(".,") in _TITLES:
            tokens = tokens[i + 1:]
            break
    name = " ".join(tokens).strip(" ,.")
    if name.endswith(_WRITINGS):  # "Mr Crosby's statement said": Crosby said
        name = name[:name.rfind(" ") - 2]
    return name or None


# What someone says things in: "X's statement said" is X's word
_WRITINGS: Final = tuple(f"{mark}s {noun}" for mark in "'’" for noun in (
    "statement", "letter", "website", "blog", "memo", "email", "e-mail", "tweet", "note"))


def _is_contraction(word: str) -> bool:
    # most words have no apostrophe, and every contraction has one
    return ("'" in word or "’" in word) and _CONTRACTION.match(word) is not None


def scan(text: str, start: int, end: int, people: list[str]) -> list[QuoteMention]:
    """Quotes in text[start:end]; `people` is the running list of speakers seen."""
    found: list[QuoteMention] = []
    prev: QuoteMention | None = None
    who = None
    for qs, qe, pieces in _quotes(text, start, end):
        who = who or _Antecedents(text, start, end)  # only articles with quotes pay for it
        inner = " ".join([text[a:b].strip() for a, b in pieces]).strip()
        words = inner.rstrip(",").strip()
        who.at = qs
        speaker, own = _speaker(text, qs, qe, start, inner.endswith("."), who)
        if speaker is None and prev is not None and prev.speaker and _opens_sentence(text, qs) \
                and text.count("\n\n", prev.end, qs) <= 1:
            # '"...," she said. "More words."' goes on with her, unless someone else was
            # said to speak since: '..., Mr Howard said.\n\n"We watched..."'
            speaker = who.said_since(prev.end, qs) or prev.speaker
        elif speaker is None and (para := _paragraph_before(text, start, qs)) is not None:
            # 'Rubio responded first, ripping into Obama.\n\n"I have been warning..."'
            speaker = who.said_since(para, qs)
        if not own and len(words.split(maxsplit=MIN_WORDS - 1)) < MIN_WORDS:  # count no further
            continue
        if speaker:
            people.append(speaker)
            who.add(qs, speaker)
        prev = QuoteMention(qs, qe, words, speaker)
        found.append(prev)
    return found


def _paragraph_before(text: str, start: int, qs: int) -> int | None:
    """Where the paragraph before the one that the quote at `qs` opens starts; None if the
    quote opens no paragraph."""
    line = text.rfind("\n", start, qs)
    if line < 0 or text[line + 1:qs].strip():
        return None
    end = line
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return max(start, text.rfind("\n", start, end) + 1)


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, inner pieces) of each quote: double marks first, then single ones in
    the text between."""
    out = []
    qs = None  # where the open quote's mark starts
    inner, pieces = 0, []
    for s, e, mark in _double_marks(text, start, end):
        before = text[s - 1] if s > start else " "
        after = text[e] if e < end else " "
        if before == "=":  # an attribute in markup: <a href="...">
            continue
        if qs is not None and text.find("\n", inner, s) >= 0:
            gap = text[inner:s]
            if mark != "”" and not gap[gap.rfind("\n") + 1:].strip():
                pieces.append((inner, inner + len(gap.rstrip())))  # next paragraph goes on
                inner = e
                continue
            if _BLANK_LINE.search(gap):
                qs = None  # left open at a paragraph end and not continued
        # a mark opens when a word follows it, closes when one precedes it ('the end.“' is
        # a typo for 'the end.”')
        opens = not after.isspace() and (
            mark == "“" or (mark != "”" and (qs is None or before.isspace())))
        if qs is None:
            if opens:
                qs, inner, pieces = s, e, []
        elif opens:
            qs, inner, pieces = s, e, []  # the earlier mark had no partner
        else:
            pieces.append((inner, s))
            out.append((qs, e, pieces))
            qs = None
    singles, pos = [], start
    # Most texts have no mark that may open a single quote, and then no stretch between double
    # quotes has one either: the mark before a stretch's end that the whole text's next
    # character rules out cannot open one there (a quote takes three characters).
    if _single_opening(text, start, end) is None:
        return out
    for qs, qe, _ in out + [(end, end, None)]:
        first = _single_opening(text, pos, qs)
        if first is not None:  # no single quote starts before it
            singles += [(m.start(), m.end(), [(m.start() + 1, m.end() - 1)])
                        for m in _SINGLE.finditer(text, first, qs)]
        pos = qe
    return sorted(out + singles)


_DOUBLE: Final = "“”\""
_STRAIGHT: Final = "\""  # an ASCII text holds no curly mark: skip looking for them


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, mark) of each double mark in text[start:end], in order: “ ” " and the '' of
    NYT-style copy (three ' are one mark). str.find looks for each far faster than a regex
    looks for all at once."""
    marks = _STRAIGHT if text.isascii() else _DOUBLE  # isascii is a flag: no scan
    spans = [(at, at + 1, text[at]) for at in positions(text, marks, start, end)]
    at = text.find("''", start, end)
    while at >= 0:
        stop = at + 3 if text.startswith("'", at + 2, end) else at + 2
        spans.append((at, stop, text[at:stop]))
        at = text.find("''", stop, end)
    spans.sort()
    return spans


def _single_opening(text: str, lo: int, hi: int) -> int | None:
    """Where the first mark in text[lo:hi] that may open a single quote is, if any."""
    curly = text.find("‘", lo, hi)
    m = _SINGLE_OPEN.search(text, lo, hi)
    if m and (curly < 0 or m.start() < curly):
        return m.start()
    return curly if curly >= 0 else None


def _opens_sentence(text: str, qs: int) -> bool:
    before = text[max(0, qs - 3):qs].rstrip()
    return not before or before[-1] in ".!?\n”\"'’:"


def _speaker(text: str, qs: int, qe: int, start: int, full_stop: bool,
             who: _Antecedents) -> tuple[str | None, bool]:
    """The speaker, and whether the quote's own sentence names them (not carried over).
    `full_stop`: the quote ends its sentence ('"We will."'), so what follows is not its cue."""
    # '"We will," he said' -- but after '"We will."' a new sentence starts
    m = None if full_stop or text.startswith(".", qe) else _AFTER.match(text, qe, qe + 200)
    if m:
        name = _noun_phrase(m.group("a"), who) if m.group("a") else _who(m.group("c"), who)
        if name:
            return name, True
    cut = _sentence_start(text, max(start, qs - 300), qs)
    before = text[cut:qs]
    name = cued = None
    for at, verb_end, verb in reversed(who.verbs_in(cut, qs)):  # the last cue naming someone
        if verb.lower() == "according to":
            m = _NP_AFTER.match(text, verb_end, qs)
            name = m and _noun_phrase(m.group("m"), who)
        else:
            m, name = who.subject(at)
            m = m if m and m.start() >= cut else None
            name = m and (name or _who(m.group("n"), who))  # a pronoun needs `who`
            if not m and verb.lower() in _SAY_INV:  # '"A," said Doe, "and B."'
                m = _NP_AFTER.match(text, verb_end, qs)
                name = m and _noun_phrase(m.group("m"), who)
        cued = cued or m
        if name:
            return name, True
    if not full_stop:
        sent_end = _SENT_END.search(text, qe, qe + 300)
        stop = sent_end.start() + 1 if sent_end else qe + 300
        m = _TRAILING.search(text, qe, stop)
        if m:
            return _who(m.group("n"), who), True
        m = _TRAILING_INV.search(text, qe, stop)
        name = m and _noun_phrase(m.group("a"), who)
        if name:
            return name, True
    colon = before.rstrip().endswith(":")
    if colon and (m := _COLON_NAME.search(before)) and (name := clean_name(m.group("n"))):
        return name, True
    if cued is None and not colon and not _opens_sentence(text, qs) \
            and len(text[qs:qe].split(maxsplit=MIN_WORDS)) > MIN_WORDS:
        # 'Sanders used the question to demand that the rich "pay their fair share"': a
        # quote inside a sentence that cues no one is most often its subject's, when the
        # subject is someone: a full name, or a name already quoted
        m = _SUBJECT_VERB.match(before) or _SUBJECT.match(before)
        name = m and _who(m.group("n"), who)
        if name and (_FULL_NAME.fullmatch(name) and name.split()[0].lower() not in who.lowercase
                     or who.quoted(name)):
            return name, True
    if colon or _PARTICIPLE.search(before):
        # 'Huang called the partnership crucial: "..."' names the subject first; skip opening
        # phrases such as 'On Monday,'
        lead = 0
        while lead >= 0:
            for subject in (_SUBJECT_VERB, _SUBJECT):
                m = subject.match(before, lead)
                name = m and _who(m.group("n"), who)
                if name:
                    return name, True
            lead = before.find(",", lead) + 1 or -1
    return None, cued is not None  # 'he said "..."' with no one to point at is still cued


def _sentence_start(text: str, lo: int, qs: int) -> int:
    """Where the sentence before the quote at `qs` starts: after the last sentence end in
    text[lo:qs], or at lo."""
    # No sentence end holds a letter or digit, so a scan from just after one finds the same
    # ends as a scan from lo: most sentences are short, so look at the last stretch first.
    # Nor can an end run from before `near` to after it: when the last stretch has none, the
    # stretch before it is scanned alone.
    near = qs - 150
    while near > lo and not text[near - 1].isalnum():
        near -= 1
    if near <= lo:
        near = qs
    cut = _last_sentence_end(text, near, qs) if near < qs else None
    if cut is None:
        cut = _last_sentence_end(text, lo, near)
    return lo if cut is None else cut


def _last_sentence_end(text: str, lo: int, qs: int) -> int | None:
    cut = None
    for m in _SENT_END.finditer(text, lo, qs):
        at = m.start()
        # a paragraph ending in a colon introduces the quote opening the next one
        if text[at] == "\n" and text[max(0, at - 8):at].rstrip().endswith(":"):
            continue
        cut = m.end()
    return cut


# What may follow the speaker after an inverted verb: '," said Nadal afterwards.'
_ADVERBS_AFTER: Final = frozenset(
    "afterwards afterward later yesterday today tonight recently earlier "
    "then too also again previously simply instead".split())


def _noun_phrase(np: str, who: _Antecedents | None) -> str | None:
    """The speaker in a phrase after an inverted verb: the name at its end ('former Obama
    adviser David Axelrod'), before any 'of' ('Ted Cruz of Texas') or adverb ('Nadal
    afterwards'); or a description."""
    words = np.split()
    while len(words) > 1 and words[-1] in _ADVERBS_AFTER:
        words.pop()
    np = " ".join(words)
    if np in _PRONOUNS:
        return _who(np, who)
    if _DETERMINER.match(np):
        return np[0].lower() + np[1:]  # 'a spokesman for the council'

    head = np.split(" of ")[0]
    m = _NAME_AT_END.search(head)
    return clean_name(m.group()) if m else None


def _who(name: str, who: _Antecedents | None) -> str | None:
    words = name.split()
    name = " ".join(words)
    if name in _PRONOUNS:
        return who.last(person=name.lower() != "they") if who else None
    if name[:1].islower() or (words[0] in ("The", "A", "An") and _DESC_RX.fullmatch(name)):
        return name[0].lower() + name[1:]  # "the newspaper", "a White House spokesman"
    return clean_name(name)


class _Antecedents:
    """Cue verbs, sentence subjects and speakers seen, for finding who speaks and resolving
    'he said' at position `at`. Work is lazy and memoised: verbs are found only in the text
    quotes look at (the sentence before a quote, back from a 'he said'), which keeps
    scanning cheap."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end, self.at = text, start, end, start
        self.speakers: list[tuple[int, str]] = []
        # the verbs in each _CHUNK of text, found from its start up to a point
        self._chunks: dict[int, tuple[int, list[tuple[int, int, str]]]] = {}
        self._cues: dict[int, str | None] = {}  # by where the verb starts
        self._subjects: dict[int, tuple[re.Match | None, str | None]] = {}  # likewise
        self._surnames: set[str] = set()
        # a full name's first word that the article also writes in lower case opens a
        # sentence ("Latest Opera browsers"): looked up only when asked
        self.lowercase = LowerCaseWords(text, start)

    def verbs_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, verb) of the cue verbs that start in [lo, hi): the same as a scan of
        the whole text finds there. Verbs never overlap (the word after the space of
        'according to' opens no verb), so each may be matched on its own. A verb starting before
        `hi` can go on past it over a word character or a space: then the scan runs _VERB_LEN
        further, so that the verb ends where it would in the whole text."""
        text = self.text
        lo, stop = max(lo, self.start), min(hi, self.end)
        if lo >= stop:
            return []
        if stop < self.end and (is_word_char(text[stop]) or text[stop] == " "):
            stop = min(self.end, hi + _VERB_LEN)
        # A verb's first word is one of the stretch's words: every other character, and every
        # one beyond ASCII (a '?' from encode), is a space in the translation.
        words = _VERB_WORDS.intersection(
            text[lo:stop].encode("ascii", "replace").translate(_ASCII_LETTERS).split())
        found = {}
        for w in words:
            word = w.decode()
            at = text.find(word, lo, stop)
            while 0 <= at < hi:
                if m := _VERB.match(text, at, stop):
                    found[at] = at, m.end(), m.group()  # 'read' finds 'reads' too: once
                at = text.find(word, at + 1, stop)
        return sorted(found.values())

    def verbs_before(self, at: int) -> Iterator[tuple[int, int, str]]:
        """The cue verbs that start before `at`, nearest first."""
        for c in range((at - 1) // _CHUNK, self.start // _CHUNK - 1, -1):
            # found up to `at` only: the next quote looks back from further on
            lo, verbs = self._chunks.get(c, (c * _CHUNK, []))
            hi = min(at, (c + 1) * _CHUNK)
            if lo < hi:
                verbs = verbs + self.verbs_in(lo, hi)
                self._chunks[c] = hi, verbs
            yield from reversed(verbs[:bisect_left(verbs, (at,))])

    def subject(self, at: int) -> tuple[re.Match | None, str | None]:
        """'Jane Doe, a spokeswoman, also' right before the verb at `at`, and the name it
        gives (None for a pronoun); an opening word that is not a name ('Or, as Tom Ridge,
        ... put it') is skipped."""
        if at in self._subjects:
            return self._subjects[at]
        lo = self.start
        # most subjects sit in the few words before the verb; look further back only when
        # an apposition or affiliation may come between
        rx = _SUBJECT_NEAR
        appos = _APPOSITION.search(self.text, max(lo, at - 30), at)
        m = None if appos else rx.search(self.text, self._near_start(max(lo, at - 48), at), at)
        if appos or m and _AFFILIATION.search(self.text, max(lo, m.start() - 10), m.start()):
            rx = _SUBJECT_END
            m = rx.search(self.text, self._end_start(max(lo, at - 160), at), at)
        name = None
        while m and not (m.group("n") in _PRONOUNS or not _PLACE.match(m.group("n"))
                         and (name := _who(m.group("n"), None))):
            m = rx.search(self.text, m.end("n"), at)
        self._subjects[at] = m, name
        return m, name

    def _near_start(self, lo: int, at: int) -> int:
        """Where a subject right before `at` may start: after what none holds."""
        m = _NOT_NEAR_SUBJECT.match(self.text, lo, at)
        return m.end() if m else lo

    def _end_start(self, lo: int, at: int) -> int:
        """Where a subject with an apposition before `at` may start: after the last blank
        line, and after the last ; : or quote mark unless a parenthesis opens in the 25
        characters before it (only the apposition's parenthesis can hold one)."""
        text = self.text
        lo = max(lo, text.rfind("\n\n", lo, at) + 1)
        # (the '' of NYT-style copy is a quote mark: its second ' is the mark's last character)
        mark = max(max(text.rfind(c, lo, at) for c in ';:“”"'),
                   text.rfind("''", lo, at) + 1 or -1)
        if mark >= 0 and text.find("(", max(lo, mark - 25), mark) < 0:
            lo = mark + 1
        return lo

    def quoted(self, name: str) -> bool:
        """Whether `name` has been given a quote before, in full or by surname."""
        return any(n == name or n.endswith(" " + name) for _, n in self.speakers)

    def add(self, at: int, name: str) -> None:
        self.speakers.insert(bisect_left(self.speakers, (at, "")), (at, name))

    def last(self, person: bool = True) -> str | None:
        """The nearest name before `at`: a quote's speaker, someone named as saying
        something, or a sentence's subject (a full name, or a surname seen saying)."""
        found = []
        i = bisect_left(self.speakers, (self.at, ""))
        if i:
            found.append(self.speakers[i - 1])
        for verb in islice(self.verbs_before(self.at), 40):
            name = self._cue(verb)
            if name and (name[:1].isupper() or not person):
                found.append((verb[0], name))
                break
        lo = max(found)[0] if found else max(self.start, self.at - 3000)
        starts = [lo] if lo == self.start else []
        starts += [m.end() for m in _SENT_START.finditer(self.text, lo, self.at)]
        for s in reversed(starts):
            m = _PERSON.match(self.text, s, self.end)
            name = m and clean_name(m.group("n"))
            if name and (" " in name or name in self._surnames):
                found.append((s, name))
                break
        found = [f for f in found if f[1][:1].isupper() or not person]
        return max(found)[1] if found else None

    def said_since(self, lo: int, hi: int) -> str | None:
        """The name of the last one said to speak in text[lo:hi], by a cue verb; None if
        there is none, or if it is a pronoun ('"...," she said.'), most likely the speaker
        before."""
        for verb in self.verbs_before(hi):  # nearest first, from the memoised chunks
            if verb[0] < lo:
                break
            m, name = self.subject(verb[0])
            if m and not name:  # a pronoun
                return None
            name = self._cue(verb)
            if name and name[:1].isupper():
                return name
        return None

    def _cue(self, verb: tuple[int, int, str]) -> str | None:
        at, verb_end, word = verb
        if at not in self._cues:
            m, name = self.subject(at)
            if not m and (word.lower() in _SAY_INV or word.lower() == "according to"):
                m = _NP_AFTER.match(self.text, verb_end, self.end)
                name = m and _noun_phrase(m.group("m"), None)
            self._cues[at] = name
            if name:
                self._surnames.add(name.split()[-1])
        return self._cues[at]
