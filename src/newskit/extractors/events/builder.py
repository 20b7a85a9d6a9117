"""The event builder: triggers per sentence, their roles and dates, salience and the main event."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

from ...document import Document, Sentence
from ...models import (
    DateKind,
    DateMention,
    DateValue,
    Event,
    Mention,
    OrganizationMention,
    Participant,
    ParticipantKind,
    PersonMention,
    Place,
    PlaceKind,
    Span,
    Via,
    maker,
)
from ...protocols import Findings
from .lexicon import _LANGUAGE, Form, lexicon
from .nouns import is_agent
from .phrase import action, action_span, main_verb, negated
from .roles import (
    BIG_CITY,
    Clause,
    boundaries,
    clause_of,
    dateline,
    focus_place,
    passive_voice,
    places,
    places_among,
    sentence_places,
    shown,
    who,
)
from .text import MentionIndex, SentenceView, Trigger, find_triggers, letters_only, trigger_bytes
from .when import governing_date, is_real, publication_date, reference_date

__all__ = ["build_events", "build_in_language", "complete_main_event", "position_weight"]

_event: Final = maker(Event)  # made without the class call, for less work
_participant: Final = maker(Participant)  # made without the class call, for less work
_place: Final = maker(Place)  # made without the class call, for less work

# read once, when the event builder is first imported (import newskit does not import it)
_WORDS: Final = lexicon().words

_UNNAMED: Final = (ParticipantKind.GROUP, ParticipantKind.PHRASE)  # may also read as places

LEAD_SENTENCES = 3
"""How many body sentences after the headline count as the lead."""

MAX_MAIN_PLACES = 4
"""The main event names at most this many places."""

LEAD_PLACE_SENTENCES = 6
"""How many body sentences after the headline lend their places to a headline event."""


class _Found:
    """An event with what the builder needs after the sentence loop."""

    __slots__ = ("clause_end", "dated", "event", "rank", "tense")

    def __init__(self, event: Event, tense: str | None, rank: int, dated: bool, clause_end: int) -> None:
        self.event = event
        self.tense = tense
        self.rank = rank  # -1 for the headline, 0 for the first body sentence...
        self.dated = dated  # its when was named in its own sentence
        self.clause_end = clause_end  # where its clause ends in the text


_SEARCHED_WORDS = 20_000
"""Up to this many characters, ``word in`` an article's words searches its text; beyond, it looks in a set."""


class _ArticleWords:
    """The article's words as written (its :func:`letters_only` words, each between spaces there).

    ``word in words`` searches a news article's text, which costs less than making a set for the few
    questions one asks; a longer text makes the set on the first question, so that a question costs the same
    however long the text (searching it each time made a long text's events quadratic).
    """

    __slots__ = ("_letters", "_words")

    def __init__(self, letters: bytes) -> None:
        self._letters = b" " + letters + b" "
        self._words: frozenset[bytes] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, bytes):
            return False
        if len(self._letters) <= _SEARCHED_WORDS:
            return b" " + word + b" " in self._letters
        if self._words is None:
            self._words = frozenset(self._letters.split())
        return word in self._words


def position_weight(rank: int) -> float:
    """Salience of a sentence's position: the headline first, then the lead, then decaying.

    >>> [round(position_weight(r), 2) for r in (-1, 0, 1, 2, 3, 5)]
    [3.0, 1.5, 1.2, 1.0, 0.8, 0.65]
    """
    if rank < 0:
        return 3.0
    if rank < 3:
        return (1.5, 1.2, 1.0)[rank]
    return 0.8 * 0.9 ** (rank - 3)


def _segment_start(view: SentenceView) -> int:
    """Where a headline's own words begin: after a topic label ("Croydon tram crash: ...")."""
    if view.sentence.in_title and ":" in view.lows:
        colon = view.lows.index(":")
        if len(view.words) - colon > 2:
            return colon + 1
    return 0


