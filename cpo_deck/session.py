"""One run of cpo-deck: every brief loaded once, packs and their assets cached, events out.

A :class:`Session` drives ``check``, ``build`` and ``preview`` over any number of briefs. Each
brief is read and validated once (its model and the positions of its values together) and the
same object goes to the readiness rules and to the build. Packs are loaded once per pack
directory, and each pack's base-deck geometry, checked base deck and logo once per run; font
metrics are cached by :mod:`cpo_deck.measure` for the life of the process. Progress is reported
as events (:class:`Started`, :class:`Warned`, :class:`Built`, :class:`Failed`) to a callback,
which the CLI turns into lines. :meth:`Session.inputs` lists every file a build read.

Nothing here imports python-pptx, lxml, uniseg or fontTools at module level: ``check`` never
needs them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec import Struct, field, structs

from . import languages
from .brief import Brief
from .documents import Document
from .errors import (
    BriefError,
    CpoDeckError,
    FitError,
    Problem,
    raise_for_batch,
)
from .languages import Language, choose
from .limits import budget
from .loader import STDIN, parse_yaml, read_text, validate
from .model import as_dict
from .output import plan_outputs, write_atomic
from .packs import ENV_VAR, Pack, load_pack, locate

if TYPE_CHECKING:
    from .check import Finding, Report
    from .geometry import TemplateGeometry
    from .layout import DeckPlan
    from .logo import Logo
    from .outline import Outline
    from .render import Format
    from .render.base import Base


class LoadedBrief(Struct, frozen=True):
    """A brief read and validated once: the file, the model, and where each value was written."""

    path: Path
    brief: Brief
    document: Document


class Started(Struct, frozen=True):
    """Work on a brief began (``index`` counts from 1)."""

    brief: Path
    index: int
    total: int


class Warned(Struct, frozen=True):
    """Something the user should know about a brief's deck, e.g. content moved to the notes."""

    brief: Path
    message: str


class Built(Struct, frozen=True):
    """One deck written, with what had to move to the notes to fit."""

    brief: Path
    output: Path
    outline: Outline
    warnings: list[str]


class Failed(Struct, frozen=True):
    """A brief could not be built: the error, with every problem located."""

    brief: Path
    error: CpoDeckError

    @property
    def message(self) -> str:
        """What to tell the user, one problem a line."""
        return self.error.render()


Event = Started | Warned | Built | Failed


class Outcome(Struct, frozen=True):
    """What became of one brief in a build: plain data, so a worker process can send it back."""

    brief: Path
    built: Built | None
    failed: Failed | None
    findings: tuple[Finding, ...] = ()


class BuildResult(Struct, frozen=True):
    """What a build did: the decks written, the briefs that failed, what the rules found."""

    built: list[Built]
    failed: list[Failed]
    readiness: Report
    stopped: bool = False
    """``fail_fast`` stopped the run at a failure; later briefs were not tried."""

    @property
    def warnings(self) -> int:
        """How many warnings the decks built came with."""
        return sum(len(b.warnings) for b in self.built)


class _Assets(Struct):
    """What a pack's decks are built from, read once per run."""

    geometry: TemplateGeometry
    logo: Logo | None
    base: Base | None = None
    notes: list[str] = field(default_factory=list)
    """What was stripped from the base deck (OLE objects, external links)."""


