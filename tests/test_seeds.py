"""What a careful editor finds in five real scraped articles (../shared/seeds)."""

from datetime import date

import pytest

import verifier

from .conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def report():
    return verifier.check([str(SEEDS)], as_of=date(2028, 7, 1), claims=None, rules=[])


def _where(f):
    return f"{f.source.rsplit('/', 1)[-1][:3]}:{f.line}"


def test_seeds_gpu_contradiction(report):
    pairs = {(f.text, f.related[0].text) for f in report.findings if f.check == "contradiction"}
    assert any("10,000" in a and "several hundred" in b for a, b in pairs)


def test_seeds_gigawatt_disagreement(report):
    pairs = {(f.text, f.related[0].text) for f in report.findings if f.check == "contradiction"}
    assert ("3 gigawatts", "one gigawatt") in pairs


def test_seeds_future_chips_not_against_current_fleet(report):
    assert not any("18,000" in f.text or any("18,000" in r.text for r in f.related)
                   for f in report.findings if f.check == "contradiction")


def test_seeds_unsourced_figures(report):
    messages = " ".join(f.message for f in report.findings if f.check == "unsourced")
    assert "$13.6 billion" in messages and "€20 billion" in messages


def test_seeds_by_2027_is_stale(report):
    stale = [f for f in report.findings if f.rule == "stale-prediction"]
    assert any("2027" in f.text for f in stale)


@pytest.mark.parametrize("trap", ["Mistral 7B", "Mixtral 8x22B", "7B", "8x22B", "France 2030",
                                  "500 petaflops", "90%", "1Largest", "©", "2024 - 2025",
                                  "$100 Billion", "$1 Billion"])
def test_seeds_no_finding_on_traps(report, trap):
    for f in report.findings:
        assert trap not in f.text and trap not in f.message, f"{_where(f)}: {f.message}"
