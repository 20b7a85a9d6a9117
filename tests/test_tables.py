"""Tables out: `--format csv` (one row per mention) and DataFrames."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import newskit
from newskit.cli import cli
from newskit.tables import EVENT_COLUMNS, MENTION_COLUMNS, event_rows, mention_rows, to_dataframe

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "seed" / "blinken-central-asia.txt"
ARTICLE = 'Port deal\n\nPresident Gabriel Boric said, "Chile and Peru will sign next week", in Lima on Monday.\n'


def csv_rows(*args: str, input: str | None = None) -> tuple[int, list[dict[str, str]]]:
    run = CliRunner().invoke(cli, ["extract", *args, "--format", "csv"], input=input)
    reader = csv.DictReader(io.StringIO(run.stdout))
    assert tuple(reader.fieldnames or ()) == MENTION_COLUMNS
    return run.exit_code, list(reader)


def test_csv_has_one_row_per_mention_with_exact_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", "utf-8")
    code, rows = csv_rows(str(tmp_path / "a.txt"), str(tmp_path / "bad.jsonl"), "--published", "2023-03-01")
    result = newskit.extract(ARTICLE, published="2023-03-01")
    good = [r for r in rows if r["input"].endswith("a.txt")]
    assert len(good) == len(list(result.mentions()))
    for row in good:
        assert ARTICLE[int(row["start"]) : int(row["end"])] == row["text"]
    found = {(r["kind"], r["text"], r["value"]) for r in good}
    assert {("person", "Gabriel Boric", "Gabriel Boric"), ("country", "Chile", "CL"), ("country", "Lima", "PE")} <= found
    assert {("date", "next week", "2023-W10"), ("date", "Monday", "2023-03-06")} <= found
    assert all(r["extractor"] for r in good)
    [error] = [r for r in rows if r["kind"] == "error"]
    assert error["input"].endswith("bad.jsonl:1") and "malformed JSON" in error["text"]
    assert code == 1


def test_csv_of_the_seed_article() -> None:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}: ../shared is not beside this checkout")
    code, rows = csv_rows(str(SEED), "--published", "2023-02-23")
    assert code == 0
    values = {kind: {r["value"] for r in rows if r["kind"] == kind} for kind in ("person", "date", "country")}
    assert {"Antony Blinken", "Alexander Lukashenko", "Vladimir Putin", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev",
            "Xi Jinping", "Emmanuel Macron"} == values["person"]
    assert {"2023-W09", "2023-02-28", "2022-11"} <= values["date"]
    assert {"BY", "CN", "FR", "IN", "KZ", "RU", "UA", "US", "UZ"} <= values["country"]


def test_rows_and_dataframes() -> None:
    result = newskit.extract(ARTICLE, published="2023-03-01", id="a1")
    rows = list(mention_rows(result))
    assert {r["input"] for r in rows} == {"a1"} and all(tuple(r) == MENTION_COLUMNS for r in rows)
    events = list(event_rows(result, "x"))
    assert events and all(tuple(r) == EVENT_COLUMNS for r in events) and sum(r["main"] for r in events) == 1
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    other = newskit.extract("Rome and Oslo.", published="2023-03-01")
    frame = to_dataframe([("first", result), ("second", other)])
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert len(frame) == len(rows) + 2 and list(frame[frame.input == "second"].value) == ["IT", "NO"]
    assert list(to_dataframe(result, table="events").columns) == list(EVENT_COLUMNS)
    assert len(to_dataframe([])) == 0
    with pytest.raises(ValueError, match="mentions' or 'events"):
        to_dataframe(result, table="people")