class Session(Struct):
    """One run over any number of briefs, with ``template`` (``--template``) if given."""

    template: str | None = None
    on_event: Callable[[Event], None] = field(default=lambda _event: None)
    language: str | None = None
    """``--language``: above every other choice of language (see :mod:`cpo_deck.languages`)."""
    _briefs: dict[Path, LoadedBrief] = field(default_factory=dict)
    _packs: dict[Path, Pack] = field(default_factory=dict)
    _assets: dict[Path, _Assets] = field(default_factory=dict)

    # -- one brief -----------------------------------------------------------------------------
    def load(self, path: Path | str) -> LoadedBrief:
        """The brief at ``path``, read and validated once per session."""
        key = Path(path)
        if key not in self._briefs:
            label = "<stdin>" if key == STDIN else key
            document = parse_yaml(read_text(key), label)
            self._briefs[key] = LoadedBrief(key, validate(document, Brief, label), document)
        return self._briefs[key]

    def pack_for(self, loaded: LoadedBrief) -> Pack:
        """The pack for a brief, highest first: ``--template``, the brief's ``template:`` key
        (relative to the brief), ``$CPO_DECK_TEMPLATE``, the built-in ``default``."""
        spec, relative_to = "default", None
        if self.template:
            spec = self.template
        elif loaded.brief.template:
            spec, relative_to = loaded.brief.template, loaded.path.parent
        elif os.environ.get(ENV_VAR):
            spec = os.environ[ENV_VAR]
        root = locate(spec, relative_to).resolve()
        if root not in self._packs:
            self._packs[root] = load_pack(spec, relative_to)
        return self._packs[root]

    def findings(self, loaded: LoadedBrief) -> list[Finding]:
        """The readiness rules over one brief, tuned by its pack and itself."""
        from .check import Settings, check_brief

        pack = self.pack_for(loaded)
        language = self.language_for(loaded, pack).base
        labels = [*as_dict(pack.config.labels).values()]
        if language != languages.DEFAULT:
            labels += languages.words_for(pack, language)[1].values()
        settings = Settings.resolve(pack.config.check, loaded.brief.check, labels, language)
        return check_brief(loaded.brief, loaded.document, str(loaded.path), settings)

    def outline(self, loaded: LoadedBrief) -> Outline:
        """What the deck says, in the pack's words, in the brief's language."""
        pack = self.pack_for(loaded)
        return _outline(loaded.brief, pack, self.language_for(loaded, pack).tag)

    def language_for(self, loaded: LoadedBrief, pack: Pack) -> Language:
        """The brief's language by precedence, checked against the word sets there are."""
        language = choose(self.language, loaded.brief.language, pack.config.language)
        message = languages.problem(language, pack)
        if message is None:
            return language
        if language.source == "the brief's language:":
            line, column = loaded.document.position(("language",))
            raise BriefError.single(loaded.path, message, line, column, "language")
        raise CpoDeckError(f"{loaded.path}: {message}")

    def plan(self, loaded: LoadedBrief) -> DeckPlan:
        """Where everything goes on the pack's layouts, and what moved to the notes."""
        from .layout import plan_deck

        pack = self.pack_for(loaded)
        assets = self._assets_for(pack)
        return plan_deck(self.outline(loaded), pack, assets.geometry, assets.logo)

    def deck(self, loaded: LoadedBrief, plan: DeckPlan) -> bytes:
        """The ``.pptx`` of a planned brief, as bytes."""
        from .render.pptx import open_base, render_deck
        from .render.stable import document_time

        pack = self.pack_for(loaded)
        assets = self._assets_for(pack)
        if assets.base is None:
            assets.base = open_base(pack.base_path, warnings=assets.notes)
        when = document_time(loaded.brief.date)
        return render_deck(plan, pack, properties(loaded.brief), assets.base, when)

    def warnings(self, loaded: LoadedBrief, plan: DeckPlan) -> list[str]:
        """What the user should know about a deck: fonts measured by estimate, content moved."""
        pack = self.pack_for(loaded)
        stripped = (
            self._assets[pack.root.resolve()].notes if pack.root.resolve() in self._assets else []
        )
        notes = [*font_warnings(pack), *stripped, *plan.warnings]
        return [f"{loaded.path}: {w}" for w in notes]

    def inputs(self, loaded: LoadedBrief) -> list[Path]:
        """Every file a build of this brief reads: the brief, each ``pack.yaml`` along the
        pack's search path, the templates it resolves to, the base deck, the logo, the fonts."""
        return _inputs(loaded.path, self.pack_for(loaded))

    def forget(self, changed: set[Path]) -> None:
        """Drop what was read from the ``changed`` files (resolved paths), so the next use
        reads them again: a changed brief is loaded again; any other input (a pack file, the
        base deck, the logo) reloads every pack."""
        briefs = [key for key in self._briefs if key.resolve() in changed]
        for key in briefs:
            del self._briefs[key]
        if len(briefs) < len(changed):
            self._packs.clear()
            self._assets.clear()

    def _assets_for(self, pack: Pack) -> _Assets:
        root = pack.root.resolve()
        if root not in self._assets:
            from .geometry import read_geometry
            from .logo import load_logo

            geometry = read_geometry(pack.base_path)
            logo = None
            if pack.logo_path is not None:
                logo = load_logo(pack.logo_path, pack.config.theme.logo)
            self._assets[root] = _Assets(geometry, logo)
        return self._assets[root]

    # -- use cases -----------------------------------------------------------------------------
    def check(self, briefs: Sequence[Path | str]) -> Report:
        """``check``: every brief validated, then the readiness rules on each. Any invalid
        brief stops the run with every problem of every bad brief (:class:`BriefError`)."""
        findings, problems = self._readiness(briefs)
        raise_for_batch(problems, len(briefs))
        return _report(findings, len(briefs))

    def readiness(self, briefs: Sequence[Path | str]) -> Report:
        """The readiness rules over the briefs that validate (``build`` reports the others)."""
        findings, _ = self._readiness(briefs)
        return _report(findings, len(briefs))

    def _readiness(self, briefs: Sequence[Path | str]) -> tuple[list[Finding], list[Problem]]:
        findings: list[Finding] = []
        problems: list[Problem] = []
        for path in briefs:
            try:
                findings.extend(self.findings(self.load(path)))
            except BriefError as exc:
                problems.extend(exc.as_problems())
        return findings, problems

    def preview(self, brief: Path | str, fmt: Format = "text", width: int = 88) -> str:
        """The outline of one brief as text, markdown or JSON, with the fitting decisions."""
        with budget():
            loaded = self.load(brief)
            plan = self.plan(loaded)
            pack = self.pack_for(loaded)
            return _preview(plan, pack, fmt, width)

    def build(
        self,
        briefs: Sequence[Path | str],
        output: Path | str | None = None,
        strict: bool = False,
        fail_fast: bool = False,
        jobs: int = 1,
    ) -> BuildResult:
        """``build``: every brief checked by the readiness rules, laid out and written
        atomically; a brief that fails is reported and the rest are built.

        ``strict``: findings fail a brief. ``fail_fast``: stop at the first failure (decks written
        stay). ``jobs``: worker processes (1: here). Outputs are planned first (two briefs writing
        one deck are refused before anything is written); events come in input order."""
        paths = [Path(b) for b in briefs]
        targets = plan_outputs(paths, output)
        tasks = [Task(path, target, strict) for path, target in zip(paths, targets, strict=True)]
        # Stopping at the first failure means building in order, one brief at a time.
        workers = 1 if fail_fast else max(1, min(jobs, len(tasks)))
        if workers == 1:
            outcomes: Generator[Outcome, None, None] = (self.build_one(task) for task in tasks)
        else:
            from .jobs import run_in_workers

            outcomes = run_in_workers(tasks, self.template, workers, self.language)
        result = BuildResult([], [], _report([], len(tasks)))
        loaded_before = set(self._briefs)  # what the run read before (check) it keeps
        try:
            for index, task in enumerate(tasks, start=1):
                self.on_event(Started(task.brief, index, len(tasks)))
                outcome = next(outcomes)
                if task.brief not in loaded_before:  # so a portfolio's memory stays flat
                    self._briefs.pop(task.brief, None)
                self._report(outcome, result)
                if outcome.failed is not None and fail_fast:
                    return structs.replace(result, stopped=index < len(tasks))
        finally:
            outcomes.close()  # with workers: cancels what has not started
            _keep_breaks()
        return result

    def _report(self, outcome: Outcome, result: BuildResult) -> None:
        """Add one brief's outcome to ``result`` and tell the listener."""
        result.readiness.findings.extend(outcome.findings)
        if outcome.failed is not None:
            result.failed.append(outcome.failed)
            self.on_event(outcome.failed)
        elif outcome.built is not None:
            for warning in outcome.built.warnings:
                self.on_event(Warned(outcome.brief, warning))
            result.built.append(outcome.built)
            self.on_event(outcome.built)

    def build_one(self, task: Task) -> Outcome:
        """Check, lay out and write one brief's deck; any error becomes a :class:`Failed`.
        Readiness findings travel with a deck built; a brief that fails reports its error."""
        try:
            with budget():
                return self._build_one(task)
        except FitError as exc:  # the fitting message names the field, not the file
            error: CpoDeckError = BriefError("", exc.as_problems(str(task.brief)))
        except CpoDeckError as exc:
            error = exc
        except Exception as exc:  # a bug must not stop the batch: this brief fails, said so
            error = CpoDeckError(
                f"{task.brief}: cpo-deck failed on this brief ({type(exc).__name__}: {exc}); "
                "this is a bug in cpo-deck: please report it with the brief"
            )
        return Outcome(task.brief, None, Failed(task.brief, error))

    def _build_one(self, task: Task) -> Outcome:
        loaded = self.load(task.brief)
        findings = [f for f in self.findings(loaded) if f.severity != "note"]
        if task.strict and findings:
            _report(findings, 1).require_ready()  # the refusal lists the findings
        plan = self.plan(loaded)
        write_atomic(task.output, self.deck(loaded, plan))
        built = Built(task.brief, task.output, plan.outline, self.warnings(loaded, plan))
        return Outcome(task.brief, built, None, tuple(findings))


