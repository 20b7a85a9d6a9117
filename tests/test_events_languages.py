"""Main events of Spanish, French and German articles (sentences written for these tests)."""

from __future__ import annotations

import pytest

import newskit
from newskit.extractors.events.lexicon import lexicon, reading

CASES = [
    (
        "es",
        "La canciller de Chile, Ana Morales, visitó el martes Lima, donde se reunió con su homólogo. "
        "Ambos firmaron un acuerdo comercial.",
        "visit",
        "Ana Morales",
        "Lima",
    ),
    (
        "fr",
        "Le ministre Paul Girard a rencontré mardi à Genève la présidente Claire Dubois. "
        "Les deux dirigeants ont signé un accord.",
        "meet",
        "Paul Girard",
        "Genève",
    ),
    (
        "de",
        "Bundeskanzler Karl Brenner hat am Dienstag in Wien den Präsidenten Paul Girard getroffen. "
        "Beide unterzeichneten ein Abkommen.",
        "meet",
        "Karl Brenner",
        "Wien",
    ),
]


@pytest.mark.parametrize(("language", "text", "kind", "who", "where"), CASES)
def test_main_event_has_who_what_where_when(language: str, text: str, kind: str, who: str, where: str) -> None:
    event = newskit.extract(text, published="2024-03-07", language=language).main_event
    assert event is not None
    assert event.kind == kind
    assert who in [p.name for p in event.who]
    assert [p.name for p in event.where] == [where]
    assert event.when is not None and event.when.value == "2024-03-05"
    assert 0 < len(event.what.split()) <= 6


def test_trigger_words_follow_the_article_language() -> None:
    assert "visitó" in lexicon("es").forms and "visitó" not in lexicon("en").forms
    with reading("de"):
        assert "getroffen" in lexicon().forms
    assert "getroffen" not in lexicon().forms  # English again outside the article


def test_english_article_after_a_spanish_one_keeps_english_triggers() -> None:
    newskit.extract("El ministro visitó Lima.", language="es")
    event = newskit.extract("The minister visited Lima on Tuesday.", published="2024-03-07", language="en").main_event
    assert event is not None and event.kind == "visit"
