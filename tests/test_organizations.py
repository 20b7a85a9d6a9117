"""The built-in organisations extractor: every cue class, acronyms, kinds and countries, and what is no organisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newskit
from newskit.extractors.organizations import find_organizations
from newskit.extractors.organizations.lexicon import describe, lexicon
from newskit.extractors.organizations.plugin import find_organizations as plugin_find
from newskit.models import Article, OrganizationKind
from newskit.prepare import prepare

CONLL_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "conll" / "dev.jsonl"


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_organizations(prepare(Article.from_text(text)))]


def found(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Span text -> (kind, country) of each organisation the plugin finds."""
    doc = prepare(Article.from_text(text))
    return {m.text: (None if m.kind is None else str(m.kind), m.country) for m in plugin_find(doc)}


# --------------------------------------------------------------------------- cue classes


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Leaders of the Progressive Farmers Party met on Sunday.", "Progressive Farmers Party", "party"),
        ("The Ministry of Fisheries of Ruritania issued a warning.", "Ministry of Fisheries of Ruritania", "government"),
        ("Officials at the Coastal Water Agency said the dam held.", "Coastal Water Agency", "government"),
        ("The Lindmark Valley Council voted to close the road.", "Lindmark Valley Council", "government"),
        ("She studied at the University of Eastmarch for two years.", "University of Eastmarch", "education"),
        ("Profits at Brennholt Corp fell sharply.", "Brennholt Corp", "company"),
        ("Orvane Industries Inc. said it would cut jobs.", "Orvane Industries Inc.", "company"),
        ("A deal with Kessler Drahtwerk GmbH was signed.", "Kessler Drahtwerk GmbH", "company"),
        ("The Morrow Street Herald reported the story first.", "Morrow Street Herald", "media"),
        ("Fans of Kelvingate United sang all night.", "Kelvingate United", "sports_club"),
        ("The striker joined Dynamo Varnel last summer.", "Dynamo Varnel", "sports_club"),
    ],
)
def test_head_words_legal_forms_and_start_words(text: str, name: str, kind: str) -> None:
    result = found(text)
    assert name in result, result
    assert result[name][0] == kind


def test_listed_names_need_no_cue() -> None:
    assert found("NATO and the OSCE sent observers.") == {
        "NATO": ("international", None),
        "OSCE": ("international", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Quorvex rose 5 percent on Monday.",
        "Quorvex shares rose 5 percent on Monday.",
        "The Polish firm Quorvex won the contract.",
        "A report in the Quorvex daily said so.",
        "Analysts praised Quorvex 's chief executive.",
    ],
)
def test_cue_phrases_around_an_unknown_name(text: str) -> None:
    assert spans(text) == ["Quorvex"]


def test_a_person_owns_a_newspaper_but_is_no_newspaper() -> None:
    assert spans("The court closed Maria Quentel 's newspaper.") == []


# --------------------------------------------------------------------------- acronyms


def test_an_acronym_in_brackets_names_the_organisation_and_later_mentions_link_to_it() -> None:
    text = "The Northern Grain Producers Association (NGPA) met. Later the NGPA said prices would rise."
    result = newskit.extract(text)
    assert [(m.text, m.name) for m in result.organizations] == [
        ("Northern Grain Producers Association", "Northern Grain Producers Association"),
        ("NGPA", "Northern Grain Producers Association"),
        ("NGPA", "Northern Grain Producers Association"),
    ]
    (entity,) = result.entities.organizations
    assert (entity.name, entity.acronym, entity.count) == ("Northern Grain Producers Association", "NGPA", 3)


def test_initials_in_brackets_make_a_name_without_a_head_word_an_organisation() -> None:
    assert spans("Engineers at Tarsk Polymer Works ( TPW ) went on strike.") == ["Tarsk Polymer Works", "TPW"]


def test_a_company_is_named_again_without_its_legal_form() -> None:
    text = "Brennholt Corp said profit fell. Brennholt blamed the weather."
    assert spans(text) == ["Brennholt Corp", "Brennholt"]


# --------------------------------------------------------------------------- sports results


def test_clubs_in_a_results_table() -> None:
    text = "SOCCER - LEAGUE RESULTS .\nKelby Athletic 2 Marton Wanderers 1\nBrask 0 Volmo 3\n"
    assert spans(text) == ["Kelby Athletic", "Marton Wanderers", "Brask", "Volmo"]


def test_national_sides_in_a_results_table_are_countries() -> None:
    text = "SOCCER - FRIENDLY RESULTS .\nGermany 2 Italy 1\n"
    assert spans(text) == []


