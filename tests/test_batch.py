"""Corpus runs: lazy reading, order kept with workers, exit statuses, interruption and resume of a real run."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newskit import hookimpl
from newskit.batch import Settings, Source, completed_inputs, iter_sources, run, to_item
from newskit.cli import cli
from newskit.testing import plugin_registered

SRC = Path(__file__).resolve().parents[1] / "src"
PLACES = ["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Lisbon", "Athens"]


def _articles(n: int) -> Iterator[dict[str, str]]:
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        yield {"id": f"a{i}", "text": f"Talks in {place} number {i} opened on Monday.", "published": "2023-03-01"}


def _write_corpus(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in _articles(n)), encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "newskit", *args], capture_output=True, text=True, env=env, timeout=300)


def test_json_lines_are_split_on_newline_only(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '\ufeff{"text": "Talks in Paris\u0085 on Monday."}\r\n\n{"text": "Putin in Moscow.\u2028Then Minsk."}\n{"text": 5}\n',
        encoding="utf-8",
    )
    items = [to_item(s) for s in iter_sources([str(path)])]
    assert [i.label.rsplit(":", 1)[1] for i in items] == ["1", "3", "4"]
    assert [i.article.text for i in items[:2] if i.article] == ["Talks in Paris\u0085 on Monday.", "Putin in Moscow.\u2028Then Minsk."]
    assert items[2].error is not None and "text must be a string" in items[2].error


def test_unreadable_files_and_folders_give_error_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Talks in Paris.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Talks in Rome.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Talks in Oslo.", encoding="utf-8")
    real_scandir, real_read = os.scandir, Path.read_bytes

    def scandir(path: os.PathLike[str] | str) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    def read_bytes(self: Path) -> bytes:
        if self.name == "c.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    sources = list(iter_sources([str(tmp_path)]))
    assert [(Path(s.label).name, s.kind) for s in sources] == [("a.txt", "text"), ("c.txt", "error"), ("locked", "error")]
    assert sources[1].payload == "cannot read: Permission denied"
    assert sources[2].payload == "cannot read folder: Permission denied"


def test_a_directory_is_walked_in_sorted_path_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a.txt", "a/b/c.json", "c.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text('{"text": "x"}' if name.endswith(".json") else "x", encoding="utf-8")
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in {".txt", ".json"})
    assert [s.label for s in iter_sources([str(tmp_path)])] == [str(p) for p in files]


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_read_as_they_are_processed(jobs: int) -> None:
    """An endless input still gives its first records: nothing reads ahead without bound."""
    read = itertools.count()

    def endless() -> Iterator[Source]:
        for i in itertools.count():
            next(read)
            yield Source(f"s{i}", "text", f"Talks in Paris number {i}.")

    outcomes = run(endless(), Settings(), jobs=jobs)
    first = list(itertools.islice(outcomes, 40))
    outcomes.close()  # type: ignore[attr-defined]
    assert [o.label for o in first] == [f"s{i}" for i in range(40)]
    assert next(read) < 40 + 2 * (2 * jobs + 1) * 16


def test_completed_inputs_keeps_whole_records_and_drops_a_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = [json.dumps({"input": f"x:{i}", "result": {}}) + "\n" for i in range(3)]
    out.write_text(good[0] + good[1] + "not a record\n" + good[2] + '{"input": "x:9", "res', encoding="utf-8")
    assert completed_inputs(out) == {"x:0", "x:1", "x:2"}
    assert out.read_text(encoding="utf-8") == good[0] + good[1] + good[2]
    out.write_text(good[0] + good[1] + '{"input": "x:9"', encoding="utf-8")
    assert completed_inputs(out) == {"x:0", "x:1"}
    assert out.read_text(encoding="utf-8") == good[0] + good[1]


def test_a_run_killed_with_sigterm_resumes_to_one_record_per_input(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 160)
    out = tmp_path / "out.jsonl"
    env = dict(os.environ, PYTHONPATH=str(SRC))
    command = [sys.executable, "-m", "newskit", "extract", str(corpus), "--format", "jsonl", "-o", str(out)]
    proc = subprocess.Popen([*command, "--jobs", "2"], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 20_000:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "run again with --resume" in err and "Traceback" not in err
    kept = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert kept and all(line.endswith("\n") for line in kept)
    first = [json.loads(line)["input"] for line in kept]  # every line is a whole record
    assert 0 < len(first) < 160
    with out.open("a", encoding="utf-8") as fh:  # as if killed while writing a record
        fh.write('{"input": "' + str(corpus) + ':160", "result": {"art')

    resumed = _cli("extract", str(corpus), "--format", "jsonl", "-o", str(out), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    labels = [r["input"] for r in records]
    assert sorted(labels) == sorted(f"{corpus}:{i}" for i in range(1, 161))
    assert labels[: len(first)] == first
    assert all("result" in r for r in records)


class _Raising:
    @hookimpl
    def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
        def fails(doc):  # type: ignore[no-untyped-def]
            if "Rome" in doc.text:
                raise RuntimeError("no people in Rome")
            return []

        register(fails)


def test_the_exit_status_reports_plugin_failures_as_it_reports_bad_inputs(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 8)
    with plugin_registered(_Raising(), name="raising"):
        result = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "a plugin failed on 1 of 8 inputs" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"].rsplit(":", 1)[1] for r in records if r["result"]["errors"]] == ["4"]


class _Interrupting:
    @hookimpl
    def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
        def interrupts(doc):  # type: ignore[no-untyped-def]
            if "Madrid" in doc.text:
                raise KeyboardInterrupt
            return []

        register(interrupts)


def test_an_interrupted_json_run_leaves_a_closed_array(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 8)
    with plugin_registered(_Interrupting(), name="interrupting"):
        result = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "json"])
    assert result.exit_code == 128 + signal.SIGINT
    assert [r["input"].rsplit(":", 1)[1] for r in json.loads(result.stdout)] == ["1", "2"]
    assert "interrupted after 2 records" in result.stderr


def test_resume_needs_a_jsonl_output_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "x.txt", "--resume"])
    assert result.exit_code == 2 and "--resume needs --output FILE and --format jsonl" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_strict_mode_with_a_plugin_that_cannot_register_stops_at_once(tmp_path: Path, jobs: str) -> None:
    pkg = tmp_path / "brokenplugin"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "import newskit\n@newskit.hookimpl\ndef register_people_extractors(register):\n    raise RuntimeError('no model')\n"
    )
    dist = tmp_path / "brokenplugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: brokenplugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[newskit]\nbroken = brokenplugin\n")
    corpus = _write_corpus(tmp_path / "corpus.jsonl", 6)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(SRC)]))
    done = subprocess.run(
        [sys.executable, "-m", "newskit", "extract", str(corpus), "--strict", "--jobs", jobs, "--format", "jsonl"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert done.returncode == 3
    assert done.stderr.strip().splitlines()[-1] == (
        "newskit: strict mode: plugin 'broken' failed (register): RuntimeError: no model"
    )
    assert "Traceback" not in done.stderr and done.stdout == ""
