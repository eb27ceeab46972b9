"""parse_many: order, failures, workers, streaming."""

from __future__ import annotations

import datetime as dt
import functools
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Article, parse, to_dict
from newsparse.batch import CHUNK_SIZE, CHUNKS_IN_FLIGHT_PER_JOB, ParseFailure, parse_many


def test_results_come_in_input_order_with_failures_in_place():
    texts = ["One story.", "", "\x00binary", b"Two story.", 42]
    results = list(parse_many(texts))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in results] == [
        "Article",
        "ParseFailure",
        "ParseFailure",
        "Article",
        "ParseFailure",
    ]
    assert results[1] == ParseFailure(
        index=1, error_type="EmptyInputError", message="input holds no text"
    )
    assert results[4].error_type == "InputTypeError"


def test_items_may_carry_their_own_publication_time():
    [first, second] = parse_many(
        [("Rockets hit.", dt.date(2020, 1, 2)), "Rockets hit."], published=dt.date(2019, 5, 6)
    )
    assert first.published == dt.datetime(2020, 1, 2)
    assert second.published == dt.datetime(2019, 5, 6)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(["A story.", "", "Another story here.", "B."]), max_size=40))
def test_two_workers_give_what_one_gives(texts):
    assert list(parse_many(texts, jobs=2, extract=False)) == list(parse_many(texts, extract=False))


@settings(max_examples=5, deadline=None)
@given(st.lists(st.sampled_from(["A story.", "", "Another story here.", "B."]), max_size=40))
def test_a_transform_runs_on_each_article_and_passes_failures_through(texts):
    expected = [
        r if isinstance(r, ParseFailure) else to_dict(r) for r in parse_many(texts, extract=False)
    ]
    for jobs in (1, 2):
        # A partial pickles, so it can run in the workers.
        transform = functools.partial(to_dict)
        assert list(parse_many(texts, jobs=jobs, extract=False, transform=transform)) == expected


def test_input_is_read_lazily():
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield "A story."

    results = parse_many(endless(), jobs=2, extract=False)
    for _ in range(5):
        next(results)
    assert pulled <= 2 * CHUNKS_IN_FLIGHT_PER_JOB * CHUNK_SIZE + CHUNK_SIZE
    results.close()

    pulled = 0
    single = parse_many(endless())
    next(single)
    assert pulled == 1


def test_negative_jobs_are_refused():
    with pytest.raises(ValueError, match="jobs"):
        list(parse_many(["x"], jobs=-1))


def test_failures_and_articles_pickle():
    failure = ParseFailure(index=3, error_type="EmptyInputError", message="input holds no text")
    assert pickle.loads(pickle.dumps(failure)) == failure
    article = parse("A story.")
    assert isinstance(pickle.loads(pickle.dumps(article)), Article)
