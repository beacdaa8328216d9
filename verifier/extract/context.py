"""What a claim is about: its subject entity, the thing it measures, and its time scope.

First cut, gazetteer-free: entities are capitalised phrases; the subject is the entity of the
claim's own clause, else the antecedent of a "which/who" clause, else the sentence's first
entity, else the article's main entity. Entities after "in/across/from..." are places or
objects, not subjects.
"""

from __future__ import annotations

import codecs
import re
import string
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import filterfalse
from operator import itemgetter
from typing import Final

from ..segment import Sentence, literal_alternation
from . import numwords
from .chars import a_to_z_only, is_word_char, positions
from . import units as U

_CAP_RUN: Final = re.compile(
    r"[A-Z][\w’'&.-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|&[ \t]+)?[A-Z0-9][\w’'&.-]*)*")
_LEADING: Final = set(
    """The A An This That These Those It Its In On At By For With As But And Or If
    When While What Why How Today However Though Although Despite According After Before Since
    During Unlike Alongside So Their His Her Our We They He She You I Your Yet Also Meanwhile
    Here There Such Some Many Most More Every Each Both All Any No Not Then Now Still Even Only
    Mr Mrs Ms Dr Inside Building Consider Evaluate Target Key""".split()) | {
    w.capitalize() for w in (*numwords.SMALL_NUMBERS, *numwords.SCALE_WORDS, "several", "few",
                             "dozens", "tens", "hundreds", "thousands", "millions", "billions")}
# Words that open a sentence before a number or a name, never a name's first word ("About
# 120 staff", "Between 1998 and"), though titles hold them after their first ("Die Another Day")
_OPENERS: Final = set("""About Around Between Over From Until Another Nearly Almost Roughly
    Approximately Among Aged Across Within Through Than Via Per Toward Towards
    Without""".split())
_DEMONYMS: Final = set("""French European American Chinese German British English Italian Spanish
    Japanese Indian Russian Dutch Swiss Latvian Canadian Korean Irish Scottish Welsh Polish
    Swedish Danish Norwegian Finnish Belgian Austrian Portuguese Greek Israeli Brazilian
    Mexican Australian African Asian Arab Western Eastern Northern Southern""".split())
_GENERIC: Final = set("""AI API CEO CTO CFO GPU GPUs LLM LLMs ML IT Image Summary Key Points Chief
    Scientist Executive President Director Founder Minister Head Analysts Observers Experts
    Celsius Fahrenheit Kelvin""".split())
_TITLE_WORDS: Final = {"CEO", "CTO", "CFO", "COO", "Chief", "President", "Director", "Founder",
                       "Minister", "Chairman", "Scientist", "Executive", "Head", "Secretary"}
# Days and months: a date's, not a name's ("On Friday, the council will...")
_CALENDAR: Final = set("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December""".split())
# A one-word run that is one of these, as written or less its closing mark, names nothing
_NOT_ALONE: Final = frozenset(_LEADING | _OPENERS | _TITLE_WORDS | _DEMONYMS | _CALENDAR)
_DEMONYM_OR_GENERIC: Final = frozenset(_DEMONYMS | _GENERIC)
_DEMONYMS_OR_CALENDAR: Final = frozenset(_DEMONYMS | _CALENDAR)  # less a possessive: "Friday's"
# A name's first words are not one of these
_NOT_BEFORE_A_NAME: Final = frozenset(_LEADING | _OPENERS | _DEMONYMS)
_ORG_SUFFIX: Final = {
    "ai", "inc", "ltd", "sas", "sa", "corp", "corporation", "group", "plc", "llc",
    "gmbh", "co", "company", "ag"}
# An entity right after one of these (and "the") is a place or an object, not a subject
_LOCATIVE_WORDS: Final = frozenset(
    "in at across from to throughout near within into outside under over "
    "like than with by against for".split())
_BREAKS: Final = ",;:()—–"  # a clause starts after each
# Opens with its literal "wh" (a leading \b would make the engine try every position); the
# word boundary before it is tested by hand
_RELATIVE_WORD: Final = re.compile(r"wh(?:ich|om|ose|o)\b")
_RELATIVE: Final = re.compile(r"\W*(?:which|who)\b", re.I)


