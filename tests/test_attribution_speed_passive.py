"""The windowed reading of passive cues finds what one pass of ``PASSIVE_CUE`` finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution import PASSIVE_CUE, _passive_cues

# Pieces near the pattern's edges: its auxiliaries, adverbs and keywords, in odd cases and
# with odd marks, spaces of every kind and words that hold a keyword without being one.
AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being", "it's", "that’s", "who's")
ADVERBS = ("not", "also", "still", "now", "widely", "generally", "broadly", "repeatedly")
KEYWORDS = ("expected", "asked", "seem", "seems", "seemed", "appear", "appeared", "to", "TO")
ODD_CASES = ("EXPECTED", "Asked", "aſked", "SEEMED", "Appeared", "they're", "I'S", "we’re")
LOOKALIKES = ("unexpected", "askedly", "seemingly", "disappear", "xwas", "(was", "“is")
OTHERS = ("he", "a", "the", "verylongwordhere", "Prices", "talks", "é", ",", ".", "")
PIECES = [
    *AUXILIARIES,
    *ADVERBS,
    *KEYWORDS,
    *ODD_CASES,
    *LOOKALIKES,
    *OTHERS,
    "as\u212aed",  # KELVIN SIGN, read as "k"
    "\u0130s",  # a capital I with a dot, two letters in lower case
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\u2003",
    "\x1c",
]


@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.sampled_from([" ", ""])))
def test_windows_find_what_one_pass_finds(pieces: list[str], glue: list[str]) -> None:
    text = "".join(
        piece + (glue[index] if index < len(glue) else " ") for index, piece in enumerate(pieces)
    )
    assert [match.span() for match in _passive_cues(text)] == [
        match.span() for match in PASSIVE_CUE.finditer(text)
    ]
    assert [match.span("cue") for match in _passive_cues(text)] == [
        match.span("cue") for match in PASSIVE_CUE.finditer(text)
    ]
