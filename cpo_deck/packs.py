"""Template packs: a directory with ``pack.yaml``, a base ``.pptx`` and Jinja2 text templates.

A pack may extend another; its directory comes first on the search path, then its parent's,
down to the built-in ``default`` (like a theme with a parent). Templates render in an immutable
sandbox with only plain data in scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field

from . import formatting
from .errors import PackError, TemplateRenderError
from .loader import parse_yaml, read_text, validate

KINDS = ("problem", "impact", "metrics", "tradeoffs", "ask")
"""The five slide kinds, in deck order."""

SlideKind = Literal["problem", "impact", "metrics", "tradeoffs", "ask"]


def builtin_root() -> Path:
    """Where the built-in packs live: inside the installed package, else the source tree."""
    installed = Path(__file__).with_name("_builtin")
    return installed if installed.is_dir() else Path(__file__).resolve().parents[1] / "templates"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Hex = str


class LayoutChoice(_Model):
    """Which layout (by name) and which placeholders (by idx) serve one slide kind."""

    layout: str
    title: int = 0
    body: int | None = None


class Colors(_Model):
    """Theme colours as ``RRGGBB`` hex."""

    background: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    surface: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    primary: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    accent: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    text: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    muted: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    positive: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    negative: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    on_accent: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    highlight: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")
    rule: Hex = Field(pattern=r"^[0-9A-Fa-f]{6}$")


class Fonts(_Model):
    """Heading and body font names, as the deck will name them."""

    heading: str = "Calibri"
    body: str = "Calibri"


class Theme(_Model):
    """Colours and fonts."""

    colors: Colors
    fonts: Fonts = Fonts()


class PackConfig(_Model):
    """The contents of ``pack.yaml``."""

    name: str
    description: str = ""
    extends: str | None = None
    base: str = "base.pptx"
    layouts: dict[SlideKind, LayoutChoice]
    theme: Theme


@dataclass(frozen=True)
class Pack:
    """A loaded pack: its config and the ordered directories templates are looked up in."""

    config: PackConfig
    root: Path
    dirs: tuple[Path, ...]

    @property
    def name(self) -> str:
        """The pack's name from ``pack.yaml``."""
        return self.config.name

    @property
    def base_path(self) -> Path:
        """The base ``.pptx``/``.potx`` the deck is built on."""
        return self.root / self.config.base

    @cached_property
    def env(self) -> jinja2.Environment:
        """The sandboxed Jinja2 environment over this pack's search path."""
        env = ImmutableSandboxedEnvironment(
            loader=jinja2.FileSystemLoader([str(d) for d in self.dirs]),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["number"] = formatting.number
        env.filters["unit"] = formatting.with_unit
        env.filters["delta"] = formatting.delta
        env.filters["wrap"] = formatting.wrap
        env.filters["zip_values"] = formatting.zip_values
        return env

    def module(self, name: str) -> Any:
        """Load a template as a module, to read its ``set`` variables and call its macros."""
        return self._run(name, lambda t: t.make_module({}))

    def render(self, name: str, **context: Any) -> str:
        """Render one template with plain data."""
        return str(self._run(name, lambda t: t.render(**context)))

    def call(self, module: Any, name: str, macro: str, *args: Any) -> str:
        """Call a macro of a template module, reporting errors against the template file."""

        def invoke(_template: Any) -> Any:
            try:
                return getattr(module, macro)(*args)
            except Exception:
                self.env.handle_exception()  # re-raises with template line numbers

        return str(self._run(name, invoke)).strip()

    def _run(self, name: str, action: Any) -> Any:
        filename = name
        try:
            template = self.env.get_template(name)
            filename = template.filename or name
            return action(template)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateRenderError(
                f"{exc.filename or name}:{exc.lineno}: template syntax error: {exc.message}"
            ) from None
        except jinja2.TemplateNotFound:
            raise TemplateRenderError(
                f"template '{name}' not found in pack '{self.name}' or the packs it extends"
            ) from None
        except Exception as exc:  # a team template is code: any failure becomes a message
            line = _line_in(exc, filename)
            where = f"{filename}:{line}" if line else filename
            detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            raise TemplateRenderError(f"{where}: template error: {detail}") from None


def _line_in(exc: BaseException, filename: str) -> int | None:
    """The last line of ``filename`` on the traceback (Jinja maps frames to template lines)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def load_pack(name: str = "default") -> Pack:
    """Load a built-in pack by name (team packs come with the template-pack work)."""
    root = builtin_root() / name
    if not (root / "pack.yaml").is_file():
        available = ", ".join(sorted(p.name for p in builtin_root().iterdir() if p.is_dir()))
        raise PackError(f"no built-in template pack named '{name}'; available: {available}")
    path = root / "pack.yaml"
    config = validate(parse_yaml(read_text(path), path), PackConfig, path)
    dirs = [root]
    if config.extends and config.extends != name:
        parent = load_pack(config.extends)
        dirs.extend(parent.dirs)
    return Pack(config, root, tuple(dirs))
