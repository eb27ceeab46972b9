r"""Records as flat rows of plain values, for CSV files and ``pandas.DataFrame``.

Each table has fixed columns, so every row of a table has the same keys in the same order;
lists become ``"; "``-joined strings, missing text an empty string, missing numbers ``None``
(an empty cell in CSV). :data:`DTYPES` gives the pandas dtype of every column.

Examples:
    >>> import newsparse
    >>> article = newsparse.parse("Police arrest three\n\nDALLAS (AP) — Police said so.")
    >>> row = next(rows(article, "articles", article_id="a1"))
    >>> row["id"], row["title"], row["dateline_place"], row["paragraph_count"]
    ('a1', 'Police arrest three', 'Dallas', 1)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsparse.article import Article
from newsparse.quantity import Count

__all__ = ["COLUMNS", "DTYPES", "TABLES", "rows"]

TABLES = ("articles", "attributions", "incidents", "credits")

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "site",
        "title",
        "published",
        "source",
        "authors",
        "dateline_place",
        "dateline_region",
        "dateline_agency",
        "paragraph_count",
        "related",
        "credits",
        "attribution_count",
        "incident_count",
        "removed_count",
        "warnings",
        "text",
    ),
    "attributions": (
        "id",
        "index",
        "paragraph",
        "speaker",
        "cue",
        "content",
        "kind",
        "anonymous",
        "recipient",
        "speaker_start",
        "speaker_end",
        "cue_start",
        "cue_end",
        "content_start",
        "content_end",
    ),
    "incidents": (
        "id",
        "index",
        "kind",
        "date",
        "date_precision",
        "date_text",
        "location",
        "perpetrators",
        "targets",
        "killed_low",
        "killed_high",
        "killed_qualifier",
        "killed_text",
        "wounded_low",
        "wounded_high",
        "wounded_qualifier",
        "wounded_text",
        "munitions",
        "paragraph",
        "evidence",
    ),
    "credits": ("id", "index", "role", "name", "place"),
}
"""The columns of each table, in order."""

_INTEGERS = (
    "paragraph_count",
    "attribution_count",
    "incident_count",
    "removed_count",
    "index",
    "paragraph",
)
_OPTIONAL_INTEGERS = (
    "killed_low",
    "killed_high",
    "wounded_low",
    "wounded_high",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
)

DTYPES: dict[str, dict[str, str]] = {
    table: {
        column: "int64"
        if column in _INTEGERS
        else "Int64"
        if column in _OPTIONAL_INTEGERS
        else "boolean"
        if column == "anonymous"
        else "string"
        for column in columns
    }
    for table, columns in COLUMNS.items()
}
"""pandas dtypes for each table's columns: ``DataFrame(rows, columns=…).astype(DTYPES[t])``.
Optional numbers (a count's bounds, spans) are ``None`` when absent, hence nullable."""

SEPARATOR = "; "


def _count(prefix: str, count: Count | None) -> dict[str, Any]:
    if count is None:
        return {
            f"{prefix}_low": None,
            f"{prefix}_high": None,
            f"{prefix}_qualifier": "",
            f"{prefix}_text": "",
        }
    return {
        f"{prefix}_low": count.low,
        f"{prefix}_high": count.high,
        f"{prefix}_qualifier": count.qualifier.value,
        f"{prefix}_text": count.text,
    }


def _span(prefix: str, span: tuple[int, int] | None) -> dict[str, Any]:
    start, end = span if span else (None, None)
    return {f"{prefix}_start": start, f"{prefix}_end": end}


def rows(article: Article, table: str, *, article_id: str = "") -> Iterator[dict[str, Any]]:
    """Yield the rows ``article`` contributes to ``table`` (one of :data:`TABLES`).

    Args:
        article: the article.
        table: ``"articles"`` (one row), ``"attributions"``, ``"incidents"`` or ``"credits"``
            (one row per record).
        article_id: what identifies the article in every row (a path, a record id).

    Raises:
        ValueError: ``table`` is not one of :data:`TABLES`.
    """
    if table == "articles":
        dateline = article.dateline
        yield {
            "id": article_id,
            "site": article.site,
            "title": article.title or "",
            "published": article.published.isoformat() if article.published else "",
            "source": article.source or "",
            "authors": SEPARATOR.join(article.authors),
            "dateline_place": (dateline.place or "") if dateline else "",
            "dateline_region": (dateline.region or "") if dateline else "",
            "dateline_agency": (dateline.agency or "") if dateline else "",
            "paragraph_count": len(article.paragraphs),
            "related": SEPARATOR.join(article.related),
            "credits": SEPARATOR.join(f"{c.role.value}: {c.name}" for c in article.credits),
            "attribution_count": len(article.attributions),
            "incident_count": len(article.incidents),
            "removed_count": len(article.removed),
            "warnings": SEPARATOR.join(article.warnings),
            "text": article.text,
        }
    elif table == "attributions":
        for index, attribution in enumerate(article.attributions):
            yield {
                "id": article_id,
                "index": index,
                "paragraph": attribution.paragraph,
                "speaker": attribution.speaker or "",
                "cue": attribution.cue,
                "content": attribution.content,
                "kind": attribution.kind.value,
                "anonymous": attribution.anonymous,
                "recipient": attribution.recipient or "",
                **_span("speaker", attribution.speaker_span),
                **_span("cue", attribution.cue_span),
                **_span("content", attribution.content_span),
            }
    elif table == "incidents":
        for index, incident in enumerate(article.incidents):
            munitions = [
                f"{m.count.text} {m.name}" if m.count else m.name for m in incident.munitions
            ]
            yield {
                "id": article_id,
                "index": index,
                "kind": incident.kind.value,
                "date": incident.date.isoformat() if incident.date else "",
                "date_precision": incident.date_precision.value if incident.date_precision else "",
                "date_text": incident.date_text or "",
                "location": incident.location or "",
                "perpetrators": SEPARATOR.join(incident.perpetrators),
                "targets": SEPARATOR.join(incident.targets),
                **_count("killed", incident.killed),
                **_count("wounded", incident.wounded),
                "munitions": SEPARATOR.join(munitions),
                "paragraph": incident.paragraph,
                "evidence": incident.evidence,
            }
    elif table == "credits":
        for index, credit in enumerate(article.credits):
            yield {
                "id": article_id,
                "index": index,
                "role": credit.role.value,
                "name": credit.name,
                "place": credit.place or "",
            }
    else:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
