"""Who and where: participants on the subject side of a trigger, and the places of its clause."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from ...document import Document
from ...models import (
    CountryMention,
    DateMention,
    Mention,
    OrganizationMention,
    Participant,
    ParticipantKind,
    PersonMention,
    Place,
    PlaceKind,
    Via,
    maker,
)
from ...resources import letter_tree
from .lexicon import current_language, lexicon
from .nouns import can_end_actor, is_agent, names_no_one
from .text import MentionIndex, SentenceView, Trigger, bisect_left, bisect_right, letters_only, title_case

__all__ = [
    "Clause",
    "boundaries",
    "clause_of",
    "dateline",
    "focus_place",
    "may_name_places",
    "places",
    "places_among",
    "sentence_places",
    "shown",
    "subject_phrase",
    "who",
]

_participant: Final = maker(Participant)  # made without the class call, for less work
_place: Final = maker(Place)  # made without the class call, for less work

# read once, when the event builder is first imported (import newskit does not import it)
_WORDS: Final = lexicon().words
_PRONOUNS: Final = lexicon().pronouns

_PLACE_KIND: Final = {
    Via.NAME: PlaceKind.COUNTRY,
    Via.ALIAS: PlaceKind.COUNTRY,
    Via.CODE: PlaceKind.COUNTRY,
    Via.HISTORICAL: PlaceKind.COUNTRY,
    Via.CAPITAL: PlaceKind.CITY,
    Via.CITY: PlaceKind.CITY,
    Via.SUBDIVISION: PlaceKind.REGION,
    Via.REGION: PlaceKind.REGION,
}


DATELINE_SENTENCES = 5
"""How many body sentences may hold a dateline."""

_FIRST: Final = operator.itemgetter(0)

_NOT_ACTORS: Final = frozenset({Via.CITY, Via.SUBDIVISION, Via.REGION})
"""Countries named through a town or a region are where things happen, not who acts."""

# the readings the rules test most, bound once (C statics in the compiled build, not a class attribute read each time)
_DEMONYM: Final = Via.DEMONYM
_HISTORICAL: Final = Via.HISTORICAL
_CAPITAL: Final = Via.CAPITAL


class Clause:
    """Token bounds of a trigger's clause: ``start`` (subject side) up to ``end`` (exclusive)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


def boundaries(view: SentenceView) -> list[bool]:
    """For each token of a sentence: does it open a clause (an opener or clause punctuation)? Found once a sentence."""
    bounds = view.bounds
    if bounds is None:
        clause_bounds = _WORDS["clause_bounds"]
        # a comprehension, not map(set.__contains__): the compiled build tests membership inline
        bounds = view.bounds = [low in clause_bounds for low in view.lows]
    return bounds


def clause_of(view: SentenceView, trig: Trigger, triggers: Sequence[Trigger], bounds: list[bool] | None = None) -> Clause:
    """The clause a trigger governs: from the last clause opener (or earlier verb trigger) before it
    to the next clause opener after it."""
    bounds = boundaries(view) if bounds is None else bounds
    start = 0
    before = trig.first - 1
    if trig.verb:
        auxiliaries = _skip_auxiliaries(view, before, 0)
        before = _skip_aside(view, auxiliaries, 0)
    if before >= 0 and True in bounds[: before + 1]:  # the last opener at or before ``before``
        start = before + 1 - bounds[before::-1].index(True)
    for t in triggers:
        if t.verb and trig.verb and t.last < trig.first and t.last + 1 > start:
            start = t.last + 1
    if trig.verb:  # "welcomed X to Paris last year and has met Y": the second verb's clause begins at "and"
        k = max(auxiliaries, start - 1)  # as _skip_auxiliaries from ``start``: start <= trig.first
        if k >= start and view.lows[k] in _WORDS["coordinators"] and any(
            t.verb and t.last < k for t in triggers
        ):
            start = k
    try:
        end = bounds.index(True, trig.last + 1)
    except ValueError:
        end = len(view.words)
    return Clause(start, end)


def _skip_auxiliaries(view: SentenceView, j: int, start: int) -> int:
    skip = _WORDS["skip_before_trigger"]
    while j >= start and (view.lows[j] in skip or view.lows[j][-2:] == "ly"):
        j -= 1
    return j


def _skip_aside(view: SentenceView, j: int, start: int) -> int:
    """Before an aside between commas that ends at ``j`` ("Tokayev, on the other hand, met"), else ``j``."""
    if j >= start and view.lows[j] == ",":
        k = j - 1
        while k >= start and view.lows[k] != "," and j - k <= 12:
            k -= 1
        if k >= start and view.lows[k] == ",":
            return k - 1
    return j


_SUBJECT_ENDS: Final = _WORDS["clause_openers"] | _WORDS["clause_punctuation"] | {","}
"""Words a subject phrase does not reach back over: a clause opener, clause punctuation, a comma."""


