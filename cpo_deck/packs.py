"""Template packs: a directory with ``pack.yaml``, a base ``.pptx``/``.potx`` and Jinja2 templates.

A pack extends another (``extends``, default ``default``): its directory comes first on the
search path, then its parent's, down to the built-in ``default``, like a theme with a parent.
``pack.yaml`` settings merge the same way, key by key. Templates and assets are looked up along
that path and must stay inside their pack directory.
"""

from __future__ import annotations

import os
import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from . import limits
from .documents import Document, overlay
from .errors import PackError, TemplateRenderError
from .labels import Wording, read_labels
from .limits import RenderLimit, time_limit
from .loader import BAD_CHARS, parse_yaml, read_text, validate
from .pack_config import (  # the pack's settings are part of this module's API
    PackConfig,
)

if TYPE_CHECKING:  # Jinja2 and the formatter load when a template is first rendered
    import jinja2

    from . import formatting

ENV_VAR = "CPO_DECK_TEMPLATE"
MAX_CHAIN = 8


def builtin_root() -> Path:
    """Where the built-in packs live: inside the installed package, else the source tree."""
    installed = Path(__file__).with_name("_builtin")
    return installed if installed.is_dir() else Path(__file__).resolve().parents[1] / "templates"


def builtin_packs() -> list[tuple[str, str]]:
    """``(name, description)`` of every built-in pack."""
    found = []
    for folder in sorted(builtin_root().iterdir()):
        if (folder / "pack.yaml").is_file():
            doc = parse_yaml(read_text(folder / "pack.yaml"), folder / "pack.yaml")
            found.append((folder.name, str(doc.data.get("description", ""))))
    return found


