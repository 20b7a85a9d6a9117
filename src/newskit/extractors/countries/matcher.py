"""Finding places in text: one pass over tokens with dictionary look-ups, then disambiguation.

1. :func:`scan` (:mod:`.scanner`) reads the capitalised tokens once and takes, from each, the longest
   phrase the gazetteer knows ("New South Wales" before "Wales", "Latin America" before "America").
2. :func:`resolve` drops the readings the context rules out, then picks for each phrase the reading
   that best fits the rest of the article:

   - a place name inside a person's or an organisation's name is no place: "Paris Hilton",
     "Michael Jordan", "Mr. Jackson", "Indiana Pacers", "Bank of America", "Falcon Street";
   - a demonym used for a cuisine, a language or a surname is no country: "French fries",
     "spoke French", "Finn said";
   - a word that is also an ordinary word ("Mobile", "Man") or a weak subdivision counts only after
     "in"/"at"/"near" or with its state or country after it; a small town needs that, or its country
     named elsewhere in the article;
   - a name with several readings (Georgia, Paris, Athens, London) takes the one whose country the
     article's unambiguous places point to (their countries, their towns and states, and neighbouring
     countries), the state or country written after it ("Paris, Texas", "LONDON, Ky."), and the
     nouns after it ("a Georgia man" is from the state);
   - one sense per article: a name placed by its context ("Malta, Ill.") keeps that reading everywhere.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Sequence
from typing import Final

import attrs
from mypy_extensions import mypyc_attr

from ...models import Via
from ...resources import letter_tree, read_table
from ...tokens import at_line_start, capitals_mask, dateline_at, is_title_case, starts_sentence
from .scanner import Candidate, ordinary_words, people_words, prev_tokens, scan
from .sources import TOKEN, Gazetteer, Place, gazetteer, word_set

__all__ = ["Candidate", "PlaceMatch", "find_places", "placed", "resolve", "scan"]

# The members of :class:`Via`, read once: an Enum class's attribute is looked up through its metaclass's
# ``__getattr__``, several times the cost of a global's.
_NAME, _ALIAS, _CODE, _HISTORICAL, _CAPITAL = Via.NAME, Via.ALIAS, Via.CODE, Via.HISTORICAL, Via.CAPITAL
_DEMONYM, _SUBDIVISION, _REGION, _CITY = Via.DEMONYM, Via.SUBDIVISION, Via.REGION, Via.CITY
_BIG_CITY: Final = 100_000
_TOWN: Final = 10_000
_TOWN_ALONE: Final = 50_000
_LOCAL: Final = (_CITY, _CAPITAL, _SUBDIVISION)
_TOWNS: Final = (_CITY, _CAPITAL)
_COUNTRY: Final = (_NAME, _ALIAS, _CODE, _DEMONYM, _HISTORICAL)


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class PlaceMatch:
    """A phrase of the text and the place (country, city, state...) it names.

    ``places`` holds every reading the gazetteer has; ``place`` is the reading chosen, or None
    when the context ruled every reading out ("Paris" in "Paris Hilton").
    """

    text: str
    start: int
    end: int
    places: tuple[Place, ...]
    place: Place | None = None

    @property
    def code(self) -> str | None:
        """ISO alpha-2 code of the country named, or None."""
        return self.place.code if self.place is not None else None


@mypyc_attr(native_class=False)
@attrs.frozen
class _Words:
    given: frozenset[str]
    heads: frozenset[str]
    modifiers: frozenset[str]
    org_heads: frozenset[str]
    locatives: frozenset[str]
    function: frozenset[str]
    titles: frozenset[str]
    common: frozenset[str]
    streets: frozenset[str]
    demonym_uses: frozenset[str]
    residents: frozenset[str]
    capitalised_residents: frozenset[str]  # "Policemen", "Residents": the residents' words opening a title
    org_words: frozenset[str]
    local_heads: frozenset[str]
    language_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    municipalities: frozenset[str]
    dedications: frozenset[str]
    org_openers: frozenset[str]


@functools.cache
def _words() -> _Words:
    return _Words(
        given=word_set("given_names.txt"),
        heads=word_set("place_heads.txt"),
        modifiers=word_set("place_modifiers.txt"),
        org_heads=word_set("org_heads.txt"),
        locatives=word_set("locatives.txt"),
        function=word_set("function_words.txt"),
        titles=word_set("titles.txt"),
        common=word_set("common_words.txt"),
        streets=word_set("street_words.txt"),
        demonym_uses=word_set("demonym_uses.txt"),
        residents=word_set("residents.txt"),
        capitalised_residents=frozenset(word.capitalize() for word in word_set("residents.txt")),
        org_words=word_set("org_words.txt"),
        local_heads=word_set("local_heads.txt"),
        language_verbs=word_set("language_verbs.txt"),
        speech_verbs=word_set("speech_verbs.txt"),
        municipalities=word_set("municipalities.txt"),
        dedications=word_set("dedications.txt"),
        org_openers=word_set("org_openers.txt"),
    )


def _ordinary_opening(text: str, start: int, word: str, w: _Words, hyphen: bool) -> bool:
    """True when ``word`` before a place is an ordinary word capitalised only because it opens the sentence
    ("Former Ohio governor", "Ex-England midfielder"), not a given name ("Will", "Grant")."""
    low = word.lower()
    if low not in ordinary_words() or word in w.given or word in w.org_openers or low in _census_given_names():
        return False
    return hyphen or starts_sentence(text, start)


def _beyond_town(readings: Sequence[Place]) -> bool:
    """True when one of ``readings`` is more than a small town: a country, a state, a city of 100,000 or more
    (after an opening word, only those outweigh a name: "Bringing Cadillac production" is the brand)."""
    for p in readings:  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if p.via is not _CITY or p.population >= _BIG_CITY:
            return True
    return False


@functools.cache
def _census_given_names() -> frozenset[str]:
    """Given names from the people extractor's census list (case-folded), or none where it is absent.

    A town named like a given name ("Geneva", "Donna", "Kati") before a surname is a person.
    """
    try:
        return frozenset(row[0].casefold() for row in read_table("people/given_names_census.txt") if row)
    except (OSError, ValueError):  # pragma: no cover - a newskit without the people data
        return frozenset()


def resolve(text: str, cands: Sequence[Candidate], language: str = "en") -> list[PlaceMatch]:
    """Choose a reading for each candidate from its context and the rest of the article."""
    g = gazetteer(language)
    chosen, by_start = _choose(text, cands, g)
    out = [
        PlaceMatch(text=text[c.start : c.end], start=c.start, end=c.end, places=c.readings, place=place)
        for c, place in zip(cands, chosen, strict=True)
    ]
    states = _state_abbreviations(text, g, by_start)
    if states:
        out = sorted([*out, *states], key=lambda m: m.start)
    return out


def placed(text: str, language: str = "en", mask: bytes | None = None) -> list[tuple[int, int, Place]]:
    """(start, end, reading) of the place phrases of ``text`` that keep a reading: :func:`find_places`
    without the phrases ruled out, and without building a :class:`PlaceMatch` for each. ``mask`` is the
    text's capitals mask where the caller has it (:attr:`newskit.document.Document.capitals_mask`)."""
    g = gazetteer(language)
    cands = scan(text, language, mask)
    chosen, by_start = _choose(text, cands, g)
    out = [(c.start, c.end, place) for c, place in zip(cands, chosen, strict=True) if place is not None]
    states = _state_abbreviations(text, g, by_start)
    if states:
        found = [(m.start, m.end, m.place) for m in states if m.place is not None]
        out = sorted([*out, *found], key=lambda t: t[0])
    return out