class Clauses:
    """Where the clauses of an article start: after each comma, colon, parenthesis or dash,
    and after "which/who". Found in one pass over the article; each claim looks up its own."""

    __slots__ = ("breaks", "relatives", "relative_starts")

    def __init__(self, text: str, start: int = 0):
        self.breaks = positions(text, _BREAKS, start)
        self.relatives = [m.span() for m in _RELATIVE_WORD.finditer(text, start)
                          if not m.start() or not is_word_char(text[m.start() - 1])]
        self.relative_starts = [s for s, _ in self.relatives]

    def of(self, sent_start: int, claim_start: int) -> tuple[int, int]:
        """(where the clause holding a claim starts, where it starts with its opening
        "which/who" included)."""
        breaks = self.breaks
        i = bisect_left(breaks, claim_start) - 1
        start = breaks[i] + 1 if i >= 0 and breaks[i] >= sent_start else sent_start
        opening = start
        relatives = self.relatives
        k = bisect_left(self.relative_starts, start)
        while k < len(relatives) and relatives[k][1] <= claim_start:
            opening, start = relatives[k]
            k += 1
        return start, opening


@dataclass
class Entity:
    start: int
    end: int
    name: str
    key: str


_KEY_NOISE: Final = re.compile(r"[’']s\b|[^\w\s&-]")
_TOKEN: Final = re.compile(r"\S+")
_TWO_LETTERS: Final = re.compile(r"[A-Za-z]{2}")
_CODE_LIKE: Final = re.compile(r"[A-Z]\d+|\d.*")
_PAREN_FIRST: Final = re.compile(r"[ \t]*\([^)]*\)")
_OF_WORDS: Final = re.compile(r"\s+of\s+((?:[\w-]+[ \t\n]*){1,4})")
_MONEY_VERB: Final = re.compile(
    r"[ \t]+((?:raised|invested|spent|committed|lost|earned|generated)\b)")
_DATE_NAME: Final = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov"
    r"|Dec)\.?(?: \d{1,2})?,? \d{4}")  # "May 2025" is a date, not a name


def entity_key(name: str) -> str:
    key = name.lower()
    if key.isalnum():  # one word, the common case: nothing to take out, no suffix to drop
        return key
    if not key.replace(" ", "").isalnum():  # else nothing for _KEY_NOISE to take out
        key = _KEY_NOISE.sub(" ", key)
    words = key.split()
    while len(words) > 1 and words[-1] in _ORG_SUFFIX:
        words.pop()
    return " ".join(words)


class LowerCaseWords:
    """The words an article writes in lower case, as `in` tests: "Shares" opening a sentence
    is no name when the article also writes "shares". A word is written in lower case when
    it stands as a token of `[a-z][a-z’'-]+` in the text from `start` (a run of those
    characters, less any apostrophes and hyphens it opens with). Each word asked about is
    looked for with str.find, which costs far less than listing every token of the article:
    only a few dozen words are ever asked about."""

    _RUN = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
    _FORM = re.compile(r"[a-z][a-z’'-]+")

    def __init__(self, text: str, start: int = 0):
        self.text, self.start = text, start
        self._seen: dict[str, bool] = {}
        self._blanked: str | None = None

    def __contains__(self, word: str) -> bool:
        seen = self._seen.get(word)
        if seen is None:
            seen = self._seen[word] = self._may_be_written(word) and self._written(word)
        return seen

    def _may_be_written(self, word: str) -> bool:
        if not (word.isascii() and word.isalpha()):
            return bool(self._FORM.fullmatch(word))
        if len(word) < 2 or not word.islower():  # plain letters: the form is 2+ of a-z
            return False
        blanked = self._blanked
        if blanked is None:
            # a word of plain letters that is not found between blanks in this copy is
            # written nowhere in lower case (a substring search rules most words out)
            blanked = self._blanked = f" {a_to_z_only(self.text[self.start:])} "
        # the word itself is searched for, not " word ": str.find skips ahead on a needle's
        # last character, and after a blank, which is everywhere, it cannot
        at, end = blanked.find(word), len(word)
        while at >= 0:
            if blanked[at - 1] == " " and blanked[at + end] == " ":
                return True
            at = blanked.find(word, at + 1)
        return False

    def _written(self, word: str) -> bool:
        text, start, run = self.text, self.start, self._RUN
        at = text.find(word, start)
        while at >= 0:
            after = at + len(word)
            if after == len(text) or text[after] not in run:
                before = at - 1
                while before >= start and text[before] in "’'-":
                    before -= 1
                if before < start or text[before] not in run:
                    return True
            at = text.find(word, at + 1)
        return False


