"""Registries of versioned names: every component and model is found by a name
such as ``quotes.rules.v1`` that is also written into each row it produces.

>>> components = Registry("component")
>>> @components.register("demo.upper.v1")
... class Upper:
...     pass
>>> components.get("demo.upper.v1") is Upper
True
>>> components.names()
('demo.upper.v1',)
"""

from __future__ import annotations

import re
from typing import Callable, Generic, TypeVar

from .errors import NotFoundError, ValidationError

T = TypeVar("T")
_VERSIONED = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.v\d+$")


def check_versioned_name(name: str) -> None:
    """Names end in a version: ``family.method.vN``."""
    if not _VERSIONED.match(name):
        raise ValidationError(f"versioned names look like 'quotes.rules.v1'; got {name!r}")


class Registry(Generic[T]):
    """A name → factory table for one kind of thing (components, models, readers)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator that files the decorated factory under ``name``."""
        check_versioned_name(name)

        def decorate(item: T) -> T:
            if name in self._items and self._items[name] is not item:
                raise ValidationError(f"{self.kind} {name!r} is registered twice")
            self._items[name] = item
            return item

        return decorate

    def get(self, name: str) -> T:
        """The factory registered as ``name``; a clear error lists the known names."""
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise NotFoundError(f"unknown {self.kind} {name!r}; known: {known}") from None

    def names(self) -> tuple[str, ...]:
        """Every registered name, sorted."""
        return tuple(sorted(self._items))

    def __contains__(self, name: object) -> bool:
        return name in self._items