def _choose(text: str, cands: Sequence[Candidate], g: Gazetteer) -> tuple[list[Place | None], dict[int, Candidate]]:
    """The reading chosen for each candidate (None where the context rules every reading out)."""
    w = _words()
    if len(_phrase_facts(g)) > 100_000:
        _phrase_facts(g).clear()
    by_start = {c.start: c for c in cands}
    by_end = {c.end: c for c in cands}
    municipal = False  # a name the article calls a town ("the city of Turkey")
    for c in cands:
        c.kept = _local_filter(text, c, by_start, by_end, g, w)
        if c.municipality:
            municipal = True

    if "ounties" in text:  # "Nassau and Baker counties": each name listed is a county
        _listed_counties(text, cands, g)
    for c in cands:
        if c.kept and c.kept[0].via is _CODE and text.startswith("$", c.end):
            c.kept = [p for p in c.kept if p.via is not _CODE]  # "US$42m", "HK$6bn": a currency, not a place
    for c in cands:
        if c.kept and c.kept[0].via is _CODE and "." not in c.key and " " not in c.key:
            _acronyms_defined(text, cands, g)
            break

    # A name seen as part of a person's name once ("John Bolton", "Georgia Stevens") is that person
    # everywhere it stands alone, unless its context places it ("in Bolton", "Bolton, England").
    people = {c.key for c in cands if c.person}
    if people:
        for c in cands:
            if c.key in people and not (c.placed or (c.locative and not c.possessive and not c.of)):
                c.kept = []

    # A name written as a town once ("the city of Turkey") is that town everywhere ("returns to Turkey").
    if municipal:
        _municipal_everywhere(cands)

    # A plural demonym seen as a team once ("Cleveland Indians") is the team everywhere ("Indians
    # manager Mike Hargrove").
    teams = {c.key for c in cands if c.team}
    if teams:
        for c in cands:
            if c.key in teams and c.kept:
                c.kept = [p for p in c.kept if p.via is not _DEMONYM]

    # Evidence: the countries the article's clear phrases point to (one country, or one reading far
    # likelier than the others: "London" is in England more than in Kentucky). A phrase is weighed
    # against the evidence of the other phrases only, never its own mentions.
    placed_towns: dict[str, Place] = {}
    for c in cands:
        if c.qualifier is not None and c.key not in placed_towns:
            qualified = _qualified_reading(c)
            if qualified is not None:
                placed_towns[c.key] = qualified
    named: dict[str, int] = {}  # phrases by country (a dict read with .get: a Counter's misses call Python)
    local: dict[str, int] = {}
    own: dict[str, tuple[str, bool, int]] = {}  # key -> (code, local, mentions)
    for c in cands:
        top = _clear_reading_of(c)
        # "Clacton, Essex", "GLASGOW, Ky.": a town its state or country places names that country (not as local
        # evidence) at every mention, whatever its reading alone would be.
        qualified = placed_towns.get(c.key) if placed_towns else None
        if qualified is not None and (top is None or top.code != qualified.code):
            top = qualified
        else:
            qualified = None
        if top is None:
            continue
        named[top.code] = named.get(top.code, 0) + 1
        is_local = top.via in _LOCAL and qualified is None
        if is_local:  # only countries with a local phrase: ``local`` is empty when the article has none
            local[top.code] = local.get(top.code, 0) + 1
        code, _, count = own.get(c.key, (top.code, is_local, 0))
        own[c.key] = (code, is_local, count + 1) if code == top.code else own[c.key]
    # "$10.3 million" in an article whose other phrases point to no other country tips a town to the
    # United States (Mansfield, Texas, not Nottinghamshire); it never outweighs a province or a country.
    money: str | None = None
    money_read = False
    style: frozenset[str] | None = None  # the countries the article's clock style points to

    chosen: list[Place | None] = []
    for i, c in enumerate(cands):
        if not c.kept or (len(c.kept) == 1 and c.kept[0].via not in _TOWNS):  # the common case: no town, one reading
            chosen.append(c.kept[0] if c.kept and _allowed(c.kept[0], c, named, local) else None)
            continue
        towns = all(p.via in _TOWNS for p in c.kept)
        if towns and not money_read:  # read only for articles with a town
            money, money_read = _currency_country(text), True
        towns = towns and money is not None
        if towns:
            mine = own.get(c.key, ("", False, 0))
            towns = not any(n - (mine[2] if code == mine[0] else 0) for code, n in named.items() if code != money)
        kept = [p for p in c.kept if _allowed(p, c, named, local, money if towns else None)]
        if c.resident and len(c.kept) > 1:  # "Athens City Council", "Dublin residents"
            if style is None:
                style = _clock_style_countries(text)
            mine = own.get(c.key, ("", False, 0))
            kept = _local_institution_readings(c, kept, named, mine, money if towns else None, style)
        if len(kept) < 2:
            chosen.append(kept[0] if kept else None)
            continue
        listed = _among_metropolises(text, cands, i)
        if listed:  # "London, Frankfurt and Paris": not Paris, Texas
            # a metropolis among the readings is the one, unless another shares a listed metropolis's country
            # ("New York and London" is not London, Ontario; "Toronto and London" may be)
            if _has_metropolis(kept) and not _shares_country(kept, listed):
                big = [p for p in kept if p.via not in _TOWNS or p.population >= _METROPOLIS]
            else:
                big = [p for p in kept if p.via is not _CITY or p.population >= _BIG_CITY]
            kept = big or kept
            if len(kept) == 1:
                chosen.append(kept[0])
                continue
        mine = own.get(c.key, ("", False, 0))
        largest = max(p.population for p in kept)
        # A reading ten times smaller than one whose country the article names too ("Leeds group" in an article
        # that names the UK and New York) is weighed without context: both countries are backed, size decides.
        backed = _largest_backed(kept, named, mine)
        chosen.append(
            max(kept, key=lambda p: _score(p, c, g, named, local, largest, mine, money if towns else None, backed))
        )

    # The state or country written after a town is read in the town's country ("Camberley, Surrey": the
    # county, not Surrey, British Columbia; "Ancaster, Ontario": the province, not Ontario, California).
    settled: dict[str, Place] = {}
    for i, c in enumerate(cands):
        q, now = c.qualifies, chosen[i]
        if q is not None and q in c.kept and (now is None or now.code != q.code):
            chosen[i] = settled[c.key] = q

    # One sense per article: a name its context placed keeps that reading everywhere; so does a town a
    # local noun chose over a country of the same name ("Shirley Stidd of Lebanon" ... "Lebanon").
    for c, place in zip(cands, chosen, strict=True):
        if place is not None and c.placed and c.key not in settled:
            settled[c.key] = place
    for c, place in zip(cands, chosen, strict=True):
        if (
            place is not None
            and c.resident
            and c.key not in settled
            and place.via in _LOCAL
            and any(p.via in _COUNTRY for p in c.kept)
        ):
            settled[c.key] = place
    if settled:
        for i, c in enumerate(cands):
            if c.key in settled and (chosen[i] is not None or any(p == settled[c.key] for p in c.kept)):
                chosen[i] = settled[c.key]
    return chosen, by_start


