"""Event dates resolved against a reference day: newsparse.dates.find_event_dates and friends."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.dateline import reference_date, resolve_dateline_date, split_dateline
from newsparse.dates import DatePrecision, find_event_dates, resolve_weekday

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = [
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
]
DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
SUNDAY = dt.date(2019, 11, 10)


@given(DAYS, st.integers(0, 6))
def test_a_weekday_is_the_reference_or_up_to_six_days_before(reference, weekday):
    day = resolve_weekday(weekday, reference)
    assert 0 <= (reference - day).days <= 6
    assert day.weekday() == weekday


@given(DAYS, st.integers(0, 6))
def test_last_weekday_is_strictly_before(reference, weekday):
    day = resolve_weekday(weekday, reference, strictly_before=True)
    assert 1 <= (reference - day).days <= 7
    assert day.weekday() == weekday


@given(
    DAYS,
    st.integers(0, 6),
    st.sampled_from(["on {}", "{}", "late {} night", "early {}", "{} morning", "On {},"]),
)
def test_weekday_phrases_in_text_resolve_the_same_way(reference, weekday, phrase):
    text = "Rockets hit the base " + phrase.format(WEEKDAY_NAMES[weekday]) + " and wounded two."
    (found,) = find_event_dates(text, reference)
    assert found.date is not None
    assert 0 <= (reference - found.date).days <= 6
    assert found.date.weekday() == weekday
    assert found.precision is DatePrecision.DAY
    assert WEEKDAY_NAMES[weekday] in found.text


@given(DAYS, st.integers(1, 12), st.integers(1, 28), st.sampled_from(["{m} {d}", "{d} {m}"]))
def test_a_day_and_month_without_a_year_is_never_after_the_reference(reference, month, day, form):
    text = "It happened on " + form.format(m=MONTH_NAMES[month - 1], d=day) + "."
    (found,) = find_event_dates(text, reference)
    assert found.date is not None
    assert found.date <= reference
    assert (found.date.month, found.date.day) == (month, day)
    assert (reference - found.date).days < 366


@given(DAYS, DAYS)
def test_an_explicit_date_after_the_reference_is_dropped(reference, day):
    text = f"It happened on {day.day} {MONTH_NAMES[day.month - 1]} {day.year}."
    (found,) = find_event_dates(text, reference)
    assert found.date == (day if day <= reference else None)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("On Friday, militants fired rockets", dt.date(2019, 11, 8), "day"),
        ("on Sunday", SUNDAY, "day"),
        ("last Sunday", dt.date(2019, 11, 3), "day"),
        ("Wednesdays dead", dt.date(2019, 11, 6), "day"),
        ("yesterday", dt.date(2019, 11, 9), "day"),
        ("last night", dt.date(2019, 11, 9), "day"),
        ("the day before yesterday", dt.date(2019, 11, 8), "day"),
        ("three days ago", dt.date(2019, 11, 7), "day"),
        ("this morning", SUNDAY, "day"),
        ("earlier this week", dt.date(2019, 11, 4), "week"),
        ("last week", dt.date(2019, 10, 28), "week"),
        ("earlier this month", dt.date(2019, 11, 1), "month"),
        ("last month", dt.date(2019, 10, 1), "month"),
        ("in January", dt.date(2019, 1, 1), "month"),
        ("in late 2017", dt.date(2017, 1, 1), "year"),
        ("on 21 March 2019", dt.date(2019, 3, 21), "day"),
        ("on March 21, 2019", dt.date(2019, 3, 21), "day"),
        ("March 21", dt.date(2019, 3, 21), "day"),
        ("Jan. 6, 2014", dt.date(2014, 1, 6), "day"),
        ("Saturday March 28 2015", dt.date(2015, 3, 28), "day"),
        ("On Monday, May, 23, 2016", dt.date(2016, 5, 23), "day"),
        ("21/03/2019", dt.date(2019, 3, 21), "day"),
        ("2019-11-10", SUNDAY, "day"),
        ("27-09-2013", dt.date(2013, 9, 27), "day"),
    ],
)
def test_date_phrases(text, date, precision):
    (found,) = find_event_dates(text, SUNDAY)
    assert (found.date, found.precision.value) == (date, precision)


@pytest.mark.parametrize(
    "text",
    [
        "next Monday",  # the future, in a report of the past
        "03/04/2019",  # day and month could be either way round
        "on 21 March 2020",  # after the story's day
    ],
)
def test_dates_that_cannot_be_resolved_keep_their_words(text):
    (found,) = find_event_dates(text, SUNDAY)
    assert found.date is None
    assert found.text


def test_the_site_order_resolves_ambiguous_numeric_dates():
    assert find_event_dates("03/04/2019", SUNDAY, day_first=True)[0].date == dt.date(2019, 4, 3)
    assert find_event_dates("03/04/2019", SUNDAY, day_first=False)[0].date == dt.date(2019, 3, 4)


def test_relative_words_need_a_reference():
    (found,) = find_event_dates("They met yesterday.")
    assert found.date is None
    assert found.text == "yesterday"


@pytest.mark.parametrize(
    "text",
    [
        "USA TODAY NETWORK-Wisconsin",  # a newspaper's name in capitals
        "the death toll may rise",  # "may" the verb
        "Aug 142016 Syrian",  # a scrape that ran the year into the day
        "he will march on",
    ],
)
def test_words_that_look_like_dates_but_are_not(text):
    assert find_event_dates(text, SUNDAY) == ()


def test_offsets_point_at_the_words():
    text = "Iraq’s military on Sunday said that on Friday rockets hit."
    found = find_event_dates(text, SUNDAY)
    assert [text[d.start : d.end] for d in found] == [d.text for d in found]
    assert [d.text for d in found] == ["on Sunday", "on Friday"]


# --- Dates in datelines -------------------------------------------------------------------------

DATELINE_PLACES = {"BAGHDAD": "Baghdad", "NEW YORK": "New York", "ERBIL": "Erbil", "Erbil": "Erbil"}
# How datelines print a day: {m} the month's name, {a} its abbreviation, {d} the day, {y} the year.
DATELINE_DATE_FORMS = {
    "{m} {d}": False,
    "{a}. {d}": False,
    "{d} {m}": False,
    "{m} {d}, {y}": True,
    "{a} {d} {y}": True,
    "{d} {m} {y}": True,
}


def _dateline(place: str, form: str, day: dt.date, agency: str | None, dash: str) -> str:
    month = MONTH_NAMES[day.month - 1]
    printed = form.format(m=month, a=month[:3], d=day.day, y=day.year)
    return f"{place}, {printed}" + (f" ({agency})" if agency else "") + f" {dash}"


@given(
    st.sampled_from(sorted(DATELINE_PLACES)),
    st.sampled_from(sorted(DATELINE_DATE_FORMS)),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.none() | st.sampled_from(["Reuters", "AP", "Kurdistan 24"]),
    st.sampled_from(["-", "–", "—"]),
    st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
)
def test_dateline_dates(place, form, day, agency, dash, published):
    raw = _dateline(place, form, day, agency, dash)
    found = split_dateline(f"{raw} Rockets hit the base.")
    assert found is not None
    dateline, rest = found
    assert (dateline.place, dateline.agency, dateline.region) == (
        DATELINE_PLACES[place],
        agency,
        None,
    )
    assert dateline.raw == raw
    assert rest == "Rockets hit the base."
    has_year = DATELINE_DATE_FORMS[form]
    assert dateline.date == (day if has_year else None)
    resolved = resolve_dateline_date(dateline, published).date
    if has_year:
        assert resolved == day  # a printed date is kept as printed
    elif resolved is not None:
        # The latest such day on or before publication: the same day a year on is after it.
        assert (resolved.month, resolved.day) == (day.month, day.day)
        assert resolved <= published
        later = range(resolved.year + 1, published.year + 1)
        assert all(dt.date(y, day.month, day.day) > published for y in later if _valid(y, day))
    else:
        # Unresolved only without a publication day, or when the day falls just after it.
        assert published is None or (
            _valid(published.year, day)
            and (
                dt.timedelta(0)
                < dt.date(published.year, day.month, day.day) - published
                <= dt.timedelta(days=2)
            )
        )
    reference = reference_date(resolve_dateline_date(dateline, published), published)
    if published is not None:
        assert reference is not None
        assert reference <= published  # never a day after publication


def _valid(year: int, day: dt.date) -> bool:
    try:
        dt.date(year, day.month, day.day)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("BAGHDAD, March 21 (Reuters) - A", dt.date(2020, 3, 22), dt.date(2020, 3, 21)),
        ("BAGHDAD, March 21 (Reuters) - A", dt.date(2020, 3, 21), dt.date(2020, 3, 21)),
        # A day after publication is a zone ahead of the page's clock, not last year.
        ("BAGHDAD, March 22 (Reuters) - A", dt.date(2020, 3, 21), None),
        # Around new year the year before.
        ("KABUL, Dec. 31 (Reuters) - A", dt.date(2021, 1, 2), dt.date(2020, 12, 31)),
        ("Erbil, 10 November 2019 — The", None, dt.date(2019, 11, 10)),
        ("LIMA, Peru, Oct. 3, 2006 (Reuters) - A", None, dt.date(2006, 10, 3)),
        ("CAIRO, Sunday, Nov. 10 - The", dt.date(2019, 11, 11), dt.date(2019, 11, 10)),
        ("ERBIL (Kurdistan 24) – The", dt.date(2019, 11, 11), None),
    ],
)
def test_dateline_date_forms(text, published, expected):
    dateline, _ = split_dateline(text)
    assert resolve_dateline_date(dateline, published).date == expected


@pytest.mark.parametrize(
    "text", ["Monday, March 21 - talks resumed", "March, 21 2020 - x", "CAIRO, Mayor Jones - x"]
)
def test_dateline_dates_that_are_not(text):
    found = split_dateline(text)
    assert found is None or found[0].date is None
