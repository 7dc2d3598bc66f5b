"""The one error family cpo-deck raises for anything a user can cause.

The CLI catches :class:`CpoDeckError` in one place and prints :meth:`CpoDeckError.render`.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct


class Problem(Struct, frozen=True):
    """One thing wrong with an input file, located as precisely as we can."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def render(self) -> str:
        """Format as ``file:line:col: field: message`` (parts that are unknown are left out)."""
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class CpoDeckError(Exception):
    """Base class: an error with a message meant for the user, never a traceback."""

    exit_code = 1

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems or [])

    def __reduce__(self) -> tuple[type[CpoDeckError], tuple[str, list[Problem]]]:
        """Pickle with the problems (an error crosses from a worker process to the parent)."""
        return (type(self), (self.message, self.problems))

    def as_problems(self, file: str | None = None) -> list[Problem]:
        """Every problem, with the summary message as one more (located in ``file``)."""
        summary = [Problem(self.message, file)] if self.message else []
        return [*self.problems, *summary]

    def render(self) -> str:
        """The full text to show the user: every problem on its own line, then the summary."""
        lines = [p.render() for p in self.problems]
        if self.message:
            lines.append(self.message)
        return "\n".join(lines)


class BriefError(CpoDeckError):
    """A brief could not be read or is not valid; carries every problem found."""

    @classmethod
    def single(
        cls,
        path: Path | str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> BriefError:
        """One problem in one file, e.g. a YAML syntax error."""
        return cls("", [Problem(message, str(path), line, column, field)])


def raise_for_batch(problems: list[Problem], count: int, outcome: str = "") -> None:
    """Raise one :class:`BriefError` for the problems of a batch of ``count`` briefs, if any."""
    if not problems:
        return
    if count == 1:
        raise BriefError("", problems)
    bad = len({p.file for p in problems if p.file})
    raise BriefError(f"{bad} of {count} briefs not valid{outcome}", problems)


class PackError(CpoDeckError):
    """A template pack is missing, broken, or refers to something it does not have."""


class TemplateRenderError(PackError):
    """A Jinja2 template failed to render; names the template file and line."""


class OutputError(CpoDeckError):
    """The deck could not be written where asked."""


class FitError(CpoDeckError):
    """Content does not fit on its slide under the pack's overflow policy."""


class BatchError(CpoDeckError):
    """Some briefs of a batch could not be built; carries every failure's problems."""


class ReadinessError(CpoDeckError):
    """``build --strict``: the readiness rules of ``cpo-deck check`` found something."""