_NORTH_AMERICA: Final = frozenset({"US", "CA"})


def _clock_style_countries(text: str) -> frozenset[str]:
    """The countries whose press writes clock times "10 a.m." / "7:30 p.m." (the AP and Canadian Press
    style; British, Irish and Australian papers write "10am"), where the article does so; likewise a
    telephone number of the North American plan ("519-661-5670", "(202) 555-0143", "1-800-222-8477")."""
    if ("a.m." in text or "p.m." in text) and _CLOCK.search(text):
        return _NORTH_AMERICA
    return _NORTH_AMERICA if "-" in text and _PHONE.search(text) else frozenset()


_CLOCK: Final = re.compile(r"\d [ap]\.m\.")
# Opens with the dash before the last four digits, so that the engine skips ahead to dashes.
_PHONE: Final = re.compile(
    r"-(?:(?<=(?<![\w-])\d{3}-\d{3}-)|(?<=(?<![\w-])1-\d{3}-\d{3}-)|(?<=\(\d{3}\) \d{3}-)|(?<=\(\d{3}\)\d{3}-))\d{4}(?![\w-])"
)


def _acronyms_defined(text: str, cands: Sequence[Candidate], g: Gazetteer) -> None:
    """A country's code that the article spells out as a local institution's name is that institution
    ("University of Kentucky" ... "a UK spokesperson"): its code readings go, everywhere in the article."""
    w = _words()
    verdict: dict[str, bool] = {}
    for c in cands:
        if not (c.kept and c.kept[0].via is _CODE and "." not in c.key and " " not in c.key):
            continue
        if c.key not in verdict:
            verdict[c.key] = any(
                not g.exact(m.group()) and any(word in w.local_heads for word in m.group().split())
                for m in _acronym_pattern(c.key).finditer(text)
            )
        if verdict[c.key]:
            c.kept = [p for p in c.kept if p.via is not _CODE]


@functools.lru_cache(maxsize=64)
def _acronym_pattern(key: str) -> re.Pattern[str]:
    """Capitalised words whose initials spell ``key``, with "of", "the", "and", "for" between them."""
    gap = r"\s+(?:(?:of|the|and|for|&)\s+)*"
    first = re.escape(key[:1])
    # It opens with the first capital and checks the word boundary before it afterwards, so that the engine
    # skips ahead to that letter instead of trying every position of the text.
    rest = gap.join(re.escape(ch) + r"[a-z][\w'’-]*" for ch in key)[len(first) :]
    return re.compile(first + r"(?<!\w" + first + ")" + rest + r"\b")


_COUNTIES: Final = re.compile(r"(?:,? (?:and |or |& )?[A-Z][\w'’.-]*){0,5} [Cc]ounties\b")


def _listed_counties(text: str, cands: Sequence[Candidate], g: Gazetteer) -> None:
    """Names listed before "counties" ("Camden and Charlton counties", "Nassau, Baker and Clay Counties") are
    counties: they take the readings of "<name> County" where the gazetteer knows it."""
    for c in cands:
        if c.kept and _COUNTIES.match(text, c.end):
            county = g.exact(c.key + " County")
            if county:
                c.kept = list(county)


def _municipal_everywhere(cands: Sequence[Candidate]) -> None:
    """Drop the country readings of every mention of a name the article calls a town ("city of Turkey")."""
    towns = {c.key for c in cands if c.municipality}
    for c in cands:
        if c.key in towns and c.kept:
            c.kept = [p for p in c.kept if not _country_without_town(p, c.readings)]


