"""Direct quotes and who said them.

Marks: curly “…” and ‘…’, straight "…" and '…', and the doubled apostrophes ''…'' of
NYT-style wire copy. A quote may run over several sentences and paragraphs: by news
convention a paragraph that ends inside a quote carries no closing mark, and the next
paragraph opens with a fresh one. A quote left open at a paragraph end that is not
continued is dropped: it is more often a stray mark than a quote. Quotes of fewer than three
words are scare quotes ('a "breakthrough"'), unless someone is said to have said them in the
same sentence ('Trump called the deal "a disaster"'), which is a partial quote.

Speakers, nearest evidence first: a cue right after the closing mark ('," X said',
'," said X', '," he added', '," the newspaper wrote', '," X, a spokeswoman, said'); a cue
before the quote in its sentence ('X said that', 'according to X', 'X called it'); the
subject of a sentence that ends in a colon or goes on with 'saying'. Titles are stripped
("CEO Arthur Mensch" is Arthur Mensch), "he/she said" goes to the most recent person named
as saying something, and a quote with no cue of its own that opens a sentence carries on the
speaker of the quote just before it in the same or the previous paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_WORDS = 3
_DOUBLE = re.compile(r"“|”|\"|'''?")  # '' is a double mark in NYT-style copy
_SINGLE = re.compile(r"‘(?P<c>[^‘“”\"\n]{1,400}?)’(?!\w)"
                     r"|(?<![\w’'])'(?!')(?P<d>[^'\n]{1,400}?)(?<!')'(?![\w'])")
_CONTRACTION = re.compile(r"(?i)(?:i|we|you|he|she|it|they|that|there|what|who)[’'](?:m|s|re|ve|ll|d)$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TITLES = set("""ceo cfo cto coo chief executive officer scientist president vice chairman
    chairwoman chair director founder co-founder cofounder minister secretary spokesperson
    spokesman spokeswoman head analyst professor prof dr mr mrs ms senator sen governor gov
    rep representative congressman congresswoman mayor general gen manager editor economist
    researcher deputy senior lead partner speaker leader attorney judge justice ambassador
    candidate nominee lt col sgt rev former""".split())
# Capitalised words that start a sentence or a clause and are not a name.
_NOT_NAME = set("""the this that these those it its a an and but or so yet in on at as for of
    to from by with after before when while if though although because since then now still
    also later earlier asked speaking today yesterday tonight meanwhile however instead
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december there here what why how who
    we i you they he she his her their our my i’m i'm he’s she’s it’s that’s there’s one
    he's she's it's that's there's""".split())
_SAY = ("(?:said|says|say|told|tells|explained|explains|noted|notes|added|adds|warned|warns|"
        "wrote|writes|admitted|admits|stated|states|argued|argues|insisted|insists|recalled|"
        "recalls|observed|asked|asks|continued|continues|remarked|replied|responded|answered|"
        "announced|declared|claimed|claims|commented|tweeted|posted|concluded|concludes|"
        "acknowledged|conceded|suggested|suggests|predicted|promised|promises|vowed|pledged|"
        "boasted|bragged|complained|lamented|joked|quipped|shouted|yelled|chanted|urged|"
        "emphasized|stressed|pointed out|shot back|countered|testified|assured|reported|"
        "went on|put it|read|reads)")
# Verbs that can come before their subject: '," said Jo Doe' (but 'told Jo Doe' is the listener).
_SAY_INV = ("(?:said|says|added|adds|wrote|writes|asked|asks|explained|explains|noted|notes|"
            "continued|continues|replied|responded|recalled|warned|warns|tweeted|declared|"
            "concluded|insisted|argued|remarked|observed|commented|stated|joked|quipped|"
            "according to)")
# Cues that come before a partial quote: 'Trump called the deal "a disaster"'.
_SAY_BEFORE = (r"(?:" + _SAY[3:-1] + "|called|calls|described|describes|dubbed|labeled|"
               "labelled|branded|referred to|refers to|accused|accuses|blasted|slammed|"
               "praised|mocked|criticized|blamed|thanked|cited|touted|denounced|condemned|"
               "demanded|questioned|thought|believes|believed)")
_S = r"[^\S\n]"  # a space that is not a line break (news copy is full of no-break spaces)
_SP = rf"(?:{_S}+|{_S}*\n{_S}*)"  # a space, or a soft line wrap inside a paragraph
_ABBR = r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Sgt|Rev|Prof|Pres|Atty|Capt|Adm)\."
_TOK = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'&-]*)"  # a capitalised word, or initials
_NAME = (rf"(?:{_ABBR}{_SP})?{_TOK}(?:{_SP}(?:de{_SP}|von{_SP}|van{_SP}|{_ABBR}{_SP})?{_TOK})"
         r"{0,5}(?:,? Jr\.)?")
