"""attrs validators shared by the records; every message names the field it rejects."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs
import regex

# A rule name is a short, stable, kebab-case token ("sponsored-links") that users filter on.
RULE_NAME = regex.compile(r"[a-z0-9]++(?:-[a-z0-9]++)*+")


def non_negative_int(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept an ``int`` (not a ``bool``) that is zero or more."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name!r} must be an int, got {value!r}")
    if value < 0:
        raise ValueError(f"{attribute.name!r} must be >= 0, got {value}")


def optional_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Accept ``None`` or what :func:`non_negative_int` accepts."""
    if value is not None:
        non_negative_int(instance, attribute, value)


def strict_bool(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept only ``True`` or ``False`` (``1`` and ``"yes"`` are rejected)."""
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name!r} must be a bool, got {value!r}")


def non_empty_str(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept a string with at least one non-whitespace character."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name!r} must be a str, got {value!r}")
    if not value or value.isspace():  # as `not value.strip()`, without copying the string
        raise ValueError(f"{attribute.name!r} must not be empty or blank")


def optional_non_empty_str(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Accept ``None`` or what :func:`non_empty_str` accepts."""
    if value is not None:
        non_empty_str(instance, attribute, value)


def strings(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept a tuple of non-blank strings."""
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name!r} must be a tuple, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise TypeError(f"{attribute.name}[{index}] must be a str, got {item!r}")
        if not item or item.isspace():  # as `not item.strip()`: a paragraph is not copied
            raise ValueError(f"{attribute.name}[{index}] must not be empty or blank")


def records_of(cls: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Build a validator accepting a tuple whose items are all ``cls`` instances."""

    def validate(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attribute.name!r} must be a tuple, got {type(value).__name__}")
        for index, item in enumerate(value):
            if not isinstance(item, cls):
                raise TypeError(
                    f"{attribute.name}[{index}] must be a {cls.__name__}, got {type(item).__name__}"
                )

    return validate


def optional_span(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept ``None`` or a ``(start, end)`` pair of ints with ``0 <= start <= end``."""
    if value is None:
        return
    if not (isinstance(value, tuple) and len(value) == 2):
        raise TypeError(f"{attribute.name!r} must be a (start, end) tuple or None, got {value!r}")
    start, end = value
    for bound in (start, end):
        if isinstance(bound, bool) or not isinstance(bound, int):
            raise TypeError(f"{attribute.name!r} bounds must be ints, got {value!r}")
    if not 0 <= start <= end:
        raise ValueError(f"{attribute.name!r} must satisfy 0 <= start <= end, got {value!r}")


def rule_name(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept a kebab-case rule name such as ``"sponsored-links"``."""
    if not isinstance(value, str) or not RULE_NAME.fullmatch(value):
        raise ValueError(f"{attribute.name!r} must be a kebab-case rule name, got {value!r}")


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Convert a list or other iterable to a tuple; a string is left for the validator to reject.

    A string is iterable, and turning ``"John Smith"`` into its characters would hide the
    caller's mistake instead of reporting it.
    """
    if isinstance(value, (tuple, str, bytes)):
        return value  # type: ignore[return-value]
    return tuple(value)
