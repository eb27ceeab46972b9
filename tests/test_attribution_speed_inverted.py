"""The fast reading of an inverted cue's speaker finds what ``INVERTED_SPEAKER`` finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution import INVERTED_SPEAKER, _inverted_speaker

# Words and marks at the pattern's edges: the clause openers after a comma, the marks that
# end or bar a speaker, long words and runs of spaces of every kind.
PIECES = [
    *("the", "source", "Smith", "a", "spokesman", "who", "asked", "not", "named", "x" * 30),
    *(",", ", who", "saying", "adding", "according to", "though", "but", "and", "even as"),
    *("that", "it was", "to", "said", "andrew", "—", "–", "(", "“", '"', "''", ";", ":", "!"),
    *("?", ".", " ", "  ", "\u00a0", "\n", "\u2003"),
]


@given(
    st.lists(st.sampled_from(PIECES), max_size=60),
    st.integers(min_value=1, max_value=8),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=40),
)
def test_fast_reading_finds_what_the_pattern_finds(
    pieces: list[str], repeat: int, position: int, cut: int
) -> None:
    text = " ".join(pieces) * repeat
    end = max(0, len(text) - cut)
    position = min(position, end)
    fast = _inverted_speaker(text, position, end)
    slow = INVERTED_SPEAKER.match(text, position, end)
    assert (fast is None) == (slow is None)
    if fast is not None and slow is not None:
        assert slow.end() == fast[1]
        assert fast == slow.span("speaker")
