"""The Jinja2 sandbox team templates run in: a pack is code someone else wrote.

- :class:`jinja2.sandbox.ImmutableSandboxedEnvironment` with ``StrictUndefined`` and autoescape
  off; only plain data and our own filters are in scope.
- Templates are loaded only from inside the pack directories: ``..``, absolute names and
  symlinks that leave a directory are refused.
- Rendering is bounded: string and list repetition and powers are capped, output is capped,
  and a render that runs too long is stopped (by a timer signal in the main thread, by a trace
  function in any other thread).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
import jinja2.bccache
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import limits
from .limits import RenderLimit, time_limit


class PackLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses any template whose real path leaves its directory."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if template.startswith(("/", "\\")) or ".." in template.replace("\\", "/").split("/"):
            raise jinja2.TemplateNotFound(template)
        for folder in self.searchpath:
            root = Path(folder).resolve()
            candidate = Path(folder) / template
            if not candidate.exists() and not candidate.is_symlink():
                continue
            real = candidate.resolve()
            if not real.is_relative_to(root):
                raise jinja2.TemplateNotFound(
                    f"{template} (a link that leaves the pack directory {folder})"
                )
            if not stat.S_ISREG(os.stat(real).st_mode):  # a pipe or device would block
                raise jinja2.TemplateNotFound(f"{template} (not a regular file in {folder})")
            break
        return super().get_source(environment, template)


MAX_WIDTH = 1000
"""The widest padding, indent or field width a template may ask for: these run in C, where
the time limit cannot stop them."""
_SPEC_NUMBER = re.compile(r"\d+")
_PERCENT_SPEC = re.compile(r"%[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_width(value: Any, what: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
        raise RenderLimit(f"{what} {value} is too large in a template (at most {MAX_WIDTH})")
    if isinstance(value, str) and len(value) > MAX_WIDTH:
        raise RenderLimit(f"{what} is too long in a template (at most {MAX_WIDTH} characters)")


def _check_spec(spec: str, what: str) -> None:
    """Refuse a format spec with a width or precision over :data:`MAX_WIDTH`."""
    for number in _SPEC_NUMBER.findall(spec):
        _check_width(int(number), what)


def _capped_filters() -> dict[str, Callable[..., Any]]:
    """Jinja's filters that pad or format in C, with their widths checked first."""
    from jinja2.filters import FILTERS as filters

    def center(value: Any, width: int = 80) -> str:
        _check_width(width, "center width")
        return str(filters["center"](value, width))

    def indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> str:
        _check_width(width, "indent")
        return str(filters["indent"](value, width, *args, **kwargs))

    def wordwrap(env: Any, value: Any, width: int = 79, *args: Any, **kwargs: Any) -> str:
        _check_width(width, "wordwrap width")
        return str(filters["wordwrap"](env, value, width, *args, **kwargs))

    def format_(value: Any, *args: Any, **kwargs: Any) -> str:
        for match in _PERCENT_SPEC.finditer(str(value)):
            _check_spec(match.group(0), "a format width")
        for arg in args if "*" in str(value) else ():
            _check_width(arg, "a format width")
        return str(filters["format"](value, *args, **kwargs))

    def join(env: Any, value: Any, d: str = "", attribute: Any = None) -> str:
        items = list(value)
        size = sum(len(str(item)) for item in items) + len(d) * max(len(items) - 1, 0)
        if size > limits.MAX_OUTPUT:
            raise RenderLimit("a joined string is too long in a template")
        return str(filters["join"](env, items, d, attribute))

    def replace(env: Any, s: Any, old: Any, new: Any, count: int | None = None) -> str:
        text, old, new = str(s), str(old), str(new)
        times = text.count(old) if old else len(text) + 1
        if count is not None and count >= 0:
            times = min(times, count)
        if len(text) + times * max(len(new) - len(old), 0) > limits.MAX_OUTPUT:
            raise RenderLimit("a replaced string is too long in a template")
        return str(filters["replace"](env, s, old, new, count))

    # Jinja passes what the built-in filters take (the environment or the evaluation context).
    for function, builtin in ((wordwrap, "wordwrap"), (join, "join"), (replace, "replace")):
        setattr(function, "jinja_pass_arg", filters[builtin].jinja_pass_arg)  # noqa: B010
    return {
        "center": center,
        "indent": indent,
        "wordwrap": wordwrap,
        "format": format_,
        "join": join,
        "replace": replace,
    }


