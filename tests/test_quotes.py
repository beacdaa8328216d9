import re

import pytest

import verifier
from verifier.extract import quotes
from verifier.segment import literal_alternation


def _quotes(body: str, name: str = "a.md") -> list:
    text = "# Notes from the harbour\n\n" + body + "\n"
    found = [c for c in verifier.extract(text, name=name) if c.kind == "quote"]
    for q in found:
        assert text[q.span.start:q.span.end] == q.span.text
    return found


@pytest.mark.parametrize("body, speaker", [
    ('"The new ferry will run every hour," Mira Okafor said.', "Mira Okafor"),
    ('"The new ferry will run every hour," said Mira Okafor.', "Mira Okafor"),
    ('According to Mira Okafor, "the new ferry will run every hour."', "Mira Okafor"),
    ('"The new ferry will run every hour," Okafor explained.', "Okafor"),
    ('"The new ferry will run every hour," Okafor noted on Tuesday.', "Okafor"),
    ('"The new ferry will run every hour," Okafor added.', "Okafor"),
    ('"Fares could double by spring," Okafor warned.', "Okafor"),
    ('"The new ferry will run every hour," Okafor wrote in a letter.', "Okafor"),
    ('Mira Okafor said: "The new ferry will run every hour."', "Mira Okafor"),
    ('Mira Okafor gave the council a plain answer: "The ferry will run every hour."',
     "Mira Okafor"),
    ('Mira Okafor said that "the new ferry will run every hour."', "Mira Okafor"),
    ('"The new ferry will run every hour," Mira Okafor, the port director, said.',
     "Mira Okafor"),
    ('"The new ferry will run every hour," said Tom Reyes of the Harbour Trust.', "Tom Reyes"),
    ('"The new ferry will run every hour," said Okafor afterwards.', "Okafor"),
    ("Okafor's statement said: \"The new ferry will run every hour.\"", "Okafor"),
    ('"The new ferry will run every hour" from May, said Mira Okafor.', "Mira Okafor"),
    ('"The new ferry will run every hour," Okafor retorted.', "Okafor"),
])
def test_quotes_speaker_patterns(body, speaker):
    (q,) = _quotes(body)
    assert q.speaker == speaker and "ferry" in q.quote or "Fares" in q.quote


@pytest.mark.parametrize("body, speaker", [
    ('"The new ferry will run every hour," port director Mira Okafor said.', "Mira Okafor"),
    ('"The new ferry will run every hour," said CEO Mira Okafor.', "Mira Okafor"),
    ('"The new ferry will run every hour," said Sen. Mira Okafor.', "Mira Okafor"),
    ('"The new ferry will run every hour," said former harbour chief Mira Okafor.',
     "Mira Okafor"),
    ('Guitarist Mira Okafor said: "The new ferry will run every hour."', "Mira Okafor"),
])
def test_quotes_titles_are_stripped(body, speaker):
    (q,) = _quotes(body)
    assert q.speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    ('"The ferry plan is a costly mistake," the newspaper wrote.', "the newspaper"),
    ('"The ferry plan is a costly mistake," the Harbour Trust said in a statement.',
     "the Harbour Trust"),
    ('"The ferry plan is a costly mistake," said a spokesman for the council.',
     "a spokesman for the council"),
    # a description runs to its noun, up to the verb ('reiterated'), not one word short
    ('The harbour commissioner reiterated: "The ferry plan is a costly mistake."',
     "the harbour commissioner"),
    ('The retired harbour master has no doubt: "The ferry plan is a costly mistake."',
     "the retired harbour master"),
    # ... and a pronoun or article is no part of it ('the Trust denied it had')
    ('The Harbour Trust denied it had lost the vote, saying the plan was "a costly mistake".',
     "the Harbour Trust"),
    ('The harbour unions have expressed "serious doubts" about the plan.', "the harbour unions"),
    # capitalised words and others in any order, after "one" too
    ('"The ferry plan is a costly mistake," the newly elected Harbour Trust chair said.',
     "the newly elected Harbour Trust chair"),
    ('"The ferry plan is a costly mistake," one harbour council member said.',
     "one harbour council member"),
])
def test_quotes_organisation_speaker(body, speaker):
    (q,) = _quotes(body)
    assert q.speaker == speaker


def test_quotes_pronoun_goes_to_most_recent_person_named():
    body = ("Mira Okafor runs the port. Tom Reyes said the budget was tight.\n\n"
            '"We can still open the second pier in May," he said.')
    (q,) = _quotes(body)
    assert q.speaker == "Tom Reyes"