# A speaker that is not a name: "the newspaper", "a Clinton spokesman", "the White House".
_LOW = r"(?!(?:and|or|but|who|which|that|as|is|was|has|had|to)\b)[a-z][\w’'-]*"
_DESC = (rf"(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s){_S}+(?:"
         rf"(?:[A-Z][\w’'.-]*{_S}+){{0,3}}(?:{_LOW}{_S}+){{0,3}}?{_LOW}"
         rf"|(?:[A-Z][\w’'-]*{_S}+){{0,2}}[A-Z][\w’'-]*)")
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_WHO = rf"(?:{_PRONOUN}|{_DESC}|{_NAME})"
_ADV = rf"(?:{_S}+(?:also|later|then|has|had|have|would|will|again|once|\w+ly))?"
# 'Jane Doe, a spokeswoman for the campaign, said', 'Jo Doe (R-Ohio) said', 'Doe, who said',
# 'Jo Doe of the Brookings Institution said'
_APPOS = (rf"(?:{_S}+(?:of|from|at){_S}+(?:the{_S}+)?{_TOK}(?:{_S}+(?:of{_S}+|for{_S}+|and{_S}+)?{_TOK}){{0,5}})?"
          rf"(?:{_S}*\([^()\n]{{1,25}}\))?(?:(?:,[^,;:“”\"\n]{{1,100}}){{1,2}},)?(?:,?{_S}+who)?")
# lower-case title words in front of a name: 'said campaign manager Corey Lewandowski'
_LOWER_TITLE = (r"(?:(?!(?:in|on|at|to|of|the|a|an|during|after|before|about|with|for|from|"
                rf"that|this|by|and|but)\b)[a-z][\w’'-]*{_S}+){{0,3}}")
# words in front of a name: 'White House press secretary Josh Earnest said'
_LEAD = rf"(?:(?:{_ABBR}|[\w’'-]+){_S}+){{0,6}}?"
_AFTER = re.compile(
    rf"[,!?;—–-]*{_S}*(?:{_SAY_INV}{_S}+(?:(?P<a>{_PRONOUN}|{_DESC})\b|"
    rf"{_LOWER_TITLE}(?P<b>{_NAME}))|{_LEAD}(?P<c>{_WHO}){_APPOS}{_ADV}{_S}+{_SAY}\b)")
# an attribution closing the sentence the quote is in: 'A "handful" is enough, Warren said.'
_TRAILING = re.compile(rf",{_S}*(?P<n>{_WHO}){_APPOS}{_ADV}{_S}+{_SAY}\b[^.!?“”\"\n]*[.!?]$")
_BEFORE = re.compile(rf"[Aa]ccording{_S}+to{_S}+(?P<m>{_WHO})|(?<![\w’'])(?P<n>{_WHO}){_APPOS}"
                     rf"{_ADV}{_ADV}{_S}+{_SAY_BEFORE}\b")
_SUBJECT = re.compile(rf"\W*(?P<n>{_WHO})")
_PARTICIPLE = re.compile(rf",{_S}+(?:saying|adding|calling|telling|arguing|noting|writing|"
                         r"declaring|explaining|asking|insisting|claiming|warning|"
                         r"describing|recalling)\b[^.!?]*$")
_SENT_END = re.compile(r"(?<![\s.][A-Z])(?<!Mr|Ms|Dr|Jr|Sr|St|Lt|No|Co)(?<!Mrs|Sen|Rep|Gov|Gen|Del|Col|Rev"
                       r"|Jan|Feb|Aug|Oct|Nov|Dec|Inc)(?<!Sept|Prof)[.!?…][”\"’')]*\s+(?=[^a-z])|\n[ \t]*\n")


# Someone named as saying something, anywhere: the antecedents "he said" can point to.
_CUE = re.compile(rf"(?<![\w’'])(?P<n>{_NAME}){_APPOS}{_ADV}{_S}+{_SAY_BEFORE}\b"
                  rf"|{_SAY_INV}{_S}+{_LOWER_TITLE}(?P<m>{_NAME})")
# The subject of a sentence: 'Fiorina opened by talking about...'
_PERSON = re.compile(rf"(?:(?<=[.!?][ \xa0])|(?<=\n)|^)(?P<n>{_NAME})(?<![’'s]){_APPOS}{_S}+(?:also{_S}+)?(?:[a-z]+(?:ed|es)|is|was|has|had|will|would|did)\b", re.M)
MODE = "both"


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
    while tokens and (tokens[0].lower() in _NOT_NAME or _CONTRACTION.match(tokens[0])):
        tokens = tokens[1:]  # "But Trump", "Asked Clinton", "I'm"
    last_title = max((i for i, t in enumerate(tokens[:-1])
                      if t.lower().strip(".,") in _TITLES), default=-1)
    tokens = tokens[last_title + 1:]
    name = " ".join(tokens).strip(" ,.")
    return name or None


