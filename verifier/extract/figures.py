"""Find figures (quantities, money, percents) in a sentence and normalise them.

A number becomes a figure only with something that says what it counts or measures: a unit,
a currency, a percent sign, a scale word or a counted noun. What looks like a number but is
not a figure (a year, a model name, list numbering, a footnote marker) is skipped with the
reason, so coverage can say what was passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import numwords
from . import units as U

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_DIGIT_NUMBER = re.compile(_DIGITS)
_SYMBOL_ALT = "|".join(re.escape(u) for u in U.SYMBOL_SURFACES)
_WORD_ALT = "|".join(re.escape(u) for u in U.WORD_SURFACES)
# Scale words and their abbreviations; a lone "k", "m" or "b" only glued to the number ("5m")
_SCALE_WORD = re.compile(r"[ \t]?-?(hundred|thousand|million|billion|trillion|bn|mn|tn|trn|mln|bln"
                         r"|mil)\b|(k|m|b)\b", re.I)
_PERCENT = re.compile(r"[ \t]?(%|per ?cent\b|percentage points?\b|pp\b|pc\b|basis points?\b|bps?\b)",
                      re.I)
_UNIT_AFTER = re.compile(rf"[ \t]?-?(?:(?P<u>{_SYMBOL_ALT})|(?i:(?P<w>{_WORD_ALT})))(?![\w²])")
_CODES = "|".join(sorted(U.CURRENCY_CODES))
_CUR_BEFORE = re.compile(r"\\?(US ?\$|\$US|\$A|AU? ?\$|CA? ?\$|HK ?\$|S ?\$|NZ ?\$|R\$|\$|€|£|¥|₹|₩|₽|₪"
                         rf"|Y=|\bRs\.?[ \t]?|\bRM[ \t]?|\b(?:{_CODES})[ \t]?)[ \t]?$")
_CUR_WORD_ALT = "|".join(re.escape(w) for w in sorted(U.CURRENCY_WORDS, key=len, reverse=True))
_CUR_AFTER = re.compile(rf"[ \t]?((?:{_CODES})\b|€|元|(?i:YEN)\b)|[ \t](?i:({_CUR_WORD_ALT}))\b"
                        r"|(p)\b(?!\.m)")  # "164p": pence, glued only
_RANGE_SEP = re.compile(r"[ \t]?(?:-|–|—|to|or)[ \t]?(?=[\d$€£¥]|(?<=to |or )[a-z])")
_HEDGE = re.compile(
    r"(?P<h>about|around|roughly|approximately|nearly|almost|some|an estimated|close to"
    r"|more than|over|above|in excess of|upwards of|at least|no fewer than|no less than"
    r"|less than|fewer than|under|below|up to|at most|as many as|as much as|no more than"
    r"|between)\s+(?:a |an )?$", re.I)
_HEDGE_BOUND = {"about": "~", "around": "~", "roughly": "~", "approximately": "~",
                "nearly": "~", "almost": "~", "some": "~", "an estimated": "~", "close to": "~",
                "more than": ">", "over": ">", "above": ">", "in excess of": ">",
                "upwards of": ">", "at least": ">=", "no fewer than": ">=",
                "no less than": ">=", "less than": "<", "fewer than": "<", "under": "<",
                "below": "<", "up to": "<=", "at most": "<=", "as many as": "<=",
                "as much as": "<=", "no more than": "<="}
_CHANGE = re.compile(r"\b(?:(?P<up>rose|rise[sn]?|rising|increased?|increases|increasing|grew"
                     r"|grow|grows|growing|jumped|jumps|climbed|climbs|gained|gains|surged|soared"
                     r"|rallied|advanced|up)|(?P<down>fell|falls?|falling|dropped|drops?|declined?"
                     r"|declines|decreased?|decreases|lost|down|shrank|shrunk|cut|plunged|plummeted"
                     r"|plummeting|tumbled|slid|slipped|sank|eased|retreated))[ \t]+"
                     r"(?:by[ \t]+|as much as[ \t]+|nearly[ \t]+|almost[ \t]+|about[ \t]+)?$", re.I)
_VAGUE = re.compile(
    r"\b(?P<q>several|a few|a couple of|many)[ \t]+(?P<s1>hundred|thousand|million|billion)\b"
    r"|\b(?P<t>tens|hundreds)[ \t]+of[ \t]+(?P<s2>thousands|millions|billions)\b"
    r"|\b(?P<s3>dozens|hundreds|thousands|millions|billions)\b(?=[ \t]+of\b)", re.I)
_VAGUE_FACTOR = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "many": (2, 9)}
_VAGUE_WORDS = frozenset("several few couple many tens hundreds dozens thousands millions billions"
                         .split())
_NUMBER_WORDS = frozenset([*numwords.UNITS, *numwords.TENS, *numwords.SCALE_WORDS, "dozen"])
_LOWER_WORD = re.compile(r"[a-z]+")
_ANY_DIGIT = re.compile(r"[0-9]")
_SCALE_OF = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12}

_NOUN_STOP = set("""a an the of in on at to for from by with and or but as than that which who
    whom whose is are was were be been being has have had will would can could may might
    should must do does did across into over under per each every this these those its their
    his her our your rather while when where after before during since until via about
    including like such most less fewer up down out also only just today now yesterday
    tomorrow currently already still annually worldwide they we you i he she it them us me""".split())
_WORD = re.compile(r"[\"“”']?([A-Za-z][\w’'-]*)[\"“”']?")
MAX_NOUN_WORDS = 5
_GAP = re.compile(r"[ \t]+")
_HYPHEN = re.compile(r"-")
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[-. ]\d{3,4}[-. ]\d{3,4}\b|\b\d{3}-\d{4}\b")
# A time of day has a colon ("10:30"), or a dot only with am/pm ("10.30pm"): "1.23%" is a number
_TIME = re.compile(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|h|GMT|BST|CET|ET|PT|UTC)?\b"
                   r"|\d{1,2}\.\d{2}\s*[ap]\.?m\b\.?|\d{1,2}\s*[ap]\.?m\b", re.I)


@dataclass
class Figure:
    start: int
    end: int
    kind: str  # quantity, money, percent
    value: float
    low: float | None
    high: float | None
    bound: str
    surface_number: float
    surface_unit: str | None
    change: str | None = None
    unit: str | None = None
    dimension: str | None = None
    noun: str | None = None
    currency: str | None = None
    per: str | None = None


@dataclass
class Skip:
    start: int
    end: int
    reason: str


def _clean(x: float) -> float:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4.1e9, not 4099999999.9999995."""
    return float(f"{x:.12g}")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _singular(word: str) -> str:
    w = word
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        return w[:-1]
    return w