def _grammar_weight(trig: Trigger, triggers: Sequence[Trigger], bounds: list[bool], start: int) -> float:
    """Main clause first: the first verb of the main clause gains, nouns that are its objects lose
    (``start``: where the sentence's own words begin, :func:`_segment_start`)."""
    if trig.first < start:
        return -0.3
    before = bounds[start : trig.first]
    if True in before:  # a subordinate clause; a noun object of its verb loses
        opener = trig.first - 1 - before[::-1].index(True)
        return -0.3 if not trig.verb and any(t.verb and opener < t.first < trig.first for t in triggers) else 0.0
    score = 0.3
    earlier_verbs = [t for t in triggers if t.verb and start <= t.first < trig.first]
    if trig.verb and not earlier_verbs:
        score += 0.3
    if not trig.verb and earlier_verbs:
        score -= 0.3
    return score


def _salience(
    trig: Trigger, position: float, grammar: float, weight: float, who: Sequence[Participant], where: bool, when: bool
) -> float:
    """How central an event is: ``position`` (its sentence's :func:`position_weight`), its kind's weight, ``grammar``
    (:func:`_grammar_weight`), its place in the sentence, and whether someone acting, a place and a date are named."""
    score = position + 0.5 * weight + grammar - 0.01 * trig.first
    named = False  # someone acting is named (not only a phrase)
    for p in who:
        if p.kind != ParticipantKind.PHRASE:
            named = True
            break
    score += 0.1 * named + 0.05 * where + 0.05 * when
    return rounded(score)


ROUNDED_CACHE_SIZE = 65_536
"""How many distinct scores :func:`rounded` remembers."""

_ROUNDED: dict[float, float] = {}


def rounded(score: float) -> float:
    """``round(score, 4)``, remembered per score: rounding a float to decimals reads its digits
    (thousands of instructions), and the same scores recur from article to article.

    >>> rounded(3.9499999999999997), rounded(-0.00004)
    (3.95, -0.0)
    """
    found = _ROUNDED.get(score)
    if found is None:
        found = round(score, 4)
        if score and len(_ROUNDED) < ROUNDED_CACHE_SIZE:  # not 0.0: it stands for -0.0 too
            _ROUNDED[score] = found
    return found


def _blank_line_between(text: str, end: int, start: int) -> bool:
    return "\n\n" in text[end:start] or "\n \n" in text[end:start]


@functools.lru_cache(maxsize=16)
def _report_form(tense: str) -> Form:
    """The trigger form of a headline's own verb in a tense (made once: forms are frozen)."""
    return Form(kind="report", verb=True, tense=tense)


REPORT_SALIENCE = 1.0
"""What a headline's own verb adds to the headline's weight: more than any trigger word outside
the headline's verb (a noun, a verb of a later clause), less than a trigger that is its verb."""


def _report(
    doc: Document, view: SentenceView, index: MentionIndex, rank: int, triggers: Sequence[Trigger] = ()
) -> Event | None:
    """A ``report`` event for a headline (or a lead sentence) whose verb is no known trigger:
    who is its subject, what its verb phrase ("Ad sales *boost Time Warner profit*")."""
    if not len(view.words):
        return None
    lex = lexicon()
    start = _segment_start(view) if rank < 0 else 0
    group = main_verb(view, start)
    if group is None:
        return None
    first, verb = group
    if any(t.first <= verb <= t.last for t in triggers):
        return None  # the verb is a trigger: its own event
    form = _report_form(lex.verbs.get(view.lows[verb], "base"))
    fake = Trigger(first=first, last=verb, form=form, kind="report", verb=True, tense=None)
    bounds = boundaries(view)
    clause = clause_of(view, fake, [fake], bounds)
    clause.start = max(clause.start, start)
    undergo: list[Participant] = []
    participants = who(view, fake, clause, index, reciprocal=False, whom=undergo)
    participants = shown(view, first, verb, clause.end) or participants  # "Footage shows rescuers ...": the rescuers
    kind = lex.kinds["report"]
    a, b = action(view, first, verb, clause.end)
    sentence = view.sentence
    trigger_text, ts, te = view.span_text(verb, verb)
    return _event(
        kind="report",
        trigger=Span(text=trigger_text, start=ts, end=te),
        sentence=Span(text=sentence.text, start=sentence.start, end=sentence.end),
        who=tuple(participants),
        whom=tuple(undergo),
        where=tuple(places(view, fake, clause, set(), motion=False)),
        when=governing_date(view, fake, clause, [fake]),
        action=action_span(view, a, b),
        negated=negated(view, verb),
        cameo=kind.cameo,
        salience=rounded(position_weight(rank) + REPORT_SALIENCE + 0.1 * bool(participants) - 0.01 * verb),
        extractor="events",
    )


