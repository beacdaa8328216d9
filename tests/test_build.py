"""The compiled build (setup.py): CI runs the whole suite a second time on it. A build that
fell back to pure Python must not pass for a compiled one there."""

import os
import sys

import pytest

from verifier import segment, trusted
from verifier.extract import chars, context, dates, numwords, predictions, quotes, units
from verifier.extract.figures import base, forms, nouns, reading


@pytest.mark.skipif(os.environ.get("VERIFIER_EXPECT_COMPILED") != "1",
                    reason="only where .ci/run has built the compiled modules")
@pytest.mark.parametrize("module", [
    segment, trusted, sys.modules["verifier.extract"], chars, context, dates, numwords,
    predictions, quotes, units, sys.modules["verifier.extract.figures"], base, forms, nouns,
    reading],
                         ids=lambda m: m.__name__)
def test_build_compiled_module_is_an_extension(module):
    assert not module.__file__.endswith(".py"), module.__file__
