"""Frozen value records, made without `dataclasses`' start-up bill.

Why: `@dataclass` writes out and compiles six functions for every class it makes (`exec`),
about 0.9 ms a class on our machine; the 31 records Coach defines before its first screen
cost 27 ms, a tenth of its launch. A `@record` class shares one generic `__init__`,
`__eq__`, `__hash__` and `__repr__` instead, so making one costs microseconds.

What a record keeps from a frozen dataclass: positional and keyword construction, defaults
and default factories (`field`), immutability, equality and hashing by value (fields with
`compare=False` left out), a readable repr, `replace`, and `fields` / `as_dict`. What it
leaves out: ordering, `__post_init__`, `InitVar`/`ClassVar`, keyword-only fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")
_MISSING: Any = object()


class Field:
    """A field's options, as written in the class body (`name: T = field(...)`)."""

    __slots__ = ("compare", "default", "default_factory")

    def __init__(self, default: Any, default_factory: Any, compare: bool) -> None:
        self.default = default
        self.default_factory = default_factory
        self.compare = compare


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | Any = _MISSING,
    compare: bool = True,
) -> Any:
    """A default that is made fresh for each record, or a field left out of ==, hash, repr."""
    return Field(default, default_factory, compare)


class FrozenRecordError(AttributeError):
    """Raised on an attempt to change a record (make a new one with `replace`)."""


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names: tuple[str, ...] = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments, {len(args)} given")
    put = object.__setattr__
    for name, value in zip(names, args, strict=False):
        put(self, name, value)
    defaults: dict[str, Any] = cls.__record_defaults__
    factories: dict[str, Callable[[], Any]] = cls.__record_factories__
    for name in names[len(args) :]:
        value = kwargs.pop(name, _MISSING)
        if value is _MISSING:
            if name in factories:
                value = factories[name]()
            else:
                value = defaults.get(name, _MISSING)
                if value is _MISSING:
                    raise TypeError(f"{cls.__name__}() is missing the field {name!r}")
        put(self, name, value)
    if kwargs:
        raise TypeError(f"{cls.__name__}() got an unexpected field {next(iter(kwargs))!r}")


def _compared(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in type(self).__record_compared__)


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _compared(self) == _compared(other)


def _hash(self: Any) -> int:
    return hash(_compared(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self).__record_compared__)
    return f"{type(self).__qualname__}({shown})"


def _setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Turn a class with annotated fields into a frozen value record (in place)."""
    names = list(getattr(cls, "__record_fields__", ()))  # a record's subclass adds fields
    defaults = dict(getattr(cls, "__record_defaults__", {}))
    factories = dict(getattr(cls, "__record_factories__", {}))
    compared = list(getattr(cls, "__record_compared__", ()))
    for name in vars(cls).get("__annotations__", {}):  # its own, not its bases'
        if name not in names:
            names.append(name)
            compared.append(name)
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, Field):
            if not value.compare:
                compared.remove(name)
            if value.default_factory is not _MISSING:
                factories[name] = value.default_factory
                delattr(cls, name)
                continue
            value = value.default
            if value is _MISSING:
                delattr(cls, name)
                continue
            setattr(cls, name, value)
        if value is not _MISSING:
            defaults[name] = value
    attributes: dict[str, Any] = {
        "__record_fields__": tuple(names),
        "__record_defaults__": defaults,
        "__record_factories__": factories,
        "__record_compared__": tuple(compared),
        "__match_args__": tuple(names),
        "__init__": _init,
        "__eq__": _eq,
        "__hash__": _hash,
        "__repr__": _repr,
        "__setattr__": _setattr,
        "__delattr__": _delattr,
    }
    for key, value in attributes.items():
        if key in ("__eq__", "__hash__", "__repr__") and key in cls.__dict__:
            continue  # the class wrote its own
        setattr(cls, key, value)
    return cls


def fields(item: Any) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    return item.__record_fields__


def is_record(item: Any) -> bool:
    return hasattr(item, "__record_fields__")


def replace(item: T, **changes: Any) -> T:
    """A copy of `item` with some fields changed (records cannot be changed in place)."""
    values = {name: getattr(item, name) for name in fields(item)}
    for name in changes:
        if name not in values:
            raise TypeError(f"{type(item).__name__} has no field {name!r}")
    values.update(changes)
    return type(item)(**values)


def as_dict(item: Any) -> dict[str, Any]:
    """The record's fields as a dict (one level: nested records stay records)."""
    return {name: getattr(item, name) for name in fields(item)}
