import random
from datetime import date

import pytest

from verifier import load


def test_load_markdown_front_matter_and_offsets():
    text = "---\ntitle: Hello\ndate: 2025-06-11\nurl: https://x.org\nlang: fr\n---\n\nBody 5 GW.\n"
    src, problems = load.load_text("a.md", text)
    assert problems == []
    assert (src.title, src.published, src.published_from, src.url) == ("Hello", date(2025, 6, 11),
                                                                       "front_matter", "https://x.org")
    assert src.meta == {"lang": "fr"}
    start = text.index("5 GW")
    assert src.span(start, start + 4).line == 8


def test_load_plain_text_title_and_inferred_date():
    src, _ = load.load_text("a.txt", "Big headline\nPublished 3 March 2024\nText.\n")
    assert src.title == "Big headline"
    assert (src.published, src.published_from) == (date(2024, 3, 3), "text")


def test_load_no_date_stays_null():
    src, _ = load.load_text("a.txt", "Headline\nNothing dated here.\n")
    assert src.published is None and src.published_from is None


def test_load_html_visible_text_links_and_lines():
    html = ('<html><head><title>T</title><meta property="article:published_time" '
            'content="2025-01-02T00:00:00Z"></head>\n<body><script>x=1</script>\n'
            '<p>We run <a href="https://x.org">5 GW</a> now.</p></body></html>')
    src, _ = load.load_text("a.html", html)
    assert "x=1" not in src.text and "We run 5 GW now." in src.text
    assert src.published == date(2025, 1, 2)
    start = src.text.index("5 GW")
    assert src.meta["links"] == [(start, start + 4, "https://x.org")]
    assert src.locate(start)[0] == 3


def test_load_broken_front_matter_is_a_problem_not_a_crash():
    src, problems = load.load_text("a.md", "---\ntitle: [oops\n---\nText 5%.\n")
    assert src is not None
    assert len(problems) == 1 and "front matter" in problems[0].message and problems[0].line


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30"])
def test_load_front_matter_date_that_is_no_date_is_a_problem_not_a_crash(value):
    # YAML reads these as dates, and the date constructor raises (a ValueError, no YAMLError)
    src, problems = load.load_text("a.md", f"---\ntitle: T\ndate: {value}\n---\nText 5%.\n")
    assert src is not None and src.text.endswith("Text 5%.\n")
    assert [(p.line, value in p.message) for p in problems] == [(3, True)]


def test_load_binary_and_bad_encoding(tmp_path):
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.md").write_bytes("caf\xe9 5%".encode("latin-1"))
    assert load.load_file(str(tmp_path / "bin.md"))[1][0].message.startswith("binary")
    assert "UTF-8" in load.load_file(str(tmp_path / "latin.md"))[1][0].message


def test_locate_at_line_boundaries():
    src, _ = load.load_text("a.txt", "ab\n\ncd\n")
    assert [src.locate(i) for i in range(8)] == [(1, 1), (1, 2), (1, 3), (2, 1), (3, 1), (3, 2),
                                                 (3, 3), (4, 1)]


def test_dateline_shortcuts_find_what_the_pattern_finds():
    pieces = ["2024-05-12", "2024-5-12", "12 March 2024", "March 12, 2024", "3 Sept. 1999",
              "Sept. 3, 1999", "Dec 1 2020", "٢٠٢٤-٠٥-١٢", "١ May ٢٠٢٤", "12 May", "May 2024",
              "2024", "1", "x", "_", "-", " ", "\n", ", ", "é", "’", "mar 3 2024", "Published "]
    rng = random.Random(3)
    for _ in range(20000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        want, got = load._DATELINE.search(head), load._dateline(head)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), head
