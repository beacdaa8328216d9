"""YAML read safely, with the line of every key, so validation errors can point at it."""

from __future__ import annotations

import difflib
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from .errors import VerifierError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Located:
    """A parsed YAML document plus the 1-based line of each path of keys and indices."""

    def __init__(self, data: Any, lines: dict[tuple, int], line_offset: int = 0):
        self.data, self._lines, self._offset = data, lines, line_offset

    def line_of(self, loc: tuple) -> int | None:
        loc = tuple(loc)
        while loc not in self._lines and loc:
            loc = loc[:-1]
        line = self._lines.get(loc)
        return None if line is None else line + self._offset


def _walk(node: yaml.Node, path: tuple, lines: dict[tuple, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = path + (key.value,)
            lines[sub] = key.start_mark.line + 1
            _walk(value, sub, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines)


def parse(text: str, path: str, line_offset: int = 0) -> Located:
    """Parse one YAML document; a syntax error becomes a VerifierError with its line."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise VerifierError(f"invalid YAML: {problem}", path, line) from None
    except ValueError as exc:  # a scalar that reads as a date but is none: 2025-13-45
        value, line = _unconstructable(node)
        raise VerifierError(f"invalid YAML: {value!r} is no date ({exc})", path,
                            None if line is None else line + line_offset) from None
    lines: dict[tuple, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return Located(data, lines, line_offset)


def _unconstructable(node: yaml.Node) -> tuple[str | None, int | None]:
    """The text and 1-based line of the first scalar under `node` that the loader cannot
    turn into a value (None, None if there is none)."""
    loader = _Loader("")
    todo = [node]
    while todo:
        n = todo.pop(0)
        if isinstance(n, yaml.ScalarNode):
            try:
                loader.construct_object(n)
            except ValueError:
                return n.value, n.start_mark.line + 1
        elif isinstance(n, yaml.MappingNode):
            todo.extend(part for pair in n.value for part in pair)
        elif isinstance(n, yaml.SequenceNode):
            todo.extend(n.value)
    return None, None


def read(path: str) -> Located:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise VerifierError(f"cannot read: {exc.__class__.__name__}: {exc}", path) from None
    return parse(text, path)


def _describe(err: dict, schema: Any = None) -> str:
    loc = ".".join(str(p) for p in err["loc"])
    kind, msg = err["type"], err["msg"]
    if kind == "extra_forbidden":
        valid = _keys_at(schema, err["loc"][:-1])
        if not valid:
            return f"{loc}: unknown key"
        near = difflib.get_close_matches(str(err["loc"][-1]), valid, n=1)
        hint = f"did you mean {near[0]}? " if near else ""
        return f"{loc}: unknown key; {hint}valid: {', '.join(sorted(valid))}"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        expected = expected.replace("'", "").replace(" or ", ", ")
        return f"{loc}: expected one of {expected}; got {err['input']!r}"
    if kind == "missing":
        return f"{loc}: required key missing"
    return f"{loc}: {msg}" if loc else msg


def _keys_at(schema: Any, loc: tuple) -> list[str]:
    """The keys a model accepts at `loc` (nested models followed by field name), if known."""
    model = schema
    for part in loc:
        field = getattr(model, "model_fields", {}).get(part)
        model = getattr(field, "annotation", None) if field else None
    fields = getattr(model, "model_fields", None)
    return list(fields) if isinstance(fields, dict) else []


def validate(schema: Any, data: Any, doc: Located, path: str) -> Any:
    """Validate `data` (from `doc`) against a model or type; the first error, by line,
    becomes a VerifierError naming the file, the line and the key."""
    try:
        return TypeAdapter(schema).validate_python(data)
    except ValidationError as exc:
        err = min(exc.errors(), key=lambda e: doc.line_of(e["loc"]) or 0)
        if err["type"] == "value_error":  # a model-level check: "key: problem" names the key
            err["msg"] = err["msg"].removeprefix("Value error, ")
            key = err["msg"].split(":", 1)[0]
            if not err["loc"] and isinstance(data, dict) and key in data:
                err["loc"] = (key,)
                err["msg"] = err["msg"].split(":", 1)[1].strip()
        raise VerifierError(_describe(err, schema), path, doc.line_of(err["loc"])) from None