_QUOTES: Final = frozenset({'"', "“", "”"})


def _headline_clause_end(view: SentenceView, end: int) -> int:
    """Where a headline's clause ends for its places: quotation marks do not end it ("hails
    Verstappen's "amazing" performance in Brazil"); a clause opener or other punctuation does."""
    bounds = _WORDS["clause_bounds"]
    n = len(view.words)
    while end < n and view.lows[end] in _QUOTES:
        end += 1
        while end < n and view.lows[end] not in bounds:
            end += 1
    return end


def _noun_action_start(view: SentenceView, trig: Trigger, clause: Clause) -> int:
    """Where the verb phrase of a noun trigger begins: at a verb governing it ("*sparks* outrage",
    "*hold* a 90-minute meeting"), else at the noun."""
    verbs = lexicon().verbs
    for j in range(trig.first - 1, max(clause.start, trig.first - 5) - 1, -1):
        low = view.lows[j]
        if low in _WORDS["clause_bounds"] or low == ",":
            break
        if view.owner[j] is None and view.words[j].islower() and verbs.get(low) in ("base", "present", "past"):
            return j
    return trig.first


def _action_start(view: SentenceView, trig: Trigger, clause: Clause, triggers: Sequence[Trigger]) -> tuple[int, int | None]:
    """Where the verb phrase of a trigger begins, and the token of its verb: the trigger's own, or
    the verb governing a noun trigger ("*attend* the summit"; not one that is an event of its own,
    "sign a treaty"), or None. The phrase itself (:func:`_action_of`) is told only for the events kept."""
    first = trig.first if trig.verb else _noun_action_start(view, trig, clause)
    if first < trig.first and not trig.verb and any(t.verb and t.first <= first <= t.last for t in triggers):
        first = trig.first
    return first, first if trig.verb or first < trig.first else None


def _action_of(view: SentenceView, trig: Trigger, clause: Clause, first: int) -> Span:
    """The verb phrase of a trigger from ``first`` (:func:`_action_start`)."""
    return action_span(view, *action(view, first, trig.last, clause.end))


def build_in_language(doc: Document, findings: Findings) -> list[Event]:
    """:func:`build_events` with the trigger words of the article's language (as :func:`~.lexicon.reading` sets them)."""
    token = _LANGUAGE.set(doc.language)
    try:
        return build_events(doc, findings)
    finally:
        _LANGUAGE.reset(token)


