"""The Reuters archive (2006-2013), as in the financial-news-dataset of Ding et al. (2014).

Layout::

    -- <headline>
    -- By <author> and <author>        (or "-- " when there is no byline)
    -- Sat Oct 21, 2006 8:11pm EDT
    -- http://www.reuters.com/article/…

     LIMA, Peru  (Reuters) - <first paragraph>
     <the rest: paragraphs run together on one line, or hard-wrapped at ~65 columns with two
     spaces where one paragraph ran into the next> (Reporting by …; Editing by …)

Subheads in capitals run into the next sentence ("COMMUNITY TENSION A security source told
Reuters…") and the credit parenthetical are handled by the shared stages.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsparse.credits import parse_byline
from newsparse.dates import zone_offset
from newsparse.lines import Label, Line
from newsparse.parser import SiteParser
from newsparse.pipeline import Reading, label_body
from newsparse.registry import register

__all__ = ["ReutersParser"]

HEADER_PREFIX = "-- "

# "Sat Oct 21, 2006 8:11pm EDT"
DATE = regex.compile(
    r"""
    (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*+\.?,?\s++
    (?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?\s++
    (?P<day>\d{1,2}),?\s++(?P<year>\d{4})
    (?:\s++(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*+(?P<half>[ap])\.?m\.?)?
    (?:\s++(?P<zone>[A-Z]{2,5}))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The same language without its groups, for score(), which asks only whether a header is a
# date: a match with no groups to fill costs about half as much.
DATE_SHAPE = regex.compile(regex.sub(r"\(\?P<\w++>", "(?:", DATE.pattern), DATE.flags)
URL = regex.compile(r"https?://(?:www\.)?reuters\.com/\S*+", regex.IGNORECASE)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _header(line: Line) -> str | None:
    """The text of a ``-- `` header line, or ``None`` if the line is not one."""
    text = line.text.strip()
    if text == "--":
        return ""
    if line.text.startswith(HEADER_PREFIX):
        return line.text[len(HEADER_PREFIX) :].strip()
    return None


def read_date(text: str) -> tuple[dt.datetime | None, str | None]:
    """Read a Reuters header date; the warning says what could not be read.

    Examples:
        >>> read_date("Sat Oct 21, 2006 8:11pm EDT")[0].isoformat()
        '2006-10-21T20:11:00-04:00'
        >>> read_date("Tue Dec 5, 2006 2:15pm XYZ")
        (datetime.datetime(2006, 12, 5, 14, 15), "unknown time zone 'XYZ'; the time is naive")
    """
    match = DATE.fullmatch(text)
    if match is None:
        return None, f"unreadable date line {text!r}"
    return _date_from(match, text)


def _date_from(match: regex.Match[str], text: str) -> tuple[dt.datetime | None, str | None]:
    """:func:`read_date` for a header already matched against ``DATE``."""
    # All groups in one call: the regex module looks each name up anew, at several times the
    # cost of the number.
    month, day, year, hour_text, minute, half, zone_name = match.groups()
    hour = int(hour_text or 0) % 12 + (12 if (half or "a").lower() == "p" else 0)
    try:
        when = dt.datetime(
            int(year),
            MONTHS.index(month.lower()) + 1,
            int(day),
            hour if hour_text else 0,
            int(minute or 0),
        )
    except ValueError:
        return None, f"impossible date {text!r}"
    if not zone_name:
        return when, None
    zone = zone_offset(zone_name)
    if zone is None:
        return when, f"unknown time zone {zone_name!r}; the time is naive"
    return when.replace(tzinfo=zone), None


@register
class ReutersParser(SiteParser):
    """Reuters archive files: four ``-- `` header lines, then the story."""

    name = "reuters"
    description = (
        "Reuters archive: '-- ' headline, byline, 'Sat Oct 21, 2006 8:11pm EDT' and URL "
        "lines, then the story with its '(Reporting by …)' credits"
    )
    fills = (
        "title",
        "published",
        "source",
        "authors",
        "dateline",
        "paragraphs",
        "credits",
        "removed",
    )
    # An American wire: the month before the day ("Sat Oct 21, 2006" in the header), so
    # "3/4/2007" in a story is 4 March.
    day_first = False

    def score(self, text: str) -> float:
        """Sure (0.95) with all four header lines; 0.6 without the URL; else 0."""
        head = [line for line in text[:2000].split("\n", 6)[:6] if line.strip()][:4]
        headers = [line[len(HEADER_PREFIX) :].strip() for line in head if line.startswith("--")]
        if len(headers) < 3 or not head[0].startswith(HEADER_PREFIX):
            return 0.0
        # The date and URL lines come last: looking from the end finds them in one or two tries.
        if not any(DATE_SHAPE.fullmatch(header) for header in reversed(headers)):
            return 0.0
        return 0.95 if any(URL.fullmatch(header) for header in reversed(headers)) else 0.6

    def read(self, lines: tuple[Line, ...]) -> Reading:
        """Read the four header lines; the story is left to the shared stages."""
        labelled = list(lines)
        title: str | None = None
        published: dt.datetime | None = None
        authors: tuple[str, ...] = ()
        warnings: list[str] = []
        body_start = 0
        for line in lines:
            if line.is_blank:
                continue
            header = _header(line)
            if header is None:
                break
            body_start = line.number + 1
            if title is None:
                title = header or None
                labelled[line.number] = (
                    line.labelled(Label.HEADLINE) if header else line.removed_as("header")
                )
            elif URL.fullmatch(header):
                labelled[line.number] = line.removed_as("url")
            elif date := DATE.fullmatch(header):
                published, warning = _date_from(date, header)
                warnings.extend([warning] if warning else [])
                labelled[line.number] = line.removed_as("header-date")
            elif not header:
                labelled[line.number] = line.removed_as("header")  # the empty byline slot
            elif byline := parse_byline(header):
                authors = byline
                labelled[line.number] = line.removed_as("byline")
            else:
                labelled[line.number] = line.removed_as("header")
                warnings.append(f"unrecognised header line {header!r}")
        if title is not None and title.startswith("-- "):
            title = title[3:]
        body = label_body(labelled[body_start:], self.boilerplate)
        return Reading(
            lines=(*labelled[:body_start], *body),
            title=title,
            published=published,
            source="Reuters",
            authors=authors,
            warnings=tuple(warnings),
        )
