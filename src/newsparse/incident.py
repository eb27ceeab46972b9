"""Security events a story reports: the :class:`Incident` and :class:`Munition` records."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsparse._validators import (
    as_tuple,
    non_empty_str,
    non_negative_int,
    optional_non_empty_str,
    records_of,
    strings,
)
from newsparse.quantity import Count

if TYPE_CHECKING:
    from newsparse.attribution import Attribution

__all__ = ["Incident", "IncidentKind", "Munition", "extract_incidents"]


class IncidentKind(str, enum.Enum):
    """What sort of event an incident is."""

    AIRSTRIKE = "airstrike"
    DRONE_STRIKE = "drone_strike"
    ROCKET_ATTACK = "rocket_attack"
    SHELLING = "shelling"
    ARMED_CLASH = "armed_clash"
    AMBUSH = "ambush"
    BOMBING = "bombing"
    SUICIDE_BOMBING = "suicide_bombing"
    SHOOTING = "shooting"
    ASSASSINATION = "assassination"
    KIDNAPPING = "kidnapping"
    RAID = "raid"
    ARREST = "arrest"
    OTHER = "other"


def _plain_date(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # datetime is a subclass of date; a time of day here would claim a precision the text lacks.
    if value is not None and (type(value) is not dt.date):
        raise TypeError(
            f"{attribute.name!r} must be a datetime.date (not a datetime), got {value!r}"
        )


def _optional_count(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Count):
        raise TypeError(f"{attribute.name!r} must be a Count or None, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Munition:
    """A weapon or strike the story counts: "17 Katyusha rockets", "Fourteen airstrikes".

    Examples:
        >>> from newsparse.quantity import CountQualifier
        >>> Munition(name="Katyusha rocket", count=Count(low=17, high=17,
        ...     qualifier=CountQualifier.EXACT, text="17")).count.low
        17
    """

    name: str = attrs.field(validator=non_empty_str)
    """The munition in the singular ("Katyusha rocket", "airstrike", "car bomb")."""
    count: Count | None = attrs.field(default=None, validator=_optional_count)
    """How many, or ``None`` when the text does not say."""


@attrs.frozen(kw_only=True)
class Incident:
    """One security event: what, when, where, by and against whom, and its toll.

    Examples:
        >>> Incident(kind=IncidentKind.ROCKET_ATTACK, paragraph=0,
        ...          evidence="Rockets hit the base.").kind.value
        'rocket_attack'
    """

    kind: IncidentKind = attrs.field(
        converter=IncidentKind, validator=attrs.validators.instance_of(IncidentKind)
    )
    """The sort of event."""
    date: dt.date | None = attrs.field(default=None, validator=_plain_date)
    """Day it happened, resolved against the publication date; ``None`` if unknown."""
    date_text: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """The words the date was read from ("On Friday")."""
    location: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """Place as written ("Makhmour", "the Qayyarah military base")."""
    perpetrators: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """Who carried it out, as written."""
    targets: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """Who or what it was aimed at, as written."""
    killed: Count | None = attrs.field(default=None, validator=_optional_count)
    """Deaths; ``None`` when the story says nothing about them."""
    wounded: Count | None = attrs.field(default=None, validator=_optional_count)
    """Injuries; ``None`` when the story says nothing about them."""
    munitions: tuple[Munition, ...] = attrs.field(
        default=(), converter=as_tuple, validator=records_of(Munition)
    )
    """Weapons and strikes, with counts."""
    paragraph: int = attrs.field(validator=non_negative_int)
    """Index into ``Article.paragraphs`` of the main evidence."""
    evidence: str = attrs.field(validator=non_empty_str)
    """The sentence(s) it was read from."""


def extract_incidents(
    paragraphs: Sequence[str],
    *,
    reference: dt.date | None = None,
    attributions: Sequence[Attribution] = (),
) -> tuple[Incident, ...]:
    """Find the security events an article reports, in body order.

    Args:
        paragraphs: the clean body, as in ``Article.paragraphs``.
        reference: the day relative dates ("on Friday") are resolved against: the dateline's
            date, else the publication date, else the caller's ``published=``.
        attributions: the article's attributions, for who reported a count.

    Returns:
        The incidents.

    Examples:
        >>> extract_incidents(["The weather was fine."])
        ()
    """
    del paragraphs, reference, attributions  # the rules arrive with issue 5
    return ()