def test_quotes_pronoun_goes_to_the_subject_of_a_sentence_before():
    body = ('"The pier is ready," Mira Okafor said.\n\n'
            'Lena Brandt was named board chair in March. "We will cut fares next year," she said.')
    assert [q.speaker for q in _quotes(body)] == ["Mira Okafor", "Lena Brandt"]


@pytest.mark.parametrize("body", [
    'Tom Reyes was named port director in March. "We can open the pier in May," he said.',
    'Mira Okafor runs the port. Tom Reyes chairs the board. "We will cut fares," he said.',
])
def test_quotes_pronoun_goes_to_a_subject_whose_name_ends_in_s(body):
    assert [q.speaker for q in _quotes(body)] == ["Tom Reyes"]


def test_quotes_a_place_before_an_apposition_is_no_speaker():
    body = 'In Norhaven, Mira Okafor, the port director, said: "The pier opens in May."'
    assert [q.speaker for q in _quotes(body)] == ["Mira Okafor"]


@pytest.mark.parametrize("body, speakers", [
    ('"We tested the engines twice," Okafor said. "Nothing was left to chance."',
     ["Okafor", "Okafor"]),
    # someone else said to speak since: the next quote is theirs
    ('"We tested the engines twice," Okafor said. The delay hurt trade, Tom Reyes said.\n\n'
     '"Nothing was done on time."', ["Okafor", "Tom Reyes"]),
    # a quote that opens a paragraph, with no quote before: whoever the one before says spoke
    ('The delay hurt trade, Tom Reyes said on Monday.\n\n"Nothing was done on time."',
     ["Tom Reyes"]),
    # a pronoun said to speak since is most likely the speaker before
    ('"We tested the engines twice," Okafor said. The delay was short, she said.\n\n'
     '"Nothing was left to chance."', ["Okafor", "Okafor"]),
])
def test_quotes_unattributed_quote_goes_on_with_the_previous_speaker(body, speakers):
    assert [q.speaker for q in _quotes(body)] == speakers


@pytest.mark.parametrize("body, speaker", [
    # a quote inside a sentence that cues no one: its subject's, if a full name...
    ('Mira Okafor used the meeting to demand that the council "pay its fair share of the '
     'costs".', "Mira Okafor"),
    # ... but not any subject's, nor a sentence opener before a name
    ('The latest figures were out. Latest Harbour figures "show the port is busier than '
     'ever".', None),
    ('The council used the meeting to demand that the port "pay its fair share of the '
     'costs".', None),
])
def test_quotes_a_quote_that_cues_no_one_is_its_subject_s(body, speaker):
    (q,) = _quotes(body)
    assert q.speaker == speaker


def test_quotes_a_subject_is_not_looked_for_inside_a_quote_before():
    body = ("''We do not think the ferry is the answer to the problem,'' Tom Reyes, the port "
            "director, said Sunday. ''The next pier opens in May and the one after in June.''")
    speakers = ["Tom Reyes", "Tom Reyes"]  # not "the problem", inside the first quote
    assert [q.speaker for q in _quotes(body)] == speakers


@pytest.mark.parametrize("body, words", [
    # a paragraph ending inside a quote goes on when the next one opens with a mark
    ('Okafor said: "The first pier opens in May.\n\n"The second one follows in June, '
     'once the cranes are in."', "The first pier opens in May. The second one follows"),
    ('Okafor said: “The first pier opens in May.\n\n“The second one follows in June, '
     'once the cranes are in.”', "The first pier opens in May. The second one follows"),
])
def test_quotes_run_over_paragraphs(body, words):
    (q,) = _quotes(body)
    assert q.quote.startswith(words) and q.speaker == "Okafor"


@pytest.mark.parametrize("body", [
    '"The first pier opens in May. The second one follows in June," Okafor said.',
    '“The first pier opens in May. The second one follows in June,” said Okafor.',
])
def test_quotes_run_over_sentences(body):
    (q,) = _quotes(body)
    assert (q.quote, q.speaker) == ("The first pier opens in May. The second one follows in June",
                                    "Okafor")


def test_quotes_unclosed_mark_at_paragraph_end_is_not_a_quote():
    assert _quotes('The sign read "closed for the season\n\nThe ferry left at noon.') == []


