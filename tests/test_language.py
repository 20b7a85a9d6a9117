"""The article's language: given, detected or the default, and extractors that serve only some languages."""

from __future__ import annotations

import time

import pytest

import newskit
from newskit import Article, Pipeline
from newskit.hookspecs import hookimpl
from newskit.language import decide, detect

SENTENCES = {
    "en": "The minister said on Tuesday that the talks with the unions would resume after the holidays.",
    "de": "Der Minister sagte am Dienstag, dass die Gespräche mit den Gewerkschaften nach den Feiertagen weitergehen.",
    "fr": "Le ministre a déclaré mardi que les discussions avec les syndicats reprendraient après les fêtes.",
    "es": "El ministro dijo el martes que las negociaciones con los sindicatos se reanudarán después de las fiestas.",
}


@pytest.mark.parametrize(("language", "text"), SENTENCES.items())
def test_detects_each_language(language: str, text: str) -> None:
    assert detect(text) == language
    result = newskit.extract(text, published="2023-02-23")
    assert (result.language, result.language_source) == (language, "detected")


def test_given_language_wins_over_the_text() -> None:
    result = newskit.extract(SENTENCES["de"], language="fr")
    assert (result.language, result.language_source) == ("fr", "given")
    record = {"text": SENTENCES["en"], "language": "es"}
    assert newskit.extract(record).language == "es"


def test_other_languages_are_not_taken_for_ours() -> None:
    italian = "Il governo ha detto che le elezioni della regione sono state rinviate alla prossima settimana."
    assert detect(italian) not in ("en", "de", "fr", "es")


def test_nothing_to_detect_falls_back_to_english() -> None:
    assert decide(None, "12 34 56") == ("en", "default")
    assert newskit.extract("").language_source in ("default", "detected")


def test_a_short_sentence_too_thin_to_tell_is_read_as_english() -> None:
    pytest.importorskip("py3langid", reason="py3langid (the [languages] detector) is not installed")
    # "met" is Dutch too: unconstrained, the identifier says Dutch with a low probability
    result = newskit.extract("Anna Keller met Paul Brandt in Lyon on Monday.", published="2024-05-08")
    assert (result.language, result.language_source) == ("en", "default")
    assert [d.value for d in result.dates] == ["2024-05-06"]
    assert decide(None, "Regering kondigt verkiezingen aan voor dinsdag") == ("nl", "detected")
    assert decide(None, "Gobierno anuncia elecciones para el martes") == ("es", "detected")


def test_detection_is_cheap() -> None:
    text = SENTENCES["en"] * 200
    detect(text)
    t0 = time.perf_counter()
    for _ in range(200):
        detect(text)
    assert (time.perf_counter() - t0) / 200 < 0.002  # well under the cost of one article


class _OnlyGerman:
    @staticmethod
    @hookimpl
    def register_date_extractors(register: object) -> None:
        def german_only(doc: newskit.Document) -> list[newskit.DateMention]:
            return [
                newskit.DateMention(text=doc.text[:3], start=0, end=3, extractor="german_only", value="2023")
            ]

        register(german_only, name="german_only", languages=("de",))  # type: ignore[operator]


def test_a_plugin_runs_only_for_the_languages_it_serves() -> None:
    pipe = Pipeline([_OnlyGerman()], entry_points=False)
    german = pipe.extract(Article(text="Der Vertrag", language="de"))
    english = pipe.extract(Article(text="The treaty", language="en"))
    assert [d.extractor for d in german.dates] == ["german_only"]
    assert english.dates == ()


PARAGRAPHS = {
    "en": "The minister said on Monday that the talks with the union were going well and that a deal for the "
    "drivers was close. It was the first time that the two sides had met since the strike began in the spring, "
    "and both of them hope to sign it by the end of the month.",
    "fr": "Le ministre a dit lundi que les discussions avec les syndicats avançaient et qu'un accord pour les "
    "chauffeurs était proche. C'est la première fois que les deux parties se sont rencontrées depuis le début de "
    "la grève au printemps.",
    "es": "El ministro dijo el lunes que las conversaciones con los sindicatos avanzaban y que un acuerdo para los "
    "conductores estaba cerca. Es la primera vez que las dos partes se reúnen desde el inicio de la huelga.",
    "de": "Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften gut vorankämen und eine Einigung "
    "für die Fahrer nahe sei. Es war das erste Treffen der beiden Seiten seit dem Beginn des Streiks.",
}


@pytest.mark.parametrize("first", sorted(PARAGRAPHS))
@pytest.mark.parametrize("second", sorted(PARAGRAPHS))
def test_the_plainly_english_shortcut_agrees_with_counting(first: str, second: str) -> None:
    from newskit import language

    text = PARAGRAPHS[first] + " " + PARAGRAPHS[second]
    counted = language._count(text[: language.SAMPLE])
    if language._plainly_english(text[: language.SAMPLE]):
        assert counted[0][1] == "en" and counted[0][0] >= 2 * (counted[1][0] if len(counted) > 1 else 0)
    if first == second == "en":
        assert language._plainly_english(text)
    elif "en" not in (first, second):
        assert not language._plainly_english(text)
    if first == second:
        assert language.detect(text) == first


def test_the_language_model_is_read_once() -> None:
    # reading py3langid's model decompresses it (about half a second): the identifier restricted to
    # newskit's languages shares the arrays of the full one instead of reading the model again
    pytest.importorskip("py3langid", reason="py3langid (the [languages] detector) is not installed")
    from newskit.language import LANGUAGES, _identifier

    full, ours = _identifier(None), _identifier(LANGUAGES)
    assert ours is not full
    assert ours._full_model[0] is full._full_model[0]
    assert set(ours.nb_classes) == set(LANGUAGES)
