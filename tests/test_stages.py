"""The one stage declaration, and organisations as a kind registered, merged and returned like the others."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar, get_type_hints

import attrs
import pytest

from newskit import hookimpl, hookspecs
from newskit.document import Document
from newskit.entities import acronym_of, link_organizations
from newskit.merge import by_stage, resolve, resolve_overlaps
from newskit.models import (
    CountryMention,
    DateMention,
    Entities,
    Extraction,
    OrganizationKind,
    OrganizationMention,
    PersonMention,
)
from newskit.pipeline import Pipeline
from newskit.protocols import Findings
from newskit.render import render_table
from newskit.serialize import from_json, to_json
from newskit.stages import MENTION_STAGES, STAGES, kind_rank, stage_for, stage_of

TEXT = (
    "Bank of Japan raises rates\n\n"
    "The Federal Bureau of Investigation (FBI) said on Monday that Marsh had been fined. "
    "The FBI and the Bank of Japan declined to comment."
)


def _org(text: str, name: str | None = None, at: int = 0, **fields: object) -> OrganizationMention:
    start = TEXT.index(text, at)
    return OrganizationMention(text=text, start=start, end=start + len(text), name=name or text, **fields)  # type: ignore[arg-type]


class Orgs:
    """A toy organisation plugin: a fixed list of names, each with a kind and a country."""

    NAMES: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "Bank of Japan": ("government", "JP"),
        "Federal Bureau of Investigation": ("government", "US"),
        "FBI": (None, None),
        "Marsh": ("company", "US"),
    }

    @hookimpl
    def register_organization_extractors(self, register):  # type: ignore[no-untyped-def]
        def toy_orgs(doc: Document) -> Iterator[OrganizationMention]:
            for name, (kind, country) in self.NAMES.items():
                for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
                    yield OrganizationMention(
                        text=m.group(), start=m.start(), end=m.end(), name=name, kind=kind, country=country
                    )

        register(toy_orgs)


class MarshThePerson:
    @hookimpl
    def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
        def marsh(doc: Document) -> Iterator[PersonMention]:
            for m in re.finditer(r"\bMarsh\b", doc.text):
                yield PersonMention(text=m.group(), start=m.start(), end=m.end(), name="Marsh")

        register(marsh)


def test_stages_run_in_the_declared_order() -> None:
    assert [s.name for s in STAGES] == ["dates", "countries", "organizations", "people", "events"]
    assert [s.name for s in MENTION_STAGES] == ["dates", "countries", "organizations", "people"]
    assert stage_of("organizations").hook == "register_organization_extractors"
    with pytest.raises(KeyError, match="no stage 'places'"):
        stage_of("places")


def test_every_stage_has_its_hook_and_its_result_fields() -> None:
    specs = {name for name, obj in vars(hookspecs).items() if hasattr(obj, "newskit_spec")}
    assert {s.hook for s in STAGES} == specs
    result_fields = {f.name for f in attrs.fields(Extraction)}
    finding_fields = {f.name for f in attrs.fields(Findings)}
    entity_fields = {f.name for f in attrs.fields(Entities)}
    for stage in MENTION_STAGES:
        assert stage.name in result_fields and stage.name in finding_fields
        assert get_type_hints(Extraction)[stage.name] == tuple[stage.produces, ...]  # type: ignore[name-defined]
    assert "events" in result_fields
    assert {s.entities for s in STAGES if s.entities} == entity_fields


def test_a_subclass_of_a_mention_belongs_to_its_stage() -> None:
    @attrs.frozen(kw_only=True)
    class Minister(PersonMention):
        ministry: str = ""

    stage = stage_for(Minister)
    assert stage is not None and stage.name == "people"
    assert stage_for(str) is None


def test_kind_ranks_break_ties_date_organization_person_country() -> None:
    span = {"text": "Marsh", "start": 0, "end": 5}
    ranked = sorted(
        [
            CountryMention(**span, code="MH"),
            PersonMention(**span, name="Marsh"),
            OrganizationMention(**span, name="Marsh"),
            DateMention(**span, value=None),
        ],
        key=kind_rank,
    )
    assert [type(m).__name__ for m in ranked] == ["DateMention", "OrganizationMention", "PersonMention", "CountryMention"]


def test_organizations_compete_with_people_and_countries_for_overlaps() -> None:
    bank = _org("Bank of Japan")
    japan = CountryMention(text="Japan", start=TEXT.index("Japan"), end=TEXT.index("Japan") + 5, code="JP")
    marsh_org = _org("Marsh", kind="company")
    marsh_person = PersonMention(text="Marsh", start=marsh_org.start, end=marsh_org.end, name="Marsh")
    stronger = attrs.evolve(marsh_person, score=2.0)
    # longest, then the organisation; a country named inside an organisation's name stays a country
    assert resolve([japan, bank, marsh_person, marsh_org]) == [bank, japan, marsh_org]
    assert resolve([marsh_org, stronger]) == [stronger]  # a higher score beats the kind's rank
    grouped = by_stage(resolve([japan, bank, stronger]))
    assert grouped == {"dates": [], "countries": [japan], "organizations": [bank], "people": [stronger]}
    whole = CountryMention(text="Bank of Japan", start=bank.start, end=bank.end, code="JP")
    assert resolve([whole, bank]) == [bank]  # the same span is no nesting: the organisation wins


def test_resolve_overlaps_keeps_its_three_lists() -> None:
    date = DateMention(text="Monday", start=0, end=6, value="2023-02-27")
    person = PersonMention(text="Monday", start=0, end=6, name="Monday")
    assert resolve_overlaps([date], [], [person]) == ([date], [], [])


def test_a_pipeline_without_organization_extractors_returns_none() -> None:
    result = Pipeline(disable=["newskit.extractors.organizations.plugin"], entry_points=False).extract(
        TEXT, published="2023-02-23"
    )
    assert result.ok
    assert result.organizations == () and result.entities.organizations == ()
    assert "Organizations (0)" in render_table(result)


def test_an_organization_plugin_is_registered_merged_and_returned() -> None:
    pipe = Pipeline(plugins=["newskit.extractors.countries.plugin", Orgs()], entry_points=False, strict=True)
    assert [(r.name, r.stage) for r in pipe.registrations if r.stage == "organizations"] == [
        ("toy_orgs", "organizations")
    ]
    result = pipe.extract(TEXT, published="2023-02-23")
    names = [(m.text, m.name) for m in result.organizations]
    assert names == [
        ("Bank of Japan", "Bank of Japan"),
        ("Federal Bureau of Investigation", "Federal Bureau of Investigation"),
        ("FBI", "Federal Bureau of Investigation"),  # the acronym takes the full name
        ("Marsh", "Marsh"),
        ("FBI", "Federal Bureau of Investigation"),
        ("Bank of Japan", "Bank of Japan"),
    ]
    assert all(m.extractor == "toy_orgs" for m in result.organizations)
    assert "JP" not in [c.code for c in result.countries]  # "Japan" inside "Bank of Japan" is no country mention
    fbi = next(o for o in result.entities.organizations if o.acronym)
    assert (fbi.name, fbi.acronym, fbi.count, fbi.kind, fbi.country) == (
        "Federal Bureau of Investigation",
        "FBI",
        3,
        OrganizationKind.GOVERNMENT,
        "US",
    )
    assert [o.name for o in result.entities.organizations] == [
        "Bank of Japan",
        "Federal Bureau of Investigation",
        "Marsh",
    ]
    assert from_json(to_json(result)) == result
    table = render_table(result)
    assert "Organizations (3)" in table
    assert re.search(r"Federal Bureau of Investig\S* +3 mentions  \(FBI, government, US\)", table)
    assert set(result.organizations) <= set(result.mentions())


def test_events_receive_the_organizations() -> None:
    seen: list[Findings] = []

    class Spy:
        @hookimpl
        def register_event_builders(self, register):  # type: ignore[no-untyped-def]
            def spy(doc: Document, findings: Findings) -> list[object]:
                seen.append(findings)
                return []

            register(spy)

    Pipeline(plugins=[Orgs(), Spy()], entry_points=False, strict=True).extract(TEXT)
    assert [m.name for m in seen[0].organizations][:2] == ["Bank of Japan", "Federal Bureau of Investigation"]
    assert [o.name for o in seen[0].entities.organizations] == [
        "Bank of Japan",
        "Federal Bureau of Investigation",
        "Marsh",
    ]


def test_an_organization_beats_a_person_of_the_same_span() -> None:
    result = Pipeline(plugins=[MarshThePerson(), Orgs()], entry_points=False).extract(TEXT)
    assert "Marsh" in [m.text for m in result.organizations]
    assert result.people == ()


def test_a_person_extractor_returning_an_organization_is_reported() -> None:
    class Confused:
        @hookimpl
        def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
            register(lambda doc: [_org("Marsh")], name="confused")

    result = Pipeline(plugins=[Confused()], entry_points=False).extract(TEXT)
    assert result.people == () and result.organizations == ()
    assert [(e.extractor, e.error) for e in result.errors] == [("confused", "InvalidResult")]
    assert "expected PersonMention" in result.errors[0].message


def test_organization_mention_fields() -> None:
    m = _org("Marsh", kind="company", country="US")
    assert m.kind is OrganizationKind.COMPANY and str(m.kind) == "company"
    assert _org("Marsh").kind is None
    with pytest.raises(ValueError):
        _org("Marsh", kind="bakery")
    with pytest.raises(ValueError, match="alpha-2"):
        _org("Marsh", country="usa")


def test_acronyms_link_to_the_one_name_they_abbreviate() -> None:
    assert acronym_of("Federal Bureau of Investigation") == "FBI"
    assert acronym_of("Bank of Japan") == "BJ"
    assert acronym_of("Marsh") is None
    full = _org("Federal Bureau of Investigation")
    short = _org("FBI")
    assert [m.name for m in link_organizations([full, short])] == ["Federal Bureau of Investigation"] * 2
    other = OrganizationMention(text="Marsh", start=full.start, end=full.start + 5, name="Fictional Bank Inc")
    assert [m.name for m in link_organizations([full, other, short])][2] == "FBI"  # two candidates: left alone
    assert link_organizations([short]) == [short]