def article_entities(text: str, sentences: list[Sentence], wanted: set[int],
                     lowercase_words: LowerCaseWords | set[str],
                     title_end: int) -> tuple[dict[int, list[Entity]], str | None, dict[str, str]]:
    """One pass over an article's sentences: the entity mentions of the `wanted` sentences
    (by start offset), the article's main entity (the most mentioned, a title mention counting
    three times, the first mentioned on a tie) and the display name of each entity key (its
    most used spelling, the longest on a tie). `lowercase_words` are words the article also
    writes in lower case, so a capitalised sentence opener is not taken for a name."""
    by_sentence: dict[int, list[Entity]] = {start: [] for start in wanted}
    # (key, name) of every mention, in text order: counted in one go at the end
    found: list[tuple[str, str]] = []
    in_title = 0  # how many of them the title holds
    classes = _char_classes(text)
    finditer = _CAP_RUN_CLASSES.finditer
    splits = _SPLITS  # this loop sees every capitalised run: lookups kept local
    lower_case: dict[str, bool] = {}
    deferred: list[tuple[Sentence, int]] = []
    openers: list[tuple[int, tuple[str, str]]] = []  # (sentence start, its first mention)
    for sent in sentences:
        start = sent.start
        if sent.heading and _title_case(text, start, sent.end):
            deferred.append((sent, len(found)))
            continue
        keep = by_sentence.get(start)
        opening = len(found)  # the mention that may open the sentence: see _openers below
        for m in finditer(classes, start, sent.end):
            at, stop = m.span()
            run = text[at:stop]
            parts = splits.get(run)
            if parts is None:
                parts = _split_run(run)
            for s, e, name, key, alone, unit in parts:
                if alone is not None:
                    written = lower_case.get(alone)
                    if written is None:
                        written = lower_case[alone] = alone in lowercase_words
                    if written or unit and _after_a_number(text, at + s):
                        continue
                found.append((key, name))
                if keep is not None:
                    keep.append(Entity(at + s, at + e, name, key))
        if start < title_end:
            in_title = len(found)
        elif len(found) > opening:  # (a headline opens with names as often as not)
            openers.append((start, found[opening]))
    # "Mistral AI Expands Paris Campus": in a heading that capitalises every word, a run is
    # no name as a whole; the names in it are those the rest of the article writes. Its
    # mentions go where it stands in the text (last first, so the places stay right).
    if deferred:
        known = dict(found)
        for sent, i in reversed(deferred):
            keep, mentions = by_sentence.get(sent.start), []
            for cap in _CAP_RUN.finditer(text, sent.start, sent.end):
                for s, e, name, key in _known_names(cap.group(), known):
                    mentions.append((key, name))
                    if keep is not None:
                        keep.append(Entity(cap.start() + s, cap.start() + e, name, key))
            found[i:i] = mentions
            if sent.start < title_end:
                in_title += len(mentions)
    counts = Counter(map(itemgetter(0), found))  # in order of first mention
    # that an article names a word nowhere else says something only of an article long
    # enough to name its subjects twice: "Accardo composed 24 Caprices." names Accardo
    if len(sentences) < _OPENERS_MIN_SENTENCES:
        openers = []
    for start, key in _openers(text, openers, counts):
        del counts[key]
        if start in by_sentence:
            del by_sentence[start][0]
    for key, _ in found[:in_title]:
        if key in counts:
            counts[key] += 2
    # max keeps the first of equals: the first mentioned
    main = max(counts, key=counts.__getitem__) if counts else None
    spellings = Counter(found)
    names = dict(spellings.keys())  # the spelling of a key written one way
    if len(names) < len(spellings):  # some written more than one way: the most used
        for (key, name), n in sorted(spellings.items(),
                                     key=lambda kn: (kn[1], len(kn[0][1]), kn[0][1])):
            names[key] = name
    return by_sentence, main, names


