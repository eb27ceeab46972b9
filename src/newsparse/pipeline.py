"""The shared stages after a site parser has labelled lines: labelled lines to an Article.

Site parsers only label lines and read their header fields into a :class:`Reading`;
:func:`assemble` does the rest the same way for every site: paragraphs, dateline, related
headlines, credits, the ``removed`` audit trail, and the extractors that read the body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator
from typing import TypeAlias

import attrs

from newsparse.article import Article, Credit, CreditRole, Dateline, Removed
from newsparse.attribution import extract_attributions
from newsparse.boilerplate import COMMON_RULES, BoilerplateRules, match_boilerplate
from newsparse.credits import parse_credits, split_trailing_credits
from newsparse.dateline import reference_date, resolve_dateline_date, split_dateline
from newsparse.errors import UnknownExtractorError
from newsparse.incident import extract_incidents
from newsparse.lines import Label, Line
from newsparse.outlets import canonical_outlet
from newsparse.paragraphs import (
    clean_paragraph,
    ends_sentence,
    reflow,
    split_run_together,
    split_subheads,
)
from newsparse.related import parse_related

__all__ = [
    "EXTRACTORS",
    "Extract",
    "Reading",
    "assemble",
    "classify_line",
    "label_body",
    "selected_extractors",
]

# The extractors that read the body after the article layer, by the Article field they fill.
EXTRACTORS = ("attributions", "incidents")
_ALL_EXTRACTORS = frozenset(EXTRACTORS)
_NO_EXTRACTORS: frozenset[str] = frozenset()

Extract: TypeAlias = "bool | str | Collection[str]"
"""What ``extract=`` accepts: ``True`` (every extractor), ``False`` (the article layer alone),
or the names of the extractors to run (:data:`EXTRACTORS`), one as a string or several."""


def selected_extractors(extract: Extract) -> frozenset[str]:
    """The extractors an ``extract=`` argument asks for.

    Args:
        extract: ``True``, ``False``, an extractor's name, or a collection of names.

    Returns:
        The names of the extractors to run.

    Raises:
        UnknownExtractorError: a name is not one of :data:`EXTRACTORS`, or the argument is
            of another type.

    Examples:
        >>> sorted(selected_extractors(True))
        ['attributions', 'incidents']
        >>> sorted(selected_extractors("incidents")), sorted(selected_extractors(False))
        (['incidents'], [])
        >>> try:
        ...     selected_extractors(["quotes"])
        ... except UnknownExtractorError as exc:
        ...     print(exc)
        unknown extractor 'quotes'; the extractors are attributions, incidents
    """
    if extract is True:
        return _ALL_EXTRACTORS
    if extract is False:
        return _NO_EXTRACTORS
    if type(extract) is frozenset and extract <= _ALL_EXTRACTORS:
        return extract  # already read: parse hands its reading down to the site parser
    if isinstance(extract, str):
        extract = (extract,)
    elif not isinstance(extract, Collection):
        raise UnknownExtractorError(
            f"extract must be True, False or extractor names, got {type(extract).__name__}"
        )
    try:
        names = frozenset(extract)
    except TypeError:  # an unhashable item: [["incidents"]]
        names = frozenset(map(repr, extract))
    unknown = sorted(map(str, names - _ALL_EXTRACTORS))
    if unknown:
        raise UnknownExtractorError(
            f"unknown extractor {unknown[0]!r}; the extractors are {', '.join(EXTRACTORS)}"
        )
    return names


# Enum members looked up on their class cost several times a module name: the loops below
# compare every line's label.
_BODY, _RELATED, _CREDIT, _REMOVED = Label.BODY, Label.RELATED, Label.CREDIT, Label.REMOVED


@attrs.frozen(kw_only=True)
class Reading:
    """What a site parser read from a page: every line labelled, and the header fields.

    Examples:
        >>> from newsparse.lines import split_lines
        >>> Reading(lines=split_lines("Body."), title=None).lines[0].label
        <Label.BODY: 'body'>
    """

    lines: tuple[Line, ...]
    """Every line of the normalised input, in order, labelled."""
    title: str | None = None
    published: dt.datetime | None = None
    source: str | None = None
    """The outlet as the page prints it; :func:`assemble` gives it its own casing."""
    authors: tuple[str, ...] = ()
    dateline: Dateline | None = None
    """A dateline the parser read itself (from a run-together line); otherwise the shared
    stage reads one from the start of the first paragraph."""
    warnings: tuple[str, ...] = ()


def classify_line(text: str, rules: BoilerplateRules = COMMON_RULES) -> tuple[Label, str | None]:
    """Label one body line as related-story link, credit, boilerplate or story text.

    Args:
        text: the line.
        rules: boilerplate rules to try (a site's own rules plus the common ones).

    Returns:
        The label, and for removed lines the rule that removed them.

    Examples:
        >>> classify_line("Read More: Iraq says rockets hit base")
        (<Label.RELATED: 'related'>, None)
        >>> classify_line("Editing by John Catherine")
        (<Label.CREDIT: 'credit'>, None)
        >>> classify_line("Sponsored Links")
        (<Label.REMOVED: 'removed'>, 'sponsored-links')
        >>> classify_line("No group has yet claimed responsibility for this attack.")
        (<Label.BODY: 'body'>, None)
    """
    related = parse_related(text)
    if related is not None:
        return (_RELATED, None) if related else (_REMOVED, "related-links")
    if parse_credits(text) is not None:
        return _CREDIT, None
    rule = match_boilerplate(text, rules)
    if rule is not None:
        return _REMOVED, rule
    return _BODY, None


def _continues(previous: Line | None, line: Line) -> bool:
    r"""Whether ``line`` carries on a hard-wrapped paragraph rather than standing alone.

    "… (Additional\nreporting by John Catherine; …" is a wrap, not a credit line: the line
    before it ends mid-sentence, and this one starts in lower case or inside its parenthesis.
    """
    if previous is None or previous.label is not _BODY:
        return False
    before = previous.text.rstrip()
    if ends_sentence(before):
        return False
    return line.text.lstrip()[:1].islower() or before.count("(") > before.count(")")


def label_body(lines: Iterable[Line], rules: BoilerplateRules = COMMON_RULES) -> Iterator[Line]:
    """Classify every ``BODY`` line with :func:`classify_line`; other lines pass unchanged.

    A line that continues a hard-wrapped paragraph stays story text whatever it looks like.
    """
    previous: Line | None = None
    for line in lines:
        if line.label is not _BODY or _continues(previous, line):
            yield line
            previous = line
            continue
        label, rule = classify_line(line.text, rules)
        if label is _BODY:
            labelled = line
        elif label is _REMOVED:
            assert rule is not None
            labelled = line.removed_as(rule)
        else:
            labelled = line.labelled(label)
        yield labelled
        previous = labelled


@attrs.define
class _Body:
    """The body as it is built: paragraphs, and what was cut out of them, in input order."""

    paragraphs: list[str] = attrs.Factory(list)
    related: list[str] = attrs.Factory(list)
    credits: list[Credit] = attrs.Factory(list)
    removed: list[Removed] = attrs.Factory(list)
    dateline: Dateline | None = None
    read_dateline: bool = True

    def add_block(self, block: list[str]) -> None:
        for joined in reflow(block):
            if not self.paragraphs and self.read_dateline:
                # Read before whitespace is folded, so `raw` keeps "LIMA, Peru  (Reuters) -".
                found = split_dateline(joined.strip()) if self.dateline is None else None
                if found:
                    self.dateline, joined = found  # noqa: PLW2901 - the rest of the paragraph
            for part in split_run_together(joined):
                pieces, subheads = split_subheads(part)
                self.removed.extend(Removed(text=head, rule="subhead") for head in subheads)
                self.paragraphs.extend(clean_paragraph(piece) for piece in pieces)

    def add_line(self, line: Line) -> None:
        if line.label is _RELATED:
            headline = parse_related(line.text)
            if headline:
                self.related.append(clean_paragraph(headline))
        elif line.label is _CREDIT:
            self.credits.extend(parse_credits(line.text) or ())
        elif line.label is _REMOVED:
            self.removed.append(Removed(text=line.text.strip(), rule=line.rule or "unlabelled"))

    def cut_trailing_credits(self) -> None:
        # Wire stories end with their credits in parentheses on the last paragraph's line:
        # "… in December. (Reporting by Ed Leefeldt; editing by Jeffrey Benkoe)".
        if not self.paragraphs:
            return
        found = split_trailing_credits(self.paragraphs[-1])
        if found is None:
            return
        rest, credits = found
        if rest:
            self.paragraphs[-1] = rest
        else:
            del self.paragraphs[-1]
        self.credits.extend(credits)


def _read_body(lines: Iterable[Line], *, read_dateline: bool = True) -> _Body:
    body = _Body(read_dateline=read_dateline)
    block: list[str] = []
    for line in lines:
        if line.label is _BODY:
            block.append(line.text)
            continue
        if block:
            body.add_block(block)
            block = []
        body.add_line(line)
    if block:
        body.add_block(block)
    body.cut_trailing_credits()
    return body


def _as_datetime(value: dt.date | dt.datetime | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time())


def assemble(
    site: str,
    reading: Reading,
    *,
    published: dt.date | dt.datetime | None = None,
    warnings: Iterable[str] = (),
    extract: Extract = True,
    day_first: bool | None = None,
) -> Article:
    """Build the Article from a site parser's reading.

    Args:
        site: the parser's name.
        reading: the labelled lines and header fields.
        published: what the caller knows of the publication time; used when the page states
            none.
        warnings: warnings from earlier stages (decoding, normalisation).
        extract: the extractors to run (see :data:`Extract`): ``True`` for all, ``False``
            for the article layer alone (faster, and what a corpus builder often wants), or
            names such as ``"incidents"``.
        day_first: the site's order of day and month in numeric dates
            (:attr:`newsparse.parser.SiteParser.day_first`); ``None`` reads only unambiguous ones.

    Returns:
        The finished Article.

    Raises:
        UnknownExtractorError: ``extract`` names an extractor that does not exist.
    """
    wanted = selected_extractors(extract)
    body = _read_body(reading.lines, read_dateline=reading.dateline is None)
    paragraphs, credits = body.paragraphs, body.credits
    dateline = reading.dateline or body.dateline
    notes = [*warnings, *reading.warnings]
    source = None
    if reading.source:
        agency = dateline.agency if dateline else None
        source = canonical_outlet(reading.source, agency)
        if source is None:
            source = reading.source.strip()
            notes.append(f"source {source!r} is not a known outlet; its casing is as printed")
    elif dateline and dateline.agency:
        source = canonical_outlet(dateline.agency) or dateline.agency
    else:
        # Republished stories credit their outlet in a line of their own: "Source: Rudaw News".
        credited = next((c.name for c in credits if c.role is CreditRole.SOURCE), None)
        if credited:
            source = canonical_outlet(credited) or credited
    if not paragraphs:
        notes.append("no body text found")
    published_at = reading.published or _as_datetime(published)
    dateline = resolve_dateline_date(dateline, published_at.date() if published_at else None)
    attributions = extract_attributions(paragraphs) if "attributions" in wanted else ()
    incidents = (
        extract_incidents(
            paragraphs,
            reference=reference_date(dateline, published_at.date() if published_at else None),
            attributions=attributions,
            day_first=day_first,
            notes=notes,
        )
        if "incidents" in wanted
        else ()
    )
    return Article(
        site=site,
        title=reading.title,
        published=published_at,
        source=source,
        authors=reading.authors,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        related=tuple(body.related),
        credits=tuple(credits),
        attributions=attributions,
        incidents=incidents,
        removed=tuple(body.removed),
        warnings=tuple(notes),
    )
