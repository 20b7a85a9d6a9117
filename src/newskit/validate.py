"""What plugins return is checked here before anything else reads it; and how long they may take.

An extractor or event builder is third-party code: it may return offsets that are floats or fall
outside the text, a person without a name, a NaN score, an event whose spans point nowhere. The
pipeline passes everything an extractor returns through :func:`check`, which keeps what is sound
and describes what is not; the pipeline records each problem as a
:class:`~newskit.models.PluginFailure` (or, in strict mode, raises :class:`PluginError`).
:func:`call_with_budget` runs an extractor under an optional time budget.

>>> from newskit.models import PersonMention
>>> text = "Olaf Scholz spoke."
>>> check(PersonMention(text="Olaf Scholz", start=0, end=11, name="Olaf Scholz"), text, PersonMention)
>>> check(PersonMention(text="Olaf", start=0.0, end=4.0, name="Olaf"), text, PersonMention)
'start is float, not an integer offset'
>>> check(PersonMention(text="Olaf", start=0, end=4, name=None), text, PersonMention)
'PersonMention.name is NoneType, not a non-empty string'
"""

from __future__ import annotations

import datetime as dt
import math
import re
import signal
import threading
from collections.abc import Callable, Iterable
from typing import Any, Final

from . import models
from .errors import ExtractorTimeout, PluginError
from .models import CountryMention, DateMention, OrganizationMention, PersonMention

__all__ = ["ExtractorTimeout", "PluginError", "call_with_budget", "check", "check_all", "partition"]

# A TIMEX3 value: a date or time (2023-02-28, 2023-W09-WE, 2023-Q1, 197, XXXX-12-25T10:00),
# a duration (P1M, PT2H, PXY), a reference (PRESENT_REF) or a set's value; never markup or spaces.
_TIMEX_VALUE = re.compile(r"[0-9A-Z][0-9A-Za-z:.,+\-_]{0,63}")
_MOD = re.compile(r"[A-Z][A-Z_]{0,31}")
_CODE = re.compile(r"[A-Z]{2}(?:[A-Z]{2})?")  # ISO 3166-1 alpha-2, or ISO 3166-3 (historical) alpha-4
_CAMEO = re.compile(r"[0-9]{2,4}")

# This module is compiled (mypyc). Compiled code that narrows a value to a model class reads the model's fields
# with their declared types: an ``int`` field unboxes a bool to 1, a ``float`` field a bool to 1.0, a field of
# another type raises TypeError. What a plugin returns may be anything, so the checks below read results as
# ``Any`` and test a model class through these names, typed ``type[Any]``: what they narrow stays ``Any``, and
# every field is read as the object it is.
_SPAN: Final[type[Any]] = models.Span
_MENTION: Final[type[Any]] = models.Mention
_PERIOD: Final[type[Any]] = models.Period
_DATE_MENTION: Final[type[Any]] = models.DateMention
_DATE_VALUE: Final[type[Any]] = models.DateValue
_EVENT: Final[type[Any]] = models.Event
_PARTICIPANT: Final[type[Any]] = models.Participant
_PLACE: Final[type[Any]] = models.Place