def test_a_drivers_team_after_his_country() -> None:
    text = "MOTOR RACING - QUALIFYING .\n1. Tom Vardy ( Britain ) , Kessel Ford , 1:02.45\n"
    assert spans(text) == ["Kessel Ford"]


def test_results_rules_need_a_sports_article() -> None:
    assert spans("Quarterly figures .\nSales 9.06 9.31\nBrask 0 Volmo 3\n") == []


# --------------------------------------------------------------------------- organisations and people, places


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Goldman Sachs said on Tuesday it would hire more bankers.", "Goldman Sachs"),
        ("Analysts at Merrill Lynch cut their forecast.", "Merrill Lynch"),
        ("Deutsche Boerse said trading volumes rose.", "Deutsche Boerse"),
        ("Man Utd beat Arsenal on Saturday.", "Man Utd"),
    ],
)
def test_firms_and_clubs_are_organisations_not_people(text: str, org: str) -> None:
    result = newskit.extract(text)
    assert org in [m.text for m in result.organizations]
    assert org not in [m.text for m in result.people]


def test_bank_of_japan_is_an_organisation_of_japan() -> None:
    result = newskit.extract("The Bank of Japan kept rates on hold.")
    (bank,) = result.entities.organizations
    assert (bank.name, bank.country, bank.kind) == ("Bank of Japan", "JP", OrganizationKind.GOVERNMENT)
    assert result.people == ()


def test_a_country_before_a_ministry_is_its_country_not_part_of_its_name() -> None:
    text = "The Japanese Foreign Ministry summoned the envoy."
    assert found(text) == {"Foreign Ministry": ("government", "JP")}
    assert "JP" in [c.code for c in newskit.extract(text).countries]


def test_the_seed_sentences_organisations() -> None:
    text = (
        "The US State Department announced Thursday that Secretary of State Antony Blinken will visit. "
        "He will go on to a Group of 20 foreign ministers meeting in New Delhi."
    )
    result = newskit.extract(text, published="2023-02-23")
    assert [m.text for m in result.organizations] == ["State Department", "Group of 20"]
    assert [m.text for m in result.people] == ["Antony Blinken"]
    assert "US" in [c.code for c in result.countries]


@pytest.mark.parametrize(
    "text",
    [
        "Settlers in the West Bank protested.",  # a place with a head word
        "Markets were shut for Labour Day.",  # a listed name inside another name
        "The United States and the party agreed.",  # "United" inside a country, a head word alone
        "Police said the bank was closed.",
        "The Smith family moved to Leeds.",
        "",
    ],
)
def test_no_organisation(text: str) -> None:
    assert spans(text) == []


def test_odd_input_does_not_crash() -> None:
    for text in ["(", "( ABC )", "Bank of", "Corp Inc Ltd", "A" * 5000, "Ünïcode Gröup AG ( ÜG )", "\n\n\n"]:
        result = newskit.extract(text)
        assert all(text[m.start : m.end] == m.text for m in result.organizations)


# --------------------------------------------------------------------------- data


def test_describe_reads_kind_and_country_from_a_names_words() -> None:
    lex = lexicon()
    assert describe(["Bank", "of", "Kenya"], lex.heads, lex.starts, lex.legal).country == "KE"
    assert describe(["Vesko", "Ltd"], lex.heads, lex.starts, lex.legal).kind == "company"
    assert describe(["Air", "Kenya"], lex.heads, lex.starts, lex.legal).kind == "company"


def test_kinds_in_the_data_are_organisation_kinds() -> None:
    lex = lexicon()
    kinds = {*lex.heads.values(), *lex.starts.values(), *(k.kind for k in lex.names.values())}
    kinds |= {*lex.cues_after.values(), *lex.cues_before.values()}
    valid = {k.value for k in OrganizationKind}
    assert {k for k in kinds if k is not None} <= valid


@pytest.mark.skipif(not CONLL_DEV.exists(), reason="CoNLL-2003 dev is not at ../shared/data")
def test_conll_dev_organisations() -> None:
    tp = n_pred = n_gold = 0
    with CONLL_DEV.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text = d["text"]
            pred = {(f.start, f.end) for f in find_organizations(prepare(Article.from_text(text)))}
            gold = {(o["start"], o["end"]) for o in d["organizations"]}
            tp, n_pred, n_gold = tp + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.78


