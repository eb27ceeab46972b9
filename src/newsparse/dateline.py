"""Datelines: the place/agency tag that opens a story (``ERBIL (Kurdistan 24) –``)."""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsparse.article import Dateline
from newsparse.dates import MONTHS, latest_on_or_before
from newsparse.names import normal_case

__all__ = ["reference_date", "resolve_dateline_date", "split_dateline"]

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})"
)
# The date some datelines carry after the place: "BAGHDAD, March 21 (Reuters) -", "Erbil,
# 10 November 2019 —", "CAIRO, Oct. 21, 2006 (Reuters) -". The month must be a whole word
# ("Mayor" is not May); the year is often left out and read from the publication date.
_DATELINE_DATE = r"""
    (?P<date>
        (?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s++)?+
        (?:
            (?P<d_month>MONTH)\.?+\s++(?P<d_day>\d{1,2})(?i:st|nd|rd|th)?+
                (?:,?\s++(?P<d_year>(?:1[89]|2\d)\d\d))?+
          | (?P<d_day2>\d{1,2})(?i:st|nd|rd|th)?+\s++(?P<d_month2>MONTH)\.?+
                (?:,?\s++(?P<d_year2>(?:1[89]|2\d)\d\d))?+
        )
        (?![\p{L}\d])
    )
"""
# "(?&date_here)" below marks where the date pattern is pasted in before compiling: a real
# subroutine call would not keep the date's groups.
DATELINE = regex.compile(
    r"""
    (?P<raw>
      (?:
        # PLACE in capitals: "ERBIL", "NEW YORK", "BEIJING/MOSCOW", "ST. LOUIS", "AL-QAIM"
        (?P<place>\p{Lu}[\p{Lu}'’.\-]*+(?:[\s/]\p{Lu}[\p{Lu}'’.\-]*+){0,4})
        (?:
            ,\s++(?&date_here)                         # "BAGHDAD, March 21 (Reuters) -"
          | ,\s++(?P<region>[\p{Lu}\d][\p{L}\d'’.\-]*+(?:\s++[\p{Lu}\d][\p{L}\d'’.\-]*+){0,3})
            (?:,\s++(?&date_here))?+                   # "LIMA, Peru, Oct. 3 -"
        )?
        (?:\s*+\((?P<agency>[^()\n]{1,40}+)\))?
      |
        # No place at all, only the agency: "(Reuters) - The U.S. pursuit of …"
        \((?P<agency>[^()\n]{1,40}+)\)
      |
        # Place in normal case, allowed only with an agency or a date: "Erbil (Kurdistan 24) –",
        # "Erbil, 10 November 2019 —"
        (?P<place>\p{Lu}\p{Ll}[\p{L}'’.\-]*+(?:\s\p{Lu}[\p{L}'’.\-]*+){0,3})
        (?:
            ,\s++(?&date_here) (?:\s*+\((?P<agency>[^()\n]{1,40}+)\))?
          |
            (?:,\s++(?P<region>\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,3}))?
            (?:,\s++(?&date_here))?+
            \s*+\((?P<agency>[^()\n]{1,40}+)\)
        )
      )
      \s*+(?P<dash>--?|[–—]|:)                         # the tag ends with a dash
    )
    (?:\s++(?=\S)|(?<=\)\s*+-)(?=[\p{Lu}"“]))          # and the story follows; after an
                                                       # agency even unspaced: "(Reuters) -Treasury"
    """.replace("(?&date_here)", _DATELINE_DATE.replace("MONTH", _MONTH)),
    regex.VERBOSE,
)

# "BAGHDAD, Oct 21 (Reuters) -": a date in the region slot is not a region.
DATE_REGION = regex.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?\s++\d{1,2}"
    r"|\d{1,2}\s++(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?",
    regex.IGNORECASE,
)


