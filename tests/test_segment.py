import random
import re

import pytest

from verifier import segment as seg_module
from verifier.load import load_text
from verifier.segment import literal_alternation, segment

ARTICLE = """Harbour power plan
The port burns 40 megawatts on a busy day2.
Officials said the plan would cost more.
Related posts
Another story about $9 billion
"""

REFS = """Title
The dam produces 300 megawatts1.

1. Water Agency. (2023). Annual report.
https://example.org/report
"""


def _seg(name, text):
    return segment(load_text(name, text)[0])


def test_segment_reference_list_makes_glued_marker_a_footnote():
    seg = _seg("a.txt", REFS)
    sent = next(s for s in seg.sentences if "300" in REFS[s.start:s.end])
    assert [c.kind for c in sent.citations] == ["footnote"]
    assert "Water Agency" in sent.citations[0].target
    assert any(r == "reference list" for _, _, r in seg.skipped)


def test_segment_tail_boilerplate_is_skipped():
    seg = _seg("a.txt", ARTICLE)
    assert not any("$9 billion" in ARTICLE[s.start:s.end] for s in seg.sentences)
    assert ("boilerplate" in {r for _, _, r in seg.skipped})


def test_segment_attribution_is_a_citation():
    seg = _seg("a.txt", "T\nThe tower is 300 metres tall, according to City Hall.\n")
    assert [c.kind for s in seg.sentences for c in s.citations] == ["attribution"]


@pytest.mark.parametrize("body, citations", [
    ("Quayside Freight's pier cost $12 million, the Harbour Board estimated.",
     [("attribution", "Harbour Board")]),
    ("Quayside Freight dredged 3 km of channel, using data from the Coastal Survey.",
     [("attribution", "Coastal Survey")]),
    ("Quayside Freight moved 900 ferries (Source: Norhaven Port Authority).",
     [("attribution", "Norhaven Port Authority")]),
    ("Quayside Freight built 14 berths[^1].\n\n[^1]: Coastal Survey, berth census.",
     [("footnote", "Coastal Survey, berth census.")]),
    ("Quayside Freight built 14 berths.", []),                       # nothing cites it
    ("Quayside Freight's pier cost $12 million, the harbour board estimated.",
     [("attribution", "harbour board")]),                              # credited in lower case
    ("Quayside Freight moved 900 ferries, according to the port authority.",
     [("attribution", "port authority")]),
    ("Quayside Freight moved 900 ferries, according to officials in the city.",
     [("attribution", "officials")]),
    ("Quayside Freight's pier cost $12 million[1].\n\n## References\n\n"
     "[1] Harbour Board. Annual report.", [("footnote", "Harbour Board. Annual report.")]),
])
def test_segment_citations_go_to_the_figures_of_their_sentence(body, citations):
    import verifier

    (c,) = [c for c in verifier.extract("# T\n\n" + body + "\n") if c.kind in
            ("quantity", "money")]
    assert [(x.kind, x.target) for x in c.citations] == citations


def test_segment_markdown_links_and_comments():
    seg = _seg("a.md", "# T\n\nSales hit [5 million](https://x.org) units.\n<!-- note 7 GW -->\n")
    assert any(c.kind == "link" for s in seg.sentences for c in s.citations)
    assert any(r == "comment" for _, _, r in seg.skipped)


