"""Rule specs: one pydantic model per check type, discriminated on `check`.

Unknown keys are rejected and message templates are checked against the fields the check
type fills in, so a typo fails when the rule loads, not halfway through a run.
"""

from __future__ import annotations

import string
from typing import Annotated, ClassVar, Literal, Union

import regex
from pydantic import BaseModel, ConfigDict, Field, model_validator

ClaimKind = Literal["quantity", "money", "percent", "date", "prediction", "quote"]
Severity = Literal["error", "warning", "info"]


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    description="kebab-case identifier, unique across rule packs")
    check: str
    severity: Severity = "warning"
    message: str = Field(description="one-line template; {fields} depend on the check type")
    description: str = Field("", description="what the rule finds and why it matters")
    claims: list[ClaimKind] = Field(default_factory=list,
                                    description="claim kinds the rule applies to")
    examples: list[str] = Field(default_factory=list)

    # the template fields each check type fills in; set by subclasses
    FIELDS: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _message_fields(self):
        allowed = type(self).FIELDS
        for _, name, _, _ in string.Formatter().parse(self.message):
            if name is not None and name not in allowed:
                valid = ", ".join(sorted(allowed))
                raise ValueError(f"message: unknown field {{{name}}}; valid: {valid}")
        return self


_FIGURE_KINDS: list = ["quantity", "money", "percent"]


class ContradictionSpec(RuleSpec):
    check: Literal["contradiction"]
    claims: list[ClaimKind] = Field(default_factory=lambda: list(_FIGURE_KINDS))
    tolerance: float = Field(0.0, ge=0, le=1, description=(
        "extra relative slack for exact figures (hedges and rounding already give theirs)"))
    min_metric_similarity: float = Field(0.5, ge=0, le=1, description=(
        "how alike the measured words of two figures must be: shared words over all words"))
    max_gap_days: int = Field(365, ge=0, description=(
        "current figures of articles published further apart than this are not compared"))
    FIELDS = frozenset({"subject", "metric", "value", "other_value", "other_source",
                        "other_line", "unit", "more"})


class UnsourcedSpec(RuleSpec):
    check: Literal["unsourced"]
    claims: list[ClaimKind] = Field(default_factory=lambda: list(_FIGURE_KINDS))
    skip_spelled_out: bool = Field(True, description='ignore figures written in words ("three")')
    skip_headings: bool = Field(True, description="ignore figures in titles and headings")
    FIELDS = frozenset({"figures", "count", "subject"})


class StaleSpec(RuleSpec):
    check: Literal["stale"]
    claims: list[ClaimKind] = Field(default_factory=lambda: ["prediction"])
    report: Literal["passed", "unresolved"] = Field("passed", description=(
        "passed: deadlines before --as-of; unresolved: deadlines that need a date the "
        "article does not give"))
    FIELDS = frozenset({"deadline", "cue", "as_of", "phrase", "reason"})


class MisquoteSpec(RuleSpec):
    check: Literal["misquote"]
    claims: list[ClaimKind] = Field(default_factory=lambda: ["quote"])
    min_similarity: float = Field(80, ge=0, le=100, description=(
        "rapidfuzz ratio (0-100) above which two quotes count as the same quote"))
    FIELDS = frozenset({"speaker", "other_source", "other_line", "diff"})


class LedgerSpec(RuleSpec):
    check: Literal["ledger"]
    claims: list[ClaimKind] = Field(default_factory=lambda: list(_FIGURE_KINDS))
    tolerance: float = Field(0.0, ge=0, le=1, description=(
        "extra relative slack for exact figures (hedges and rounding already give theirs)"))
    min_metric_similarity: float = Field(0.5, ge=0, le=1, description=(
        "how alike the measured words of a figure and a ledger entry must be"))
    FIELDS = frozenset({"subject", "metric", "value", "ledger_value", "ledger_source", "as_of"})


class PatternSpec(RuleSpec):
    check: Literal["pattern"]
    patterns: list[str] = Field(default_factory=list, description=(
        "regular expressions (Python syntax, case-insensitive) to find in sentences"))
    phrases: list[str] = Field(default_factory=list, description=(
        "phrases to find as whole words, case-insensitive: 'experts say'"))
    unless_sourced: bool = Field(False, description=(
        "skip sentences that cite a source: a link, a footnote or a named attribution"))
    timeout: float = Field(0.2, gt=0, le=10, description=(
        "seconds one pattern may spend on one sentence before the rule gives up on it"))
    FIELDS = frozenset({"match", "sentence"})

    @model_validator(mode="after")
    def _patterns(self):
        if not self.patterns and not self.phrases:
            raise ValueError("patterns: give `patterns` or `phrases` (or both)")
        for i, pattern in enumerate(self.patterns):
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise ValueError(f"patterns: [{i}] is not a valid regular expression ({exc})")
        return self


AnyRule = Annotated[Union[ContradictionSpec, UnsourcedSpec, StaleSpec, MisquoteSpec, LedgerSpec,
                          PatternSpec], Field(discriminator="check")]
CHECK_NAMES = ("contradiction", "unsourced", "stale", "misquote", "ledger", "pattern")
# the spec of each check type, by the name a rule file gives in `check:`
SPECS = {spec.model_fields["check"].annotation.__args__[0]: spec for spec in (
    ContradictionSpec, UnsourcedSpec, StaleSpec, MisquoteSpec, LedgerSpec, PatternSpec)}
