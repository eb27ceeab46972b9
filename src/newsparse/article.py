"""The :class:`Article` record and its parts: dateline, credits and removed pieces."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from newsparse._validators import (
    as_tuple,
    non_empty_str,
    optional_non_empty_str,
    records_of,
    rule_name,
    strings,
)
from newsparse.attribution import Attribution
from newsparse.incident import Incident, _plain_date

__all__ = ["Article", "Credit", "CreditRole", "Dateline", "Removed"]


class CreditRole(str, enum.Enum):
    """What a credited person or outlet did for the story."""

    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional_reporting"
    WRITING = "writing"
    EDITING = "editing"
    COMPILING = "compiling"
    """ "Compiled by", "Compiled by the Beirut newsroom"."""
    TRANSLATION = "translation"
    PHOTOGRAPHY = "photography"
    """ "Photo: Rudaw", "Photo by …"."""
    PRODUCTION = "production"
    """ "Produced by", "Video by", "Graphics by"."""
    SOURCE = "source"
    """An outlet a republisher credits: "Source: Rudaw News"."""


@attrs.frozen(kw_only=True)
class Dateline:
    """The opening place/agency tag of a story: ``ERBIL (Kurdistan 24) –``.

    Examples:
        >>> Dateline(place="Lima", region="Peru", agency="Reuters", raw="LIMA, Peru  (Reuters) -")
        ... # doctest: +NORMALIZE_WHITESPACE
        Dateline(place='Lima', region='Peru', agency='Reuters', raw='LIMA, Peru  (Reuters) -',
                 date=None)
    """

    place: str | None = attrs.field(validator=optional_non_empty_str)
    """The place in normal case ("Erbil", "New York"); ``None`` for an agency-only tag
    (``(Reuters) -``)."""
    region: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """The region or country after the place ("Peru" in ``LIMA, Peru``), else ``None``."""
    agency: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """The agency in parentheses ("Kurdistan 24", "Reuters"), else ``None``."""
    raw: str = attrs.field(validator=non_empty_str)
    """The tag as printed, dash included."""
    date: dt.date | None = attrs.field(default=None, validator=_plain_date)
    """The day the tag prints ("March 21" in ``BAGHDAD, March 21 (Reuters) -``), its year read
    from the publication date when the tag gives none (never a day after it); else ``None``."""

    def __attrs_post_init__(self) -> None:
        if self.place is None and self.agency is None:
            raise ValueError("a dateline needs a 'place' or an 'agency'")


def _credit_role(value: object) -> CreditRole:
    # A member is kept as it is: calling the enum on one costs more than the rest of the
    # record. Anything else is looked up, and a value that names no role raises ValueError.
    return value if type(value) is CreditRole else CreditRole(value)


@attrs.frozen(kw_only=True)
class Credit:
    """A staff credit: ``Reporting by Ahmed Rasheed in Baghdad``.

    Examples:
        >>> Credit(role=CreditRole.EDITING, name="John Catherine")
        Credit(role=<CreditRole.EDITING: 'editing'>, name='John Catherine', place=None)
    """

    role: CreditRole = attrs.field(converter=_credit_role)
    """What the person or outlet did."""
    name: str = attrs.field(validator=non_empty_str)
    """The person or outlet, as printed."""
    place: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """Where they worked from ("Baghdad" in "Reporting by X in Baghdad"), else ``None``."""


@attrs.frozen(kw_only=True)
class Removed:
    """A piece of the input that is in no other field, with the rule that left it out.

    Examples:
        >>> Removed(text="Sponsored Links", rule="sponsored-links").rule
        'sponsored-links'
    """

    text: str = attrs.field(validator=non_empty_str)
    """The piece as it stood in the (normalised) input."""
    rule: str = attrs.field(validator=rule_name)
    """A short, stable kebab-case name of the rule that removed it."""


def _fixed_offset(value: object) -> object:
    # A zone object (dateutil, zoneinfo) cannot survive JSON, and two datetimes in one zone
    # compare by wall time, which breaks equality around DST folds. A fixed offset keeps what
    # the page stated and round-trips exactly.
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        offset = value.utcoffset()
        if offset is None:
            return value.replace(tzinfo=None)
        return value.replace(tzinfo=dt.timezone(offset), fold=0)
    return value


def _optional_datetime(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.datetime):
        raise TypeError(f"{attribute.name!r} must be a datetime or None, got {value!r}")


def _optional_dateline(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Dateline):
        raise TypeError(
            f"{attribute.name!r} must be a Dateline or None, got {type(value).__name__}"
        )


def _paragraph_texts(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    strings(_instance, attribute, value)
    assert isinstance(value, tuple)
    for index, paragraph in enumerate(value):
        if "\n" in paragraph or "\r" in paragraph:
            raise ValueError(f"{attribute.name}[{index}] must not contain a line break")


def _check_located(field: str, index: int, paragraphs: tuple[str, ...], paragraph: int) -> str:
    if paragraph >= len(paragraphs):
        raise ValueError(
            f"{field}[{index}].paragraph is {paragraph} but the article has "
            f"{len(paragraphs)} paragraphs"
        )
    return paragraphs[paragraph]


# Built once: building the check anew for every article cost more than running it.
_attribution_records = records_of(Attribution)
_incident_records = records_of(Incident)


def _check_attributions(instance: Article, attribute: attrs.Attribute[Any], value: object) -> None:
    _attribution_records(instance, attribute, value)
    for index, attribution in enumerate(instance.attributions):
        text = _check_located("attributions", index, instance.paragraphs, attribution.paragraph)
        for part in ("speaker", "cue", "content"):
            span: tuple[int, int] | None = getattr(attribution, f"{part}_span")
            if span is None:
                continue
            if span[1] > len(text):
                raise ValueError(
                    f"attributions[{index}].{part}_span {span} runs past the end of paragraph "
                    f"{attribution.paragraph} ({len(text)} characters)"
                )
            if text[span[0] : span[1]] != getattr(attribution, part):
                raise ValueError(
                    f"attributions[{index}].{part}_span {span} does not locate its {part} "
                    f"in paragraph {attribution.paragraph}"
                )


def _check_incidents(instance: Article, attribute: attrs.Attribute[Any], value: object) -> None:
    _incident_records(instance, attribute, value)
    for index, incident in enumerate(instance.incidents):
        _check_located("incidents", index, instance.paragraphs, incident.paragraph)


@attrs.frozen(kw_only=True)
class Article:
    r"""A parsed article: header fields, the clean body, and everything that was left out.

    Examples:
        >>> article = Article(site="generic", paragraphs=("First.", "Second."))
        >>> article.text
        'First.\n\nSecond.'
    """

    site: str = attrs.field(validator=non_empty_str)
    """The parser that produced it: ``"iraqnewsnow"``, ``"reuters"``, ``"generic"``, …"""
    title: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """The headline as printed (curly quotes kept)."""
    published: dt.datetime | None = attrs.field(
        default=None, converter=_fixed_offset, validator=_optional_datetime
    )
    """Publication time as the page states it; aware only when the page names a zone."""
    source: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """Original outlet in its own casing ("Kurdistan 24", "Reuters")."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """Bylined writers in normal case."""
    dateline: Dateline | None = attrs.field(default=None, validator=_optional_dateline)
    """The story's opening place/agency tag."""
    paragraphs: tuple[str, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_paragraph_texts
    )
    """The clean body, one string per paragraph, none containing a line break."""
    related: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """Headlines of related-story lines ("Read More: …")."""
    credits: tuple[Credit, ...] = attrs.field(
        default=(), converter=as_tuple, validator=records_of(Credit)
    )
    """Staff credits ("Editing by …")."""
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_check_attributions
    )
    """Who said what, in body order."""
    incidents: tuple[Incident, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_check_incidents
    )
    """Security events the story reports, in body order."""
    removed: tuple[Removed, ...] = attrs.field(
        default=(), converter=as_tuple, validator=records_of(Removed)
    )
    """Every piece of input left out of the fields above, with its rule."""
    warnings: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """What the parser was unsure of."""

    @property
    def text(self) -> str:
        """The paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)