def _inputs(brief: Path, pack: Pack) -> list[Path]:
    from .fonts import font_file
    from .templating import TEMPLATE_FILES

    files = [brief.resolve()]
    files += [(d / "pack.yaml").resolve() for d in pack.dirs]
    for name in ("labels.j2", "footer.j2", "notes.j2", *TEMPLATE_FILES):
        found = next((d / name for d in pack.dirs if (d / name).is_file()), None)
        if found is not None:
            files.append(found.resolve())
    files.append(pack.base_path)
    if pack.logo_path is not None:
        files.append(pack.logo_path)
    fonts = pack.config.theme.fonts
    for family in (fonts.heading, fonts.body):
        for bold in (False, True):
            path = font_file(family, bold)
            if path is not None:
                files.append(path.resolve())
    return list(dict.fromkeys(files))


def _report(findings: list[Finding], briefs: int) -> Report:
    from .check import Report  # imported when used: a preview runs no rule

    return Report(findings, briefs)


def _outline(brief: Brief, pack: Pack, language: str) -> Outline:
    from .outline import build_outline  # check needs no outline code: loaded when asked

    return build_outline(brief, pack, language)


def _preview(plan: DeckPlan, pack: Pack, fmt: Format, width: int) -> str:
    from .render import render_outline

    _keep_breaks()
    return render_outline(plan.outline, pack, fmt, width, plan.decisions())


def _keep_breaks() -> None:
    """Keep the line breaks this run worked out, for the next run (see :mod:`.breaks`)."""
    from .breaks import keep

    keep()


class Task(Struct, frozen=True):
    """One brief to build, and where its deck goes."""

    brief: Path
    output: Path
    strict: bool = False


def properties(brief: Brief) -> dict[str, str]:
    """Document properties for the deck."""
    return {
        "title": brief.title,
        "author": brief.presenter or "",
        "subject": brief.subtitle or brief.problem.headline,
        "comments": f"Made with cpo-deck for {brief.audience}"
        if brief.audience
        else "Made with cpo-deck",
    }


def font_warnings(pack: Pack) -> list[str]:
    """A warning for each pack font with no file to measure it with."""
    from .fonts import has_metrics

    fonts = dict.fromkeys([pack.config.theme.fonts.heading, pack.config.theme.fonts.body])
    return [
        f"no font file to measure '{font}' with; text is sized by estimate and may not fit "
        "exactly (install it, or its metric-compatible twin)"
        for font in fonts
        if not has_metrics(font)
    ]
