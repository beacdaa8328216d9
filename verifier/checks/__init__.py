"""The check types: an explicit registry, one module each. A check reads the corpus and
yields findings; it never decides output (the engine applies config and suppressions)."""

from . import contradiction, ledger, misquote, pattern, stale, unsourced

REGISTRY = {
    "contradiction": contradiction,
    "unsourced": unsourced,
    "stale": stale,
    "misquote": misquote,
    "ledger": ledger,
    "pattern": pattern,
}
