"""Frozen data models described once, built fast, and explained by pydantic.

A brief and a ``pack.yaml`` are frozen dataclasses whose fields carry a :class:`Spec` (made
with :func:`attr`). Two things read those specs:

- :func:`build` checks and builds a valid file in plain Python. It accepts only what it is
  sure of; anything else (a wrong type, a length over a limit, an unknown key, a number
  written in an unusual way) raises :class:`Unsure`.
- :func:`pydantic_model` makes the pydantic model of the same specs. The loader asks it
  whenever :func:`build` is unsure: it gives the error messages, and the JSON Schema.

Why two: importing pydantic and building its schemas took most of a cold ``check`` (about
130 ms of 330), while a valid brief, the usual case, needs neither. ``tests/test_model.py``
holds :func:`build` to pydantic's answers on every sample and on random briefs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform

if TYPE_CHECKING:
    from pydantic import BaseModel

T = TypeVar("T")
_REQUIRED: Any = dataclasses.MISSING
_DECIMAL = re.compile(r"[-+]?[0-9]{1,15}(\.[0-9]{1,15})?")
_WHOLE = re.compile(r"0|[1-9][0-9]{0,15}")


class Unsure(Exception):
    """:func:`build` is not sure the data is valid; pydantic decides (and explains)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Spec:
    """What one field holds: its kind, limits, default and description.

    ``kind`` is ``str``, ``float``, ``int``, ``bool``, ``choice`` (one of ``choices``),
    ``model`` (a nested model), ``list`` (of ``item``) or ``map`` (``choices`` -> ``item``).
    ``convert`` runs first, as a pydantic ``BeforeValidator``: a ValueError it raises is the
    message the user sees.
    """

    kind: str
    convert: Callable[[Any], Any] | None = None
    optional: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    gt: float | None = None
    ge: float | None = None
    le: float | None = None
    choices: tuple[str, ...] = ()
    item: Spec | None = None
    model: type | None = None
    description: str | None = None


def attr(
    kind: str,
    *,
    default: Any = _REQUIRED,
    factory: Callable[[], Any] | None = None,
    **spec: Any,
) -> Any:
    """A dataclass field described by a :class:`Spec`; ``default=None`` makes it optional."""
    described = Spec(kind, optional=default is None, **spec)
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata={"spec": described})
    return dataclasses.field(default=default, metadata={"spec": described})


def spec_of(field: Any) -> Spec:
    """The :class:`Spec` of a field made by :func:`attr` (or the spec itself)."""
    spec: Spec = field if isinstance(field, Spec) else field.metadata["spec"]
    return spec


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(attr,))
def model(cls: type[T]) -> type[T]:
    """Declare ``cls`` a model: a frozen, slotted, keyword-only dataclass."""
    return dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(cls)


def build(cls: type[T], data: Any) -> T:
    """An instance of ``cls`` from plain data; :class:`Unsure` unless certainly valid."""
    if type(data) is not dict:
        raise Unsure
    fields = _fields(cls)
    if not data.keys() <= fields.keys():
        raise Unsure
    values = {}
    for name, (spec, has_default) in fields.items():
        if name in data:
            values[name] = _value(spec, data[name])
        elif not has_default:
            raise Unsure
    try:
        made = cls(**values)
        for check in getattr(cls, "__checks__", ()):
            check(made)
    except (ValueError, TypeError):
        raise Unsure from None
    return made


_FIELDS: dict[type, dict[str, tuple[Spec, bool]]] = {}


def _fields(cls: type) -> dict[str, tuple[Spec, bool]]:
    known = _FIELDS.get(cls)
    if known is None:
        known = _FIELDS[cls] = _read_fields(cls)
    return known


