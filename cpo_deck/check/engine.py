"""Run the rules over one validated brief and locate every hit at ``file:line:col``."""

from __future__ import annotations

from typing import Any

from ..brief import Brief
from ..documents import Document, Path_
from ..loader import field_path
from .report import Finding
from .rules import RULES
from .settings import Settings
from .words import CHECKED, SKIPPED


def language_note(doc: Document, file: str, settings: Settings) -> Finding | None:
    """The one note for a language the rules have no words for: what was skipped, and why."""
    if settings.words is not None:
        return None
    skipped = list(SKIPPED) + (
        [] if settings.spaced else ["R08 word budgets (no spaces between words)"]
    )
    where = ("language",)
    line, column = (
        doc.position(where) if isinstance(doc.data, dict) and "language" in doc.data else (1, 1)
    )
    return Finding(
        rule="-",
        name="language",
        severity="note",
        field="language",
        file=file,
        line=line,
        column=column,
        message=f"the readiness rules have no words for '{settings.language}'; skipped: "
        f"{', '.join(skipped)}",
        fix=f"every other check ran (the rules read {', '.join(CHECKED)} in full)",
    )


def _locate(doc: Document, path: Path_) -> tuple[int, int]:
    """A section or list is located at its key (``ask:``); anything else at its value."""
    node: Any = doc.data
    for part in path:
        node = node[part]
    if path and isinstance(path[-1], str) and isinstance(node, dict | list) and path in doc.keys:
        return doc.keys[path]
    return doc.position(path)


def check_brief(brief: Brief, doc: Document, file: str, settings: Settings) -> list[Finding]:
    """Run every rule that is switched on over one validated brief, sorted by position."""
    findings = []
    for rule in RULES:
        if rule.name in settings.disabled:
            continue
        hits = rule.run(brief, settings, doc) if rule.reads_source else rule.run(brief, settings)
        for hit in hits:
            line, column = _locate(doc, hit.path)
            findings.append(
                Finding(
                    rule=rule.id,
                    name=rule.name,
                    severity=hit.severity or rule.severity,
                    field=field_path(hit.path),
                    file=file,
                    line=line,
                    column=column,
                    message=hit.message,
                    fix=hit.fix,
                )
            )
    note = language_note(doc, file, settings)
    return sorted([*findings, *([note] if note else [])], key=lambda f: (f.line, f.column, f.rule))
