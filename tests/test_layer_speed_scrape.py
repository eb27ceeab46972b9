"""What lets a one-line scrape be split into sentences once: cutting text at a sentence
boundary, or after the spaces that follow a full stop inside its last sentence, leaves the
sentences before the cut as they were (``scrape._trailer_start`` hands its spans on to
``scrape._read_body`` on that ground)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.scrape import INNER_END, read_scrape
from newsparse.sentences import sentence_spans

# Pieces that make and unmake boundaries: abbreviations, initials, marks, quotes, capitals.
PIECES = st.sampled_from(
    ["a", "b", "Mr", "U.S", "He", "The", ".", ".", "!", "?", "…", '"', "”", "'", ")", " ", " ",
     "  ", "A", "x", "Jan", "(", "“", "1", "e.g", "Ab"]
)  # fmt: skip
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)


@given(TEXTS)
def test_a_cut_at_a_boundary_keeps_the_sentences_before_it(text: str) -> None:
    spans = sentence_spans(text)
    for index, (start, _) in enumerate(spans):
        assert sentence_spans(text[:start]) == spans[:index]


@given(TEXTS)
def test_a_cut_after_a_full_stop_in_the_last_sentence_ends_it_there(text: str) -> None:
    spans = sentence_spans(text)
    first, last = spans[-1]
    ends = [match.end() for match in INNER_END.finditer(text[first:last])]
    if not ends:
        return
    cut = first + max(ends)
    if text[cut:last].strip() and text[cut - 1] == " ":
        assert sentence_spans(text[:cut]) == [*spans[:-1], (first, cut)]


def test_a_scrape_with_trailing_furniture_covers_the_line() -> None:
    story = "At least 19 civilians were killed. Five were children. The strike hit a market. "
    trailer = "ctkacik@baltsun.com twitter.com/x"
    line = f"{story * 3}Rescuers dug in the rubble for hours on end. {trailer}"
    reading = read_scrape(line)
    assert "".join(piece.text for piece in reading.pieces) == line
    assert (reading.pieces[-1].text, reading.pieces[-1].rule) == (trailer, "trailer")
