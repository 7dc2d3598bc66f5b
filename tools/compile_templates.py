"""Compile the built-in packs' Jinja2 templates ahead of time, into ``templates/*/_compiled/``.

Each template's module is the code Jinja2 generates for it in cpo-deck's sandboxed
environment, named by the Jinja2 version, the template's name and source
(:func:`cpo_deck.sandbox.compiled_name`): a changed template, or another Jinja2, simply
compiles at run time as before. Run it after changing a built-in template (a test says so):

    python tools/compile_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def expected() -> dict[Path, str]:
    """Every module the built-in templates compile to, by path, with its text."""
    import jinja2

    from cpo_deck import formatting
    from cpo_deck.sandbox import COMPILED, compiled_name, make_environment

    out = {}
    for pack in sorted((ROOT / "templates").iterdir()):
        templates = sorted(pack.glob("*.j2"))
        if not templates:
            continue
        env = make_environment([pack], formatting.filters(formatting.Formatter(",", ".", None)))
        for path in templates:
            source = path.read_text(encoding="utf-8")
            code = env.compile(source, path.name, str(path), raw=True)
            # The note goes last: Jinja2 maps error lines through the code's own line numbers.
            note = (
                f"# Jinja2 {jinja2.__version__}'s code for {pack.name}/{path.name}, "
                "by tools/compile_templates.py\n"
            )
            out[pack / COMPILED / compiled_name(path.name, source)] = code + "\n" + note
    return out


def main() -> None:
    """Write the modules; remove the ones no template compiles to any more."""
    wanted = expected()
    for folder in {p.parent for p in wanted}:
        folder.mkdir(exist_ok=True)
        for old in folder.glob("t_*.py"):
            if old not in wanted:
                old.unlink()
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(wanted)} templates compiled")


if __name__ == "__main__":
    main()