def _country_without_town(p: Place, readings: Sequence[Place]) -> bool:
    """True for a country reading whose country has no town or state of the same name ("Turkey";
    not "Luxembourg", also its capital)."""
    return p.via in _COUNTRY and not any(q.code == p.code and q.via in _LOCAL for q in readings)


def _local_institution_readings(
    c: Candidate,
    kept: list[Place],
    named: dict[str, int],
    mine: tuple[str, bool, int],
    money: str | None,
    style: frozenset[str],
) -> list[Place]:
    """The readings of a name with a local institution ("Athens City Council", "Dublin residents", "City of
    Oxford") whose country the rest of the article backs, where the other readings' are unbacked.

    A council, a school board or residents speak of a municipality: being a nation's capital or a
    metropolis is no evidence then; the country the article's other phrases (``named``, less the name's
    own mentions ``mine``) or its one currency point to is, and failing those its clock style. A town of
    10,000 people or more needs no more evidence to be weighed; a reading a hundred times smaller than
    the largest stays out ("London police" is not London, Kentucky). The reading chosen so holds for
    every mention of the name.
    """
    pool = []
    largest = 0
    for p in c.kept:
        if p.via in _COUNTRY:
            return kept
        if p in kept or (p.via is _CITY and p.population >= _TOWN):
            pool.append(p)
            largest = max(largest, p.population)
    for clock in (False, True):
        chosen = []
        for p in pool:
            if p.via is _CITY and p.population * 100 < largest:
                continue
            if clock:
                if p.code in style:
                    chosen.append(p)
            elif named.get(p.code, 0) - (mine[2] if mine[0] == p.code else 0) > 0 or p.code == money:
                chosen.append(p)
        if chosen and len(chosen) < len(pool):
            c.placed = True
            return chosen
    return kept


def _state_abbreviations(text: str, g: Gazetteer, by_start: dict[int, Candidate]) -> list[PlaceMatch]:
    """States written as abbreviations: after a town ("Tewksbury Twp., N.J.", "Melville, Sask."), or
    alone where the form is unmistakable ("Fla. economist", "the N.J. Division")."""
    out = []
    spans: set[int] = set()
    for m in _abbreviations_pattern(g.language).finditer(text):
        s, e = m.span(1)
        if s in by_start:  # "Ohio", "Utah": already a place
            continue
        before = text[max(0, m.start() - 30) : m.start()].rstrip(".")
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        if not word[:1].isupper():
            continue
        if text[s:e] in people_words("post_nominals.txt") and not _place_ends_at(by_start, m.start()):
            continue  # "Richard Mawrey, QC", "Jane Doe, MD": letters after a name, not Quebec or Maryland
        spans.add(s)
        out.append(_state_match(text, g, s, e))
    if "." in text:
        for found in _standalone_pattern().finditer(text):
            s, e = found.span(found.lastindex or 0)
            if s not in spans and text[s:e] in g.region_abbreviations:
                out.append(_state_match(text, g, s, e))
    return out


def _place_ends_at(by_start: dict[int, Candidate], pos: int) -> bool:
    """True when a phrase the gazetteer knows ends at ``pos`` and its context left it a reading (not "Alan Price")."""
    for c in by_start.values():  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if c.end == pos and c.kept:
            return True
    return False


def _state_match(text: str, g: Gazetteer, s: int, e: int) -> PlaceMatch:
    country, region = g.region_abbreviations[text[s:e]]
    name = g.region_names.get((country, region), text[s:e])
    place = Place(code=country, via=_SUBDIVISION, name=name, region=region)
    return PlaceMatch(text=text[s:e], start=s, end=e, places=(place,), place=place)


@functools.cache
def _standalone_pattern() -> re.Pattern[str]:
    """The standalone forms ("Fla.", "N.J.") before white space, not inside a word or an abbreviation; group
    ``lastindex`` is the form.

    The pattern opens with a form's last character (a full stop for all of today's) and looks behind it for the
    forms ending there, one look-behind of fixed width for each length: the engine skips ahead to that
    character instead of trying a match at each of the forms' first letters.
    """
    by_end: dict[str, dict[int, list[str]]] = {}
    for form in word_set("standalone_abbreviations.txt"):
        by_end.setdefault(form[-1], {}).setdefault(len(form), []).append(form)
    branches = [
        re.escape(last)
        + "(?:"
        + "|".join(rf"(?<=(?<![\w.])({letter_tree(forms)}))" for _, forms in sorted(by_length.items(), reverse=True))
        + ")"
        for last, by_length in sorted(by_end.items())
    ]
    return re.compile("(?:" + "|".join(branches or ["(?!)"]) + r")(?=\s)")


_LIST_GAPS: Final = frozenset({", ", " and ", ", and ", " or ", ", or ", " & ", "/"})
_METROPOLIS: Final = 1_000_000


def _has_metropolis(readings: Sequence[Place]) -> bool:
    for p in readings:  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if p.via in _TOWNS and p.population >= _METROPOLIS:
            return True
    return False


def _shares_country(readings: Sequence[Place], codes: frozenset[str]) -> bool:
    for p in readings:  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if _BIG_CITY <= p.population < _METROPOLIS and p.code in codes:
            return True
    return False


def _among_metropolises(text: str, cands: Sequence[Candidate], i: int) -> frozenset[str]:
    """The countries of the cities of over a million people the phrase ``cands[i]`` is listed with ("London,
    Frankfurt and Paris"; not "Paris, Texas, and Astana"); empty where it is listed with none."""
    found: set[str] = set()
    if cands[i].qualifier is not None:
        return frozenset()
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(cands) and abs(j + step - i) <= 4:
            a, b = (cands[j + step], cands[j]) if step < 0 else (cands[j], cands[j + step])
            if text[a.end : b.start] not in _LIST_GAPS:
                break
            j += step
            top = _clear_reading_of(cands[j])
            if top is None or top.via is _SUBDIVISION:
                top = _metropolis_of(cands[j], top)  # "New York and London": the city, not the state
            if top is None or top.via not in _TOWNS:
                break
            if top.population >= _METROPOLIS:
                found.add(top.code)
    return frozenset(found)