class Pack(Struct, frozen=True, dict=True):
    """A loaded pack: merged config, its directory, and the ordered template search path.

    ``dict=True`` gives it room for what it works out once (the ``cached_property`` values).
    """

    config: PackConfig
    root: Path
    dirs: tuple[Path, ...]
    document: Document

    @cached_property
    def _modules(self) -> dict[str, Any]:
        return {}

    @cached_property
    def _wordings(self) -> dict[str, Wording]:
        return {}

    @property
    def name(self) -> str:
        """The pack's name from ``pack.yaml``."""
        return self.config.name

    @cached_property
    def base_path(self) -> Path:
        """The base ``.pptx``/``.potx`` the deck is built on."""
        return self.asset(self.config.base, "base")

    @cached_property
    def logo_path(self) -> Path | None:
        """The logo image, if the theme has one."""
        logo = self.config.theme.logo
        return self.asset(logo.path, "theme.logo.path") if logo else None

    @cached_property
    def formatter(self) -> formatting.Formatter:
        """Number and date conventions from ``format:``."""
        from . import formatting

        fmt = self.config.format
        thousands = "," if fmt.thousands is None else fmt.thousands
        return formatting.Formatter(thousands, fmt.decimal or ".", fmt.date)

    def asset(self, relative: str, field: str) -> Path:
        """Find a file along the search path; it must stay inside the pack directory."""
        where = self._where(field)
        name = Path(relative)
        if name.is_absolute() or ".." in name.parts:
            raise PackError(
                f"{where}{field}: '{relative}' must be a path inside the pack directory "
                "(no absolute paths, no '..')"
            )
        for folder in self.dirs:
            candidate = folder / name
            try:
                if not (candidate.exists() or candidate.is_symlink()):
                    continue
                real = candidate.resolve(strict=True)
                inside = real.is_relative_to(folder.resolve())
                is_file = real.is_file()
            except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long, ...
                reason = getattr(exc, "strerror", None) or "a symbolic link loop"
                raise PackError(f"{where}{field}: '{relative}' cannot be read ({reason})") from None
            if not inside:
                raise PackError(f"{where}{field}: '{relative}' is a link that leaves {folder}")
            if not is_file:
                raise PackError(f"{where}{field}: '{relative}' is not a file")
            return real
        searched = ", ".join(str(d) for d in self.dirs)
        raise PackError(f"{where}{field}: '{relative}' not found (looked in {searched})")

    def _where(self, field: str) -> str:
        path = tuple(field.split("."))
        file = self.document.file_of(path) or str(self.root / "pack.yaml")
        line, column = self.document.position(path)
        return f"{file}:{line}:{column}: "

    @cached_property
    def env(self) -> jinja2.Environment:
        """The sandboxed Jinja2 environment over this pack's search path."""
        from . import formatting
        from .sandbox import make_environment

        return make_environment(list(self.dirs), formatting.filters(self.formatter))

    def compile(self, name: str) -> None:
        """Load and compile a template, reporting syntax errors against its file and line."""
        self._run(name, lambda t: t)

    def module(self, name: str) -> Any:
        """Load a template as a module, to read its ``set`` variables and call its macros;
        once per pack (every deck of a run asks for its words, notes and footer)."""

        from .sandbox import bounded_render

        def load(template: Any) -> Any:
            bounded_render(template, {})  # the module's own output, capped while it streams
            return template.make_module({})

        if name not in self._modules:
            self._modules[name] = self._run(name, load)
        return self._modules[name]

    @cached_property
    def templates(self) -> frozenset[str]:
        """The names of the templates on the search path (listed once per pack)."""
        return frozenset(p.name for d in self.dirs for p in d.glob("*.j2") if p.is_file())

    @cached_property
    def wording(self) -> Wording:
        """The words and area captions of ``labels.j2``, checked (see :mod:`cpo_deck.labels`)."""
        return self.wording_in("labels.j2")

    def wording_in(self, name: str) -> Wording:
        """The words and area captions of a word set (``labels.j2``, ``labels.de.j2``),
        checked once per pack."""
        if name not in self._wordings:
            self._wordings[name] = read_labels(self.module(name), *self.source(name))
        return self._wordings[name]

    def render(self, name: str, **context: Any) -> str:
        """Render one template with plain data, bounded in output and time."""
        from .sandbox import bounded_render

        text = str(self._run(name, lambda t: bounded_render(t, context)))
        return self._clean(text, name, None)

    def call(self, module: Any, name: str, macro: str, *args: Any) -> str:
        """Call a macro of a template module, reporting errors against the template file."""

        def invoke(_template: Any) -> Any:
            text = str(getattr(module, macro)(*args))
            if len(text) > limits.MAX_OUTPUT:
                raise RenderLimit(f"output is over {limits.MAX_OUTPUT:,} characters")
            return text

        return self._clean(str(self._run(name, invoke)).strip(), name, macro)

    def source(self, name: str) -> tuple[str, str]:
        """The file and text of a template (already loaded by :meth:`_run`)."""
        template = self.env.get_template(name)
        filename = template.filename or name
        try:
            return filename, Path(filename).read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            return filename, ""

    def _clean(self, text: str, name: str, macro: str | None) -> str:
        """``text`` if it holds no control character or lone surrogate; else an error naming
        the template and the line of the macro that wrote it."""
        bad = BAD_CHARS.search(text)
        if bad is None:
            return text
        filename, source = self.source(name)
        match = re.search(rf"macro\s+{re.escape(macro)}\b", source) if macro else None
        line = source.count("\n", 0, match.start()) + 1 if match else 1
        what = f"the output of '{macro}'" if macro else "its output"
        raise TemplateRenderError(
            f"{filename}:{line}: template error: {what} holds the control character "
            f"U+{ord(bad.group()):04X}, which a deck cannot hold; remove it"
        )

    def _run(self, name: str, action: Any) -> Any:
        import jinja2

        filename = name
        try:
            env = self.env  # made (and Jinja2 imported) outside the time limit
            with time_limit():
                template = env.get_template(name)
                filename = template.filename or name
                return action(template)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateRenderError(
                f"{exc.filename or name}:{exc.lineno}: template syntax error: {exc.message}"
            ) from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateRenderError(
                f"template '{exc.name}' not found in pack '{self.name}' or the packs it extends"
            ) from None
        except Exception:  # a team template is code: any failure becomes a message
            raise self._failure(filename) from None

    def _failure(self, filename: str) -> TemplateRenderError:
        """The exception being handled, as a message naming the template file and line."""
        try:  # let Jinja map the traceback to template lines (render() already has)
            self.env.handle_exception()
        except Exception as exc:
            line = _line_in(exc, filename)
            where = f"{filename}:{line}" if line else filename
            detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            return TemplateRenderError(f"{where}: template error: {detail}")
        raise AssertionError("handle_exception always raises")  # pragma: no cover


