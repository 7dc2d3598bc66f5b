"""Read a brief file: bytes -> YAML events -> plain data with positions -> :class:`Brief`.

Safety first: size is checked before parsing, aliases, tags and duplicate keys are refused, and
nesting is bounded. Scalars stay strings exactly as typed (no YAML 1.1 coercions); plain ones are
marked :class:`~cpo_deck.brief.Plain` so that number and yes/no fields may convert them.
Every validation error is mapped back to ``file:line:col`` through the recorded positions.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .brief import Brief, Plain
from .documents import Document, Path_
from .errors import BriefError, CpoDeckError, Problem
from .model import Unsure, build, fields_of, from_pydantic, pydantic_model

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 16

try:  # the C parser is much faster; fall back to pure Python where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Characters XML 1.0 cannot hold (tab, newline and carriage return are fine).
# Characters XML 1.0 cannot hold, plus DEL and the C1 controls (YAML reads U+0085 as a line
# break, so it could never be kept as typed). Tab, newline and carriage return are fine.
BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_NULLS = {"", "~", "null", "Null", "NULL"}
_STANDARD_TAGS = "tag:yaml.org,2002:"

M = TypeVar("M")


class _Fail(Exception):
    def __init__(self, message: str, line: int, column: int, path: Path_ = ()) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column
        self.field = field_path(path) or None


STDIN = Path("-")
"""The brief path that means standard input."""


def read_text(path: Path) -> str:
    """Read a brief's text (``-`` is standard input): from a regular file only, at most
    :data:`MAX_BYTES` (enforced while reading), strict UTF-8, BOM dropped, CRLF folded."""
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        raise BriefError.single(
            path,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            line,
            column,
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    bad = BAD_CHARS.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise BriefError.single(
            path,
            f"control character U+{ord(bad.group()):04X} is not allowed; delete it",
            line,
            column,
        )
    return text


def _read_bytes(path: Path) -> bytes:
    too_big = f"a brief may be at most {MAX_BYTES:,} bytes (1 MiB)"
    if path == STDIN:
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise BriefError.single("<stdin>", f"more than {MAX_BYTES:,} bytes; {too_big}")
        return raw
    if not str(path):
        raise BriefError.single("''", "an empty file name; name a brief file")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise BriefError.single(path, "no such file") from None
    except OSError as exc:  # a symlink loop, a name too long, no permission, ...
        raise BriefError.single(path, f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise BriefError.single(path, "is a directory, not a brief file")
    if not stat.S_ISREG(info.st_mode):
        raise BriefError.single(
            path, "is not a regular file (a pipe, device or socket); give a brief file"
        )
    if info.st_size > MAX_BYTES:
        raise BriefError.single(path, f"file is {info.st_size:,} bytes; {too_big}")
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BriefError.single(path, f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:  # it grew while we looked
        raise BriefError.single(path, f"file is over {MAX_BYTES:,} bytes; {too_big}")
    return raw


def collect_briefs(arguments: Sequence[Path | str]) -> list[Path]:
    """The briefs named on the command line: a folder stands for every ``*.yaml`` and ``*.yml``
    directly in it (not in its subfolders; hidden files left out), in name order."""
    briefs: list[Path] = []
    for given in arguments:
        if not str(given):
            raise BriefError.single("''", "an empty file name; name a brief file or a folder")
        argument = Path(given)
        if argument == STDIN or not is_dir(argument):
            briefs.append(argument)
            continue
        try:
            found = sorted(
                p
                for p in argument.iterdir()
                if p.suffix.lower() in (".yaml", ".yml")
                and not p.name.startswith(".")
                and p.is_file()
            )
        except OSError as exc:
            raise BriefError.single(argument, f"cannot read this folder: {exc.strerror}") from None
        if not found:
            raise BriefError.single(argument, "no briefs here (no *.yaml or *.yml files)")
        briefs.extend(found)
    return briefs


def is_dir(path: Path) -> bool:
    """Whether ``path`` is a directory; ``False`` for a name too long or a symlink loop
    (reading it later says so)."""
    try:
        return path.is_dir()
    except OSError:  # a name too long, a symlink loop: not a directory we can use
        return False


def parse_yaml(text: str, path: Path | str = "<brief>") -> Document:
    """Parse YAML text into plain data with positions, refusing what briefs never need."""
    bad = BAD_CHARS.search(text)
    if bad:  # read_text refuses these first; text from elsewhere gets the same message
        row = text.count("\n", 0, bad.start()) + 1
        col = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        message = f"control character U+{ord(bad.group()):04X} is not allowed; delete it"
        raise BriefError.single(path, message, row, col)
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise BriefError.single(path, "the file is empty; start from `cpo-deck init`", 1, 1)
    try:
        return _Builder(yaml.parse(text, Loader=_Loader)).build()
    except _Fail as exc:
        raise BriefError.single(path, exc.message, exc.line, exc.column, exc.field) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "not valid YAML"
        if "nesting depth" in what:  # newer libyaml stops very deep nesting while scanning
            line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
            message = f"nested more than {MAX_DEPTH} levels deep; briefs are shallow"
            raise BriefError.single(path, message, line, column) from None
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise BriefError.single(path, f"YAML syntax error: {what}", line, column) from None
    except yaml.YAMLError as exc:
        raise BriefError.single(path, f"YAML error: {exc}") from None


class _Builder:
    """Builds Python data from a YAML event stream, recording positions as it goes."""

    def __init__(self, events: Any) -> None:
        self.events = iter(events)
        self.doc = Document(None)

    def _next(self) -> Any:
        return next(self.events)

    def build(self) -> Document:
        documents = 0
        for event in self.events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Fail(
                        "a brief is one YAML document; remove the second '---'", *_pos(event)
                    )
                self.doc.data = self._node(self._next(), (), 1)
        if not isinstance(self.doc.data, dict):
            kind = "a list" if isinstance(self.doc.data, list) else "a single value"
            raise _Fail(
                f"the top level must be a mapping of keys (title:, problem:, ...), not {kind}",
                *self.doc.values.get((), (1, 1)),
            )
        return self.doc

    def _node(self, event: Any, path: Path_, depth: int) -> Any:
        line, column = _pos(event)
        if depth > MAX_DEPTH:
            raise _Fail(
                f"nested more than {MAX_DEPTH} levels deep; briefs are shallow", line, column
            )
        if isinstance(event, yaml.AliasEvent):
            raise _Fail(
                f"YAML aliases (*{event.anchor}) are not allowed in a brief; write the value out",
                line,
                column,
                path,
            )
        if getattr(event, "anchor", None):
            raise _Fail(
                f"YAML anchors (&{event.anchor}) are not allowed in a brief; remove it",
                line,
                column,
                path,
            )
        tag = getattr(event, "tag", None)
        if tag:
            shown = (
                "!!" + tag.removeprefix(_STANDARD_TAGS) if tag.startswith(_STANDARD_TAGS) else tag
            )
            raise _Fail(
                f"YAML tags ({shown}) are not allowed in a brief; remove it", line, column, path
            )
        self.doc.values[path] = (line, column)
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event, line, column, path)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            end = None  # where the previous plain item of a flow list ended
            while not isinstance(child := self._next(), yaml.SequenceEndEvent):
                plain = isinstance(child, yaml.ScalarEvent) and not child.style
                # "2,9": only a comma between this item and the one before
                if plain and end is not None and child.start_mark.index == end + 1:
                    self.doc.tight.add((*path, len(items) - 1))
                end = child.end_mark.index if event.flow_style and plain else None
                items.append(self._node(child, (*path, len(items)), depth + 1))
            return items
        if isinstance(event, yaml.MappingStartEvent):
            mapping: dict[str, Any] = {}
            while not isinstance(key_event := self._next(), yaml.MappingEndEvent):
                key_line, key_column = _pos(key_event)
                if not isinstance(key_event, yaml.ScalarEvent) or key_event.anchor or key_event.tag:
                    raise _Fail("keys must be plain words like 'title'", key_line, key_column)
                key = key_event.value
                if key in mapping:
                    first = self.doc.keys[(*path, key)][0]
                    raise _Fail(
                        f"duplicate key '{key}' (first given on line {first}); keep one",
                        key_line,
                        key_column,
                        (*path, key),
                    )
                self.doc.keys[(*path, key)] = (key_line, key_column)
                mapping[key] = self._node(self._next(), (*path, key), depth + 1)
            return mapping
        raise _Fail("unexpected YAML content", line, column)  # pragma: no cover

    @staticmethod
    def _scalar(event: Any, line: int, column: int, path: Path_) -> Any:
        value: str = event.value
        if event.style is None or event.style == "":
            if value in _NULLS:
                return None
            value = Plain(value)
        bad = BAD_CHARS.search(value)
        if bad:
            raise _Fail(
                f"control character U+{ord(bad.group()):04X} is not allowed; delete it",
                line,
                column,
                path,
            )
        return value


def _pos(event: Any) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def load_brief(path: Path | str) -> Brief:
    """Read and validate a brief file; raises :class:`BriefError` listing every problem."""
    path = Path(path)
    doc = parse_yaml(read_text(path), path)
    return validate(doc, Brief, path)


def validate(
    doc: Document, model: type[M], path: Path | str, error: type[CpoDeckError] = BriefError
) -> M:
    """Validate parsed data against ``model``, mapping every error to ``file:line:col``.

    A valid file is built without pydantic (:func:`cpo_deck.model.build`); pydantic is asked
    only when that is unsure, and its errors become the messages.
    """
    try:
        return build(model, doc.data)
    except Unsure:
        pass
    import difflib

    from pydantic import ValidationError

    try:
        return from_pydantic(model, pydantic_model(model).model_validate(doc.data))
    except ValidationError as exc:
        errors = exc.errors()
        misspelt = {
            (*tuple(e["loc"][:-1]), close[0])
            for e in errors
            if e["type"] == "extra_forbidden"
            and (
                close := difflib.get_close_matches(
                    str(e["loc"][-1]), _fields_at(model, tuple(e["loc"][:-1])), n=1, cutoff=0.6
                )
            )
        }
        # A misspelt key already says which key it should be; don't report that key missing too.
        errors = [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) in misspelt)]
        problems = [_problem(err, doc, model, path) for err in errors]
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        raise error(f"{path}: not valid ({count} {noun})", problems) from None


def field_path(loc: Path_) -> str:
    """``("metrics", "items", 0, "target")`` -> ``metrics.items[0].target``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _fields_at(model: type, loc: Path_) -> list[str]:
    """The keys allowed in the mapping at ``loc`` (for 'did you mean' suggestions)."""
    current: type | None = model
    keyed = False  # the part after a map's name is a key of that map, not a field
    for part in loc:
        if isinstance(part, int) or current is None or keyed:
            keyed = False
            continue
        spec = fields_of(current).get(part)
        keyed = spec is not None and spec.kind == "map"
        while spec is not None and spec.kind in ("list", "map"):
            spec = spec.item
        current = spec.model if spec is not None else None
    return list(fields_of(current)) if current is not None else []