def _openers(text: str, openers: list[tuple[int, tuple[str, str]]], counts: Counter
             ) -> list[tuple[int, str]]:
    """(sentence start, key) of the one-word mentions that open a sentence, a list item or a
    heading (not the title) before a word in lower case, and that the article names nowhere
    else: "Innovative engineering cut...", "Prosecutors allege...", "Shadow education
    secretary...". A surname of someone named in full ("Roddick") and a word in capitals
    ("SNP") stay names."""
    found, surnames = [], None
    for start, (key, name) in openers:
        first, _, rest = name.partition(" ")
        # (a word before generic ones counts as one word: "Largest AI infrastructure")
        if counts[key] != 1 or first.isupper() or rest and not all(
                w in _GENERIC for w in rest.split()):
            continue
        at = text.find(name, start)
        end = at + len(name)
        if not (_LIST_LEAD.fullmatch(text, start, at) and text.startswith(" ", end)
                and "a" <= text[end + 1:end + 2] <= "z"):
            continue
        if surnames is None:
            surnames = {k.rsplit(" ", 1)[-1] for k in counts if " " in k}
        if key not in surnames:
            found.append((start, key))
    return found


_OPENERS_MIN_SENTENCES: Final = 6
_LIST_LEAD: Final = re.compile(r"[\s\d.)*•-]*")  # what may stand before a sentence's first word


# _CAP_RUN as it matches in _char_classes(text), at the same offsets ([0Aa-z] is \w there):
# opening with a literal, it is found by a quick scan for that byte, where the engine tests
# every character of the text against [A-Z]
_CAP_RUN_CLASSES: Final = re.compile(
    rb"A[0Aa-z'&.-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|&[ \t]+)?[0A][0Aa-z'&.-]*)*")


def _class_of(c: str) -> str:
    """The byte that stands for a character in _char_classes: the same wherever _CAP_RUN
    treats characters alike."""
    if "A" <= c <= "Z":
        return "A"
    if "0" <= c <= "9":
        return "0"
    if "a" <= c <= "z" or c in " \t'&.-":  # "of", "de" and the rest of _CAP_RUN's literals
        return c
    if c == "’":
        return "'"
    return "a" if is_word_char(c) else "#"


_CLASS_OF: Final = "".join(map(_class_of, map(chr, range(256)))).encode("latin-1")
# Characters beyond Latin-1 (rare) are classed one by one, by an encoding error handler
codecs.register_error("verifier.context.classes", lambda error: (
    "".join(map(_class_of, error.object[error.start:error.end])), error.end))


def _char_classes(text: str) -> bytes:
    """`text` as _CAP_RUN_CLASSES matches it, a byte for each character."""
    return text.encode("latin-1", "verifier.context.classes").translate(_CLASS_OF)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether a heading capitalises (nearly) every word of four letters or more."""
    words = [w for w in text[start:end].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _bare_name(name: str) -> str:
    """"Nvidia's" is Nvidia, "Wasps'" is Wasps; a name that ends a sentence or clause loses
    the mark."""
    if name.endswith(("’s", "'s")):
        return name[:-2]
    if name.endswith(("s'", "s’")):  # "the Wasps' coach"
        return name[:-1]
    return name[:-1] if name.endswith((".", ",")) else name


def _known_names(run: str, known: dict[str, int]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, key) of the longest stretches of `run`'s words that name a `known`
    entity key, left to right."""
    tokens = [(t.group(), t.start()) for t in _TOKEN.finditer(run)]
    found, i = [], 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            s, e = tokens[i][1], tokens[j - 1][1] + len(tokens[j - 1][0])
            name = _bare_name(run[s:e])
            key = entity_key(name)
            if key in known:
                found.append((s, s + len(name), name, key))
                i = j
                break
        else:
            i += 1
    return found


def _after_a_number(text: str, at: int) -> bool:
    """Whether a number (and blanks or a hyphen) comes right before `at`: a unit written
    there ("300 MW", "20 TB") is no name."""
    while at and text[at - 1] in " \t-":
        at -= 1
    return bool(at) and text[at - 1].isdigit()


# How capitalised runs split does not depend on the article, and names recur across a corpus:
# the splits are kept for the whole run of the program (the article's own lower-case words
# are applied afterwards). Cleared when full, so memory stays bounded.
_SPLITS: dict[str, tuple] = {}
_SPLITS_MAX: Final = 200_000


def _split_run(run: str) -> tuple[tuple[int, int, str, str, str | None, bool], ...]:
    """(start, end, name, key, alone, unit) of the entities in a capitalised run, offsets
    into the run. `alone` is the lower-case form of a one-word entity: it is no name if the
    article also writes that word in lower case (a capitalised sentence opener), nor if
    `unit`, a unit's name or symbol, it is written after a number."""
    parts = _SPLITS.get(run)
    if parts is None:
        if len(_SPLITS) >= _SPLITS_MAX:
            _SPLITS.clear()
        parts = _SPLITS[run] = _split(run)
    return parts


