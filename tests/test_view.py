"""The visual view: marks, legend, entities and timeline; then the page in a real headless Chromium.

The browser tests need Chromium from Debian's packages (``make test`` installs it when missing) and skip,
saying why, where it is absent. ``NEWSKIT_UPDATE_SCREENSHOT=1`` also copies the screenshot they take of
the bundled example article to ``docs/_static/view.png``, the picture in the README and the docs.
"""

from __future__ import annotations

import os
import re
import shutil
import socketserver
import struct
import subprocess
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import newskit
from newskit.cli import cli
from newskit.models import CountryMention, DateMention, Event, Extraction, Period, Span
from newskit.view import render_html, render_page, when_label

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "data" / "seed" / "blinken-central-asia.txt"
EXAMPLE = ROOT / "examples" / "summit.txt"
SCREENSHOT = ROOT / "docs" / "_static" / "view.png"

SENTENCE = (
    "Harbour deal for Chile\n\nPresident Gabriel Boric of Chile met Japanese Prime Minister Fumio Kishida in Tokyo "
    "on Monday, and the two will sign a port agreement next week, Kishida said."
)


class Dom(HTMLParser):
    """What a page holds: its marks (kind, value, text), SVG elements, and any address it would load."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.loads: list[str] = []
        self.events: list[str] = []
        self._mark: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "mark":
            self._mark = [a.get("data-kind") or "", a.get("data-value") or "", ""]
        if tag == "g" and a.get("class") == "event":
            self.events.append(a.get("data-when") or "")
        for name in ("src", "href", "srcset", "data", "poster", "action", "xlink:href"):
            value = a.get(name) or ""
            if tag != "a" and value and not value.startswith(("#", "data:")):
                self.loads.append(f"{tag} {name}={value}")
        if tag in {"link", "iframe", "object", "embed", "base"} or (tag == "script" and a.get("src")):
            self.loads.append(tag)

    def handle_data(self, data: str) -> None:
        if self._mark is not None and self.tags[-1:] != ["sub"]:
            self._mark[2] += data

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(f"/{tag}")
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], self._mark[1], self._mark[2]))
            self._mark = None

    def count(self, kind: str) -> int:
        return sum(k == kind for k, _, _ in self.marks)


def parse(page: str) -> Dom:
    dom = Dom()
    dom.feed(page)
    return dom


# --------------------------------------------------------------------------- the page itself


def test_every_mention_is_a_mark_with_its_kind_and_value() -> None:
    result = newskit.extract(SENTENCE, published="2023-03-01")
    dom = parse(render_page(result))
    assert len(dom.marks) == len(list(result.mentions()))
    assert ("person", "Gabriel Boric", "Gabriel Boric") in dom.marks
    assert ("person", "Fumio Kishida", "Kishida") in dom.marks  # a short mention shows its canonical name
    assert ("country", "CL", "Chile") in dom.marks and ("country", "JP", "Japanese") in dom.marks
    assert ("date", "2023-02-27", "Monday") in dom.marks and ("date", "2023-W10", "next week") in dom.marks
    assert "svg" in dom.tags and dom.events
    assert not dom.loads


def test_the_page_is_self_contained_and_escapes_the_text() -> None:
    text = 'Talks in Paris on <b>Monday</b> & "more" <script>alert(1)</script> <img src="http://x.example/a.png">.'
    page = render_page(newskit.extract(text, published="2023-03-01"))
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "<img" not in page
    assert not parse(page).loads
    assert not re.search(r"url\(|@import|<link\b", page)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_repr_html_is_the_same_view() -> None:
    result = newskit.extract(SENTENCE, published="2023-03-01")
    assert result._repr_html_() == render_html(result)
    assert parse(result._repr_html_()).marks == parse(render_page(result)).marks


def test_overlapping_or_misplaced_mentions_do_not_break_the_text() -> None:
    text = "Paris and Rome"
    bad = Extraction(
        article=newskit.Article(text=text),
        text=text,
        countries=[
            CountryMention(text="Paris", start=0, end=5, code="FR"),
            CountryMention(text="aris", start=1, end=5, code="FR"),
            CountryMention(text="Rome", start=20, end=24, code="IT"),
        ],
    )
    dom = parse(render_html(bad))
    assert dom.marks == [("country", "FR", "Paris")]
    assert "Paris and Rome" in re.sub(r"<[^>]+>", "", render_html(bad))


def _event(value: str | None, first: str | None, last: str | None, start: int = 0) -> Event:
    span = Span(text="met", start=start, end=start + 3)
    when = None
    if value is not None or first is not None:
        period = Period(first=newskit.models.to_date(first), last=newskit.models.to_date(last)) if first else None  # type: ignore[arg-type]
        when = DateMention(text="x", start=0, end=1, value=value, period=period)
    return Event(kind="meet", trigger=span, sentence=span, when=when)


def test_timeline_labels_years_as_years_and_keeps_undated_events_apart() -> None:
    assert when_label(_event("1908", "1908-01-01", "1908-12-31")) == "1908"
    assert when_label(_event("2023-W09", "2023-02-27", "2023-03-05")) == "2023-W09"
    assert when_label(_event("PAST_REF", None, None)) == "earlier"
    assert when_label(_event(None, None, None)) == "undated"
    events = [_event(None, None, None, 0), _event("1908", "1908-01-01", "1908-12-31", 5), _event("2023-11", "2023-11-01", "2023-11-30", 9)]
    result = Extraction(article=newskit.Article(text="x" * 20), text="x" * 20, events=events, main_event=events[1])
    dom = parse(render_html(result))
    assert dom.events == ["1908", "2023-11"]
    assert "Without calendar dates (1)" in render_html(result)


def test_newskit_view_writes_the_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, "utf-8")
    out = tmp_path / "view.html"
    run = CliRunner().invoke(cli, ["view", str(tmp_path / "a.txt"), "--published", "2023-03-01", "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "wrote" in run.stderr and parse(out.read_text("utf-8")).count("person") >= 3
    stdout = CliRunner().invoke(cli, ["view", str(tmp_path / "a.txt"), "-o", "-"])
    assert stdout.exit_code == 0 and stdout.stdout.startswith("<!DOCTYPE html>")
    missing = CliRunner().invoke(cli, ["view", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.html")])
    assert missing.exit_code == 1 and "cannot read" in missing.stderr


# --------------------------------------------------------------------------- in a real browser


class _Recorder(socketserver.ThreadingTCPServer):
    """A proxy that answers nothing and writes down every request Chromium sends it."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.requests: list[str] = []
        super().__init__(("127.0.0.1", 0), _RecordRequest)


