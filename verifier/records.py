"""The records every stage passes along: spans, sources, claims, findings.

Field names are a contract read by outside tools (see DESIGN.md); add fields, never rename.
Offsets are half-open character offsets into the whole file, front matter included.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from .trusted import EVERY_FIELD, line_starts, locate, span


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        EVERY_FIELD[cls] = set(cls.model_fields)  # for trusted.record, which builds them


class Span(Record):
    source: str
    start: int
    end: int
    line: int
    col: int
    text: str


class Citation(Record):
    """Something that sources a sentence: a link, a footnote, an attribution cue."""

    kind: Literal["link", "footnote", "attribution"]
    span: Span
    target: str | None = None  # URL, reference text, or the name credited


class Source(BaseModel):
    """One loaded article. `text` is what spans index into; for HTML it is the visible text."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str
    format: Literal["markdown", "text", "html"]
    text: str
    body_start: int = 0
    title: str | None = None
    published: date | None = None
    published_from: Literal["front_matter", "metadata", "text"] | None = None
    url: str | None = None
    author: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    # For HTML: (text offset, file line, file col) at the start of each text chunk, so
    # positions point into the file the user edits rather than into the extracted text.
    origins: list[tuple[int, int, int]] | None = None

    def model_post_init(self, __context: Any) -> None:
        # The private state locate() and span() read is set here by hand, not declared with
        # PrivateAttr: pydantic would then wrap this method in a generic initialiser of private
        # attributes that costs more than validating the fields. span() reads the fields it
        # needs from it too: a plain dict, where attribute access on a model is slow.
        object.__setattr__(self, "__pydantic_private__", {
            "_line_starts": line_starts(self.text),
            "_origins": self.origins, "_origin_keys": [o[0] for o in self.origins or ()],
            "_id_text": (self.id, self.text)})

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, col) of a character offset, in the file as the user sees it."""
        return locate(self.__pydantic_private__, offset)

    def span(self, start: int, end: int) -> Span:
        # one span per claim and per sentence: built from trusted values, without validation,
        # and with one attribute read of the model (each goes through pydantic's __getattr__
        # hook, which makes it slow)
        return span(Span, self.__pydantic_private__, start, end)


class Surface(Record):
    number: float | None  # the number as written with scale words applied
    unit: str | None  # the unit as written


Bound = Literal["=", "~", ">", ">=", "<", "<=", "range"]


class TimeScope(Record):
    """When a claim holds: now, at a past date, or as a target to be reached."""

    kind: Literal["present", "past", "target"]
    year: int | None = None
    cue: str | None = None


class ClaimBase(Record):
    id: str
    span: Span
    sentence: Span
    subject: str | None = None
    # how the subject was chosen: an entity of the claim's clause, the antecedent of its
    # "which/who", the sentence's first entity, a reference to the article's main entity
    # ("the company"), the main entity by default, or a ledger entry's own
    subject_from: Literal["clause", "relative", "sentence", "reference", "article",
                          "ledger"] | None = None
    citations: list[Citation] = Field(default_factory=list)
    scope: TimeScope = TimeScope(kind="present")
    heading: bool = False  # stated in a title or heading, where no one cites sources


class FigureBase(ClaimBase):
    value: float
    low: float | None  # None: unbounded below
    high: float | None  # None: unbounded above
    bound: Bound = "="
    change: Literal["up", "down"] | None = None
    surface: Surface
    metric: str | None = None  # the words saying what the figure measures
    per: str | None = None  # the rate's denominator: "$58 per barrel" -> "barrel"


class Quantity(FigureBase):
    kind: Literal["quantity"] = "quantity"
    unit: str
    dimension: str  # "power", "count", ...
    noun: str | None = None  # the counted noun phrase, for counts


class Money(FigureBase):
    kind: Literal["money"] = "money"
    currency: str


class Percent(FigureBase):
    kind: Literal["percent"] = "percent"
    unit: Literal["%", "pp"] = "%"


Precision = Literal["day", "week", "month", "quarter", "year", "decade"]


class DateClaim(ClaimBase):
    kind: Literal["date"] = "date"
    value: date
    precision: Precision


class Prediction(ClaimBase):
    kind: Literal["prediction"] = "prediction"
    cue: str
    deadline: date | None = None
    precision: Precision | None = None
    deadline_text: str | None = None  # the phrase the deadline came from
    unresolved: str | None = None  # why a deadline phrase could not become a date


class Quote(ClaimBase):
    kind: Literal["quote"] = "quote"
    quote: str
    speaker: str | None = None


Claim = Annotated[Union[Quantity, Money, Percent, DateClaim, Prediction, Quote],
                  Field(discriminator="kind")]
FIGURE_KINDS = ("quantity", "money", "percent")

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Location(Record):
    source: str
    line: int
    col: int
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, span: Span) -> "Location":
        return cls(source=span.source, line=span.line, col=span.col, text=span.text,
                   start=span.start, end=span.end)


class Finding(Record):
    rule: str
    check: str
    severity: Severity
    message: str
    source: str
    line: int
    col: int
    text: str
    start: int
    end: int
    related: list[Location] = Field(default_factory=list)
    claims: list[str] = Field(default_factory=list)
    details: dict[str, str] = Field(default_factory=dict)  # normalised values, reasons
    fingerprint: str = ""
    suppressed: bool = False

    def sort_key(self) -> tuple:
        return (self.source, self.start, self.rule, self.message)


class SourceInfo(Record):
    id: str
    path: str
    title: str | None
    published: date | None
    published_from: str | None


class Report(BaseModel):
    """The result of a run; its JSON dump is the `verifier-report/1` contract."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: str = Field("verifier-report/1", alias="schema", serialization_alias="schema")
    as_of: date
    sources: list[SourceInfo] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    coverage: dict[str, Any] = Field(default_factory=dict)
    summary: dict[str, int] = Field(default_factory=dict)

    def model_dump_json(self, **kwargs: Any) -> str:  # the contract always uses "schema"
        kwargs.setdefault("by_alias", True)
        return super().model_dump_json(**kwargs)

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("by_alias", True)
        return super().model_dump(**kwargs)
