"""Dask: a local cluster of worker processes gives the lines `pyenforce batch` gives."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from test_batch import generated  # noqa: F401  (the fixture: 300 generated cases)

distributed = pytest.importorskip("distributed")


def test_local_cluster_matches_batch(generated, tmp_path):  # noqa: F811
    import dask.bag as db
    from pyenforce.dask import evaluate_bag

    lines = generated.read_text().splitlines()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        bag = db.from_sequence(lines, npartitions=6)
        results = evaluate_bag(bag).compute()
    batch = run_cli("batch", str(generated)).stdout.splitlines()
    assert results == batch
    assert len({json.loads(r)["outcome"] for r in results}) == 3