def _metropolis_of(c: Candidate, state: Place | None) -> Place | None:
    """The reading of ``c`` that is a metropolis (of the country of ``state``, its clear reading, where it has
    one): the city of "New York", of "Sao Paulo"; None where it has none."""
    for p in c.kept:
        if p.via in _TOWNS and p.population >= _METROPOLIS and (state is None or p.code == state.code):
            return p
    return None


# A currency sign names a country only where the article writes money in that one sign: "$" alone is
# the United States' (not "C$", "A$", "HK$"), "£" alone Britain's; euros name no single country.
# The patterns open with the sign itself and look behind it afterwards, so that the engine skips ahead to signs.
_DOLLARS: Final = re.compile(r"\$(?:(?<![A-Za-z]\$)|(?<=US\$))\s?\d")  # "$5", "US$ 5"; not "C$5"
_OTHER_DOLLARS: Final = re.compile(r"\$(?<=[A-Z]\$)")  # "C$", "HK$" (read where "US$" is written "$")
_POUNDS: Final = re.compile(r"£\s?\d")
_OTHER_SIGNS: Final = ("€", "¥", "₹")
_OTHER_WORDS: Final = ("eur", "euro", "pound", "yen", "yuan", "rupee")  # in any case


def _currency_country(text: str) -> str | None:
    """The country of the one currency sign an article writes its money in, if any."""
    dollars = "$" in text and _DOLLARS.search(text) is not None
    pounds = "£" in text and _POUNDS.search(text) is not None
    if dollars == pounds:  # neither, or both
        return None
    if dollars and _OTHER_DOLLARS.search(text.replace("US$", "$")):
        return None
    if any(sign in text for sign in _OTHER_SIGNS):
        return None
    lowered = _ascii_lower(text)
    if any(word in lowered for word in _OTHER_WORDS if word != "pound" or dollars):
        return None
    return "US" if dollars else "GB"


def _ascii_lower(text: str) -> str:
    """``text`` with its ASCII capitals in lower case and every other character outside ASCII made "?".

    A word of ASCII letters without "i" or "k" is in this text where it is in ``text.lower()`` (only
    "İ" and the Kelvin sign lower to ASCII letters), and ASCII text lowers several times faster.
    """
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    return text.lower()


_CLEAR: Final[dict[int, tuple[tuple[Place, ...], Place | None]]] = {}
""":func:`_clear_reading` of a phrase's readings, by the readings' tuple (kept with it: its ``id`` is the key)."""
_CLEAR_KEPT = 50_000  # phrases remembered at most; the table starts again beyond
# not Final: a compiled Final is inlined, and the tests set a small bound to exercise it


def _clear_reading_of(c: Candidate) -> Place | None:
    """:func:`_clear_reading` of ``c.kept``; where the context kept every reading (the common case), decided
    once per phrase: it depends on the readings only."""
    kept, readings = c.kept, c.readings
    if len(kept) < 2 or len(kept) != len(readings) or not all(map(operator.is_, kept, readings)):
        return _clear_reading(kept)
    known = _CLEAR.get(id(readings))
    if known is not None and known[0] is readings:
        return known[1]
    if len(_CLEAR) >= _CLEAR_KEPT:
        _CLEAR.clear()
    top = _clear_reading(kept)
    _CLEAR[id(readings)] = (readings, top)
    return top


def _qualified_reading(c: Candidate) -> Place | None:
    """The reading of ``c`` in the country written after it ("Clacton, Essex"), where it has one."""
    q = c.qualifier
    if q is None:
        return None
    for p in c.kept:
        if p.code == q[0] and p.via in _TOWNS:
            return p
    return None


def _clear_reading(kept: Sequence[Place]) -> Place | None:
    """The reading a phrase has without context, where it is clear: one country, or far likelier."""
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0] if _strong(kept[0]) else None
    ranked = sorted(kept, key=_prior, reverse=True)
    top = ranked[0]
    if not _strong(top) or _small_capital(top):
        return None
    runner = next((p for p in ranked[1:] if p.code != top.code and not p.weak), None)
    if runner is None or _prior(top) - _prior(runner) >= 0.5:
        return top
    return None


def _prior(p: Place) -> float:
    """How likely a reading is without context: a country's name, then capitals, states, big cities."""
    if p.via in _COUNTRY:
        return 4.0
    if p.via is _CAPITAL:
        return (1.5 if p.population >= _BIG_CITY else 0.5) + math.log10(max(p.population, 10)) / 3
    if p.via is _SUBDIVISION or p.via is _REGION:
        return 2.5 if p.level == 1 else 1.7  # a county or borough weighs like a town of 130,000
    return math.log10(max(p.population, 10)) / 3


def _strong(p: Place) -> bool:
    if p.via is _CITY:
        return p.population >= _BIG_CITY
    return not p.weak


def _largest_backed(kept: Sequence[Place], named: dict[str, int], mine: tuple[str, bool, int]) -> int:
    """The population of the largest town of ``kept`` whose country other phrases of the article name (0: none)."""
    best = 0
    for p in kept:
        if p.via in _TOWNS and p.population > best and named.get(p.code, 0) - (mine[2] if mine[0] == p.code else 0) > 0:
            best = p.population
    return best


def _names_a_country(readings: Sequence[Place]) -> bool:
    """True when one of ``readings`` is a country's name, alias or code (not a demonym)."""
    for q in readings:  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if q.via is _NAME or q.via is _ALIAS or q.via is _CODE:
            return True
    return False


def _elsewhere(p: Place, readings: Sequence[Place]) -> bool:
    """True when ``readings`` name a place in another country than ``p``'s."""
    for q in readings:  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if q.code != p.code:
            return True
    return False


def _small_capital(p: Place) -> bool:
    """True for the capital of fewer than 10,000 people of a small territory ("Stanley", "Jamestown", "Hamilton"
    of Bermuda): where its name also names a place elsewhere, it is weighed as a town, not as its country."""
    return p.via is _CAPITAL and p.population < _TOWN


