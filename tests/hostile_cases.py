"""Hostile inputs, each as a user would meet it: the files it takes, the command, what cpo-deck
must say and the exit code. ``tests/test_hostile.py`` runs them; ``tools/errors_doc.py`` writes
``docs/errors.md`` from them, so the page always says what the code does."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .conftest import ROOT

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"
SELLER = ROOT / "samples" / "seller-onboarding.yaml"
LABELS = (ROOT / "templates" / "default" / "labels.j2").read_text(encoding="utf-8")
BASE = ROOT / "templates" / "default" / "base.pptx"


@dataclass(frozen=True)
class Case:
    """One hostile input: ``setup(work)`` writes the files and returns the arguments."""

    id: str
    input: str
    setup: Callable[[Path], list[str]]
    exit: int
    says: str
    """A part of what cpo-deck prints on stderr (a regular expression)."""


def brief(work: Path, text: str, name: str = "brief.yaml") -> Path:
    path = work / name
    path.write_text(text, encoding="utf-8")
    return path


def metric(base: str, target: str, history: bool = True) -> Callable[[Path], list[str]]:
    def setup(work: Path) -> list[str]:
        text = SELLER.read_text(encoding="utf-8")
        text = text.replace("      baseline: 18\n", f"      baseline: {base}\n", 1)
        text = text.replace("      target: 5\n", f"      target: {target}\n", 1)
        if not history:
            text = re.sub(r"      history:\n(        - .*\n)+", "", text, count=1)
        return ["build", str(brief(work, text)), "-o", str(work / "deck.pptx")]

    return setup


def pack(work: Path, yaml: str = "", **files: str | bytes) -> Path:
    folder = work / "pack"
    folder.mkdir(exist_ok=True)
    (folder / "pack.yaml").write_text(f"name: team\n{yaml}", encoding="utf-8")
    for name, content in files.items():
        target = folder / name.replace("__", ".")
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return folder


def with_pack(yaml: str = "", **files: str | bytes) -> Callable[[Path], list[str]]:
    def setup(work: Path) -> list[str]:
        folder = pack(work, yaml, **files)
        return ["build", str(SAMPLE), "-t", str(folder), "-o", str(work / "deck.pptx")]

    return setup


def labels(words: str) -> str:
    start = LABELS.index("{%- set words")
    return LABELS[:start] + words + "\n"


def footer(body: str) -> str:
    return (
        f"{{% macro footer(b, f) %}}{body}{{% endmacro %}}"
        "{% macro page(n, t) %}{{ n }}{% endmacro %}"
    )


def base_with(change: Callable[[dict[str, bytes]], None], name: str = "base.pptx") -> bytes:
    with zipfile.ZipFile(BASE) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    change(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)
    return out.getvalue()


def slide_size(cx: int, cy: int) -> Callable[[dict[str, bytes]], None]:
    def change(parts: dict[str, bytes]) -> None:
        xml = parts["ppt/presentation.xml"].decode()
        xml = re.sub(r'<p:sldSz cx="\d+" cy="\d+"', f'<p:sldSz cx="{cx}" cy="{cy}"', xml)
        parts["ppt/presentation.xml"] = xml.encode()

    return change


def add_vba(parts: dict[str, bytes]) -> None:
    parts["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really a macro"


def add_external_link(parts: dict[str, bytes]) -> None:
    name = next(
        n for n in parts if re.fullmatch(r"ppt/slideLayouts/_rels/slideLayout\d+\.xml\.rels", n)
    )
    rels = (
        parts[name]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/hyperlink" Target="file://intranet/share/brand.html" '
            'TargetMode="External"/></Relationships>',
        )
    )
    parts[name] = rels.encode()
    parts["ppt/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 an OLE object"


def add_embedded_document(parts: dict[str, bytes]) -> None:
    layout_rels = re.compile(r"ppt/slideLayouts/_rels/slideLayout\d+\.xml\.rels")
    name = next(n for n in parts if layout_rels.fullmatch(n))
    rels = (
        parts[name]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/package" Target="../embeddings/Microsoft_Word_Document.docm"/>'
            "</Relationships>",
        )
    )
    parts[name] = rels.encode()
    parts["ppt/embeddings/Microsoft_Word_Document.docm"] = b"PK an embedded document"


def dated(date: str) -> Callable[[Path], list[str]]:
    def setup(work: Path) -> list[str]:
        text = SAMPLE.read_text(encoding="utf-8").replace('date: "2026-12-03"', f"date: {date}")
        return ["build", str(brief(work, text)), "-o", str(work / "deck.pptx")]

    return setup


def symlink_loop(work: Path, name: str) -> Path:
    link = work / name
    os.symlink(link, link)
    return link


def fingerprint(text: str) -> Callable[[Path], list[str]]:
    def setup(work: Path) -> list[str]:
        folder = pack(work, "base: base.pptx\n")
        (folder / "base.pptx").write_bytes(BASE.read_bytes())
        (folder / "fingerprint.json").write_text(text, encoding="utf-8")
        return ["template", "check", str(folder)]

    return setup


def _long_output(length: int) -> Callable[[Path], list[str]]:
    return lambda work: ["build", str(SAMPLE), "-o", str(work / ("d" * length + ".pptx"))]


def _fifo(work: Path) -> list[str]:
    os.mkfifo(work / "brief.yaml")
    return ["build", str(work / "brief.yaml")]


def _fifo_template(work: Path) -> list[str]:
    folder = pack(work)
    os.mkfifo(folder / "footer.j2")
    return ["build", str(SAMPLE), "-t", str(folder), "-o", str(work / "deck.pptx")]


def _loop_in_pack(field: str) -> Callable[[Path], list[str]]:
    def setup(work: Path) -> list[str]:
        folder = pack(work)
        symlink_loop(folder, "loop.png" if field == "logo" else "loop.pptx")
        yaml = "theme: {logo: {path: loop.png}}\n" if field == "logo" else "base: loop.pptx\n"
        (folder / "pack.yaml").write_text(f"name: team\n{yaml}", encoding="utf-8")
        return ["build", str(SAMPLE), "-t", str(folder), "-o", str(work / "deck.pptx")]

    return setup


CASES = [
    Case(
        "float-change",
        "a metric from `baseline: -1e308` to `target: 1e308`",
        metric("-1e308", "1e308"),
        0,
        "",
    ),
    Case(
        "float-chart", "a charted value of `1.6e308` or more", metric("1.7e308", "1.6e308"), 0, ""
    ),
    Case(
        "float-tiny",
        "`baseline: 0`, `target: 5e-324`, no history",
        metric("0", "5e-324", history=False),
        0,
        "",
    ),
    Case(
        "labels-no-words",
        "a pack's `labels.j2` that sets no `words`",
        with_pack(labels__j2="{% set areas = {} %}"),
        1,
        r"labels\.j2:1: labels\.j2 must set `words`",
    ),
    Case(
        "labels-empty-words",
        "`labels.j2` with `words = {}`",
        with_pack(labels__j2=labels("{% set words = {} %}")),
        1,
        r"`words` has no 'evidence', 'scorecard'",
    ),
    Case(
        "labels-words-text",
        "`labels.j2` with `words` as a string",
        with_pack(labels__j2=labels('{% set words = "Evidence" %}')),
        1,
        r"`words` must be a mapping of keys to text, not text",
    ),
    Case(
        "labels-areas-list",
        "`labels.j2` with `areas` as a list",
        with_pack(
            labels__j2=LABELS.replace("{%- set areas = {", "{%- set areas = [{", 1).replace(
                '"strategy": "Strategy",\n}', '"strategy": "Strategy",\n}]', 1
            )
        ),
        1,
        r"`areas` must be a mapping of keys to text, not a list",
    ),
    Case(
        "labels-number",
        "`labels.j2` with a number as a word",
        with_pack(labels__j2=LABELS.replace('"evidence": "Evidence"', '"evidence": 42')),
        1,
        r"words\['evidence'\] must be text, not a number \(42\)",
    ),
    Case(
        "template-control-char",
        "a footer template whose output holds `\\x0b`",
        with_pack(footer__j2=footer('{{ "a\\x0bb" }}')),
        1,
        r"footer\.j2:1: template error: the output of 'footer' holds the control character "
        r"U\+000B",
    ),
    Case(
        "template-surrogate",
        "a footer template whose output holds a lone surrogate",
        with_pack(footer__j2=footer('{{ "a\\ud800b" }}')),
        1,
        r"the output of 'footer' holds the control character U\+D800",
    ),
    Case(
        "brief-device",
        "a brief that is `/dev/zero`",
        lambda work: ["build", "/dev/zero", "-o", str(work / "deck.pptx")],
        1,
        r"/dev/zero: is not a regular file \(a pipe, device or socket\)",
    ),
    Case(
        "base-symlink-loop",
        "a pack's base deck that is a symlink loop",
        _loop_in_pack("base"),
        1,
        r"base: 'loop\.pptx' cannot be read",
    ),
    Case(
        "logo-symlink-loop",
        "a pack's logo that is a symlink loop",
        _loop_in_pack("logo"),
        1,
        r"theme\.logo\.path: 'loop\.png' cannot be read",
    ),
    Case(
        "output-symlink-loop",
        "`-o` naming a symlink loop",
        lambda work: ["build", str(SAMPLE), "-o", str(symlink_loop(work, "deck.pptx"))],
        1,
        r"deck\.pptx: cannot use this path",
    ),
    Case(
        "output-name-too-long",
        "`-o` with a 300-character file name",
        _long_output(300),
        1,
        r"File name too long",
    ),
    Case(
        "output-path-too-long",
        "`-o` with a 5,000-character path",
        lambda work: ["build", str(SAMPLE), "-o", "/".join(["d" * 99] * 50) + ".pptx"],
        1,
        r"(File name too long|cannot)",
    ),
    Case(
        "output-name-250", "`-o` with a 250-character file name (legal)", _long_output(246), 0, ""
    ),
    Case(
        "pack-base-too-long",
        "`base:` of 5,000 characters in `pack.yaml`",
        with_pack("base: " + "b" * 5000 + ".pptx\n"),
        1,
        r"base: 'b+\.pptx' cannot be read",
    ),
    Case(
        "pack-extends-too-long",
        "`extends:` of 5,000 characters in `pack.yaml`",
        with_pack("extends: " + "e" * 5000 + "\n"),
        1,
        r"template pack 'e+': cannot be read",
    ),
    Case(
        "empty-brief-name",
        '`cpo-deck build ""`',
        lambda work: ["build", ""],
        1,
        r"'': an empty file name",
    ),
    Case(
        "fingerprint-list",
        "a `fingerprint.json` that is a list",
        fingerprint("[1, 2]"),
        1,
        r"fingerprint\.json: not a fingerprint cpo-deck wrote",
    ),
    Case(
        "fingerprint-types",
        "a `fingerprint.json` with wrong types",
        fingerprint('{"file": 1, "sha256": [], "slide_size": "x"}'),
        1,
        r"not a fingerprint cpo-deck wrote",
    ),
    Case(
        "fingerprint-no-hash",
        "a `fingerprint.json` without `sha256`",
        fingerprint('{"file": "base.pptx", "slide_size": [1, 2]}'),
        1,
        r"not a fingerprint cpo-deck wrote",
    ),
    Case(
        "fingerprint-deep",
        "a `fingerprint.json` 100,000 levels deep",
        fingerprint("[" * 100_000 + "]" * 100_000),
        1,
        r"not a fingerprint cpo-deck wrote",
    ),
    Case(
        "init-on-a-file",
        "`cpo-deck template init EXISTING_FILE`",
        lambda work: ["template", "init", str(brief(work, "x"))],
        1,
        r"brief\.yaml: is a file, not a folder",
    ),
    Case(
        "footer-too-long",
        "a footer template writing 100,000 characters",
        with_pack(footer__j2=footer('{{ "x" * 100000 }}')),
        1,
        r"footer\.j2: 'footer' wrote 100,000 characters; at most 600",
    ),
    Case("brief-fifo", "a brief that is a FIFO", _fifo, 1, r"is not a regular file"),
    Case(
        "indent-huge",
        "`indent(900000000)` in a template",
        with_pack(footer__j2=footer('{{ "x" | indent(900000000) }}')),
        1,
        r"indent 900000000 is too large in a template",
    ),
    Case(
        "list-doubling",
        "a template doubling a list until it is huge",
        with_pack(
            footer__j2=footer(
                "{% set ns = namespace(l=[1]) %}{% for i in range(40) %}"
                "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l | length }}"
            )
        ),
        1,
        r"a joined string or list is too long in a template",
    ),
    Case(
        "format-width",
        "a `format` width of 900,000,000 in a template",
        with_pack(footer__j2=footer('{{ "%900000000s" | format("x") }}')),
        1,
        r"a format width 900000000 is too large",
    ),
    Case(
        "init-dev-null",
        "`cpo-deck init /dev/null --force` (as root)",
        lambda work: ["init", "/dev/null", "--force"],
        1,
        r"/dev/null: exists and is not a regular file",
    ),
    Case(
        "base-macros",
        "a base deck holding `vbaProject.bin`",
        with_pack("base: base.pptx\n", base__pptx=base_with(add_vba)),
        1,
        r"a macro-enabled deck \(\.pptm/\.potm, or one holding vbaProject\.bin\)",
    ),
    Case(
        "base-pptm",
        "a `.pptm` base deck",
        with_pack("base: base.pptm\n", base__pptm=base_with(lambda parts: None)),
        1,
        r"a macro-enabled deck",
    ),
    Case(
        "base-external-link",
        "a base deck with an intranet link and an OLE object",
        with_pack("base: base.pptx\n", base__pptx=base_with(add_external_link)),
        0,
        r"removed the external link to file://intranet/share/brand\.html",
    ),
    Case(
        "base-embedded-document",
        "a base deck embedding a Word document under any name",
        with_pack("base: base.pptx\n", base__pptx=base_with(add_embedded_document)),
        0,
        r"removed ppt/embeddings/Microsoft_Word_Document\.docm \(an embedded object",
    ),
    Case(
        "date-after-2107",
        "a brief dated `2108-01-01` (past the last zip timestamp)",
        dated("2108-01-01"),
        0,
        "",
    ),
    Case(
        "fingerprint-odd-digit",
        "a `fingerprint.json` with a theme numbered `²`",
        fingerprint(
            '{"file": "base.pptx", "sha256": "x", "slide_size": [1, 2], "themes": {"\u00b2": "x"}}'
        ),
        1,
        r"slide master \S+ removed",
    ),
    Case(
        "template-fifo",
        "a pack template that is a FIFO",
        _fifo_template,
        1,
        r"footer\.j2 \(not a regular file in ",
    ),
    Case(
        "base-size-zero",
        "a base deck with a 0 × 0 slide size",
        with_pack("base: base.pptx\n", base__pptx=base_with(slide_size(0, 0))),
        1,
        r"the slide size is 0 x 0 in; a deck needs 1 to 56 inches a side",
    ),
    Case(
        "preview-width",
        "`preview --width 99999999999999999999999`",
        lambda work: ["preview", str(SAMPLE), "--width", "99999999999999999999999"],
        2,
        r"Invalid value for '--width'",
    ),
    Case(
        "stdin-too-big",
        "a brief on standard input over 1 MiB",
        lambda work: ["build", "-", "-o", str(work / "deck.pptx")],
        1,
        r"<stdin>: more than 1,048,576 bytes",
    ),
]
"""Every hostile input found by fuzzing, with what cpo-deck says (see docs/errors.md)."""

STDIN = {"stdin-too-big": "#" * (1024 * 1024 + 10)}
"""What standard input holds, for the cases that read it."""