def count_unit(noun: str) -> str:
    """The unit of a count: "GPUs" -> "GPU", "chips" -> "chip", "factories" -> "factory"."""
    return noun[:-1] if _ACRONYM_PLURAL.fullmatch(noun) else _singular(noun.lower())


def _counted_noun(text: str, pos: int, end: int, one: bool = False
                  ) -> tuple[str, str, int] | None:
    """The noun phrase a bare number counts: ('NVIDIA H100 GPUs', 'GPU', end offset)."""
    words: list[tuple[str, int, int]] = []
    hyphenated = text[pos:pos + 1] == "-"
    i = pos
    while len(words) < MAX_NOUN_WORDS:
        m = _GAP.match(text, i) if words or text[i:i + 1] != "-" else _HYPHEN.match(text, i)
        if not m:
            break
        w = _WORD.match(text, m.end(), end)
        if not w:
            break
        word = w.group(1)
        if word.lower() in _NOUN_STOP:
            nxt = _WORD.match(text, w.end() + 1, end)
            if word.lower() == "and" and words and nxt and nxt.group(1)[0].isupper():
                i = w.end()  # "H100 and Blackwell B200 GPUs": coordinated names go on
                continue
            break
        words.append((word, w.start(1), w.end(1)))
        i = w.end()
        if text[i:i + 1] in ",;:.()!?":
            break
    # The head is the first plural noun ("10,000 NVIDIA H100 GPUs today", "350 guests came"),
    # else the last plain word.
    plural = next((k for k, (w, _, _) in enumerate(words) if _is_plural(w)), None)
    if one and words and words[0][0].islower():
        words = words[:1]  # "one question remains": one counts a singular noun
    elif plural is not None:
        words = words[:plural + 1]
    while words and not (words[-1][0].islower() or _is_plural(words[-1][0])):
        words.pop()
    if not words:
        return None
    if hyphenated:  # "a 24-billion-parameter model" counts parameters, not models
        words = words[:1]
    while words and words[-1][0].lower() in _NOT_NOUNS:  # "40k cheaper", "one hand behind"
        words.pop()
    if not words:
        return None
    head = words[-1][0]
    if head.endswith(("ly", "ing", "ed")) and len(words) == 1:
        return None  # "10 percent rising", "5 planned": not a noun
    phrase = text[words[0][1]:words[-1][2]]
    return phrase, count_unit(head), words[-1][2]


