"""Countries in German, French and Spanish articles: pycountry's translations and the project's data."""

from __future__ import annotations

import pytest

import newskit
from newskit.extractors.countries import lookup
from newskit.extractors.countries.plugin import find_countries
from newskit.models import Article
from newskit.prepare import prepare

GERMAN = (
    "Blinken reist nach Zentralasien\n\n"
    "Der amerikanische Außenminister besucht in der kommenden Woche Kasachstan und Usbekistan. "
    "Die russische Invasion der Ukraine beunruhigt die früheren Sowjetrepubliken. In Astana trifft er "
    "den Präsidenten; danach reist er nach Taschkent und weiter nach Neu-Delhi. Auch Frankreich und "
    "Deutschland werben um die Region, ebenso wie China und die USA."
)
FRENCH = (
    "Blinken en Asie centrale\n\n"
    "Le secrétaire d'État américain se rendra au Kazakhstan et en Ouzbékistan la semaine prochaine. "
    "L'invasion russe de l'Ukraine inquiète les anciennes républiques soviétiques. Les États-Unis, "
    "la Chine et l'Allemagne courtisent la région, et le président français a reçu les dirigeants à Paris."
)
SPANISH = (
    "Blinken viaja a Asia Central\n\n"
    "El secretario de Estado estadounidense visitará Kazajistán y Uzbekistán la próxima semana. "
    "La invasión rusa de Ucrania preocupa a las antiguas repúblicas soviéticas. Estados Unidos, China "
    "y Alemania cortejan la región, y el presidente francés recibió a los líderes en París."
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (GERMAN, "de", {"US", "KZ", "UZ", "RU", "UA", "IN", "FR", "DE", "CN"}),
        (FRENCH, "fr", {"US", "KZ", "UZ", "RU", "UA", "CN", "DE", "FR"}),
        (SPANISH, "es", {"US", "KZ", "UZ", "RU", "UA", "CN", "DE", "FR"}),
    ],
)
def test_article_in_each_language(text: str, language: str, expected: set[str]) -> None:
    doc = prepare(Article(text=text, language=language))
    found = list(find_countries(doc))
    assert {m.code for m in found} - {"SU"} == expected
    for m in found:
        assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("phrase", "language", "code", "via"),
    [
        ("Russland", "de", "RU", "alias"),
        ("Vereinigte Staaten", "de", "US", "name"),
        ("russischen", "de", "RU", "demonym"),
        ("Franzosen", "de", "FR", "demonym"),
        ("Allemagne", "fr", "DE", "name"),
        ("Royaume-Uni", "fr", "GB", "name"),
        ("ouzbèke", "fr", "UZ", "demonym"),
        ("Ucrania", "es", "UA", "name"),
        ("rusos", "es", "RU", "demonym"),
        ("EE.UU", "es", "US", "alias"),
    ],
)
def test_translated_names_and_demonyms(phrase: str, language: str, code: str, via: str) -> None:
    match = lookup(phrase, language)
    assert match is not None and match.place is not None
    assert (match.code, str(match.place.via)) == (code, via)


def test_english_lowercase_adjectives_are_not_matched() -> None:
    # Lower-case demonyms only exist in languages that write them so.
    assert lookup("russische") is None
    assert lookup("russische", "de") is not None


def test_unknown_language_falls_back_to_english() -> None:
    res = newskit.extract(Article(text="Talks in Kazakhstan.", language="pt"))
    assert [m.code for m in res.countries] == ["KZ"]


def test_lookup_knows_foreign_country_names_in_any_language() -> None:
    # The people extractor asks in English; a Spanish country name must still not become a person.
    match = lookup("Estados Unidos")
    assert match is not None and match.code == "US"
    assert lookup("Alemania") is not None
    assert lookup("Latin America") is None


def test_inflected_demonyms_of_more_countries() -> None:
    """Adjectives and nouns in every gender and number, beyond the largest countries."""

    def codes(text: str, language: str) -> set[str]:
        return {c.code for c in newskit.extract(text, language=language).countries}

    assert codes("Das schwedische Parlament und die brasilianischen Bauern.", "de") == {"SE", "BR"}
    assert codes("Le Parlement suédois et les autorités brésiliennes.", "fr") == {"SE", "BR"}
    assert codes("El Parlamento sueco y las autoridades brasileñas.", "es") == {"SE", "BR"}


def test_german_genitive_of_a_country_name() -> None:
    found = {c.text: c.code for c in newskit.extract("Polens Regierung lobte Schwedens König.", language="de").countries}
    assert found == {"Polens": "PL", "Schwedens": "SE"}
