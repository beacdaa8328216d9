"""Records built without validation, and the spans they point at: what extraction does for
every claim, span and citation. Kept apart from records.py, whose pydantic models mypyc cannot
compile, so that the compiled build (see setup.py) compiles these too."""

from __future__ import annotations

import bisect
from typing import Any, Final

from pydantic import BaseModel

# the set of fields given, as validation sets it, by record class: every field, so one set per
# class serves trusted records (pydantic copies it before changing it, in model_copy)
EVERY_FIELD: Final[dict[type, set[str]]] = {}

# The slots of every pydantic model, set through their descriptors: a third quicker than
# object.__setattr__
_new: Final = object.__new__
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__ for slot in ("__dict__", "__pydantic_fields_set__",
                                                  "__pydantic_extra__", "__pydantic_private__"))


def record(cls: type, values: dict[str, Any]) -> Any:
    """A `cls` record built without validation from `values`: every field, in the order the
    class declares them, each already of the type validation would give. Extraction makes one
    record per claim, and validating each cost more than finding it; tests validate what
    extraction returns to check that validation would change nothing."""
    made: Any = _new(cls)
    _set_dict(made, values)
    every = EVERY_FIELD[cls]
    _set_fields_set(made, every if len(values) == len(every) else set(values))
    _set_extra(made, None)
    _set_private(made, None)
    return made


def line_starts(text: str) -> list[int]:
    """Offsets where the lines of `text` start. A str.find loop: twice as fast as
    re.finditer on articles, whose lines are long paragraphs."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def locate(private: dict[str, Any], offset: int) -> tuple[int, int]:
    """1-based (line, col) of a character offset, from a Source's private state (see
    Source.model_post_init)."""
    origins = private["_origins"]
    if origins:
        i = max(bisect.bisect_right(private["_origin_keys"], offset) - 1, 0)
        base, line, col = origins[i]
        return line, col + (offset - base)
    starts: list[int] = private["_line_starts"]
    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def span(span_cls: type, private: dict[str, Any], start: int, end: int) -> Any:
    """Source.span, from the source's private state: a `span_cls` (records.Span) record."""
    line, col = locate(private, start)
    source, text = private["_id_text"]
    return record(span_cls, {"source": source, "start": start, "end": end, "line": line,
                             "col": col, "text": text[start:end]})
