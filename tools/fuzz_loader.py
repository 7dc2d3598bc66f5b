"""Coverage-guided fuzzing of the brief loader (``cpo_deck.loader``) with atheris.

Every input is decoded to text and fed in-process to ``parse_yaml`` and then to
``validate(doc, Brief)``; a fraction of inputs is also written, as raw bytes, to a temporary
file and read back with ``load_brief`` (size check, strict UTF-8, BOM, CRLF, control
characters). The contract under test: whatever a user writes in a brief ends in a
:class:`~cpo_deck.errors.CpoDeckError` with a non-empty ``render()``. Any other exception
(TypeError, KeyError, RecursionError, UnicodeError, a YAML internal error, ...) or a hang is
a bug, and atheris stops and writes the input to a ``crash-*``/``timeout-*`` file.

Run it by hand, from a scratch directory so that crash files do not land in the repository::

    pip install atheris
    cd "$(mktemp -d)"
    python /path/to/repo/tools/fuzz_loader.py -max_total_time=600 -timeout=10 corpus/

Any libFuzzer flag may be given (``-runs=``, ``-jobs=``, ``-dict=``, ``-max_len=``, ...). A
corpus directory that does not exist or is empty is seeded with the samples
(``samples/*.yaml``) and ``templates/default/starter.yaml`` (once as is, once with a
``check:`` block, which no sample has); with no corpus directory at all, they are copied into a
temporary one. Unless ``-dict=`` is given, a dictionary of the brief's
keys and YAML punctuation is written next to the seeds. Replay one input with
``python tools/fuzz_loader.py crash-<hash>``.

This is not part of CI and no test imports it. Every finding should become a regression
test in ``tests/test_loader.py`` (the minimal input, and the error message it should give)
before it is fixed.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["cpo_deck", "yaml", "pydantic"]):
    import pydantic  # noqa: F401  (it explains invalid briefs: instrumented too)
    import yaml  # noqa: F401  (imported here only so that it is instrumented)

    from cpo_deck.brief import Brief
    from cpo_deck.errors import CpoDeckError
    from cpo_deck.loader import load_brief, parse_yaml, validate
    from cpo_deck.model import fields_of

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [*sorted((ROOT / "samples").glob("*.yaml")), ROOT / "templates/default/starter.yaml"]
CHECK_BLOCK = """
check:
  disable: [brevity, R04]
  brevity_words: 120
  table_words: 200
  title_chars: 90
  jargon: [Falcon, north star]
"""
FILE_EVERY = 8
"""One input in this many (chosen by content, so a replay does the same) also goes via a file."""

YAML_TOKENS = [
    ": ", "- ", "? ", "---", "...", "#", "&a", "*a", "!!str", "!t", "%YAML 1.1", "%TAG",
    "|", "|-", ">", ">+", "[", "]", "{", "}", ",", '"', "'", "\\x85", "\\u2028", "\t", "\r\n",
    "~", "null", "true", "False", "1e999", "-.5", "0x1F", "1_000", "nan", ".inf", "\ufeff",
]  # fmt: skip

_work = Path(tempfile.mkdtemp(prefix="fuzz_loader-"))
_brief_file = _work / "brief.yaml"
atexit.register(shutil.rmtree, _work, ignore_errors=True)


def check_error(exc: CpoDeckError) -> None:
    """Assert that a user-facing error has something to show."""
    rendered = exc.render()
    assert isinstance(rendered, str), f"render() returned {type(rendered).__name__}"
    assert rendered.strip(), f"{type(exc).__name__} with an empty render()"


def parse_and_validate(text: str) -> None:
    """Parse ``text`` and validate it as a brief; user errors are fine, anything else is not."""
    try:
        doc = parse_yaml(text, "fuzz.yaml")
        brief = validate(doc, Brief, "fuzz.yaml")
    except CpoDeckError as exc:
        check_error(exc)
        return
    assert isinstance(brief, Brief), f"validate returned {type(brief).__name__}"


def load_file(data: bytes) -> None:
    """Write ``data`` to a file and load it with ``load_brief``, as the CLI does."""
    _brief_file.write_bytes(data)
    try:
        brief = load_brief(_brief_file)
    except CpoDeckError as exc:
        check_error(exc)
        return
    assert isinstance(brief, Brief), f"load_brief returned {type(brief).__name__}"


def test_one_input(data: bytes) -> None:
    """The fuzz target: feed one input to the loader in-process, and sometimes via a file."""
    text = data.decode("utf-8", errors="replace")
    parse_and_validate(text)
    # What read_text hands on (BOM dropped, CRLF folded), when that differs from the raw text.
    normalised = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if normalised != text:
        parse_and_validate(normalised)
    if sum(data[:64]) % FILE_EVERY == 0:
        load_file(data)


def seed_corpus(corpus: Path) -> None:
    """Copy the samples and the starter (also with a ``check:`` block) into an empty ``corpus``."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    for seed in SEEDS:
        name = seed.name if seed.parent.name == "samples" else f"starter-{seed.name}"
        shutil.copyfile(seed, corpus / name)
    starter = SEEDS[-1].read_text(encoding="utf-8")
    (corpus / "starter-with-check.yaml").write_text(starter + CHECK_BLOCK, encoding="utf-8")


def write_dictionary(path: Path) -> Path:
    """Write a libFuzzer dictionary: every key of the brief model and some YAML syntax."""
    words: set[str] = set(YAML_TOKENS)
    models: list[type] = [Brief]
    while models:
        model = models.pop()
        for name, spec in fields_of(model).items():
            words.add(f"{name}:")
            while spec.item is not None:
                spec = spec.item
            if spec.model is not None:
                models.append(spec.model)
    lines = []
    for word in sorted(words):
        escaped = "".join(
            f"\\x{b:02x}" if b < 0x20 or b >= 0x7F or b in b'"\\' else chr(b)
            for b in word.encode("utf-8")
        )
        lines.append(f'"{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    """Seed the corpus, add a dictionary, and hand over to libFuzzer."""
    argv = list(sys.argv)
    paths = [arg for arg in argv[1:] if not arg.startswith("-")]
    replaying = any(Path(arg).is_file() for arg in paths)
    if not replaying:
        if not paths:
            argv.append(str(_work / "corpus"))
            paths = [argv[-1]]
        seed_corpus(Path(paths[0]))
        if not any(arg.startswith("-dict=") for arg in argv):
            argv.append(f"-dict={write_dictionary(_work / 'brief.dict')}")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
