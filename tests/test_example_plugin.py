"""plugins/newskit-example: its extractor, and the installed package found through its entry point."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.document import Document
from newskit.models import Article, Span
from newskit.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "plugins" / "newskit-example"

WATCHLIST = """\
# name | role | country | aliases
Zelda Quist | Harbour Master of Tromsø | NO | Harbour Master Quist; Quist
Ada Nkemelu | Minister of Fisheries | NG |
"""
ARTICLE = "Ferry talks resume\n\nZelda Quist opened the port on Monday. Quist later met Ada Nkemelu.\n"


def _version() -> str:
    match = re.search(r'^version = "([^"]+)"', (PACKAGE / "pyproject.toml").read_text("utf-8"), re.MULTILINE)
    assert match, "plugins/newskit-example/pyproject.toml gives no version"
    return match.group(1)


# --------------------------------------------------------------------------- unit tests (source tree)


def _import_example() -> ModuleType:
    """The plugin package imported from its source tree (no entry point: the default pipeline is untouched)."""
    src = str(PACKAGE / "src")
    sys.path.insert(0, src)
    try:
        return importlib.import_module("newskit_example")
    finally:
        sys.path.remove(src)


@pytest.fixture
def example() -> ModuleType:
    return _import_example()


@pytest.fixture
def watchlist_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "watch.txt"
    path.write_text(WATCHLIST, "utf-8")
    monkeypatch.setenv("NEWSKIT_WATCHLIST", str(path))
    return path


def test_extractor_gives_canonical_names_roles_and_countries(example: ModuleType) -> None:
    extractor = example.WatchListExtractor(example.WatchList.parse(WATCHLIST))
    doc = prepare(Article.from_text(ARTICLE))
    found = [(m.text, m.name, m.role, m.country, m.extractor) for m in extractor(doc)]
    assert found == [
        ("Zelda Quist", "Zelda Quist", "Harbour Master of Tromsø", "NO", "watchlist"),
        ("Quist", "Zelda Quist", "Harbour Master of Tromsø", "NO", "watchlist"),
        ("Ada Nkemelu", "Ada Nkemelu", "Minister of Fisheries", "NG", "watchlist"),
    ]


def test_extractor_skips_boilerplate(example: ModuleType) -> None:
    extractor = example.WatchListExtractor(example.WatchList.parse(WATCHLIST))
    text = "Quist spoke on Monday.\nSponsored by Quist\n"
    furniture = Span(text="Sponsored by Quist", start=23, end=41)
    doc = Document(article=Article(text=text), text=text, boilerplate=(furniture,))
    assert [(m.start, m.end) for m in extractor(doc)] == [(0, 5)]


def test_hook_registers_one_extractor_for_the_environment_watchlist(example: ModuleType, watchlist_file: Path) -> None:
    registered: list[tuple[Any, str | None]] = []
    example.plugin.register_people_extractors(register=lambda f, name=None: registered.append((f, name)))
    [(extractor, name)] = registered
    assert name is None and extractor.name == "watchlist"
    assert [p.name for p in extractor.watchlist.people] == ["Zelda Quist", "Ada Nkemelu"]


def test_plugin_through_a_pipeline(example: ModuleType, watchlist_file: Path) -> None:
    pipeline = newskit.Pipeline(plugins=[example.plugin], entry_points=False, strict=True)
    result = pipeline.extract(ARTICLE, published="2024-05-06")
    assert [(m.text, m.name) for m in result.people] == [
        ("Zelda Quist", "Zelda Quist"),
        ("Quist", "Zelda Quist"),
        ("Ada Nkemelu", "Ada Nkemelu"),
    ]
    people = {p.name: p for p in result.entities.people}
    assert people["Zelda Quist"].roles == ("Harbour Master of Tromsø",)
    assert people["Zelda Quist"].country == "NO"
    assert result.ok


def test_watchlist_mentions_win_ties_with_other_people_extractors(example: ModuleType, watchlist_file: Path) -> None:
    class Plain:
        @newskit.hookimpl
        def register_people_extractors(self, register: Any) -> None:
            def plain(doc: Any) -> Iterator[newskit.PersonMention]:
                i = doc.text.find("Ada Nkemelu")
                yield newskit.PersonMention(text="Ada Nkemelu", start=i, end=i + 11, name="Ada Nkemelu")

            register(plain)

    result = newskit.Pipeline(plugins=[Plain(), example.plugin], entry_points=False).extract(ARTICLE)
    [ada] = [m for m in result.people if m.name == "Ada Nkemelu"]
    assert (ada.extractor, ada.role) == ("watchlist", "Minister of Fisheries")


names = st.sampled_from(["Zelda Quist", "Quist", "Harbour Master Quist", "Ada Nkemelu"])
fillers = st.text(alphabet=st.sampled_from(list("abc xyz.,;\n-'QZ")), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(fillers, names), max_size=6), fillers)
def test_offsets_are_exact_and_every_whole_word_name_is_found(parts: list[tuple[str, str]], tail: str) -> None:
    example = _import_example()
    text = "".join(f"{filler} {name} " for filler, name in parts) + tail
    doc = Document(article=Article(text=text), text=text)
    mentions = list(example.WatchListExtractor(example.WatchList.parse(WATCHLIST))(doc))
    assert all(text[m.start : m.end] == m.text for m in mentions)
    # Every inserted name stands between spaces, and the fillers cannot spell a name.
    assert [m.text for m in mentions] == [name for _, name in parts]
    assert all(m.name == ("Ada Nkemelu" if m.text == "Ada Nkemelu" else "Zelda Quist") for m in mentions)


# --------------------------------------------------------------------------- installed with pip


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """plugins/newskit-example installed with pip into a folder of its own, as a user would install it."""
    target = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(PACKAGE)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-build-isolation")  # build with the hatchling at hand, offline
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        pytest.fail(f"pip could not install {PACKAGE}:\n{run.stdout}\n{run.stderr}")
    assert (target / "newskit_example" / "data" / "watchlist.txt").is_file(), "the default watch list was not installed"
    return target


def _newskit(target: Path, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Any:
    environ = {k: v for k, v in os.environ.items() if k not in {"NEWSKIT_STRICT", "NEWSKIT_WATCHLIST"}}
    environ["PYTHONPATH"] = os.pathsep.join([str(target), *filter(None, [os.environ.get("PYTHONPATH")])])
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "newskit.cli", *args], capture_output=True, text=True, env=environ, cwd=cwd, check=False
    )


def test_installed_plugin_is_listed_by_newskit_plugins(installed: Path) -> None:
    run = _newskit(installed, "plugins", "--json")
    assert run.returncode == 0, run.stderr
    plugins = {p["name"]: p for p in json.loads(run.stdout)}
    assert plugins["example"] == {
        "name": "example",
        "version": _version(),
        "hooks": ["register_people_extractors"],
        "source": "entry point",
        "distribution": "newskit-example",
    }
    table = _newskit(installed, "plugins")
    assert re.search(
        r"^example\s+" + re.escape(_version()) + r"\s+entry point\s+register_people_extractors$",
        table.stdout,
        re.MULTILINE,
    ), table.stdout


def test_installed_plugin_takes_part_in_extraction(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "watch.txt").write_text(WATCHLIST, "utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, "utf-8")
    env = {"NEWSKIT_WATCHLIST": str(tmp_path / "watch.txt")}
    run = _newskit(
        installed, "extract", "article.txt", "--format", "jsonl", "--published", "2024-05-06", env=env, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    [record] = [json.loads(line) for line in run.stdout.splitlines()]
    result = record["result"]
    watched = [(m["text"], m["name"], m["role"]) for m in result["people"] if m["extractor"] == "watchlist"]
    assert ("Zelda Quist", "Zelda Quist", "Harbour Master of Tromsø") in watched
    assert ("Ada Nkemelu", "Ada Nkemelu", "Minister of Fisheries") in watched
    assert not [e for e in result["errors"] if e["plugin"] == "example"]

    disabled = _newskit(
        installed, "extract", "article.txt", "--format", "jsonl", "--disable", "example", env=env, cwd=tmp_path
    )
    assert disabled.returncode == 0, disabled.stderr
    people = json.loads(disabled.stdout)["result"]["people"]
    assert all(m["extractor"] != "watchlist" for m in people)


def test_installed_plugin_passes_its_own_tests(installed: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"NEWSKIT_STRICT", "NEWSKIT_WATCHLIST"}}
    env["PYTHONPATH"] = str(installed)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