def build_events(doc: Document, findings: Findings) -> list[Event]:
    """Every event of an article, the main one (highest salience) completed from the lead."""
    lex = lexicon()
    text, anchor = doc.text, doc.anchor
    dates = [d for d in findings.dates if not (d.text.isupper() and _part_of_name(text, d))]
    index = MentionIndex([*dates, *findings.countries, *findings.organizations, *findings.people])
    people = index.of_kinds((PersonMention, OrganizationMention))
    found: list[_Found] = []
    actor: Participant | None = None  # the last person acting: what "he" and "she" refer to
    rank = -1
    previous: tuple[Sentence, Sequence[_Found]] | None = None
    letters = letters_only(doc.text)  # the sentence prefilter reads words off it
    words = _ArticleWords(letters)
    made: dict[int, Participant] = {}  # the participant of each mention (see SentenceView.participants)
    heads = trigger_bytes()  # no word of a sentence among them: no trigger in it
    # the letters_only words of each sentence the prefilter reads, by its start: the lead's are read again for places
    split: dict[int, list[bytes]] = {}
    tense_dates: dict[str | None, DateValue | None] = {}  # the date each tense gives an undated event
    for sentence in doc.sentences:
        rank = -1 if sentence.in_title else rank + 1
        if not sentence.in_title and (rank > 0 or found):
            split[sentence.start] = sentence_words = letters[sentence.start : sentence.end].split()
            if heads.isdisjoint(sentence_words):
                previous = (sentence, ())
                continue
        view = SentenceView(doc.text, sentence, index)
        view.article_words, view.participants = words, made
        triggers = find_triggers(view, lex)
        if sentence.in_title or (rank == 0 and not found and not triggers):
            # the headline's own verb, where it is no trigger ("Police *identify* three victims")
            report = _report(doc, view, people, rank, triggers)
            if report is not None:
                found.append(_Found(event=report, tense=None, rank=rank, dated=report.when is not None, clause_end=sentence.end))
        if not triggers:
            previous = (sentence, ())
            continue
        bounds = boundaries(view)
        position, segment = position_weight(rank), _segment_start(view)
        sentence_span = Span(text=sentence.text, start=sentence.start, end=sentence.end)
        here: list[_Found] = []
        shared: Sequence[Participant] = ()
        for trig in triggers:
            kind = lex.kinds[trig.kind]
            clause = clause_of(view, trig, triggers, bounds)
            # (one trigger alone has no verb before it)
            verbs_before = [t.last for t in triggers if t.verb and clause.start <= t.first < trig.first] if len(triggers) > 1 else []
            object_of_verb = not trig.verb and bool(verbs_before)
            undergo: list[Participant] = []
            participants = who(
                view,
                trig,
                Clause(verbs_before[-1] + 1, clause.end) if object_of_verb else clause,
                people,
                kind.reciprocal,
                shared if trig.verb else (),
                kind.passive,
                actor,
                object_of_verb=object_of_verb,
                passive_voice=trig.verb and trig.form.tense == "past" and passive_voice(view, trig),
                whom=undergo,
            )
            action_first, verb_at = _action_start(view, trig, clause, triggers)
            if not participants and verb_at is not None and not trig.verb:
                # "The minister did not attend the summit": who attends is who takes part
                governing = Trigger(first=verb_at, last=verb_at, form=trig.form, kind=trig.kind, verb=True, tense=None)
                participants = who(view, governing, Clause(clause.start, clause.end), people, False, (), False, actor)
            if trig.verb:  # what a coordinated or infinitive verb shares: the subject side only
                for p in participants:
                    if p.kind == ParticipantKind.PERSON:
                        actor = p
                        break
                at = view.starts[trig.first]
                subject = [p for p in participants if p.start is not None and p.start < at]
                if subject:
                    shared = subject
            exclude = {p.code for p in participants if p.code} if participants else set()
            where = places(view, trig, clause, exclude, kind.motion)
            if participants and where:  # who acts is no place ("killed in a Taliban raid")
                acting = {p.name for p in participants if p.kind in _UNNAMED}
                where = [p for p in where if p.name not in acting]
            when: DateMention | DateValue | None = governing_date(view, trig, clause, triggers)
            dated = when is not None
            if (
                when is None
                and not trig.perfect
                and previous is not None
                and not sentence.in_title
                and not previous[0].in_title
                and not _blank_line_between(doc.text, previous[0].end, sentence.start)
            ):
                when = next(
                    (f.event.when for f in previous[1] if f.dated and f.tense == trig.tense and trig.tense is not None),
                    None,
                )
            if when is None:
                if trig.tense in tense_dates:
                    when = tense_dates[trig.tense]
                else:
                    when = tense_dates[trig.tense] = reference_date(trig.tense, 0, anchor)
            if rank >= 0 and not participants and not where and when is None:
                continue  # nobody, nowhere, at no time: no event worth reporting
            s, e = view.starts[trig.first], view.ends[trig.last]
            event = _event(
                kind=trig.kind,
                trigger=Span(text=view.text[s:e], start=s, end=e),
                sentence=sentence_span,
                who=tuple(participants),
                whom=tuple(undergo),
                where=tuple(where),
                when=when,
                action=_action_of(view, trig, clause, action_first),
                negated=verb_at is not None and negated(view, verb_at),
                cameo=kind.cameo,
                salience=_salience(
                    trig, position, _grammar_weight(trig, triggers, bounds, segment), kind.weight, participants, bool(where), dated
                ),
                extractor="events",
            )
            end = _headline_clause_end(view, clause.end) if sentence.in_title else clause.end
            clause_end = view.starts[end] if end < len(view.words) else sentence.end
            here.append(_Found(event=event, tense=trig.tense, rank=rank, dated=dated, clause_end=clause_end))
        found.extend(here)
        previous = (sentence, here)
    if not found:
        return []
    top = max(range(len(found)), key=lambda i: found[i].event.salience)
    lead = [f for f in found if 0 <= f.rank < LEAD_SENTENCES]
    headline = found[top].rank < 0
    clause_end = found[top].clause_end

    def lead_places(when: DateMention | DateValue | None, actors: set[str]) -> Iterator[Place]:
        return _lead_places(doc, findings, index, clause_end, when, actors, letters, split) if headline else iter(())

    main = found[top].event
    main_who = main.who
    if not main_who and main.whom:  # "Driver arrested": no one is said to act; who is involved is the driver
        main_who = main.whom
    if headline and not any(p.kind not in _UNNAMED for p in main_who):
        main_who = (*main_who, *_lead_people(doc, people, main_who))
    if headline and not main_who:  # "Race to reach boy": who acts is the lead's subject ("Dozens of rescuers")
        main_who = _lead_subject([f.event for f in lead]) or _first_subject(doc, index, people, words)
    main = complete_main_event(
        doc,
        main if main_who is main.who else _evolved(main, main_who, main.where, main.when),
        found[top].tense,
        [f.event for f in lead],
        lead_places,
        lambda: _article_dates(dates),
        headline,
    )
    main_where = _not_people(main.where, findings.people)
    if headline and not main_where:
        main_where = _home_towns(doc, findings.organizations)
    found[top].event = main if main_where is main.where else _evolved(main, main.who, main_where, main.when)
    return [f.event for f in found]