def _split(run: str) -> tuple[tuple[int, int, str, str, str | None, bool], ...]:
    if " " not in run and "\t" not in run:  # one word, the common case: decide quickly
        if run.isalpha() and run.isascii():
            # plain letters (most words): no mark to take off, no code, a name if two
            # letters or more; as below, but with one strip instead of five tests
            if len(run) < 2 or run in _NOT_ALONE or run.rstrip("s") in _DEMONYM_OR_GENERIC:
                return ()
            key = run.lower()
            return ((0, len(run), run, key, key, run in U.SYMBOLS or key in U.UNITS),)
        word = run.rstrip(".,")
        # (a run opens with a capital, so it is never "of", "de" or "&"; a run that ends
        # with "." or "," is as it is neither in _NOT_ALONE nor, less "’s", in _DEMONYMS)
        if (word in _NOT_ALONE or word.rstrip("’'s") in _DEMONYMS_OR_CALENDAR
                or run.strip(".’'s") in _GENERIC):
            return ()
        name = _bare_name(run)
        if _not_a_name(name):
            return ()
        return ((0, len(name), name, entity_key(name), run.lower().strip(".,’'"),
                 _is_unit(name)),)
    # "Mistral AI CEO Arthur Mensch" is two entities: a title word ends a part, and so does a
    # leading word after its first word; parts are (first, last + 1) indices into `tokens`.
    # A possessive ends one too: "Britain's Jo Pavey", "Europe's AI", "Unison's 800".
    tokens = run.split()
    parts, first, owned = [], 0, False
    for i, tok in enumerate(tokens):
        if tok in _TITLE_WORDS or (i > first and tok in _LEADING):
            if i > first:
                parts.append((first, i))
            first = i + 1
        elif i + 1 < len(tokens) and _owner(tok, tokens[i + 1]):
            parts.append((first, i + 1))
            owned = True
            first = i + 1
    if first < len(tokens):
        parts.append((first, len(tokens)))
    found: list[tuple[int, int, str, str, str | None, bool]] = []
    starts = None
    for i, j in parts:
        while i < j and (tokens[i] in _NOT_BEFORE_A_NAME
                         or tokens[i].rstrip("’'s") in _DEMONYMS):
            i += 1
        while i < j and tokens[j - 1] in ("of", "de", "&"):
            j -= 1
        if i == j or tokens[i].strip(".’'s") in _GENERIC and all(
                t.strip(".’'s") in _GENERIC for t in tokens[i:j]):
            continue
        if tokens[i].rstrip(".,") in _CALENDAR and all(  # "On Friday", "Saturday 12 February"
                t.rstrip(".,") in _CALENDAR or t.rstrip(".,").isdigit() for t in tokens[i:j]):
            continue
        if i == 0 and j == len(tokens):  # the whole run, the common case
            s, e = 0, len(run)
        else:
            if starts is None:  # where each token starts in the run
                starts, pos = [], 0
                for tok in tokens:
                    pos = run.find(tok, pos)
                    starts.append(pos)
                    pos += len(tok)
            s, e = starts[i], starts[j - 1] + len(tokens[j - 1])
        name = run[s:e]
        if tokens[j - 1][-1] in "s.,'’":  # else no mark to take off
            name = _bare_name(name)
            e = s + len(name)
        if _not_a_name(name):
            continue
        if j - i == 1:
            found.append((s, e, name, entity_key(name), tokens[i].lower().strip(".,’'"),
                          _is_unit(name)))
        else:
            found.append((s, e, name, entity_key(name), None, False))
    if owned and len(found) > 1:
        # an owner before a name is no entity of its own: "France's Total" names Total, as
        # "Labour's Paul Flynn" names Paul Flynn (the owner of no name, as in "Europe's AI"
        # or "Unison's 800", stays)
        found = [f for f in found[:-1] if not _OWNER_END.match(run, f[1])] + found[-1:]
    return tuple(found)


_OWNER_END: Final = re.compile(r"['’]s?[ \t]")  # a possessive ends the part here


# Possessives that belong to the name after them: "New Year's Day", "Women's Hour"
_NAMED_OWNERS: Final = frozenset(
    """Year Years Children Women Men People Mother Mothers Father Fathers
    Valentine Fool Fools President Presidents Saint St Patrick Boys Girls Ladies""".split())