_NOT_NOUNS = {"cheaper", "faster", "higher", "lower", "more", "less", "better", "worse", "bigger",
              "smaller", "larger", "longer", "shorter", "above", "below", "ahead", "behind",
              "earlier", "later", "apiece", "each", "overall", "altogether", "alone",
              "respectively", "ago", "old", "up", "down", "off", "out", "back", "rose", "fell",
              "grew", "rises", "falls", "gains", "jumped", "dropped", "climbed", "slipped",
              "closed", "ended", "finished", "combined", "total", "net"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_CAPITAL_PLURAL = re.compile(r"[A-Z]{2,}s|[A-Z][a-z]+(?:ans|ons|ers|ites)")  # GPUs, Americans
_LINE_START = re.compile(r"[ \t]*(?:[-*+•][ \t]*)?$")
_MARKER_END = re.compile(r"[.)][ \t]*($|\S)")
_RANGE_DASH = re.compile(r"\d[-−]$")
_LETTERS = re.compile(r"[^\W\d_]+")
_ORDINAL_SECOND = re.compile(r"(?<=second)[ \t]+(?:quarter|half|round|term|place|time)\b", re.I)
_TITLE_WORD = re.compile(r"[ \t]+[A-Z][a-z]")
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "staff", "personnel", "police",
                      "cattle", "sheep", "fish", "data", "media", "feet", "teeth", "mice"}


def _is_plural(word: str) -> bool:
    return (word.islower() and (word in _IRREGULAR_PLURALS or
                                (word.endswith("s") and not word.endswith(("ss", "us", "is")))))\
        or bool(_CAPITAL_PLURAL.fullmatch(word))


def _left_context(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width):start]


def scan(text: str, start: int, end: int, words: frozenset[str] | set[str] | None = None,
         taken: list[tuple[int, int]] = ()) -> tuple[list[Figure], list[Skip]]:
    """Figures in text[start:end] (one sentence), plus the numbers skipped and why.

    `words` are the sentence's lower-case words, if the caller has them: each pattern below
    runs only when a word it needs is there, which keeps long articles fast. `taken` are spans
    already read as something else (dates): numbers in them are left alone."""
    figures: list[Figure] = []
    skips: list[Skip] = []
    taken_until = start
    chunk = text[start:end]
    if words is None:
        words = set(_LOWER_WORD.findall(chunk.lower()))
    has_digit = _ANY_DIGIT.search(chunk) is not None

    if not words.isdisjoint(_VAGUE_WORDS):
        for m in _VAGUE.finditer(text, start, end):
            fig = _vague(text, m, end)
            if fig:
                figures.append(fig)
    if not words.isdisjoint(MULTIPLIER_WORDS):
        figures += _multiplier_words(text, start, end)
    if not words.isdisjoint(FRACTION_WORDS) or (has_digit and ("/" in chunk or "⁄" in chunk)) \
            or ("in" in words or "out" in words) and not words.isdisjoint(numwords.UNITS):
        figures += _fractions(text, start, end)
    if has_digit and ", " in chunk:
        figures += _ages(text, start, end, figures)
    number_words = not words.isdisjoint(_NUMBER_WORDS)

    for s, e, digits, value in _numbers(text, start, end, has_digit, number_words):
        if s < taken_until or any(f.start <= s < f.end for f in figures) \
                or any(a <= s < b for a, b in taken):
            continue
        fig, skip = _figure(text, s, e, digits, value, start, end)
        if fig:
            figures.append(fig)
            taken_until = fig.end
        elif skip:
            skips.append(skip)
            taken_until = skip.end
    figures.sort(key=lambda f: f.start)
    figures = _suspended(text, figures, skips)
    for prev, fig in zip(figures, figures[1:]):
        # "dropped by 1 degree (1.8 F)": a parenthetical equivalent shares the change and bound
        if re.fullmatch(r"[ \t]*\(", text[prev.end:fig.start]) and fig.change is None \
                and prev.change is not None:
            fig.change = prev.change
            shift = U.OFFSETS.get(fig.surface_unit or "", U.OFFSETS.get(
                (fig.surface_unit or "").lower(), 0))
            if shift and fig.kind == "quantity":  # a difference in Fahrenheit has no offset
                factor = U.lookup(fig.surface_unit)[2]
                fig.value, fig.low, fig.high = (
                    None if x is None else _clean(x - shift * factor)
                    for x in (fig.value, fig.low, fig.high))
    return figures, skips


_MULT_AFTER = re.compile(r"[ \t]?(?:x\b|-?fold\b|times(?=[ \t]+(?:more|larger|bigger|higher"
                         r"|greater|faster|as)\b))", re.I)