def _home_towns(doc: Document, organizations: Sequence[OrganizationMention]) -> tuple[Place, ...]:
    """Where a headline event no sentence places happens: the big city whose name begins an
    organisation of the headline or the first body sentences ("*Chicago* Cubs fans celebrate",
    "*Seattle* police said"), at most one."""
    from ..countries import lookup  # the gazetteer is loaded by the countries stage already

    sentences = [s for s in doc.sentences if not s.in_title][:LEAD_PLACE_SENTENCES]
    end = sentences[-1].end if sentences else len(doc.text)
    for m in organizations:
        if m.start >= end:
            break
        words = m.text.split()
        for n in (2, 1):
            if len(words) > n:
                name = " ".join(words[:n])
                found = lookup(name)
                city = next(
                    (p for p in found.places if p.via in (Via.CITY, Via.CAPITAL) and p.population >= BIG_CITY),
                    None,
                ) if found is not None else None
                if city is not None:
                    return (_place(name=name, code=city.code, kind=PlaceKind.CITY, start=m.start, end=m.start + len(name)),)
    return ()


def _not_people(where: tuple[Place, ...], people: Sequence[PersonMention]) -> tuple[Place, ...]:
    """The main event's places without those that are the family name of a person the article
    names ("Lewis Hamilton" ... "second only to *Hamilton*": no town in Canada); ``where`` itself
    when none is."""
    if not where or not people:
        return where
    family = {m.name.rsplit(" ", 1)[-1] for m in people if " " in m.name}
    kept = tuple(p for p in where if p.kind == PlaceKind.DATELINE or p.name not in family)
    return where if len(kept) == len(where) else kept