# Without a place, only a known wire name in parentheses opens a story as a dateline; any
# other parenthesis at a paragraph's start is text ("(Corrects paragraph 3) - …" aside).
AGENCY_ONLY = regex.compile(
    r"reuters|ap|afp|upi|ansa|efe|dpa|xinhua|kyodo|tass|bloomberg|anadolu|the\s++associated"
    r"\s++press|associated\s++press|agence\s++france-presse",
    regex.IGNORECASE,
)


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Read the dateline at the start of a paragraph.

    A dateline is a place in capitals, or any place followed by an agency in parentheses or a
    date, optionally with a region and a date after commas, ending with a dash and followed by
    the story. A date printed with its year is read into ``date``; one without a year waits for
    :func:`resolve_dateline_date` and the publication date.

    Args:
        paragraph: the first paragraph of a story.

    Returns:
        The dateline and the paragraph without it, or ``None`` if the paragraph has none.

    Examples:
        >>> dateline, rest = split_dateline("ERBIL (Kurdistan 24) – Iraq’s military said…")
        >>> dateline.place, dateline.agency, rest
        ('Erbil', 'Kurdistan 24', 'Iraq’s military said…')
        >>> split_dateline("LIMA, Peru  (Reuters) - Peru said.")[0]
        ... # doctest: +NORMALIZE_WHITESPACE
        Dateline(place='Lima', region='Peru', agency='Reuters', raw='LIMA, Peru  (Reuters) -',
                 date=None)
        >>> split_dateline("Erbil, 10 November 2019 — The KRG said.")[0].date
        datetime.date(2019, 11, 10)
        >>> split_dateline("ERBIL, Kurdistan Region – The KRG said.")[0].region
        'Kurdistan Region'
        >>> split_dateline("(Reuters) - Energy regulators said.")[0].place is None
        True
        >>> split_dateline("WASHINGTON (Reuters) -Treasury Secretary said.")[1]
        'Treasury Secretary said.'

        >>> split_dateline("NATO said on Monday it would act.") is None
        True
    """
    match = DATELINE.match(paragraph)
    if match is None:
        return None
    # All groups in one call: the regex module looks each name up anew, at several times the
    # cost of the number. (Names used twice in the pattern share one group.)
    raw, place, date, *_, region, agency, dash = match.groups()
    # A capitalised word and a dash ("US - the ...") is too weak alone: ask for a sign that this
    # is a tag, an agency, a region, or a place of two or more letters followed by a real dash.
    if agency is None and region is None and date is None and (len(place) < 3 or dash == ":"):
        return None
    if place is None and not (agency and AGENCY_ONLY.fullmatch(agency)):
        return None
    if place is not None and NOT_A_PLACE.fullmatch(place):
        return None  # "Monday, March 21 - …" opens with a day, not a place
    if region is not None and DATE_REGION.fullmatch(region):
        region = None
    dateline = Dateline(
        place=normal_case(place.strip()) if place else None,
        region=region.strip() if region else None,
        agency=agency.strip() if agency and agency.strip() else None,
        raw=raw.strip(),
        date=_printed_date(match, None),
    )
    return dateline, paragraph[match.end() :]


DIGIT = regex.compile(r"\d")

# Days of the week and months look like places in normal case ("Monday, March 21 -").
NOT_A_PLACE = regex.compile(
    rf"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH})",
)
# A month and day printed without a year, up to this many days after the publication day,
# is the same day in a zone ahead of the page's clock, not the day a year before: such a
# date cannot be told apart from a wrong one, and is left out.
ZONE_SLACK = dt.timedelta(days=2)


def _printed_date(match: regex.Match[str], published: dt.date | None) -> dt.date | None:
    """The date a dateline match prints, or ``None``.

    A date without a year takes the latest year that puts it on or before ``published``.
    """
    _, _, _, d_month, d_day, d_year, d_day2, d_month2, d_year2, *_ = match.groups()
    month_name = d_month or d_month2
    if month_name is None:
        return None
    month = MONTHS[month_name[:3].lower()]
    day = int(d_day or d_day2)
    year = d_year or d_year2
    if year is not None:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    return latest_on_or_before(month, day, published, slack=ZONE_SLACK)


def resolve_dateline_date(dateline: Dateline | None, published: dt.date | None) -> Dateline | None:
    """Give a dateline that prints a day and month without a year its date.

    The year is the latest that puts the day on or before the publication day, so the date is
    never after it; a day just after it (the dateline's zone is ahead of the page's clock)
    stays unresolved. A dateline with a printed year, or with no date, is returned as it is.

    Args:
        dateline: the story's dateline, as :func:`split_dateline` read it.
        published: the publication day (the page's, else the caller's ``published=``).

    Returns:
        The dateline, with ``date`` set when it can be.

    Examples:
        >>> dateline, _ = split_dateline("BAGHDAD, March 21 (Reuters) - Rockets hit.")
        >>> dateline.date is None
        True
        >>> resolve_dateline_date(dateline, dt.date(2020, 3, 22)).date
        datetime.date(2020, 3, 21)
        >>> resolve_dateline_date(dateline, dt.date(2021, 1, 5)).date
        datetime.date(2020, 3, 21)
    """
    if dateline is None or dateline.date is not None or published is None:
        return dateline
    if not DIGIT.search(dateline.raw):
        return dateline  # every date form holds a day in digits, and most tags print none
    match = DATELINE.match(dateline.raw + " .")
    if match is None or match.group("date") is None:
        return dateline
    date = _printed_date(match, published)
    return dateline if date is None else attrs.evolve(dateline, date=date)


def reference_date(dateline: Dateline | None, published: dt.date | None) -> dt.date | None:
    """The day a story speaks from, which its relative dates ("on Friday") count back from.

    The dateline's date when it has one on or before the publication day (a wire story filed
    on the 21st and published on the 22nd says "on Friday" from the 21st), else the
    publication day.

    Examples:
        >>> dateline, _ = split_dateline("Erbil, 8 November 2019 — Rockets hit.")
        >>> reference_date(dateline, dt.date(2019, 11, 10))
        datetime.date(2019, 11, 8)
        >>> reference_date(None, dt.date(2019, 11, 10))
        datetime.date(2019, 11, 10)
    """
    if (
        dateline is not None
        and dateline.date is not None
        and (published is None or dateline.date <= published)
    ):
        return dateline.date
    return published