# Multipliers in one word: "tenfold", "doubled", "halving" (verbs only: "a double room" is not)
_MULT_WORD = re.compile(
    r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold"
    r"|(?P<v>doubl|tripl|quadrupl)(?:e[sd]|ing)|(?P<h>halv)(?:e[sd]|ing))\b"
    r"(?![ \t]+down\b)", re.I)  # "doubles down" is an idiom
_MULT_VALUE = {"doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 0.5}
FRACTION_WORDS = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth tenth tenths"
    .split())
MULTIPLIER_WORDS = frozenset(
    [w + "fold" for w in "two three four five six seven eight nine ten twenty hundred thousand"
     .split()] + [stem + end for stem in ("doubl", "tripl", "quadrupl", "halv")
                  for end in ("es", "ed", "ing")])


def _multiplier(start: int, end: int, value: float, change: str | None = None) -> Figure:
    """A multiplier is a figure of its own: "tenfold" is 10 x, "halved" is 0.5 x."""
    return Figure(start, end, "quantity", value, value, value, "=", value, "x", change=change,
                  unit="x", dimension="multiplier")


# "7- or 8-inch", "four-, five- and six-cylinder": the first numbers borrow the last one's unit
_SUSPENDED = re.compile(r"-(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:or|and|to)[ \t]+)")


def _suspended(text: str, figures: list[Figure], skips: list[Skip]) -> list[Figure]:
    added = []
    for k in skips:
        if k.reason != "no unit" or not _SUSPENDED.match(text, k.end):
            continue
        nxt = next((f for f in figures if k.end < f.start <= k.end + 40 and f.kind == "quantity"
                    and f.surface_number), None)
        word = text[k.start:k.end]
        value = _value(word) if word[0].isdigit() else (numwords.parse(word) or (None,))[0]
        if nxt is None or value is None:
            continue
        ratio = nxt.value / nxt.surface_number
        added.append(Figure(k.start, k.end, nxt.kind, _clean(value * ratio), _clean(value * ratio),
                            _clean(value * ratio), "=", value, nxt.surface_unit, unit=nxt.unit,
                            dimension=nxt.dimension, noun=nxt.noun))
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def _multiplier_words(text: str, start: int, end: int) -> list[Figure]:
    found = []
    for m in _MULT_WORD.finditer(text, start, end):
        if m.group("n"):
            value = numwords.SMALL_NUMBERS.get(m.group("n").lower()) or \
                numwords.SCALE_WORDS[m.group("n").lower()]
            found.append(_multiplier(m.start(), m.end(), float(value)))
        else:
            stem = (m.group("v") or m.group("h")).lower()
            found.append(_multiplier(m.start(), m.end(), _MULT_VALUE[stem],
                                     "down" if stem == "halv" else "up"))
    return found


# Fractions of a whole: "two-thirds of", "a third of", "half the", "one in five", "1/16 of"
_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
           "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10,
           "tenths": 10}
_FRACTION = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|nine)[ \t-](?P<d>half|thirds?|quarters?|fourths?|fifths?"
    r"|sixth|tenths?)(?=[ \t]+(?:of|the)\b)|(?P<half>[Hh]alf)(?=[ \t]+(?:of|the|its|their)\b)"
    r"|(?P<n2>one|\d+)[ \t]+(?:in|out of)[ \t]+(?P<d2>two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)\b|(?<![\d/⁄])(?P<n3>\d{1,2})[/⁄](?P<d3>\d{1,3})(?![\d/⁄])(?=[ \t]+of\b))",
    re.I)


def _fractions(text: str, start: int, end: int) -> list[Figure]:
    """A fraction is a share: a percent figure, 'two-thirds' = 66.67% (written 0.667)."""
    found = []
    for m in _FRACTION.finditer(text, start, end):
        if m.group("half"):
            num, den = 1, 2
        elif m.group("d"):
            num = 1 if m.group("n").lower() in ("a", "an") else numwords.UNITS[m.group("n").lower()]
            den = _DENOMS[m.group("d").lower()]
        elif m.group("d2"):
            num = _count_word(m.group("n2"))
            den = _count_word(m.group("d2"))
        else:
            num, den = int(m.group("n3")), int(m.group("d3"))
        if not 0 < num < den:
            continue
        share = num / den
        found.append(Figure(m.start(), m.end(), "percent", _clean(share * 100), _clean(share * 100),
                            _clean(share * 100), "=", _clean(share), m.group(), unit="%"))
    return found


# "Jane Doe, 66, said": an age between commas after a name
_AGE = re.compile(r"\b[A-Z][a-z]+, (\d{1,3})(?=,)")


