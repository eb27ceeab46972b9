"""Flat rows from incidents, with ACLED-like columns, for pandas, a spreadsheet or a CSV file.

Each :class:`~newsparse.incident.Incident` becomes one dict with the columns in
:data:`COLUMNS` (``event_date``, ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``,
``location``, ``fatalities``, ``notes``, ``source``), so ``pandas.DataFrame(rows)`` or
``csv.DictWriter(file, COLUMNS)`` take them as they are.

A fatality column needs one number where the story may give "dozens" or "a large number".
How such a count becomes a number is the caller's choice, :class:`VagueCounts`:

- ``lower_bound`` (the default): the smallest number the words guarantee, as the
  :class:`~newsparse.quantity.Count` holds it ("dozens" → 24, "several" → 3); words that
  guarantee none ("a large number", "many") leave the cell empty.
- ``acled``: the convention ACLED documents for such estimates: "tens" → 10, "dozens" → 12,
  "hundreds" → 100, "thousands" → 1000; other vague words leave the cell empty.
- ``blank``: every vague count leaves the cell empty.

Counts with a number are the same under every policy: the lower bound ("at least 5" → 5,
"more than 20" → 21, "about 20" → 20), else the upper bound ("up to 22" → 22, "fewer than 17"
→ 16). An incident whose story says nothing of deaths has ``unstated`` fatalities (0 unless
asked otherwise, as event datasets record it).
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import IO

from newsparse.article import Article
from newsparse.dates import DatePrecision
from newsparse.incident import Incident, IncidentKind
from newsparse.quantity import Count, CountQualifier

__all__ = [
    "COLUMNS",
    "EVENT_TYPES",
    "EXTRA_COLUMNS",
    "VagueCounts",
    "article_rows",
    "fatalities",
    "incident_rows",
    "write_csv",
]

COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "fatalities",
    "notes",
    "source",
)
"""The columns of every row, in order."""

EXTRA_COLUMNS = ("time_precision", "injuries", "kind", "date_text", "paragraph")
"""Columns added with ``extra=True``: ACLED's time precision (1 day, 2 week, 3 month or
longer), the injured count under the same policy, the incident kind, the date's words and the
paragraph index."""

Row = dict[str, str | int | None]

# ACLED's event types and sub-event types for each kind (ACLED codebook, 2023 onwards).
EVENT_TYPES: Mapping[IncidentKind, tuple[str, str]] = {
    IncidentKind.AIRSTRIKE: ("Explosions/Remote violence", "Air/drone strike"),
    IncidentKind.DRONE_STRIKE: ("Explosions/Remote violence", "Air/drone strike"),
    IncidentKind.ROCKET_ATTACK: (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    IncidentKind.SHELLING: ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    IncidentKind.BOMBING: ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    IncidentKind.SUICIDE_BOMBING: ("Explosions/Remote violence", "Suicide bomb"),
    IncidentKind.ARMED_CLASH: ("Battles", "Armed clash"),
    IncidentKind.AMBUSH: ("Battles", "Armed clash"),
    IncidentKind.SHOOTING: ("Violence against civilians", "Attack"),
    IncidentKind.ASSASSINATION: ("Violence against civilians", "Attack"),
    IncidentKind.KIDNAPPING: ("Violence against civilians", "Abduction/forced disappearance"),
    IncidentKind.RAID: ("Strategic developments", "Other"),
    IncidentKind.ARREST: ("Strategic developments", "Arrests"),
    IncidentKind.OTHER: ("Strategic developments", "Other"),
}
"""ACLED's ``(event_type, sub_event_type)`` for each kind. An ``other`` incident with a toll is
written as ``("Violence against civilians", "Attack")``; pass ``event_types=`` to change any of
this."""

_TOLL_TYPE = ("Violence against civilians", "Attack")

# ACLED codes "tens" as 10, "dozens" as 12, "hundreds" as 100 (and so on, its FAQ says).
_ACLED_VAGUE = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "several dozen": 12,
    "a few dozen": 12,
    "several hundred": 100,
    "a few hundred": 100,
    "several thousand": 1000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
}

_TIME_PRECISION = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 2,
    DatePrecision.MONTH: 3,
    DatePrecision.YEAR: 3,
}


class VagueCounts(str, enum.Enum):
    """How a count given in words without a number ("dozens") becomes a number in a row."""

    LOWER_BOUND = "lower_bound"
    """The smallest number the words guarantee ("dozens" → 24); none for "a large number"."""
    ACLED = "acled"
    """ACLED's convention: "tens" → 10, "dozens" → 12, "hundreds" → 100; others none."""
    BLANK = "blank"
    """No number for any vague count."""


