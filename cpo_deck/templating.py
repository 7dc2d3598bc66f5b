"""Use cases behind ``cpo-deck template``: list the built-in packs, start a team pack (optionally
from a corporate .pptx/.potx), and check a pack end to end."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from . import contrast, corporate, fonts, languages
from .errors import CpoDeckError, PackError
from .fingerprint import read_fingerprint
from .geometry import read_geometry
from .loader import load_brief
from .model import as_dict
from .outline import build_outline
from .pack_config import KINDS
from .packs import Pack, builtin_packs, builtin_root, load_pack, locate
from .render import render_outline

TEMPLATE_FILES = ("labels.j2", "footer.j2", "notes.j2", "outline.txt.j2", "outline.md.j2")
"""The text templates a pack can override, file by file."""
FINGERPRINT = "fingerprint.json"


def list_packs() -> list[tuple[str, str]]:
    """``(name, description)`` of every built-in pack."""
    return builtin_packs()


class InitResult(Struct):
    """What ``template init`` wrote."""

    folder: Path
    files: list[Path]
    mapping: list[corporate.Mapping] = field(default_factory=list)


def init_pack(
    folder: Path,
    from_pptx: Path | None = None,
    extends: str = "default",
    force: bool = False,
    language: str | None = None,
) -> InitResult:
    """Write an editable pack into ``folder``: a commented pack.yaml and the text templates.

    With ``language`` (a tag with a word set in ``extends``), the pack's decks speak it by
    default, and the pack gets that language's words and notes to edit (``labels.de.j2``,
    ``notes.de.j2``) in place of the English ones."""
    if folder.exists() and not folder.is_dir():
        raise PackError(f"{folder}: is a file, not a folder; choose a new folder for the pack")
    if folder.exists() and any(folder.iterdir()) and not force:
        raise PackError(f"{folder}: not empty; choose a new directory or pass --force")
    parent = load_pack(extends)
    if language is not None:
        message = languages.problem(languages.Language(language, "--language"), parent)
        if message is not None:
            raise PackError(message)
    extends_value = extends if not _is_dir_spec(extends) else _relative(locate(extends), folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    mapping: list[corporate.Mapping] = []
    if from_pptx is not None:
        prs = corporate.open_presentation(from_pptx)
        mapping = corporate.map_kinds(prs)
        base_name = from_pptx.name
        shutil.copyfile(from_pptx, folder / base_name)
        written.append(folder / base_name)
        record = corporate.fingerprint(from_pptx, prs)
        (folder / FINGERPRINT).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        written.append(folder / FINGERPRINT)
        text = _pack_yaml_from_pptx(folder.name, extends_value, base_name, prs, mapping, parent)
    else:
        text = _pack_yaml_from_parent(folder.name, extends_value, parent)
    (folder / "pack.yaml").write_text(_with_language(text, language), encoding="utf-8")
    written.append(folder / "pack.yaml")
    for name in _files_for(language):
        source = next(d / name for d in parent.dirs if (d / name).is_file())
        shutil.copyfile(source, folder / name)
        written.append(folder / name)
    load_pack(str(folder.resolve()))  # what we wrote must load
    return InitResult(folder, written, mapping)


def _files_for(language: str | None) -> tuple[str, ...]:
    """The templates ``template init`` copies: the language's own words and notes in place of
    the English ones (which stay inherited)."""
    base = languages.base_of(language) if language else languages.DEFAULT
    if base == languages.DEFAULT:
        return TEMPLATE_FILES
    own = {"labels.j2": f"labels.{base}.j2", "notes.j2": f"notes.{base}.j2"}
    return tuple(own.get(name, name) for name in TEMPLATE_FILES)


def _with_language(text: str, language: str | None) -> str:
    """``pack.yaml`` with its ``language:`` line after ``base:`` (commented out without one)."""
    note = "# the decks' language unless the brief or --language names one"
    line = (
        f"language: {_quote(language)}     {note}\n"
        if language
        else f"# language: de      {note} (default: en)\n"
    )
    head, sep, rest = text.partition("\nlayouts:")
    return f"{head}\n{line.rstrip(chr(10))}{sep}{rest}" if sep else text + line


def _is_dir_spec(spec: str) -> bool:
    return not (builtin_root() / spec / "pack.yaml").is_file()


def _relative(target: Path, start: Path) -> str:
    import os

    return Path(os.path.relpath(target.resolve(), start.resolve())).as_posix()


def _quote(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _colors_yaml(colors: dict[str, str]) -> str:
    notes = {
        "background": "slide background",
        "surface": "tiles and the evidence panel",
        "primary": "titles and big numbers",
        "accent": "section labels, the chart, highlights",
        "text": "body text",
        "muted": "footer, captions, scorecard details, risk numbers",
        "positive": "a metric moving the right way",
        "negative": "a metric moving the wrong way; risk outcomes",
        "on_accent": "text on the table header (which is filled with primary)",
        "highlight": "the recommended option's row",
        "rule": "hairlines and axis lines",
    }
    return "".join(f'    {k + ":":<12} "{v}"{" " * 3}# {notes[k]}\n' for k, v in colors.items())


def _common_yaml(
    name: str,
    extends: str,
    parent: Pack,
    colors: dict[str, str],
    heading: str,
    body: str,
    description: str,
) -> str:
    labels = as_dict(parent.config.labels)
    fmt = parent.config.format
    return (
        "theme:\n"
        "  colors:             # RRGGBB; every text colour should reach 4.5:1 contrast on the\n"
        "                      # colour it sits on (template check reports any that don't)\n"
        + _colors_yaml(colors)
        + "  fonts:              # named in the deck; measured with metric-compatible open fonts\n"
        f"    heading: {_quote(heading)}\n"
        f"    body: {_quote(body)}\n"
        "  logo: null           # e.g. {path: logo.png, corner: top-right, height: 0.45}\n"
        "                       #   path: PNG, JPEG or GIF inside this directory\n"
        "                       #   corner: top-left, top-right, bottom-left or bottom-right\n"
        "                       #   height: inches\n"
        '  footer: null         # a fixed footer line, e.g. "Confidential - internal use only"\n'
        "labels:                # the small section label above each slide's title (English;\n"
        "                       # a word set's `sections` replaces them in its language)\n"
        + "".join(f"  {k}: {_quote(v)}\n" for k, v in labels.items())
        + "format:              # null: the deck language's own forms (CLDR)\n"
        f"  thousands: {_quote(fmt.thousands)}      # 1,250,000 in English, 1.250.000 in German\n"
        f"  decimal: {_quote(fmt.decimal)}        # 2.5 in English, 2,5 in German\n"
        f'  date: {_quote(fmt.date)}           # strftime pattern for ISO dates, e.g. "%d.%m.%Y";'
        " null: as written in English, the medium date in other languages\n"
        "# check:              # tunes `cpo-deck check` for every brief built with this pack:\n"
        "#   disable: [brevity]                # rule names or ids (see docs/rules.md)\n"
        "#   jargon: [Falcon, Project Ninja]   # internal code names to keep off the slides\n"
        "# Wording: labels.j2 (captions, table headers), footer.j2, notes.j2 (generated speaker\n"
        "# notes), outline.txt.j2 and outline.md.j2 (previews). Delete any of them to use the\n"
        f"# one from '{extends}' instead.\n"
    )


def _header(name: str, description: str, extends: str, base: str) -> str:
    return (
        f"# cpo-deck template pack. Check it with: cpo-deck template check {name}\n"
        f"name: {_quote(name)}\n"
        f"description: {_quote(description)}\n"
        f"extends: {_quote(extends)}     # a built-in pack name or a path to another pack\n"
        f"base: {_quote(base)}     # the .pptx/.potx slides are built on (its sample slides are"
        " never used)\n"
    )


def _layouts_yaml(choices: dict[str, Any], comment: str) -> str:
    out = "layouts:             # slide kind -> layout (by NAME) and placeholders (by idx)\n"
    out += comment
    for kind in KINDS:
        c = choices[kind]
        body = f", body: {c.body}" if c.body is not None else ""
        title = f", title: {c.title}" if c.title is not None else ""
        out += f"  {kind}: {{layout: {_quote(c.layout)}{title}{body}}}\n"
    return out


def _pack_yaml_from_parent(name: str, extends: str, parent: Pack) -> str:
    c = parent.config
    description = f"Team pack based on '{parent.name}'"
    text = _header(name, description, extends, c.base)
    text += _layouts_yaml({str(k): v for k, v in c.layouts.items()}, "")
    text += _common_yaml(
        name,
        extends,
        parent,
        as_dict(c.theme.colors),
        c.theme.fonts.heading,
        c.theme.fonts.body,
        description,
    )
    return text


def _pack_yaml_from_pptx(
    name: str, extends: str, base: str, prs: Any, mapping: list[corporate.Mapping], parent: Pack
) -> str:
    infos = corporate.layouts(prs)
    chosen = {m.kind: m.choice for m in mapping}
    master_index = next(i.master for i in infos if i.name == chosen["problem"].layout)
    theme = corporate.master_theme(list(prs.slide_masters)[master_index - 1])
    colors = derive_colors(theme.colors, as_dict(parent.config.theme.colors))
    heading = theme.heading_font or parent.config.theme.fonts.heading
    body = theme.body_font or parent.config.theme.fonts.body
    lines = [f"  # Layouts found in {base} (chosen by placeholder types; change any choice):\n"]
    for info in infos:
        lines.append(f"  #   '{info.name}' (master {info.master})\n")
        lines.extend(f"  #       {p.describe()}\n" for p in info.placeholders)
    for m in mapping:
        lines.append(f"  # {m.kind}: {m.reason}\n")
    description = f"Made from {base} with cpo-deck template init"
    text = _header(name, description, extends, base)
    text += _layouts_yaml(chosen, "".join(lines))
    text += _common_yaml(name, extends, parent, colors, heading, body, description)
    return text


def derive_colors(theme: dict[str, str], fallback: dict[str, str]) -> dict[str, str]:
    """cpo-deck's colour roles from a PowerPoint theme's slots, each text colour made readable."""
    background = theme.get("lt1", fallback["background"])
    text = contrast.ensure(theme.get("dk1", fallback["text"]), background)
    primary = contrast.ensure(theme.get("dk2", text), background)
    surface = contrast.mix(background, text, 0.05)
    highlight = contrast.mix(background, theme.get("accent1", fallback["accent"]), 0.12)
    accent = theme.get("accent1", fallback["accent"])
    for bg in (background, surface, highlight):
        accent = contrast.ensure(accent, bg)
    muted = contrast.ensure(contrast.mix(text, background, 0.35), surface)
    on_accent = (
        "FFFFFF"
        if contrast.ratio("FFFFFF", primary) >= contrast.ratio("000000", primary)
        else "000000"
    )
    return {
        "background": background,
        "surface": surface,
        "primary": contrast.ensure(primary, highlight),
        "accent": accent,
        "text": contrast.ensure(text, highlight),
        "muted": muted,
        "positive": contrast.ensure(fallback["positive"], background),
        "negative": contrast.ensure(contrast.ensure(fallback["negative"], background), surface),
        "on_accent": on_accent,
        "highlight": highlight,
        "rule": contrast.mix(background, text, 0.2),
    }


class CheckReport(Struct):
    """What ``template check`` found: the mapping, then errors and warnings."""

    lines: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_pack(spec: str, language: str | None = None) -> CheckReport:
    """Load a pack and try everything a build would do with it; report every problem at once.

    The starter brief is built in every language the pack has words for, or only in
    ``language``."""
    report = CheckReport()
    try:
        pack = load_pack(spec)
    except CpoDeckError as exc:
        report.errors.append(exc.render())
        return report
    chain = " -> ".join(f"'{load_pack(str(d)).name}'" for d in pack.dirs)
    report.lines.append(f"pack '{pack.name}' at {pack.root} (extends: {chain})")
    _check_base(pack, report)
    _check_templates(pack, report, language)
    _check_logo(pack, report)
    _check_theme(pack, report)
    return report


def _where(pack: Pack, field_path: str) -> str:
    path = tuple(field_path.split("."))
    file = pack.document.file_of(path) or str(pack.root / "pack.yaml")
    line, column = pack.document.position(path)
    return f"{file}:{line}:{column}: {field_path}"


def _check_base(pack: Pack, report: CheckReport) -> None:
    try:
        base = pack.base_path
        read_geometry(base)  # the slide size and layouts must be usable
        prs = corporate.open_presentation(base)
    except CpoDeckError as exc:
        report.errors.append(exc.render())
        return
    w, h = prs.slide_width / corporate.EMU_PER_IN, prs.slide_height / corporate.EMU_PER_IN
    infos = corporate.layouts(prs)
    masters = len(list(prs.slide_masters))
    report.lines.append(
        f"base: {base.name} ({w:.2f} x {h:.2f} in, {masters} master(s), {len(infos)} layouts, "
        f"{len(prs.slides)} sample slide(s) that decks leave out)"
    )
    used: set[str] = set()
    for kind in KINDS:
        choice = pack.config.layouts[kind]
        used.add(choice.layout)
        try:
            info = corporate.find_layout(prs, choice.layout)
            title, body = corporate.resolve_placeholders(info, choice)
        except PackError as exc:
            report.errors.append(f"{_where(pack, f'layouts.{kind}')}: {exc.message}")
            continue
        bodies = info.of_types(corporate.BODY_TYPES)
        if kind in corporate.TEXT_KINDS and body is None and len(bodies) > 1:
            ids = ", ".join(str(p.idx) for p in bodies)
            report.warnings.append(
                f"{_where(pack, f'layouts.{kind}')}: layout '{info.name}' has {len(bodies)} body "
                f"placeholders (idx {ids}); set 'body:' to the one to use"
            )
        parts = f"title idx {title}" + (f", body idx {body}" if body is not None else "")
        report.lines.append(f"  {kind:<10} -> '{info.name}' (master {info.master}): {parts}")
    record_path = pack.root / "fingerprint.json"
    if record_path.is_file():
        try:
            record = read_fingerprint(record_path)
        except PackError as exc:
            report.errors.append(exc.message)
            return
        if record.file != base.name:
            return
        for finding in corporate.drift(record, prs, used):
            target = report.errors if finding.error else report.warnings
            target.append(f"{base}: {finding.code} {finding.message}")


_LANGUAGE_FILE = re.compile(r"(?:labels|notes)\.[a-z]{2,3}\.j2\Z")
"""A word set or speaker notes in one language (``labels.de.j2``, ``notes.de.j2``)."""


def _check_templates(pack: Pack, report: CheckReport, language: str | None) -> None:
    names = []
    for name in TEMPLATE_FILES:
        folder = next((d for d in pack.dirs if (d / name).is_file()), None)
        names.append(f"{name} ({'this pack' if folder == pack.root else folder})")
    for extra in sorted(p.name for p in pack.root.glob("*.j2")):
        if extra not in TEMPLATE_FILES and not _LANGUAGE_FILE.match(extra):
            report.warnings.append(f"{pack.root / extra}: not a template cpo-deck uses")
    report.lines.append("templates: " + ", ".join(names))
    shown = [
        tag if languages.knows_numbers(tag) else f"{tag} (no CLDR number forms: format: applies)"
        for tag in languages.supported(pack)
    ]
    report.lines.append("languages: " + ", ".join(shown))
    default = builtin_root() / "default"
    chosen = [languages.base_of(language)] if language else languages.supported(pack)
    try:
        for each in chosen:  # every word set, on the starter brief in its language
            own = default / f"starter.{each}.yaml"
            sample = own if own.is_file() else default / "starter.yaml"
            outline = build_outline(load_brief(sample), pack, each)
            render_outline(outline, pack, "text")
        render_outline(outline, pack, "markdown")
        for template_file in sorted(pack.root.glob("*.j2")):
            pack.compile(template_file.name)  # the syntax of every template the pack has
    except CpoDeckError as exc:
        report.errors.append(exc.render())


def _check_logo(pack: Pack, report: CheckReport) -> None:
    if pack.config.theme.logo is None:
        return
    from .logo import load_logo

    try:
        path = pack.logo_path
        if path is not None:
            logo = load_logo(path, pack.config.theme.logo)
            report.lines.append(f"logo: {path.name} ({logo.corner}, {logo.height} in high)")
    except CpoDeckError as exc:
        report.errors.append(exc.render())


def _check_theme(pack: Pack, report: CheckReport) -> None:
    colors = pack.config.theme.colors
    for fg, bg, where, value in contrast.failures(colors):
        report.warnings.append(
            f"{_where(pack, f'theme.colors.{fg}')}: {fg} on {bg} ({where}) has contrast "
            f"{value:.2f}:1; WCAG AA needs {contrast.AA}:1"
        )
    for role in ("heading", "body"):
        font = getattr(pack.config.theme.fonts, role)
        if not fonts.has_metrics(font):
            report.warnings.append(
                f"{_where(pack, f'theme.fonts.{role}')}: no font file found to measure "
                f"'{font}' with; text is sized by estimate (install it or a metric-compatible "
                "font)"
            )