class _RecordRequest(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        line = self.rfile.readline(4096).decode("latin-1").strip()
        assert isinstance(self.server, _Recorder)
        self.server.requests.append(line)


# Chromium's own background traffic (component updates, clock, sign-in), which the flags do not all stop.
_CHROMIUM_SERVICES = re.compile(r"\b[\w.-]*\.(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(?::\d+)?\b")


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("Chromium is not installed: `make browser` (apt-get install -y chromium) installs it")
    return exe


@pytest.fixture
def proxy() -> Iterator[_Recorder]:
    server = _Recorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def browse(exe: str, page: Path, proxy: _Recorder, *args: str) -> subprocess.CompletedProcess[str]:
    """Chromium, headless, with every network request sent to the recording proxy."""
    command = [
        exe,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={page.parent / 'chromium-profile'}",
        f"--proxy-server=http://127.0.0.1:{proxy.server_address[1]}",
        "--proxy-bypass-list=<-loopback>",
        *args,
        page.as_uri(),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return run


def fetched(proxy: _Recorder) -> list[str]:
    """The requests that came from the page (not from Chromium's own services)."""
    return [r for r in proxy.requests if not _CHROMIUM_SERVICES.search(r)]


def test_the_recorder_sees_a_page_that_fetches(chromium: str, proxy: _Recorder, tmp_path: Path) -> None:
    page = tmp_path / "fetch.html"
    page.write_text('<html><body><img src="http://newskit.invalid/a.png"><p>x</p></body></html>', "utf-8")
    browse(chromium, page, proxy, "--dump-dom")
    assert any("newskit.invalid" in r for r in fetched(proxy)), proxy.requests


def _render_in_browser(chromium: str, proxy: _Recorder, tmp_path: Path, text: str, published: str) -> Dom:
    page = tmp_path / "view.html"
    run = CliRunner().invoke(cli, ["view", "-", "--published", published, "-o", str(page)], input=text)
    assert run.exit_code == 0, run.output
    dom = parse(browse(chromium, page, proxy, "--dump-dom").stdout)
    assert fetched(proxy) == [], proxy.requests
    assert "svg" in dom.tags and "rect" in dom.tags and dom.events
    return dom


def test_a_written_sentence_renders_in_chromium(chromium: str, proxy: _Recorder, tmp_path: Path) -> None:
    dom = _render_in_browser(chromium, proxy, tmp_path, SENTENCE, "2023-03-01")
    assert (dom.count("person"), dom.count("country"), dom.count("date")) == (3, 4, 2)


def test_the_seed_article_renders_in_chromium(chromium: str, proxy: _Recorder, tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}: ../shared is not beside this checkout")
    dom = _render_in_browser(chromium, proxy, tmp_path, SEED.read_text("utf-8"), "2023-02-23")
    assert dom.count("person") >= 7 and dom.count("date") >= 7 and dom.count("country") >= 9
    people = {value for kind, value, _ in dom.marks if kind == "person"}
    assert {"Antony Blinken", "Kassym-Jomart Tokayev", "Xi Jinping"} <= people
    assert ("date", "2023-W09", "next week") in dom.marks


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_of_the_example_article(chromium: str, proxy: _Recorder, tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    run = CliRunner().invoke(cli, ["view", str(EXAMPLE), "--published", "2023-07-18", "-o", str(page)])
    assert run.exit_code == 0, run.output
    shot = tmp_path / "view.png"
    browse(chromium, page, proxy, "--hide-scrollbars", "--window-size=1100,1250", f"--screenshot={shot}")
    assert _png_size(shot) == (1100, 1250) and shot.stat().st_size > 20_000  # a drawn page, not a blank one
    assert fetched(proxy) == [], proxy.requests
    if os.environ.get("NEWSKIT_UPDATE_SCREENSHOT", "").strip() in {"1", "true", "yes"}:
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_the_docs_show_the_screenshot() -> None:
    assert _png_size(SCREENSHOT)[0] >= 800
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "docs/_static/view.png" in readme.split("\n## ", 1)[0], "the README's first screen shows the view"
    assert "_static/view.png" in (ROOT / "docs" / "guide" / "view.md").read_text("utf-8")


def test_organisations_are_marked_and_listed() -> None:
    from newskit.models import Entities, Organization, OrganizationMention

    text = "The Bank of Japan met the IMF."
    boj = OrganizationMention(text="Bank of Japan", start=4, end=17, name="Bank of Japan")
    imf = OrganizationMention(text="IMF", start=26, end=29, name="International Monetary Fund")
    result = Extraction(
        article=newskit.Article(text=text),
        text=text,
        organizations=[boj, imf],
        entities=Entities(organizations=[Organization(name=m.name, mentions=[m], count=1, first=m.start) for m in (boj, imf)]),
    )
    page = render_html(result)
    assert parse(page).marks == [
        ("organization", "Bank of Japan", "Bank of Japan"),
        ("organization", "International Monetary Fund", "IMF"),
    ]
    assert "Organisations (2)" in page and "<td>International Monetary Fund</td>" in page
