"""Frozen data models described once, built fast, and explained by pydantic.

A brief and a ``pack.yaml`` are frozen models (:func:`model`) whose fields carry a
:class:`Spec` (made with :func:`attr`). Two things read those specs:

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
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # only type checkers read it: on 3.10 the decorator changes nothing at run time

    def dataclass_transform(**_: Any) -> Any:
        return lambda decorator: decorator


T = TypeVar("T")
REQUIRED: Any = dataclasses.MISSING
"""The default of a field that has none: it must be given."""
_DECIMAL = re.compile(r"[-+]?[0-9]{1,15}(\.[0-9]{1,15})?")
_WHOLE = re.compile(r"0|[1-9][0-9]{0,15}")


class Unsure(Exception):
    """:func:`build` is not sure the data is valid; pydantic decides (and explains)."""


class Spec(NamedTuple):
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


class Field(NamedTuple):
    """A model's field: its spec, and its default or a factory making one."""

    spec: Spec
    default: Any = REQUIRED
    factory: Callable[[], Any] | None = None

    @property
    def required(self) -> bool:
        """Whether the field must be given (it has no default)."""
        return self.default is REQUIRED and self.factory is None


def attr(
    kind: str,
    *,
    default: Any = REQUIRED,
    factory: Callable[[], Any] | None = None,
    **spec: Any,
) -> Any:
    """A model field described by a :class:`Spec`; ``default=None`` makes it optional."""
    return Field(Spec(kind, optional=default is None, **spec), default, factory)


def spec_of(field: Any) -> Spec:
    """The :class:`Spec` of a field made by :func:`attr` (or the spec itself)."""
    spec: Spec = field if isinstance(field, Spec) else field.spec
    return spec


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(attr,))
def model(cls: type[T]) -> type[T]:
    """Declare ``cls`` a model: frozen, made with keyword arguments, compared by value.

    Not a dataclass, on purpose: ``dataclasses.dataclass`` compiles new code for each method
    of each class, about a millisecond a class at every start; models share one set of
    methods. A subclass keeps its base's fields, first.
    """
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(getattr(base, "__model_fields__", {}))
    for name, value in list(vars(cls).items()):
        if isinstance(value, Field):
            fields[name] = value
            delattr(cls, name)
    cls.__model_fields__ = fields  # type: ignore[attr-defined]
    for method in (_init, _setattr, _delattr, _eq, _hash, _repr):
        setattr(cls, method.__name__.replace("_", "__", 1) + "__", method)
    return cls


def fields_of(cls: type) -> dict[str, Spec]:
    """The specs of a model's fields, in order."""
    return {name: f.spec for name, f in _fields(cls).items()}


def _fields(cls: type) -> dict[str, Field]:
    fields: dict[str, Field] = cls.__model_fields__  # type: ignore[attr-defined]
    return fields


def _init(self: Any, **values: Any) -> None:
    fields = _fields(type(self))
    for name in values.keys() - fields.keys():
        raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument '{name}'")
    for name, f in fields.items():
        if name in values:
            value = values[name]
        elif f.factory is not None:
            value = f.factory()
        elif f.default is not REQUIRED:
            value = f.default
        else:
            raise TypeError(f"{type(self).__name__}() is missing the argument '{name}'")
        object.__setattr__(self, name, value)


def _setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field '{name}'")


def _delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field '{name}'")


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in _fields(type(self)))


def _eq(self: Any, other: Any) -> Any:
    if type(other) is not type(self):
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _fields(type(self)))
    return f"{type(self).__name__}({shown})"


def build(cls: type[T], data: Any) -> T:
    """An instance of ``cls`` from plain data; :class:`Unsure` unless certainly valid."""
    if type(data) is not dict:
        raise Unsure
    fields = _fields(cls)
    if not data.keys() <= fields.keys():
        raise Unsure
    values = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _value(f.spec, data[name])
        elif f.required:
            raise Unsure
    try:
        made = cls(**values)
        for check in getattr(cls, "__checks__", ()):
            check(made)
    except (ValueError, TypeError):
        raise Unsure from None
    return made


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
        # Python's "$" also matches before a final newline, pydantic's does not: leave those
        # to pydantic.
        if spec.pattern is not None and ("\n" in value or not re.search(spec.pattern, value)):
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
    fields = getattr(type(value), "__model_fields__", None)
    if fields is not None:
        return {name: as_dict(getattr(value, name)) for name in fields}
    if isinstance(value, list):
        return [as_dict(item) for item in value]
    if isinstance(value, dict):
        return {key: as_dict(item) for key, item in value.items()}
    return value


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

    fields = {name: _pydantic_field(f) for name, f in _fields(cls).items()}
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


def _pydantic_field(field: Field) -> tuple[Any, Any]:
    from pydantic import Field as PydanticField

    spec = field.spec
    limits: dict[str, Any] = {}
    if spec.kind == "list":
        limits = {"min_length": spec.min_length, "max_length": spec.max_length}
    elif spec.kind in ("float", "int"):
        limits = {"gt": spec.gt, "ge": spec.ge, "le": spec.le}
    limits = {key: value for key, value in limits.items() if value is not None}
    if field.factory is not None:
        factory: Any = field.factory
        made: Callable[[], Any] = list if factory is list else lambda: pydantic_model(factory)()
        info = PydanticField(default_factory=made, description=spec.description, **limits)
    elif field.default is not REQUIRED:
        info = PydanticField(field.default, description=spec.description, **limits)
    else:
        info = PydanticField(description=spec.description, **limits)
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