def _ages(text: str, start: int, end: int, taken: list[Figure]) -> list[Figure]:
    return [Figure(m.start(1), m.end(1), "quantity", float(m.group(1)), float(m.group(1)),
                   float(m.group(1)), "=", float(m.group(1)), None, unit="year", dimension="age")
            for m in _AGE.finditer(text, start, end)
            if not any(f.start <= m.start(1) < f.end for f in taken) and int(m.group(1)) < 125]


def _count_word(word: str) -> int:
    return int(word) if word.isdigit() else numwords.UNITS[word.lower()]


def _vague(text: str, m: re.Match, end: int) -> Figure | None:
    if m.group("q"):
        lo_f, hi_f = _VAGUE_FACTOR[m.group("q").lower()]
        scale = _SCALE_OF[m.group("s1").lower()]
        low, high = lo_f * scale, hi_f * scale
    elif m.group("t"):
        outer = 10 if m.group("t").lower() == "tens" else 100
        scale = _SCALE_OF[m.group("s2").lower().rstrip("s")]
        low, high = outer * scale, 10 * outer * scale  # "tens of thousands": 10,000 to 100,000
    else:
        word = m.group("s3").lower().rstrip("s")
        scale = _SCALE_OF[word]
        low, high = scale, 10 * scale  # "thousands": 1,000 to 10,000; "dozens": 12 to 120
    fig_end = m.end()
    after = text[fig_end:end]
    cur = _CUR_AFTER.match(after) or re.match(r"[ \t]+of[ \t]+(dollars|euros|pounds)\b", after)
    if cur:
        word = next(g for g in cur.groups() if g)
        code = U.CURRENCY_WORDS.get(word.lower(), word.upper())
        code = {"POUNDS": "GBP"}.get(code, code)
        return Figure(m.start(), fig_end + cur.end(), "money", (low + high) / 2, low, high,
                      "range", (low + high) / 2, None, currency=code)
    noun = _counted_noun(text, fig_end + (3 if after.startswith(" of") else 0), end)
    if not noun:
        return None
    phrase, head, noun_end = noun
    unit = U.lookup(head) or U.lookup(head + "s")
    if unit:
        canon, dim, factor = unit
        return Figure(m.start(), noun_end, "quantity", (low + high) / 2 * factor, low * factor,
                      high * factor, "range", (low + high) / 2, phrase, unit=canon, dimension=dim)
    return Figure(m.start(), noun_end, "quantity", (low + high) / 2, low, high, "range",
                  (low + high) / 2, phrase, unit=head, dimension="count", noun=phrase)


def _numbers(text: str, start: int, end: int, digits: bool, words: bool
             ) -> list[tuple[int, int, str | None, float]]:
    """(start, end, digits or None, value) of every number, in digits or in words."""
    found = [(m.start(), m.end(), m.group(), 0.0)
             for m in _DIGIT_NUMBER.finditer(text, start, end)] if digits else []
    if words:
        found += [(s, e, None, v) for s, e, v in numwords.finditer(text, start, end)]
    return sorted(found)