def _owner(token: str, following: str) -> bool:
    """Whether a run's `token` is a possessive that names an owner apart from the `following`
    name: "Britain's Jo Pavey", "Europe's AI", "Unison's 800", "members' 20", but not
    "New Year's Day" nor "Magistrates' Court"."""
    if token.endswith(("'s", "’s")):
        return token[:-2] not in _NAMED_OWNERS
    return token.endswith(("s'", "s’")) and following[:1].isdigit()


def _is_unit(name: str) -> bool:
    return name in U.SYMBOLS or name.lower() in U.UNITS


def _not_a_name(name: str) -> bool:
    """Whether a capitalised stretch names nothing: fewer than two letters in a row, a code
    ("A4", "2024"), a date ("May 2025"). Each pattern is tried only when the characters it
    needs are there, as most stretches are plain words."""
    head = name[:2]
    if not ("A" <= head[:1] <= "Z" and "a" <= head[1:] <= "z"):  # else a name, or a date
        if not _TWO_LETTERS.search(name):
            return True
        if (head[:1].isdecimal() or head[1:].isdecimal()) and _CODE_LIKE.fullmatch(name):
            return True
    return name[-1:].isdecimal() and bool(_DATE_NAME.fullmatch(name))


def not_places(lower: str, sent_start: int, sentence_entities: list[Entity]) -> list[Entity]:
    """The entities that can be a subject: not after "in/across/from..." (places, objects).
    `lower` is the article's text lower-cased, of the same length."""
    keep = []
    for e in sentence_entities:
        before = lower[max(sent_start, e.start - 20):e.start].split()[-2:]
        if before and before[-1] == "the":
            before = before[:-1]
        if not (before and before[-1] in _LOCATIVE_WORDS):
            keep.append(e)
    return keep


def subject(text: str, clauses: Clauses, sent_start: int, claim_start: int, claim_end: int,
            sentence_entities: list[Entity], candidates: list[Entity]
            ) -> tuple[str | None, str | None]:
    """(entity key, how it was chosen) for a claim, or (None, None) to use the article's.
    `candidates` is not_places(...) of the sentence. Entities are in text order; only those
    before the claim count, so one inside it never does."""
    if not sentence_entities:
        return None, None
    _, start = clauses.of(sent_start, claim_start)
    for e in reversed(candidates):  # the nearest one in the claim's clause
        if e.start < claim_start:
            if e.start >= start:
                return e.key, "clause"
            break
    if _RELATIVE.match(text, start, claim_start):  # "X, which runs 9 plants"
        for e in reversed(sentence_entities):
            if e.end <= start:
                return e.key, "relative"
    for e in candidates:  # else the first one of the sentence
        if e.end <= claim_start:
            return e.key, "sentence"
    return None, None


_TARGET_VERBS: Final = (
    "expand grow reach increase raise boost double triple build add hit deploy".split())
_TARGET: Final = re.compile(
    r"\b(will|would|shall|plans?|planned|planning|aims?|aiming|targets?|targeting|expects?|"
    r"expected|projected|forecasts?|intends?|goal|ambition|to (?:"
    + "|".join(_TARGET_VERBS) + r"))\b", re.I)
_PRESENT: Final = re.compile(r"\b(currently|now|today|at present|as of now)\b", re.I)
# Lower-case text without which those patterns cannot match, looked for in the article's
# lower-cased text: far cheaper than either pattern, whose \b and re.I slow the engine. Each
# hint is
# literal, and every match of the pattern starts with one of its hints, so the pattern is
# tried only from the first hint on.
_TARGET_HINTS: Final = re.compile(literal_alternation(
    ["will", "would", "shall", "plan", "aim", "target", "expect", "project", "forecast",
     "intend", "goal", "ambition"] + [f"to {verb}" for verb in _TARGET_VERBS]))
_PRESENT_HINTS: Final = re.compile(literal_alternation(["currently", "now", "today", "at present",
                                                        "as of now"]))
# The words one of those patterns needs in a sentence: a cheaper test than either hint search
# where a sentence's words are known ("to expand" needs "expand")
_TARGET_WORDS: Final = frozenset(
    "will would shall plan plans planned planning aim aims aiming target "
    "targets targeting expect expects expected projected forecast "
    "forecasts intend intends goal ambition".split() + _TARGET_VERBS)