def _clean(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    words = _WORDS
    stops, determiners = _WORDS["stops"], words["determiners"]
    lows, tokens = view.lows, view.words
    while first <= last and (lows[first] in stops or not tokens[first][:1].isalnum()):
        if lows[first] == "at" and first < last and lows[first + 1] in ("least", "most"):
            break
        first += 1
    while last >= first and (lows[last] in stops or lows[last] in determiners or not tokens[last][:1].isalnum()):
        last -= 1
    if determiners.issuperset(lows[first : last + 1]):
        return None
    if lows[first] in words["not_subjects"] and not any(view.is_capitalised(k) for k in range(first, last + 1)):
        return None  # "his first (trip)"
    return (first, last)


def subject_phrase(view: SentenceView, trig: Trigger, start: int, skipped: int | None = None) -> tuple[int, int] | None:
    """Token bounds of the noun phrase right before a trigger (auxiliaries, adverbs and an aside
    between commas skipped), not reaching before ``start`` (``skipped``: where skipping the
    auxiliaries before a verb trigger ends, if known)."""
    words = _WORDS
    j = trig.first - 1
    if trig.verb:
        j = _skip_auxiliaries(view, j, start) if skipped is None else skipped
        for _ in range(2):  # an aside or two: "Tokayev, on the other hand, met", "The driver, 42, from X, was"
            if j >= start and view.lows[j] == ",":
                k = _skip_aside(view, j, start)
                if k == j:
                    return None
                j = k
                if j > start and view.lows[j][:1].isdigit():  # an age before the aside: "driver, 42,"
                    j += 1
    last = j
    enders = words["verbs_ending_subjects"]
    lows = view.lows
    while j >= start and last - j < 7:  # at most seven words
        low = lows[j]
        if low in _SUBJECT_ENDS or (low in enders and j < last):
            break
        if (low == "and" or low == "or") and not (j > 0 and view.is_capitalised(j - 1) and view.is_capitalised(j + 1)):
            break
        j -= 1
    if last < j + 1:
        return None
    if view.lows[last] in _PRONOUNS or view.lows[last] in words["not_subjects"]:
        return last, last
    return _clean(view, j + 1, last)


def _person(m: PersonMention) -> Participant:
    return _participant(name=m.name, kind=ParticipantKind.PERSON, start=m.start, end=m.end)


def _organization(m: OrganizationMention) -> Participant:
    return _participant(name=m.name, kind=ParticipantKind.ORGANIZATION, code=m.country, start=m.start, end=m.end)


def _country(m: CountryMention) -> Participant:
    """A country acting; named by its people where the text names them ("Brits blame")."""
    name = m.text if m.via == _DEMONYM and m.text[:1].isupper() else m.name or m.text
    return _participant(name=name, kind=ParticipantKind.COUNTRY, code=m.code, start=m.start, end=m.end)


def _attributive(view: SentenceView, i: int) -> bool:
    """A country that qualifies what follows it: "China's President Xi", "US State Department", "French"."""
    m = view.owner[i]
    if isinstance(m, CountryMention) and m.via == _DEMONYM:
        return True
    j = i
    while j + 1 < len(view.words) and view.owner[j + 1] is m:
        j += 1
    if j + 1 < len(view.words):
        nxt = j + 1
        word = view.words[i]
        if view.words[nxt].islower() and (
            (word.isupper() and len(word) <= 3) or (isinstance(m, CountryMention) and m.via == _HISTORICAL)
        ):  # "US diplomat", "UK firms", "Soviet republics"
            return True
        if view.is_person(nxt) or (view.is_capitalised(nxt) and view.owner[nxt] is None and view.words[nxt][:1].isalpha()):
            return True
        if nxt + 1 < len(view.words) and view.is_person(nxt + 1):
            return True
    return False


def _qualifies_noun(view: SentenceView, i: int) -> bool:
    """An abbreviation or a historical adjective before a lower-case noun: "(in) US weapons"."""
    m = view.owner[i]
    word = view.words[i]
    return (
        i + 1 < len(view.words)
        and view.owner[i + 1] is not m
        and view.words[i + 1].islower()
        and ((word.isupper() and len(word) <= 3) or (isinstance(m, CountryMention) and m.via == _HISTORICAL))
    )


def _common_word(view: SentenceView, i: int) -> bool:
    """Is the word at token ``i`` written in lower case elsewhere in the article?"""
    low = view.lows[i]
    return low.isascii() and low.isalpha() and low.encode() in view.article_words


def _no_name(view: SentenceView, i: int) -> bool:
    """Is the word at token ``i``, capitalised only by its position, one that names no one
    ("Fatal", "Race")? Only English has the word classes."""
    return current_language() == "en" and names_no_one(view.lows[i])


def _groups(view: SentenceView, first: int, last: int, *, after_preposition: bool = False) -> list[Participant]:
    """Capitalised runs that are no mention: organisations and named groups ("Taliban", "FBI").

    A run after a locative preposition or "city of" is a place ("near the Sandilands stop"),
    unless ``after_preposition`` (the agent after a passive: "killed in a Taliban raid")."""
    if view.sentence.in_title and title_case(view):
        return []
    lex_words = _WORDS
    not_groups, locative = lex_words["not_groups"], lex_words["locative_prepositions"]
    owner, lows, words = view.owner, view.lows, view.words
    first, last = max(first, 0), min(last, len(words) - 1)

    flags = [
        words[i][:1].isupper() and owner[i] is None and words[i][:1].isalpha() and lows[i] not in not_groups
        for i in range(first, last + 1)
    ]
    out: list[Participant] = []
    if True not in flags:
        return out
    i = first
    while i <= last:
        if flags[i - first]:
            j = i
            while j + 1 <= last and flags[j + 1 - first]:
                j += 1
            if (i == 0 or lows[i - 1] in (":", '"', "“")) and (_common_word(view, i) or (i == j and _no_name(view, i))):
                i += 1  # "High fuel prices", "Sluggish economy", "Fatal attack": a capital by position only
                if i > j:
                    continue
            k = i - 1
            while k >= 0 and lows[k] in ("the", "a"):
                k -= 1
            if not after_preposition and k >= 0 and (
                lows[k] in locative or (lows[k] == "of" and k > 0 and lows[k - 1] in lex_words["place_words"])
            ):  # "near the Sandilands stop", "the city of Mazar-i-Sharif": a place
                i = j + 1
                continue
            text, s, e = view.span_text(i, j)
            if text[-2:] in ("'s", "’s"):
                text, e = text[:-2], e - 2
            out.append(_participant(name=text, kind=ParticipantKind.GROUP, start=s, end=e))
            i = j + 1
        else:
            i += 1
    return out


def _actors(
    view: SentenceView, first: int, last: int, acts: Callable[[int, CountryMention], bool]
) -> tuple[list[Participant], list[Participant]]:
    """People and organisations in tokens ``first..last``, and the countries there for which
    ``acts`` holds."""
    marks = view.entity_marks  # in text order
    if not marks or marks[-1] < first or marks[0] > last:
        return [], []
    lo = bisect_left(marks, first)
    hi = bisect_right(marks, last, lo)
    if lo == hi:
        return [], []
    people: dict[str, Participant] = {}
    states: dict[str, Participant] = {}
    made = view.participants
    for i in marks[lo:hi]:
        m = view.owner[i]
        if isinstance(m, (PersonMention, OrganizationMention)):
            if m.name not in people:
                p = made.get(id(m))
                if p is None:
                    p = made[id(m)] = _person(m) if isinstance(m, PersonMention) else _organization(m)
                people[m.name] = p
        elif isinstance(m, CountryMention) and m.code not in states and acts(i, m):
            p = made.get(id(m))
            if p is None:
                p = made[id(m)] = _country(m)
            states[m.code] = p
    return list(people.values()), list(states.values())


def _entities(view: SentenceView, first: int, last: int, *, countries: bool = True) -> tuple[list[Participant], list[Participant]]:
    """People, and countries standing as actors, in tokens ``first..last``.

    A country is no actor when it qualifies what follows it ("US diplomat"), is named through a
    town or a region, or stands after a locative preposition ("travel to Ankara")."""
    marks = view.entity_marks  # no one named there: no need for the country test
    if not marks or marks[-1] < first or marks[0] > last:
        return [], []
    locative = _WORDS["locative_prepositions"]

    def acts(i: int, m: CountryMention) -> bool:
        return (
            countries
            and m.via not in _NOT_ACTORS
            and not (m.via == _CAPITAL and _ends_at(view, i) < last)  # "Moscow said", not "capital Tashkent on"
            and not (i > 0 and view.lows[i - 1] in locative)
            and (_ends_at(view, i) == last or not _attributive(view, i))  # "US gives", not "US firms give"
        )

    return _actors(view, first, last, acts)


def _ends_at(view: SentenceView, i: int) -> int:
    """The last token of the mention at token ``i``."""
    m = view.owner[i]
    while i + 1 < len(view.words) and view.owner[i + 1] is m:
        i += 1
    return i


def _noun_actors(view: SentenceView, first: int, last: int) -> tuple[list[Participant], list[Participant]]:
    """People, and countries acting in a nominal event, among the words before the noun: a
    possessor ("Russia's invasion") or a demonym ("a Russian invasion"), not a plain name, which
    is what the event is about or where it happens ("the Ukraine war")."""

    def acts(i: int, m: CountryMention) -> bool:
        return m.via == _DEMONYM or m.text[-2:] in ("'s", "’s") or view.lows[i][-2:] in ("'s", "’s")

    return _actors(view, first, last, acts)


def _noun_modifiers(view: SentenceView, trig: Trigger, start: int) -> tuple[int, int] | None:
    """Token bounds of the words before a noun trigger inside its own noun phrase ("Russia's",
    "a Taliban", "his first"), or None. A preposition ends them ("the anniversary *of* the war"),
    except *of* inside a name ("a Group of 20 ministers meeting"); so does a verb ("Uzbekistan
    experienced deadly unrest")."""
    words = _WORDS
    stops = _WORDS["stops"]
    openers, punct, determiners = words["clause_openers"], words["clause_punctuation"], words["determiners"]
    enders = words["verbs_ending_subjects"]
    j = trig.first - 1
    while j >= start and trig.first - j <= 7:
        low = view.lows[j]
        if low in openers or low in punct or low == "," or low in enders:
            break
        if low in stops:
            if low == "of" and j > start and view.is_capitalised(j - 1) and view.is_capitalised(j + 1):
                j -= 1
                continue
            break
        if _verb_like(view, j) and not (j > 0 and view.lows[j - 1] in determiners):
            break
        j -= 1
    if j + 1 > trig.first - 1:
        return None
    return j + 1, trig.first - 1


def _demonym(view: SentenceView, i: int) -> bool:
    m = view.owner[i]
    return isinstance(m, CountryMention) and m.via == _DEMONYM


def _verb_like(view: SentenceView, i: int) -> bool:
    """A lower-case word that reads as a verb form: "experienced", "fleeing"."""
    low = view.lows[i]
    return view.owner[i] is None and view.words[i].islower() and len(low) > 4 and (low[-2:] == "ed" or low[-3:] == "ing")


def _role_phrase(view: SentenceView, first: int, last: int) -> bool:
    """A definite phrase naming a role and no one: "the top US diplomat", "the minister"."""
    return view.lows[first] == "the" and view.lows[last] in _WORDS["role_nouns"]


def _pronoun(view: SentenceView, j: int, people: MentionIndex, antecedent: Participant | None) -> Participant | None:
    """He or she: the person acting in the last event before, else the last person named."""
    kind = _PRONOUNS.get(view.lows[j])
    if kind != "person":
        return None
    if antecedent is not None:
        return antecedent
    for m in reversed(people.before(view.starts[j])):
        if isinstance(m, PersonMention):
            return _participant(name=m.name, kind=ParticipantKind.PERSON, start=m.start, end=m.end)
    return None


def _repeats(view: SentenceView, first: int, last: int, listed: Sequence[Participant]) -> bool:
    """Does tokens ``first..last`` name a participant already listed (the same mention, the same
    person or country, or an overlapping group)?"""
    s, e = view.starts[first], view.ends[last]
    names = {p.name for p in listed}
    codes = {p.code for p in listed if p.code}
    for p in listed:
        if p.start is not None and p.end is not None and p.start < e and s < p.end:
            return True
    for k in range(first, last + 1):
        m = view.owner[k]
        if isinstance(m, (PersonMention, OrganizationMention)) and m.name in names:
            return True
        if isinstance(m, CountryMention) and m.code in codes:
            return True
    return False


def _agent_phrase(view: SentenceView, first: int, last: int, listed: Sequence[Participant]) -> Participant | None:
    """The noun phrase of an agent in tokens ``first..last``, as a ``phrase`` participant, or None.

    A date before it is cut off ("On Monday the minister"), so is a verb ("Lady Gaga staged");
    nothing is left of a phrase ending in a date ("Ankara next week"). A purpose clause ("aid to
    help"), a bare place or country, and a phrase naming a participant already listed are none.
    """
    words = _WORDS
    determiners = words["determiners"]
    owner = view.owner
    for k in range(first, last + 1):
        m = owner[k]
        if m is not None and isinstance(m, DateMention):
            first = k + 1
    for k in range(first + 1, last + 1):
        if (
            view.lows[k][-2:] == "ed"
            and _verb_like(view, k)
            and view.lows[k - 1] not in determiners
            and (k == last or view.lows[k + 1] not in _WORDS["stops"])
        ):
            first = k + 1  # "Lady Gaga staged"; not "Officials involved in the inquiry"
        elif (
            view.owner[k] is None
            and view.words[k][:1].isupper()
            and view.words[k - 1].islower()
            and view.lows[k - 1] not in determiners
            and view.lows[k - 1] not in words["subject_stops"]
        ):
            first = k  # a name after a lower-case noun begins another phrase: "the stop Seven people"
    if first > last:
        return None
    cleaned = _clean(view, first, last)
    if cleaned is None:
        return None
    first, last = cleaned
    if _verb_like(view, first) and (first == last or view.lows[first + 1] in determiners or view.lows[first + 1] in _WORDS["stops"]):
        return None  # a verb phrase: "attended", "involved in the sale", "issuing a statement"
    lows = view.lows[first : last + 1]
    if "to" in lows or lows[-1] in _PRONOUNS or lows[-1] in words["not_subjects"]:
        return None
    for k in range(first, last + 1):
        if lows[k - first] not in determiners and not (view.is_country(k) and not _demonym(view, k)):
            break
    else:
        return None  # a place: "Ankara" (a people, "Brits", stays)
    if _repeats(view, first, last, listed) or not _head_acts(view, last):
        return None
    text, s, e = view.span_text(first, last)
    return _participant(name=text, kind=ParticipantKind.PHRASE, start=s, end=e)


def _head_acts(view: SentenceView, last: int) -> bool:
    """Can the noun phrase ending at token ``last`` name who acts ("the bus driver", "oil
    prices"; not "a new")? A name or a number may; a word capitalised by its position only must
    name someone ("Race to reach boy": no one); outside English, any."""
    word = view.words[last]
    if current_language() != "en" or view.owner[last] is not None or not word.replace("-", "").isalpha():
        return True
    if word[:1].isupper():
        if last > 0 and view.lows[last - 1] not in (":", '"', "“"):
            return True  # a name ("the Red Cross")
        return not names_no_one(word)  # capitalised by position: "Race to reach boy"
    return can_end_actor(word)


def _relative_head(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``start - 1`` refers to ("Russian officials, *who*
    withdrew"), or None."""
    words = _WORDS
    if start < 2 or view.lows[start - 1] not in words["relative_pronouns"] or view.lows[start - 1] == "that":
        return None
    j = start - 2
    if view.lows[j] == ",":
        j -= 1
    last = j
    openers, punct = words["clause_openers"], words["clause_punctuation"]
    stops = _WORDS["stops"]
    while j >= 0 and last - j < 6:
        low = view.lows[j]
        if low in openers or low in punct or low == "," or low in stops or low in words["verbs_ending_subjects"]:
            break
        if _verb_like(view, j):
            break
        j -= 1
    return (j + 1, last) if j + 1 <= last else None


def who(
    view: SentenceView,
    trig: Trigger,
    clause: Clause,
    people: MentionIndex,
    reciprocal: bool,
    shared: Sequence[Participant] = (),
    passive: bool = False,
    antecedent: Participant | None = None,
    object_of_verb: bool = False,
    passive_voice: bool = False,
    whom: list[Participant] | None = None,
) -> list[Participant]:
    """The participants of a trigger: the acting people, countries or named groups, then the
    subject phrase where it names someone new, then for reciprocal kinds (meet, host, sign) the
    people on the object side, and the agent after the trigger: after "by", or for passive kinds
    (killed, injured) any ("in a Taliban raid").

    In the passive voice (``passive_voice``: "was arrested by") the agent acts and the subject
    undergoes: the subject goes to ``whom``, and is who only for passive kinds with no agent
    ("Seven killed"). In the active voice the people, organisations and countries named right
    after a verb of a one-sided kind are ``whom`` ("Police arrested Ann Smith")."""
    words = _WORDS
    out: list[Participant] = []
    bounds: tuple[int, int] | None = None  # tokens of the subject phrase
    pronoun: int | None = None
    persons: list[Participant]
    states: list[Participant]
    groups: list[Participant]
    if trig.verb:
        j = _skip_auxiliaries(view, trig.first - 1, clause.start)
        infinitive = "to" in view.lows[j + 1 : trig.first]
        coordinated = j >= clause.start and view.lows[j] in words["coordinators"]
        if trig.form.tense == "ing" and trig.first > 0 and view.lows[trig.first - 1] == ",":
            coordinated = True  # "rammed the wall, killing four": the participle shares the subject
        if shared and (coordinated or infinitive):
            # "arrived in X and met Y", "would travel to Ankara to sign": the same subject, unless
            # someone stands between ("urged Roe to sign")
            between = _entities(view, clause.start, j, countries=False)[0] if infinitive and not coordinated else []
            persons, states, groups = between or list(shared), [], []
        else:
            phrase = subject_phrase(view, trig, clause.start, j)
            persons, states = _entities(view, clause.start, trig.first - 1)
            groups = [] if persons or states else _groups(view, clause.start, trig.first - 1)
            if phrase is None and not persons and not states and not groups:
                phrase = _relative_head(view, clause.start)
                if phrase is not None:
                    persons, states = _entities(view, phrase[0], phrase[1])
            if phrase is not None and phrase[0] == phrase[1] and view.lows[phrase[0]] in _PRONOUNS:
                pronoun = phrase[0]
            elif phrase is not None and not infinitive:
                bounds = phrase
    else:
        mods = _noun_modifiers(view, trig, clause.start)
        persons, states, groups = [], [], []
        if mods is not None:
            persons, states = _noun_actors(view, mods[0], mods[1])
            groups = [] if persons or states else _groups(view, mods[0], mods[1])
            possessive = {"his", "her"} & set(view.lows[mods[0] : mods[1] + 1])
            if possessive and not persons and not states and antecedent is not None:
                persons = [antecedent]  # "his first trip"
            if view.sentence.in_title and (mods[0] == 0 or view.lows[mods[0] - 1] == ":"):
                bounds = mods  # a headline beginning with the noun phrase: "Seven dead", not "show clear signs"
        if not persons and not states and not groups and not object_of_verb:
            # "Max Verstappen shows nerves of steel to avoid (an) accident"; not "Roe welcomed the deal"
            persons = _entities(view, clause.start, (mods[0] if mods else trig.first) - 1, countries=False)[0]
    out.extend(persons[:3] if persons else [*states[:2], *groups[:2]])
    p = _pronoun(view, pronoun, people, antecedent) if pronoun is not None else None
    if p is not None and all(q.name != p.name for q in out):
        out.append(p)
    if bounds is not None:
        first, last = bounds
        if antecedent is not None and not out and _role_phrase(view, first, last):
            out.append(antecedent)  # "The top US diplomat will hold talks": the last person acting
        elif (phrase_part := _agent_phrase(view, first, last, out)) is not None:
            out.append(phrase_part)
    if not out and shared and trig.verb:
        out.extend(shared)
    after = trig.last + 1
    by = after < clause.end and view.lows[after] == "by"
    if not trig.verb and not by:  # "the invasion of Sylvania by Freedonia"
        for k in range(after, min(clause.end, after + 5)):
            if view.lows[k] == "by":
                by, after = True, k
                break
    if after < clause.end and view.lows[after] in ("with", "by", "between", "both"):
        after += 1
    extra: list[Participant] = []
    if reciprocal:  # people of the object side up to a comma; a country only right after the trigger ("met China's")
        comma = next((k for k in range(after, clause.end) if view.lows[k] == ","), clause.end)
        obj_people = _entities(view, after, comma - 1)[0]
        obj_states = [] if obj_people else _entities(view, after, after)[1]
        extra = [*obj_people[:3], *obj_states[:1]]
    elif by or (passive and trig.verb):
        stop = min(clause.end - 1, after + 5)
        obj_people, obj_states = _entities(view, after, stop)
        extra = [*obj_people[:2], *obj_states[:1]] or _groups(view, after, stop, after_preposition=True)[:1]
        if not extra and by and (agent := _by_phrase(view, after, clause.end)) is not None:
            extra = [agent]  # "was attacked by an armed man"
    names = {p.name for p in out}
    if passive_voice and trig.verb and not reciprocal:
        agents = [p for p in extra if p.name not in names]
        if agents or not passive:  # "was denied by the referee", "Lewsey was denied": the subject undergoes
            if whom is not None:
                whom.extend(out)
            return agents
        return out
    if (
        whom is not None
        and trig.verb
        and not reciprocal
        and not by
        and not passive
        and _mark_within(view.entity_marks, trig.last + 1, trig.last + 5)
    ):
        comma = next((k for k in range(trig.last + 1, min(clause.end, trig.last + 6)) if view.lows[k] == ","), clause.end)
        obj_people, obj_states = _entities(view, trig.last + 1, min(comma, trig.last + 6) - 1)
        whom.extend(p for p in [*obj_people[:3], *obj_states[:2]] if p.name not in names)
    for p in extra:
        if p.name not in names:
            out.append(p)
            names.add(p.name)
    return out


def shown(view: SentenceView, first: int, verb: int, end: int) -> list[Participant]:
    """Who a medium shows acting ("Footage shows *rescuers* using diggers", "Video shows *Ann Roe*
    leaving"): the people, organisations or agent noun phrase right after the verb of a subject
    that is a medium (``media_nouns``), else nothing."""
    if first < 1 or view.lows[first - 1] not in _WORDS["media_nouns"]:
        return []
    stop = verb + 1
    while stop < end and stop - verb <= 6 and not _verb_like(view, stop) and view.lows[stop] not in _WORDS["clause_bounds"]:
        stop += 1
    persons = _entities(view, verb + 1, stop - 1, countries=False)[0]
    if persons:
        return persons[:3]
    span = _clean(view, verb + 1, stop - 1) if stop > verb + 1 else None
    if span is None or not is_agent(view.words[span[1]]):
        return []
    text, s, e = view.span_text(*span)
    return [_participant(name=text, kind=ParticipantKind.PHRASE, start=s, end=e)]


def _mark_within(marks: list[int], first: int, last: int) -> bool:
    """Does a sorted list of token marks hold one in ``first..last``?"""
    i = bisect_left(marks, first)
    return i < len(marks) and marks[i] <= last


def _by_phrase(view: SentenceView, first: int, end: int) -> Participant | None:
    """The plain noun phrase of an agent after "by" ("by an armed man"), up to a preposition,
    a clause boundary or a date, at most six words."""
    bounds, stops = _WORDS["clause_bounds"], _WORDS["stops"]
    k = first
    while k < end and k - first < 6:
        low = view.lows[k]
        if (
            low in bounds
            or low == ","
            or (k > first and (low in stops or low in _WORDS["place_prepositions"]))
            or view.owner[k] is not None
        ):
            break
        k += 1
    span = _clean(view, first, k - 1) if k > first else None
    if span is None or not _head_acts(view, span[1]):
        return None
    text, s, e = view.span_text(*span)
    return _participant(name=text, kind=ParticipantKind.PHRASE, start=s, end=e)


def passive_voice(view: SentenceView, trig: Trigger) -> bool:
    """Is a verb trigger in the passive voice: a past participle after a form of *be* or *get*
    ("was arrested", "have been killed"), or in a headline with no object after it ("Driver
    arrested as ...", "Seven killed in ...")?"""
    if not trig.verb or trig.form.tense != "past":
        return False
    lows = view.lows
    j = trig.first - 1
    skip = _WORDS["skip_before_trigger"]
    while j >= 0 and trig.first - j <= 4:
        low = lows[j]
        if low in _BE:
            return True
        if (low in skip or low[-2:] == "ly") and low not in _WORDS["auxiliaries"]:
            j -= 1
            continue
        break
    if view.sentence.in_title and (j < 0 or lows[j] not in _WORDS["auxiliaries"]):
        after = trig.last + 1
        return after >= len(view.words) or lows[after] in _WORDS["subject_stops"] or lows[after] in _WORDS["clause_bounds"] or lows[after] == ","
    return False


_BE: Final = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "wasn't", "weren't", "isn't", "aren't"})


BIG_CITY = 100_000
"""A subdivision named like a city of at least this many people is that city ("Istanbul")."""


@functools.lru_cache(maxsize=4096)
def _city_named(name: str, code: str) -> bool:
    """Is ``name`` also a big city of the country ``code`` (the gazetteer's city readings)?"""
    from ..countries import lookup

    found = lookup(name)
    return found is not None and any(
        p.code == code and p.via in (Via.CITY, Via.CAPITAL) and p.population >= BIG_CITY for p in found.places
    )


def _place_from_country(m: CountryMention) -> Place:
    text = m.text[:-2] if m.text[-2:] in ("'s", "’s") else m.text
    kind = _PLACE_KIND.get(m.via, PlaceKind.COUNTRY)
    if m.via == Via.SUBDIVISION and _city_named(text, m.code):
        kind = PlaceKind.CITY  # a province named after its city: the city is meant
    return _place(name=text, code=m.code, kind=kind, start=m.start, end=m.end)


def _near_country(view: SentenceView, first: int, last: int) -> str | None:
    """The code of a country named right next to a place ("Afghanistan's Mazar-i-Sharif", "Sao Paulo, Brazil")."""
    for j in (first - 1, first - 2, last + 1, last + 2):
        if 0 <= j < len(view.words):
            m = view.owner[j]
            if isinstance(m, CountryMention) and m.via != _DEMONYM:
                return m.code
    return None


def _place_marks(view: SentenceView) -> list[int]:
    """Tokens where a place can begin: country mentions and prepositions (computed once a sentence)."""
    marks = view.place_marks
    if marks is None:
        lows = view.lows
        prepositions = _WORDS["mark_prepositions"]
        marks = [i for i, low in enumerate(lows) if low in prepositions]  # see boundaries()
        if view.country_tokens:
            marks = sorted(marks + view.country_tokens)
        view.place_marks = marks
    return marks


def places(view: SentenceView, trig: Trigger, clause: Clause, exclude: set[str], motion: bool) -> list[Place]:
    """Countries and named places of a trigger's clause (a visit's destinations first)."""
    words = _WORDS
    preps = words["motion_places"] if motion else words["place_prepositions"]
    not_places, place_words = words["not_places"], words["place_words"]
    found: list[tuple[int, Place]] = []
    seen: set[int] = set()
    resume = clause.start
    marks = _place_marks(view)
    for i in marks[bisect_left(marks, clause.start) : bisect_left(marks, clause.end)]:
        if i < resume:
            continue
        m = view.owner[i]
        if isinstance(m, CountryMention):
            if id(m) not in seen:
                seen.add(id(m))
                prep = i > 0 and view.lows[i - 1] in preps
                possessive = view.lows[i][-2:] in ("'s", "’s")  # "the US's main rival": no place
                if m.via != _DEMONYM and (
                    (prep and not _qualifies_noun(view, i))
                    or (m.code not in exclude and not possessive and not _attributive(view, i))
                ):
                    found.append((abs(i - trig.first) - (100 if i > trig.last else 0), _place_from_country(m)))
            continue
        low = view.lows[i]
        if (low in preps or (low == "of" and i > 0 and view.lows[i - 1] in place_words)) and i + 1 < clause.end:
            j = i + 1
            while j < clause.end and (
                view.lows[j] in ("the", "a")
                or view.words[j] in ("northern", "southern", "eastern", "western", "central")  # not "Northern Front"
            ):
                j += 1
            k = j
            while k < clause.end and view.owner[k] is None and view.is_capitalised(k) and view.words[k][:1].isalpha():
                k += 1
            if k > j and view.lows[j] not in not_places:
                text, s, e = view.span_text(j, k - 1)
                if text[-2:] in ("'s", "’s"):
                    text, e = text[:-2], e - 2
                place = _place(name=text, code=_near_country(view, j, k - 1), kind=PlaceKind.PLACE, start=s, end=e)
                found.append((abs(j - trig.first) - (100 if j > trig.last else 0), place))
                resume = k
    found.sort(key=_FIRST)
    out: list[Place] = []
    names: set[str] = set()
    for _, p in found:
        if p.name not in names:
            out.append(p)
            names.add(p.name)
    return out


@functools.cache
def _lead_place_pattern() -> re.Pattern[str]:
    # the prepositions as a letter tree: at each space the engine reads one letter, not each word in turn
    preps = letter_tree(_WORDS["place_prepositions"] | {"of"})
    # a preposition after one of a few characters (not \b): the engine then skips ahead to them quickly
    return re.compile(
        rf"[ \n\t\r(\[\"“‘'—–/\-\xa0](?P<prep>{preps})\s+(?:(?:the|a|northern|southern|eastern|western|central)\s+)*"
        r"([A-Z]\w*(?:['’.-]\w+)*(?: [A-Z]\w*(?:['’.-]\w+)*)*)"
    )


_BEFORE_PLACE_NAMES: Final = (b"the", b"a", b"northern", b"southern", b"eastern", b"western", b"central")
"""The words :func:`_lead_place_pattern` lets stand between a preposition and a place's name."""


@functools.cache
def _preposition_bytes() -> frozenset[bytes]:
    return frozenset(w.encode() for w in _WORDS["place_prepositions"] | {"of"})


def may_name_places(words: Sequence[bytes]) -> bool:
    """A fast test: can :func:`_lead_place_pattern` match in a text of these
    :func:`~.text.letters_only` words? Only where a preposition's word is followed, past a
    determiner or a compass word, by a word that begins with a capital (a third of the lead sentences).

    >>> may_name_places(b"Talks in the Hague ".split()), may_name_places(b"Talks in the hall  By Bo".split())
    (True, False)
    """
    prepositions = _preposition_bytes()
    n = len(words)
    for i in range(n - 1):
        if words[i] in prepositions:
            j = i + 1
            while j < n - 1 and words[j] in _BEFORE_PLACE_NAMES:
                j += 1
            if 65 <= words[j][0] <= 90:  # A-Z
                return True
    return False


def sentence_places(doc: Document, start: int, end: int, mentions: MentionIndex) -> Iterator[Place]:
    """The places of a stretch of text, read without tokens: countries (no demonyms, none
    qualifying a capitalised word after them) and capitalised names after a locative preposition
    (or "city of", "village of"...), in text order; each made only when it is read."""
    return places_among(doc, start, end, mentions.within(start, end))


def places_among(
    doc: Document, start: int, end: int, within: Sequence[Mention], letter_words: Sequence[bytes] | None = None
) -> Iterator[Place]:
    """:func:`sentence_places` of ``start:end``, given the mentions that begin there (and the
    :func:`~.text.letters_only` words of that text, where they are known)."""
    words = _WORDS
    not_places, place_words = words["not_places"], words["place_words"]
    text = doc.text
    found: list[tuple[int, CountryMention | tuple[str, str | None, int, int]]] = []
    spans: list[tuple[int, int]] = []
    countries: list[CountryMention] = []
    for m in within:
        if not isinstance(m, OrganizationMention):  # "at the White House", "in Cleveland": a place all the same
            spans.append((m.start, m.end))
        if isinstance(m, CountryMention) and m.via != _DEMONYM:
            countries.append(m)
            after = text[m.end : m.end + 2]
            qualifies = after[:1] == " " and (
                after[1:2].isupper()  # "US State Department"
                or (after[1:2].islower() and (m.via == _HISTORICAL or (m.text.isupper() and len(m.text) <= 3)))
            )  # "Soviet republics", "US diplomat"
            possessive = m.text[-2:] in ("'s", "’s") or text[m.end : m.end + 2] in ("'s", "’s")
            if not qualifies and not (possessive and text[max(start, m.start - 3) : m.start].strip() not in ("in", "at", "to")):
                found.append((m.start, m))
    if letter_words is None:
        letter_words = letters_only(text[start:end]).split()
    matches = _lead_place_pattern().finditer(text, max(0, start - 1), end) if may_name_places(letter_words) else ()
    for match in matches:
        s, e = match.span(2)
        name = match.group(2)
        if match.group("prep") == "of":
            before = text[max(start, match.start("prep") - 20) : match.start("prep")].split()
            if not before or before[-1].lower() not in place_words:
                continue
        if name.split()[0].lower() in not_places:
            continue
        overlaps = False  # a mention of the sentence (not an organisation) covers it
        for a, b in spans:
            if a < e and s < b:
                overlaps = True
                break
        if overlaps:
            continue
        if name[-2:] in ("'s", "’s"):
            name, e = name[:-2], e - 2
        code = next((c.code for c in countries if s - 4 <= c.end <= s or e <= c.start <= e + 3), None)
        found.append((s, (name, code, s, e)))
    found.sort(key=_FIRST)
    for _, item in found:
        if isinstance(item, CountryMention):
            yield _place_from_country(item)
        else:
            name, code, s, e = item
            yield _place(name=name, code=code, kind=PlaceKind.PLACE, start=s, end=e)


FOCUS_MENTIONS = 3
"""How often a place must be named to be the article's focus."""


def focus_place(countries: Sequence[CountryMention]) -> Place | None:
    """The place an article names most often (a country, a city...; no demonyms), if named at
    least :data:`FOCUS_MENTIONS` times."""
    if len(countries) < FOCUS_MENTIONS:
        return None
    counts: dict[str, int] = {}
    first: dict[str, CountryMention] = {}
    for m in countries:
        if m.via == _DEMONYM:
            continue
        key = m.text[:-2] if m.text[-2:] in ("'s", "’s") else m.text
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, m)
    if not counts:
        return None
    name = max(counts, key=counts.__getitem__)
    return _place_from_country(first[name]) if counts[name] >= FOCUS_MENTIONS else None


def dateline(doc: Document, countries: Sequence[CountryMention]) -> Place | None:
    """The story's dateline ("CLEVELAND --", "LONDON (Reuters) —"), found once by :func:`newskit.prepare.prepare`."""
    found = doc.dateline
    if found is None or len(found.text) < 3 or found.text.lower() in _WORDS["not_places"]:
        return None
    s, e = found.start, found.end
    code = next((c.code for c in countries if c.start < e and s < c.end), None)
    return _place(name=found.text, code=code, kind=PlaceKind.DATELINE, start=s, end=e)
