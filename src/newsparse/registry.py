"""The registry of parsers, and the functions that pick one: ``parse``, ``detect``, ``sites``.

Built-in parsers and those other packages declare in the ``newsparse.sites`` entry-point group
are loaded on first use, so importing newsparse stays cheap.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import pkgutil
import threading
import warnings
from importlib.metadata import entry_points
from typing import TypeVar

import attrs

from newsparse.article import Article
from newsparse.errors import InputTypeError, ParseError, UnknownSiteError
from newsparse.normalize import coerce_text, normalize_text
from newsparse.parser import Parser, SiteParser
from newsparse.pipeline import Extract, selected_extractors

__all__ = [
    "ENTRY_POINT_GROUP",
    "detect",
    "get_parser",
    "parse",
    "register",
    "sites",
    "unregister",
]

ENTRY_POINT_GROUP = "newsparse.sites"
SITES_PACKAGE = "newsparse.sites"


def _site_modules() -> list[str]:
    """Every public module of the ``newsparse.sites`` package, one per site.

    Each registers its parser when imported, so a new file there is a new site with nothing
    else to edit.
    """
    package = importlib.import_module(SITES_PACKAGE)
    return sorted(
        f"{SITES_PACKAGE}.{module.name}"
        for module in pkgutil.iter_modules(package.__path__)
        if not module.name.startswith("_")
    )


_REGISTRY: dict[str, Parser] = {}
_LOADED = False
_LOCK = threading.RLock()

P = TypeVar("P")


def register(parser: P, *, replace: bool = False) -> P:
    """Add a parser to the registry; usable as a class decorator.

    Args:
        parser: a :class:`~newsparse.parser.Parser` instance, or a class whose no-argument
            instance is one.
        replace: allow replacing a parser already registered under the same name.

    Returns:
        ``parser`` unchanged, so the decorated class keeps its name.

    Raises:
        TypeError: ``parser`` does not have the Parser interface.
        ValueError: the name is taken and ``replace`` is false.

    Examples:
        >>> from newsparse import SiteParser, sites
        >>> from newsparse.pipeline import Reading, label_body
        >>> @register
        ... class Example(SiteParser):
        ...     name = "example-doc"
        ...     def score(self, text): return 0.0
        ...     def read(self, lines): return Reading(lines=tuple(label_body(lines)))
        >>> "example-doc" in sites()
        True
        >>> unregister("example-doc")
    """
    instance = parser() if isinstance(parser, type) else parser
    if not isinstance(instance, Parser):
        raise TypeError(f"{parser!r} is not a parser: it needs name, score() and parse()")
    name = instance.name
    if not isinstance(name, str) or not name:
        raise TypeError(f"{parser!r} needs a non-empty str name")
    with _LOCK:
        if name in _REGISTRY and not replace:
            raise ValueError(f"a parser named {name!r} is already registered")
        _REGISTRY[name] = instance
    return parser


def unregister(name: str) -> None:
    """Remove a parser from the registry (tests and interactive sessions use this)."""
    with _LOCK:
        _REGISTRY.pop(name, None)


def _load() -> None:
    global _LOADED  # noqa: PLW0603 - one lazy flag guarded by a lock
    if _LOADED:
        return
    with _LOCK:
        if _LOADED:
            return
        for module in _site_modules():
            importlib.import_module(module)
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            try:
                register(entry_point.load())
            except Exception as exc:  # noqa: BLE001, PERF203 - one broken plugin must not stop the rest
                warnings.warn(
                    f"newsparse: could not load site parser {entry_point.name!r} from "
                    f"{entry_point.value}: {exc}",
                    RuntimeWarning,
                    stacklevel=3,
                )
        _LOADED = True


def sites() -> tuple[str, ...]:
    """Names of all registered parsers, sorted.

    Examples:
        >>> sites()
        ('generic', 'iraqnewsnow', 'reuters')
    """
    _load()
    return tuple(sorted(_REGISTRY))


def get_parser(name: str) -> Parser:
    """Return the parser registered under ``name``.

    Raises:
        UnknownSiteError: no parser has that name.

    Examples:
        >>> get_parser("generic").name
        'generic'
    """
    _load()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownSiteError(f"no parser named {name!r}; known parsers: {known}") from None


def _safe_score(parser: Parser, text: str) -> float:
    try:
        score = float(parser.score(text))
    except Exception as exc:  # noqa: BLE001 - a plugin's bug must not stop detection
        warnings.warn(
            f"newsparse: parser {parser.name!r} failed to score a text: {exc}",
            RuntimeWarning,
            stacklevel=4,
        )
        return 0.0
    return 0.0 if math.isnan(score) else min(max(score, 0.0), 1.0)


def _best(text: str) -> Parser:
    _load()
    # Highest score, then highest priority, then the name first in alphabetical order: the
    # smallest key wins (names are unique, so no two keys are equal).
    best: tuple[float, int, str] | None = None
    chosen: Parser | None = None
    for name, parser in _REGISTRY.items():
        key = (-_safe_score(parser, text), -getattr(parser, "priority", 0), name)
        if best is None or key < best:
            best, chosen = key, parser
    assert chosen is not None, "the generic parser is always registered"
    return chosen


def detect(text: str | bytes) -> str:
    r"""Name the parser :func:`parse` would use for ``text``.

    Examples:
        >>> detect("Iraq News Now\n\nHeadline\n\n2019-11-10 00:00:00 - Source: rudaw\n\nBody.")
        'iraqnewsnow'
        >>> detect("Just some text.")
        'generic'
    """
    raw, _ = coerce_text(text)
    clean, _ = normalize_text(raw)
    return _best(clean).name


def parse(
    text: str | bytes,
    *,
    site: str | None = None,
    published: dt.date | dt.datetime | None = None,
    extract: Extract = True,
) -> Article:
    r"""Parse a scraped plain-text article.

    Args:
        text: the article, as ``str`` or ``bytes`` (UTF-8, with a cp1252 fallback that adds a
            warning).
        site: the name of the parser to use; by default the best-scoring one.
        published: what the caller knows of the publication time; used when the text states
            none, and as the reference for relative dates.
        extract: the extractors to run: ``True`` for all, ``False`` for the article layer
            alone (several times faster), or names from
            :data:`~newsparse.pipeline.EXTRACTORS`: ``extract="incidents"`` fills
            ``incidents`` and leaves ``attributions`` empty, about three times faster than
            both.

    Returns:
        The Article.

    Raises:
        InputError: the text is empty, binary, or not ``str``/``bytes``.
        UnknownSiteError: ``site`` names no registered parser.
        UnknownExtractorError: ``extract`` names an extractor that does not exist.
        ParseError: the parser failed; the original exception is chained.

    Examples:
        >>> article = parse("Global blogger action day called\n\nThe global web blog "
        ...                 "community is being called into action.")
        >>> article.site, article.title
        ('generic', 'Global blogger action day called')
    """
    if published is not None and not isinstance(published, dt.date):
        raise InputTypeError(
            f"published must be a date or datetime, got {type(published).__name__}"
        )
    wanted = selected_extractors(extract)
    raw, decode_warnings = coerce_text(text)
    clean, normalise_warnings = normalize_text(raw)
    parser = get_parser(site) if site is not None else _best(clean)
    found_warnings = (*decode_warnings, *normalise_warnings)
    try:
        if isinstance(parser, SiteParser):
            return parser.parse_normalized(
                clean, published=published, warnings=found_warnings, extract=wanted
            )
        article = parser.parse(clean, published=published)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"parser {parser.name!r} failed: {type(exc).__name__}: {exc}") from exc
    if found_warnings:
        article = attrs.evolve(article, warnings=(*found_warnings, *article.warnings))
    # A third-party parser may run the extractors whatever it was asked; drop what was not.
    if article.attributions and "attributions" not in wanted:
        article = attrs.evolve(article, attributions=())
    if article.incidents and "incidents" not in wanted:
        article = attrs.evolve(article, incidents=())
    return article
