"""The gazetteer: its sources, its cached towns table, and its data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit.extractors.countries import lookup
from newskit.extractors.countries import sources as gz
from newskit.models import Via


def test_towns_table_is_cached_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gz.cities.cache_clear()
    try:
        built = gz.cities()
        files = list((tmp_path / "newskit").glob("cities-*.tsv"))
        assert len(files) == 1
        gz.cities.cache_clear()
        assert gz.cities() == built
        assert any(row[0] == "Astana" and row[1] == "KZ" and row[2] > 1_000_000 for row in built)
    finally:
        gz.cities.cache_clear()


def test_a_cached_towns_table_that_lost_lines_or_was_edited_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gz.cities.cache_clear()
    try:
        built = gz.cities()
        [path] = (tmp_path / "newskit").glob("cities-*.tsv")
        whole = path.read_bytes()
        damaged = {
            "lost lines": whole[: len(whole) // 2].rsplit(b"\n", 1)[0] + b"\n",
            "edited": whole.replace(b"\tKZ\t", b"\tRU\t", 1),
        }
        for how, raw in damaged.items():
            path.write_bytes(raw)
            gz.cities.cache_clear()
            assert gz.cities() == built, how
            assert path.read_bytes() == whole, how
    finally:
        gz.cities.cache_clear()


def test_a_missing_home_is_not_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "nobody"
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    gz.cities.cache_clear()
    try:
        assert len(gz.cities()) > 10_000
        assert not home.exists()
    finally:
        gz.cities.cache_clear()


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    gz.cities.cache_clear()
    try:
        assert len(gz.cities()) > 10_000
    finally:
        gz.cities.cache_clear()


def test_data_forms_expand() -> None:
    assert gz._forms("rus{o,a,os,as}|Rusia") == ["ruso", "rusa", "rusos", "rusas", "Rusia"]
    assert gz._plural("Russian") == "Russians"
    assert gz._plural("Chinese") is None
    assert gz._plural("Frenchman") == "Frenchmen"
    assert gz._plural("Czech") == "Czechs"


@pytest.mark.parametrize(
    ("phrase", "code", "via", "level"),
    [
        ("Kent", "GB", Via.SUBDIVISION, 2),
        ("Scotland", "GB", Via.SUBDIVISION, 1),
        ("Texas", "US", Via.SUBDIVISION, 1),
        ("Siberia", "RU", Via.REGION, 1),
        ("Bavaria", "DE", Via.SUBDIVISION, 1),
        ("Yugoslavia", "YU", Via.HISTORICAL, 1),
    ],
)
def test_readings(phrase: str, code: str, via: Via, level: int) -> None:
    match = lookup(phrase)
    assert match is not None and match.place is not None
    assert (match.code, match.place.via, match.place.level) == (code, via, level)


def test_weak_subdivisions_need_their_country() -> None:
    # A local-language subdivision name counts only where its country is named.
    match = lookup("Bayern")
    assert match is not None and match.place is not None and match.place.weak
    assert gz.country_names()["DE"] == "Germany"


def test_towns_keep_population_and_region() -> None:
    match = lookup("Springfield")
    assert match is not None
    regions = {p.region for p in match.places if p.code == "US"}
    assert {"IL", "MA", "MO"} <= regions


def test_the_town_table_answers_as_the_dict_it_packs() -> None:
    towns = {f"Town {i}{'é' * (i % 3)}": f"Town {i}\tFR\t{i}\t11" for i in range(5000)}
    towns["Springfield"] = "Springfield\tUS\t150000\tIL\nSpringfield\tUS\t155000\tMA"
    towns["Bad\x1eName"] = "Bad\tUS\t1\tXX"  # a separator in a name: left out, not misread
    table = gz.TownTable(*gz.TownTable.pack(towns))
    del towns["Bad\x1eName"]
    assert len(table) == len(towns)
    assert all(table.get(key) == packed for key, packed in towns.items())
    for missing in ("Town", "Town 1éé", "Town 3é", "Springfield\x1f", "Bad\x1eName", "", "\ud800", "Town 12 "):
        assert table.get(missing) is None and missing not in table
    assert "Springfield" in table and 3 not in table
