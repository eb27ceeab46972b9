"""What a parser is: the :class:`Parser` protocol and the :class:`SiteParser` base class.

Any object with a ``name``, a ``score(text)`` and a ``parse(text, published=None)`` is a parser.
Most sites are line-based and only need to subclass :class:`SiteParser`, say how sure they are
that a text is theirs, and label lines in :meth:`SiteParser.read`; everything after that is
shared.
"""

from __future__ import annotations

import abc
import datetime as dt
from typing import ClassVar, Protocol, runtime_checkable

from newsparse.article import Article
from newsparse.boilerplate import COMMON_RULES, BoilerplateRules
from newsparse.lines import Line, split_lines
from newsparse.normalize import coerce_text, normalize_text
from newsparse.pipeline import Extract, Reading, assemble

__all__ = ["Parser", "SiteParser"]


@runtime_checkable
class Parser(Protocol):
    """The interface :func:`newsparse.register` accepts."""

    name: str
    """Unique, lower-case name users pass as ``site=``."""

    def score(self, text: str) -> float:
        """How sure the parser is, from 0 to 1, that normalised ``text`` is its site's."""
        ...  # pragma: no cover

    def parse(self, text: str, published: dt.date | dt.datetime | None = None) -> Article:
        """Parse ``text`` into an Article; ``published`` is the caller's publication time."""
        ...  # pragma: no cover


class SiteParser(abc.ABC):
    r"""Base for line-based site parsers: label lines, read the header, inherit the rest.

    Subclasses set ``name`` (and optionally ``description``, ``priority`` and
    ``boilerplate``), and implement :meth:`score` and :meth:`read`.

    Examples:
        >>> from newsparse.lines import Label
        >>> from newsparse.pipeline import Reading, label_body
        >>> class Shouty(SiteParser):
        ...     name = "shouty"
        ...     def score(self, text): return 1.0 if text.startswith("SHOUTY") else 0.0
        ...     def read(self, lines):
        ...         first, *rest = lines
        ...         return Reading(lines=(first.removed_as("site-name"), *label_body(rest)))
        >>> Shouty().parse("SHOUTY\nHello there.").paragraphs
        ('Hello there.',)
    """

    name: ClassVar[str]
    description: ClassVar[str] = ""
    """One line on the layout the parser reads, shown by ``newsparse sites``."""
    priority: ClassVar[int] = 0
    """Breaks ties between equal scores: higher wins."""
    fills: ClassVar[tuple[str, ...]] = ("paragraphs", "related", "credits", "removed")
    """The Article fields the site's pages give (listed in the documentation)."""
    boilerplate: ClassVar[BoilerplateRules] = COMMON_RULES
    """Rules for lines to remove; a site adds its own to the common ones."""
    day_first: ClassVar[bool | None] = None
    """The order of day and month in the site's numeric dates: ``True`` reads "03/04/2020" as
    3 April, ``False`` as 4 March, ``None`` (not known) reads only the unambiguous ones
    ("21/03/2020"). Incident dates are read with it."""

    @abc.abstractmethod
    def score(self, text: str) -> float:
        """How sure the parser is, from 0 to 1, that normalised ``text`` is its site's."""

    @abc.abstractmethod
    def read(self, lines: tuple[Line, ...]) -> Reading:
        """Label every line and read the header fields."""

    def parse(
        self,
        text: str,
        published: dt.date | dt.datetime | None = None,
        *,
        extract: Extract = True,
    ) -> Article:
        """Normalise ``text`` and parse it.

        Args:
            text: the article (``str``, or ``bytes`` decoded as UTF-8 with a cp1252 fallback).
            published: the caller's publication time, used when the page states none.
            extract: the extractors to run (see :func:`newsparse.parse`).

        Returns:
            The Article.

        Raises:
            InputError: the text is empty, binary or of the wrong type.
        """
        raw, decode_warnings = coerce_text(text)
        clean, normalise_warnings = normalize_text(raw)
        return self.parse_normalized(
            clean,
            published=published,
            warnings=(*decode_warnings, *normalise_warnings),
            extract=extract,
        )

    def parse_normalized(
        self,
        text: str,
        *,
        published: dt.date | dt.datetime | None = None,
        warnings: tuple[str, ...] = (),
        extract: Extract = True,
    ) -> Article:
        """Parse text that :func:`newsparse.normalize.normalize_text` has already cleaned."""
        reading = self.read(split_lines(text))
        return assemble(
            self.name,
            reading,
            published=published,
            warnings=warnings,
            extract=extract,
            day_first=self.day_first,
        )
