"""Hypothesis strategies for every newsparse record, for users' property tests and ours.

Every record these strategies generate passes the records' validators. The strategies are
registered for :func:`hypothesis.strategies.from_type` when Hypothesis starts (through its
``hypothesis`` entry point), so ``st.from_type(Article)`` works in any test suite that has
newsparse installed. This module is never imported by ``newsparse`` itself: Hypothesis is a
test dependency.

Examples:
    >>> from hypothesis import given
    >>> from newsparse import from_json, to_json
    >>> @given(articles())
    ... def test_round_trip(article):
    ...     assert from_json(to_json(article), type(article)) == article
    >>> test_round_trip()
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from hypothesis import strategies as st

from newsparse.article import Article, Credit, CreditRole, Dateline, Removed
from newsparse.attribution import Attribution, AttributionKind
from newsparse.dates import DatePrecision
from newsparse.incident import Incident, IncidentKind, Munition
from newsparse.quantity import Count, CountQualifier

__all__ = [
    "articles",
    "attributions",
    "counts",
    "credits",
    "datelines",
    "datetimes",
    "incidents",
    "munitions",
    "non_blank_text",
    "paragraph_text",
    "register_type_strategies",
    "removed_pieces",
]

_MAX_COUNT = 10_000_000


def non_blank_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Strings with at least one non-whitespace character."""
    return st.text(min_size=1, max_size=max_size).filter(lambda text: bool(text.strip()))


