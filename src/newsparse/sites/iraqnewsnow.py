"""Iraq News Now (english.hathalyoum.net): an aggregator republishing Iraqi and Kurdish outlets.

Three layouts have been seen, one inner class each:

``V1`` (the seed page)::

    Iraq News Now
    <headline>
    <headline with punctuation stripped>
    <headline>
    2019-11-10 00:00:00 - Source: kurdistan 24
    ERBIL (Kurdistan 24) – <story…>
    Read More: <related headline>
    Editing by <name>
    Sponsored Links

``V2`` (stored copies): ``date 2019-11-10``, a breadcrumb ``Home › kurdistan 24 › <headline>``,
the headline, ``2019/11/10 | 13:45``, then paragraphs separated by several blank lines.

``V3`` (stored copies): ``2019/11/10``, ``Iraq News Now``, then the story with no headline.

Outlets print their own trailers: Kurdistan 24 ``Editing by``; Rudaw a comment notice;
republishers ``Photo: Rudaw`` and ``Source: Rudaw News`` lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from newsparse.boilerplate import COMMON_RULES, compile_rules
from newsparse.lines import Label, Line
from newsparse.outlets import outlet_key
from newsparse.paragraphs import SENTENCE_END
from newsparse.parser import SiteParser
from newsparse.pipeline import Reading, label_body
from newsparse.registry import register

__all__ = ["IraqNewsNowParser"]

BRAND = regex.compile(r"iraq\s*+news\s*+now", regex.IGNORECASE)

# "2019-11-10 00:00:00 - Source: kurdistan 24"
DATE_SOURCE = regex.compile(
    r"""
    (?P<date>\d{4}-\d{2}-\d{2})
    (?:\s++(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?
    \s*+[-–—|]\s*+
    source\s*+:\s*+(?P<source>\S.*+)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# V2: "date 2019-11-10", "Home › kurdistan 24 › headline", "2019/11/10 | 13:45"
DATE_LABEL = regex.compile(r"date\s*+:?\s*+(?P<date>\d{4}-\d{2}-\d{2})", regex.IGNORECASE)
BREADCRUMB = regex.compile(
    r"home\s*+[›»>]\s*+(?P<source>[^›»>]+?)\s*+[›»>]\s*+(?P<title>.+)", regex.IGNORECASE
)
SLASH_DATE = regex.compile(r"(?P<date>\d{4}/\d{2}/\d{2})(?:\s*+\|\s*+(?P<time>\d{1,2}:\d{2}))?")

# A comment section ends the page: everything after its heading or notice is comments.
COMMENTS_START = regex.compile(
    r"comments?(?:\s*+\(\d++\))?|[^\n]{0,80}?\bmoderates?\s++all\s++comments\b.*+",
    regex.IGNORECASE,
)
# A block of promoted links: the marker, then teaser headlines, until story text resumes.
PROMOTED_START = regex.compile(
    r"sponsored\s++(?:links?|content|stories)|you\s++may\s++also\s++like|promoted\s++stories",
    regex.IGNORECASE,
)
# Story text, as opposed to a teaser headline: a sentence of a dozen words or more.
TWELVE_WORDS = regex.compile(r"(?:\S++\s++){11,}+\S++")


def _is_prose(text: str) -> bool:
    return bool(TWELVE_WORDS.fullmatch(text) and SENTENCE_END.search(text))


SITE_RULES = compile_rules([("site-name", r"iraq \s*+ news \s*+ now")]) + COMMON_RULES

# How many non-blank lines the header takes at most, in any layout, and the characters they
# may span.
HEADER_LINES = 8
SCORE_WINDOW = 2000
# What the first non-blank line of a page is in some layout (V1, V2, V3 in turn).
_OPENING_LINES = (BRAND, DATE_LABEL, SLASH_DATE)


def _non_blank(lines: tuple[Line, ...], limit: int) -> Iterator[Line]:
    count = 0
    for line in lines:
        if line.is_blank:
            continue
        yield line
        count += 1
        if count >= limit:
            return


def _headline_key(text: str) -> str:
    # The page prints the headline again with its punctuation stripped ("anti-ISIS" becomes
    # "antiISIS"), so two printings are one headline when their letters and digits agree.
    return outlet_key(text)


def _header_time(date: str, time: str | None, date_format: str) -> dt.datetime | None:
    try:
        day = dt.datetime.strptime(date, date_format)
        if time:
            clock = dt.datetime.strptime(time, "%H:%M:%S" if time.count(":") == 2 else "%H:%M")
            day = day.replace(hour=clock.hour, minute=clock.minute, second=clock.second)
    except ValueError:
        return None
    return day


def _label_trailer_and_body(lines: list[Line], start: int) -> list[Line]:
    """Label the story and the trailer that follows it, from line ``start`` on.

    After a comment heading or moderation notice everything is the comment section. After a
    "Sponsored Links" marker come teaser headlines; they are removed with the marker's rule
    until a line of prose shows the story going on, so a marker printed mid-page cannot take
    story paragraphs with it.
    """
    body = list(label_body(lines[start:], SITE_RULES))
    promoted_rule: str | None = None
    for index, line in enumerate(body):
        text = line.text.strip()
        if line.is_blank:
            continue
        if COMMENTS_START.fullmatch(text):
            body[index:] = [
                later if later.is_blank else later.removed_as("comment-notice")
                for later in body[index:]
            ]
            break
        if PROMOTED_START.fullmatch(text):
            promoted_rule = line.rule or "sponsored-links"
            body[index] = line.removed_as(promoted_rule)
        elif promoted_rule and line.label is Label.BODY and not _is_prose(text):
            body[index] = line.removed_as(promoted_rule)
        else:
            promoted_rule = None
    return lines[:start] + body


class IraqNewsNowParser(SiteParser):
    """The Iraq News Now aggregator, in each of the layouts seen."""

    name = "iraqnewsnow"
    description = (
        "Iraq News Now (english.hathalyoum.net): brand line, headline printed up to three "
        "times, 'YYYY-MM-DD HH:MM:SS - Source: outlet', story, 'Read More:' lines, credits, "
        "'Sponsored Links'; and the two older layouts"
    )
    fills = (
        "title",
        "published",
        "source",
        "dateline",
        "paragraphs",
        "related",
        "credits",
        "removed",
    )

    class V1:
        """Brand line, repeated headline, ``date - Source: outlet`` line."""

        @staticmethod
        def matches(head: list[Line]) -> bool:
            """Whether the page's first non-blank lines have this layout's header."""
            return (
                bool(head)
                and bool(BRAND.fullmatch(head[0].text.strip()))
                and any(DATE_SOURCE.fullmatch(line.text.strip()) for line in head)
            )

        @staticmethod
        def read(lines: tuple[Line, ...], head: list[Line]) -> Reading:
            """Read the header in this layout and label the rest."""
            labelled = list(lines)
            labelled[head[0].number] = head[0].removed_as("site-name")
            title: str | None = None
            published = None
            source = None
            warnings: list[str] = []
            body_start = head[-1].number + 1
            for line in head[1:]:
                text = line.text.strip()
                meta = DATE_SOURCE.fullmatch(text)
                if meta:
                    published = _header_time(meta.group("date"), meta.group("time"), "%Y-%m-%d")
                    if published is None:
                        warnings.append(f"unreadable date in header line {text!r}")
                    source = meta.group("source").strip()
                    labelled[line.number] = line.removed_as("header-date-source")
                    body_start = line.number + 1
                    break
                if title is None:
                    title = text
                    labelled[line.number] = line.labelled(Label.HEADLINE)
                elif _headline_key(text) == _headline_key(title):
                    labelled[line.number] = line.removed_as("repeated-headline")
                else:
                    labelled[line.number] = line.removed_as("unrecognised-header")
                    warnings.append(f"unexpected header line kept out of the body: {text!r}")
            return Reading(
                lines=tuple(_label_trailer_and_body(labelled, body_start)),
                title=title,
                published=published,
                source=source,
                warnings=tuple(warnings),
            )

    class V2:
        """``date YYYY-MM-DD``, breadcrumb, headline, ``YYYY/MM/DD | HH:MM``."""

        @staticmethod
        def matches(head: list[Line]) -> bool:
            """Whether the page's first non-blank lines have this layout's header."""
            return (
                len(head) >= 2
                and bool(DATE_LABEL.fullmatch(head[0].text.strip()))
                and bool(BREADCRUMB.fullmatch(head[1].text.strip()))
            )

        @staticmethod
        def read(lines: tuple[Line, ...], head: list[Line]) -> Reading:
            """Read the header in this layout and label the rest."""
            labelled = list(lines)
            date_line, crumb_line = head[0], head[1]
            date_match = DATE_LABEL.fullmatch(date_line.text.strip())
            crumb = BREADCRUMB.fullmatch(crumb_line.text.strip())
            assert date_match is not None
            assert crumb is not None
            published = _header_time(date_match.group("date"), None, "%Y-%m-%d")
            labelled[date_line.number] = date_line.removed_as("header-date")
            labelled[crumb_line.number] = crumb_line.removed_as("breadcrumb")
            title = crumb.group("title").strip()
            body_start = crumb_line.number + 1
            for line in head[2:4]:
                text = line.text.strip()
                stamp = SLASH_DATE.fullmatch(text)
                if stamp:
                    published = _header_time(stamp.group("date"), stamp.group("time"), "%Y/%m/%d")
                    labelled[line.number] = line.removed_as("header-date")
                    body_start = line.number + 1
                elif _headline_key(text).startswith(_headline_key(title)):
                    title = text  # the headline line prints it in full; the crumb may cut it
                    labelled[line.number] = line.labelled(Label.HEADLINE)
                    body_start = line.number + 1
                else:
                    break
            return Reading(
                lines=tuple(_label_trailer_and_body(labelled, body_start)),
                title=title,
                published=published,
                source=crumb.group("source").strip(),
            )

    class V3:
        """``YYYY/MM/DD``, brand line, then the story with no headline."""

        @staticmethod
        def matches(head: list[Line]) -> bool:
            """Whether the page's first non-blank lines have this layout's header."""
            return (
                len(head) >= 2
                and bool(SLASH_DATE.fullmatch(head[0].text.strip()))
                and bool(BRAND.fullmatch(head[1].text.strip()))
            )

        @staticmethod
        def read(lines: tuple[Line, ...], head: list[Line]) -> Reading:
            """Read the header in this layout and label the rest."""
            labelled = list(lines)
            stamp = SLASH_DATE.fullmatch(head[0].text.strip())
            assert stamp is not None
            labelled[head[0].number] = head[0].removed_as("header-date")
            labelled[head[1].number] = head[1].removed_as("site-name")
            return Reading(
                lines=tuple(_label_trailer_and_body(labelled, head[1].number + 1)),
                published=_header_time(stamp.group("date"), stamp.group("time"), "%Y/%m/%d"),
            )

    LAYOUTS = (V1, V2, V3)

    def score(self, text: str) -> float:
        """Sure (0.95) when a layout's header is there; a little (0.3) for a brand line alone."""
        window = text[:SCORE_WINDOW]
        # Every text is scored by every parser, so most are not this site's: every layout
        # opens with a brand or date line, and the first non-blank line settles it cheaply.
        opening = window.lstrip().split("\n", 1)[0].strip()
        if not any(pattern.fullmatch(opening) for pattern in _OPENING_LINES):
            return 0.0
        head: list[Line] = []
        for number, line in enumerate(window.split("\n")):
            if line.strip():
                head.append(Line(number=number, text=line))
                if len(head) == HEADER_LINES:
                    break  # build no more lines than the layouts read
        if any(layout.matches(head) for layout in self.LAYOUTS):
            return 0.95
        if head and BRAND.fullmatch(head[0].text.strip()):
            return 0.3
        return 0.0

    def read(self, lines: tuple[Line, ...]) -> Reading:
        """Read the header of whichever layout the page has; the rest is shared."""
        head = list(_non_blank(lines, HEADER_LINES))
        for layout in self.LAYOUTS:
            if layout.matches(head):
                return layout.read(lines, head)
        # A page of this site in a layout not seen yet: keep the story, flag the doubt.
        labelled = list(lines)
        start = 0
        if head and BRAND.fullmatch(head[0].text.strip()):
            labelled[head[0].number] = head[0].removed_as("site-name")
            start = head[0].number + 1
        return Reading(
            lines=tuple(_label_trailer_and_body(labelled, start)),
            warnings=("page layout not recognised; header fields not read",),
        )


register(IraqNewsNowParser)
