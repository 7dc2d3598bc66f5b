"""Hostile and broken packs: a clear error, exit 1, no traceback, no hang, no file written."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from cpo_deck import limits
from cpo_deck.cli import cli

from .conftest import ROOT

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A minimal team pack extending default."""
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "pack.yaml").write_text("name: evil\n", encoding="utf-8")
    return folder


def build(pack: Path, tmp_path: Path) -> tuple[int, str, Path]:
    out = tmp_path / "out" / "deck.pptx"
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-t", str(pack), "-o", str(out)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stderr, out


def expect_refused(pack: Path, tmp_path: Path, *needles: str) -> str:
    code, err, out = build(pack, tmp_path)
    assert code == 1, err
    for needle in needles:
        assert needle in err, err
    assert not out.exists()
    leftovers = list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else []
    assert leftovers == []
    return err


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "{{ ''.__class__.__mro__[1].__subclasses__() }}",
            "access to attribute '__class__' of 'str' object is unsafe",
        ),
        ("{{ cycler.__init__.__globals__ }}", "is unsafe"),
        ("{{ 'x' * 1000000000 }}", "a repeated string or list is too long"),
        ("{{ 2 ** 100000 }}", "power 100000 is too large"),
        ("{{ range(10**8) | list }}", "Range too big"),
        ("{{ words.pop('decision') }}", "unsafe"),
    ],
    ids=["subclasses", "globals", "string-bomb", "power", "range", "mutation"],
)
def test_template_tricks_fail_with_file_and_line(
    pack: Path, tmp_path: Path, body: str, message: str
) -> None:
    labels = (ROOT / "templates" / "default" / "labels.j2").read_text(encoding="utf-8")
    (pack / "labels.j2").write_text(labels + "\n" + body + "\n", encoding="utf-8")
    line = labels.count("\n") + 2
    expect_refused(pack, tmp_path, f"{pack / 'labels.j2'}:{line}: template error:", message)