def fatalities(
    count: Count | None,
    vague: VagueCounts | str = VagueCounts.LOWER_BOUND,
    *,
    unstated: int | None = 0,
) -> int | None:
    """The one number a row holds for a count, under a policy for vague counts.

    Args:
        count: the count (``Incident.killed`` or ``Incident.wounded``).
        vague: the policy for counts in words with no number (see :class:`VagueCounts`).
        unstated: what a ``None`` count (the story says nothing) becomes.

    Returns:
        The number, or ``None`` for an empty cell.

    Examples:
        >>> from newsparse.quantity import parse_count
        >>> fatalities(parse_count("more than 20")), fatalities(parse_count("up to 22"))
        (21, 22)
        >>> fatalities(parse_count("dozens")), fatalities(parse_count("dozens"), "acled")
        (24, 12)
        >>> fatalities(parse_count("a large number")) is None
        True
        >>> fatalities(None), fatalities(None, unstated=None)
        (0, None)
    """
    if count is None:
        return unstated
    if count.qualifier is not CountQualifier.VAGUE:
        return count.low if count.low is not None else count.high
    policy = VagueCounts(vague)
    if policy is VagueCounts.BLANK:
        return None
    if policy is VagueCounts.ACLED:
        words = " ".join(count.text.lower().split())
        return _ACLED_VAGUE.get(words.removesuffix(" of"))
    return count.low


def incident_rows(
    incidents: Iterable[Incident],
    *,
    source: str | None = None,
    vague: VagueCounts | str = VagueCounts.LOWER_BOUND,
    unstated: int | None = 0,
    extra: bool = False,
    event_types: Mapping[IncidentKind, tuple[str, str]] = EVENT_TYPES,
) -> list[Row]:
    """Turn incidents into flat rows with the columns of :data:`COLUMNS`.

    Args:
        incidents: the incidents, e.g. ``article.incidents``.
        source: the outlet, written in every row's ``source`` column.
        vague: the policy for vague counts (see :class:`VagueCounts`).
        unstated: fatalities for an incident whose story says nothing of deaths.
        extra: add the columns of :data:`EXTRA_COLUMNS`.
        event_types: the ``(event_type, sub_event_type)`` for each kind.

    Returns:
        One dict per incident; ``event_date`` is ISO (``"2019-11-08"``) or ``None``; actors
        with several names are joined with ``"; "``.

    Examples:
        >>> from newsparse.incident import extract_incidents
        >>> import datetime as dt
        >>> found = extract_incidents(
        ...     ["On Friday, militants fired 17 Katyusha rockets at the Qayyarah military base,"
        ...      " killing two soldiers."], reference=dt.date(2019, 11, 10))
        >>> row = incident_rows(found, source="Kurdistan 24")[0]
        >>> row["event_date"], row["sub_event_type"], row["actor1"], row["fatalities"]
        ('2019-11-08', 'Shelling/artillery/missile attack', 'militants', 2)
    """
    rows: list[Row] = []
    for incident in incidents:
        killed = fatalities(incident.killed, vague, unstated=unstated)
        event_type, sub_event_type = event_types[incident.kind]
        if incident.kind is IncidentKind.OTHER and (killed or incident.wounded):
            event_type, sub_event_type = event_types.get(IncidentKind.SHOOTING, _TOLL_TYPE)
        row: Row = {
            "event_date": incident.date.isoformat() if incident.date else None,
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "actor1": "; ".join(incident.perpetrators) or None,
            "actor2": "; ".join(incident.targets) or None,
            "location": incident.location,
            "fatalities": killed,
            "notes": incident.evidence,
            "source": source,
        }
        if extra:
            precision = incident.date_precision
            row["time_precision"] = _TIME_PRECISION[precision] if precision else None
            row["injuries"] = fatalities(incident.wounded, vague, unstated=unstated)
            row["kind"] = incident.kind.value
            row["date_text"] = incident.date_text
            row["paragraph"] = incident.paragraph
        rows.append(row)
    return rows


def article_rows(
    article: Article,
    *,
    vague: VagueCounts | str = VagueCounts.LOWER_BOUND,
    unstated: int | None = 0,
    extra: bool = False,
) -> list[Row]:
    r"""Rows for an article's incidents, with its outlet as the source.

    Args:
        article: a parsed article.
        vague: the policy for vague counts (see :class:`VagueCounts`).
        unstated: fatalities for an incident whose story says nothing of deaths.
        extra: add the columns of :data:`EXTRA_COLUMNS`.

    Returns:
        One dict per incident, as :func:`incident_rows` makes them.

    Examples:
        >>> import newsparse, datetime as dt
        >>> article = newsparse.parse("Gunmen kill two\n\nGunmen shot dead two police "
        ...     "officers in Sanaa on Thursday.", published=dt.date(2012, 10, 11))
        >>> [(r["event_date"], r["location"], r["fatalities"]) for r in article_rows(article)]
        [('2012-10-11', 'Sanaa', 2)]
    """
    return incident_rows(
        article.incidents, source=article.source, vague=vague, unstated=unstated, extra=extra
    )


def write_csv(
    rows: Iterable[Mapping[str, object]], file: IO[str], columns: Sequence[str] = COLUMNS
) -> None:
    """Write rows as CSV with a header line.

    Args:
        rows: rows from :func:`incident_rows` or :func:`article_rows`.
        file: a text file opened with ``newline=""``.
        columns: the columns to write, in order (``COLUMNS + EXTRA_COLUMNS`` for all).

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> write_csv([{"event_date": "2019-11-08", "fatalities": 0}], out,
        ...           columns=("event_date", "fatalities"))
        >>> out.getvalue().splitlines()
        ['event_date,fatalities', '2019-11-08,0']
    """
    writer = csv.DictWriter(file, columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column) for column in columns})