def _lead_subject(lead: Sequence[Event]) -> tuple[Participant, ...]:
    """Who acts in the first lead event that names someone acting before its trigger (its
    subject side, not whom it met or what it hit)."""
    for event in sorted(lead, key=lambda e: e.trigger.start):
        subject = tuple(
            p
            for p in event.who
            if p.start is not None and p.start < event.trigger.start and (p.kind != ParticipantKind.PHRASE or is_agent(p.name.split()[-1]))
        )
        if subject:
            return subject
    return ()


def _first_subject(doc: Document, index: MentionIndex, people: MentionIndex, words: _ArticleWords) -> tuple[Participant, ...]:
    """The subject of the first body sentence's main verb, however the verb is no trigger ("More
    than 5 million Germans *were* out of work", "Hundreds of rescuers *are working* to free ...")."""
    first = next((s for s in doc.sentences if not s.in_title), None)
    if first is None:
        return ()
    view = SentenceView(doc.text, first, index)
    view.article_words = words
    report = _report(doc, view, people, 0)
    if report is None:
        return ()
    return tuple(p for p in report.who if p.start is not None and p.start < report.trigger.start)


LEAD_PEOPLE = 3
"""A headline event that names no one takes at most this many people from the first body sentence."""


def _lead_people(doc: Document, people: MentionIndex, listed: Sequence[Participant]) -> list[Participant]:
    """The people the first body sentence names: who a headline that names no one is about
    ("Last victims named" ... "Police named them as Ann Smith, 62, and ...")."""
    first = next((s for s in doc.sentences if not s.in_title), None)
    if first is None:
        return []
    names = {p.name for p in listed}
    out: list[Participant] = []
    for m in people.within(first.start, first.end):
        if isinstance(m, (PersonMention, OrganizationMention)) and m.name not in names and len(out) < LEAD_PEOPLE:
            kind = ParticipantKind.PERSON if isinstance(m, PersonMention) else ParticipantKind.ORGANIZATION
            out.append(_participant(name=m.name, kind=kind, start=m.start, end=m.end))
            names.add(m.name)
    return out


def _lead_places(
    doc: Document,
    findings: Findings,
    index: MentionIndex,
    clause_end: int,
    when: DateMention | DateValue | None = None,
    actors: set[str] | frozenset[str] = frozenset(),
    letters: bytes | None = None,
    split: dict[int, list[bytes]] | None = None,
) -> Iterator[Place]:
    """The places that complete a headline event, in order, read only as far as they are needed:
    the dateline, the headline's places up to the end of the main event's clause ("... as
    Ukraine war" is another clause), the places of the first body sentences, the focus place.

    A body sentence naming a date that shares no day with ``when`` tells of another time, and
    lends no place; a country in ``actors`` (the main event's acting countries) is no place
    unless a preposition puts it there. ``letters``: the article's :func:`~.text.letters_only`
    text, and ``split`` the words of those of its sentences already split, by their start."""
    if (d := dateline(doc, findings.countries)) is not None:
        yield d
    sentences = doc.sentences
    if sentences and sentences[0].in_title:
        yield from _not_actors(sentence_places(doc, sentences[0].start, clause_end, index), actors, doc.text)
    real = is_real(when)
    read = 0  # body sentences read so far: the lead's only, each when it is needed
    for sentence in sentences:
        if sentence.in_title:
            continue
        if read == LEAD_PLACE_SENTENCES:
            break
        read += 1
        mentions = index.within(sentence.start, sentence.end)
        if real and _dates_otherwise(mentions, when):
            continue
        words = split.get(sentence.start) if split is not None else None
        if words is None and letters is not None:
            words = letters[sentence.start : sentence.end].split()
        found = places_among(doc, sentence.start, sentence.end, mentions, words)
        yield from _without_actors(found, actors, doc.text) if actors else found
    if (focus := focus_place(findings.countries)) is not None:
        yield focus


