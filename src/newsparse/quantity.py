"""Counts as news reports give them: exact, bounded, approximate or vague.

A :class:`Count` never holds a number the text does not state: "a large number of terrorists"
is a vague count with neither bound, not a guess.
"""

from __future__ import annotations

import enum

import attrs

from newsparse._validators import non_empty_str, optional_non_negative_int

__all__ = ["Count", "CountQualifier"]


class CountQualifier(str, enum.Enum):
    """How precisely the text states a count."""

    EXACT = "exact"
    """The text gives one number: "17", "Fourteen", "no casualties" (0)."""
    AT_LEAST = "at_least"
    """A lower bound: "at least 5", "more than 20" (21), "dozens" when the words guarantee it."""
    AT_MOST = "at_most"
    """An upper bound: "up to 5", "fewer than 17" (16)."""
    APPROXIMATE = "approximate"
    """A number given loosely: "about 20", "nearly 40", "some 300", or a range "five to seven"."""
    VAGUE = "vague"
    """Words with no number: "several", "a large number", "scores"."""


def _check_bounds(instance: Count, _attribute: object, _value: object) -> None:
    low, high, qualifier = instance.low, instance.high, instance.qualifier
    if low is not None and high is not None and low > high:
        raise ValueError(f"'low' ({low}) must not exceed 'high' ({high})")
    if qualifier is CountQualifier.EXACT and (low is None or low != high):
        raise ValueError(f"an exact count needs 'low' == 'high', got low={low}, high={high}")
    if qualifier is CountQualifier.AT_LEAST and low is None:
        raise ValueError("an 'at_least' count needs 'low'")
    if qualifier is CountQualifier.AT_MOST and high is None:
        raise ValueError("an 'at_most' count needs 'high'")
    if qualifier is CountQualifier.APPROXIMATE and low is None and high is None:
        raise ValueError("an 'approximate' count needs 'low' or 'high'")


@attrs.frozen(kw_only=True)
class Count:
    """A number of people or things, with the bounds the words guarantee.

    Examples:
        >>> Count(low=17, high=17, qualifier=CountQualifier.EXACT, text="17")
        Count(low=17, high=17, qualifier=<CountQualifier.EXACT: 'exact'>, text='17')
        >>> Count(low=5, high=None, qualifier="at_least", text="at least 5").high is None
        True
    """

    low: int | None = attrs.field(validator=optional_non_negative_int)
    """Smallest number the text allows, or ``None`` when it gives no lower bound."""
    high: int | None = attrs.field(validator=optional_non_negative_int)
    """Largest number the text allows, or ``None`` when it gives no upper bound."""
    qualifier: CountQualifier = attrs.field(
        converter=CountQualifier,
        validator=[attrs.validators.instance_of(CountQualifier), _check_bounds],
    )
    """How precisely the text states it."""
    text: str = attrs.field(validator=non_empty_str)
    """The words the count was read from, as written."""
