"""Web pages in: main text, title, date, language and author from HTML; furniture left out; the CLI's readers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newskit
from newskit import Article
from newskit.cli import cli, file_date, read_inputs
from newskit.pages import NoArticleText, read_page

pytest.importorskip("trafilatura", reason="the html extra is not installed")


SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

BODY = [
    "The harbour authority of Valparaíso said on Wednesday that the new pier will open next month, after two years of work.",
    "Engineers from Norway and Peru helped design the structure, which can take ships twice as long as before.",
    "Mayor Camila Reyes Ortega told reporters that the city expects more cruise visitors next year.",
]


def page(
    *,
    lang: str | None = "en",
    published: str | None = "2024-03-06T08:00:00+00:00",
    title: str = "Valparaíso opens a longer pier",
    body: list[str] = BODY,
    charset: str = "utf-8",
) -> str:
    """A news page as a site serves it: cookie banner, menu, breaking-news line, most-read list, newsletter box."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    lang_attr = f' lang="{lang}"' if lang else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html{lang_attr}><head><meta charset="{charset}"><title>{title} | Coast Daily</title>
<meta property="og:title" content="{title}">{meta}</head>
<body>
<div class="cookie-banner">We use cookies. <button>Accept all</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="breaking">Breaking: Hans Gruber opens the Oktoberfest in Munich on Saturday</div></header>
<main><article><h1>{title}</h1><div class="byline">By Lucía Ferrer</div>{paragraphs}</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Italy wins the cup in Rome</a></li>
<li><a href="/b">Sven Lindqvist sails around Sweden</a></li></ol></aside></main>
<footer><div class="newsletter">Subscribe to our newsletter. <button>Sign up</button></div>
<p>© 2024 Coast Daily. All rights reserved.</p></footer></body></html>"""


def test_the_article_of_a_page_with_its_title_date_language_and_author() -> None:
    article = Article.from_html(page(), url="https://coast.example/pier")
    assert article.title == "Valparaíso opens a longer pier"
    assert article.published is not None and article.published.isoformat() == "2024-03-06"
    assert (article.language, article.url) == ("en", "https://coast.example/pier")
    assert article.metadata["author"] == "Lucía Ferrer"
    assert article.text.startswith("Valparaíso opens a longer pier\n\nThe harbour authority")
    assert all(p in article.text for p in BODY)
    for furniture in ("cookies", "Hans Gruber", "Most read", "Italy", "Sign up", "All rights reserved"):
        assert furniture not in article.text


def test_the_pages_date_anchors_relative_dates_and_the_caller_can_override_it() -> None:
    result = newskit.extract(Article.from_html(page()))
    dates = {d.text: d.value for d in result.dates}
    assert dates["Wednesday"] == "2024-03-06" and dates["next month"] == "2024-04" and dates["next year"] == "2025"
    assert all(result.text[m.start : m.end] == m.text for m in result.mentions())
    assert result.text == result.article.text
    assert {c.code for c in result.countries} >= {"CL", "NO", "PE"} and "IT" not in {c.code for c in result.countries}
    assert "Hans Gruber" not in {p.name for p in result.people}

    later = newskit.extract(Article.from_html(page()), published="2025-01-01")
    assert {d.text: d.value for d in later.dates}["next year"] == "2026"
    assert Article.from_html(page(), published="2020-02-02", language="es").language == "es"


def test_a_page_without_an_article_body_is_an_error_that_says_so() -> None:
    links = "".join(f'<li><a href="/{i}">Story number {i} from the coast</a></li>' for i in range(10))
    for html in ("", "   ", "<html><body><nav><a href='/'>Home</a></nav></body></html>", f"<html><body><ul>{links}</ul></body></html>"):
        with pytest.raises(NoArticleText, match="no article text"):
            read_page(html)
    with pytest.raises(TypeError):
        read_page(None)  # type: ignore[arg-type]


def test_bytes_in_the_pages_own_encoding() -> None:
    raw = page(charset="iso-8859-1").encode("latin-1")
    assert "Valparaíso" in Article.from_html(raw).text


def test_a_page_without_language_or_date() -> None:
    article = Article.from_html(page(lang=None, published=None))
    assert article.published is None and article.language is None  # detected from the text when extracting
    assert Article.from_html(page(lang="de-AT")).language == "de"


def test_records_with_an_html_field() -> None:
    record = {"html": page(published=None), "id": 3, "date": "2024-05-01", "section": "Ports", "url": "https://x.example/p"}
    article = Article.from_dict(record)
    assert (article.id, article.url, article.published.isoformat()) == ("3", "https://x.example/p", "2024-05-01")  # type: ignore[union-attr]
    assert article.metadata["section"] == "Ports" and article.metadata["author"] == "Lucía Ferrer"
    result = newskit.extract({"html": page()})
    assert result.article.title == "Valparaíso opens a longer pier"


def run(*args: str, input: str | bytes | None = None) -> tuple[int, list[dict[str, Any]], str]:
    out = CliRunner().invoke(cli, [*args, "--format", "jsonl"], input=input)
    return out.exit_code, [json.loads(line) for line in out.stdout.splitlines()], out.stderr


def test_cli_reads_pages_folders_of_pages_and_html_records(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "pier.html").write_text(page(), "utf-8")
    (tmp_path / "pages" / "index.htm").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    (tmp_path / "pages.jsonl").write_text(json.dumps({"html": page(published=None), "id": "p1"}) + "\n", "utf-8")
    code, records, err = run("extract", str(tmp_path / "pages"), str(tmp_path / "pages.jsonl"), "--published", "2023-01-01")
    by_input = {Path(r["input"]).name: r for r in records}
    assert sorted(by_input) == ["index.htm", "pages.jsonl:1", "pier.html"]
    assert "no article text" in by_input["index.htm"]["error"]
    pier = by_input["pier.html"]["result"]
    assert pier["article"]["published"] == "2024-03-06"  # the page's own date, not the default
    assert by_input["pages.jsonl:1"]["result"]["article"]["published"] == "2023-01-01"  # the page gives none
    assert "Hans Gruber" not in pier["text"]
    assert code == 1 and "1 of 3 inputs failed" in err


def test_cli_reads_a_page_on_standard_input() -> None:
    code, [record], _ = run("extract", "-", input=page())
    assert code == 0 and record["result"]["article"]["title"] == "Valparaíso opens a longer pier"


def test_language_option_and_dates_in_file_names(tmp_path: Path) -> None:
    (tmp_path / "talks.2023-02-23.txt").write_text("Talks in Paris\n\nThe talks will open on Tuesday.\n", "utf-8")
    (tmp_path / "2021-06-01-vote.txt").write_text("A vote is due next week.\n", "utf-8")
    (tmp_path / "undated.txt").write_text("A vote is due next week.\n", "utf-8")
    (tmp_path / "de.jsonl").write_text(json.dumps({"text": "Hallo.", "language": "de"}) + "\n", "utf-8")
    code, records, _ = run("extract", str(tmp_path), "--published", "2020-01-01", "--language", "fr")
    by_input = {Path(r["input"]).name: r["result"] for r in records}
    assert by_input["talks.2023-02-23.txt"]["article"]["published"] == "2023-02-23"
    assert by_input["2021-06-01-vote.txt"]["article"]["published"] == "2021-06-01"
    assert by_input["undated.txt"]["article"]["published"] == "2020-01-01"
    assert by_input["undated.txt"]["article"]["language"] == "fr"
    assert by_input["de.jsonl:1"]["article"]["language"] == "de"
    assert code == 0
    assert file_date(Path("x.2023-13-01.txt")) is None and file_date(Path("12023-01-01.txt")) is None
    [item] = read_inputs([str(tmp_path / "undated.txt")])
    assert item.article is not None and item.article.published is None and item.article.language is None
    [item] = read_inputs([str(tmp_path / "talks.2023-02-23.txt")])
    assert item.article is not None and [d.value for d in newskit.extract(item.article).dates] == ["2023-02-28"]


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(Path(newskit.__file__).parent.parent), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, check=False, timeout=120)


def test_python_dash_m_newskit_and_a_cheap_import(tmp_path: Path) -> None:
    (tmp_path / "pier.html").write_text(page(), "utf-8")
    run = _python("-m", "newskit", "extract", str(tmp_path / "pier.html"), "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["result"]["article"]["title"] == "Valparaíso opens a longer pier"
    assert _python("-m", "newskit", "--help").stdout.startswith("Usage: newskit")
    check = _python("-c", "import sys, newskit; print(sorted(m for m in ('trafilatura', 'htmldate', 'lxml', 'pandas') if m in sys.modules))")
    assert check.stdout.strip() == "[]", check.stdout + check.stderr


def test_the_seed_article_as_a_site_serves_it() -> None:
    html = SHARED / "data" / "html" / "blinken-central-asia.html"
    if not html.exists():
        pytest.skip(f"the seed page is not at {html}: ../shared is not beside this checkout")
    want = json.loads(html.with_name("blinken-central-asia.expected.json").read_text("utf-8"))
    result = newskit.extract(Article.from_html(html.read_bytes()))
    assert result.article.published is not None and result.article.published.isoformat() == want["published"]
    assert result.article.title == want["title"] and result.article.language == want["language"]
    assert {p.name for p in result.entities.people} == set(want["people"])
    assert set(want["countries"]) <= {c.code for c in result.countries} <= {*want["countries"], *want["countries_may_add"]}
    assert {(d["text"], d["value"]) for d in want["dates"]} <= {(d.text, d.value) for d in result.dates}
