"""The data newskit reads and returns: articles, mentions, entities, events and results.

Every model is a frozen, slotted, keyword-only attrs class. Collections are tuples.
Input is normalised at the edge (converters) and invariants are guarded (validators);
JSON lives in :mod:`newskit.serialize`, not here.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

__all__ = [
    "Article",
    "Country",
    "CountryMention",
    "DateKind",
    "DateMention",
    "DateValue",
    "Entities",
    "Event",
    "Extraction",
    "Granularity",
    "Mention",
    "Organization",
    "OrganizationKind",
    "OrganizationMention",
    "Participant",
    "ParticipantKind",
    "Period",
    "Person",
    "PersonMention",
    "Place",
    "PlaceKind",
    "PluginFailure",
    "Span",
    "Timing",
    "Via",
    "maker",
]


class _StrEnum(str, enum.Enum):
    """A string enum whose ``str()`` is its value (``enum.StrEnum`` is 3.11+)."""

    def __str__(self) -> str:
        return str(self.value)


class DateKind(_StrEnum):
    """TIMEX3 ``type`` of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(_StrEnum):
    """How precise a date value is."""

    TIME = "time"
    PART_OF_DAY = "part-of-day"
    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    REFERENCE = "reference"  # PRESENT_REF, PAST_REF, FUTURE_REF
    DURATION = "duration"
    SET = "set"


class Via(_StrEnum):
    """How a country was recognised in the text."""

    NAME = "name"
    ALIAS = "alias"
    CODE = "code"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    CITY = "city"
    SUBDIVISION = "subdivision"
    REGION = "region"
    HISTORICAL = "historical"