def _local_filter(
    text: str,
    c: Candidate,
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    g: Gazetteer,
    w: _Words,
) -> list[Place]:
    """The readings of ``c`` that its immediate context allows; sets the candidate's context flags."""
    key = c.key
    facts = _phrase_facts(g).get((key, c.single))
    if facts is None:
        facts = _phrase_facts(g)[key, c.single] = _phrase_fact(c, w)
    saint, is_given, is_given_local, local_readings, country_readings = facts
    if saint is None or (saint and _dedication(text, c, w)):
        return []

    # ------------------------------------------------------------------ the words after
    after_name = after_word = street = demonym_use = speech = next_capital = False
    found = TOKEN.search(text, c.end)
    if found is not None:
        nt = found.span()
        gap = text[c.end : nt[0]]
        nxt = found.group()
        inline = gap.isspace() and "\n\n" not in gap
        next_capital = inline and nxt[:1].isupper()
        if inline and len(nxt) == 1 and nxt.isupper() and text.startswith((".", ","), nt[1]):
            after_word = after_name = True  # an initial: "George R. Chesnut", "Mary Z. Connaughton"
        elif inline and nxt[:1].isupper():
            if nxt in w.streets:
                street = True
            elif nxt in w.local_heads or nxt in w.capitalised_residents:
                c.resident = True  # "Athens City Council", "Paris Policemen", "Georgia Man Arrested"
            elif nxt in w.org_words:
                pass  # "Downtown Cleveland Alliance": an organisation of the place
            elif not nxt.isupper() and nxt not in w.heads and nxt not in w.function:
                q = by_start.get(nt[0])
                after_word = q is None or not any(p.via in _COUNTRY for p in q.readings)
                after_name = q is None or not any(_strong(p) for p in q.readings)
        elif inline and nxt == "and" and is_given_local and _name_follows(text, nt[1], by_start, w):
            after_word = after_name = True  # "Brent and Lynnette Hain": two given names, one surname
        elif inline:
            demonym_use = nxt in w.demonym_uses
            speech = nxt in w.speech_verbs
            c.resident = c.residents = nxt in w.residents
        elif gap == "-" and nxt in ("speaking", "language", "style"):
            demonym_use = True
        if c.single and gap[:2] == ", " and _AGE_AFTER.match(text, c.end):
            after_word = after_name = True  # "follows Adrian, 13, on a journey": a person and an age
        if gap.strip() == ",":
            _qualify(text, c, by_start.get(nt[0]), g)
        if gap != " " and dateline_at(text, c.start, c.end):  # a dash or a comma follows a dateline's place
            c.dateline = True
        c.placed = c.qualifier is not None or c.dateline

    # ------------------------------------------------------------------ the words before
    before_name = before_title = org = prev_given = opening = False
    before = prev_tokens(text, c.start)
    if before:
        prev_end = before[0][1]
        gap = text[prev_end : c.start]
        prev = text[before[0][0] : prev_end]
        if gap.isspace() and "\n" not in gap:
            if prev in w.locatives or (
                prev[:1].isupper()  # "In Youngstown, ...": a locative that starts a sentence
                and prev.lower() in w.locatives
                and starts_sentence(text, before[0][0])
            ):
                # "according to Metro 911": a source, not a place gone to
                c.locative = not (prev == "to" and len(before) > 1 and text[before[1][0] : before[1][1]] == "according")
                c.of = prev == "of"
                if speech and c.locative and prev.lower() not in _SOURCES:
                    speech = False  # "Officials in Kabul said": the place of those who speak, not a speaker
                if prev == "of" and len(before) > 1:
                    word = text[before[1][0] : before[1][1]]
                    head = word.capitalize()
                    org = head in w.org_heads
                    c.resident = c.resident or head in w.local_heads or _residence(word, w)
                    c.municipality = word.lower() in w.municipalities
            elif prev in w.titles:
                before_title = True
            elif (
                prev[:1].isupper()
                and prev not in w.function
                and prev not in w.modifiers
                and not _is_place_end(prev_end, by_end, w.given)
            ):
                # "Former Ohio governor", "Missing Lancaster girl"; but "First Alliance Corp" stays a name
                opening = not next_capital and _ordinary_opening(text, before[0][0], prev, w, hyphen=False)
                opening = opening and _beyond_town(c.readings)
                before_name = not opening
                prev_given = prev in w.given or prev.casefold() in _census_given_names()
            if gap == " " and key.endswith("s") and _town_before(prev_end, by_end):
                c.team = True  # "Cleveland Indians": a team named after its town
        elif gap.strip() == "." and prev in w.titles:
            before_title = True
        elif gap == "-" and prev in ("D", "R", "I"):
            c.locative = True  # "Sen. Ray Miller, D-Columbus"
        elif gap == "-" and prev[:1].isupper() and not _is_place_end(prev_end, by_end, w.given):
            opening = not next_capital and _ordinary_opening(text, before[0][0], prev, w, hyphen=True)
            opening = opening and _beyond_town(c.readings)
            before_name = not opening  # "Calgary-North West", not "Pro-Moscow"

    kept = []
    if (after_word or before_name or opening) and (g.language == "de" or _title_case_line(text, c.start)):
        # German capitalises every noun; a headline in title case capitalises every word.
        after_word = after_name = before_name = opening = False  # "Floods Hit Paris Suburbs"
    c.possessive = text.startswith(("'s", "’s"), c.end)
    if (
        not c.resident
        and text[c.start - 2 : c.start] in _AFTER_AGE
        and _AGE_BEFORE.search(text, max(0, c.start - 12), c.start)
    ):
        c.resident = True  # "Joyce Roe, 22, Palestine", "John Doe, 26, of Edmonton": where a person lives
    # Before a country's name, only a given name makes a person ("Michael Jordan", not "United Georgia").
    name_before = before_name and (prev_given or not country_readings)
    c.person = (is_given and after_word) or (
        local_readings and ((is_given_local and after_word) or name_before or before_title)
    )
    # A demonym that opens the name of a shop or a building is no country ("Italian Grill",
    # "Greek and Italian Grill", "Spanish Oaks Apartments").
    building = c.readings[0].via is _DEMONYM and (
        next_capital or text[c.end : c.end + 5] == " and " or text[c.end : c.end + 3] == " & "
    )
    building = building and _opens_a_building(text, c.end, w)
    for p in c.readings:
        if org or street:
            continue
        if (c.team or building) and p.via is _DEMONYM:
            continue
        local_kind = p.via in _LOCAL
        if local_kind and is_given_local and (after_word or before_name or before_title or speech):
            continue
        if not local_kind and is_given and (after_word or name_before or before_title):
            continue
        if c.municipality and _country_without_town(p, c.readings):
            continue  # "the city of Turkey": a town, not the country
        if (p.via is _DEMONYM or p.via is _HISTORICAL) and (
            demonym_use or speech or before_title or any(text[ps:pe] in w.language_verbs for ps, pe in before)
        ):
            continue
        if local_kind:
            if before_name or before_title or speech:
                continue
            if opening and p.via is _CITY and p.population < _BIG_CITY:
                continue  # "Bringing Cadillac production": only a larger place outweighs a name after the word
            if after_name and c.single and p.population < _BIG_CITY:
                continue
            placed_here = c.locative and not c.of and (not next_capital or c.resident)  # "in Jackson Township"
            if key in w.common and not (placed_here or c.qualifier or c.dateline):
                continue
        kept.append(p)
    return kept


