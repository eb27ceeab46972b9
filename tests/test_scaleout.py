"""The Dask recipe runs on a local cluster of two worker processes and gives the rows one
process gives."""

from __future__ import annotations

import json
import pickle

import pytest

from newsparse import parse
from newsparse.flatten import rows

from conftest import DATA

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (the dask extra)")

from newsparse.scaleout import parse_bag, texts_from_jsonl, texts_from_paths, to_dataframe  # noqa: E402

FILES = sorted(DATA.glob("*/*.txt"))


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def _single_process_rows(table):
    return [
        row for path in FILES for row in rows(parse(path.read_bytes()), table, article_id=str(path))
    ]


@pytest.mark.parametrize("table", ["articles", "credits", "attributions", "incidents"])
def test_cluster_rows_equal_single_process_rows(client, tmp_path, table):
    frame = to_dataframe(parse_bag(texts_from_paths(FILES, partition_size=3)), table)
    target = tmp_path / f"{table}.parquet"
    frame.to_parquet(str(target))
    cluster_rows = dask.dataframe.read_parquet(str(target)).compute().to_dict("records")
    expected = _single_process_rows(table)
    assert len(cluster_rows) == len(expected)
    assert [{k: str(v) for k, v in row.items()} for row in cluster_rows] == [
        {k: str(v) for k, v in row.items()} for row in expected
    ]


def test_jsonl_input_and_failures(client, tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "\n".join(json.dumps({"text": path.read_text(encoding="utf-8")}) for path in FILES[:3])
        + "\n"
        + json.dumps({"text": ""})
        + "\n"
    )
    parsed = parse_bag(texts_from_jsonl([dump], "text")).compute()
    assert [identifier for identifier, _ in parsed] == [f"{dump}:{n}" for n in range(1, 5)]
    assert type(parsed[-1][1]).__name__ == "ParseFailure"
    assert parsed[0][1] == parse(FILES[0].read_text(encoding="utf-8"))


def test_records_survive_cloudpickle():
    cloudpickle = pytest.importorskip("cloudpickle")
    article = parse(FILES[0].read_bytes())
    assert cloudpickle.loads(cloudpickle.dumps(article)) == article
    assert pickle.loads(cloudpickle.dumps(article)) == article