def _read_fields(cls: type) -> dict[str, tuple[Spec, bool]]:
    return {
        f.name: (
            spec_of(f),
            f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    }


def _value(spec: Spec, value: Any) -> Any:
    if value is None:
        if spec.optional:
            return None
        raise Unsure
    if spec.convert is not None:
        try:
            value = spec.convert(value)
        except ValueError:
            raise Unsure from None
        if value is None:
            raise Unsure
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            raise Unsure
        value = str(value)
        _limits(spec, len(value))
        if spec.pattern is not None and not re.search(spec.pattern, value):
            raise Unsure
        return value
    if kind in ("float", "int"):
        return _number(spec, value)
    if kind == "bool":
        if type(value) is not bool:
            raise Unsure
        return value
    if kind == "choice":
        if not isinstance(value, str) or value not in spec.choices:
            raise Unsure
        return spec.choices[spec.choices.index(value)]
    if kind == "model":
        assert spec.model is not None
        return build(spec.model, value)
    if kind == "list":
        if type(value) is not list:
            raise Unsure
        _limits(spec, len(value))
        assert spec.item is not None
        return [_value(spec.item, item) for item in value]
    if kind == "map":
        if type(value) is not dict or not value.keys() <= set(spec.choices):
            raise Unsure
        assert spec.item is not None
        return {str(key): _value(spec.item, item) for key, item in value.items()}
    raise AssertionError(kind)  # pragma: no cover - a spec names an unknown kind


def _number(spec: Spec, value: Any) -> float | int:
    number: float | int
    if isinstance(value, bool):
        raise Unsure
    if spec.kind == "int":
        if type(value) is int:
            number = value
        elif isinstance(value, str) and _WHOLE.fullmatch(value):
            number = int(value)
        else:
            raise Unsure
    elif type(value) in (int, float) or (isinstance(value, str) and _DECIMAL.fullmatch(value)):
        number = float(value)
    else:
        raise Unsure
    if (
        (spec.gt is not None and not number > spec.gt)
        or (spec.ge is not None and not number >= spec.ge)
        or (spec.le is not None and not number <= spec.le)
    ):
        raise Unsure
    return number


def _limits(spec: Spec, length: int) -> None:
    if (spec.min_length is not None and length < spec.min_length) or (
        spec.max_length is not None and length > spec.max_length
    ):
        raise Unsure


def as_dict(value: Any) -> Any:
    """Plain data (dicts and lists) from a model, recursively, as pydantic's ``model_dump``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [as_dict(item) for item in value]
    if isinstance(value, dict):
        return {key: as_dict(item) for key, item in value.items()}
    return value


def fields_of(cls: type) -> dict[str, Spec]:
    """The specs of ``cls``'s fields, in order."""
    return {name: spec for name, (spec, _) in _fields(cls).items()}


def from_pydantic(cls: type[T], instance: Any) -> T:
    """The model ``cls`` holding what a pydantic instance of :func:`pydantic_model` holds."""
    values = {name: _copy(spec, getattr(instance, name)) for name, spec in fields_of(cls).items()}
    return cls(**values)


def _copy(spec: Spec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind == "model":
        assert spec.model is not None
        return from_pydantic(spec.model, value)
    if spec.kind == "list":
        assert spec.item is not None
        return [_copy(spec.item, item) for item in value]
    if spec.kind == "map":
        assert spec.item is not None
        return {key: _copy(spec.item, item) for key, item in value.items()}
    return value


_PYDANTIC: dict[type, type[BaseModel]] = {}


def pydantic_model(cls: type) -> type[BaseModel]:
    """The pydantic model of ``cls``'s specs: the same limits, with pydantic's messages."""
    made = _PYDANTIC.get(cls)
    if made is None:
        made = _PYDANTIC[cls] = _make_pydantic(cls)
    return made


def _make_pydantic(cls: type) -> type[BaseModel]:
    from pydantic import ConfigDict, create_model, model_validator

    fields = {
        name: _pydantic_field(spec, f)
        for f in dataclasses.fields(cls)
        for name, spec in [(f.name, spec_of(f))]
    }
    validators = {
        f"_check_{n}": model_validator(mode="after")(_after(check))
        for n, check in enumerate(getattr(cls, "__checks__", ()))
    }
    made: type[BaseModel] = create_model(  # type: ignore[call-overload]
        cls.__name__,
        __config__=ConfigDict(extra="forbid", frozen=True),
        __doc__=cls.__doc__,
        __module__=cls.__module__,
        __validators__=validators,
        **fields,
    )
    return made


def _after(check: Callable[[Any], None]) -> Callable[[Any], Any]:
    def run(instance: Any) -> Any:
        check(instance)
        return instance

    return run


def _pydantic_field(spec: Spec, field: dataclasses.Field[Any]) -> tuple[Any, Any]:
    from pydantic import Field

    limits: dict[str, Any] = {}
    if spec.kind == "list":
        limits = {"min_length": spec.min_length, "max_length": spec.max_length}
    elif spec.kind in ("float", "int"):
        limits = {"gt": spec.gt, "ge": spec.ge, "le": spec.le}
    limits = {key: value for key, value in limits.items() if value is not None}
    if field.default_factory is not dataclasses.MISSING:
        factory: Any = field.default_factory
        made: Callable[[], Any] = list if factory is list else lambda: pydantic_model(factory)()
        info = Field(default_factory=made, description=spec.description, **limits)
    elif field.default is not dataclasses.MISSING:
        default = field.default
        if dataclasses.is_dataclass(default):
            default = pydantic_model(type(default))()
        info = Field(default, description=spec.description, **limits)
    else:
        info = Field(description=spec.description, **limits)
    return _annotation(spec), info


def _annotation(spec: Spec) -> Any:
    from typing import Annotated, Literal, Optional

    from pydantic import BeforeValidator, StringConstraints

    kind = spec.kind
    base: Any
    if kind == "str":
        base = str
        constraints = {
            "min_length": spec.min_length,
            "max_length": spec.max_length,
            "pattern": spec.pattern,
        }
        present: dict[str, Any] = {
            key: value for key, value in constraints.items() if value is not None
        }
        if present:
            base = Annotated[str, StringConstraints(**present)]
    elif kind in ("float", "int", "bool"):
        base = {"float": float, "int": int, "bool": bool}[kind]
    elif kind == "choice":
        base = Literal[spec.choices]
    elif kind == "model":
        assert spec.model is not None
        base = pydantic_model(spec.model)
    elif kind == "list":
        assert spec.item is not None
        base = list[_annotation(spec.item)]  # type: ignore[misc]  # built at run time
    else:
        assert spec.item is not None
        keys: Any = Literal[spec.choices]  # built at run time
        base = dict[keys, _annotation(spec.item)]  # type: ignore[misc]
    if spec.convert is not None:
        base = Annotated[base, BeforeValidator(spec.convert)]
    return Optional[base] if spec.optional else base  # noqa: UP045 - built at run time
