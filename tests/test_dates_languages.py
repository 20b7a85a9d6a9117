"""Dates in Spanish, French and German, with sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import newskit
from newskit.extractors.dates.locale import tag, vocabulary

ANCHOR = dt.date(2023, 2, 23)  # a Thursday


def values(text: str, language: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag(text, anchor, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # weekdays, with and without a direction, by tense
        ("es", "El ministro llegará el próximo martes.", [("el próximo martes", "2023-02-28")]),
        ("es", "La reunión se celebró el lunes pasado.", [("el lunes pasado", "2023-02-20")]),
        ("es", "El presidente habló el martes con la prensa.", [("el martes", "2023-02-21")]),
        ("fr", "Le maire viendra mardi prochain.", [("mardi prochain", "2023-02-28")]),
        ("fr", "Le conseil fera la fête dimanche.", [("dimanche", "2023-02-26")]),
        ("de", "Die Regierung hat am Dienstag entschieden.", [("Dienstag", "2023-02-21")]),
        # day words and parts of day
        ("es", "Hoy, jueves, no hay clases.", [("Hoy, jueves", "2023-02-23")]),
        ("es", "Ayer por la tarde llovió mucho.", [("Ayer por la tarde", "2023-02-22TAF")]),
        ("fr", "Hier soir, la neige est tombée.", [("Hier soir", "2023-02-22TEV")]),
        ("fr", "Nous partirons demain.", [("demain", "2023-02-24")]),
        ("de", "Gestern Abend kam der Zug spät an.", [("Gestern Abend", "2023-02-22TEV")]),
        # relative units
        ("es", "Los precios subieron la semana pasada.", [("la semana pasada", "2023-W07")]),
        ("es", "Las obras terminarán el año próximo.", [("el año próximo", "2024")]),
        ("fr", "La loi a changé l'an dernier.", [("l'an dernier", "2022")]),
        ("fr", "Les élections auront lieu la semaine prochaine.", [("la semaine prochaine", "2023-W09")]),
        ("de", "Im vergangenen Jahr stiegen die Preise.", [("Im vergangenen Jahr", "2022")]),
        ("de", "Das Werk schloss vor zwei Wochen.", [("vor zwei Wochen", "2023-W06")]),
        ("es", "La fábrica cerró hace tres años.", [("hace tres años", "2020")]),
        ("fr", "L'usine a fermé il y a deux ans.", [("il y a deux ans", "2021")]),
        # written and numeric dates in each language's order
        ("es", "El acuerdo se firmó el 3 de marzo de 2021.", [("el 3 de marzo de 2021", "2021-03-03")]),
        ("fr", "Le traité fut signé le 3 mars 2021.", [("le 3 mars 2021", "2021-03-03")]),
        ("de", "Der Vertrag wurde am 3. März 2021 unterzeichnet.", [("3. März 2021", "2021-03-03")]),
        ("de", "Die Frist endet am 15.04.2023.", [("15.04.2023", "2023-04-15")]),
        ("es", "La feria abrió en mayo de 2019.", [("mayo de 2019", "2019-05")]),
        ("de", "Im Sommer 2019 regnete es kaum.", [("Sommer 2019", "2019-SU")]),
        # durations and sets
        ("es", "La huelga duró cuatro días.", [("cuatro días", "P4D")]),
        ("fr", "Le chantier a duré six mois.", [("six mois", "P6M")]),
        ("de", "Die Verhandlungen dauerten drei Stunden.", [("drei Stunden", "PT3H")]),
        ("es", "La revista sale cada semana.", [("cada semana", "P1W")]),
        ("fr", "Le marché a lieu tous les jeudis.", [("tous les jeudis", "XXXX-WXX-4")]),
        ("de", "Der Bericht erscheint jährlich.", [("jährlich", "P1Y")]),
        # times
        ("fr", "La séance commence à 14 h 30.", [("14 h 30", "2023-02-23T14:30")]),
        ("de", "Der Zug fährt um 9 Uhr ab.", [("9 Uhr", "2023-02-23T09:00")]),
        ("es", "El vuelo salió a las 13.30 horas.", [("las 13.30 horas", "2023-02-23T13:30")]),
        # references
        ("es", "Ahora el equipo juega mejor.", [("Ahora", "PRESENT_REF")]),
        ("de", "Bald beginnt der Winter.", [("Bald", "FUTURE_REF"), ("Winter", "2023-WI")]),
    ],
)
def test_expressions(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, language) == expected


def test_narrated_year_carries_to_dates_without_one() -> None:
    text = "Der Aufstand begann 1848 in Paris. 1849 floh er, 1850 zog er nach Wien. Am 3. Mai traf er den Kaiser."
    assert values(text, "de", dt.date(2011, 1, 1))[-1] == ("3. Mai", "1850-05-03")


def test_news_with_old_years_keeps_the_publication_year() -> None:
    text = "Ayer se recordó la crisis de 1990, de 1991 y de 1992. El plazo vence el 3 de marzo."
    assert values(text, "es")[-1] == ("el 3 de marzo", "2023-03-03")


def test_ranges_give_both_days() -> None:
    assert values("Die Schlacht dauerte vom 6. bis 15. September 1914.", "de") == [
        ("6", "1914-09-06"),
        ("15. September 1914", "1914-09-15"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Alain Martin, 53 ans, habite à Lyon."),  # an age
        ("fr", "Les Jeux d'hiver ont commencé."),  # a name
        ("fr", "Il a été élu."),  # "été" as a participle
        ("es", "Firmó un segundo contrato con el club."),  # an ordinal
        ("es", "Nadie sabe cuál es el futuro de las pensiones."),  # prospects, not a time
        ("de", "Am Morgen war es kalt."),  # morning, not tomorrow (no anchor to read it against)
    ],
)
def test_not_dates(language: str, text: str) -> None:
    found = values(text, language, None)
    assert all(v is None or not v.startswith("P") for _, v in found)
    assert not any(t.lower() in ("53 ans", "hiver", "été", "un segundo", "el futuro", "morgen") for t, _ in found)


def test_without_an_anchor_values_stay_unresolved() -> None:
    assert values("El acuerdo vence el 3 de marzo.", "es", None) == [("el 3 de marzo", "XXXX-03-03")]


def test_vocabulary_is_data() -> None:
    for language in ("es", "fr", "de"):
        v = vocabulary(language)
        assert len(v.get("month")) >= 12 and len(set(v.get("month").values())) == 12
        assert len(set(v.get("weekday").values())) == 7


def test_the_pipeline_reads_the_language() -> None:
    result = newskit.extract("El gobierno aprobó ayer la reforma.", published="2023-02-23")
    assert result.language == "es"
    assert [(d.text, d.value) for d in result.dates] == [("ayer", "2023-02-22")]
    german = newskit.extract("Die Wahl findet am 3. März statt.", published="2023-02-23", language="de")
    assert [(d.text, d.value) for d in german.dates] == [("3. März", "2023-03-03")]


def test_other_languages_get_marked_day_values_from_dateparser() -> None:
    from newskit.extractors.dates.fallback import MARK, SCORE

    text = "Il governo ha detto ieri che il vertice si terrà il 3 marzo 2023 a Roma."
    result = newskit.extract(text, published="2023-02-23")
    assert result.language == "it"
    found = {(d.text, d.value) for d in result.dates}
    assert ("ieri", "2023-02-22") in found and ("3 marzo 2023", "2023-03-03") in found
    assert all(d.description and d.description.startswith(MARK) and d.score == SCORE for d in result.dates)


def test_a_language_dateparser_does_not_know_gets_the_english_tagger() -> None:
    result = newskit.extract("Talks on 3 March.", published="2023-02-23", language="xx")
    assert [(d.text, d.value) for d in result.dates] == [("3 March", "2023-03-03")]