def paragraph_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Non-blank strings without line breaks, as paragraphs are."""
    return st.text(
        st.characters(codec="utf-8", exclude_characters="\n\r"),
        min_size=1,
        max_size=max_size,
    ).filter(lambda text: bool(text.strip()))


def _fixed_offsets() -> st.SearchStrategy[dt.timezone]:
    minutes = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59)
    return minutes.map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


def datetimes() -> st.SearchStrategy[dt.datetime]:
    """Naive datetimes, and aware ones in fixed offsets or real zones (DST folds included)."""
    return st.datetimes(
        min_value=dt.datetime(1800, 1, 1),
        max_value=dt.datetime(2200, 12, 31),
        # None makes naive datetimes; the stubs type the argument as tzinfo only.
        timezones=cast(
            "st.SearchStrategy[dt.tzinfo]", st.none() | _fixed_offsets() | st.timezones()
        ),
        allow_imaginary=False,
    )


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """Counts of every qualifier, with bounds consistent with it."""
    qualifier = draw(st.sampled_from(CountQualifier))
    low = draw(st.none() | st.integers(0, _MAX_COUNT))
    high = draw(st.none() | st.integers(0, _MAX_COUNT))
    if qualifier is CountQualifier.EXACT:
        low = high = draw(st.integers(0, _MAX_COUNT))
    elif qualifier is CountQualifier.AT_LEAST and low is None:
        low = draw(st.integers(0, _MAX_COUNT))
    elif qualifier is CountQualifier.AT_MOST and high is None:
        high = draw(st.integers(0, _MAX_COUNT))
    elif qualifier is CountQualifier.APPROXIMATE and low is None and high is None:
        low = draw(st.integers(0, _MAX_COUNT))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Count(low=low, high=high, qualifier=qualifier, text=draw(non_blank_text()))


def munitions() -> st.SearchStrategy[Munition]:
    """Munitions with or without a count."""
    return st.builds(Munition, name=non_blank_text(), count=st.none() | counts())


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    """Datelines with any mix of place, region, agency and date (a place or an agency at least)."""
    optional = st.none() | non_blank_text()
    place = draw(optional)
    agency = draw(non_blank_text()) if place is None else draw(optional)
    return Dateline(
        place=place,
        region=draw(optional),
        agency=agency,
        raw=draw(non_blank_text()),
        date=draw(st.none() | st.dates()),
    )


def credits() -> st.SearchStrategy[Credit]:
    """Credits of every role."""
    return st.builds(
        Credit,
        role=st.sampled_from(CreditRole),
        name=non_blank_text(),
        place=st.none() | non_blank_text(),
    )


def removed_pieces() -> st.SearchStrategy[Removed]:
    """Removed pieces with kebab-case rule names."""
    rules = st.from_regex(r"[a-z0-9]+(?:-[a-z0-9]+)*", fullmatch=True)
    return st.builds(Removed, text=non_blank_text(), rule=rules)


def _span_of(draw: st.DrawFn, text: str) -> tuple[str, tuple[int, int]] | None:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    piece = text[start:end]
    return (piece, (start, end)) if piece.strip() else None


@st.composite
def attributions(draw: st.DrawFn, paragraphs: tuple[str, ...] | None = None) -> Attribution:
    """Attributions; given ``paragraphs``, located in one of them with matching spans."""
    if not paragraphs:
        speaker = draw(st.none() | non_blank_text())
        cue, content = draw(non_blank_text()), draw(non_blank_text())

        def span(text: str | None) -> tuple[int, int] | None:
            if text is None or not draw(st.booleans()):
                return None
            start = draw(st.integers(0, 10_000))
            return (start, start + len(text))

        return Attribution(
            speaker=speaker,
            cue=cue,
            content=content,
            kind=draw(st.sampled_from(AttributionKind)),
            anonymous=draw(st.booleans()),
            recipient=draw(st.none() | non_blank_text()),
            paragraph=draw(st.integers(0, 1_000)),
            speaker_span=span(speaker),
            cue_span=span(cue),
            content_span=span(content),
        )
    index = draw(st.integers(0, len(paragraphs) - 1))
    text = paragraphs[index]
    parts: dict[str, tuple[str, tuple[int, int] | None]] = {}
    for part in ("speaker", "cue", "content"):
        located = _span_of(draw, text)
        if located is not None:
            parts[part] = (located[0], located[1])
        elif part == "speaker":
            parts[part] = ("", None)
        else:
            parts[part] = (draw(non_blank_text()), None)
    speaker_text, speaker_span = parts["speaker"]
    return Attribution(
        speaker=speaker_text or None,
        cue=parts["cue"][0],
        content=parts["content"][0],
        kind=draw(st.sampled_from(AttributionKind)),
        anonymous=draw(st.booleans()),
        recipient=draw(st.none() | non_blank_text()),
        paragraph=index,
        speaker_span=speaker_span,
        cue_span=parts["cue"][1],
        content_span=parts["content"][1],
    )


@st.composite
def incidents(draw: st.DrawFn, paragraph_count: int | None = None) -> Incident:
    """Incidents; given ``paragraph_count``, pointing at a paragraph in range."""
    optional = st.none() | non_blank_text()
    actors = st.lists(non_blank_text(), max_size=3).map(tuple)
    upper = 1_000 if not paragraph_count else paragraph_count - 1
    return Incident(
        kind=draw(st.sampled_from(IncidentKind)),
        date=draw(st.none() | st.dates()),
        date_precision=draw(st.none() | st.sampled_from(DatePrecision)),
        date_text=draw(optional),
        location=draw(optional),
        perpetrators=draw(actors),
        targets=draw(actors),
        killed=draw(st.none() | counts()),
        wounded=draw(st.none() | counts()),
        munitions=tuple(draw(st.lists(munitions(), max_size=3))),
        paragraph=draw(st.integers(0, upper)),
        evidence=draw(non_blank_text(200)),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles whose attributions and incidents point into their own paragraphs."""
    paragraphs = tuple(draw(st.lists(paragraph_text(), max_size=6)))
    optional = st.none() | non_blank_text()
    located = tuple(draw(st.lists(attributions(paragraphs), max_size=4))) if paragraphs else ()
    events = tuple(draw(st.lists(incidents(len(paragraphs)), max_size=3))) if paragraphs else ()

    def several(strategy: st.SearchStrategy[object]) -> tuple[object, ...]:
        return tuple(draw(st.lists(strategy, max_size=4)))

    return Article(
        site=draw(non_blank_text(20)),
        title=draw(optional),
        published=draw(st.none() | datetimes()),
        source=draw(optional),
        authors=several(non_blank_text()),
        dateline=draw(st.none() | datelines()),
        paragraphs=paragraphs,
        related=several(non_blank_text()),
        credits=several(credits()),
        attributions=located,
        incidents=events,
        removed=several(removed_pieces()),
        warnings=several(non_blank_text()),
    )


def register_type_strategies() -> None:
    """Register these strategies for ``st.from_type``; importing this module does it too."""
    st.register_type_strategy(Article, articles())
    st.register_type_strategy(Attribution, attributions())
    st.register_type_strategy(Incident, incidents())
    st.register_type_strategy(Count, counts())
    st.register_type_strategy(Munition, munitions())
    st.register_type_strategy(Dateline, datelines())
    st.register_type_strategy(Credit, credits())
    st.register_type_strategy(Removed, removed_pieces())


register_type_strategies()