def _split_hint(doc: Document, loc: Path_) -> str:
    """A hint when YAML may have split an item of the list at ``loc`` at a decimal comma."""
    for path, first, second in doc.tight_pairs():
        if path[:-1] == loc:
            whole = f"{first},{second}"
            return f' (a [...] list splits at every comma: quote "{whole}" if it is one item)'
    return ""


def _problem(err: Any, doc: Document, model: type, path: Path | str) -> Problem:
    loc: Path_ = tuple(err["loc"])
    kind: str = err["type"]
    ctx: dict[str, Any] = err.get("ctx") or {}
    line, column = doc.position(loc)
    where = field_path(loc)
    value = err.get("input")
    path = doc.file_of(loc) or path
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent_loc = loc[:-1]
        line, column = doc.keys.get(loc, (line, column))
        import difflib

        allowed = _fields_at(model, parent_loc)
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(allowed)}"
        section = field_path(parent_loc) or "the brief"
        return Problem(f"unknown key '{key}' in {section}; {hint}", str(path), line, column, where)
    if kind == "missing":
        line, column = doc.keys.get(loc[:-1], (line, column))
        name = str(loc[-1])
        parent = field_path(loc[:-1]) or "the top level"
        message = f"required field is missing; add '{name}:' to {parent}"
    elif kind == "string_too_long" or (kind == "too_long" and isinstance(value, str)):
        limit = ctx.get("max_length")
        length = len(value) if isinstance(value, str) else 0
        message = (
            f"is {length} characters; the limit is {limit}: shorten it by "
            f"{length - int(limit or 0)}"
        )
    elif kind == "string_too_short" or (kind == "string_type" and value is None):
        message = "must not be empty; write some text or remove the key"
    elif kind == "string_type":
        message = "must be text; for a list or mapping here, write one line of text instead"
    elif kind == "too_short":
        least = ctx.get("min_length")
        message = f"needs at least {least} item{'s' if least != 1 else ''}"
    elif kind == "too_long":
        most = ctx.get("max_length")
        got = ctx.get("actual_length")
        message = (
            f"has {got} items; at most {most} are allowed: remove {int(got or 0) - int(most or 0)}"
            + _split_hint(doc, loc)
        )
    elif kind == "list_type":
        message = "must be a list, one item per line starting with '- '"
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        message = "must be a mapping of keys (key: value on the lines below, indented)"
    elif kind == "literal_error" and value is None:
        message = f"must be one of {ctx.get('expected', '')}; it is empty"
    elif kind == "literal_error":
        message = f"must be one of {ctx.get('expected', '')}, not '{value}'"
    elif kind == "greater_than_equal":
        message = f"must be at least {ctx.get('ge')}, not {value}"
    elif kind == "less_than_equal":
        message = f"must be at most {ctx.get('le')}, not {value}"
    elif kind == "value_error":
        message = str(ctx.get("error", err["msg"]))
    else:
        message = err["msg"]
    return Problem(message, str(path), line, column, where)
