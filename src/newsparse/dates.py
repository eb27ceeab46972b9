"""Publication times as pages print them, and the zones their abbreviations name."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs
import regex
from dateutil import parser as dateutil_parser

__all__ = [
    "DATE_ANCHORS",
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "ZONE_OFFSETS",
    "DatePrecision",
    "EventDate",
    "event_dates_at",
    "find_event_dates",
    "latest_on_or_before",
    "parse_date_line",
    "resolve_weekday",
    "zone_offset",
]

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


# --- Event dates: the day a story says something happened -------------------------------------


class DatePrecision(str, enum.Enum):
    """How closely the words pin down a day, as event datasets code it (ACLED's time precision).

    A date with a precision coarser than ``day`` is the first day of the period the words name:
    "last week" in a story of Thursday 14 November 2019 is ``2019-11-04`` with precision
    ``week``.
    """

    DAY = "day"
    """The words name the day: "on Friday", "yesterday", "21 March 2020"."""
    WEEK = "week"
    """The words name a week: "earlier this week", "last week"."""
    MONTH = "month"
    """The words name a month: "in January", "last month"."""
    YEAR = "year"
    """The words name a year: "in 2013", "last year"."""


@attrs.frozen(kw_only=True)
class EventDate:
    """A date expression found in text, resolved against a reference day when it can be.

    Examples:
        >>> found = find_event_dates("Rockets hit the base on Friday.", dt.date(2019, 11, 10))
        >>> found[0].date, found[0].precision.value, found[0].text
        (datetime.date(2019, 11, 8), 'day', 'on Friday')
    """

    date: dt.date | None
    """The day (first day of the period for coarser precisions); ``None`` when it cannot be
    resolved: no reference day for a relative expression, an ambiguous "03/04/2020", a day
    after the reference, or a future expression ("next Monday")."""
    precision: DatePrecision
    """How closely the words pin the day down."""
    text: str
    """The words as written ("On Friday", "late Sunday night", "Jan. 6, 2014")."""
    start: int
    """Offset of the first character of ``text`` in the searched string."""
    end: int
    """Offset just past the last character of ``text``."""


WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = tuple(name.title() for name in WEEKDAYS)


def _title_and_upper(words: list[str]) -> list[str]:
    return [form for word in words for form in (word.title(), word.upper())]


# Month and weekday names must be capitalised: "may" and "march" are also verbs, and a
# lower-case "sunday" is rarer in news than the verb forms are.
_MONTH_FORMS = _title_and_upper(
    [*MONTH_NAMES, *(name[:3] for name in MONTH_NAMES), "Sept", "Tues", "Thur", "Thurs"]
)
_MONTH_FORMS = [form for form in _MONTH_FORMS if form.lower()[:3] in MONTHS]
_WEEKDAY_FORMS = _title_and_upper([name.title() for name in WEEKDAYS])
_WEEKDAY_SHORT = _title_and_upper(["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri"])
_WEEKDAY_SHORT += _title_and_upper(["Sat", "Sun"])

EVENT_DATE = regex.compile(
    r"""
    (?<![\p{L}\d])
    (?:
        # A full date, perhaps after its weekday: "Saturday March 28 2015", "Jan. 6, 2014",
        # "21 March 2020", "May, 23, 2016", "the afternoon of Jan. 20, 2014".
        (?P<full>
            (?:(?:on|by|of)\s++)?+
            (?:(?-i:\L<weekdays>|\L<weekshort>)\.?+,?+\s++)?+
            (?:
                (?P<f_month>(?-i:\L<months>))\.?+,?+\s++(?P<f_day>\d{1,2})(?:st|nd|rd|th)?+
                    ,?+\s++(?P<f_year>\d{4})
              | (?P<f_day2>\d{1,2})(?:st|nd|rd|th)?+\s++(?:of\s++)?+
                    (?P<f_month2>(?-i:\L<months>))\.?+,?+\s++(?P<f_year2>\d{4})
              | (?P<iso>\d{4}-\d{2}-\d{2})
              | (?P<numeric>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})
            )
            (?!\d)
        )
        # A day and month with no year: "Feb. 16", "on March 6", "21 March".
      | (?P<short>
            (?:(?:on|by)\s++)?+
            (?:(?-i:\L<weekdays>)\.?+,?+\s++)?+
            (?:
                (?P<s_month>(?-i:\L<months>))\.?+\s++(?P<s_day>\d{1,2})(?:st|nd|rd|th)?+
              | (?P<s_day2>\d{1,2})(?:st|nd|rd|th)?+\s++(?:of\s++)?+(?P<s_month2>(?-i:\L<months>))
            )
            (?![\d:])
        )
        # A weekday, perhaps with a time of day: "On Friday", "late Sunday night",
        # "Wednesdays dead" (apostrophes stripped), "last Thursday".
      | (?P<weekday_phrase>
            (?:(?P<w_rel>on|last|this\s++past|next|this\s++coming|early|late)\s++)?+
            (?:(?:on|early|late)\s++)?+
            (?P<weekday>(?-i:\L<weekdays>))(?:[’']s|s)?+\b
            (?:\s++(?:morning|afternoon|evening|night|overnight)\b)?+
        )
        # Relative words: "yesterday", "last night", "earlier this week", "three days ago".
      | (?P<relative>
            (?:the\s++)?day\s++before\s++yesterday
          | yesterday(?:\s++(?:morning|afternoon|evening))?+
          | last\s++night | overnight | tonight | today | earlier\s++today
          | this\s++(?:morning|afternoon|evening)
          | (?P<ago>(?:one|two|three|four|five|six|\d{1,2})\s++days?|a\s++day)\s++ago
          | (?P<weeks_ago>a|one|two|three|\d)\s++weeks?\s++ago
          | (?:earlier\s++|later\s++)?this\s++week | last\s++week
          | (?:earlier\s++)?this\s++month | last\s++month
          | last\s++year
        )
        # A month or a year alone: "in January", "last March", "in late 2017".
      | (?P<month_phrase>
            (?:in|during|since|last|early|late|mid-?)\s++(?:(?:early|late|mid-?)\s*+)?+
            (?P<m_month>(?-i:\L<months>))(?:\s++(?P<m_year>\d{4}))?+\b
        )
      | (?P<year_phrase>
            (?:in|during|since)\s++(?:(?:early|late|mid-?)\s*+)?+(?P<y_year>(?:19|20)\d{2})\b
        )
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=_MONTH_FORMS,
    weekdays=_WEEKDAY_FORMS,
    weekshort=_WEEKDAY_SHORT,
)

_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def resolve_weekday(
    weekday: int | str, reference: dt.date, *, strictly_before: bool = False
) -> dt.date:
    """Return the day with that weekday on or before the reference day.

    A story published on a Sunday that says "on Friday" means the Friday two days before;
    "on Sunday" in that story is the same day, and "last Sunday" (``strictly_before``) the
    week before.

    Args:
        weekday: 0 (Monday) to 6 (Sunday), or a weekday name.
        reference: the day the story speaks from.
        strictly_before: skip the reference day itself.

    Returns:
        The resolved day, at most six days (seven with ``strictly_before``) before.

    Examples:
        >>> resolve_weekday("Friday", dt.date(2019, 11, 10))
        datetime.date(2019, 11, 8)
        >>> resolve_weekday(6, dt.date(2019, 11, 10))
        datetime.date(2019, 11, 10)
    """
    number = WEEKDAYS[weekday.lower()] if isinstance(weekday, str) else weekday
    back = (reference.weekday() - number) % 7
    if back == 0 and strictly_before:
        back = 7
    return reference - dt.timedelta(days=back)


def latest_on_or_before(
    month: int, day: int, reference: dt.date | None, *, slack: dt.timedelta = dt.timedelta(0)
) -> dt.date | None:
    """The latest date with this month and day on or before ``reference``.

    A date printed without its year ("March 21") is read this way, so it is never after the
    day it is reported on. With ``slack``, a day at most that far after ``reference`` gives
    ``None`` instead of the year before: it is more likely the same day in a zone ahead of the
    page's clock than a year-old one.

    Examples:
        >>> latest_on_or_before(3, 21, dt.date(2020, 3, 25))
        datetime.date(2020, 3, 21)
        >>> latest_on_or_before(12, 30, dt.date(2020, 1, 2))
        datetime.date(2019, 12, 30)
        >>> latest_on_or_before(2, 29, dt.date(2021, 6, 1))
        datetime.date(2020, 2, 29)
        >>> latest_on_or_before(3, 26, dt.date(2020, 3, 25), slack=dt.timedelta(days=2)) is None
        True
    """
    if reference is None:
        return None
    # Nine years back reach a 29 February from any day, across a century's skipped leap year.
    for year in range(reference.year, reference.year - 9, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
        if candidate - reference <= slack:
            return None
    return None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(text: str, day_first: bool | None) -> dt.date | None:
    first, second, year = (int(part) for part in regex.split(r"[/.\-]", text))
    if day_first is None:
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            day_first = False
        elif first == second:
            day_first = True
        else:
            return None  # "03/04/2020": the site's order decides, and it was not given
    return _day(year, second, first) if day_first else _day(year, first, second)


def _month_number(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def _resolve(
    match: regex.Match[str], reference: dt.date | None, day_first: bool | None
) -> tuple[dt.date | None, DatePrecision]:
    group = match.group
    if group("full"):
        if group("iso"):
            year, month, day = (int(part) for part in group("iso").split("-"))
            return _day(year, month, day), DatePrecision.DAY
        if group("numeric"):
            return _numeric(group("numeric"), day_first), DatePrecision.DAY
        month = _month_number(group("f_month") or group("f_month2"))
        day = int(group("f_day") or group("f_day2"))
        year = int(group("f_year") or group("f_year2"))
        return _day(year, month, day), DatePrecision.DAY
    if group("short"):
        month = _month_number(group("s_month") or group("s_month2"))
        day = int(group("s_day") or group("s_day2"))
        return latest_on_or_before(month, day, reference), DatePrecision.DAY
    if group("weekday_phrase"):
        relation = SPACE_RUN.sub(" ", (group("w_rel") or "").lower())
        if relation in ("next", "this coming") or reference is None:
            return None, DatePrecision.DAY
        strictly = relation in ("last", "this past")
        return resolve_weekday(group("weekday").lower(), reference, strictly_before=strictly), (
            DatePrecision.DAY
        )
    if group("month_phrase"):
        month = _month_number(group("m_month"))
        if group("m_year"):
            return _day(int(group("m_year")), month, 1), DatePrecision.MONTH
        return latest_on_or_before(month, 1, reference), DatePrecision.MONTH
    if group("year_phrase"):
        return dt.date(int(group("y_year")), 1, 1), DatePrecision.YEAR
    return _relative(match, reference)


def _relative(
    match: regex.Match[str], reference: dt.date | None
) -> tuple[dt.date | None, DatePrecision]:
    words = SPACE_RUN.sub(" ", match.group("relative").lower())
    if "week" in words:
        precision = DatePrecision.WEEK
    elif "month" in words:
        precision = DatePrecision.MONTH
    elif "year" in words:
        precision = DatePrecision.YEAR
    else:
        precision = DatePrecision.DAY
    if reference is None:
        return None, precision
    if match.group("ago"):
        amount = match.group("ago").split()[0]
        days = _SMALL_NUMBERS[amount] if amount in _SMALL_NUMBERS else int(amount)
        return reference - dt.timedelta(days=days), DatePrecision.DAY
    if match.group("weeks_ago"):
        amount = match.group("weeks_ago")
        weeks = _SMALL_NUMBERS[amount] if amount in _SMALL_NUMBERS else int(amount)
        start = reference - dt.timedelta(days=7 * weeks)
        return start - dt.timedelta(days=start.weekday()), DatePrecision.WEEK
    if "before yesterday" in words:
        return reference - dt.timedelta(days=2), precision
    if words.startswith(("yesterday", "last night")):
        return reference - dt.timedelta(days=1), precision
    if precision is DatePrecision.WEEK:
        monday = reference - dt.timedelta(days=reference.weekday())
        return (monday - dt.timedelta(days=7) if "last" in words else monday), precision
    if precision is DatePrecision.MONTH:
        first = reference.replace(day=1)
        if "last" in words:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return first, precision
    if precision is DatePrecision.YEAR:
        return dt.date(reference.year - 1, 1, 1), precision
    return reference, precision  # today, tonight, this morning, overnight


SPACE_RUN = regex.compile(r"\s++")


# Tokens that can end or anchor a date expression. find_event_dates tries the pattern only at
# the few tokens before one of these, so its cost is one tokenising pass, not a pattern tried
# at every character (which the ``regex`` engine makes slow for a pattern this size).
DATE_ANCHORS = frozenset(
    [
        *(form.lower() for form in _MONTH_FORMS),
        *(form.lower() + end for form in _WEEKDAY_FORMS for end in ("", "s", "’s", "'s")),
        *(form.lower() for form in _WEEKDAY_SHORT),
        *[
            "yesterday",
            "today",
            "tonight",
            "overnight",
            "night",
            "week",
            "month",
            "year",
            "ago",
            "morning",
            "afternoon",
        ],
        "evening",
    ]
)
# Words a date expression can open with, before its anchor: "on Friday", "late Sunday
# night", "the day before yesterday", "earlier this week", "three days ago", "21 March".
_OPENERS = (
    frozenset(
        [
            "on",
            "by",
            "of",
            "last",
            "this",
            "next",
            "early",
            "late",
            "the",
            "day",
            "earlier",
            "later",
            "in",
            "during",
            "since",
            "mid",
            "a",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "past",
            "coming",
        ]
    )
    | {str(day) for day in range(1, 32)}
    | {f"{day:02d}" for day in range(1, 10)}
)
# A year or an all-numeric date: the only digit tokens worth trying a date at ("in 2013",
# "21/03/2020"); a day number is reached from its month ("Jan. 6", "21 March").
_YEAR_OR_NUMERIC = regex.compile(r"(?:19|20)\d{2}|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
DATE_TOKEN = regex.compile(r"\d++(?:[/.\-]\d++)*+|[\p{L}]++(?:[’'][\p{L}]++)?+")


def find_event_dates(
    text: str, reference: dt.date | None = None, *, day_first: bool | None = None
) -> tuple[EventDate, ...]:
    """Find every date expression in a text and resolve each against the reference day.

    Weekdays resolve to the same day or the most recent one before the reference ("on Friday"
    in a Sunday story is two days earlier); "yesterday" and "last night" to the day before;
    "earlier this week" to the Monday of the reference's week with precision ``week``; a day
    and month without a year to the latest such day on or before the reference. A resolved day
    after the reference is dropped (``date`` is ``None``): a past-tense report cannot describe
    it.

    Args:
        text: the text to search, one sentence or more.
        reference: the day the story speaks from (its dateline or publication date).
        day_first: the site's order in numeric dates ("21/03/2020"); ``None`` resolves only
            the unambiguous ones.

    Returns:
        The date expressions in text order.

    Examples:
        >>> sunday = dt.date(2019, 11, 10)
        >>> [(d.text, d.date) for d in find_event_dates(
        ...     "On Friday rockets hit; on 21 March 2019 and Feb. 16 too.", sunday)]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('On Friday', datetime.date(2019, 11, 8)),
         ('on 21 March 2019', datetime.date(2019, 3, 21)),
         ('Feb. 16', datetime.date(2019, 2, 16))]
        >>> found = find_event_dates("It happened earlier this week.", sunday)[0]
        >>> found.date, found.precision.value
        (datetime.date(2019, 11, 4), 'week')
        >>> find_event_dates("They met yesterday.")[0].date is None
        True
    """
    tokens = list(DATE_TOKEN.finditer(text))
    words = [token.group().lower() for token in tokens]
    starts = [token.start() for token in tokens]
    return event_dates_at(text, words, starts, reference=reference, day_first=day_first)


def event_dates_at(
    text: str,
    words: list[str],
    starts: list[int],
    *,
    reference: dt.date | None = None,
    day_first: bool | None = None,
    candidates: Iterable[int] | None = None,
) -> tuple[EventDate, ...]:
    """:func:`find_event_dates` for a text already split into tokens.

    Args:
        text: the text.
        words: its tokens, lower-cased ("jan", "14", "wednesday’s").
        starts: the offset of each token in ``text``.
        reference: as for :func:`find_event_dates`.
        day_first: as for :func:`find_event_dates`.
        candidates: the indexes of the tokens worth trying (weekday and month names, relative
            words, numbers), when the caller has them; ``None`` tries every token.

    Returns:
        The date expressions in text order.

    Examples:
        >>> [d.text for d in event_dates_at("Hit on Friday.", ["hit", "on", "friday"], [0, 4, 7])]
        ['on Friday']
    """
    found: list[EventDate] = []
    covered = 0
    for index in range(len(words)) if candidates is None else candidates:
        word = words[index]
        if word not in DATE_ANCHORS and not _YEAR_OR_NUMERIC.fullmatch(word):
            continue
        if starts[index] < covered:
            continue
        for back in range(min(index, 4), -1, -1):
            start = starts[index - back]
            if start < covered or (back and words[index - back] not in _OPENERS):
                continue
            match = EVENT_DATE.match(text, start)
            if match is None or match.end() <= starts[index]:
                continue
            if match.group("relative") and match.group().isupper():
                break  # "USA TODAY NETWORK" names a newspaper, not a day
            day, precision = _resolve(match, reference, day_first)
            if day is not None and reference is not None and day > reference:
                day = None
            found.append(
                EventDate(
                    date=day,
                    precision=precision,
                    text=match.group(),
                    start=match.start(),
                    end=match.end(),
                )
            )
            covered = match.end()
            break
    return tuple(found)