def _figure(text: str, s: int, e: int, digits: str | None, value: float, sent_start: int,
            end: int) -> tuple[Figure | None, Skip | None]:
    before = text[s - 1] if s > sent_start else ""
    after = text[e] if e < end else ""
    if digits:
        if _PHONE.match(text, s) and not before.isalnum():
            return None, Skip(s, _PHONE.match(text, s).end(), "phone number")
        if _TIME.match(text, s) and not before.isalnum() and not after == ".":
            return None, Skip(s, _TIME.match(text, s).end(), "time")
        if before in ")]" and before:
            return None, Skip(s, e, "footnote")  # "(May 2025)3": a reference mark
        if (before.isalpha() and not _CUR_BEFORE.search(text, max(sent_start, s - 4), s)) or (
                before == "-" and s >= 2 and text[s - 2].isalnum()
                and not _MINUS.search(text, max(sent_start, s - 7), s)):
            return None, Skip(s, e, "model name")
        if before == "." and s >= 2 and text[s - 2].isdigit():
            return None, Skip(s, e, "version")
        if _LINE_START.match(text, sent_start, s) and (
                after.isalpha() and after.isupper() or _MARKER_END.match(text, e, e + 3)):
            return None, Skip(s, e, "list marker")
        value = _value(digits)
        if before in "/⁄" and before and s >= 2 and text[s - 2].isdigit():
            return None, Skip(s, e, "fraction")  # the "2" of "1/2", read with the "1"
        sci = _TIMES_TEN.match(text, e, end)
        if sci:  # "1.99×10−30": the exponent lost its superscript
            value, e = value * 10 ** int(sci.group(1).replace("−", "-")), sci.end()
            after = text[e] if e < end else ""
        frac = _SLASH.match(text, e, end)
        if frac and value < int(frac.group(1)) and int(frac.group(1)) in _PLAIN_DENOMINATORS:
            value, e = value / int(frac.group(1)), frac.end()  # "1/2 pound"
            after = text[e] if e < end else ""
    start = s
    minus = _MINUS.search(text, max(sent_start, s - 7), s)
    if minus and not _RANGE_DASH.search(text, max(sent_start, s - 4), s):
        value, start = -value, minus.start()  # "-1.3%", "minus 130": not a range's dash
    left = _left_context(text, start)
    left_start = start - len(left)
    # patterns anchored at the end ($) are tried from each position: search short windows
    cur_m = _CUR_BEFORE.search(left, max(0, len(left) - 10))
    currency = None
    if cur_m:
        sym = cur_m.group(1).strip()
        currency = U.CURRENCY_SYMBOLS.get(sym, sym if sym in U.CURRENCY_CODES else None)
        currency = {"RMB": "CNY"}.get(currency, currency)
        start = start - len(cur_m.group(0))
    pos = e
    surface_number = value

    # a range: "10-20", "$10 to $20 billion", "between 10 and 20"
    high_value = None
    between = _BETWEEN.search(left, max(0, len(left) - 14))
    r = (re.compile(r"[ \t]+and[ \t]+(?:US\$|\$|€|£)?").match(text, pos, end) if between
         else _RANGE_SEP.match(text, pos, end))
    if r:
        n2 = _RANGE_END.match(text, r.end(), end)
        word = None if n2 else next(numwords.finditer(text, r.end(), min(end, r.end() + 40)), None)
        dash_glued_right = r.group().strip() in "-–—" and r.group()[:1].isspace() and \
            not r.group()[-1:].isspace()  # "50 -1.3%": a list of figures, not a range
        if n2 and not dash_glued_right and not (
                text[n2.end():n2.end() + 1].isalpha()
                and not _scale_or_unit_ahead(text, n2.end(), end)):
            high = _value(n2.group(1))
            if high <= value and r.group().strip() in "-–—":
                return None, Skip(s, n2.end(), "score")  # "a 9-2 lead", "tied 89-89"
            # "in 2018 to 3.9 million": a year, then a figure, is not a range
            if _looks_like_year(digits) and _looks_like_year(n2.group(1)) and not currency:
                return None, Skip(s, n2.end(), "date")  # "between 2014 and 2017"
            year_first = _looks_like_year(digits) and not _looks_like_year(n2.group(1)) and \
                _YEAR_PREP.search(text, max(sent_start, start - 8), start)
            if not year_first:
                high_value, pos = high, n2.end()
                sym = re.match(r"(US\$|\$|€|£)", text[n2.start():n2.start(1)])
                if sym and not currency:  # "8 or $9"
                    currency = U.CURRENCY_SYMBOLS[sym.group(1)]
        elif word and word[0] == r.end() and (digits is None or not _looks_like_year(digits)):
            high_value, pos = word[2], word[1]  # "four to five thousand": 4,000 to 5,000
            scale_word = re.search(r"thousand|million|billion|trillion", text[word[0]:word[1]])
            if scale_word and value < numwords.SCALE_WORDS[scale_word.group()]:
                value *= numwords.SCALE_WORDS[scale_word.group()]

    scale = 1.0
    sm = _SCALE_WORD.match(text, pos, end)
    if sm:
        word = (sm.group(1) or sm.group(2)).lower()
        glued_abbrev = sm.group(2) is not None
        # "5m" and "2b" mean million/billion only for money; "7B" alone is a model size
        unit_next = glued_abbrev and re.match(r"[ \t]+([a-z]+)", text[sm.end():sm.end() + 20])
        if unit_next and (U.lookup(unit_next.group(1))  # "12.3m tonnes", "2b euros"
                          or unit_next.group(1) in U.CURRENCY_WORDS):
            glued_abbrev = False
        if sm.group(2) == "M" or (word == "m" and re.match(r"[ \t]+of\b", text[sm.end():sm.end() + 4])):
            glued_abbrev = False  # "4.3M sales", "35m of its devices": millions, not metres
        if not glued_abbrev or word in ("bn", "mn", "tn", "trn", "k", "mln", "bln", "mil") or currency:
            if not (glued_abbrev and sm.start() != pos and word in ("m", "b", "k")):
                scale = U.SCALES[word]
                pos = sm.end()
                while scale == 100 and (more := _SCALE_WORD.match(text, pos, end)) and \
                        more.group(1):  # "4 hundred million"
                    scale *= U.SCALES[more.group(1).lower()]
                    pos = more.end()
    if high_value is None and scale != 1.0:  # "$3 billion to $5 billion"
        r2 = _RANGE_SEP.match(text, pos, end)
        n2 = _RANGE_END.match(text, r2.end(), end) if r2 else None
        sm2 = _SCALE_WORD.match(text, n2.end(), end) if n2 else None
        if sm2 and sm2.group().strip().lower() == sm.group().strip().lower():
            high_value, pos = _value(n2.group(1)), sm2.end()
    if digits and scale == 1.0 and after.isalpha() and pos == e:
        glued = _LETTERS.match(text, e, end).group()
        if glued.lower() == "x" and not text[e + 1:e + 2].isalnum():  # "3x faster"
            return _multiplier(s, e + 1, value), None
        if glued == "s" and _YEARS[0] <= value <= _YEARS[1]:
            return None, Skip(s, e + 1, "date")
        if not U.lookup(glued) and not _CUR_AFTER.match(text, e, end) and \
                not _UNIT_AFTER.match(text, e, end) and not _PERCENT.match(text, e, end):
            return None, Skip(s, e, "model name" if before.isupper() or glued[0].isupper()
                              or re.match(r"x\d", text[e:e + 2]) else "glued to word")

    bound = "="
    prefix = text[left_start:start]  # what stands before the currency or number
    hedge = _HEDGE.search(prefix, max(0, len(prefix) - 24))
    if hedge and (hedge.group("h").lower() != "between" or high_value is not None):
        bound = _HEDGE_BOUND.get(hedge.group("h").lower(), "=")
        start = left_start + hedge.start()
        prefix = prefix[: hedge.start()]
    ch = _CHANGE.search(prefix, max(0, len(prefix) - 36))
    change = None if not ch else "up" if ch.group("up") else "down"

    kind, unit, dim, noun, surface_unit, factor = None, None, None, None, None, 1.0
    pm = _PERCENT.match(text, pos, end)
    cm = _CUR_AFTER.match(text, pos, end)
    um = _UNIT_AFTER.match(text, pos, end)
    if pm:
        kind, surface_unit = "percent", pm.group(1)
        unit = "pp" if surface_unit.lower().startswith(("percentage", "pp", "b")) else "%"
        if surface_unit.lower().startswith("b"):  # a basis point is a hundredth of a point
            factor = 0.01
        pos = pm.end()
    elif currency or cm:
        kind = "money"
        if cm and not currency:
            word = next(g for g in cm.groups() if g)
            currency = (U.CURRENCY_WORDS.get(word.lower()) or U.CURRENCY_SYMBOLS.get(word)
                        or {"YEN": "JPY", "RMB": "CNY"}.get(word.upper(), word.upper()))
            factor = U.CURRENCY_FACTORS.get(word.lower(), 1.0)  # "19 cents" is 0.19
            surface_unit = word
            pos = cm.end()
        else:
            surface_unit = cur_m.group(1).strip() if cur_m else currency
    elif um and not _ORDINAL_SECOND.match(text, um.end(), end) and (
            um.group("u") not in U.GLUED_ONLY or um.start() == pos
                 or text[pos:um.start()].strip() == "°"):
        surface_unit = um.group("u") or um.group("w")
        canon, dim, factor = U.lookup(surface_unit)
        kind, unit = "quantity", canon
        pos = um.end()
    else:
        if digits and scale == 1.0 and "," not in digits and "." not in digits and \
                _YEARS[0] <= value <= _YEARS[1] and high_value is None:
            return None, Skip(s, e, "date")
        mult = _MULT_AFTER.match(text, pos, end)
        if mult:  # "3-fold", "four times larger"
            return _multiplier(s, mult.end(), value), None
        label = _LABEL_BEFORE.search(text, max(sent_start, start - 12), start)
        if label:  # "category 4 hurricane", "HIV 2 drug"
            return None, Skip(s, e, "model name" if label.group(1) else "label")
        noun_m = _counted_noun(text, pos, end, one=value == 1 and high_value is None)
        if digits and _TITLE_WORD.match(text, pos, pos + 4) and not (
                noun_m and _is_plural(noun_m[0].split()[-1])):
            return None, Skip(s, e, "model name")  # "787 Dreamliner", "63,150 Model 3s"
        if not noun_m and digits and (_significant(digits, scale, bound) or high_value is not None) \
                and not before.isalpha():
            # "the index closed at 7,425.81": a figure, though it names no unit
            kind, unit, dim, surface_unit = "quantity", "number", "number", None
        elif not noun_m:
            return None, Skip(s, e, "no unit")
        else:
            noun, head, pos = noun_m
            kind, unit, dim, surface_unit = "quantity", head, "count", noun
            code = U.CURRENCY_WORDS.get(head) or U.CURRENCY_WORDS.get(head + "s")
            if code and len(noun.split()) == 1:  # "a billion-dollar deal"
                kind, unit, dim, noun, currency = "money", None, None, None, code
    # Fahrenheit shifts, except for a change ("fell by 2 F" is a difference, not a reading)
    offset = 0
    if kind == "quantity" and surface_unit and change is None:
        offset = U.OFFSETS.get(surface_unit, U.OFFSETS.get(surface_unit.lower(), 0))
    number = _clean(value * scale)
    v = _clean((number + offset) * factor)
    if high_value is not None:
        low_scale = scale if high_value >= value else 1.0  # "$800,000 to $1.3 million"
        v = _clean((value * low_scale + offset) * factor)
        number = _clean(value * low_scale)
        hi = _clean((high_value * scale + offset) * factor)
        low, high, bound = v, hi, "range"
        v = (v + hi) / 2
    else:
        low, high = {"=": (v, v), "~": (v * 0.9, v * 1.1), ">": (v, None), ">=": (v, None),
                     "<": (None, v), "<=": (None, v)}[bound]
    rate = _per(text, pos, end)
    per = None
    if rate:
        per, pos = rate
    return Figure(start, pos, kind, v, low, high, bound, number, surface_unit, change=change,
                  unit=unit, dimension=dim, noun=noun, currency=currency, per=per), None


