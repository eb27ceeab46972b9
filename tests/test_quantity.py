"""Number words and count phrases: newsparse.quantity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.quantity import (
    Count,
    CountQualifier,
    parse_count,
    parse_number,
    spell_number,
)

NUMBERS = st.integers(0, 10_000_000)


@given(NUMBERS)
def test_spelled_numbers_read_back(number):
    assert parse_number(spell_number(number)) == number


@given(NUMBERS, st.booleans(), st.booleans(), st.booleans())
def test_spelled_numbers_read_back_in_any_house_style(number, capital, with_and, hyphens):
    words = spell_number(number)
    if not with_and:
        words = words.replace(" and ", " ")  # US style: "one hundred five"
    if not hyphens:
        words = words.replace("-", " ")
    if capital:
        words = words.capitalize()
    assert parse_number(words) == number


@given(NUMBERS)
def test_digits_with_and_without_separators_read_back(number):
    assert parse_number(str(number)) == number
    assert parse_number(f"{number:,}") == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Fourteen", 14),
        ("two dozen", 24),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a hundred", 100),
        ("one hundred and five", 105),
        ("twenty-one", 21),
        ("1.5 million", 1_500_000),
        ("3 million", 3_000_000),
        ("ten million", 10_000_000),
        ("220000", 220_000),
    ],
)
def test_number_words(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["five six", "twenty thirty", "hundred hundred", "the army", ""])
def test_words_that_make_no_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("17", 17, 17, "exact"),
        ("Fourteen", 14, 14, "exact"),
        ("two dozen", 24, 24, "exact"),
        ("at least 5", 5, None, "at_least"),
        ("no fewer than 5", 5, None, "at_least"),
        ("more than 20", 21, None, "at_least"),
        ("well over 1000", 1001, None, "at_least"),
        ("over a hundred", 101, None, "at_least"),
        ("up to 22", None, 22, "at_most"),
        ("as many as 10", None, 10, "at_most"),
        ("fewer than 17", None, 16, "at_most"),
        ("nearly 40", None, 40, "approximate"),
        ("about 20", 20, 20, "approximate"),
        ("some 300", 300, 300, "approximate"),
        ("12 or so", 12, 12, "approximate"),
        ("five to seven", 5, 7, "approximate"),
        ("between 5 and 7", 5, 7, "approximate"),
        ("two or three", 2, 3, "approximate"),
        ("several", 3, None, "vague"),
        ("dozens", 24, None, "vague"),
        ("dozens of", 24, None, "vague"),
        ("scores", 40, None, "vague"),
        ("hundreds of thousands of", 200_000, None, "vague"),
        ("a large number", None, None, "vague"),
        ("a large number of", None, None, "vague"),
        ("many", None, None, "vague"),
        ("no", 0, 0, "exact"),
        ("no one", 0, 0, "exact"),
        ("both", 2, 2, "exact"),
    ],
)
def test_count_phrases(text, low, high, qualifier):
    count = parse_count(text)
    assert count is not None
    assert (count.low, count.high, count.qualifier.value) == (low, high, qualifier)


def test_a_vague_count_keeps_its_words_without_the_of():
    assert parse_count("dozens of").text == "dozens"


@pytest.mark.parametrize("text", ["the army", "seven to five", "Nineteen-year-old", "30 percent"])
def test_phrases_that_are_no_count(text):
    assert parse_count(text) is None


QUALIFIER_WORDS = [
    "",
    "at least ",
    "more than ",
    "over ",
    "up to ",
    "fewer than ",
    "nearly ",
    "about ",
    "some ",
    "as many as ",
]


@given(
    st.sampled_from(QUALIFIER_WORDS),
    st.integers(0, 100_000),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 100_000)),
)
def test_counts_always_have_low_at_most_high(qualifier, number, words, second):
    written = spell_number(number) if words else str(number)
    text = f"{qualifier}{written}" if second is None else f"{written} to {second}"
    count = parse_count(text)
    if count is None:
        # Only a backwards or empty range ("9 to 5", "5 to 5") is refused, never a plain number.
        assert second is not None
        assert second <= number
        return
    assert isinstance(count, Count)
    if count.low is not None and count.high is not None:
        assert count.low <= count.high
    stated = {count.low, count.high} - {None}
    assert stated, "a count with a number must keep one bound"
    if qualifier in ("", "some ", "about ") and second is None:
        assert count.low == number


@given(st.integers(0, 100_000))
def test_more_than_is_one_more_and_fewer_than_one_less(number):
    assert parse_count(f"more than {number}").low == number + 1
    fewer = parse_count(f"fewer than {number}")
    if number == 0:
        assert (fewer.low, fewer.high) == (0, 0)
    else:
        assert (fewer.low, fewer.high, fewer.qualifier) == (
            None,
            number - 1,
            CountQualifier.AT_MOST,
        )


def test_spell_number_refuses_what_it_cannot_write():
    with pytest.raises(ValueError, match="spell"):
        spell_number(-1)
