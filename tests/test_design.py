"""The design rules, on every review brief (the samples, a sparse, a two-option, a German, a
12-point history and the maximum brief) and every built-in pack plus a corporate 4:3 one:

- the type ladder: one title size per deck, the decision at least as large as the title, the
  evidence never larger than the points, large numbers at least 1.25 times the title;
- no mixed tiles: every outcome has a large number or none does;
- every slide's title is in its title placeholder;
- rendered by LibreOffice: no title ends in a one-word line, no scorecard line leaves one word
  alone, and no slide leaves more than half its content area empty under its content.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from cpo_deck.build import build_decks

from .conftest import SAMPLES, to_pdf
from .max_brief import max_brief_text
from .review_briefs import REVIEW, corporate_pack
from .test_render import Page, Word, pages

PACKS = ("default", "dark", "minimal", "corporate")
EMU = 12700


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path | None]]:
    """Every review brief built on every pack: {"brief@pack": (deck, pdf or None)}; the PDFs
    are rendered lazily by :func:`rendered`."""
    work = tmp_path_factory.mktemp("review")
    briefs = list(SAMPLES)
    for name, text in (*REVIEW.items(), ("max", max_brief_text())):
        path = work / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        briefs.append(path)
    out: dict[str, tuple[Path, Path | None]] = {}
    for pack in PACKS:
        spec = str(corporate_pack(work / "corp")) if pack == "corporate" else pack
        folder = work / pack
        for built in build_decks(briefs, folder, spec):
            out[f"{built.brief.stem}@{pack}"] = (built.output, None)
    return out


@pytest.fixture(scope="module")
def rendered(
    review: dict[str, tuple[Path, Path | None]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Any, list[Page]]]:
    """Every review deck with its pages as LibreOffice renders them (one run per pack)."""
    out = {}
    for pack in PACKS:
        names = [n for n in review if n.endswith(f"@{pack}")]
        pdfs = to_pdf([review[n][0] for n in names], tmp_path_factory.mktemp(f"pdf-{pack}"))
        for name, pdf in zip(names, pdfs, strict=True):
            out[name] = (Presentation(str(review[name][0])), pages(pdf))
    return out


def _shapes(slide: Any, name: str) -> list[Any]:
    return [s for s in slide.shapes if s.name == name]


def _sizes(shape: Any) -> list[float]:
    return [
        run.font.size.pt
        for p in shape.text_frame.paragraphs
        for run in p.runs
        if run.text.strip() and run.font.size is not None
    ]


def _title(slide: Any) -> Any:
    titles = [
        s
        for s in slide.placeholders
        if s.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    ]
    assert len(titles) == 1, "a slide's title must be in its one title placeholder"
    return titles[0]


def test_the_type_ladder_holds(review: dict[str, tuple[Path, Path | None]]) -> None:
    """One title size; decision >= title; evidence <= points; large numbers >= 1.25 x title."""
    for name, (deck, _) in review.items():
        slides = list(Presentation(str(deck)).slides)
        titles = {size for slide in slides for size in _sizes(_title(slide))}
        assert len(titles) == 1, f"{name}: title sizes {sorted(titles)}"
        title = titles.pop()
        problem, impact, ask = slides[0], slides[1], slides[4]
        decision = max(_sizes(_shapes(ask, "Decision")[0]))
        assert decision >= title, f"{name}: decision {decision} pt under a {title} pt title"
        points = min(size for s in _shapes(problem, "Points") for size in _sizes(s))
        for evidence in _shapes(problem, "Evidence"):
            assert max(_sizes(evidence)) <= points, f"{name}: evidence larger than the points"
        for value in _shapes(impact, "Outcome value"):
            size = max(_sizes(value))
            assert size >= round(title * 1.25), f"{name}: number {size} pt, title {title} pt"


def test_no_mixed_tiles(review: dict[str, tuple[Path, Path | None]]) -> None:
    """Every outcome has its large number, or no outcome has one."""
    shown = set()
    for name, (deck, _) in review.items():
        impact = Presentation(str(deck)).slides[1]
        values = len(_shapes(impact, "Outcome value"))
        outcomes = len(_shapes(impact, "Outcome"))
        assert values in (0, outcomes), f"{name}: {values} numbers for {outcomes} outcomes"
        shown.add(values > 0)
    assert shown == {True, False}, "the review set shows both forms"


def _inside(word: Word, shape: Any, slack: float = 2.0) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2
    left, top = shape.left / EMU, shape.top / EMU
    return (
        left - slack <= x <= left + shape.width / EMU + slack
        and top - slack <= y <= top + shape.height / EMU + slack
    )


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines, top to bottom."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.y0), w.x0)):
        if lines and abs(lines[-1][0].y0 - word.y0) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def test_no_title_ends_in_a_one_word_line(
    rendered: dict[str, tuple[Any, list[Page]]],
) -> None:
    """As LibreOffice draws them: a title of three or more words never leaves one alone."""
    checked = 0
    for name, (prs, pdf) in rendered.items():
        for number, (slide, page) in enumerate(zip(prs.slides, pdf, strict=True), 1):
            title = _title(slide)
            if title.text_frame.text.count(" ") < 2:
                continue
            lines = _lines([w for w in page.words if _inside(w, title)])
            if len(lines) > 1:
                checked += 1
                last = " ".join(w.text for w in lines[-1])
                assert len(lines[-1]) > 1, f"{name} slide {number}: title ends in '{last}'"
    assert checked, "some titles take two lines"


def test_no_scorecard_line_leaves_one_word_alone(
    rendered: dict[str, tuple[Any, list[Page]]],
) -> None:
    """As LibreOffice draws them: a scorecard paragraph of three or more words that takes more
    than one line never ends in one word alone."""
    for name, (prs, pdf) in rendered.items():
        slide, page = prs.slides[2], pdf[2]
        for row in _shapes(slide, "Scorecard row"):
            paragraphs = [p.text.split() for p in row.text_frame.paragraphs]
            lasts = {words[-1] for words in paragraphs if len(words) >= 3}
            lines = _lines([w for w in page.words if _inside(w, row)])
            for previous, line in itertools.pairwise(lines):
                alone = len(line) == 1 and line[0].text in lasts
                said = " ".join(w.text for w in previous)
                assert not alone, f"{name}: scorecard line '{line[0].text}' alone after '{said}'"


def test_content_fills_at_least_half_the_content_area(
    rendered: dict[str, tuple[Any, list[Page]]],
) -> None:
    """The lowest content word is no higher than the middle of the content area (between the
    title and the footer)."""
    for name, (prs, pdf) in rendered.items():
        for number, (slide, page) in enumerate(zip(prs.slides, pdf, strict=True), 1):
            title = _title(slide)
            footer = _shapes(slide, "Footer")
            top = (title.top + title.height) / EMU
            bottom = min(s.top for s in footer) / EMU if footer else page.height
            content = [w for w in page.words if top < (w.y0 + w.y1) / 2 < bottom - 1]
            assert content, f"{name} slide {number}: no content"
            lowest = max(w.y1 for w in content)
            empty = (bottom - lowest) / (bottom - top)
            assert empty <= 0.5, f"{name} slide {number}: {empty:.0%} of the content area empty"


def test_reading_order_keeps_each_outcome_together(
    review: dict[str, tuple[Path, Path | None]],
) -> None:
    """Screen readers and text extraction read shapes in drawing order: each outcome's caption,
    number and sentence come together, and each slide's title (the headline) comes from its
    title placeholder."""
    import yaml

    for name, (deck, _) in review.items():
        prs = Presentation(str(deck))
        impact = prs.slides[1]
        order = [
            s.name for s in impact.shapes if s.name in ("Outcome area", "Outcome value", "Outcome")
        ]
        groups: list[list[str]] = []
        for shape_name in order:
            if shape_name == "Outcome area":
                groups.append([])
            assert groups, f"{name}: '{shape_name}' before any outcome's caption"
            groups[-1].append(shape_name)
        assert all(
            g in (["Outcome area", "Outcome value", "Outcome"], ["Outcome area", "Outcome"])
            for g in groups
        ), f"{name}: outcomes read as {order}"
        brief_name = name.split("@")[0]
        source = next((p for p in SAMPLES if p.stem == brief_name), None)
        if source is not None:
            brief = yaml.safe_load(source.read_text(encoding="utf-8"))
            kinds = ("problem", "impact", "metrics", "tradeoffs", "ask")
            for slide, kind in zip(prs.slides, kinds, strict=True):
                assert _title(slide).text_frame.text == brief[kind]["headline"]


def test_a_narrow_chart_labels_every_other_period_rather_than_none(
    rendered: dict[str, tuple[Any, list[Page]]],
) -> None:
    """Twelve months on a narrow chart (the corporate 4:3 pack): the axis labels every second
    month (``c:tickLblSkip``), keeping every category, instead of moving them all to the notes;
    on the wide default chart every month is labelled, with no skip."""
    from pptx.oxml.ns import qn

    def axis(name: str) -> tuple[Any, list[str]]:
        prs, pdf = rendered[name]
        frame = next(s for s in prs.slides[2].shapes if s.has_chart)
        skip = frame.chart._chartSpace.find(".//" + qn("c:catAx")).find(qn("c:tickLblSkip"))
        categories = list(frame.chart.plots[0].categories)
        words = {w.text for w in pdf[2].words}
        months = [m for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun") if m in words]
        assert categories[:3] == ["Jan", "Feb", "Mar"], categories
        return skip, months

    skip, months = axis("history@corporate")
    assert skip is not None and int(skip.get("val")) >= 2
    # PowerPoint shows every second label; LibreOffice draws those that fit: labels show.
    assert "Jan" in months and "Mar" in months
    skip, months = axis("history@default")
    assert skip is None
    assert months == ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]


def test_table_cells_get_right_indents_where_a_word_would_stand_alone(
    review: dict[str, tuple[Path, Path | None]],
) -> None:
    """A table cell's paragraph that would end in one word alone gets a right indent (and every
    paragraph of that cell an explicit one, as LibreOffice carries one over)."""
    from cpo_deck.measure import Font, wrap

    indented = 0
    for name, (deck, _) in review.items():
        slide = Presentation(str(deck)).slides[3]
        for shape in slide.shapes:
            if not shape.has_table:
                continue
            table = shape.table
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row.cells):
                    paragraphs = cell.text_frame.paragraphs
                    rights = [
                        p._p.pPr.get("marR") if p._p.pPr is not None else None for p in paragraphs
                    ]
                    if any(rights):
                        assert all(rights), f"{name}: a cell with some right indents unset"
                    for p, right in zip(paragraphs, rights, strict=True):
                        if not right or int(right) == 0:
                            continue
                        indented += 1
                        run = p.runs[0]
                        inner = table.columns[c].width / EMU - 2 * 0.08 * 72 - int(right) / EMU
                        font = Font(run.font.name, run.font.size.pt, bool(run.font.bold))
                        lines = wrap(p.text, font, inner)
                        assert lines and " " in lines[-1], f"{name} row {r}: {lines}"
    assert indented, "some cell in the review set needed a right indent"


CHROME = {"Footer", "Page number", "Logo", "Section label", "Initiative"}


def test_content_stays_above_the_footer(review: dict[str, tuple[Path, Path | None]]) -> None:
    """Every content shape (tiles, cards, panels, text) ends above the footer row."""
    for name, (deck, _) in review.items():
        for number, slide in enumerate(Presentation(str(deck)).slides, 1):
            footer = _shapes(slide, "Footer")
            if not footer:
                continue
            floor = min(s.top for s in footer) / EMU
            for shape in slide.shapes:
                if shape.name in CHROME or shape == _title(slide):
                    continue
                bottom = (shape.top + shape.height) / EMU
                assert bottom <= floor + 0.5, (
                    f"{name} slide {number}: {shape.name} ends at {bottom:.1f} below {floor:.1f}"
                )


def test_long_cost_and_time_stay_inside_their_cards(tmp_path: Path) -> None:
    """Two cards: a cost or time long enough to wrap is measured, so it stays on its card."""
    from .review_briefs import SPARSE

    brief = tmp_path / "cards.yaml"
    long = '"$600k one-time, plus $45k a year"'
    brief.write_text(
        SPARSE.replace("cost: $80k}", f"cost: {long}, time: Two quarters to full rollout}}"),
        encoding="utf-8",
    )
    pack = corporate_pack(tmp_path / "corp")
    for spec in ("default", str(pack)):
        deck = build_decks([brief], tmp_path / "deck.pptx", spec)[0].output
        slide = Presentation(str(deck)).slides[3]
        cards = _shapes(slide, "Option card")
        facts = _shapes(slide, "Option facts")
        assert len(cards) == 2 and len(facts) == 4, [s.name for s in slide.shapes]
        bottom = max(c.top + c.height for c in cards)
        for fact in facts:
            assert fact.top + fact.height <= bottom
            run = fact.text_frame.paragraphs[1].runs[0]
            from cpo_deck.measure import Font, wrap

            lines = wrap(
                fact.text_frame.paragraphs[1].text,
                Font(run.font.name, run.font.size.pt, True),
                fact.width / EMU - 2 * 0.06 * 72,
            )
            needed = 12 * 1.2 + len(lines or [0, 0, 0, 0]) * run.font.size.pt * 1.2
            assert needed <= fact.height / EMU, (fact.text_frame.text, lines)