def _dates_otherwise(mentions: Sequence[Mention], when: DateMention | DateValue | None) -> bool:
    """Does a sentence name a date that shares no day with ``when`` (:func:`_dated_otherwise`)?"""
    for m in mentions:  # noqa: SIM110 (a loop, not any(): no generator made for every lead sentence)
        if isinstance(m, DateMention) and is_real(m) and _dated_otherwise(m, when):
            return True
    return False


def _not_actors(found: Iterable[Place], actors: set[str] | frozenset[str], text: str) -> Iterator[Place]:
    """Places, except the acting countries named with no preposition before them."""
    if not actors:
        return iter(found)
    return _without_actors(found, actors, text)


def _without_actors(found: Iterable[Place], actors: set[str] | frozenset[str], text: str) -> Iterator[Place]:
    for place in found:
        if place.kind == PlaceKind.COUNTRY and place.code in actors and place.start is not None:
            before = text[max(0, place.start - 5) : place.start].split()
            if not before or before[-1].lower() not in _WORDS["locative_prepositions"]:
                continue
        yield place


def _part_of_name(text: str, date: DateMention) -> bool:
    """Is a date word in capitals part of a name written in capitals ("USA TODAY", "BBC NOW")?"""
    word = date.text
    if not (word.isupper() and word.isalpha() and " " not in word):
        return False
    before = text[max(0, date.start - 30) : date.start]
    if not before.endswith(" "):
        return False
    previous = before.split()[-1:] if before.strip() else []
    return bool(previous) and previous[0].isupper() and previous[0].isalpha()


def _article_dates(dates: Sequence[DateMention]) -> list[DateMention]:
    """Dates and times of the article that cover calendar days, in text order."""
    return [d for d in dates if d.kind in (DateKind.DATE, DateKind.TIME) and is_real(d)]


def _dated_otherwise(date: DateMention | DateValue | None, other: DateMention | DateValue | None) -> bool:
    """True when both dates cover calendar days and share none ("Tuesday" lies in "next week")."""
    if date is None or other is None or not is_real(date) or not is_real(other):
        return False
    a, b = date.period, other.period
    return a is not None and b is not None and (a.last < b.first or b.last < a.first)


def _same(a: Event, b: Event) -> bool:
    if a.kind == b.kind:
        return True
    names = {p.name for p in a.who if p.kind != ParticipantKind.PHRASE} | {p.code for p in a.who if p.code}
    return any(p.name in names or (p.code and p.code in names) for p in b.who if p.kind != ParticipantKind.PHRASE)


RECENT_DAYS = 7
"""A headline reports news: its event lies at most this many days before publication."""


def _days_before(day: dt.date, days: int) -> dt.date:
    """``day`` less ``days`` days, or the first day of year 1 for a day in its first weeks."""
    return day - dt.timedelta(days=days) if day.toordinal() > days else dt.date.min


def _recent(date: DateMention | DateValue | None, anchor: dt.date, tense: str | None) -> bool:
    if date is None or date.period is None or not is_real(date):
        return False
    if tense == "future":
        return date.period.last >= anchor
    return _days_before(anchor, RECENT_DAYS) <= date.period.first and date.period.last <= anchor


def _main_date(
    doc: Document,
    main: Event,
    tense: str | None,
    matching: Sequence[Event],
    article_dates: Sequence[DateMention],
    headline: bool,
) -> DateMention | DateValue | None:
    """The date of a main event its own clause does not date, first found of:

    1. the date of a matching lead event, if recent (within :data:`RECENT_DAYS` before
       publication; for a future event, not before it); of several, the earliest, as an event
       comes before its aftermath ("the bombing late Thursday", "the toll rose Friday");
    2. the first recent date of the article (news reports what just happened);
    3. for a headline event not in the past tense, the publication day;
    4. the date of a matching lead event, however old.
    """
    anchor = doc.anchor
    if anchor is None:
        return next((e.when for e in matching if is_real(e.when)), None)
    recent = [e.when for e in matching if _recent(e.when, anchor, tense)]
    if recent and tense != "future":
        return min(recent, key=lambda d: d.period.first if d is not None and d.period is not None else anchor)
    if recent:
        return recent[0]
    earliest = _days_before(anchor, RECENT_DAYS)
    for date in article_dates:  # each covers calendar days (see _article_dates)
        period = date.period
        assert period is not None
        if (period.last >= anchor) if tense == "future" else (earliest <= period.first and period.last <= anchor):
            return date
    if headline and tense != "past":
        return publication_date(main.trigger.start, anchor)
    return next((e.when for e in matching if is_real(e.when)), None)


