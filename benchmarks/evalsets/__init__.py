"""Eval-set modules for benchmarks/accuracy.py.

Each module names its folder under ../shared/eval and scores it (`eval_dir` is that folder):

    DATASET = "cqe_newsquant"
    def score(eval_dir: pathlib.Path, limit: int | None = None) -> list[common.Row]

Optional: `show_errors(eval_dir, which, limit=None, n=40) -> str` for `--show-errors`.
The module docstring is the "how scored" text in docs/accuracy.md. Add new modules to MODULES.
"""

from . import (cqe_newsquant, duckling_quantities_en, polnear, quantulum3_quantities,
               recognizers_text_numbers, tempeval3)

MODULES = [
    cqe_newsquant,
    recognizers_text_numbers,
    duckling_quantities_en,
    quantulum3_quantities,
    tempeval3,
    polnear,
]
