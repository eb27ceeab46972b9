"""Publication times as pages print them, and the zones their abbreviations name."""

from __future__ import annotations

import datetime as dt

import regex
from dateutil import parser as dateutil_parser

__all__ = ["ZONE_OFFSETS", "parse_date_line", "zone_offset"]

# Abbreviations news pages print, with their UTC offsets in hours. Ambiguous ones (IST, AST)
# are left out on purpose: a wrong zone is worse than a naive time.
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "WEST": 1,
    "CET": 1,
    "CEST": 2,
    "MET": 1,
    "MEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "TRT": 3,
    "EAT": 3,
    "WAT": 1,
    "CAT": 2,
    "SAST": 2,
    "GST": 4,
    "PKT": 5,
    "ICT": 7,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
}


def zone_offset(abbreviation: str) -> dt.timezone | None:
    """Return the fixed-offset zone an abbreviation names, or ``None`` if it is unknown.

    Examples:
        >>> zone_offset("EDT")
        datetime.timezone(datetime.timedelta(days=-1, seconds=72000))
        >>> zone_offset("IST") is None
        True
    """
    hours = ZONE_OFFSETS.get(abbreviation.upper())
    if hours is None:
        return None
    return dt.timezone(dt.timedelta(hours=hours))


MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?"
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*+\.?,?"

# A line that is nothing but a date (and perhaps a time and zone), in the forms pages print.
DATE_LINE = regex.compile(
    rf"""
    (?:(?:published|updated|posted|last \s updated|date)(?:\s*+:)?\s++)?   # optional label
    (?:{WEEKDAY}\s++)?
    (?P<date>
        \d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}                     # 2019-11-10, 2019/11/10
      | {MONTH}\s++\d{{1,2}}(?:st|nd|rd|th)?,?\s++\d{{4}}        # November 10, 2019
      | \d{{1,2}}(?:st|nd|rd|th)?\s++{MONTH},?\s++\d{{4}}        # 10 November 2019
    )
    (?:
        (?:\s*+[,|T@]\s*+|\s++(?:at\s++)?)
        (?P<time>\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*+[ap]\.?m\.?)?)
    )?
    (?:\s++(?P<zone>[A-Z]{{1,5}}))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

HAS_LETTER = regex.compile(r"[a-z]", regex.IGNORECASE)


def parse_date_line(line: str) -> dt.datetime | None:
    """Read a line that is only a date, with perhaps a time and a zone abbreviation.

    The result is naive unless the line names a known zone.

    Examples:
        >>> parse_date_line("2019-11-10 00:00:00")
        datetime.datetime(2019, 11, 10, 0, 0)
        >>> parse_date_line("Published: November 10, 2019 3:05 pm EST").isoformat()
        '2019-11-10T15:05:00-05:00'
        >>> parse_date_line("Ten days later the talks failed.") is None
        True
    """
    text = line.strip()
    if len(text) > 80:
        return None
    match = DATE_LINE.fullmatch(text)
    if match is None:
        return None
    zone = None
    if match.group("zone"):
        zone = zone_offset(match.group("zone"))
        if zone is None:
            return None
    phrase = match.group("date") + (" " + match.group("time") if match.group("time") else "")
    if HAS_LETTER.search(phrase):
        phrase = phrase.replace(".", " ")  # "Nov. 10", "3:05 p.m." read better without dots
    try:
        parsed = dateutil_parser.parse(phrase)
    except (ValueError, OverflowError):
        return None
    return parsed.replace(tzinfo=zone) if zone else parsed
