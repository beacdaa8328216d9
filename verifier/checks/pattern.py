"""pattern: house style on article text: phrases or regular expressions in sentences.

What it does: looks for each phrase (whole words, case-insensitive) and each regular
expression (case-insensitive, the `regex` package's syntax, which is Python's) in every
sentence of every article, skipping titles and headings, and, with `unless_sourced`, sentences
that cite a source (a link, a footnote, or a named attribution such as "according to the
IEA"). With `claims`, only sentences holding a claim of those kinds are read. One finding per
match.

Why it matters: some wording is a claim in disguise. "Experts say", "it is believed",
"observers anticipate" attribute a statement to no one a reader can check.

Example: `phrases: [experts say, it is believed]` with `unless_sourced: true` flags "Experts say
the port will double its trade." but not "Experts at the IEA say ..., according to its report."

Options: `patterns`, `phrases`, `unless_sourced` (default false), `timeout` (seconds one
pattern may spend on one sentence, default 0.2: a pattern that backtracks without end is
stopped, and the timeout is itself reported as a finding naming the rule, once per run).
"""

from __future__ import annotations

import regex

from .base import Corpus, finding, shown


def compile_rule(rule) -> list[regex.Pattern]:
    phrases = [r"\b" + r"\s+".join(regex.escape(w) for w in p.split()) + r"\b"
               for p in rule.phrases if p.split()]
    return [regex.compile(p, regex.IGNORECASE) for p in [*rule.patterns, *phrases]]


def run(rule, corpus: Corpus):
    patterns = compile_rule(rule)
    kinds = set(rule.claims)
    with_claims = {(c.sentence.source, c.sentence.start) for c in corpus.claims
                   if c.kind in kinds} if kinds else None
    timed_out = False
    for source, sentences in corpus.sentences:
        for sent in sentences:
            if sent.heading or (rule.unless_sourced and sent.citations):
                continue
            if with_claims is not None and (source.id, sent.start) not in with_claims:
                continue
            text = source.text[sent.start:sent.end]
            for pattern in patterns:
                try:
                    matches = list(pattern.finditer(text, timeout=rule.timeout))
                except TimeoutError:
                    if not timed_out:
                        timed_out = True
                        yield finding(rule, source.span(sent.start, sent.end), dict(
                            match=f"(pattern {pattern.pattern!r} timed out)",
                            sentence=shown(text)), details={
                            "timeout": f"the pattern {pattern.pattern!r} ran over {rule.timeout}"
                                       f" s on this sentence and was stopped; simplify it"})
                    continue
                for m in matches:
                    if m.end() > m.start():
                        yield finding(rule, source.span(sent.start + m.start(),
                                                        sent.start + m.end()),
                                      dict(match=shown(m.group()), sentence=shown(text)))
