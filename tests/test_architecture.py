"""The shape of the code: sizes, import direction, and which modules may load the heavy libraries.

These are signs that each change has one place to go (docs/architecture.md): small modules,
no import cycles, python-pptx only where decks are read or written, Click only in the CLI, and
a light start for ``--version``, ``check`` and ``schema``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "cpo_deck"
MODULES = sorted(PACKAGE.rglob("*.py"))
HEAVY = ("pptx", "lxml", "uniseg", "fontTools")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path) -> set[str]:
    """Modules imported when ``path`` is imported: top-level statements only (imports inside
    functions and ``if TYPE_CHECKING:`` blocks run later, or never)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                stem = ".".join([*base, node.module] if node.module else base)
            else:
                stem = node.module or ""
            if node.module:  # "from . import x" imports x, its package is already loading
                found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return found


def all_imports(path: Path) -> set[str]:
    """Every module named in any import statement of ``path``, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_value_types_are_structs_not_dataclasses(path: Path) -> None:
    """A dataclass compiles its methods at every start (docs/architecture.md)."""
    assert "dataclasses" not in all_imports(path) or path.name == "model.py", path.name


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_classes_and_functions_stay_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 450, f"{path.name} is over 450 lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            limit = 250 if isinstance(node, ast.ClassDef) else 80
            assert size <= limit, f"{path.name}:{node.lineno} {node.name} is {size} lines"


def test_no_import_cycles() -> None:
    names = {module_name(p): p for p in MODULES}
    graph = {
        name: {m for m in top_level_imports(path) if m in names and m != name}
        for name, path in names.items()
    }
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                cycle = [*trail[trail.index(dep) :], dep]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if dep not in state:
                visit(dep, [*trail, dep])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


@pytest.mark.parametrize(
    ("library", "allowed"),
    [
        ("pptx", {"cpo_deck.corporate"}),
        ("click", {"cpo_deck.cli"}),
    ],
)
def test_heavy_libraries_stay_behind_their_layer(library: str, allowed: set[str]) -> None:
    users = {
        module_name(p)
        for p in MODULES
        if any(m == library or m.startswith(library + ".") for m in all_imports(p))
    }
    assert users <= allowed, f"{library} imported by {sorted(users - allowed)}"


def test_layout_never_renders_templates() -> None:
    """The outline decides what is said; the layout only places it."""
    for path in sorted((PACKAGE / "layout").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {
            node.func.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        }
        assert not calls & {"module", "render", "call", "get_template"}, path.name
        assert "jinja2" not in all_imports(path), path.name


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["schema"],
        ["check", "samples/checkout-retries.yaml"],
        ["check", "samples/checkout-retries.yaml", "--format", "json"],
    ],
    ids=lambda a: " ".join(a[:1]),
)
def test_light_commands_never_load_the_deck_libraries(args: list[str]) -> None:
    assert _loaded_by(args, set(HEAVY)) == set(), f"{' '.join(args)} loaded deck libraries"


def _loaded_by(args: list[str], names: set[str]) -> set[str]:
    """Which of ``names`` (top-level packages) a CLI run in a fresh interpreter imports; the
    run must succeed."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from cpo_deck.cli import cli\n"
        f"result = CliRunner().invoke(cli, {args!r})\n"
        "assert result.exception is None or isinstance(result.exception, SystemExit), "
        "result.exception\n"
        "print(result.exit_code)\n"
        f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & {names!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    exit_code, loaded = result.stdout.split("\n")[:2]
    assert exit_code == "0", result.stdout
    return set(filter(None, loaded.split(",")))


def test_architecture_doc_names_every_module() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for path in MODULES:
        relative = path.relative_to(PACKAGE).as_posix()
        if path.name == "__init__.py" and path.parent != PACKAGE:
            relative = path.parent.relative_to(PACKAGE).as_posix() + "/"
        elif path.name in ("__init__.py", "__main__.py"):
            continue
        assert f"`{relative}`" in doc, f"docs/architecture.md does not mention `{relative}`"


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (["check", "samples/checkout-retries.yaml"], {"pydantic", "jinja2"}),
        (["check", "samples/languages/checkout-retries.de.yaml"], {"pydantic"}),
        (["preview", "samples/checkout-retries.yaml"], {"pydantic"}),
        (
            ["build", "samples/checkout-retries.yaml", "-o", "{tmp}/deck.pptx"],
            {"pydantic", "pptx", "xlsxwriter", "PIL"},
        ),
        (
            ["build", "samples/languages/checkout-retries.ja.yaml", "-o", "{tmp}/ja.pptx"],
            {"pptx", "xlsxwriter"},
        ),
    ],
    ids=lambda a: " ".join(a[:2]) if isinstance(a, list) else "",
)
def test_a_valid_brief_never_loads_pydantic_and_check_renders_no_template(
    args: list[str], absent: set[str], tmp_path: Path
) -> None:
    """pydantic decides only about a brief the fast builder is unsure of (see model.py);
    ``check`` of an English brief reads its words without Jinja2 (a word set in another
    language is a template); a build writes the deck without python-pptx (render/pptx.py
    paints the XML) and so without its chart workbook writer or Pillow."""
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert _loaded_by(args, absent) == set()