_POSSESSIVE: Final = ("'s", "’s")
_AFTER_AGE: Final = (", ", "f ")
_AGE_AFTER: Final = re.compile(r", \d{1,3},")
_AGE_BEFORE: Final = re.compile(r"[^\W\d_], \d{1,3}, (?:of )?$")
# Locatives that may stand before a speaker's name ("a friend of Jordan said", "a letter from Kent said").
_SOURCES: Final = frozenset({"of", "from", "de", "von", "aus", "du", "des"})
_DWELLINGS: Final = frozenset({"Apartments"})  # the building of the local heads (street words hold the others)
_NAME_RUN: Final = re.compile(r"(?: (?:and|&) [A-Z][\w'’]*| [A-Z][\w'’]*){1,4}")


def _opens_a_building(text: str, end: int, w: _Words) -> bool:
    """True when the capitalised words after ``end`` (up to four, "and" between two) end a building's or a
    shop's name: "Oaks Apartments", "and Italian Grill's" (not an institution's: "British
    Transport Police", "Iranian Red Crescent" stay their countries')."""
    m = _NAME_RUN.match(text, end)
    if m is None:
        return False
    for word in m.group().split():
        if word[-2:] in _POSSESSIVE:
            word = word[:-2]
        if word in w.streets or word in _DWELLINGS:
            return True
    return False


@functools.cache
def _phrase_facts(g: Gazetteer) -> dict[tuple[str, bool], tuple[bool | None, bool, bool, bool, bool]]:
    """:func:`_phrase_fact` by phrase and whether it is one token, for ``g``'s phrases (reset when large)."""
    return {}


def _phrase_fact(c: Candidate, w: _Words) -> tuple[bool | None, bool, bool, bool, bool]:
    """What a phrase's text alone says: a saint's name (None: no place at all), a given name, a given name of
    a town, and whether it has local readings and country readings."""
    if not c.readings or c.key in w.function:
        return None, False, False, False, False
    is_given = c.key in w.given
    # Towns and states may also be given names the census knows ("Geneva Morgan"); countries only
    # where the project's list says so ("Jordan", "Chad"), so that "China Daily" stays China.
    is_given_local = is_given or (c.single and c.key.casefold() in _census_given_names())
    local = any(p.via in _LOCAL for p in c.readings)
    country = any(p.via in _COUNTRY for p in c.readings)
    return c.key.startswith(_SAINTS), is_given, is_given_local, local, country


_SAINTS: Final = ("St. ", "St ", "Saint ", "Ste. ", "Sainte ")
_SAINT_PAIR: Final = re.compile(
    r"(?:St\.? |Saint |Ste\.? |Sainte )[A-Z][\w'’]*(?: and | & )(?:St\.? |Saint |Ste\.? |Sainte )[A-Z][\w'’]*"
)


def _dedication(text: str, c: Candidate, w: _Words) -> bool:
    """True for a saint's name paired with another's in a church's or a school's dedication ("the church of
    St. Peter and St. Paul", "Saint Peter and Saint Paul Coptic Orthodox Church"), which names no town."""
    lo = max(0, c.start - 40)
    for m in _SAINT_PAIR.finditer(text, lo, min(len(text), c.end + 40)):
        if m.start() <= c.start and c.end <= m.end():
            before = text[max(0, m.start() - 20) : m.start()].split()
            after = text[m.end() : m.end() + 40].split()[:3]
            return any(t in w.dedications for t in before[-2:]) or any(t in w.dedications for t in after)
    return False


def _name_follows(text: str, pos: int, by_start: dict[int, Candidate], w: _Words) -> bool:
    """True when a given name and a surname follow ``pos`` on the line (" Lynnette Hain" after
    "Brent and"): the name before "and" is a given name too."""
    first = TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    if first is None or not (first.group() in w.given or first.group().casefold() in _census_given_names()):
        return False
    second = TOKEN.match(text, first.end() + 1) if text[first.end() : first.end() + 1] == " " else None
    if second is None:
        return False
    word = second.group()
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in w.function
        and word not in w.heads
        and word not in w.streets
        and second.start() not in by_start
    )


