"""The built-in templates' code compiled ahead of time (templates/*/_compiled/, made by
tools/compile_templates.py): current, used, and the same as compiling at run time."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import jinja2
import pytest

from cpo_deck import formatting
from cpo_deck.packs import load_pack
from cpo_deck.sandbox import _Compiled, make_environment

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from compile_templates import expected  # noqa: E402

FILTERS = formatting.filters(formatting.Formatter(",", ".", None))
DEFAULT = ROOT / "templates" / "default"


def _made_with() -> str:
    note = next((DEFAULT / "_compiled").glob("t_*.py")).read_text(encoding="utf-8")
    found = re.search(r"^# Jinja2 (\S+)'s code", note, re.MULTILINE)
    assert found, "a compiled template without its note"
    return found.group(1)


def test_the_compiled_templates_are_current() -> None:
    """Every built-in template has its module, as Jinja2 makes it now, and nothing else is
    there: run tools/compile_templates.py after changing a template."""
    if _made_with() != jinja2.__version__:
        pytest.skip(
            f"the modules were made with Jinja2 {_made_with()}, this is {jinja2.__version__}: "
            "templates compile at run time (same output, slower)"
        )
    wanted = expected()
    on_disk = {p for p in ROOT.glob("templates/*/_compiled/t_*.py")}
    assert on_disk == set(wanted), "run tools/compile_templates.py"
    for path, text in wanted.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run the tool again"


def test_built_in_templates_load_without_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja2's compiler never runs for a built-in template: its code is the module's, marked
    as the template file's own (so errors name the .j2 file)."""
    if _made_with() != jinja2.__version__:
        pytest.skip(f"modules made with Jinja2 {_made_with()}, this is {jinja2.__version__}")
    env = make_environment([DEFAULT], FILTERS)
    env.bytecode_cache = _Compiled()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("compiled at run time")

    monkeypatch.setattr(env, "compile", refuse)
    for name in ("labels.j2", "notes.j2", "footer.j2", "outline.txt.j2", "labels.ja.j2"):
        template = env.get_template(name)
        assert template.filename == str(DEFAULT / name)
    assert env.get_template("labels.j2").make_module({}).words["decision"] == "Decision"


def test_compiled_ahead_or_at_run_time_the_words_are_the_same() -> None:
    """Each built-in template renders the same from its module as compiled afresh."""
    pack = load_pack("default")
    context = {"brief": {"title": "T & <b>", "presenter": "P", "date": "2026-12-01"}}
    fresh = make_environment(list(pack.dirs), FILTERS)
    fresh.bytecode_cache = None
    ahead = make_environment(list(pack.dirs), FILTERS)
    ahead.bytecode_cache = _Compiled()
    modules = [p.name for p in DEFAULT.glob("*.j2") if not p.name.startswith("outline")]
    for name in sorted(modules):
        a, b = ahead.get_template(name).make_module({}), fresh.get_template(name).make_module({})
        assert str(a) == str(b), name
        assert getattr(a, "words", None) == getattr(b, "words", None), name
        if hasattr(a, "footer"):
            assert a.footer(context["brief"], "Confidential") == b.footer(
                context["brief"], "Confidential"
            )


def test_a_changed_template_is_compiled_afresh(tmp_path: Path) -> None:
    """A template whose source differs from the built-in one (a team's copy, edited) never
    takes the built-in code, even at the same name."""
    (tmp_path / "_compiled").mkdir()
    source = (DEFAULT / "footer.j2").read_text(encoding="utf-8")
    (tmp_path / "footer.j2").write_text(source.replace("·", "|"), encoding="utf-8")
    env = make_environment([tmp_path], FILTERS)
    env.bytecode_cache = _Compiled()
    template = env.get_template("footer.j2")
    line = template.make_module({}).footer({"title": "A", "presenter": "B", "date": None})
    assert line == "A  |  B"
