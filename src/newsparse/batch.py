"""Many articles at once.

:func:`parse_many` streams results in input order, on one process or several, with memory that
stays flat however long the input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import attrs

from newsparse.article import Article
from newsparse.errors import ParseError
from newsparse.registry import parse

__all__ = ["ParseFailure", "parse_many"]

Published = dt.date | dt.datetime | None
Item = str | bytes | tuple[str | bytes, Published]

# Texts go to a worker in chunks, so a process pays for the round trip once per chunk; a few
# chunks per worker are kept in flight, so input is read only a little ahead of output.
CHUNK_SIZE = 16
CHUNKS_IN_FLIGHT_PER_JOB = 4


@attrs.frozen(kw_only=True)
class ParseFailure:
    """An input that could not be parsed, in place of its Article.

    Examples:
        >>> [result] = parse_many([""])
        >>> result
        ParseFailure(index=0, error_type='EmptyInputError', message='input holds no text')
    """

    index: int
    """Position of the input in the iterable given to :func:`parse_many`."""
    error_type: str
    """The exception's class name (``"EmptyInputError"``, ``"BinaryInputError"``, …)."""
    message: str
    """The exception's message."""


def _parse_one(
    index: int, item: Item, site: str | None, published: Published, extract: bool
) -> Article | ParseFailure:
    text, when = item if isinstance(item, tuple) else (item, published)
    try:
        return parse(text, site=site, published=when, extract=extract)
    except ParseError as exc:
        return ParseFailure(index=index, error_type=type(exc).__name__, message=str(exc))


def _parse_chunk(
    chunk: list[tuple[int, Item]], site: str | None, published: Published, extract: bool
) -> list[Article | ParseFailure]:
    return [_parse_one(index, item, site, published, extract) for index, item in chunk]


def _workers(jobs: int) -> int:
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, got {jobs}")
    return jobs or os.cpu_count() or 1


def parse_many(
    texts: Iterable[Item],
    *,
    jobs: int = 1,
    site: str | None = None,
    published: Published = None,
    extract: bool = True,
) -> Iterator[Article | ParseFailure]:
    """Parse many texts, yielding an Article or a :class:`ParseFailure` for each, in order.

    The input is read lazily and only a few chunks ahead of the output, so memory stays flat
    whatever the length of ``texts``. Inputs that raise a :class:`~newsparse.ParseError`
    become failures; the stream goes on.

    Args:
        texts: the articles; an item may be ``(text, published)`` to give its own
            publication time.
        jobs: worker processes; 1 parses in this process, 0 uses every core.
        site: force one parser for every text.
        published: the publication time for items that do not give their own.
        extract: run the attribution and incident extractors.

    Yields:
        For each input, its Article or its ParseFailure.

    Raises:
        ValueError: ``jobs`` is negative.

    Examples:
        >>> results = list(parse_many(["First story.", b"", "Second story."]))
        >>> [type(result).__name__ for result in results]
        ['Article', 'ParseFailure', 'Article']
    """
    workers = _workers(jobs)
    numbered = enumerate(texts)
    if workers == 1:
        for index, item in numbered:
            yield _parse_one(index, item, site, published, extract)
        return
    chunks = iter(lambda: list(itertools.islice(numbered, CHUNK_SIZE)), [])
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Article | ParseFailure]]] = deque()
        for chunk in itertools.islice(chunks, workers * CHUNKS_IN_FLIGHT_PER_JOB):
            pending.append(pool.submit(_parse_chunk, chunk, site, published, extract))
        while pending:
            results = pending.popleft().result()
            next_chunk = next(chunks, None)
            if next_chunk is not None:
                pending.append(pool.submit(_parse_chunk, next_chunk, site, published, extract))
            yield from results