def _line_in(exc: BaseException, filename: str) -> int | None:
    """The last line of ``filename`` on the traceback (Jinja maps frames to template lines)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _is_path(spec: str) -> bool:
    return (
        any(sep in spec for sep in ("/", "\\"))
        or spec.startswith(".")
        or spec.endswith((".yaml", ".yml"))
    )


def locate(spec: str, relative_to: Path | None = None) -> Path:
    """The directory of pack ``spec``: a built-in name, or a directory path."""
    try:
        return _locate(spec, relative_to)
    except (OSError, RuntimeError) as exc:  # a name too long, a symlink loop
        reason = getattr(exc, "strerror", None) or "a symbolic link loop"
        raise PackError(f"template pack '{spec[:200]}': cannot be read ({reason})") from None


def _locate(spec: str, relative_to: Path | None) -> Path:
    if not spec or "\0" in spec:
        raise PackError("a template pack's name is empty or holds a NUL character")
    builtin = builtin_root() / spec
    if not _is_path(spec) and (builtin / "pack.yaml").is_file():
        return builtin
    base = relative_to if relative_to is not None else Path.cwd()
    folder = Path(spec) if Path(spec).is_absolute() else base / spec
    if folder.name == "pack.yaml":
        folder = folder.parent
    if (folder / "pack.yaml").is_file():
        return folder
    names = ", ".join(name for name, _ in builtin_packs())
    if folder.is_dir():
        raise PackError(f"{folder}: not a template pack (no pack.yaml); built-in packs: {names}")
    raise PackError(f"no template pack '{spec}': not a built-in pack ({names}) nor a directory")


def load_pack(spec: str = "default", relative_to: Path | None = None) -> Pack:
    """Load a pack by built-in name or directory, with everything it extends merged in."""
    root = locate(spec, relative_to)
    chain: list[tuple[Path, Document]] = []
    seen: set[Path] = set()
    folder: Path | None = root
    while folder is not None:
        real = folder.resolve()
        if real in seen:
            cycle = " -> ".join(str(f.resolve()) for f, _ in [*chain, (folder, None)])
            raise PackError(f"{root / 'pack.yaml'}: 'extends' goes round in a circle: {cycle}")
        if len(chain) >= MAX_CHAIN:
            raise PackError(f"{root / 'pack.yaml'}: 'extends' is more than {MAX_CHAIN} packs deep")
        seen.add(real)
        path = folder / "pack.yaml"
        doc = parse_yaml(read_text(path), path)
        if not isinstance(doc.data, dict):  # pragma: no cover - parse_yaml guarantees a mapping
            raise PackError(f"{path}: must be a mapping")
        chain.append((folder, doc))
        parent = doc.data.get("extends", None if _is_builtin_default(folder) else "default")
        folder = locate(str(parent), folder) if parent else None
    merged_doc = chain[-1][1]
    merged_file = str(chain[-1][0] / "pack.yaml")
    for folder, doc in reversed(chain[:-1]):
        own = {
            k: v for k, v in merged_doc.data.items() if k not in ("name", "description", "extends")
        }
        parent_doc = Document(own, merged_doc.values, merged_doc.keys, merged_doc.files)
        merged_doc = overlay(
            doc, str(folder / "pack.yaml"), parent_doc, merged_file, _replaced_whole
        )
        merged_file = str(folder / "pack.yaml")
    config = validate(merged_doc, PackConfig, root / "pack.yaml", PackError)
    return Pack(config, root, tuple(f for f, _ in chain), merged_doc)


def _replaced_whole(path: tuple[str | int, ...]) -> bool:
    """A layout choice names placeholders of its own layout: never mix it with the parent's."""
    return len(path) == 2 and path[0] == "layouts"


def _is_builtin_default(folder: Path) -> bool:
    return folder.resolve() == (builtin_root() / "default").resolve()


def select_pack(
    option: str | None, brief_template: str | None = None, brief_path: Path | None = None
) -> Pack:
    """The pack to use, highest first: ``--template``, the brief's ``template:`` key (relative
    to the brief), ``$CPO_DECK_TEMPLATE``, the built-in ``default``."""
    if option:
        return load_pack(option)
    if brief_template:
        return load_pack(brief_template, brief_path.parent if brief_path else None)
    env = os.environ.get(ENV_VAR)
    if env:
        return load_pack(env)
    return load_pack("default")
