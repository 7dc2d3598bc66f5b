"""What the readiness rules found, and how it is reported: one line per finding and a
summary (text), a list of objects (JSON), the notice ``build`` prints, the ``--strict`` refusal."""

from __future__ import annotations

from typing import Literal

from msgspec import Struct, structs

from ..errors import ReadinessError
from .words import plural

Severity = Literal["error", "warning", "note"]
"""A note is neither: it says what the rules could not read (a language without words)."""


class Finding(Struct, frozen=True):
    """One gap in a brief: which rule, how serious, where, what is wrong and how to fix it."""

    rule: str
    name: str
    severity: Severity
    field: str
    file: str
    line: int
    column: int
    message: str
    fix: str

    def render(self) -> str:
        """``brief.yaml:31:7: warning R04 smart-metric: <message>; <fix> (disable: ...)``."""
        if self.severity == "note":
            return f"{self.file}:{self.line}:{self.column}: note: {self.message}; {self.fix}"
        return (
            f"{self.file}:{self.line}:{self.column}: {self.severity} {self.rule} {self.name}: "
            f"{self.message}; {self.fix} (disable: check: {{disable: [{self.name}]}} in the brief)"
        )

    def to_dict(self) -> dict[str, str | int]:
        """The finding as plain data, for ``--format json``."""
        return structs.asdict(self)


class Report(Struct, frozen=True):
    """The findings for a run over one or more briefs."""

    findings: list[Finding]
    briefs: int

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(1 for f in self.findings if f.severity == "warning")

    def passed(self, strict: bool = False) -> bool:
        """No errors; with ``strict``, no warnings either."""
        return not self.errors and not (strict and self.warnings)

    def summary(self) -> str:
        """``1 error, 2 warnings in 1 brief``."""
        counts = f"{plural(self.errors, 'error')}, {plural(self.warnings, 'warning')}"
        return f"{counts} in {plural(self.briefs, 'brief')}"

    def text(self, strict: bool = False) -> str:
        """One line per finding, then the summary and the verdict."""
        verdict = "ready" if self.passed(strict) else "not ready"
        lines = [f.render() for f in self.findings]
        return "\n".join([*lines, f"{self.summary()}: {verdict}"]) + "\n"

    def json(self) -> str:
        """The findings as a JSON list of objects, for CI."""
        import json

        return json.dumps([f.to_dict() for f in self.findings], indent=2, ensure_ascii=False) + "\n"

    def render(self, fmt: Literal["text", "json"] = "text", strict: bool = False) -> str:
        """The report as ``text`` or ``json``."""
        return self.json() if fmt == "json" else self.text(strict)

    def build_notice(self) -> str:
        """What ``build`` prints on stderr: every finding and that the deck is built anyway."""
        lines = [f.render() for f in self.findings]
        lines.append(f"{self.summary()}; built anyway (build --strict refuses to)")
        return "\n".join(lines)

    def require_ready(self) -> None:
        """For ``build --strict``: raise :class:`ReadinessError` if there is any finding."""
        if self.findings:
            lines = [f.render() for f in self.findings]
            lines.append(f"{self.summary()}; --strict: no deck written")
            raise ReadinessError("\n".join(lines))