# --------------------------------------------------------------------------- checks


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _optional_str(owner: str, field: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return None
    return f"{owner}.{field} is {type(value).__name__}, not a string or None"


def _name(owner: str, field: str, value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return None
    return f"{owner}.{field} is {type(value).__name__ if not isinstance(value, str) else 'empty'}, not a non-empty string"


def _span(text: str, start: object, end: object, content: object, *, empty: bool = False) -> str | None:
    """The problem with ``start:end`` as offsets of ``content`` in ``text``, or None."""
    if (  # the common case, sound, decided at once
        type(start) is int
        and type(end) is int
        and 0 <= start < end <= len(text)
        and type(content) is str
        and text[start:end] == content
    ):
        return None
    for field, value in (("start", start), ("end", end)):
        if not _is_int(value):
            return f"{field} is {type(value).__name__}, not an integer offset"
    assert isinstance(start, int) and isinstance(end, int)
    if not 0 <= start <= end <= len(text):
        return f"offsets {start}:{end} lie outside the text ({len(text)} characters)"
    if not isinstance(content, str):
        return f"text is {type(content).__name__}, not a string"
    if start == end and not empty:
        return f"empty mention at {start}"
    if text[start:end] != content:
        return f"{content[:40]!r} at {start}:{end} does not match the text"
    return None


def _mention(item: Any, text: str) -> str | None:
    owner = type(item).__name__
    problem = _span(text, item.start, item.end, item.text)
    if problem is None and not _is_number(item.score):
        problem = f"{owner}.score is {item.score!r}, not a finite number"
    if problem is None and not isinstance(item.extractor, str):
        problem = f"{owner}.extractor is {type(item.extractor).__name__}, not a string"
    return problem


def _date(item: Any, text: str, *, empty: bool = False) -> str | None:
    problem = _span(text, item.start, item.end, item.text, empty=empty) if empty else _mention(item, text)
    if problem is not None:
        return problem
    return _date_fields(item)


def _date_fields(item: Any) -> str | None:
    """The value fields of a date mention or a date value."""
    if item.value is not None and not (isinstance(item.value, str) and _TIMEX_VALUE.fullmatch(item.value)):
        return f"DateMention.value {item.value!r} is not a TIMEX3 value"
    if item.mod is not None and not (isinstance(item.mod, str) and _MOD.fullmatch(item.mod)):
        return f"DateMention.mod {item.mod!r} is not a TIMEX3 modifier"
    if item.period is not None and not (
        isinstance(item.period, _PERIOD)
        and isinstance(item.period.first, dt.date)
        and isinstance(item.period.last, dt.date)
    ):
        return f"DateMention.period {item.period!r} is not a Period of dates"
    if item.anchor is not None and not isinstance(item.anchor, dt.date):
        return f"DateMention.anchor {item.anchor!r} is not a date"
    if not isinstance(item.relative, bool):
        return f"DateMention.relative {item.relative!r} is not a boolean"
    return _optional_str("DateMention", "description", item.description)


def _country(item: Any, text: str) -> str | None:
    problem = _mention(item, text)
    if problem is not None:
        return problem
    if not (isinstance(item.code, str) and _CODE.fullmatch(item.code)):
        return f"CountryMention.code {item.code!r} is not an ISO 3166 country code"
    if not isinstance(item.name, str):
        return f"CountryMention.name is {type(item.name).__name__}, not a string"
    if not isinstance(item.historical, bool):
        return f"CountryMention.historical {item.historical!r} is not a boolean"
    return _optional_str("CountryMention", "place", item.place)


def _person(item: Any, text: str) -> str | None:
    return (
        _mention(item, text)
        or _name("PersonMention", "name", item.name)
        or _optional_str("PersonMention", "role", item.role)
        or _country_code("PersonMention", item.country)
    )


def _organization(item: Any, text: str) -> str | None:
    owner = type(item).__name__
    problem = _mention(item, text) or _name(owner, "name", getattr(item, "name", None))
    if problem is not None:
        return problem
    return _optional_str(owner, "kind", getattr(item, "kind", None)) or _country_code(
        owner, getattr(item, "country", None)
    )


def _country_code(owner: str, code: object) -> str | None:
    if code is None or (isinstance(code, str) and _CODE.fullmatch(code)):
        return None
    return f"{owner}.country {code!r} is not an ISO 3166 country code"


def _optional_span(owner: str, text: str, start: object, end: object) -> str | None:
    if start is None and end is None:
        return None
    for field, value in (("start", start), ("end", end)):
        if not _is_int(value):
            return f"{owner}.{field} is {type(value).__name__}, not an integer offset or None"
    assert isinstance(start, int) and isinstance(end, int)
    if not 0 <= start <= end <= len(text):
        return f"{owner} offsets {start}:{end} lie outside the text ({len(text)} characters)"
    return None


def _event(item: Any, text: str) -> str | None:
    if not (isinstance(item.kind, str) and item.kind.strip()):
        return f"Event.kind {item.kind!r} is not a non-empty string"
    for field in ("trigger", "sentence"):
        span = getattr(item, field)
        if not isinstance(span, _SPAN):
            return f"Event.{field} is {type(span).__name__}, not a Span"
        problem = _span(text, span.start, span.end, span.text)
        if problem is not None:
            return f"Event.{field}: {problem}"
    if not _is_number(item.salience):
        return f"Event.salience is {item.salience!r}, not a finite number"
    if item.cameo is not None and not (isinstance(item.cameo, str) and _CAMEO.fullmatch(item.cameo)):
        return f"Event.cameo {item.cameo!r} is not a CAMEO code"
    if not isinstance(item.extractor, str):
        return f"Event.extractor is {type(item.extractor).__name__}, not a string"
    for who in item.who:
        if not isinstance(who, _PARTICIPANT):
            return f"Event.who holds {type(who).__name__}, not Participant"
        problem = (
            _name("Participant", "name", who.name)
            or _name("Participant", "kind", who.kind)
            or _country_code("Participant", who.code)
            or _optional_span("Participant", text, who.start, who.end)
        )
        if problem is not None:
            return problem
    for where in item.where:
        if not isinstance(where, _PLACE):
            return f"Event.where holds {type(where).__name__}, not Place"
        problem = (
            _name("Place", "name", where.name)
            or _name("Place", "kind", where.kind)
            or _country_code("Place", where.code)
            or _optional_span("Place", text, where.start, where.end)
        )
        if problem is not None:
            return problem
    if item.when is not None:
        if isinstance(item.when, _DATE_VALUE):  # a date the text does not spell out: a value, no offsets
            value = item.when.value
            problem = _date_fields(item.when) if isinstance(value, str) else f"DateValue.value {value!r} is not a string"
        elif isinstance(item.when, _DATE_MENTION):
            # a date mention of a third-party plugin may still stand for a value: no text, at the trigger
            problem = _date(item.when, text, empty=True)
        else:
            return f"Event.when is {type(item.when).__name__}, not a DateMention or a DateValue"
        if problem is not None:
            return f"Event.when: {problem}"
    return None


_CHECKS: list[tuple[type, Callable[[Any, str], str | None]]] = [
    (DateMention, _date),
    (CountryMention, _country),
    (OrganizationMention, _organization),
    (PersonMention, _person),
    (_EVENT, _event),
]


def check(item: object, text: str, expected: type) -> str | None:
    """What is wrong with ``item``, which an extractor of ``expected`` results returned for ``text``; None if sound.

    Checks the type, that offsets are integers inside ``text`` and that ``text[start:end]`` is the
    mention's text, that names and codes are strings of the right shape, and that scores and
    salience are finite numbers.
    """
    if not isinstance(item, expected):
        return f"returned {type(item).__name__}, expected {expected.__name__}"
    try:
        for kind, checker in _CHECKS:
            if isinstance(item, kind):
                return checker(item, text)
        if isinstance(item, _MENTION):
            return _mention(item, text)
    except Exception as exc:  # a hostile object whose attributes raise
        return f"could not be checked: {type(exc).__name__}: {exc}"
    return None


# --------------------------------------------------------------------------- one pass over a result list
#
# What extractors return is nearly always sound, so :func:`partition` first asks one cheap question of a
# whole result list: is every result of exactly the type the stage produces, are its fields of exactly the
# types the models declare, its offsets inside the text and its text the text at its offsets? The
# ``_sound_*`` functions answer it in one loop over the list, type tests first, and answer True only where
# :func:`check` would find no problem with any result; when they answer False (a subclass, a float
# offset, a property that raises), each result goes to :func:`check`, which says what is wrong.
# A value, code or modifier is checked once per distinct string (news repeats them): a set look-up, not a
# regular expression per result.

_INF = math.inf
_DATE = dt.date


_REMEMBERED = 4096  # strings of one shape remembered; then forgotten at once, and remembered anew


class _Shape:
    """Whether a string fullmatches ``pattern``; the strings found to fit are remembered in ``fitting``, so that
    a hot loop asks ``value in shape.fitting or shape.fits(value)``: a set look-up for a string seen before."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fitting: set[str] = set()

    def fits(self, value: str) -> bool:
        if value in self.fitting:
            return True
        if self.pattern.fullmatch(value) is None:
            return False
        if len(self.fitting) >= _REMEMBERED:
            self.fitting.clear()
        self.fitting.add(value)
        return True


_TIMEX_SHAPE = _Shape(_TIMEX_VALUE)
_MOD_SHAPE = _Shape(_MOD)
_CODE_SHAPE = _Shape(_CODE)
_CAMEO_SHAPE = _Shape(_CAMEO)
_timex_values = _TIMEX_SHAPE.fitting
_mod_values = _MOD_SHAPE.fitting
_codes = _CODE_SHAPE.fitting
_cameos = _CAMEO_SHAPE.fitting
_is_timex = _TIMEX_SHAPE.fits
_is_mod = _MOD_SHAPE.fits
_is_code = _CODE_SHAPE.fits
_is_cameo = _CAMEO_SHAPE.fits


def _sound_mentions(items: list[Any], kind: type[Any], text: str) -> bool:
    """What every mention shares: exactly ``kind``, offsets that index ``text``, its text, a finite score,
    the extractor's name."""
    n = len(text)
    for item in items:
        if type(item) is not kind:
            return False
        s, e, content, score = item.start, item.end, item.text, item.score
        if not (
            type(s) is int
            and type(e) is int
            and 0 <= s < e <= n
            and type(content) is str
            and text[s:e] == content
            and (type(score) is float or type(score) is int)
            and -_INF < score < _INF
            and type(item.extractor) is str
        ):
            return False
    return True


def _sound_date_values(items: Iterable[Any]) -> bool:
    """The value fields of date mentions or date values."""
    for item in items:
        value, mod, period, anchor, description = item.value, item.mod, item.period, item.anchor, item.description
        if not (
            (value is None or (type(value) is str and (value in _timex_values or _is_timex(value))))
            and (mod is None or (type(mod) is str and (mod in _mod_values or _is_mod(mod))))
            and (
                period is None
                or (type(period) is _PERIOD and type(period.first) is _DATE and type(period.last) is _DATE)
            )
            and (anchor is None or type(anchor) is _DATE)
            and type(item.relative) is bool
            and (description is None or type(description) is str)
        ):
            return False
    return True


def _sound_names(items: list[Any]) -> bool:
    """People's and organisations' own fields: a name that is not blank, a country code or none."""
    for item in items:
        name, country = item.name, item.country
        if not (
            type(name) is str
            and not name.isspace()
            and name != ""
            and (country is None or (type(country) is str and (country in _codes or _is_code(country))))
        ):
            return False
    return True


def _sound_dates(items: list[Any], text: str) -> bool:
    return _sound_mentions(items, DateMention, text) and _sound_date_values(items)


def _sound_countries(items: list[Any], text: str) -> bool:
    if not _sound_mentions(items, CountryMention, text):
        return False
    for item in items:
        code, place = item.code, item.place
        if not (
            type(code) is str
            and (code in _codes or _is_code(code))
            and type(item.name) is str
            and type(item.historical) is bool
            and (place is None or type(place) is str)
        ):
            return False
    return True


def _sound_people(items: list[Any], text: str) -> bool:
    if not (_sound_mentions(items, PersonMention, text) and _sound_names(items)):
        return False
    for item in items:
        role = item.role
        if not (role is None or type(role) is str):
            return False
    return True


def _sound_organizations(items: list[Any], text: str) -> bool:
    if not (_sound_mentions(items, OrganizationMention, text) and _sound_names(items)):
        return False
    for item in items:
        kind = item.kind
        if not (kind is None or isinstance(kind, str)):
            return False
    return True


def _sound_parties(parties: Iterable[Any], kind: type[Any], n: int) -> bool:
    """An event's participants or places: exactly ``kind``, a name and a kind, a code or none, offsets or none."""
    for party in parties:
        if type(party) is not kind:
            return False
        name, role, code, s, e = party.name, party.kind, party.code, party.start, party.end
        if not (
            type(name) is str
            and not name.isspace()
            and name != ""
            and isinstance(role, str)
            and bool(role.strip())
            and (code is None or (type(code) is str and (code in _codes or _is_code(code))))
            and ((s is None and e is None) or (type(s) is int and type(e) is int and 0 <= s <= e <= n))
        ):
            return False
    return True


def _sound_events(items: list[Any], text: str) -> bool:
    n = len(text)
    for item in items:
        if type(item) is not _EVENT:
            return False
        kind, trigger, sentence, salience, cameo, when = (
            item.kind, item.trigger, item.sentence, item.salience, item.cameo, item.when
        )
        if not (
            type(kind) is str
            and bool(kind.strip())
            and type(trigger) is _SPAN
            and type(s := trigger.start) is int
            and type(e := trigger.end) is int
            and 0 <= s < e <= n
            and type(trigger.text) is str
            and text[s:e] == trigger.text
            and type(sentence) is _SPAN
            and type(s := sentence.start) is int
            and type(e := sentence.end) is int
            and 0 <= s < e <= n
            and type(sentence.text) is str
            and text[s:e] == sentence.text
            and (type(salience) is float or type(salience) is int)
            and -_INF < salience < _INF
            and (cameo is None or (type(cameo) is str and (cameo in _cameos or _is_cameo(cameo))))
            and type(item.extractor) is str
            and type(who := item.who) is tuple
            and (not who or _sound_parties(who, _PARTICIPANT, n))
            and type(where := item.where) is tuple
            and (not where or _sound_parties(where, _PLACE, n))
            and (
                when is None
                or (type(when) is _DATE_VALUE and type(when.value) is str and _sound_date_values((when,)))
                or (
                    type(when) is _DATE_MENTION
                    and type(s := when.start) is int
                    and type(e := when.end) is int
                    and 0 <= s <= e <= n
                    and type(when.text) is str
                    and text[s:e] == when.text
                    and _sound_date_values((when,))
                )
            )
        ):
            return False
    return True


_SOUND: dict[type, Callable[[list[Any], str], bool]] = {
    DateMention: _sound_dates,
    CountryMention: _sound_countries,
    OrganizationMention: _sound_organizations,
    PersonMention: _sound_people,
    _EVENT: _sound_events,
}


def check_all(items: Iterable[Any], text: str, expected: type) -> list[tuple[Any, str | None]]:
    """Each of ``items`` with what :func:`check` finds wrong with it (None if sound), in one pass.

    The same verdicts as :func:`check` item by item, for fewer Python calls: a list of results of exactly
    a model's type whose fields are plainly sound is passed at once.
    """
    items = list(items)
    sound, unsound = partition(items, text, expected)
    if not unsound:
        return [(item, None) for item in sound]
    return [(item, check(item, text, expected)) for item in items]


def partition(items: Iterable[Any], text: str, expected: type) -> tuple[list[Any], list[tuple[Any, str]]]:
    """``items`` split into the sound ones and the others, each with what :func:`check` finds wrong with it.

    Both in the order given (the sound ones in a new list); the verdicts are those of :func:`check`.
    """
    items = list(items)
    fast = _SOUND.get(expected)
    if fast is not None:
        try:
            if fast(items, text):
                return items, []
        except Exception:  # a hostile object: check() says what is wrong
            pass
    sound: list[Any] = []
    unsound: list[tuple[Any, str]] = []
    for item in items:
        problem = check(item, text, expected)
        if problem is None:
            sound.append(item)
        else:
            unsound.append((item, problem))
    return sound, unsound


# --------------------------------------------------------------------------- time budget


def call_with_budget(function: Callable[..., Iterable[Any]], args: tuple[Any, ...], seconds: float | None) -> list[Any]:
    """``list(function(*args))``, raising :class:`ExtractorTimeout` when it takes longer than ``seconds``.

    In the main thread of a process, a timer signal interrupts the extractor itself. Elsewhere
    (a thread of a Dask worker, say) the extractor runs in a thread of its own that is abandoned
    when the budget is spent; it cannot be stopped, but it no longer holds the run.
    """
    if seconds is None:
        return list(function(*args))
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _with_alarm(function, args, seconds)
    return _in_thread(function, args, seconds)


def _with_alarm(function: Callable[..., Iterable[Any]], args: tuple[Any, ...], seconds: float) -> list[Any]:
    def on_alarm(signum: int, frame: object) -> None:
        raise ExtractorTimeout(f"took longer than its budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return list(function(*args))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _in_thread(function: Callable[..., Iterable[Any]], args: tuple[Any, ...], seconds: float) -> list[Any]:
    outcome: list[Any] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.extend(function(*args))
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=target, name="newskit-extractor", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ExtractorTimeout(f"took longer than its budget of {seconds:g} s")
    if failure:
        raise failure[0]
    return outcome