@pytest.mark.parametrize(
    ("text", "organisation", "date"),
    [
        ("Two ferries sank last February. The Harbour Gazette newspaper said so on Sunday.", "Harbour Gazette", "last February"),
        ("A lecture at the University of Rochester for Friday was moved.", "University of Rochester", "Friday"),
        ("Investors bought shares of Brennholt Vale on Monday.", "Brennholt Vale", "Monday"),
    ],
)
def test_a_name_ends_at_a_full_stop_and_before_a_day(text: str, organisation: str, date: str) -> None:
    result = newskit.extract(text, published="2024-03-06")
    assert organisation in [o.name for o in result.organizations]
    assert date in [d.text for d in result.dates]


# --------------------------------------------------------------------------- a run read once, weighed in each context


def test_the_same_run_is_weighed_against_each_context() -> None:
    # what a run's words say is kept between articles; the cue around each occurrence still decides
    with_cue = "The retailer Brennholt Vale said sales rose."
    without = "Brennholt Vale walked home on Monday."
    assert spans(with_cue) == ["Brennholt Vale"]
    assert spans(without) == []
    assert spans(with_cue) == ["Brennholt Vale"]
    assert spans("Brennholt Vale shares fell.") == ["Brennholt Vale"]


@pytest.mark.parametrize("blank", [" ", "\t"])
def test_a_cue_before_a_name_holds_across_a_space_or_a_tab(blank: str) -> None:
    assert spans(f"The retailer{blank}Brennholt Vale said sales rose.") == ["Brennholt Vale"]
    assert spans(f"Investors bought a stake in{blank}Quellmark Orsen last year.") == ["Quellmark Orsen"]


def test_an_acronym_after_a_name_of_its_initials_names_it_everywhere() -> None:
    text = "Mr Vale met the Tarnfeld Orsen Warburg (TOW) on Monday. Later the TOW said no."
    assert spans(text) == ["Tarnfeld Orsen Warburg", "TOW", "TOW"]


def test_a_text_of_capitals_is_read_in_runs_no_longer_than_a_name() -> None:
    from newskit.extractors.organizations import finder

    text = "Capitalised Words Like These " * 1000
    runs = [m.group().split() for m in finder._RUN.finditer(text)]
    assert max(len(r) for r in runs) == finder._RUN_WORDS + 1
    assert sum(len(r) for r in runs) == 4000


def test_the_finder_s_tuples_are_the_mentions_of_both_interfaces() -> None:
    from newskit.extractors.organizations.finder import organization_hits

    doc = prepare(
        Article.from_text(
            "Shares of Daewoo Corp rose. The Singapore Refining Company (SRC) said SRC and Daewoo would talk."
        )
    )
    hits = organization_hits(doc)
    assert len(hits) >= 4
    found = find_organizations(doc)
    assert [(f.start, f.end, f.name, f.kind, f.country, f.via, f.score) for f in found] == hits
    assert [(m.start, m.end, m.name, m.score) for m in plugin_find(doc)] == [(h[0], h[1], h[2], h[6]) for h in hits]


@pytest.mark.parametrize(
    "title",
    [
        "Arsenal beat Chelsea in the league",
        "Rain stops play: cricket at Lord’s",
        "Schumacher wins the Grand Prix in Monza",
        "GRAND PRIX: Hill on pole",
        "Sales up 5% at £2bn for retailers",
        "League-leading “Spurs” held",
        "Football_club accounts published",  # "_" is a word character: no word "football"
        "Café owners meet over cup of coffee",  # a letter outside ASCII: the pattern reads the title
        "Leagues and cups: no single word of sport",
        "",
    ],
)
def test_sports_titles_read_without_the_pattern_agree_with_it(title: str) -> None:
    from newskit.extractors.organizations import finder

    assert finder._is_sports(title) is (finder._SPORTS.search(title) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "ROME 1996-08-22",
        "SOCCER - ENGLISH PREMIER LEAGUE RESULTS",
        "SOCCER - ENGLISH PREMIER LEAGUE RESULTs",  # a small letter after the first words
        "Soccer results",
        "STRASSE UND PLATZ",
        "GROßE STRAßE NACH BERLIN",  # "ß" upper-cases to "SS": the line is not its own upper case
        "1996-08-22",
        "",
    ],
)
def test_a_line_in_capitals_is_told_from_its_first_words_as_from_the_whole_line(line: str) -> None:
    from newskit.extractors.organizations import finder

    assert finder._in_capitals(line) is (line == line.upper() and len(finder._LETTERS.findall(line)) > 8)
