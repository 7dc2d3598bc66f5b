"""The command line: a thin Click layer. Each command calls one use case (:mod:`.build`,
:mod:`.session`, :mod:`.check`, :mod:`.templating`), imported when the command runs.

:class:`~cpo_deck.errors.CpoDeckError` is turned into a message and exit code here, once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import CpoDeckError

F = TypeVar("F", bound=Callable[..., Any])


def _friendly(func: F) -> F:
    """Print a :class:`CpoDeckError` as its message on stderr and exit 1; Ctrl-C as one line
    and exit 130; never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CpoDeckError as exc:
            click.echo(exc.render(), err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


TEMPLATE = click.option(
    "--template",
    "-t",
    default=None,
    metavar="NAME|DIR",
    help="Template pack: a built-in name or a pack directory. Default: the brief's "
    "'template:' key, else $CPO_DECK_TEMPLATE, else 'default'.",
)


def _language_option(help: str) -> Callable[[F], F]:
    return click.option("--language", "-l", default=None, metavar="TAG", help=help)


LANGUAGE = _language_option(
    "The deck's language, a BCP 47 tag (en, de, de-CH, ...). Default: the brief's "
    "'language:' key, else $CPO_DECK_LANGUAGE, else the pack's, else en."
)


def _language(language: str | None, template: str | None) -> str | None:
    """``--language`` checked: well formed, and with a word set (built in, or in the pack)."""
    from . import languages

    if language is None:
        return None
    if not languages.well_formed(language):
        raise click.BadParameter(
            f"'{language}' is not a language tag; write one like en, de or de-CH",
            param_hint="'--language'",
        )
    supported = list(languages.BUILT_IN)
    if template:
        from .packs import load_pack

        supported = languages.supported(load_pack(template))
    if languages.base_of(language) not in supported:
        raise click.BadParameter(
            f"'{language}' has no word set; supported: {', '.join(supported)}",
            param_hint="'--language'",
        )
    return language


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cpo-deck")
def cli() -> None:
    """Turn a short YAML brief into a five-slide executive deck.

    \b
    Problem, Business impact, Metrics, Trade-offs, Ask.
    Example:
      cpo-deck init my-brief.yaml
      cpo-deck preview my-brief.yaml
      cpo-deck build my-brief.yaml
    """


@cli.command()
@click.argument("briefs", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Output .pptx for one brief, or a directory for several (created if missing; "
    "a trailing '/' always means a directory).",
)
@TEMPLATE
@LANGUAGE
@click.option(
    "--strict",
    is_flag=True,
    help="A brief on which `cpo-deck check` finds anything fails: no deck for it.",
)
@click.option(
    "--fail-fast",
    is_flag=True,
    help="Build one brief at a time and stop at the first that fails (decks already written stay).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Build in this many worker processes (default: the CPUs available, at most one per "
    "brief).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no 'wrote' lines.")
@click.option("--pdf", is_flag=True, help="Also export each deck to PDF (needs LibreOffice).")
@click.option(
    "--png",
    is_flag=True,
    help="Also export each slide as an image, deck-1.png ... deck-5.png (needs LibreOffice "
    "and poppler's pdftoppm).",
)
@click.option(
    "--png-width",
    type=click.IntRange(min=100, max=10000),
    default=1920,
    show_default=True,
    help="Width of the slide images in pixels.",
)
@click.option(
    "--watch",
    is_flag=True,
    help="Rebuild whenever the brief or its pack changes, until Ctrl-C (one brief).",
)
@_friendly
def build(
    briefs: tuple[str, ...],
    output: str | None,
    template: str | None,
    language: str | None,
    strict: bool,
    fail_fast: bool,
    jobs: int | None,
    quiet: bool,
    pdf: bool,
    png: bool,
    png_width: int,
    watch: bool,
) -> None:
    """Build a .pptx deck from each BRIEF (a file, or a folder of *.yaml/*.yml briefs).

    The readiness rules of `cpo-deck check` run too; what they find is printed on stderr
    and the deck is built anyway, unless --strict. A brief that fails is reported and the
    others are still built; the exit code is then 1.

    \b
    Example:
      cpo-deck build samples/checkout-retries.yaml
      cpo-deck build briefs/ -o decks/ --pdf --png
      cpo-deck build my-brief.yaml --watch
    """
    from .build import BuildOptions, build_and_export, watch_build
    from .jobs import available_cpus
    from .loader import collect_briefs
    from .session import Session

    paths = collect_briefs(briefs)
    if watch and (len(paths) != 1 or str(paths[0]) == "-"):
        raise click.UsageError("--watch takes one brief file", click.get_current_context())
    progress = _progress(quiet)
    workers = 1 if watch else jobs or available_cpus()
    options = BuildOptions(output, strict, fail_fast, workers, pdf, png, png_width, quiet)
    run = Session(template, progress, _language(language, template))
    if watch:
        watch_build(run, paths[0], options, progress)
        return
    result = build_and_export(run, paths, options, progress)
    if result.failed:
        sys.exit(1)


def _progress(quiet: bool = False) -> Any:
    """A build's events as lines on this terminal (see :mod:`cpo_deck.progress`)."""
    from .progress import Progress

    terminal = click.get_text_stream("stderr").isatty()
    return Progress(lambda text, err: click.echo(text, err=err, nl=False), terminal, quiet)


@cli.command("check")
@click.argument("briefs", nargs=-1, required=True, type=click.Path())
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on errors.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one line per finding and a summary; json: a list of findings, for CI.",
)
@TEMPLATE
@LANGUAGE
@_friendly
def check_command(
    briefs: tuple[str, ...], strict: bool, fmt: str, template: str | None, language: str | None
) -> None:
    """Check each BRIEF (a file, or a folder of briefs) is ready for the executive room, as a
    product leader reads a draft.

    Validates the brief, then runs the readiness rules (action titles, evidence, business
    outcomes, SMART metrics, options, feasibility, a clear ask, brevity, exec language).
    Exit code 1 when there is an error, or with --strict any finding at all. Switch a rule
    off with `check: {disable: [NAME]}` in the brief or in the pack's pack.yaml.

    \b
    Example:
      cpo-deck check my-brief.yaml
      cpo-deck check briefs/*.yaml --strict --format json > findings.json
    """
    from .check import check_briefs
    from .loader import collect_briefs

    report = check_briefs(collect_briefs(briefs), template, _language(language, template))
    click.echo(report.render(fmt, strict), nl=False)  # type: ignore[arg-type]
    if not report.passed(strict):
        sys.exit(1)


@cli.command()
@click.argument("brief", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Outline format.",
)
@click.option(
    "--width",
    type=click.IntRange(min=40, max=1000),
    default=None,
    help="Wrap text to this many columns, 40 to 1000 (default: the terminal's width).",
)
@TEMPLATE
@LANGUAGE
@click.option(
    "--watch", is_flag=True, help="Print it again whenever the brief or its pack changes."
)
@_friendly
def preview(
    brief: Path,
    fmt: str,
    width: int | None,
    template: str | None,
    language: str | None,
    watch: bool,
) -> None:
    """Print the deck's five slides as an outline, exactly as the deck will say them.

    \b
    Example:
      cpo-deck preview samples/checkout-retries.yaml
      cpo-deck preview samples/checkout-retries.yaml --format markdown > outline.md
      cpo-deck preview my-brief.yaml --watch
    """
    from .loader import collect_briefs
    from .session import Session

    paths = collect_briefs([brief])
    if len(paths) != 1:
        raise click.UsageError("preview takes one brief file", click.get_current_context())
    path = paths[0]
    if watch and str(path) == "-":
        raise click.UsageError("--watch takes a brief file", click.get_current_context())
    import shutil

    columns = width or min(shutil.get_terminal_size((88, 24)).columns, 100)
    session = Session(template, language=_language(language, template))

    def show() -> str:
        return session.preview(path, fmt, columns)  # type: ignore[arg-type]

    if watch:
        from .build import watch_preview

        watch_preview(session, path, show, _progress())
        return
    click.echo(show(), nl=False)


@cli.command()
@click.argument("path", required=False, default="brief.yaml", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@_language_option(
    "Write the starter in this language (a BCP 47 tag: de, fr, ja, ...) and set its "
    "'language:' key."
)
@_friendly
def init(path: Path, force: bool, language: str | None) -> None:
    """Write a commented starter brief (default: brief.yaml) that builds as is.

    \b
    Example:
      cpo-deck init my-initiative.yaml
      cpo-deck init --language de initiative.yaml
    """
    from .build import write_starter

    written = write_starter(path, force, _language(language, None))
    click.echo(f"wrote {written}; edit it, then run: cpo-deck build {written}")


@cli.command()
@_friendly
def schema() -> None:
    """Print the brief's JSON Schema (for editor validation).

    \b
    Example:
      cpo-deck schema > brief.schema.json
    """
    from .build import schema_text

    click.echo(schema_text(), nl=False)


@cli.group()
def template() -> None:
    """List, start and check template packs (your corporate look and wording).

    \b
    Example:
      cpo-deck template list
      cpo-deck template init acme-pack --from-pptx corporate.potx
      cpo-deck template check acme-pack
    """


@template.command("list")
@_friendly
def template_list() -> None:
    """List the built-in template packs.

    \b
    Example:
      cpo-deck template list
    """
    from .templating import list_packs

    for name, description in list_packs():
        click.echo(f"{name:<10} {description}")


@template.command("init")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--from-pptx",
    "from_pptx",
    type=click.Path(path_type=Path),
    help="Your corporate .pptx or .potx: its layouts, fonts and colours are adopted.",
)
@click.option(
    "--extends",
    default="default",
    show_default=True,
    metavar="NAME|DIR",
    help="The pack this one builds on.",
)
@click.option("--force", is_flag=True, help="Write into a folder that is not empty.")
@_language_option(
    "The pack's default language (its pack.yaml 'language:'); its word set and notes "
    "are copied in for you to edit."
)
@_friendly
def template_init(
    folder: Path, from_pptx: Path | None, extends: str, force: bool, language: str | None
) -> None:
    """Write an editable template pack into FOLDER.

    \b
    Example:
      cpo-deck template init acme-pack --from-pptx corporate.pptx
      cpo-deck template init acme-de --language de
    """
    from .templating import init_pack

    result = init_pack(folder, from_pptx, extends, force, _language(language, extends))
    for path in result.files:
        click.echo(f"wrote {path}")
    for mapping in result.mapping:
        choice = mapping.choice
        click.echo(f"  {mapping.kind:<10} -> '{choice.layout}' ({mapping.reason})")
    click.echo(f"next: edit {folder / 'pack.yaml'}, then run: cpo-deck template check {folder}")


@template.command("check")
@click.argument("pack")
@_language_option(
    "Build the starter brief in this language only. Default: every language the pack has words for."
)
@_friendly
def template_check(pack: str, language: str | None) -> None:
    """Check a template pack: layouts, placeholders, templates, logo, colours, drift.

    PACK is a pack directory or a built-in name. Exit code 1 when anything is wrong.

    \b
    Example:
      cpo-deck template check acme-pack
    """
    from .templating import check_pack

    report = check_pack(pack, _language(language, pack))
    for line in report.lines:
        click.echo(line)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    summary = f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)"
    if report.errors:
        click.echo(f"{pack}: not usable: {summary}", err=True)
        sys.exit(1)
    click.echo(f"{pack}: ok ({summary})")


def main() -> None:
    """Entry point for the ``cpo-deck`` script."""
    try:
        cli(prog_name="cpo-deck")
    except KeyboardInterrupt:  # before a command started (e.g. while importing)
        sys.stderr.write("interrupted\n")
        sys.exit(130)