def test_runaway_loop_is_stopped(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(__import__("signal"), "setitimer"):
        pytest.skip("this platform cannot interrupt a render (no setitimer)")
    monkeypatch.setattr(limits, "MAX_SECONDS", 0.5)
    (pack / "footer.j2").write_text(
        "{% macro footer(b, f) %}{% for i in range(100000) %}{% for j in range(100000) %}"
        "{% endfor %}{% endfor %}{% endmacro %}{% macro page(n, t) %}{{ n }}{% endmacro %}",
        encoding="utf-8",
    )
    expect_refused(pack, tmp_path, "rendering took longer than 0.5 seconds")


def test_output_is_capped(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_OUTPUT", 50_000)
    (pack / "outline.txt.j2").write_text(
        "{% for i in range(100000) %}line {{ i }}\n{% endfor %}", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["preview", str(SAMPLE), "-t", str(pack)])
    assert result.exit_code == 1
    assert "output is over 50,000 characters" in result.stderr


def test_template_syntax_error_names_file_and_line(pack: Path, tmp_path: Path) -> None:
    (pack / "notes.j2").write_text(
        "{% macro problem(b) %}\n{{ b.title \n{% endmacro %}\n", encoding="utf-8"
    )
    expect_refused(pack, tmp_path, f"{pack / 'notes.j2'}:3: template syntax error:")


def test_include_outside_the_pack_is_refused(pack: Path, tmp_path: Path) -> None:
    (pack / "labels.j2").write_text("{% include '../../../../etc/passwd' %}", encoding="utf-8")
    expect_refused(pack, tmp_path, "template '../../../../etc/passwd' not found")


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_template_symlink_leaving_the_pack_is_refused(pack: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.j2"
    secret.write_text("{% set words = {} %}", encoding="utf-8")
    (pack / "labels.j2").symlink_to(secret)
    expect_refused(pack, tmp_path, "a link that leaves the pack directory")


@pytest.mark.parametrize(
    ("base", "message"),
    [
        ("../outside.pptx", "must be a path inside the pack directory"),
        ("/etc/passwd", "must be a path inside the pack directory"),
        ("missing.pptx", "'missing.pptx' not found"),
    ],
)
def test_base_outside_or_missing_is_refused(
    pack: Path, tmp_path: Path, base: str, message: str
) -> None:
    (pack / "pack.yaml").write_text(f"name: evil\nbase: {base}\n", encoding="utf-8")
    err = expect_refused(pack, tmp_path, message)
    assert f"{pack / 'pack.yaml'}:2:7: base:" in err


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_base_symlink_leaving_the_pack_is_refused(pack: Path, tmp_path: Path) -> None:
    (pack / "corp.pptx").symlink_to(ROOT / "templates" / "default" / "base.pptx")
    (pack / "pack.yaml").write_text("name: evil\nbase: corp.pptx\n", encoding="utf-8")
    expect_refused(pack, tmp_path, "is a link that leaves")


def _zip(path: Path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"},
            "this is a Word document, not a PowerPoint .pptx/.potx",
        ),
        (
            {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"},
            "this is an Excel workbook, not a PowerPoint .pptx/.potx",
        ),
        ({"hello.txt": b"hi"}, "not an Office file (no [Content_Types].xml)"),
        (None, "not a PowerPoint file (not a zip archive)"),
    ],
    ids=["docx", "xlsx", "plain-zip", "not-zip"],
)
def test_base_that_is_not_a_presentation_is_named(
    pack: Path, tmp_path: Path, files: dict[str, bytes] | None, message: str
) -> None:
    target = pack / "corp.pptx"
    if files is None:
        target.write_text("just text", encoding="utf-8")
    else:
        _zip(target, files)
    (pack / "pack.yaml").write_text("name: evil\nbase: corp.pptx\n", encoding="utf-8")
    expect_refused(pack, tmp_path, message)


def test_zip_bomb_base_is_refused_while_inflating(pack: Path, tmp_path: Path) -> None:
    real = zipfile.ZipFile(ROOT / "templates" / "default" / "base.pptx")
    files = {name: real.read(name) for name in real.namelist()}
    files["ppt/media/bomb.bin"] = b"\0" * (60 * 1024 * 1024)  # ~60 KB compressed, 1000:1
    _zip(pack / "corp.pptx", files)
    (pack / "pack.yaml").write_text("name: evil\nbase: corp.pptx\n", encoding="utf-8")
    expect_refused(pack, tmp_path, "part ppt/media/bomb.bin inflates past the safe size")


def test_zip_that_lies_about_its_sizes_is_still_capped(pack: Path, tmp_path: Path) -> None:
    real = zipfile.ZipFile(ROOT / "templates" / "default" / "base.pptx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in real.namelist():
            archive.writestr(name, real.read(name))
        archive.writestr("ppt/media/liar.bin", b"\0" * (30 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    # Rewrite the declared uncompressed size of the last part to 10 bytes, in both headers.
    size = (30 * 1024 * 1024).to_bytes(4, "little")
    data = data.replace(size, (10).to_bytes(4, "little"))
    (pack / "corp.pptx").write_bytes(bytes(data))
    (pack / "pack.yaml").write_text("name: evil\nbase: corp.pptx\n", encoding="utf-8")
    expect_refused(pack, tmp_path, "liar.bin")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda p: p.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>"),
            "SVG logos are not supported; convert it to PNG",
        ),
        (lambda p: p.write_bytes(b"not an image at all"), "could not be read as an image"),
        (
            lambda p: Image.new("1", (6000, 6000)).save(p, format="PNG"),
            "6000x6000 pixels; at most 25,000,000 pixels are allowed",
        ),
        (lambda p: Image.new("RGB", (4, 4)).save(p, format="BMP"), "use PNG, JPEG or GIF"),
    ],
    ids=["svg", "garbage", "huge", "bmp"],
)
def test_bad_logos_are_refused(pack: Path, tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    name = "logo.svg" if "SVG" in message else "logo.png"
    make(pack / name)
    (pack / "pack.yaml").write_text(
        f"name: evil\ntheme:\n  logo: {{path: {name}}}\n", encoding="utf-8"
    )
    expect_refused(pack, tmp_path, message)
    result = CliRunner().invoke(cli, ["template", "check", str(pack)])
    assert result.exit_code == 1 and message in result.stderr


def test_extends_cycle_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "pack.yaml").write_text("name: a\nextends: ../b\n", encoding="utf-8")
    (b / "pack.yaml").write_text("name: b\nextends: ../a\n", encoding="utf-8")
    err = expect_refused(a, tmp_path, "'extends' goes round in a circle")
    assert str(b) in err


def test_runaway_loop_is_stopped_in_a_worker_thread(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time limit holds outside the main thread too (no signals there)."""
    import threading

    from cpo_deck.build import preview
    from cpo_deck.errors import CpoDeckError

    monkeypatch.setattr(limits, "MAX_SECONDS", 0.5)
    (pack / "footer.j2").write_text(
        "{% macro footer(b, f) %}{% for i in range(100000) %}{% for j in range(100000) %}"
        "{% endfor %}{% endfor %}{% endmacro %}{% macro page(n, t) %}{{ n }}{% endmacro %}",
        encoding="utf-8",
    )
    errors: list[str] = []

    def run() -> None:
        try:
            preview(SAMPLE, template=str(pack))
        except CpoDeckError as exc:
            errors.append(exc.render())

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a guard against a hang, not a timing assertion
    assert not worker.is_alive(), "the render was not stopped"
    assert len(errors) == 1
    assert "rendering took longer than 0.5 seconds" in errors[0]
    assert f"{pack / 'footer.j2'}" in errors[0]
