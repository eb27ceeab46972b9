"""The article layer's fast paths against the code they replaced: same results, always."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.lines import Label, Line, split_lines
from newsparse.paragraphs import clean_paragraph


def _fold_by_halving(text: str) -> str:
    """clean_paragraph as it was: halve every run of spaces until none is left, then trim."""
    if "  " not in text:
        return text.strip()
    if text.isascii() and not any(space in text for space in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"):
        while "  " in text:
            text = text.replace("  ", " ")
        return text.strip()
    return " ".join(text.split())


# Mostly spaces and letters, so runs of every length (odd, even, at the ends) are common.
SPACED = st.text(alphabet=st.sampled_from("  ab.,\t\n\u00a0é"), max_size=60)


@given(SPACED)
def test_folding_spaces_in_one_pass_gives_what_halving_gave(text):
    assert clean_paragraph(text) == _fold_by_halving(text)


@given(st.lists(st.sampled_from(["a", "b.", " ", "  ", "   ", "    "]), max_size=30))
def test_runs_of_plain_spaces_of_any_length_fold_to_one(parts):
    text = "".join(parts)
    assert clean_paragraph(text) == _fold_by_halving(text)
    assert "  " not in clean_paragraph(text)


@given(st.text(alphabet=st.sampled_from("ab \n\t\u00a0"), max_size=40))
def test_lines_built_by_filling_slots_equal_lines_built_by_init(text):
    for line in split_lines(text):
        built = Line(number=line.number, text=line.text, label=line.label, rule=line.rule)
        assert line == built
        assert hash(line) == hash(built)
        assert line.labelled(Label.CREDIT) == Line(
            number=line.number, text=line.text, label=Label.CREDIT
        )
        assert line.removed_as("x") == Line(
            number=line.number, text=line.text, label=Label.REMOVED, rule="x"
        )