def scan(text: str, start: int, end: int, people: list[str]) -> list[QuoteMention]:
    """Quotes in text[start:end]; `people` is the running list of speakers seen."""
    found: list[QuoteMention] = []
    prev: QuoteMention | None = None
    named = []
    if MODE in ("cue", "both"):
        for m in _CUE.finditer(text, start, end):
            n = clean_name(m.group("n") or m.group("m"))
            if n and not re.fullmatch(_PRONOUN, n):
                named.append((m.start(), n))
    if MODE in ("person", "both"):
        named += [(m.start(), n) for m in _PERSON.finditer(text, start, end) if (n := clean_name(m.group("n"))) and (" " in n or any(n in x for _, x in named))]
    named.sort()
    people = _People(named, people)
    for qs, qe, pieces in _quotes(text, start, end):
        people.at = qs
        words = " ".join(text[a:b].strip() for a, b in pieces).strip().rstrip(",").strip()
        speaker, local = _speaker(text, qs, qe, start, words.endswith("."), people)
        if speaker is None and prev is not None and prev.speaker and _opens_sentence(text, qs) \
                and text.count("\n\n", prev.end, qs) <= 1:
            speaker = prev.speaker  # '"...," she said. "More words."' goes on with her
        if len(words.split()) < MIN_WORDS and not local:
            continue
        if speaker:
            people.append(speaker)
            people.named.append((qs, speaker))
            people.named.sort()
        prev = QuoteMention(qs, qe, words, speaker)
        found.append(prev)
    return found


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, inner pieces) of each quote, double marks first, then single ones in the
    text left over."""
    out = []
    qs = None  # where the open quote's mark starts
    inner, pieces = 0, []
    for m in _DOUBLE.finditer(text, start, end):
        s, e, mark = m.start(), m.end(), m.group()
        before = text[s - 1] if s > start else " "
        after = text[e] if e < end else " "
        if before == "=":  # an attribute in markup: <a href="...">
            continue
        if qs is not None and "\n" in text[inner:s]:
            gap = text[inner:s]
            if mark != "”" and not gap[gap.rfind("\n") + 1:].strip():
                pieces.append((inner, inner + len(gap.rstrip())))  # next paragraph goes on
                inner = e
                continue
            if _BLANK_LINE.search(gap):
                qs = None  # left open at a paragraph end and not continued
        opens = mark == "“" or (mark != "”" and not after.isspace())
        if qs is None:
            if opens:
                qs, inner, pieces = s, e, []
        elif mark == "“" or (mark != "”" and before.isspace() and opens):
            qs, inner, pieces = s, e, []  # the earlier mark had no partner
        else:
            pieces.append((inner, s))
            out.append((qs, e, pieces))
            qs = None
    singles, pos = [], start
    for qs, qe, _ in out + [(end, end, None)]:
        if pos < qs and ("‘" in text[pos:qs] or "'" in text[pos:qs]):
            singles += [(m.start(), m.end(), [(m.start() + 1, m.end() - 1)])
                        for m in _SINGLE.finditer(text, pos, qs)]
        pos = qe
    return sorted(out + singles)


def _opens_sentence(text: str, qs: int) -> bool:
    before = text[max(0, qs - 3):qs].rstrip()
    return not before or before[-1] in ".!?\n”\"'’:"


def _speaker(text: str, qs: int, qe: int, start: int, full_stop: bool,
             people: list[str]) -> tuple[str | None, bool]:
    """The speaker, and whether the quote's own sentence names them (not carried over)."""
    # '"We will," he said' -- but after '"We will."' a new sentence starts
    m = None if full_stop or text.startswith(".", qe) else _AFTER.match(text, qe, qe + 200)
    if m:
        return _who(m.group("a") or m.group("b") or m.group("c"), people), True
    # the sentence before the quote
    lo = max(start, qs - 300)
    cut = lo
    for cut_m in _SENT_END.finditer(text, lo, qs):
        cut = cut_m.end()
    before = text[cut:qs]
    m = None
    for m in _BEFORE.finditer(before):
        pass
    if m:
        return _who(m.group("n") or m.group("m"), people), True
    if not full_stop:
        sent_end = _SENT_END.search(text, qe, qe + 300)
        m = _TRAILING.search(text, qe, sent_end.start() + 1 if sent_end else qe + 300)
        if m:
            return _who(m.group("n"), people), True
    if before.rstrip().endswith(":") or _PARTICIPLE.search(before):
        # 'Huang called the partnership crucial: "..."' names the subject first; skip an
        # opening phrase such as 'On Monday,' when it is not a name
        for lead in (0, before.find(",") + 1):
            m = _SUBJECT.match(before, lead)
            name = m and _who(m.group("n"), people)
            if name:
                return name, True
    return None, False


class _People(list):
    def __init__(self, named, outer):
        super().__init__(outer)
        self.named, self.at, self.outer = named, 0, outer

    def append(self, x):
        self.outer.append(x)

    def last(self, person=True):
        from bisect import bisect_left
        i = bisect_left(self.named, (self.at, ""))
        while i and person and self.named[i - 1][1][:1].islower():
            i -= 1
        return self.named[i - 1][1] if i else None


def _who(name: str, people) -> str | None:
    if re.fullmatch(_PRONOUN, name):
        return people.last(person=name.lower() != "they")
    if name[:1].islower() or name.split()[0] in ("The", "A", "An") and re.fullmatch(_DESC, name):
        return name[0].lower() + name[1:]
    return clean_name(name)