_PRESENT_WORDS: Final = frozenset(["currently", "now", "today", "present"])
_YEAR_AFTER: Final = re.compile(
    r"[ \t]*(?:(?P<tgt>by|until|before)|in|during|for|as of|at the end of"
    r"|end of)[ \t]+(?:the end of[ \t]+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def _after_from(text: str, lower: str, sent_start: int, at: int) -> bool:
    """Whether the word "from" and a few spaces stand right before `at` ("grow from $4.1
    billion"), within the sentence; read backwards, which costs less than a pattern anchored
    at the end."""
    i = at
    while i > sent_start and text[i - 1] in " \t":
        i -= 1
    word = i - 4
    return (i < at and word >= max(sent_start, at - 12) and lower.startswith("from", word)
            and not (word and is_word_char(text[word - 1])))


def time_scope(text: str, lower: str, sent_start: int, sent_end: int, claim_start: int,
               claim_end: int, published_year: int | None, words: set[str] | None = None
               ) -> tuple[str, int | None, str | None]:
    """(kind, year, cue): present, past (at a year) or target (to be reached, by a year).
    `lower` is text.lower(), of the same length; `words`, if given, the sentence's words of
    plain lower-case letters (a_to_z_only)."""
    year_m = _YEAR_AFTER.match(text, claim_end, sent_end)
    year = int(year_m.group("y")) if year_m else None
    if _after_from(text, lower, sent_start, claim_start):
        # "grow from $4.1 billion in 2024 to ...": a starting level
        return ("past", year, "from") if year else ("present", None, "from")
    if year_m and year_m.group("tgt"):
        return "target", year, year_m.group().strip()
    hint = None if words is not None and words.isdisjoint(_TARGET_WORDS) else \
        _TARGET_HINTS.search(lower, sent_start, claim_start)
    target = _TARGET.search(text, hint.start(), claim_start) if hint else None
    if target:
        return "target", year, target.group()
    if year is not None:
        if published_year is not None and year > published_year:
            return "target", year, year_m.group().strip()
        return "past", year, year_m.group().strip()
    hint = None if words is not None and words.isdisjoint(_PRESENT_WORDS) else \
        _PRESENT_HINTS.search(lower, sent_start, claim_start)
    present = _PRESENT.search(text, hint.start(), claim_start) if hint else None
    return "present", None, present.group() if present else None


_STOP: Final = set("""a an the of in on at to for from by with and or but as than that which who is
    are was were be been being has have had will would can could may might should must do does
    did its their his her our your this these those it they he she we you i about around over
    under more less most least nearly some up down out also only just very currently now today
    into across per each every while when where after before during since until via both all
    any such there here not no so if then than said says according thousand million billion though although
    across because
    trillion""".split())
STOP_WORDS: Final = frozenset(_STOP)  # for whoever compares what claims measure


_WORDS: Final = re.compile(r"[A-Za-z][A-Za-z-]*")
# What metric_words leaves out: stop words and single letters
_NOT_METRIC: Final = frozenset([*_STOP, *string.ascii_lowercase])


def metric_words(text: str, lower: str, clauses: Clauses, sent_start: int, sent_end: int,
                 claim_start: int, claim_end: int, window: int = 6,
                 letters: str | None = None) -> list[str]:
    """Content words near a figure that say what it measures: "valued at", "compute capacity".
    `lower` is text.lower(), of the same length; `letters`, if given, a_to_z_only(lower)."""
    start = clauses.of(sent_start, claim_start)[0]
    if letters is not None and lower.find("-", start, claim_start) < 0:
        # without a hyphen the words are those of plain letters: a split, far cheaper than
        # the pattern
        before = letters[start:claim_start].split()[-window:]
    else:
        before = _WORDS.findall(lower, start, claim_start)[-window:]
    limit = min(sent_end, claim_end + 120)
    paren = _PAREN_FIRST.match(text, claim_end, limit)  # "1 GW (1,000 MW) of": skip the brackets
    rest = paren.end() if paren else claim_end
    after_m = _OF_WORDS.match(text, rest, limit)
    after = _WORDS.findall(after_m.group(1).lower()) if after_m else []
    if not after:
        verb = _MONEY_VERB.match(text, rest, limit)
        after = [verb.group(1)] if verb else []
    # a loop in C, where a comprehension runs a frame of its own (a word of one character is
    # one of a-z, so it is among _NOT_METRIC)
    return list(filterfalse(_NOT_METRIC.__contains__, before + after))


def stem(word: str) -> str:
    for suffix in ("ations", "ation", "ing", "ies", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