class ParticipantKind(_StrEnum):
    """What takes part in an event."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"  # a capitalised name the article gives no other reading ("Taliban")
    PHRASE = "phrase"  # a plain noun phrase: "an armed man", "three students", "firefighters"


class PlaceKind(_StrEnum):
    """What kind of place an event happens in."""

    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    PLACE = "place"  # a capitalised name after a locative preposition ("near the Sandilands stop")
    DATELINE = "dateline"  # the town a story was filed from ("CLEVELAND --")


class OrganizationKind(_StrEnum):
    """What kind of body an organisation is."""

    COMPANY = "company"
    GOVERNMENT = "government"  # ministries, agencies, courts, police, armed forces of a state
    PARTY = "party"
    ARMED_GROUP = "armed_group"
    SPORTS_CLUB = "sports_club"  # clubs and national teams
    MEDIA = "media"
    INTERNATIONAL = "international"  # the UN, NATO, the EU, the G20...
    EDUCATION = "education"
    NGO = "ngo"  # charities, campaign groups
    RELIGIOUS = "religious"
    UNION = "union"  # trade unions
    OTHER = "other"


# --------------------------------------------------------------------------- converters


def to_date(value: object, *, field: str = "published") -> dt.date | dt.datetime | None:
    """Turn ``value`` (date, datetime, ISO string or None) into a date or datetime.

    A :class:`~datetime.datetime` keeps its time and time zone; a string is parsed as ISO 8601
    (``2023-02-23``, ``2023-02-23T10:00:00Z``, ``2023-02-23 10:00:00``).

    >>> to_date("2023-02-23")
    datetime.date(2023, 2, 23)
    >>> to_date("2023-02-23T10:30:00+01:00").isoformat()
    '2023-02-23T10:30:00+01:00'
    """
    if value is None or isinstance(value, (dt.date, dt.datetime)):
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"{field} must be a date, a datetime or an ISO 8601 string, not {type(value).__name__}: {value!r}"
        )
    raw = value.strip()
    if not raw:
        return None
    iso = raw[:-1] + "+00:00" if raw.endswith(("Z", "z")) else raw
    try:
        if len(iso) == 10:
            return dt.date.fromisoformat(iso)
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        pass
    raise ValueError(f"{field} is not an ISO 8601 date or datetime: {value!r}")


def anchor_date(published: dt.date | dt.datetime | None) -> dt.date | None:
    """The calendar day a publication timestamp falls on (its own time zone)."""
    if isinstance(published, dt.datetime):
        return published.date()
    return published


_LEADING = re.compile(r"[\s\ufeff]*")


def _lead(text: str) -> int:
    """Where ``text`` begins after white space and byte-order marks."""
    match = _LEADING.match(text)
    return match.end() if match else 0


# What the quick ``__init__`` (end of this module) may decide without calling a converter or a validator:
# a converter returns a value of exactly one of its kept types unchanged, and a validator passes whenever its
# test holds (a Python expression over the fields' values, ``{name}`` the field it validates). Each test is
# side-effect free and cannot raise; where it fails, the converter or validator itself is called as before.
# (The converters are listed in ``_KEEPS`` below them: mypy's attrs plugin reads no decorated converter.)
_KEEPS: dict[object, tuple[type, ...]] = {tuple: (tuple,)}
_PASSES_WHEN: dict[object, str] = {}

_F = TypeVar("_F", bound=Callable[..., Any])


def _passes_when(test: str) -> Callable[[_F], _F]:
    """Declare that a validator passes whenever ``test`` holds."""

    def mark(validator: _F) -> _F:
        _PASSES_WHEN[validator] = test
        return validator

    return mark


@_passes_when("{name} is None or type({name}) is str")
def _OPTIONAL_STR(instance: Any, attribute: Any, value: object) -> None:
    """A string or None (what ``attrs.validators.optional(instance_of(str))`` checks, in one call)."""
    if value is not None and not isinstance(value, str):
        raise TypeError(
            f"'{attribute.name}' must be {str!r} (got {value!r} that is a {value.__class__!r}).", attribute, str, value
        )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"text must be a string, not {type(value).__name__}: {value!r}")
    return value


if TYPE_CHECKING:

    def _tuple(value: Iterable[Any]) -> tuple[Any, ...]: ...

else:
    # the converter of every collection field: ``tuple`` itself, called without a Python frame; one
    # attrs.Converter for all of them, so that attrs reads tuple's signature once, not once per field
    _tuple = attrs.Converter(tuple)


def _language(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"language must be a language code such as 'en' (or None to detect it), not {value!r}")
    return value.strip().lower()


def _metadata(value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"metadata must be a mapping, not {type(value).__name__}: {value!r}")
    return dict(value)


def _date_kind(value: str | DateKind) -> DateKind:
    return value if value.__class__ is DateKind else DateKind(value)


def _granularity(value: str | Granularity | None) -> Granularity | None:
    if value is None or value.__class__ is Granularity:
        return value
    return Granularity(value)


def _via(value: str | Via) -> Via:
    return value if value.__class__ is Via else Via(value)


def _participant_kind(value: str | ParticipantKind) -> ParticipantKind:
    return value if value.__class__ is ParticipantKind else ParticipantKind(value)


def _place_kind(value: str | PlaceKind) -> PlaceKind:
    return value if value.__class__ is PlaceKind else PlaceKind(value)


def _organization_kind(value: str | OrganizationKind | None) -> OrganizationKind | None:
    return value if value is None or value.__class__ is OrganizationKind else OrganizationKind(value)


_KEEPS.update(
    {
        _text: (str,),
        _date_kind: (DateKind,),
        _granularity: (type(None), Granularity),
        _via: (Via,),
        _participant_kind: (ParticipantKind,),
        _place_kind: (PlaceKind,),
        _organization_kind: (OrganizationKind, type(None)),
    }
)


@_passes_when(
    "{name} is None or (type({name}) is str and len({name}) == 2 and {name}.isascii() and {name}.isupper())"
)
def _country_code(instance: Any, attribute: Any, value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and len(value) == 2 and value.isascii() and value.isupper()):
        raise ValueError(f"{attribute.name} must be an ISO 3166-1 alpha-2 code such as 'FR', not {value!r}")


# --------------------------------------------------------------------------- article


@attrs.frozen(kw_only=True)
class Article:
    """A news article: its text and what is known about it.

    ``language`` is a language code ("en", "de", "fr", "es"...); None (the default) lets newskit
    detect it (see :mod:`newskit.language`).

    >>> a = Article(text="Blinken visits Astana.", published="2023-02-23")
    >>> a.published
    datetime.date(2023, 2, 23)
    """

    text: str = attrs.field(converter=_text)
    title: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    url: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    published: dt.date | dt.datetime | None = attrs.field(default=None, converter=to_date)
    language: str | None = attrs.field(default=None, converter=_language)
    id: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    source: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    metadata: dict[str, Any] = attrs.field(factory=dict, converter=_metadata, hash=False)

    @classmethod
    def from_text(cls, raw: str, **fields: Any) -> Article:
        """An article from plain text; a first line followed by a blank line is its title.

        The title stays in ``text`` so that offsets index the text exactly as given.

        >>> Article.from_text("Headline\\n\\nBody text.").title
        'Headline'
        """
        raw = _text(raw)
        title = fields.pop("title", None)
        if title is None:
            first, sep, rest = raw.lstrip("\ufeff").partition("\n")
            if sep and first.strip() and rest.lstrip(" \t\r").startswith("\n"):
                title = first.strip()
        return maker(cls)(text=raw, title=title, **fields)

    @classmethod
    def from_html(cls, html: str | bytes, url: str | None = None, **fields: Any) -> Article:
        """An article from a news page: its main text, title, publication date, language and author.

        Site furniture (menus, most-read lists, comment forms, adverts) is left out. The text is the title,
        a blank line and the paragraphs; ``fields`` (``published``, ``language``, ``id``...) override what the
        page states. Needs the ``html`` extra (``pip install 'newskit[html]'``): see :mod:`newskit.pages`.

        :raises newskit.pages.NoArticleText: when the page holds no article body.
        """
        from .pages import article_from_html

        return article_from_html(html, url=url, **fields)

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Article:
        """An article from a record with ``text`` (or ``html``, a web page) and optional article fields.

        Unknown keys go into ``metadata``; ``date`` and ``dct`` are read as ``published``. A record
        with ``html`` and no ``text`` is read with :meth:`from_html`; its other fields override the page's.

        >>> Article.from_dict({"text": "Hi.", "dct": "2020-01-02", "section": "World"}).metadata
        {'section': 'World'}
        """
        if not isinstance(record, Mapping):
            raise TypeError(f"an article record must be a mapping, not {type(record).__name__}")
        if "text" not in record and "html" in record:
            from .pages import article_from_record

            return article_from_record(record)
        if "text" not in record:
            raise ValueError(f"an article record needs a 'text' field (or 'html', a web page); it has {sorted(record)}")
        known = {f.name for f in attrs.fields(cls)}
        data = dict(record)
        for alias in ("date", "dct", "published_at"):
            if "published" not in data and alias in data:
                data["published"] = data.pop(alias)
        metadata = dict(data.pop("metadata", None) or {})
        metadata.update({k: data.pop(k) for k in list(data) if k not in known})
        if data.get("id") is not None and not isinstance(data["id"], str):
            data["id"] = str(data["id"])
        return cls(**data, metadata=metadata)

    @property
    def analysed_text(self) -> str:
        """The text that mentions index: ``text``, with the title prepended when ``text`` lacks it."""
        if self.title and not self.text.startswith(self.title[_lead(self.title) :], _lead(self.text)):
            return f"{self.title}\n\n{self.text}"
        return self.text

    @property
    def anchor(self) -> dt.date | None:
        """The publication day, which relative dates are resolved against."""
        return anchor_date(self.published)


# --------------------------------------------------------------------------- mentions


@_passes_when("type(start) is int and type(end) is int and type(text) is str and 0 <= start and end - start == len(text)")
def _check_offsets(instance: Any, attribute: Any, value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"bad offsets {instance.start}:{instance.end} for {instance.text!r}")
    if instance.end - instance.start != len(instance.text):
        raise ValueError(
            f"offsets {instance.start}:{instance.end} do not fit the text {instance.text!r} ({len(instance.text)} characters)"
        )


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the analysed text."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_offsets)


@attrs.frozen(kw_only=True)
class Mention:
    """Something found in the text: ``text == analysed_text[start:end]``."""

    #: The words as they stand in the text.
    text: str
    #: Offset of the first character in the analysed text (:attr:`Extraction.text`).
    start: int
    #: Offset just after the last character.
    end: int = attrs.field(validator=_check_offsets)
    #: The extractor that found it (set by the pipeline).
    extractor: str = ""
    #: How sure the extractor is, from 0 to 1; the higher score wins an overlap of equal length
    #: (:func:`newskit.merge.resolve`).
    score: float = 1.0


@_passes_when("type(first) is _date and type(last) is _date and first <= last")
def _check_period(instance: Any, attribute: Any, value: dt.date) -> None:
    if value < instance.first:
        raise ValueError(f"a period cannot end ({value}) before it begins ({instance.first})")


@attrs.frozen(kw_only=True)
class Period:
    """The calendar days a date covers, first and last included."""

    first: dt.date
    last: dt.date = attrs.field(validator=_check_period)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


@attrs.frozen(kw_only=True)
class DateMention(Mention):
    """A temporal expression with its TIMEX3 value.

    ``value`` is a TIMEX3 value (``2023-02-28``, ``2023-W09``, ``2022-11``, ``P1M``, ``PRESENT_REF``)
    or None where it cannot be anchored; ``period`` the calendar days a DATE or TIME covers;
    ``anchor`` the day it was resolved against; ``relative`` whether it depended on that anchor;
    ``mod`` a TIMEX3 modifier (``START``, ``MID``, ``END``, ``APPROX``, ``BEFORE``, ``AFTER``...).
    """

    value: str | None = None
    kind: DateKind = attrs.field(default=DateKind.DATE, converter=_date_kind)
    granularity: Granularity | None = attrs.field(default=None, converter=_granularity)
    period: Period | None = None
    anchor: dt.date | None = None
    relative: bool = False
    mod: str | None = None
    description: str | None = None


@attrs.frozen(kw_only=True)
class DateValue:
    """A date no words of the text name, only a value: what the events builder infers for an event
    the text dates nowhere (:attr:`Event.when`).

    ``value`` is the publication day (``2023-02-28``) for a headline event dated nowhere else, or
    what the event's tense says: ``PAST_REF`` (before publication), ``PRESENT_REF`` (on the
    publication day, its ``period``) or ``FUTURE_REF`` (after it). It has the value fields of a
    :class:`DateMention` (``kind``, ``granularity``, ``period``, ``anchor``, ``relative``,
    ``description``) and no offsets, since it stands nowhere in the text; ``text`` is always empty.

    >>> DateValue(value="PAST_REF", granularity="reference").text
    ''
    """

    value: str
    kind: DateKind = attrs.field(default=DateKind.DATE, converter=_date_kind)
    granularity: Granularity | None = attrs.field(default=None, converter=_granularity)
    period: Period | None = None
    anchor: dt.date | None = None
    relative: bool = True
    mod: str | None = None
    description: str | None = None

    @property
    def text(self) -> str:
        """The words that name it: none."""
        return ""


@attrs.frozen(kw_only=True)
class CountryMention(Mention):
    """A country named in the text, directly or through a place or a demonym."""

    #: ISO 3166 alpha-2 code.
    code: str
    #: Common English name; the pipeline fills it in from ``code`` when an extractor leaves it empty.
    name: str = ""
    #: How the country was reached: its name, an alias, a code, a demonym, a capital, a city, a region...
    via: Via = attrs.field(default=Via.NAME, converter=_via)
    #: The place named, when it is not the country itself (``"Astana"``).
    place: str | None = None
    #: True for a country that no longer exists.
    historical: bool = False


@attrs.frozen(kw_only=True)
class PersonMention(Mention):
    """A person named in the text; ``name`` is their canonical full name in the article."""

    name: str
    role: str | None = None
    country: str | None = None


@attrs.frozen(kw_only=True)
class OrganizationMention(Mention):
    """An organisation named in the text; ``name`` is its canonical name in the article.

    ``kind`` says what kind of body it is and ``country`` (ISO 3166-1 alpha-2) where it belongs,
    where known.

    >>> OrganizationMention(text="FBI", start=0, end=3, name="Federal Bureau of Investigation", kind="government", country="US").kind
    <OrganizationKind.GOVERNMENT: 'government'>
    """

    name: str
    kind: OrganizationKind | None = attrs.field(default=None, converter=_organization_kind)
    country: str | None = attrs.field(default=None, validator=_country_code)


# --------------------------------------------------------------------------- entities


@attrs.frozen(kw_only=True)
class Country:
    """One country the article mentions, with all its mentions."""

    #: ISO 3166 alpha-2 code (``"KZ"``); a historical code for a former country (``"SU"``).
    code: str
    #: Common English name (``"Kazakhstan"``).
    name: str
    #: Every mention of the country, in text order: names, demonyms, capitals, towns, regions.
    mentions: tuple[CountryMention, ...] = attrs.field(converter=_tuple)
    #: How many times the article mentions it (``len(mentions)``).
    count: int
    #: Offset of its first mention in the analysed text (smaller: named earlier).
    first: int
    #: How much the article is about the country, from 0 to 1: its share of the country mentions, whether it is
    #: named in the title and in the lead, and whether its towns or regions are named
    #: (:func:`newskit.entities.country_focus`).
    focus: float = 0.0
    #: True when every mention names a country that no longer exists (the Soviet Union).
    historical: bool = False


@attrs.frozen(kw_only=True)
class Person:
    """One person the article mentions, with all their mentions."""

    #: Canonical full name: the longest form the article uses (``"Kassym-Jomart Tokayev"``).
    name: str
    #: Given name(s), when the name has them.
    given: str | None = None
    #: Family name, with its particles (``"von der Leyen"``).
    family: str | None = None
    #: Every mention, in text order, short ones ("Tokayev", "Mr. Tokayev") included.
    mentions: tuple[PersonMention, ...] = attrs.field(converter=_tuple)
    #: Roles and titles stated with the person (``("President",)``), first stated first.
    roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: ISO code of the country stated with the person ("Kazakhstan's President ..."), if any.
    country: str | None = None


@attrs.frozen(kw_only=True)
class Organization:
    """One organisation the article mentions, with all its mentions.

    ``acronym`` is the short form the article uses for it ("FBI"), where it uses one; ``first``
    is the offset of its first mention.
    """

    name: str
    mentions: tuple[OrganizationMention, ...] = attrs.field(converter=_tuple)
    count: int
    first: int
    acronym: str | None = None
    kind: OrganizationKind | None = attrs.field(default=None, converter=_organization_kind)
    country: str | None = attrs.field(default=None, validator=_country_code)


@attrs.frozen(kw_only=True)
class Entities:
    """The real-world things an article mentions, one entry each."""

    countries: tuple[Country, ...] = attrs.field(default=(), converter=_tuple)
    organizations: tuple[Organization, ...] = attrs.field(default=(), converter=_tuple)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)


# --------------------------------------------------------------------------- events


@attrs.frozen(kw_only=True)
class Participant:
    """Who takes part in an event: a person, an organisation, a country, a named group or a
    plain noun phrase (``kind``)."""

    name: str
    kind: ParticipantKind = attrs.field(default=ParticipantKind.PERSON, converter=_participant_kind)
    code: str | None = None
    start: int | None = None
    end: int | None = None


@attrs.frozen(kw_only=True)
class Place:
    """Where an event happens: a country or a place in one (``code`` is ISO alpha-2)."""

    name: str
    code: str | None = None
    kind: PlaceKind = attrs.field(default=PlaceKind.COUNTRY, converter=_place_kind)
    start: int | None = None
    end: int | None = None


@attrs.frozen(kw_only=True)
class Event:
    """Who did what, where and when.

    ``kind`` comes from the documented event vocabulary, ``cameo`` is its CAMEO root code
    where one fits, ``trigger`` the word or phrase that signals the event, ``action`` the verb
    phrase it heads (at most six words: "attacked the German consulate"), ``sentence`` the
    sentence it was found in, and ``salience`` how central it is to the article. ``who`` are
    those who act (or, where no one is said to act, those it happens to: "Seven killed"),
    ``whom`` those acted upon in a two-party event ("Police arrested *the driver*");
    ``negated`` marks an event said not to happen ("did not attend"). ``when`` is the date
    mention that dates it, or a :class:`DateValue` where the text dates it nowhere (the
    publication day of a headline event, or what its tense says), or None.
    """

    kind: str
    trigger: Span
    sentence: Span
    who: tuple[Participant, ...] = attrs.field(default=(), converter=_tuple)
    whom: tuple[Participant, ...] = attrs.field(default=(), converter=_tuple)
    where: tuple[Place, ...] = attrs.field(default=(), converter=_tuple)
    when: DateMention | DateValue | None = None
    action: Span | None = None
    negated: bool = False
    cameo: str | None = None
    salience: float = 0.0
    extractor: str = ""

    @property
    def what(self) -> str:
        """What happened: the verb phrase (``action``), else the trigger."""
        return self.action.text if self.action is not None else self.trigger.text

    def describe(self, *, when: bool = True) -> str:
        """One line: kind, who, whether it is negated, what, whom, where and (unless ``when=False``) when.

        >>> s = Span(text="visited", start=4, end=11)
        >>> Event(kind="visit", trigger=s, sentence=s, who=[Participant(name="Ann Lee")], where=[Place(name="Peru", code="PE")]).describe()
        'visit: Ann Lee "visited" in Peru (PE) [undated]'
        >>> a = Span(text="did not attack", start=0, end=14)
        >>> Event(kind="assault", trigger=a, sentence=a, who=[Participant(name="Ann")], whom=[Participant(name="Bo")], negated=True).describe()
        'assault: Ann not "did not attack" -> Bo [undated]'
        """
        who = ", ".join(p.name for p in self.who) or "?"
        whom = ", ".join(p.name for p in self.whom)
        where = ", ".join(f"{p.name} ({p.code})" if p.code and p.code != p.name else p.name for p in self.where)
        value = (self.when.value if self.when is not None else None) or "undated"
        return (
            f'{self.kind}: {_clip(who, 40)}{" not" if self.negated else ""} "{_clip(self.what, 40)}"'
            + (f" -> {_clip(whom, 40)}" if whom else "")
            + (f" in {_clip(where, 40)}" if where else "")
            + (f" [{value}]" if when else "")
        )

    def __repr__(self) -> str:
        """Short and readable: :meth:`describe` (every field stays on the object).

        >>> s = Span(text="visited", start=4, end=11)
        >>> Event(kind="visit", trigger=s, sentence=s, who=[Participant(name="Ann Lee")], where=[Place(name="Peru", code="PE")])
        <Event visit: Ann Lee "visited" in Peru (PE) [undated]>
        """
        return f"<Event {self.describe()}>"


# --------------------------------------------------------------------------- result


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@attrs.frozen(kw_only=True)
class PluginFailure:
    """A plugin or extractor that failed: which, at what stage, and why."""

    plugin: str
    stage: str
    error: str
    message: str
    extractor: str | None = None

    @classmethod
    def from_exception(
        cls, exc: BaseException, *, plugin: str, stage: str, extractor: str | None = None
    ) -> PluginFailure:
        return cls(plugin=plugin, stage=stage, extractor=extractor, error=type(exc).__name__, message=str(exc))


@attrs.frozen(kw_only=True)
class Timing:
    """How long one extractor or stage took, in seconds."""

    name: str
    stage: str
    seconds: float


def _sort_key(event: Event) -> tuple[dt.date, int]:
    period = event.when.period if event.when is not None else None
    return (period.first if period is not None else dt.date.max, event.trigger.start)


@attrs.frozen(kw_only=True)
class Extraction:
    """What newskit found in one article.

    Offsets of every mention index :attr:`text`, the text that was analysed. ``language`` is the
    language the article was read in, and ``language_source`` how it was decided: ``"given"`` by
    the caller, ``"detected"`` from the text, or ``"default"`` (English, when neither).
    """

    article: Article
    text: str
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=_tuple)
    countries: tuple[CountryMention, ...] = attrs.field(default=(), converter=_tuple)
    organizations: tuple[OrganizationMention, ...] = attrs.field(default=(), converter=_tuple)
    people: tuple[PersonMention, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    main_event: Event | None = None
    entities: Entities = attrs.field(factory=Entities)
    errors: tuple[PluginFailure, ...] = attrs.field(default=(), converter=_tuple)
    timings: tuple[Timing, ...] = attrs.field(default=(), converter=_tuple)
    language: str = "en"
    language_source: str = "default"

    @property
    def ok(self) -> bool:
        """True when no plugin failed."""
        return not self.errors

    @property
    def timeline(self) -> tuple[Event, ...]:
        """Events in order of their resolved dates; undated events last, in text order."""
        return tuple(sorted(self.events, key=_sort_key))

    def __repr__(self) -> str:
        """Short and readable: the article and how much was found (every field stays on the object)."""
        article = self.article
        name = article.title or article.id or self.text
        published = f" {article.published.isoformat()}" if article.published else ""
        counts = ", ".join(
            f"{len(items)} {label}"
            for label, items in (
                ("dates", self.dates),
                ("countries", self.countries),
                ("organizations", self.organizations),
                ("people", self.people),
                ("events", self.events),
            )
        )
        errors = f", {len(self.errors)} errors" if self.errors else ""
        return f"<Extraction {_clip(name, 50)!r}{published} [{self.language}]: {counts}{errors}>"

    def _repr_html_(self) -> str:
        """The result as Jupyter shows it: the marked text, a legend, the entities and a timeline."""
        from .view import render_html

        return render_html(self)

    def mentions(self) -> Iterable[Mention]:
        """Every date, country, organisation and person mention, in text order."""
        found: list[Mention] = [*self.dates, *self.countries, *self.organizations, *self.people]
        return sorted(found, key=lambda m: (m.start, m.end))


# --------------------------------------------------------------------------- quick construction
#
# A frozen attrs class sets each field through ``object.__setattr__`` (its own ``__setattr__`` refuses), a
# call that costs about fifteen times a plain store into a slot; a DateMention has 13 fields and an article
# makes some 80 model instances. :func:`_quick_init` gives each model an ``__init__`` with attrs' signature,
# converters, factories and validators that, for an instance of exactly that class, sets the fields as plain
# stores: for the time of the stores the instance belongs to a twin class with the same slots and the plain
# ``object.__setattr__``, then it is given back its class before any validator sees it. An instance of a
# subclass (which attrs gives its own ``__init__``, or a plain subclass that inherits this one) is made by the
# ``__init__`` attrs wrote. A value already of the type its converter returns unchanged (``_KEEPS``) is not
# passed to the converter, and a validator whose test holds (:func:`_passes_when`) is not called: the validators
# still guard every instance, their common case decided inline. ``tests/test_models_quick_init.py`` checks both
# give the same objects and errors, and that each validator passes wherever its test holds.

_object_setattr = object.__setattr__


def _kept_test(name: str, kinds: tuple[type, ...], scope: dict[str, Any]) -> str:
    """The test that the value of field ``name`` is of exactly one of ``kinds`` ("" for none), its names put in ``scope``."""
    tests = []
    for i, kind in enumerate(kinds):
        if kind is type(None):
            tests.append(f"{name} is None")
        else:
            scope[f"_keep_{name}_{i}"] = kind
            tests.append(f"type({name}) is _keep_{name}_{i}")
    return " or ".join(tests)


def _quick_init(cls: type) -> None:
    """Replace the ``__init__`` attrs wrote for the frozen slotted class ``cls`` by one with plain slot stores."""
    fields = attrs.fields(cls)
    if any(not f.init or f.alias != f.name for f in fields) or hasattr(cls, "__attrs_post_init__"):
        return  # what the quick __init__ does not write: keep attrs' own
    # __setattr__ and __delattr__ share one C slot: both must be object's for stores to skip Python
    plain = {"__setattr__": object.__setattr__, "__delattr__": object.__delattr__}
    twin = type(cls.__name__, (cls,), {"__slots__": (), "__module__": cls.__module__, **plain})
    attrs_init: Any = vars(cls)["__init__"]
    scope: dict[str, Any] = {
        **globals(),  # the module's names, so that the annotations copied below resolve (Sphinx reads them)
        "_cls": cls,
        "_twin": twin,
        "_attrs_init": attrs_init,
        "_object_setattr": _object_setattr,
        "_validators_off": attrs.validators.get_disabled,
        "_date": dt.date,
        "NOTHING": attrs.NOTHING,
    }
    params: list[str] = []
    converts: list[str] = []
    checks: list[str] = []
    for f in fields:
        name = f.name
        default: Any = f.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                return
            scope[f"_factory_{name}"] = default.factory
            params.append(f"{name}=NOTHING")
            converts.append(f"    if {name} is NOTHING: {name} = _factory_{name}()")
        elif default is attrs.NOTHING:
            params.append(name)
        else:
            scope[f"_default_{name}"] = default
            params.append(f"{name}=_default_{name}")
        converter: Any = f.converter
        if converter is not None:
            if isinstance(converter, attrs.Converter):
                wrapper: Any = converter
                if wrapper.takes_self or wrapper.takes_field:
                    return
                converter = wrapper.converter
            scope[f"_convert_{name}"] = converter
            call = f"_convert_{name}({name})"
            kept = _kept_test(name, _KEEPS.get(converter, ()), scope)
            converts.append(f"    {name} = {name} if {kept} else {call}" if kept else f"    {name} = {call}")
        if f.validator is not None:
            scope[f"_validate_{name}"] = f.validator
            scope[f"_field_{name}"] = f
            run = f"_validate_{name}(self, _field_{name}, {name})"
            test = _PASSES_WHEN.get(f.validator)
            passes = f"({test.format(name=name)}) or " if test else ""
            checks.append(f"    if not ({passes}_validators_off()): {run}")
    every = ", ".join(f"{f.name}={f.name}" for f in fields)
    stores = [f"    self.{f.name} = {f.name}" for f in fields]
    source = "\n".join(
        [
            f"def __init__(self, *, {', '.join(params)}):",
            "    if self.__class__ is not _cls:",
            f"        return _attrs_init(self, {every})",
            *converts,
            "    _object_setattr(self, '__class__', _twin)",
            *stores,
            "    self.__class__ = _cls",
            *checks,
            # the same, with no class call: the instance is made as the twin, and made ``cls`` once its fields are set
            f"def make(*, {', '.join(params)}):",
            *converts,
            "    self = _object_new(_twin)",
            *stores,
            "    self.__class__ = _cls",
            *checks,
            "    return self",
        ]
    )
    scope["_object_new"] = object.__new__
    exec(compile(source, f"<newskit quick __init__ of {cls.__qualname__}>", "exec"), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = attrs_init.__doc__
    init.__annotations__ = dict(attrs_init.__annotations__)
    cls.__init__ = init  # type: ignore[misc]
    make = scope["make"]
    make.__qualname__ = init.__qualname__  # errors name the arguments of ``cls(...)`` as its own call does
    _MAKERS[cls] = make


_MAKERS: dict[type, Callable[..., Any]] = {}

_T = TypeVar("_T")


def maker(cls: type[_T]) -> Callable[..., _T]:
    """A function that makes an instance of the model ``cls`` from its fields, as ``cls(**fields)`` does.

    It takes the same keyword arguments, converts and validates them alike and returns an equal instance,
    for about half the work: no class call (which gathers keyword arguments in a dictionary and hands
    them on to ``__init__``), the instance made with its fields set. For hot loops that make many mentions.

    >>> make_span = maker(Span)
    >>> make_span(text="Paris", start=3, end=8) == Span(text="Paris", start=3, end=8)
    True
    """
    return _MAKERS.get(cls, cls)


for _model in (
    Article, Span, Mention, Period, DateMention, DateValue, CountryMention, PersonMention, OrganizationMention,
    Country, Person, Organization, Entities, Participant, Place, Event, PluginFailure, Timing, Extraction,
):
    _quick_init(_model)
del _model