@pytest.mark.parametrize("body, words, speaker", [
    ('Okafor called the plan "a very expensive gamble" for the town.',
     "a very expensive gamble", "Okafor"),
    ('Okafor called the plan "reckless" on Monday.', "reckless", "Okafor"),
    ('Okafor decried the plan as "a costly mistake".', "a costly mistake", "Okafor"),
])
def test_quotes_partial_quote_inside_a_sentence(body, words, speaker):
    (q,) = _quotes(body)
    assert (q.quote, q.speaker) == (words, speaker)


@pytest.mark.parametrize("body", [
    'The new pier is a "breakthrough" in design.',
    'The so-called "smart pier" opened last week.',
])
def test_quotes_scare_quotes_are_not_quotes(body):
    assert _quotes(body) == []


@pytest.mark.parametrize("body", [
    '"The new ferry will run every hour," Okafor said.',
    '“The new ferry will run every hour,” Okafor said.',
    "''The new ferry will run every hour,'' Okafor said.",  # wire copy: doubled apostrophes
    '‘The new ferry will run every hour,’ Okafor said.',
    "'The new ferry will run every hour,' Okafor said.",
])
def test_quotes_curly_straight_and_wire_marks(body):
    (q,) = _quotes(body)
    assert (q.quote, q.speaker) == ("The new ferry will run every hour", "Okafor")


def test_quotes_apostrophes_and_inner_quotes_stay_inside():
    (q,) = _quotes('"We don\'t call it \'the big pier\' any more," Okafor said.')
    assert q.quote == "We don't call it 'the big pier' any more"


def test_quotes_first_line_of_a_text_file_is_the_title():
    text = "Ferry plan approved\n\n\"The new ferry will run every hour,\" Okafor said.\n"
    (q,) = [c for c in verifier.extract(text, name="a.txt") if c.kind == "quote"]
    assert q.speaker == "Okafor" and text[q.span.start:q.span.end] == q.span.text


@pytest.mark.parametrize("name, cleaned", [
    ("Port Director Mira Okafor", "Mira Okafor"),
    ("But Okafor", "Okafor"),
    ("Gov. Mira Okafor", "Mira Okafor"),
    ("Tuesday", None),
])
def test_quotes_clean_name(name, cleaned):
    assert quotes.clean_name(name) == cleaned


@pytest.mark.parametrize("text", [
    "According to Okafor the so-called plan reads well, he said; unsaid, she added that, "
    "according to the council, the pier was called off. ",
    "Zoë said the café·said was résaid; “told” — said…éadded, saysé, so-called_ ",
])
def test_quotes_verbs_found_piecewise_are_those_of_the_whole_text(text):
    # verbs are looked for in pieces of text; any piece must see what a whole scan (with
    # Unicode word boundaries) sees, also where a verb straddles a piece's edge ('according
    # to', 'reads', 'so-called') or touches a letter beyond ASCII
    text *= 12
    unicode_verb = re.compile(rf"\b(?:{literal_alternation(quotes._VERBS)})\b")
    whole = [(m.start(), m.end(), m.group()) for m in unicode_verb.finditer(text)]
    who = quotes._Antecedents(text, 0, len(text))
    for size in (1, 5, 13, 40, 256):
        pieces = [who.verbs_in(lo, lo + size) for lo in range(0, len(text), size)]
        assert [v for piece in pieces for v in piece] == whole
    assert list(who.verbs_before(len(text))) == whole[::-1]
    assert list(who.verbs_before(100)) == [v for v in whole if v[0] < 100][::-1]


@pytest.mark.parametrize("pattern, start_after, before", [
    ("_SUBJECT_NEAR", "_near_start", "The council met in the harbour and Mira Okafor, Jr. "),
    ("_SUBJECT_NEAR", "_near_start", "Fares rose; the port director "),
    ("_SUBJECT_NEAR", "_near_start", "It is what it was, as the head of the Harbour Trust also "),
    ("_SUBJECT_NEAR", "_near_start", "Okafor (the director) "),
    ("_SUBJECT_END", "_end_start", '"We will," she said.\n\nMira Okafor, the port director, '),
    ("_SUBJECT_END", "_end_start",
     'Fares rose; Tom Reyes (of the "Harbour; Trust"), a spokesman, '),
    ("_SUBJECT_END", "_end_start", "The council: Tom Reyes, who runs the pier, "),
])
def test_quotes_subject_search_may_skip_what_no_subject_holds(pattern, start_after, before):
    text = before + "said"
    at = len(before)
    who = quotes._Antecedents(text, 0, len(text))
    rx = getattr(quotes, pattern)
    found = [rx.search(text, lo, at) for lo in (0, getattr(who, start_after)(0, at))]
    assert len({m and (m.span(), m.group("n")) for m in found}) == 1