# "category 4", "phase 2", "HIV 2", "COVID -19": the number names or labels, it does not count
_LABEL_BEFORE = re.compile(r"(?:\b([A-Z]{2,})|\b(?i:category|level|phase|stage|grade|tier|type"
                           r"|version|article|section|chapter|room|gate|platform|route|flight"
                           r"|number)|\b(?i:no)\.)[ \t]+-?$")
_TIMES_TEN = re.compile(r"[ \t]?[×x][ \t]?10(?:\^|\*\*)?([−-]?\d{1,3})(?!\d)")
_YEARS = (1000, 2100)  # a bare integer in here reads as a year ("between 1600 and 1900")
_BETWEEN = re.compile(r"\bbetween[ \t]+(?:US\$|\$|€|£)?$", re.I)
_YEAR_PREP = re.compile(r"\b(?:in|since|by|during|until|from|of)[ \t]+$", re.I)
_SLASH = re.compile(r"[/⁄](\d{1,3})(?![\d/⁄])")
_PLAIN_DENOMINATORS = {2, 3, 4, 8, 10, 16, 32, 100}  # not "9/11" or a date like "6/11"
_MINUS = re.compile(r"(?:(?<![\w.,%)-])[-−]|\b[Mm]inus[ \t-]?)$")
_RANGE_END = re.compile(rf"(?:US\$|\\?\$|€|£)?({_DIGITS})")