def complete_main_event(
    doc: Document,
    main: Event,
    tense: str | None,
    lead: Sequence[Event],
    lead_places: Iterable[Place] | Callable[[DateMention | DateValue | None, set[str]], Iterable[Place]],
    article_dates: Sequence[DateMention] | Callable[[], Sequence[DateMention]] = (),
    headline: bool = True,
) -> Event:
    """The main event with what the lead adds.

    A headline summarises the lead, so the lead's matching events (same kind or a shared
    participant) lend their who and where; the date comes from :func:`_main_date` (``article_dates``
    may be a function that lists them, called only when needed); the places
    of the headline, the dateline and the first body sentences complete where, except places of
    lead events dated otherwise than the main event.
    """
    matching = [e for e in lead if e is not main and _same(main, e)]
    when = main.when
    if not is_real(when):
        if callable(article_dates):
            article_dates = article_dates()
        when = _main_date(doc, main, tense, matching, article_dates, headline) or when
    if is_real(when):  # a lead event dated otherwise is another event
        assert when is not None
        matching = [e for e in matching if not _dated_otherwise(e.when, when)]
    who = list(main.who)
    names = {p.name for p in who}
    for e in matching[:2]:
        for p in e.who:  # its actors, not those it met ("met Olaf Scholz")
            if p.name not in names and (p.start is None or p.start < e.trigger.start):
                who.append(p)
                names.add(p.name)
    who.sort(key=lambda p: p.kind == ParticipantKind.PHRASE)  # the acting people, countries and groups first
    where = list(main.where)
    seen = {p.name for p in where} | {p.name for p in who if p.kind in _UNNAMED}
    if is_real(when):  # places of other, otherwise dated lead events are theirs
        assert when is not None
        theirs = {p.name for e in lead if e is not main and _dated_otherwise(e.when, when) for p in e.where}
        seen |= theirs - {p.name for e in matching for p in e.where}
    actors = {p.code for p in who if p.kind == ParticipantKind.COUNTRY and p.code}
    if callable(lead_places):
        lead_places = lead_places(when, actors)
    borrowed = _not_actors([p for e in matching for p in e.where], actors, doc.text)
    for place in itertools.chain(borrowed, lead_places):
        if len(where) >= MAX_MAIN_PLACES:
            break
        if place.name not in seen:
            where.append(place)
            seen.add(place.name)
    if when is main.when and len(where) == len(main.where) and _same_items(who, main.who):
        return main  # the lead adds nothing: no copy (who is only ever appended to, then sorted)
    return _evolved(main, tuple(who), tuple(where), when)


def _evolved(
    event: Event, who: tuple[Participant, ...], where: tuple[Place, ...], when: DateMention | DateValue | None
) -> Event:
    """``attrs.evolve(event, who=who, where=where, when=when)`` written out: evolve looks up
    the class's fields and gathers them into keyword arguments on every call."""
    return _event(
        kind=event.kind,
        trigger=event.trigger,
        sentence=event.sentence,
        who=who,
        whom=event.whom,
        where=where,
        when=when,
        action=event.action,
        negated=event.negated,
        cameo=event.cameo,
        salience=event.salience,
        extractor=event.extractor,
    )


def _same_items(items: Sequence[object], other: Sequence[object]) -> bool:
    """Do two sequences hold the very same objects in the same order?"""
    return len(items) == len(other) and all(map(operator.is_, items, other))
