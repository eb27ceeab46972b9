"""The inverted cue's speaker read with ``str.find`` is what ``INVERTED_SPEAKER`` reads.

More pieces than ``test_attribution_speed_inverted.py``: the participles and words a comma
may lead to, words that only start like them, the stop words, marks and spaces of every kind
(``regex`` does not read U+001C to U+001F as spaces), and runs near the 120 and 200
character bounds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.attribution import INVERTED_SPEAKER, _inverted_speaker

PIECES = [
    *("the", "source", "Smith", "a", "spokesman", "who", "asked", "not", "named", "U.S."),
    *("adding", "adding on", "going", "calling", "calling for", "saying", "addingx", "andy"),
    *("according to", "according", "to", "though", "but", "although", "while", "and", "as"),
    *("because", "when", "after", "before", "even as", "even", "asx", "as_", "asé", "as\u0301"),
    *("that", "it was", "it  was", "itwas", "it", "of", "about", "by", "in", "on", "at", "for"),
    *("with", "thatx", "tomorrow", "x" * 30, "y" * 95, "z" * 190, "w" * 121, "w" * 122),
    *("q" * 201, "q" * 202),
    *(",", ",,", "—", "–", "(", "“", "”", '"', "''", "'", ";", ":", "!", "?", ".", "..", "…"),
    *(" ", "  ", "\u00a0", "\n", "\u2003", "\x1c", "\x1f", "\t", "\u3000", ""),
]


@settings(max_examples=2000)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40),
    st.lists(st.sampled_from(["", " ", " ", "  ", ", ", "\u00a0"]), max_size=40),
    st.integers(min_value=0, max_value=8),
    st.integers(min_value=0, max_value=60),
)
def test_speaker_is_what_the_pattern_reads(
    pieces: list[str], glue: list[str], position: int, cut: int
) -> None:
    text = " " + "".join(
        piece + (glue[index] if index < len(glue) else " ") for index, piece in enumerate(pieces)
    )
    end = max(0, len(text) - cut)
    position = min(position, end)
    found = _inverted_speaker(text, position, end)
    match = INVERTED_SPEAKER.match(text, position, end)
    assert (found is None) == (match is None)
    if found is not None and match is not None:
        assert match.end() == found[1]
        assert match.span("speaker") == found


@settings(max_examples=3000)
@given(
    st.sampled_from(["", " ", "\u00a0", "a b"]),
    st.integers(min_value=115, max_value=125) | st.integers(min_value=195, max_value=205),
    st.sampled_from(["", " ", "  ", "\u2003"]),
    st.sampled_from([", adding", ", x", ",", ", “", "; y", ".", " .", "! ", "", "”"]),
    st.sampled_from(["", ";", ", but", "!", " more"]),
)
def test_speaker_bounds_are_the_pattern_bounds(
    opening: str, length: int, spaces: str, closing: str, rest: str
) -> None:
    text = " " + opening + "w" * length + spaces + closing + rest
    found = _inverted_speaker(text, 0, len(text))
    match = INVERTED_SPEAKER.match(text, 0, len(text))
    assert (found is None) == (match is None)
    if found is not None and match is not None:
        assert match.span("speaker") == found
