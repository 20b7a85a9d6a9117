"""People in German, French and Spanish articles (sentences written for these tests)."""

from __future__ import annotations

import pytest

import newskit
from newskit.extractors.people.lexicon import _faker_given, lexicon


def people(text: str, language: str) -> list[tuple[str, str]]:
    return [(p.text, p.name) for p in newskit.extract(text, language=language).people]


# ------------------------------------------------------------------------------------------- German


def test_german_title_is_not_part_of_the_name_and_herr_links_back() -> None:
    found = people(
        "Bundeskanzler Olaf Scholz traf am Dienstag in Berlin Ursula von der Leyen. "
        "Herr Scholz sagte danach, das Gespräch sei gut gewesen.",
        "de",
    )
    assert ("Olaf Scholz", "Olaf Scholz") in found
    assert ("Ursula von der Leyen", "Ursula von der Leyen") in found
    assert ("Scholz", "Olaf Scholz") in found
    assert all(not t.startswith(("Bundeskanzler", "Dienstag", "Herr")) for t, _ in found)


def test_german_compound_roles_cue_a_name() -> None:
    found = people("Der Hauptbuchhalter Friedrich Brenner übernahm die Firma, berichtete FDP-Chef Karl Adler.", "de")
    assert ("Friedrich Brenner", "Friedrich Brenner") in found
    assert ("Karl Adler", "Karl Adler") in found


def test_german_capitalised_nouns_are_not_people() -> None:
    found = people("Das Stück wurde im Herbst gespielt. Dieses Buch ist ein Roman über die Zeit nach dem Krieg.", "de")
    assert found == []


def test_german_nouns_around_a_name_are_dropped() -> None:
    found = people("Nach der Trennung von ihrem Freund Tobias Lorenz Liebeskummer zu haben, war normal.", "de")
    assert found == [("Tobias Lorenz", "Tobias Lorenz")]


def test_german_compound_words_are_nouns() -> None:
    nouns = lexicon("de").common
    assert "bildungsminister" in nouns  # a compound of "minister"
    assert "fdp-chef" in nouns
    assert "westerhoff" not in nouns


def test_german_role_before_a_single_family_name() -> None:
    assert people("Dass sich Fußball-Experte Lindqvist darauf einlässt, überrascht.", "de") == [("Lindqvist", "Lindqvist")]


# ------------------------------------------------------------------------------------------- Spanish


def test_spanish_forms_of_address_and_compound_surnames() -> None:
    found = people(
        "El presidente del Gobierno, Pedro Sánchez, recibió ayer a Doña Carmen Ruiz de la Fuente. "
        "Según Sánchez, la reunión fue cordial.",
        "es",
    )
    assert ("Pedro Sánchez", "Pedro Sánchez") in found
    assert ("Carmen Ruiz de la Fuente", "Carmen Ruiz de la Fuente") in found
    assert ("Sánchez", "Pedro Sánchez") in found
    assert all("Según" not in t and "Doña" not in t for t, _ in found)


def test_spanish_y_joins_two_people() -> None:
    found = people("Los delanteros Javier Ortega y Luis Márquez marcaron dos goles.", "es")
    assert ("Javier Ortega", "Javier Ortega") in found
    assert ("Luis Márquez", "Luis Márquez") in found


def test_spanish_organisation_heads_are_not_people() -> None:
    found = people("La Fundación Alvarado y la Federación Hotelera de Baleares firmaron el acuerdo.", "es")
    assert found == []


def test_spanish_match_report_scorers_and_substitutes() -> None:
    found = people("Goles : 1-0 , M.63 : Ferreira . Barbosa ( Quintela , m.83 ) salió lesionado .", "es")
    names = [t for t, _ in found]
    assert "Ferreira" in names
    assert "Quintela" in names


# ------------------------------------------------------------------------------------------- French


def test_french_function_before_a_name_and_short_form() -> None:
    found = people(
        "Le président Emmanuel Macron a reçu Mme Claire Dubois à l'Élysée. M. Macron a ensuite déclaré "
        "que la réunion était utile.",
        "fr",
    )
    assert ("Emmanuel Macron", "Emmanuel Macron") in found
    assert ("Claire Dubois", "Claire Dubois") in found
    assert ("Macron", "Emmanuel Macron") in found


def test_french_honorific_set_apart_by_ocr() -> None:
    found = people("Le Conseil a entendu M . Rochat , puis MM . Paul Girardet et Louis Vuille .", "fr")
    names = [t for t, _ in found]
    assert "Rochat" in names
    assert "Paul Girardet" in names
    assert "Louis Vuille" in names


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_other_languages_leave_english_lists_alone(language: str) -> None:
    assert lexicon(language) is not lexicon("en")
    assert lexicon("en").particle_phrases == lexicon("xx").particle_phrases
    faker = _faker_given()  # sifted against English words only: read for English articles alone
    assert lexicon(language).given >= lexicon("en").given - lexicon(language).stopwords - faker
    assert "juha" in lexicon("en").given and "juha" not in lexicon(language).given


def test_german_given_name_with_a_noun_family_name() -> None:
    found = people("Daran erinnerte Rainer Feldmann , der Vorsitzende des Vereins .", "de")
    assert ("Rainer Feldmann", "Rainer Feldmann") in found


def test_german_inflected_compound_role() -> None:
    found = people("Er wartete auf dessen Teamkollegen Vito Laurenti .", "de")
    assert [t for t, _ in found] == ["Vito Laurenti"]


def test_spanish_list_of_players_with_clubs() -> None:
    found = people("Amonestó a Ferrer ( Elche ) , Urrutia ( Eibar ) y Montoya ( Getafe ) .", "es")
    assert [t for t, _ in found] == ["Ferrer", "Urrutia", "Montoya"]


def test_spanish_organisation_in_apposition_is_no_list() -> None:
    found = people("El presidente de Aceralia , Ramón Ibarguren , habló hoy. Dijo a Efe que no.", "es")
    assert [t for t, _ in found] == ["Ramón Ibarguren"]


def test_french_results_table() -> None:
    found = people("Classement : 1 . Vuilleumier ( S ) . 2 . Perret ( Fr ) à 12 \" .", "fr")
    assert [t for t, _ in found] == ["Vuilleumier", "Perret"]


def test_english_results_with_teams_are_not_lists_of_people() -> None:
    found = people("1. Tom Sawyer ( U.S. ) , Reynard Ford-Cosworth , 54.620", "en")
    assert [t for t, _ in found] == ["Tom Sawyer"]


# ------------------------------------------------------------------------------------------- English classes


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Freshman Jane Doe scored twice.", "Jane Doe", "Freshman"),
        ("Junior Ana Ruiz led the team.", "Ana Ruiz", "Junior"),
        ("Coach John Smith said the team played well.", "John Smith", "Coach"),
        ("The redshirt sophomore Eli Gordon started.", "Eli Gordon", "redshirt sophomore"),
    ],
)
def test_a_class_or_title_is_not_glued_to_the_name(text: str, name: str, role: str) -> None:
    found = newskit.extract(text, language="en").people
    assert [(p.text, p.role) for p in found] == [(name, role)]


def test_junior_after_a_name_stays_a_suffix() -> None:
    assert [p.text for p in newskit.extract("Ken Griffey Junior homered twice.", language="en").people] == [
        "Ken Griffey Junior"
    ]
