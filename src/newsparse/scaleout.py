"""Parsing a corpus on a Dask cluster: bags of texts in, DataFrames and Parquet out.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``). Each function is a small step of
the recipe in ``docs/scale-out.md``; the work on the workers is :func:`newsparse.parse` and
:func:`newsparse.flatten.rows`, exactly what one process does, so a cluster's rows equal a
laptop's.

Examples:
    >>> import dask
    >>> bag = texts_from_paths(["tests/data/generic/wire-story.txt"])
    >>> frame = to_dataframe(parse_bag(bag), "articles")
    >>> frame.compute(scheduler="sync")["title"].tolist()
    ['Police arrest three after shooting at market']
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsparse.batch import ParseFailure
from newsparse.errors import ParseError
from newsparse.flatten import COLUMNS, DTYPES, rows
from newsparse.pipeline import Extract, selected_extractors
from newsparse.registry import parse

__all__ = ["parse_bag", "texts_from_jsonl", "texts_from_paths", "to_dataframe"]

PARTITION_SIZE = 200
"""Texts per partition: big enough to amortise scheduling, small enough to spread."""


def _optional(module: str) -> Any:
    """Import a module of the ``dask`` extra, or say how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        package = module.split(".", maxsplit=1)[0]
        raise ImportError(
            f"newsparse.scaleout needs {package}: pip install 'newsparse[dask]'"
        ) from exc


def _dask_bag() -> Any:
    return _optional("dask.bag")


def dask_dataframe() -> Any:
    """The ``dask.dataframe`` module, or a clear error without the extra."""
    return _optional("dask.dataframe")


def texts_from_paths(paths: Iterable[str | Path], *, partition_size: int = PARTITION_SIZE) -> Any:
    """A bag of ``(id, text)`` pairs, one per file, read on the workers.

    Args:
        paths: article files; their paths become the ids.
        partition_size: files per partition.
    """
    names = [str(path) for path in paths]
    bag = _dask_bag().from_sequence(names, partition_size=partition_size)
    return bag.map(lambda name: (name, Path(name).read_bytes()))


def _jsonl_records(path: str, field: str) -> list[tuple[str, str]]:
    records = []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                data = json.loads(line)
                records.append((f"{path}:{number}", data.get(field) or ""))
    return records


def texts_from_jsonl(paths: Sequence[str | Path], field: str) -> Any:
    """A bag of ``(id, text)`` pairs from JSON Lines files, ids being ``path:line``.

    Args:
        paths: JSON Lines files, one partition each.
        field: the record field that holds the article's text.
    """
    bag = _dask_bag().from_sequence([str(path) for path in paths], npartitions=len(paths) or 1)
    return bag.map(_jsonl_records, field).flatten()


def _parse_pair(
    pair: tuple[str, str | bytes], site: str | None, extract: Extract
) -> tuple[str, Any]:
    identifier, text = pair
    try:
        return identifier, parse(text, site=site, extract=extract)
    except ParseError as exc:
        return identifier, ParseFailure(index=-1, error_type=type(exc).__name__, message=str(exc))


def parse_bag(bag: Any, *, site: str | None = None, extract: Extract = True) -> Any:
    """Parse every ``(id, text)`` pair: a bag of ``(id, Article or ParseFailure)``.

    Articles and failures pickle, so the bag can be persisted or moved between workers.
    ``extract`` is checked here, before any work is sent to the cluster.
    """
    return bag.map(_parse_pair, site, selected_extractors(extract))


def _table_rows(pair: tuple[str, Any], table: str) -> list[dict[str, Any]]:
    identifier, result = pair
    if isinstance(result, ParseFailure):
        return []
    return list(rows(result, table, article_id=identifier))


def to_dataframe(parsed: Any, table: str = "articles") -> Any:
    """One of the flat tables of :mod:`newsparse.flatten` as a Dask DataFrame.

    Failures contribute no rows; keep them with ``parsed.filter(...)`` if you need them.
    """
    pandas = _optional("pandas")
    columns = list(COLUMNS[table])
    meta = pandas.DataFrame({column: [] for column in columns}).astype(DTYPES[table])
    records = parsed.map(_table_rows, table).flatten()
    make_frame = _delayed()(_frame)
    frames = [make_frame(part, table) for part in records.to_delayed()]
    return dask_dataframe().from_delayed(frames, meta=meta)


def _frame(part: Iterable[dict[str, Any]], table: str) -> Any:
    return (
        _optional("pandas")
        .DataFrame(list(part), columns=list(COLUMNS[table]))
        .astype(DTYPES[table])
    )


def _delayed() -> Any:
    return _optional("dask").delayed
