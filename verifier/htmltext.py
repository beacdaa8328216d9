"""Visible text of an HTML page, with where each piece came from in the file.

Script, style and navigation chrome are dropped; block elements become line breaks so the
segmenter sees paragraphs; links are kept as (start, end, href) in the visible text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
         "button", "head"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
          "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure",
          "figcaption", "dl", "dt", "dd", "hr"}


@dataclass
class Page:
    text: str = ""
    title: str | None = None
    canonical: str | None = None
    published: str | None = None
    origins: list[tuple[int, int, int]] = field(default_factory=list)
    links: list[tuple[int, int, str]] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.size = 0
        self.page = Page()
        self.skip_depth = 0
        self.open_links: list[tuple[int, str]] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1: list[str] | None = None

    def _emit(self, text: str) -> None:
        line, col = self.getpos()
        self.page.origins.append((self.size, line, col + 1))
        self.parts.append(text)
        self.size += len(text)

    def _newline(self, n: int = 2) -> None:
        tail = "".join(self.parts[-2:])
        want = n - (len(tail) - len(tail.rstrip("\n")))
        if self.size and want > 0:
            self._emit("\n" * want)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("article:published_time", "date", "pubdate", "dc.date"):
                self.page.published = self.page.published or a.get("content")
            return
        if tag == "link" and (a.get("rel") or "").lower() == "canonical":
            self.page.canonical = a.get("href")
            return
        if tag == "time" and a.get("datetime") and not self.page.published:
            self.page.published = a["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "h1" and self.page.title is None:
            self.h1 = []
        if tag == "br":
            self._newline(1)
        elif tag in _BLOCK:
            self._newline(1 if tag in ("li", "td", "th", "dt", "dd") else 2)
        if tag == "a" and a.get("href") and not self.skip_depth:
            self.open_links.append((self.size, a["href"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            self.page.title = self.page.title or " ".join("".join(self.title_parts).split()) or None
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "h1" and self.h1 is not None:
            self.page.title = " ".join("".join(self.h1).split()) or None
            self.h1 = None
        if tag == "a" and self.open_links:
            start, href = self.open_links.pop()
            self.page.links.append((start, self.size, href))
        if tag in _BLOCK:
            self._newline(1 if tag in ("li", "td", "th", "dt", "dd") else 2)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skip_depth or self.in_title:
            return
        text = " ".join(data.split("\n")) if "\n" in data else data
        if not text.strip() and (not self.parts or self.parts[-1].endswith("\n")):
            return
        if self.h1 is not None:
            self.h1.append(text)
        self._emit(text)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&#{name};"))


def extract(raw: str) -> Page:
    parser = _Parser()
    parser.feed(raw)
    parser.close()
    page = parser.page
    page.text = "".join(parser.parts)
    return page
