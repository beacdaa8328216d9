"""Workspace config from verifier.yaml, or [tool.verifier] in pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from typing import Any
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from . import yamlfile
from .errors import VerifierError
from .extract import units as U

class Currencies(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base: str = Field(description="ISO code the rates are given in, e.g. USD")
    rates: dict[str, float] = Field(default_factory=dict,
                                    description="ISO code -> value of one unit in `base`")


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[str] = Field(default_factory=lambda: ["sources"])
    rules: list[str] = Field(default_factory=list, description="extra rule folders")
    claims: str | None = None
    enable: list[str] = Field(default_factory=list, description=(
        "rule ids to run; when given, only these (disable still switches one off)"))
    disable: list[str] = Field(default_factory=list, description="rule ids to switch off")
    severity: dict[str, str] = Field(default_factory=dict, description="rule id -> severity")
    fail_on: str = "error"
    exclude: list[str] = Field(default_factory=list,
                               description="regexes for lines, or Markdown headings whose "
                                           "sections, are not article text")
    entities: dict[str, list[str]] = Field(default_factory=dict, description=(
        "entity name -> other names it goes by, e.g. {Mistral AI: [Mistral, Mistral AI SAS]}"))
    synonyms: list[list[str]] = Field(default_factory=list, description=(
        "groups of words that measure the same thing, e.g. [[chips, GPUs, accelerators]]"))
    currencies: Currencies | None = Field(None, description=(
        "rates for comparing money across currencies; without them, never compared"))
    options: dict[str, dict[str, Any]] = Field(default_factory=dict, description=(
        "rule id -> options that override the rule's own (thresholds such as tolerance)"))
    # where the config came from, for errors found once the rules are known (rulebook)
    _where: tuple[str, Any] | None = PrivateAttr(None)

    def rule_dirs(self) -> list[str]:
        """The config's rule folders, else the workspace's rules/ if there is one."""
        return self.rules or (["rules"] if Path("rules").is_dir() else [])


SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "info", "never")


def _check(cfg: Config, path: str, doc: yamlfile.Located | None) -> Config:
    def line(*loc):
        return doc.line_of(loc) if doc else None
    for rid, sev in cfg.severity.items():
        if sev not in SEVERITIES:
            raise VerifierError(f"severity.{rid}: expected one of {', '.join(SEVERITIES)}; "
                                f"got {sev!r}", path, line("severity", rid))
    for i, pattern in enumerate(cfg.exclude):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise VerifierError(f"exclude[{i}]: not a valid regular expression ({exc})", path,
                                line("exclude", i)) from None
    if cfg.currencies:
        for code in [cfg.currencies.base, *cfg.currencies.rates]:
            if code.upper() not in U.CURRENCY_CODES:
                raise VerifierError(f"currencies: {code!r} is not an ISO 4217 currency code we "
                                    f"know (e.g. USD, EUR, GBP)", path, line("currencies"))
        for code, rate in cfg.currencies.rates.items():
            if not rate > 0:
                raise VerifierError(f"currencies.rates.{code}: expected a positive number; got "
                                    f"{rate!r}", path, line("currencies", "rates", code))
    cfg._where = (path, doc)
    if cfg.fail_on not in FAIL_ON:
        raise VerifierError(f"fail_on: expected one of {', '.join(FAIL_ON)}; got {cfg.fail_on!r}",
                            path, line("fail_on"))
    return cfg


def load_config(explicit: str | None = None, root: Path = Path(".")) -> tuple[Config, Path | None]:
    """The config and the file it came from (None: defaults)."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise VerifierError("config file not found", explicit)
    else:
        path = next((p for p in (root / "verifier.yaml", root / ".verifier.yaml") if p.is_file()),
                    None)
        if path is None and (root / "pyproject.toml").is_file():
            path = root / "pyproject.toml"
    if path is None:
        return Config(), None
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
            raise VerifierError(f"invalid TOML: {exc}", str(path)) from None
        section = data.get("tool", {}).get("verifier")
        if section is None:
            return Config(), None
        doc = yamlfile.Located(section, {})
        return _check(yamlfile.validate(Config, section, doc, f"{path} [tool.verifier]"),
                      str(path), None), path
    doc = yamlfile.read(str(path))
    data = doc.data or {}
    if not isinstance(data, dict):
        raise VerifierError("expected key: value pairs", str(path), 1)
    return _check(yamlfile.validate(Config, data, doc, str(path)), str(path), doc), path
