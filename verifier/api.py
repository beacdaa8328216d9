"""The Python API; the command line is a thin layer over it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from . import engine, load, suppress
from .config import Config, load_config
from .extract import extract_source
from .records import Claim, Report
from .segment import segment


def extract(text: str, published: date | None = None, name: str = "<text>.md") -> list[Claim]:
    """The claims in one article's text."""
    source, _ = load.load_text(name, text)
    if published is not None:
        source.published, source.published_from = published, "front_matter"
    return extract_source(segment(source)).claims


def check_texts(texts: dict[str, str], as_of: date | None = None, rules: list[str] = (),
                claims: str | None = None, config: str | None = None) -> Report:
    """Check articles given as {name: text}; the name's suffix picks the format."""
    loaded = [load.load_text(name, text) for name, text in sorted(texts.items())]
    problems = [p for _, ps in loaded for p in ps]
    cfg, _ = load_config(config) if config else (None, None)
    return _run([s for s, _ in loaded], problems, as_of, rules, claims, cfg)


def check(paths: list[str] | None = None, as_of: date | None = None, rules: list[str] = (),
          claims: str | None = None, config: str | None = None, debug: bool = False,
          baseline: str | None = None) -> Report:
    """Check article files and folders (default: the config's sources, else sources/).
    Findings whose fingerprints are in the `baseline` file are marked suppressed."""
    cfg, _ = load_config(config)
    files = load.collect(list(paths or cfg.sources))
    sources, problems = [], []
    for f in files:
        src, probs = load.load_file(f)
        problems.extend(probs)
        if src is not None:
            sources.append(src)
    # the workspace's own folders, when the config names none
    if claims is None and cfg.claims is None and Path("claims").is_dir():
        claims = "claims"
    cfg = cfg.model_copy(update={"rules": cfg.rule_dirs()})
    return _run(sources, problems, as_of, rules, claims, cfg, debug,
                suppress.read_baseline(baseline) if baseline else set())


def _run(sources, problems, as_of, rules, claims, cfg, debug=False, baseline=()) -> Report:
    cfg = cfg or Config()
    opts = engine.Options.from_config(cfg, as_of or date.today(), rules, claims)
    opts.debug, opts.baseline = debug, set(baseline)
    return engine.run(sources, problems, opts)
