"""newskit on a real Dask cluster: a scheduler and two workers started here with the ``dask`` command."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from click.testing import CliRunner  # noqa: E402

from newskit.cli import cli  # noqa: E402

SRC = Path(__file__).resolve().parents[1] / "src"
BBC = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpus" / "bbc.jsonl"
DASK = Path(sys.executable).parent / "dask"
RECORDS = int(os.environ.get("NEWSKIT_TEST_DASK_RECORDS", "80"))  # the check uses 200


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``tcp://127.0.0.1:PORT`` of a scheduler with two one-thread workers; all three are stopped afterwards."""
    if not DASK.exists():
        pytest.skip("the dask command is not installed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    workdir = tmp_path_factory.mktemp("dask")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
    started: list[subprocess.Popen[bytes]] = []
    log = (workdir / "cluster.log").open("wb")
    try:
        started.append(subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
            env=env, cwd=workdir, stdout=log, stderr=log,
        ))
        for n in range(2):
            started.append(subprocess.Popen(
                [str(DASK), "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1",
                 "--name", f"w{n}", "--local-directory", str(workdir / f"w{n}"), "--memory-limit", "0"],
                env=env, cwd=workdir, stdout=log, stderr=log,
            ))
        with distributed.Client(address, timeout=120) as client:
            client.wait_for_workers(2, timeout=180)
        yield address
    finally:
        for proc in reversed(started):  # the workers, then the scheduler
            proc.terminate()
        for proc in started:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def _records(text: str) -> list[dict[str, object]]:
    records = [json.loads(line) for line in text.splitlines()]
    for record in records:
        result = record.get("result")
        if isinstance(result, dict):
            result.pop("timings", None)
    return records


@pytest.mark.skipif(not BBC.exists(), reason="needs ../shared/data/corpus/bbc.jsonl")
def test_the_cli_on_a_cluster_writes_the_records_of_a_local_run(cluster: str, tmp_path: Path) -> None:
    corpus = tmp_path / "bbc.jsonl"
    with BBC.open("rb") as src:
        corpus.write_bytes(b"".join(line for _, line in zip(range(RECORDS), src, strict=False)))
    local = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "jsonl"])
    remote = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "jsonl", "--dask", cluster])
    assert local.exit_code == remote.exit_code == 0, remote.stderr
    assert len(_records(remote.stdout)) == RECORDS
    assert _records(remote.stdout) == _records(local.stdout)


def test_a_bag_and_a_frame_of_articles_on_the_cluster(cluster: str) -> None:
    import dask.bag as db

    from newskit.dask import extract_bag, mentions_frame

    texts = [f"Talks in {place} opened on Monday." for place in ["Paris", "Berlin", "Rome", "Madrid"]]
    frame = pd.DataFrame({"id": ["p", "b", "r", "m"], "text": texts, "published": ["2023-03-01"] * 4})
    with distributed.Client(cluster):
        records = extract_bag(db.from_sequence(texts, npartitions=2), published="2023-03-01").compute()
        mentions = mentions_frame(dd.from_pandas(frame, npartitions=2)).compute()
    assert [[c["code"] for c in r["result"]["countries"]] for r in records] == [["FR"], ["DE"], ["IT"], ["ES"]]
    countries = mentions[mentions["kind"] == "country"]
    assert list(zip(countries["article"], countries["value"], strict=True)) == [
        ("p", "FR"), ("b", "DE"), ("r", "IT"), ("m", "ES")
    ]
    dates = mentions[mentions["kind"] == "date"]
    assert set(dates["value"]) == {"2023-02-27"} and len(dates) == 4