class _Sandbox(ImmutableSandboxedEnvironment):
    """Caps what can allocate without bound or run long in C: ``*`` and ``+`` on sequences,
    ``**``, padding widths in ``str.format``."""

    intercepted_binops = frozenset(["*", "**", "+"])

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        for field in re.findall(r"\{[^{}]*\}", value.__self__):
            _check_spec(field, "a format width")
        return wrapped

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise RenderLimit(f"power {right} is too large in a template")
        if (
            operator == "+"
            and isinstance(left, str | list | tuple)
            and isinstance(right, str | list | tuple)
            and len(left) + len(right) > limits.MAX_OUTPUT
        ):
            raise RenderLimit("a joined string or list is too long in a template")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > limits.MAX_OUTPUT
                ):
                    raise RenderLimit("a repeated string or list is too long in a template")
        return super().call_binop(context, operator, left, right)


COMPILED = "_compiled"
"""The folder of a built-in pack that holds its templates compiled ahead of time."""


def compiled_name(name: str, source: str) -> str:
    """The file a template's ahead-of-time code is kept in: named by the Jinja2 version, the
    template's name and its source, so a changed template or another Jinja2 never uses it."""
    digest = hashlib.sha1(f"{jinja2.__version__}\0{name}\0{source}".encode()).hexdigest()
    return f"t_{digest}.py"


class _Compiled(jinja2.BytecodeCache):
    """Each template compiled once per process, whatever pack or deck asks for it; a built-in
    template's code comes from the module ``tools/compile_templates.py`` made of it beside it
    (in ``_compiled/``), which Python keeps compiled like any module of the package: Jinja2's
    compiler was most of a preview's time. Nothing is written: no cache on disk holds code."""

    def __init__(self) -> None:
        self.codes: dict[tuple[str, str], CodeType] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Unused: :meth:`get_bucket` looks the code up."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Unused: :meth:`set_bucket` keeps the code."""

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        """The code of ``name`` from ``filename`` (its ``source``) if compiled already."""
        bucket = jinja2.bccache.Bucket(
            environment, filename or name, self.get_source_checksum(source)
        )
        code = self.codes.get((bucket.key, bucket.checksum))
        if code is None and filename:
            code = _ahead_of_time(Path(filename), name, source)
        if code is not None:
            self.codes[(bucket.key, bucket.checksum)] = bucket.code = code
        return bucket

    def set_bucket(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep the code Jinja2 just compiled for the rest of the process."""
        if bucket.code is not None:
            self.codes[(bucket.key, bucket.checksum)] = bucket.code


def _ahead_of_time(path: Path, name: str, source: str) -> CodeType | None:
    """The code compiled ahead of time for a built-in template, marked as coming from the
    template file (so errors and tracebacks name it), or ``None``."""
    module = path.parent / COMPILED / compiled_name(name, source)
    if not module.is_file():
        return None
    from importlib.machinery import SourceFileLoader

    try:
        name = f"cpo_deck_template_{module.stem}"
        code = SourceFileLoader(name, str(module)).get_code(name)
    except (OSError, SyntaxError, ImportError):
        return None
    return _refile(code, str(path)) if code is not None else None


def _refile(code: CodeType, filename: str) -> CodeType:
    consts = tuple(_refile(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


_COMPILED_CODE = _Compiled()


def make_environment(
    dirs: list[Path], filters: dict[str, Callable[..., Any]]
) -> jinja2.Environment:
    """A sandboxed environment over ``dirs`` (searched in order) with ``filters`` added."""
    env = _Sandbox(
        loader=PackLoader([str(d) for d in dirs]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_COMPILED_CODE,
    )
    env.filters.update(_capped_filters())
    env.filters.update(filters)
    return env


def bounded_render(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with the output cap, streaming so a runaway loop stops early."""
    parts: list[str] = []
    size = 0
    with time_limit():
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > limits.MAX_OUTPUT:
                raise RenderLimit(f"output is over {limits.MAX_OUTPUT:,} characters")
            parts.append(chunk)
    return "".join(parts)
