"""Many articles at once.

:func:`parse_many` streams results in input order, on one process or several, with memory that
stays flat however long the input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar, overload

import attrs

from newsparse.article import Article
from newsparse.errors import ParseError
from newsparse.pipeline import Extract, selected_extractors
from newsparse.registry import parse

__all__ = ["ParseFailure", "parse_many"]

Published = dt.date | dt.datetime | None
Item = str | bytes | tuple[str | bytes, Published]
Result = TypeVar("Result")
Transform = Callable[[Article], Any] | None

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


@attrs.frozen
class _Settings:
    """What every input of one batch is parsed with; shipped to the workers with each chunk."""

    site: str | None
    published: Published
    extract: frozenset[str]
    transform: Transform


def _parse_one(index: int, item: Item, settings: _Settings) -> Any:
    text, when = item if isinstance(item, tuple) else (item, settings.published)
    try:
        article = parse(text, site=settings.site, published=when, extract=settings.extract)
    except ParseError as exc:
        return ParseFailure(index=index, error_type=type(exc).__name__, message=str(exc))
    return article if settings.transform is None else settings.transform(article)


def _parse_chunk(chunk: list[tuple[int, Item]], settings: _Settings) -> list[Any]:
    return [_parse_one(index, item, settings) for index, item in chunk]


def _workers(jobs: int) -> int:
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, got {jobs}")
    return jobs or os.cpu_count() or 1


@overload
def parse_many(
    texts: Iterable[Item],
    *,
    jobs: int = 1,
    site: str | None = None,
    published: Published = None,
    extract: Extract = True,
    transform: None = None,
) -> Iterator[Article | ParseFailure]: ...


@overload
def parse_many(
    texts: Iterable[Item],
    *,
    jobs: int = 1,
    site: str | None = None,
    published: Published = None,
    extract: Extract = True,
    transform: Callable[[Article], Result],
) -> Iterator[Result | ParseFailure]: ...


def parse_many(
    texts: Iterable[Item],
    *,
    jobs: int = 1,
    site: str | None = None,
    published: Published = None,
    extract: Extract = True,
    transform: Callable[[Article], Any] | None = None,
) -> Iterator[Any]:
    """Parse many texts, yielding an Article or a :class:`ParseFailure` for each, in order.

    The input is read lazily and only a few chunks ahead of the output, so memory stays flat
    whatever the length of ``texts``. Inputs that raise a :class:`~newsparse.ParseError`
    become failures; the stream goes on.

    With several workers, each Article is pickled in its worker and rebuilt in this process,
    which costs about as much as a tenth of its parse. When only a product of the Article is
    wanted (a dict for JSON, rows for a table), ``transform`` computes it in the worker and
    only that product travels: cheaper to ship, and the work is shared among the workers.

    Args:
        texts: the articles; an item may be ``(text, published)`` to give its own
            publication time.
        jobs: worker processes; 1 parses in this process, 0 uses every core.
        site: force one parser for every text.
        published: the publication time for items that do not give their own.
        extract: the extractors to run, as for :func:`newsparse.parse`.
        transform: a function applied to each Article where it was parsed; its result is
            yielded instead of the Article (failures are yielded as they are). With
            ``jobs`` other than 1 it must pickle: a module-level function or a
            :func:`functools.partial` of one. Its exceptions are not caught.

    Yields:
        For each input, its Article (or what ``transform`` made of it) or its ParseFailure.

    Raises:
        ValueError: ``jobs`` is negative.
        UnknownExtractorError: ``extract`` names an extractor that does not exist.

    Examples:
        >>> results = list(parse_many(["First story.", b"", "Second story."]))
        >>> [type(result).__name__ for result in results]
        ['Article', 'ParseFailure', 'Article']
        >>> list(parse_many(["First story.", "Second story."], transform=lambda a: a.text))
        ['First story.', 'Second story.']
    """
    workers = _workers(jobs)
    settings = _Settings(site, published, selected_extractors(extract), transform)
    numbered = enumerate(texts)
    if workers == 1:
        for index, item in numbered:
            yield _parse_one(index, item, settings)
        return
    chunks = iter(lambda: list(itertools.islice(numbered, CHUNK_SIZE)), [])
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Any]]] = deque()
        for chunk in itertools.islice(chunks, workers * CHUNKS_IN_FLIGHT_PER_JOB):
            pending.append(pool.submit(_parse_chunk, chunk, settings))
        while pending:
            results = pending.popleft().result()
            next_chunk = next(chunks, None)
            if next_chunk is not None:
                pending.append(pool.submit(_parse_chunk, next_chunk, settings))
            yield from results
