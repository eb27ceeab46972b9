"""``_gap_end`` ends where ``GAP_AFTER`` ends, though it reads the pattern less often."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.attribution import GAP_AFTER, _gap_end

# The first words ``_gap_end`` reads itself, what may follow them in the pattern and what
# looks like it: other cases, marks glued on, longer words, capitals, letters outside ASCII.
PIECES = [
    *("that", "to", "a", "A", "That", "To", "the", "an", "his", "its", "their", "this", "one"),
    *("few", "days", "day", "weeks", "hours", "years", "ago", "before", "later", "earlier"),
    *("Monday", "MONDAY", "monday", "Monday,", "ſunday", "week", "Week", "night", "tonight"),
    *("reporters", "journalists", "crowd", "supporters", "him", "her", "them", "me", "us"),
    *("himself", "them.", "reporters,", "Reuters", "Congress", "Éric", "boost", "several"),
    *("interview", "news", "conference", "rally", "at", "in", "on", "meeting", "speech"),
    *("x" * 30, ",", ", ", ".", "“", '"', "—"),
]
SPACES = ["", " ", " ", " ", "  ", "\u00a0", "\n", "\x1c", ", "]


@settings(max_examples=3000)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12),
    st.lists(st.sampled_from(SPACES), max_size=12),
    st.sampled_from(["", " ", ", ", " , ", "  "]),
    st.integers(min_value=0, max_value=30),
)
def test_gap_end_is_where_the_pattern_ends(
    pieces: list[str], spaces: list[str], opening: str, cut: int
) -> None:
    text = "said" + opening
    for index, piece in enumerate(pieces):
        text += piece + (spaces[index] if index < len(spaces) else " ")
    end = max(4, len(text) - cut)
    match = GAP_AFTER.match(text, 4, end)
    assert _gap_end(text, 4, end) == (match.end() if match else 4)


@settings(max_examples=3000)
@given(
    st.sampled_from(["that", "to", "a", "A", "on"]),
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.lists(st.sampled_from(SPACES), min_size=3, max_size=3),
)
def test_gap_end_after_each_first_word(
    first: str, second: str, third: str, fourth: str, spaces: list[str]
) -> None:
    text = f"said {first} {second}{spaces[0]}{third}{spaces[1]}{fourth}{spaces[2]}"
    match = GAP_AFTER.match(text, 4, len(text))
    assert _gap_end(text, 4, len(text)) == (match.end() if match else 4)


def test_gap_end_on_gaps_that_match() -> None:
    # Gaps the pattern reads after each first word (and "ſunday", which it may read as a day).
    for gap in (
        "a few days ago",
        "a day later",
        "a few weeks before the vote",
        "that MONDAY night",
        "that week",
        "that ſunday",
        "to reporters",
        "to us on",
        "to Reuters",
        "to the crowd",
        "to a rally in Ohio",
        "to a news conference",
    ):
        text = f"said {gap} that"
        match = GAP_AFTER.match(text, 4, len(text))
        assert match is not None
        assert _gap_end(text, 4, len(text)) == match.end()
