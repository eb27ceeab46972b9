"""Who said what: the :class:`Attribution` record."""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from newsparse._validators import (
    non_empty_str,
    non_negative_int,
    optional_non_empty_str,
    optional_span,
    strict_bool,
)

__all__ = ["Attribution", "AttributionKind", "extract_attributions"]


class AttributionKind(str, enum.Enum):
    """How the statement is reported."""

    DIRECT = "direct"
    """All of the content is quoted: ``"…," the military said``."""
    MIXED = "mixed"
    """Reported speech with quoted fragments: ``said its forces killed a "large number"``."""
    INDIRECT = "indirect"
    """Reported speech without quotes: ``a source told Kurdistan 24 that …``."""
    ACCORDING_TO = "according_to"
    """Attributed with "according to": ``according to an announcement, …``."""


def _check_span_lengths(instance: Attribution, _attribute: object, _value: object) -> None:
    for name in ("speaker", "cue", "content"):
        text: str | None = getattr(instance, name)
        span: tuple[int, int] | None = getattr(instance, f"{name}_span")
        if span is None:
            continue
        if text is None:
            raise ValueError(f"'{name}_span' is set but '{name}' is None")
        if span[1] - span[0] != len(text):
            raise ValueError(
                f"'{name}_span' {span} is {span[1] - span[0]} characters long "
                f"but '{name}' has {len(text)}"
            )


@attrs.frozen(kw_only=True)
class Attribution:
    """A statement and the source it is attributed to.

    Spans are ``(start, end)`` character offsets into ``Article.paragraphs[paragraph]``; the
    article checks that each slice equals the string it locates.

    Examples:
        >>> a = Attribution(
        ...     speaker="A security source", cue="told", content="the rockets were fewer",
        ...     kind=AttributionKind.INDIRECT, anonymous=True, recipient="Kurdistan 24",
        ...     paragraph=7,
        ... )
        >>> a.kind.value, a.anonymous
        ('indirect', True)
    """

    speaker: str | None = attrs.field(validator=optional_non_empty_str)
    """The source as written ("A security source"); ``None`` if the text does not state it."""
    cue: str = attrs.field(validator=non_empty_str)
    """The attributing words: "said", "said in a statement", "told", "according to"."""
    content: str = attrs.field(validator=non_empty_str)
    """The attributed statement as written."""
    kind: AttributionKind = attrs.field(
        converter=AttributionKind, validator=attrs.validators.instance_of(AttributionKind)
    )
    """Direct, mixed, indirect or according-to."""
    anonymous: bool = attrs.field(validator=strict_bool)
    """The source is unnamed ("a security source", "officials")."""
    recipient: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """Who was told ("Kurdistan 24" in "told Kurdistan 24"), else ``None``."""
    paragraph: int = attrs.field(validator=non_negative_int)
    """Index into ``Article.paragraphs``."""
    speaker_span: tuple[int, int] | None = attrs.field(default=None, validator=optional_span)
    """Offsets of ``speaker`` in the paragraph."""
    cue_span: tuple[int, int] | None = attrs.field(default=None, validator=optional_span)
    """Offsets of ``cue`` in the paragraph."""
    content_span: tuple[int, int] | None = attrs.field(
        default=None, validator=[optional_span, _check_span_lengths]
    )
    """Offsets of ``content`` in the paragraph."""


def extract_attributions(paragraphs: Sequence[str]) -> tuple[Attribution, ...]:
    """Find who said what in an article's paragraphs, in body order.

    Args:
        paragraphs: the clean body, as in ``Article.paragraphs``.

    Returns:
        The attributions, each located in its paragraph by character spans.

    Examples:
        >>> extract_attributions(["No one said anything here"])
        ()
    """
    del paragraphs  # the rules arrive with issue 4
    return ()