def test_config_exclude_skips_a_section_and_a_line(tmp_path, monkeypatch):
    import verifier

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text(
        "---\ntitle: A\ndate: 2025-01-02\n---\n\nThe plant makes 3 gigawatts.\n\n"
        "Promo: save 50% on a subscription today.\n\n## Sponsored\n\nA gigawatt is 1,000 megawatts.\n\n"
        "## Next\n\nThe town has 4,000 homes.\n", encoding="utf-8")
    (tmp_path / "verifier.yaml").write_text("exclude: ['^Promo:', '^## Sponsored']\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rep = verifier.check()
    texts = [c.span.text for c in rep.claims if c.kind in ("quantity", "percent")]
    assert texts == ["3 gigawatts", "4,000 homes"]
    skipped = rep.coverage["sources"]["sources/a.md"]["skipped"]
    assert skipped["excluded by config"] == 2  # the 50 and the 1,000


def test_config_exclude_bad_regex_is_a_precise_error(tmp_path):
    from verifier.config import load_config
    from verifier.errors import VerifierError

    (tmp_path / "verifier.yaml").write_text("exclude:\n  - '(unclosed'\n", encoding="utf-8")
    with pytest.raises(VerifierError) as err:
        load_config(root=tmp_path)
    assert "exclude[0]: not a valid regular expression" in str(err.value)
    assert ":2:" in str(err.value)


@pytest.mark.parametrize("line", [
    "Sign up for our free newsletter to get 3 stories a day in your inbox.",
    "© 2025 Example Media. All rights reserved.",
    "Share on X",
])
def test_boilerplate_lines_are_not_article_text(line):
    src = load_text("a.md", f"# T\n\nThe plant makes 3 gigawatts.\n\n{line}\n\nIt employs 40 people.\n")[0]
    seg = segment(src)
    assert any(r == "boilerplate" and src.text[s:e].strip() == line for s, e, r in seg.skipped)


def test_a_glossary_at_the_end_is_boilerplate():
    body = "\n\n".join(f"The plant added {n} turbines this year." for n in range(2, 9))
    src = load_text("a.md", f"# T\n\n{body}\n\nGlossary\n\nA gigawatt is 1,000 megawatts.\n")[0]
    seg = segment(src)
    assert any(r == "boilerplate" and "1,000 megawatts" in src.text[s:e] for s, e, r in seg.skipped)


def test_attribution_cues_reversed_scan_finds_what_a_forward_scan_finds():
    words = seg_module._ATTR_WORDS
    forward = re.compile(rf"(?:{literal_alternation(words)})(?![\w])")

    def same(text, body=0):
        want = [m.span() for m in forward.finditer(text, body)]
        assert seg_module._attribution_cues(text, body) == want, (text, body)

    for a in words:  # one cue running into another: "saidata from", "wrote(via:"
        for b in words:
            for j in range(1, len(b)):
                if a.endswith(b[:j]):
                    same(a + b[j:])
            same(a + b)
    rng = random.Random(7)
    pieces = words + ["x", "un", "s", " ", ", ", "\n", "(", ":", "-", "é", "1", "’"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        same(text, rng.randrange(len(text) + 1))


def test_credited_before_a_cue_as_the_plain_search_finds():
    """Who is credited before a cue: as found by searching the plain pattern from 80
    characters back, without the shortcuts (the test of the word before the cue, the search
    starting after the last character no name can hold, the creditable words as a trie)."""
    who = (rf"(?:{seg_module._NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:[a-z]+[ \t]+){{0,2}}?"
           rf"(?:{'|'.join(seg_module._CREDITABLE_WORDS)}))")
    plain = re.compile(rf"\b(?P<d>{who})\s+$")
    pieces = ["Smith", "Al-Faisal", "O'Neil", "Mc’Kay", "of", "de", "he", "He", "she", "they",
              "They", "the", "The", "company", "analyst", "analysts", "spokeswoman", "it", ",",
              ".", " ", " ", "\t", "\n", "é", "É", "’", "2005", "_", "-", "&", "İ", "\u00a0",
              "organization", "the central bank", "Federal Reserve Board", "Abcdefghijklmnopq"]
    rng = random.Random(2)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) + " said"
        cue = len(text) - 4
        want = plain.search(text, max(0, cue - 80), cue)
        words = want.group("d").split() if want else []
        while words and words[0] in seg_module._NOT_WHO:
            words = words[1:]
        assert seg_module._credited(text, text[::-1], cue, len(text)) == (
            (want.start(), " ".join(words)) if words else (cue, None)), text


@pytest.mark.parametrize("line", [
    "Shares rose. Copyright 2020 Example. All Rights reserved",  # no hint at the start
    "— © —",
    "SHARE ON X",  # matches the pattern, but holds no hint as written
    "Text (c) x. ALL RIGHTS RESERVED",
    "ſubscribe for updates, said the newsletter. Sign up",
    "© all rıghts reserved",  # characters beyond Latin-1
    "  * Follow us on X",
    "Following the vote, the firm said it would subscribe",
])
def test_boilerplate_line_holds_a_hint_and_matches_the_pattern(line):
    text = f"# T\n\nThe plant makes 3 gigawatts.\n\n{line}\n\nIt employs 40 people.\n"
    src = load_text("a.md", text)[0]
    flagged = any(r == "boilerplate" and src.text[s:e] == line for s, e, r in segment(src).skipped)
    assert flagged == (any(h in line for h in seg_module._BOILER_HINTS)
                       and bool(seg_module._BOILER_LINE.search(line)))


_SENT_END_BY_THE_BOOK = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9•\-])")


def _split_by_the_book(text, start, end):
    """Sentence splitting without its shortcuts: one regex for every sentence end, every full
    stop's word cut out and normalised, white space after a sentence skipped one character
    at a time."""
    out, s = [], start
    for m in _SENT_END_BY_THE_BOOK.finditer(text, start, end):
        if text[m.start()] == ".":
            token_start = max(text.rfind(" ", s, m.start()), text.rfind("\n", s, m.start())) + 1
            token = text[max(token_start, s):m.start() + 1].rstrip(".!?…").lower().strip("(\"“")
            if token in seg_module._ABBREV or seg_module._INITIALS.fullmatch(token):
                continue
        out.append((s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def test_sentence_splitting_shortcuts_change_nothing():
    pieces = ["year", "than", "Mr", "MR", "xMr", "Inc", "etc", "e.g", "U.S", "j", "K", "\u212a",
              "İ", "approx", "approxi", "Sept", "longerword", ".", ". ", "  ", "\n", "\t", "(",
              "\"", "“", "”", "’", ")", "]", "!", "?", "…", " A", " 1", " (B", " •", "\u00a0",
              "é", "x.y.z", "ſt", "ETC"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        want = _split_by_the_book(text, start, end)
        assert seg_module._split_sentences(text, start, end) == want
        if not any(mark in text for mark in "!?…"):
            assert seg_module._split_sentences(text, start, end, True) == want
