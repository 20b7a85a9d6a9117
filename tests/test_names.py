"""The host's names module: one fold, name parts, and the one coreference engine."""

from __future__ import annotations

import pytest

from newskit.entities import link_people
from newskit.extractors.people import NameIndex as FinderIndex
from newskit.extractors.people import fold as people_fold
from newskit.extractors.people.lexicon import lexicon
from newskit.models import PersonMention
from newskit.names import MAX_NAME_WORDS, NameIndex, fold, name_data, name_keys, split_name, strip_accents


def _person(text: str, start: int, name: str | None = None) -> PersonMention:
    return PersonMention(text=text, start=start, end=start + len(text), name=name or text)


def test_one_fold_for_every_extractor() -> None:
    assert people_fold is fold
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert fold("O’Rourke") == fold("O‘Rourke") == fold("O'Rourke") == "o'rourke"
    assert strip_accents("São Paulo") == "Sao Paulo" and strip_accents("Zürich") == "Zurich"
    assert strip_accents("Plain") == "Plain"


def test_the_people_finder_uses_the_host_engine_and_data() -> None:
    assert FinderIndex is NameIndex
    lex, data = lexicon(), name_data()
    assert lex.particles is data.particles and lex.family_first is data.family_first
    assert lex.given <= data.given and "john" in data.given
    assert data.sex_of("Mary") == "f" and data.sex_of("John") == "m"


def test_split_name_skips_suffixes_and_post_nominals() -> None:
    assert split_name("Jane Doe PhD") == ("Jane", "Doe")
    assert split_name("John Smith Jnr") == ("John", "Smith")
    assert split_name("Lula da Silva") == ("Lula", "da Silva")
    assert split_name("") == (None, None)


def test_name_keys_are_short_tails_only() -> None:
    assert name_keys(["Martin", "Luther", "King", "Jr."]) == ["luther king", "king"]
    long = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
    assert name_keys(long) == ["charlie delta echo foxtrot", "delta echo foxtrot", "echo foxtrot", "foxtrot"]
    assert name_keys(["X"] * (MAX_NAME_WORDS + 1)) == []


def test_namesakes_picked_by_the_finder_but_left_apart_when_unique_is_asked() -> None:
    index = NameIndex()
    index.add(["Donald", "Trump"], 0)
    index.add(["Melania", "Trump"], 50)
    assert index.resolve(["Trump"], 90) == "Donald Trump"  # the protagonist: first introduced
    assert index.resolve(["Trump"], 90, sex="f") == "Melania Trump"
    assert index.resolve(["Trump"], 90, unique=True) is None


def test_link_people_links_tails_and_keeps_namesakes_apart() -> None:
    ann, lee = _person("Ann Lee", 0), _person("Lee", 20)
    assert [m.name for m in link_people([ann, lee])] == ["Ann Lee", "Ann Lee"]
    bob = _person("Bob Lee", 40)
    assert [m.name for m in link_people([ann, bob, lee])] == ["Ann Lee", "Bob Lee", "Lee"]
    xi = [_person("Xi Jinping", 0), _person("Xi", 30)]
    assert [m.name for m in link_people(xi)][1] == "Xi Jinping"
    assert link_people([]) == []


@pytest.mark.timeout(30)  # quadratic, it took minutes and gigabytes; linear, milliseconds
@pytest.mark.parametrize("words", [11_000, 60_000])
def test_link_people_is_linear_in_a_long_name(words: int) -> None:
    """A text of initials taken as one name (3 words of 3 characters each, repeated) does not blow up."""
    name = ("A. B. C. " * (words // 3)).strip()
    mentions = [_person(name, 0), _person("C.", len(name) + 1)]
    assert link_people(mentions) == mentions  # too long to be a name: nothing linked to it


def _many_people(n: int) -> list[PersonMention]:
    mentions = []
    for i in range(n):
        mentions.append(_person(f"Given{i} Family{i}", 40 * i))
        mentions.append(_person(f"Family{i}", 40 * i + 20))
    return mentions


@pytest.mark.timeout(30)  # quadratic in the names, 20,000 mentions took minutes; linear, well under a second
def test_link_people_is_linear_in_the_number_of_names() -> None:
    """Twenty thousand mentions are linked, each short form to its own full name."""
    big = _many_people(10_000)
    assert all(m.name.startswith("Given") for m in link_people(big))