# A rate: "$58 per barrel", "$3,500 a month", "5% a year", "52,000 barrel-a-day"
_PER = re.compile(r"[ \t-](?:per|a|an|each)[ \t-](?P<d>(?:square |sq\.? |cubic )?[A-Za-z]+)\b")
_DENOMINATORS = {"share", "barrel", "head", "person", "capita", "night", "game", "visit", "unit",
                 "household", "mmbtu", "user", "employee", "passenger", "customer", "student",
                 "patient", "vehicle", "car", "seat", "ticket", "item", "piece", "dose"}


def _per(text: str, pos: int, end: int) -> tuple[str, int] | None:
    m = _PER.match(text, pos, end)
    if not m:
        return None
    word = m.group("d").lower()
    if word in _DENOMINATORS or word.rstrip("s") in _DENOMINATORS or U.lookup(word):
        return word, m.end()
    return None


def _significant(digits: str, scale: float, bound: str) -> bool:
    """A bare number worth a claim: with a scale word, a decimal part, thousands separators or
    a hedge ("7,425.81", "3 million", "around 73"), not a small integer that may count
    anything."""
    return (scale != 1.0 or "," in digits or ("." in digits and not digits.startswith("."))
            or bound != "=" or (digits.isdigit() and int(digits) >= 1000))


def _looks_like_year(digits: str | None) -> bool:
    return bool(digits) and digits.isdigit() and _YEARS[0] <= int(digits) <= _YEARS[1]


def _scale_or_unit_ahead(text: str, pos: int, end: int) -> bool:
    return bool(_SCALE_WORD.match(text, pos, end) or _UNIT_AFTER.match(text, pos, end)
                or _PERCENT.match(text, pos, end))