def _residence(word: str, w: _Words) -> bool:
    """True for "<surname> of <place>": where a person lives ("Pamela Rittle of Lebanon")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in w.function
        and word not in w.titles
        and word not in w.heads
        and word not in w.modifiers
        and word not in w.local_heads
        and word.capitalize() not in w.org_heads
    )


_WORD: Final = re.compile(r"[^\W\d_]+")


def _title_case_line(text: str, start: int) -> bool:
    """True in a headline written in title case ("Floods Hit Paris Suburbs"): :func:`newskit.tokens.is_title_case`."""
    # A headline is a short line: both its ends lie within 150 characters of ``start``.
    lo, hi = max(0, start - 150), min(len(text), start + 150)
    line_start = text.rfind("\n", lo, start) + 1 if lo > 0 else text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start, hi)
    if (line_start == 0 and lo > 0) or (line_end < 0 and hi < len(text)):
        return False
    return is_title_case(text[line_start : line_end if line_end >= 0 else hi])


@functools.cache
def _abbreviations_pattern(language: str) -> re.Pattern[str]:
    # Starts with the comma itself, so that the regex engine skips ahead to commas.
    return re.compile(r",\s*(" + letter_tree(gazetteer(language).region_abbreviations) + r")(?![\w])")


def _qualify(text: str, c: Candidate, q: Candidate | None, g: Gazetteer) -> None:
    """Read the state or country written after ``c`` ("Paris, Texas", "Athens, Ga.", "Astana, Kazakhstan")."""
    pos = c.end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    m = _abbreviations_pattern(g.language).match(text, pos)
    if m:
        c.qualifier = g.region_abbreviations[m.group(1)]
        if at_line_start(text, c.start):
            c.dateline = True
        return
    if q is None:
        return
    for p in q.readings:
        if p.via in _COUNTRY:
            c.qualifier = (p.code, "")
        elif p.via is _SUBDIVISION and not p.weak:
            region = p.region
            abbreviated = g.region_abbreviations.get(region)
            if abbreviated is not None and abbreviated[0] == p.code:
                region = abbreviated[1]
            c.qualifier = (p.code, region)
        else:
            continue
        if _has_code(c.readings, p.code):
            q.qualifies = p  # "Camberley, Surrey": the county, not Surrey, British Columbia
        return


def _has_code(readings: Sequence[Place], code: str) -> bool:
    for p in readings:  # noqa: SIM110 - a loop, not any() over a generator (compiled build)
        if p.code == code:
            return True
    return False


def _town_before(k: int, by_end: dict[int, Candidate]) -> bool:
    """True when a town ends at ``k`` (a team's home: "Cleveland" of "Cleveland Indians")."""
    c = by_end.get(k)
    return c is not None and any(p.via is _CITY or p.via is _CAPITAL for p in c.readings)


def _is_place_end(k: int, by_end: dict[int, Candidate], given: frozenset[str]) -> bool:
    # A place before ("Texas Houston") does not make the next word a surname; a given name does
    # ("Donna Kennedy-Glans", "Brooke Henderson").
    c = by_end.get(k)
    return (
        c is not None
        and bool(c.readings)
        and c.key not in given
        and not (c.single and c.key.casefold() in _census_given_names())
    )


def _allowed(p: Place, c: Candidate, named: dict[str, int], local: dict[str, int], money: str | None = None) -> bool:
    """Whether a reading is safe to report: a country, a large city, or a place its context places."""
    q = c.qualifier
    if q is not None and q[0] == p.code:
        return True
    if p.weak:
        return named.get(p.code, 0) > 0
    if _small_capital(p) and _elsewhere(p, c.readings):  # "Stanley scored": its territory or a locative needed
        return c.locative or c.dateline or named.get(p.code, 0) > 0
    if p.via is not _CITY or p.population >= _BIG_CITY:
        return True
    if c.dateline:
        return True
    evidence = named.get(p.code, 0) > 0 or p.code == money
    if c.residents and p.population >= _TOWN:  # "Decatur city officials", "DeKalb residents"
        return True
    if c.locative:
        if not evidence and local and p.population < _TOWN_ALONE:  # the article's towns are elsewhere
            return False
        return not c.of or p.population >= _TOWN or evidence
    return evidence and (p.population >= _TOWN or local.get(p.code, 0) > 0)


def _score(
    p: Place,
    c: Candidate,
    g: Gazetteer,
    named: dict[str, int],
    local: dict[str, int],
    largest: int = 0,
    mine: tuple[str, bool, int] = ("", False, 0),
    money: str | None = None,
    backed: int = 0,
) -> float:
    """How well a reading fits: its prior, the other phrases' countries, and the words around it.

    ``mine`` is the evidence the phrase itself gave (country, local, mentions), left out here; ``backed`` is the
    population of the largest reading whose country the other phrases name.
    """
    base = _prior(p)
    ctx = 0.0
    # The article's other places tip the balance between comparable readings; they do not make a
    # village of Kentucky out of London (a reading a hundred times smaller needs "London, Ky." or
    # local nouns: "the City of Canton").
    if c.resident or not (p.via is _CITY and (p.population * 100 < largest or p.population * 10 < backed)):
        own_named = mine[2] if mine[0] == p.code else 0
        own_local = own_named if mine[1] else 0
        ctx = 1.0 * (named.get(p.code, 0) - own_named > 0)
        # The article's towns and states do not make a town of a country's name ("podcasters in Australia, Finland,
        # Brazil": not Brazil, Indiana); its local nouns, its state after it or "the city of" do, and a big city
        # holds its own (Granada, Spain, and Grenada, "Granada" in Spanish).
        if not (
            p.via is _CITY
            and p.population < _BIG_CITY
            and _names_a_country(c.kept)
            and not (
                c.resident or c.dateline or c.municipality or (c.qualifier is not None and c.qualifier[0] == p.code)
            )
        ):
            ctx += 1.0 * min(local.get(p.code, 0) - own_local, 3)
        if not named.keys().isdisjoint(g.neighbours.get(p.code, ())):  # a neighbour is named
            ctx += 0.5
        if p.via is _CITY and p.code == money and not named.get(p.code, 0) - own_named:
            ctx += 1.0
    if p.via in _LOCAL and (c.resident or c.dateline):
        ctx += 2.0
    q = c.qualifier
    if q is not None and q[0] == p.code:
        ctx += 5.0 + (1.0 if q[1] and q[1] == p.region else 0.0)
    return base + ctx


def find_places(text: str, language: str = "en") -> list[PlaceMatch]:
    """Every place phrase of ``text`` with the reading chosen for it (None when ruled out).

    >>> [(m.text, m.code) for m in find_places("Talks in Paris, Texas, and Astana.")]
    [('Paris', 'US'), ('Texas', 'US'), ('Astana', 'KZ')]
    """
    return resolve(text, scan(text, language, capitals_mask(text)), language)
