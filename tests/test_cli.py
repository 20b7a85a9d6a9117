"""The newskit command: formats, bad inputs among good ones, directories, stdin, jobs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newskit.cli import cli
from newskit.serialize import from_dict

ARTICLE = "Summit in Paris\n\nLeaders met in Paris on Monday, officials said.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Paris".encode("latin-1"))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": "Talks in Berlin.", "published": "2020-05-01", "id": "b1"}) + "\n{not json\n\n"
        + json.dumps({"title": "no text"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.json").write_text(json.dumps([{"text": "Rome.", "id": "c1"}, {"text": "Madrid."}]), encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    return tmp_path


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_every_input_gets_one_record_and_errors_name_input_and_reason(corpus: Path) -> None:
    code, out, err = run("extract", str(corpus), "--format", "jsonl", "--published", "2023-02-23")
    records = [json.loads(line) for line in out.splitlines()]
    by_input = {Path(r["input"]).name: r for r in records}
    assert sorted(by_input) == ["a.txt", "b.jsonl:1", "b.jsonl:2", "b.jsonl:4", "c.json[0]", "c.json[1]", "latin1.txt"]
    assert "not UTF-8" in by_input["latin1.txt"]["error"]
    assert "malformed JSON line" in by_input["b.jsonl:2"]["error"]
    assert "needs a 'text' field" in by_input["b.jsonl:4"]["error"]
    good = from_dict(by_input["a.txt"]["result"])
    assert good.article.title == "Summit in Paris" and str(good.article.published) == "2023-02-23"
    assert from_dict(by_input["b.jsonl:1"]["result"]).article.published.isoformat() == "2020-05-01"  # type: ignore[union-attr]
    assert code == 1 and "3 of 7 inputs failed" in err


def test_all_good_inputs_exit_zero_and_json_is_one_array(corpus: Path) -> None:
    code, out, _ = run("extract", str(corpus / "a.txt"), str(corpus / "c.json"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [d["input"].rsplit("/", 1)[-1] for d in data] == ["a.txt", "c.json[0]", "c.json[1]"]


def test_table_is_a_readable_summary(corpus: Path) -> None:
    code, out, _ = run("extract", str(corpus / "a.txt"), "--published", "2023-02-23")
    assert code == 0
    assert "a.txt  (published 2023-02-23)" in out
    for heading in ("Dates (", "People (", "Countries (", "Events ("):
        assert heading in out


def test_missing_file_and_stdin_and_output_file(tmp_path: Path) -> None:
    code, out, _ = run("extract", str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert code == 1 and "cannot read" in json.loads(out)["error"]
    out_file = tmp_path / "out.jsonl"
    code, _, _ = run("extract", "-", "--format", "jsonl", "--output", str(out_file), input=ARTICLE)
    assert code == 0
    record = json.loads(out_file.read_text(encoding="utf-8"))
    assert record["input"] == "<stdin>" and record["result"]["text"] == ARTICLE


def test_jobs_give_the_same_records_in_the_same_order(corpus: Path) -> None:
    _, serial, _ = run("extract", str(corpus), "--format", "jsonl")
    _, parallel, _ = run("extract", str(corpus), "--format", "jsonl", "--jobs", "2")

    def strip_timings(line: str) -> dict[str, object]:
        record = json.loads(line)
        record.get("result", {}).pop("timings", None)
        return record

    assert [strip_timings(x) for x in serial.splitlines()] == [strip_timings(x) for x in parallel.splitlines()]


def test_plugins_lists_the_builtins_with_their_hooks() -> None:
    code, out, _ = run("plugins", "--json")
    assert code == 0
    plugins = {p["name"]: p for p in json.loads(out)}
    assert plugins["newskit.extractors.dates.plugin"]["hooks"] == ["register_date_extractors"]
    assert plugins["newskit.extractors.events.plugin"]["source"] == "builtin"


def test_timeline_prints_and_reports_bad_inputs(corpus: Path) -> None:
    code, _, err = run("timeline", str(corpus / "a.txt"), str(corpus / "latin1.txt"))
    assert code == 1 and "latin1.txt: not UTF-8" in err


def test_timeline_orders_dated_events_and_labels_the_rest() -> None:
    import datetime as dt

    from newskit.models import Article, DateMention, Event, Extraction, Participant, Period, Span
    from newskit.render import render_timeline

    def event(kind: str, when: DateMention | None) -> Event:
        span = Span(text="x", start=0, end=1)
        return Event(kind=kind, trigger=span, sentence=span, who=[Participant(name="Ann")], when=when)

    def day(value: str) -> DateMention:
        d = dt.date.fromisoformat(value)
        return DateMention(text="x", start=0, end=1, value=value, period=Period(first=d, last=d))

    past = DateMention(text="x", start=0, end=1, value="PAST_REF")
    result = Extraction(
        article=Article(text="x"), text="x",
        events=[event("visit", day("2023-02-28")), event("meet", past), event("sign", day("2022-11-01")), event("talk", None)],
    )
    lines = render_timeline([("a.txt", result)]).splitlines()
    assert [line.split()[0] if line else "" for line in lines] == [
        "2022-11-01", "2023-02-28", "", "Without", "earlier", "undated"
    ]
    assert lines[0].endswith('sign: Ann "x" [2022-11-01]  (a.txt)')
    year = DateMention(text="x", start=0, end=1, value="1908", period=Period(first=dt.date(1908, 1, 1), last=dt.date(1908, 12, 31)))
    only = Extraction(article=Article(text="x"), text="x", events=[event("born", year)])
    assert render_timeline([("b.txt", only)]).split()[0] == "1908"


def test_timeline_says_whom_and_what_did_not_happen(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Officials said on Monday that the army did not attack the town. Police arrested Tom Hale on Friday.",
        encoding="utf-8",
    )
    code, out, _ = run("timeline", "--published", "2023-03-01", str(tmp_path / "a.txt"))
    assert code == 0
    lines = out.splitlines()
    attack = next(line for line in lines if '"attack' in line or 'attack"' in line)
    arrest = next(line for line in lines if "arrest" in line)
    assert ' not "' in attack
    assert " not " not in arrest and "-> Tom Hale" in arrest


def test_table_stars_the_main_event(tmp_path: Path) -> None:
    from newskit import hookimpl
    from newskit.models import Event
    from newskit.testing import plugin_registered

    class Headline:
        @hookimpl
        def register_event_builders(self, register):  # type: ignore[no-untyped-def]
            def headline(doc, findings):  # type: ignore[no-untyped-def]
                if doc.title is not None:
                    yield Event(kind="report", trigger=doc.title, sentence=doc.title, salience=100.0)

            register(headline)

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with plugin_registered(Headline(), name="headline"):
        code, out, _ = run("extract", str(tmp_path / "a.txt"))
    assert code == 0
    assert ' *report: ? "Summit in Paris" [undated]' in out.splitlines()
