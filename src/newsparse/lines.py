"""Lines and their labels: the stage where a site parser says what each line is.

A site parser's whole job is to label lines (:class:`Label`) and read its header fields; the
shared pipeline (:mod:`newsparse.pipeline`) turns labelled lines into an
:class:`~newsparse.article.Article`. A line labelled as removed carries the rule that removed it,
so the audit trail in ``Article.removed`` is filled where the decision is made.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Label", "Line", "split_lines"]


class Label(str, enum.Enum):
    """What a line of the input is."""

    BLANK = "blank"
    """Empty or whitespace only: separates paragraphs."""
    HEADLINE = "headline"
    """The line the title was read from."""
    BODY = "body"
    """Story text; consecutive body lines form paragraphs."""
    RELATED = "related"
    """A related-story line ("Read More: …")."""
    CREDIT = "credit"
    """A staff credit line ("Editing by …")."""
    REMOVED = "removed"
    """Anything left out: site name, header metadata, repeated headline, boilerplate. The line's
    ``rule`` says which."""


# Enum members looked up on their class cost several times a module name, for every line.
_BODY, _BLANK, _REMOVED = Label.BODY, Label.BLANK, Label.REMOVED


@attrs.frozen(kw_only=True)
class Line:
    """One line of normalised input with its label.

    Examples:
        >>> Line(number=0, text="Sponsored Links").removed_as("sponsored-links").label
        <Label.REMOVED: 'removed'>
    """

    number: int
    """Zero-based position in the normalised input."""
    text: str
    """The line, without its line break."""
    label: Label = Label.BODY
    rule: str | None = None
    """For ``REMOVED`` lines, the rule that removed it."""

    @property
    def is_blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return not self.text or self.text.isspace()  # strip() would copy a long line

    def labelled(self, label: Label) -> Line:
        """Return this line with another label (and no rule)."""
        return _new_line(self.number, self.text, label, None)

    def removed_as(self, rule: str) -> Line:
        """Return this line labelled as removed by ``rule``."""
        return _new_line(self.number, self.text, _REMOVED, rule)


# A frozen attrs record sets each field through object.__setattr__, which looks the name up
# on the class every time: about 8,000 instructions per Line, and an article makes a dozen.
# Line has no converters or validators, so its slots can be filled directly, at half the cost.
_SET_NUMBER, _SET_TEXT, _SET_LABEL, _SET_RULE = (
    Line.__dict__[field].__set__ for field in ("number", "text", "label", "rule")
)
_NEW = object.__new__


def _new_line(number: int, text: str, label: Label, rule: str | None) -> Line:
    """``Line(number=…, text=…, label=…, rule=…)``, without the frozen record's setattr calls."""
    line: Line = _NEW(Line)
    _SET_NUMBER(line, number)
    _SET_TEXT(line, text)
    _SET_LABEL(line, label)
    _SET_RULE(line, rule)
    return line


def split_lines(text: str) -> tuple[Line, ...]:
    r"""Split normalised text into lines, blank ones labelled ``BLANK`` and the rest ``BODY``.

    Examples:
        >>> [line.label.value for line in split_lines("Title\n\nBody.")]
        ['body', 'blank', 'body']
    """
    body, blank, new = _BODY, _BLANK, _new_line
    # isspace() answers at the first letter; strip() would copy every indented line.
    return tuple(
        [
            new(number, line, body if line and not line.isspace() else blank, None)
            for number, line in enumerate(text.split("\n"))
        ]
    )
