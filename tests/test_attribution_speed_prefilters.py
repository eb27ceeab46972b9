"""The checks read before some patterns never rule out a match of the pattern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.attribution import (
    DASH_CREDIT,
    DASH_MARKS,
    IN_SURVEY,
    SPEAKER_COMMA_END,
    SPEAKER_SPACES,
    UNMARKED_INVERTED,
    _names_survey,
    _opens_clause,
)

PIECES = [
    *("In", "a", "an", "the", "The", "another", "poll", "polls", "exit polls", "Poll"),
    *("survey", "study", "focus groups", "census", "Pew", "CNN", "released", "Monday"),
    *("adding", "adding on", "calling for", "according to", "though", "even as", "who"),
    *("Smith", "Observatory", "which", "tracks", "andy", "as_", "asé", "as"),
    *(",", ".", "“", '"', "''", "—", "–", "―", "-", "--", "(", ";"),
    *(" ", "  ", "\u00a0", "\n", "\x1c", "\u2003", ""),
]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(PIECES), max_size=20), st.lists(st.sampled_from(["", " "])))
def test_checks_rule_out_no_match(pieces: list[str], glue: list[str]) -> None:
    text = "".join(
        piece + (glue[index] if index < len(glue) else " ") for index, piece in enumerate(pieces)
    )
    for position in range(len(text)):
        if IN_SURVEY.match(text, position):
            assert _names_survey(text, position, len(text))
        if text[position] == ",":
            found = SPEAKER_COMMA_END.match(text, position) is not None
            assert _opens_clause(text, position, len(text)) == found
        if UNMARKED_INVERTED.match(text, position):
            after = position
            while after < len(text) and text[after] in SPEAKER_SPACES:
                after += 1
            assert after > position
            assert text.startswith(("the", "a"), after)
        if DASH_CREDIT.match(text, position):
            after = position
            while after < len(text) and text[after] in SPEAKER_SPACES:
                after += 1
            assert text[after : after + 1] in DASH_MARKS
