"""The fast model builder against pydantic: the same answer, or it steps aside.

:func:`cpo_deck.model.build` builds a valid brief or ``pack.yaml`` without pydantic and raises
:class:`~cpo_deck.model.Unsure` for anything it is not certain of. Whatever it builds must be
exactly what the pydantic model of the same specs gives; everything it refuses is then decided
by pydantic, with pydantic's messages.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cpo_deck.brief import Brief, Plain
from cpo_deck.errors import BriefError
from cpo_deck.loader import parse_yaml, read_text, validate
from cpo_deck.model import Unsure, as_dict, build, from_pydantic, pydantic_model
from cpo_deck.pack_config import PackConfig
from cpo_deck.packs import builtin_root, load_pack

from .conftest import ROOT

BRIEFS = sorted(
    [
        *(ROOT / "samples").glob("*.yaml"),
        *(ROOT / "samples" / "languages").glob("*.yaml"),
        *(ROOT / "templates" / "default").glob("starter*.yaml"),
    ]
)


def _data(path: Path) -> Any:
    return parse_yaml(read_text(path), path).data


def _by_pydantic(cls: type, data: Any) -> Any:
    """What the pydantic model makes of ``data``, as the frozen model; None when it refuses."""
    try:
        return from_pydantic(cls, pydantic_model(cls).model_validate(data))
    except ValidationError:
        return None


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_every_sample_and_starter_is_built_without_pydantic_and_as_pydantic_builds_it(
    path: Path,
) -> None:
    data = _data(path)
    fast = build(Brief, data)  # never Unsure on a shipped brief: the fast path is really used
    assert fast == _by_pydantic(Brief, data)
    assert as_dict(fast) == pydantic_model(Brief).model_validate(data).model_dump()


def test_the_default_pack_is_built_without_pydantic_and_as_pydantic_builds_it() -> None:
    data = _data(builtin_root() / "default" / "pack.yaml")
    fast = build(PackConfig, data)
    assert fast == _by_pydantic(PackConfig, data)
    assert load_pack("default").config == fast
    assert as_dict(fast) == pydantic_model(PackConfig).model_validate(data).model_dump()


_ODD_VALUES = [
    None,
    "",
    "   ",
    "text in quotes",
    "12",
    "true",
    Plain(""),
    Plain("12"),
    Plain(" 7.5 "),
    Plain("-0.25"),
    Plain("1_000"),
    Plain("1e3"),
    Plain("+.5"),
    Plain("0x10"),
    Plain("inf"),
    Plain("nan"),
    Plain("true"),
    Plain("False"),
    Plain("yes"),
    Plain("R08"),
    Plain("r99"),
    Plain("brevity"),
    Plain("revenue"),
    Plain("notes"),
    Plain("top-left"),
    Plain("de-CH"),
    Plain("x" * 13),
    Plain("y" * 201),
    Plain("  padded text  "),
    Plain("0A0A0A"),
    Plain("0A0A0G"),
    "0A0A0A\n",
    "de\n",
    12,
    2.5,
    True,
    [],
    [Plain("one")],
    [Plain("a"), Plain("b"), Plain("c"), Plain("d"), Plain("e"), Plain("f")],
    {},
    {"label": Plain("Q1"), "value": Plain("3")},
    {"unknown": Plain("x")},
]


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*path, index))
    return found


def _mutated(data: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    data = copy.deepcopy(data)
    if not path:
        return value if action == "set" else data
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "set":
        parent[last] = copy.deepcopy(value)
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"{last}_extra"] = copy.deepcopy(value)
    return data


def _mutations(data: Any) -> st.SearchStrategy[Any]:
    paths = _paths(data)
    one = st.tuples(
        st.sampled_from(paths),
        st.sampled_from(["set", "delete", "add"]),
        st.sampled_from(_ODD_VALUES),
    )
    return st.lists(one, min_size=1, max_size=3).map(lambda changes: _apply(data, changes))


def _apply(data: Any, changes: list[tuple[tuple[Any, ...], str, Any]]) -> Any:
    for path, action, value in changes:
        try:
            data = _mutated(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced what this one names
    return data


def _agree(cls: type, data: Any) -> None:
    expected = _by_pydantic(cls, data)
    try:
        fast = build(cls, data)
    except Unsure:
        return  # pydantic decides; the loader test below checks it is asked
    assert expected is not None, f"built what pydantic refuses: {data!r}"
    assert fast == expected


_SAMPLE = _data(ROOT / "samples" / "checkout-retries.yaml")
_PACK = _data(builtin_root() / "default" / "pack.yaml")


@settings(max_examples=600, deadline=None, derandomize=True)
@given(data=_mutations(_SAMPLE))
def test_on_any_changed_brief_the_fast_builder_agrees_with_pydantic_or_steps_aside(
    data: Any,
) -> None:
    _agree(Brief, data)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=_mutations(_PACK))
def test_on_any_changed_pack_the_fast_builder_agrees_with_pydantic_or_steps_aside(
    data: Any,
) -> None:
    _agree(PackConfig, data)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=_mutations(_SAMPLE))
def test_the_loader_gives_pydantics_answer_whichever_path_it_takes(data: Any) -> None:
    doc = parse_yaml(read_text(ROOT / "samples" / "checkout-retries.yaml"))
    doc.data = data
    expected = _by_pydantic(Brief, data)
    if expected is None:
        with pytest.raises(BriefError):
            validate(doc, Brief, "brief.yaml")
    else:
        assert validate(doc, Brief, "brief.yaml") == expected


def test_an_unusual_number_is_left_to_pydantic_and_still_accepted() -> None:
    doc = parse_yaml(read_text(builtin_root() / "default" / "pack.yaml"))
    doc.data = copy.deepcopy(doc.data)
    doc.data["fit"] = {"body_floor": Plain("1_3")}  # pydantic reads 13; the fast path declines
    with pytest.raises(Unsure):
        build(PackConfig, doc.data)
    config = validate(doc, PackConfig, "pack.yaml")
    assert config.fit.body_floor == 13.0


@pytest.mark.parametrize(
    ("cls", "path", "value"),
    [
        (Brief, ("language",), "de\n"),
        (PackConfig, ("language",), "de\n"),
        (PackConfig, ("theme", "colors", "primary"), "1B2A41\n"),
    ],
)
def test_a_pattern_field_ending_in_a_newline_is_refused_as_pydantic_refuses_it(
    cls: type, path: tuple[str, ...], value: str
) -> None:
    """Python's ``$`` matches before a final newline; pydantic's does not."""
    data = copy.deepcopy(_SAMPLE if cls is Brief else _PACK)
    data = _mutated(data, path, "set", value)
    assert _by_pydantic(cls, data) is None
    with pytest.raises(Unsure):
        build(cls, data)
