"""The helpers that say what a claim is about, and the number-word finder, on our own text."""

import re

import pytest

from verifier.extract import numwords
from verifier.segment import Sentence
from verifier.extract.context import Clauses, LowerCaseWords, subject, article_entities


TEXT = ("Shares of Northwind rose. The board said shares would split, and well-known "
        "analysts, who track it, agreed. Apples and 'pears are sold; -pears too. Rock-solid.")


def _tokens(text: str, start: int = 0) -> set[str]:
    """The definition LowerCaseWords answers for, as a set."""
    return set(re.findall(r"[a-z][a-z’'-]+", text[start:]))


@pytest.mark.parametrize("word", ["shares", "board", "well-known", "known", "apples", "pears",
                                  "rock-solid", "solid", "northwind", "it", "a", "x", "ock-solid",
                                  "hares", "too", "'pears"])
def test_lower_case_words_match_the_token_definition(word):
    assert (word in LowerCaseWords(TEXT)) == (word in _tokens(TEXT))


def test_lower_case_words_start_where_asked():
    start = TEXT.index("The board")
    assert "shares" in LowerCaseWords(TEXT, start)
    assert "rose" not in LowerCaseWords(TEXT, start)


def test_clauses_start_after_a_break_and_after_which_or_who():
    text = "Northwind, which owns 3 plants, said that analysts who track it expect 5 more."
    clauses = Clauses(text)
    at_three = text.index("3 plants")
    start, opening = clauses.of(0, at_three)
    assert text[start:at_three] == " owns "
    assert text[opening:at_three] == "which owns "
    at_five = text.index("5 more")
    assert text[clauses.of(0, at_five)[0]:at_five] == " track it expect "


def test_clauses_do_not_reach_into_the_sentence_before():
    text = "It fell, they said. Orders reached 40 units."
    clauses = Clauses(text)
    second = text.index("Orders")
    assert clauses.of(second, text.index("40"))[0] == second


def test_a_relative_word_inside_another_word_opens_no_clause():
    text = "Somewhose data shows 7 sites."
    assert Clauses(text).of(0, text.index("7"))[0] == 0


@pytest.mark.parametrize("text", [
    "Nvidia’s CEO Jensen Huang met Bank of America & Co. in São Paulo—with Zoë_Ltd’s 3M.",
    "«Électricité de France» said A4 and B-52s;\tJ.\tK. Rowling’s “Über” ΩMega Ωmega AB\u2019s",
    "The U.S. Dept. of State and H&M, then Mistral AI CEO Arthur Mensch, said 2024 Q1",
])
def test_runs_found_in_the_class_copy_are_the_pattern_s(text):
    from verifier.extract.context import _CAP_RUN, _CAP_RUN_CLASSES, _char_classes
    classes = _char_classes(text)
    assert len(classes) == len(text)
    for start in range(len(text)):
        assert ([m.span() for m in _CAP_RUN.finditer(text, start)]
                == [m.span() for m in _CAP_RUN_CLASSES.finditer(classes, start)])


def test_subject_is_the_entity_of_the_claims_own_clause():
    text = "Northwind said Eastbrook runs 9 plants."
    sent = Sentence(0, len(text))
    by_sentence, main, names = article_entities(text, [sent], {0}, LowerCaseWords(text), 0)
    ents = by_sentence[0]
    key, how = subject(text, Clauses(text), 0, text.index("9"), text.index("9") + 1, ents, ents)
    assert (names[key], how) == ("Eastbrook", "clause")


@pytest.mark.parametrize("text, names", [
    ("About 120 staff left Northwind.", ["Northwind"]),       # an opener, then a number
    ("Between 1998 and 2004 Eastbrook grew.", ["Eastbrook"]),
    ("Among the bidders was Northwind.", ["Northwind"]),       # an opener alone
    ("The fans sang Die Another Day.", ["Die Another Day"]),  # in a title, after its first
    ("Then Northwind's 800 staff left.", ["Northwind"]),       # a number after a possessive
    ("Harbourland's Tamsin Crowe won.", ["Tamsin Crowe"]),     # an owner before a name
    ("Eastbrook's Fenwick Labs hired 40.", ["Fenwick Labs"]),
    ("Harbourland's AI budget grew.", ["Harbourland"]),       # an owner of no name stays
    ("The New Year's Day crowd grew.", ["New Year's Day"]),   # a possessive in a name
    ("The Wasps' coach left.", ["Wasps"]),
    ("On Friday, Northwind hired 40.", ["Northwind"]),           # days and months: dates
    ("Northwind said December's sales rose.", ["Northwind"]),
    ("Northwind opens on Saturday 12 February.", ["Northwind"]),
    ("The Sunday Courier said so.", ["Sunday Courier"]),         # in a name, they stay
    ("Fans still play Radio 4 shows.", ["Fans", "Radio 4"]),   # a number in a name
])
def test_what_is_no_part_of_a_name(text, names):
    by_sentence, _, _ = article_entities(text, [Sentence(0, len(text))], {0},
                                         LowerCaseWords(text), 0)
    assert [e.name for e in by_sentence[0]] == names


@pytest.mark.parametrize("text, names", [
    ("3. Innovative tooling cut costs.", []),           # a one-word opener, named nowhere else
    ("- 1Boldest AI tooling cut costs.", []),           # ... or one word and generic ones
    ("Prosecutors allege fraud at Northwind.", ["Northwind"]),
    ("Northwind grew. Then Northwind hired.", ["Northwind"] * 2),  # named again: a name
    ("Tamsin Crowe won. Crowe said little.", ["Tamsin Crowe", "Crowe"]),  # a surname
    ("NWU members voted.", ["NWU"]),                     # capitals
    ("Northwind, the firm, grew.", ["Northwind"]),       # no lower-case word after it
])
def test_a_word_that_only_opens_a_sentence_names_nothing(text, names):
    assert _opening_names(text + " It rained." * 5) == names


def test_a_short_text_names_its_opening_word():
    assert _opening_names("Accardo composed 24 caprices.") == ["Accardo"]


def _opening_names(text):
    """The entity names of `text`, split into sentences at each ". "."""
    sentences, at = [], 0
    for part in text.split(". "):
        sentences.append(Sentence(at, at + len(part) + 1))
        at += len(part) + 2
    by_sentence, _, _ = article_entities(text, sentences, {s.start for s in sentences},
                                         LowerCaseWords(text), 0)
    return [e.name for s in sentences for e in by_sentence[s.start]]


def test_a_title_case_heading_names_what_the_article_names():
    text = "Northwind Labs Expands Harbour Campus\n\nNorthwind Labs said the campus grew."
    sents = [Sentence(0, 37, heading=True), Sentence(39, len(text))]
    by_sentence, main, names = article_entities(text, sents, {0}, LowerCaseWords(text), 37)
    assert [e.name for e in by_sentence[0]] == ["Northwind Labs"] and main == "northwind labs"


@pytest.mark.parametrize("text, found", [
    ("They hired twenty-four nurses.", [("twenty-four", 24)]),
    ("One hundred and five came, then Seven more.", [("One hundred and five", 105),
                                                     ("Seven", 7)]),
    ("Someone came, and a million more.", [("a million", 1e6)]),
    ("Tone and bone are words; 5million is glued.", []),
    ("Seventeen, not seven-teen.", [("Seventeen", 17), ("seven", 7)]),
])
def test_numbers_in_words(text, found):
    got = [(text[s:e], v) for s, e, v in numwords.finditer(text, 0, len(text))]
    assert got == found
