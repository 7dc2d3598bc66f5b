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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .brief import Brief
from .check import Finding, Report, Settings, check_brief
from .errors import BriefError, FitError, Problem, raise_for_batch
from .loader import Document, parse_yaml, read_text, validate
from .outline import Outline, build_outline
from .output import plan_outputs, write_atomic
from .packs import ENV_VAR, Pack, load_pack, locate
from .render import Format, render_outline

if TYPE_CHECKING:
    from .geometry import TemplateGeometry
    from .layout import DeckPlan
    from .logo import Logo


@dataclass(frozen=True)
class LoadedBrief:
    """A brief read and validated once: the file, the model, and where each value was written."""

    path: Path
    brief: Brief
    document: Document


@dataclass(frozen=True)
class Started:
    """Work on a brief began (``index`` counts from 1)."""

    brief: Path
    index: int
    total: int


@dataclass(frozen=True)
class Warned:
    """Something the user should know about a brief's deck, e.g. content moved to the notes."""

    brief: Path
    message: str


@dataclass(frozen=True)
class Built:
    """One deck written, with what had to move to the notes to fit."""

    brief: Path
    output: Path
    outline: Outline
    warnings: list[str]


@dataclass(frozen=True)
class Failed:
    """A brief could not be built: every problem, located."""

    brief: Path
    problems: tuple[Problem, ...]


Event = Started | Warned | Built | Failed


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the decks written, and what the readiness rules found."""

    built: list[Built]
    readiness: Report


@dataclass
class _Assets:
    """What a pack's decks are built from, read once per run."""

    geometry: TemplateGeometry
    logo: Logo | None
    base: bytes | None = None


@dataclass
class Session:
    """One run over any number of briefs, with ``template`` (``--template``) if given."""

    template: str | None = None
    on_event: Callable[[Event], None] = field(default=lambda _event: None)
    _briefs: dict[Path, LoadedBrief] = field(default_factory=dict, repr=False)
    _packs: dict[Path, Pack] = field(default_factory=dict, repr=False)
    _assets: dict[Path, _Assets] = field(default_factory=dict, repr=False)

    # -- one brief -----------------------------------------------------------------------------
    def load(self, path: Path | str) -> LoadedBrief:
        """The brief at ``path``, read and validated once per session."""
        key = Path(path)
        if key not in self._briefs:
            document = parse_yaml(read_text(key), key)
            self._briefs[key] = LoadedBrief(key, validate(document, Brief, key), document)
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
        pack = self.pack_for(loaded)
        labels = list(pack.config.labels.model_dump().values())
        settings = Settings.resolve(pack.config.check, loaded.brief.check, labels)
        return check_brief(loaded.brief, loaded.document, str(loaded.path), settings)

    def outline(self, loaded: LoadedBrief) -> Outline:
        """What the deck says, in the pack's words."""
        return build_outline(loaded.brief, self.pack_for(loaded))

    def plan(self, loaded: LoadedBrief) -> DeckPlan:
        """Where everything goes on the pack's layouts, and what moved to the notes."""
        from .layout import plan_deck

        pack = self.pack_for(loaded)
        assets = self._assets_for(pack)
        return plan_deck(self.outline(loaded), pack, assets.geometry, assets.logo)

    def deck(self, loaded: LoadedBrief, plan: DeckPlan) -> bytes:
        """The ``.pptx`` of a planned brief, as bytes."""
        from .pptx_files import read_presentation
        from .render.pptx import render_deck

        pack = self.pack_for(loaded)
        assets = self._assets_for(pack)
        if assets.base is None:
            assets.base = read_presentation(pack.base_path).getvalue()
        return render_deck(plan, pack, properties(loaded.brief), assets.base)

    def warnings(self, loaded: LoadedBrief, plan: DeckPlan) -> list[str]:
        """What the user should know about a deck: fonts measured by estimate, content moved."""
        notes = [*font_warnings(self.pack_for(loaded)), *plan.warnings]
        return [f"{loaded.path}: {w}" for w in notes]

    def inputs(self, loaded: LoadedBrief) -> list[Path]:
        """Every file a build of this brief reads: the brief, each ``pack.yaml`` along the
        pack's search path, the templates it resolves to, the base deck, the logo, the fonts."""
        from .measure import font_file
        from .templating import TEMPLATE_FILES

        pack = self.pack_for(loaded)
        files = [loaded.path.resolve()]
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
        return Report(findings, len(briefs))

    def readiness(self, briefs: Sequence[Path | str]) -> Report:
        """The readiness rules over the briefs that validate (``build`` reports the others)."""
        findings, _ = self._readiness(briefs)
        return Report(findings, len(briefs))

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
        loaded = self.load(brief)
        plan = self.plan(loaded)
        return render_outline(plan.outline, self.pack_for(loaded), fmt, width, plan.decisions())

    def build(
        self,
        briefs: Sequence[Path | str],
        output: Path | str | None = None,
        strict: bool = False,
    ) -> BuildResult:
        """``build``: the readiness rules, then every deck, written atomically.

        With ``strict``, any finding stops the run before anything is written. Every output is
        planned and every brief validated and laid out before any deck is written, so one bad
        brief stops the run with the problems of every bad brief and no new files.
        """
        readiness = self.readiness(briefs)
        if strict:
            readiness.require_ready()
        paths = [Path(b) for b in briefs]
        targets = plan_outputs(paths, output)
        planned = self._plan_all(paths)
        built = []
        for path, target, (loaded, plan) in zip(paths, targets, planned, strict=True):
            write_atomic(target, self.deck(loaded, plan))
            warnings = self.warnings(loaded, plan)
            for warning in warnings:
                self.on_event(Warned(path, warning))
            done = Built(path, target, plan.outline, warnings)
            self.on_event(done)
            built.append(done)
        return BuildResult(built, readiness)

    def _plan_all(self, paths: list[Path]) -> list[tuple[LoadedBrief, DeckPlan]]:
        """Every brief loaded and laid out; raises with every problem if any brief fails."""
        planned: list[tuple[LoadedBrief, DeckPlan]] = []
        problems: list[Problem] = []
        for index, path in enumerate(paths, start=1):
            self.on_event(Started(path, index, len(paths)))
            try:
                loaded = self.load(path)
                planned.append((loaded, self.plan(loaded)))
            except BriefError as exc:
                problems.extend(exc.as_problems())
                self.on_event(Failed(path, tuple(exc.as_problems())))
            except FitError as exc:  # the fitting message names the field, not the file
                problems.extend(exc.as_problems(str(path)))
                self.on_event(Failed(path, tuple(exc.as_problems(str(path)))))
        raise_for_batch(problems, len(paths), "; no deck written")
        return planned


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
    from .measure import has_metrics

    fonts = dict.fromkeys([pack.config.theme.fonts.heading, pack.config.theme.fonts.body])
    return [
        f"no font file to measure '{font}' with; text is sized by estimate and may not fit "
        "exactly (install it, or its metric-compatible twin)"
        for font in fonts
        if not has_metrics(font)
    ]
