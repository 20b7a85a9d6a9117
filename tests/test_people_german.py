"""One-word names in German articles (sentences written for these tests): :mod:`newskit.extractors.people.german`."""

from __future__ import annotations

import pytest

import newskit
from newskit.extractors.people import german
from newskit.extractors.people.lexicon import lexicon


def people(text: str, language: str | None = "de") -> list[str]:
    return [p.text for p in newskit.extract(text, language=language).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Montag erklärte Oberlechner , die Reform komme zu spät .", "Oberlechner"),  # after a finite verb
        ("Brandstetter war damals Leiter des Vereins .", "Brandstetter"),  # before one, at the start
        ("Die Zuschauer waren zufrieden , nachdem Oberholzner das zweite Tor geschossen hatte .", "Oberholzner"),
        ("Nach dem Spiel stützte Wendelin die Aussage des Schiedsrichters .", "Wendelin"),
        ("Er arbeitete lange mit Quandtmeyer zusammen .", "Quandtmeyer"),
        ("Die Zeitung spekulierte , Oberlechner wolle zurücktreten .", "Oberlechner"),  # reported speech
        ("Bauer ist wieder in Mainz angekommen .", "Bauer"),  # a family name that is a noun, then a verb
        ("Die Wahl gewann damals Quandtmeyer , der lange gezögert hatte .", "Quandtmeyer"),
    ],
)
def test_a_family_name_alone_where_german_puts_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_genitive_before_the_noun_it_owns() -> None:
    assert people("Über Oberlechners Rücktritt wurde lange gesprochen .") == ["Oberlechners"]


def test_a_known_family_name_that_is_also_a_noun_needs_a_person_context() -> None:
    assert people("Danach hatte Bauer keine Zeit mehr für Interviews .") == ["Bauer"]
    assert people("Der Bauer hatte keine Zeit mehr für Interviews .") == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Wald war still , und ein Mann ging mit seinem Hund durch den Regen .",  # nouns after an article
        "Es war die letzte Chance für den Verein , und der Trainer wusste es .",  # a noun after an adjective
        "Unklar blieb , wer den Auftrag erteilt hatte .",  # an adjective opening the sentence
        "Umgekehrt führten die Verluste zu neuen Kündigungen .",
        "Die Kirche St. Peter wurde 1790 erbaut und 1950 erneuert .",  # a church named after a saint
        "Ein Gutachter des Labors in Oberlechtal stützte die Version .",  # a place after "in"
        "Staatlichen Schutz gab es damals nicht .",  # an adjective and a noun
        "Er spielte in der Sendung Gear Show und danach in Berlin .",  # English words
        "Der Umsatz stieg auf 7,4 Mio . Euro .",  # an abbreviation
        "Er ist die einzige rezente Art der Gattung .",  # "-te" after an adjective is no verb
        "Auch die Etablierung von Geheimdiensten konnte Konflikten vorbeugen .",  # a compound noun
    ],
)
def test_capitalised_words_that_are_no_one(text: str) -> None:
    assert people(text) == []


def test_the_german_rules_hold_when_the_language_is_detected() -> None:
    text = "Am Montag erklärte Oberlechner , die Reform komme zu spät . Der Wald war still und die Straßen leer ."
    assert people(text, language=None) == people(text) == ["Oberlechner"]


def test_english_text_is_left_to_the_shared_rules() -> None:
    # in English a capitalised word after "the" is no concern of the German rules
    assert people("The Oberlechner report was published on Monday.", language="en") == []


def test_a_compound_is_a_noun_only_where_its_first_part_is_one() -> None:
    lex = lexicon("de")
    assert german.is_noun(lex, "Bildungsminister")  # Bildung + s + Minister
    assert german.is_noun(lex, "Kündigungen")  # the ending of a noun
    assert not german.is_noun(lex, "Pinkwart")  # a family name that ends in a noun ("Wart")
    assert "pinkwart" in lex.common  # which the shared rules' looser test takes for a compound
    assert not german.is_noun(lex, "Oberholzner")


def test_a_short_form_links_back_to_the_full_name() -> None:
    found = [(p.text, p.name) for p in newskit.extract(
        "Die Stimmung war gut , sagte Berta Hollweg , und Hollweg lachte .", language="de").people]
    assert found == [("Berta Hollweg", "Berta Hollweg"), ("Hollweg", "Berta Hollweg")]
