"""Dates in Spanish, French and German: one grammar, each language's words in its data folder.

The vocabulary of a language lives in ``newskit/data/dates/<language>/vocabulary.tsv`` (months,
weekdays, units, number words, "next"/"last" words, day words, parts of day, references, sets,
tense markers). The grammar below is written once with placeholders (``{MONTH}``, ``{UNIT}``...)
filled from that vocabulary; where the languages order a date differently (``el 3 de marzo de
2023``, ``le 3 mars 2023``, ``3. März 2023``) a form has one pattern per language. Values follow
TIMEX3 as the English tagger writes them.

Every form matches in the lower-cased text; overlapping matches keep the longest. They are then
resolved in text order, so that a date without a year takes the year the text is talking about
when it narrates the past ("1914 ... am 28. Juli"), and "two days later" counts from the last date.

>>> import datetime as dt
>>> [(m.text, m.value) for m in tag("El ministro llegará el próximo martes.", dt.date(2023, 2, 23), "es")]
[('el próximo martes', '2023-02-28')]
>>> [(m.text, m.value) for m in tag("Der Krieg begann am 28. Juli 1914.", dt.date(2011, 2, 16), "de")]
[('28. Juli 1914', '1914-07-28')]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable

import attrs
from mypy_extensions import mypyc_attr

from ...models import DateKind, DateMention, Granularity, Period
from ...resources import read_table
from . import calendar as cal
from .lexicon import phrase_key
from .resolve import Resolved, duration, point
from .rules.base import _time_on
from .tagger import mention

__all__ = ["LANGUAGES", "Vocabulary", "tag", "vocabulary"]

LANGUAGES = ("es", "fr", "de")
"""The languages with their own vocabulary (English has the full tagger of ``newskit.extractors.dates.tagger``)."""

_UNIT_CODES = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "hour": "H",
    "minute": "M",
    "second": "S",
    "decade": "DE",
    "century": "CE",
    "fortnight": "2W",
    "quarter": "3M",
    "half": "6M",
    "weekend": "WE",
}
_TIME_UNITS = frozenset(("hour", "minute", "second"))
_SET_UNITS = {"year": "P1Y", "month": "P1M", "week": "P1W", "day": "P1D", "hour": "PT1H", "night": "P1D"}


@mypyc_attr(native_class=False)
@attrs.frozen
class Vocabulary:
    """The words of one language, by category (``month``, ``unit``...): form -> value."""

    language: str
    words: dict[str, dict[str, str]]

    def get(self, category: str) -> dict[str, str]:
        return self.words.get(category, {})

    def alternation(self, *categories: str, bounded: bool = True) -> str:
        """A regex alternation of the forms of ``categories``, longest first, as whole words (``bounded``)."""
        forms = {f for c in categories for f in self.get(c)}
        if not forms:
            return "(?!x)x"
        parts = []
        for f in sorted(forms, key=lambda s: (-len(s), s)):
            esc = re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]")
            parts.append(esc + (r"(?![\w])" if bounded and f[-1].isalnum() else ""))
        return "(?:" + "|".join(parts) + ")"


@functools.cache
def vocabulary(language: str) -> Vocabulary:
    """The date vocabulary of ``language`` (``es``, ``fr``, ``de``), read once."""
    words: dict[str, dict[str, str]] = {}
    for row in read_table(f"dates/{language}/vocabulary.tsv"):
        category, form, value = (*row, "-")[:3]
        words.setdefault(category, {}).setdefault(form.lower(), value)
    return Vocabulary(language=language, words=words)


# --------------------------------------------------------------------------- context


@mypyc_attr(native_class=False)
@attrs.define
class _Context:
    text: str
    lowered: str
    anchor: dt.date | None
    vocab: Vocabulary
    narrative: bool
    last_day: dt.date | None = None
    last_granularity: Granularity | None = None
    last_at: int = -1
    start: int = 0
    end: int = 0

    def reference_year(self) -> int | None:
        if self.narrative and self.last_day is not None:
            return self.last_day.year
        return self.anchor.year if self.anchor else None

    def sentence(self) -> tuple[int, int]:
        s = max(self.lowered.rfind(c, 0, self.start) for c in ".!?\n") + 1
        ends = [i for c in ".!?\n" if (i := self.lowered.find(c, self.end)) >= 0]
        return s, min(ends) if ends else len(self.text)

    def tense(self) -> int:
        """-1 past, 1 future, 0 unknown: the nearest tense marker in the clause, left side first."""
        s, e = self.sentence()
        left = _WORD.findall(self.lowered, s, self.start)
        right = _WORD.findall(self.lowered, self.end, e)
        for i in range(len(left) - 1, max(-1, len(left) - 13), -1):
            t = self._marker(left[i])
            if t < 0 and any(self._marker(w) > 0 for w in left[max(0, i - 3) : i]):
                return 1  # a participle after a future: "será celebrado"
            if t:
                return t
        for word in right[:6]:
            t = self._marker(word)
            if t:
                return t
        return 0

    def _marker(self, word: str) -> int:
        return _marker(self.vocab.language, word)


_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=16384)
def _marker(language: str, word: str) -> int:
    v = vocabulary(language)
    if word in v.get("future"):
        return 1
    if word in v.get("past"):
        return -1
    if len(word) > 4 and word.endswith(tuple(v.get("future_suffix"))):
        return 1
    if len(word) > 4 and word.endswith(tuple(v.get("past_suffix"))):
        return -1
    return 0


# --------------------------------------------------------------------------- helpers

_YEAR = r"(?<![\d.,])(?:1[0-9]|20)\d\d(?![\d]|[.,]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


def _num(v: Vocabulary, text: str) -> float | None:
    """The value of a number in digits or words (None for a vague one)."""
    raw = text.lower().replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        pass
    numbers = v.get("number")
    total = 0.0
    for word in re.split(r"[\s-]+", raw):
        if word in ("y", "et", "und", ""):
            continue
        value = numbers.get(word)
        if value is None or value == "X":
            return None
        total += float(value)
    return total


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(ctx: _Context, month: int, day: int | None) -> int | None:
    """The year of a month (and day) written without one: the narrated year, else by tense."""
    if ctx.narrative and ctx.last_day is not None:
        return ctx.last_day.year
    a = ctx.anchor
    if a is None:
        return None
    ahead = (month - a.month) * 31 + ((day or 15) - a.day if day else 0)
    tense = ctx.tense()
    if tense < 0:
        return a.year - 1 if ahead > 31 else a.year
    if tense > 0:
        return a.year + 1 if ahead < -31 else a.year
    return a.year - 1 if ahead > 124 else a.year + 1 if ahead < -240 else a.year


def _rel(v: Vocabulary, word: str | None) -> int | None:
    if not word:
        return None
    w = phrase_key(word)
    for category in ("next", "last", "this"):
        if w in v.get(category):
            return int(v.get(category)[w])
    return None


def _weekday_date(ctx: _Context, wd: int, rel: int | None) -> dt.date | None:
    a = ctx.anchor
    if ctx.narrative and ctx.last_day is not None:
        a = ctx.last_day
    if a is None:
        return None
    back = (a.isoweekday() - wd) % 7
    fwd = (wd - a.isoweekday()) % 7
    if rel is not None and rel < 0:
        return a - dt.timedelta(days=back or 7)
    if rel is not None and rel > 0:
        return a + dt.timedelta(days=fwd or 7)
    if ctx.tense() > 0:
        return a + dt.timedelta(days=fwd)
    return a - dt.timedelta(days=back)


def _unit_of(v: Vocabulary, form: str) -> tuple[str, bool]:
    """(singular unit, plural) of a unit word."""
    f = phrase_key(form)
    if f in v.get("units"):
        return v.get("units")[f], True
    return v.get("unit")[f], False


def _duration(n: float | None, unit: str) -> Resolved | None:
    code = _UNIT_CODES[unit]
    if code == "WE":
        return None
    if code == "6M":
        code, n = "M", (n * 6 if n is not None else None)
    return duration(n, code, time=unit in _TIME_UNITS)


def _shift(base: dt.date | None, unit: str, n: int, *, relative: bool = True) -> Resolved | None:
    if base is None:
        return Resolved(value=None, relative=True, description=f"{n:+d} {unit}")
    p = cal.shift(base, unit, n)
    return point(p, relative=relative) if p else None


def _roman(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    prev = 0
    for ch in reversed(text.lower()):
        n = values.get(ch)
        if n is None:
            return None
        total = total - n if n < prev else total + n
        prev = max(prev, n)
    return total or None


def _part_value(ctx: _Context, day: dt.date | None, part: str) -> Resolved | None:
    code = ctx.vocab.get("part")[phrase_key(part)]
    value = f"T{code}"
    if day is None:
        return Resolved(value=None, kind=DateKind.TIME, granularity=Granularity.PART_OF_DAY, relative=True)
    gran = Granularity.TIME if ":" in code else Granularity.PART_OF_DAY
    return Resolved(
        value=f"{day.isoformat()}{value}",
        kind=DateKind.TIME,
        granularity=gran,
        period=Period(first=day, last=day),
        relative=True,
    )


def _day_word(ctx: _Context, word: str) -> dt.date | None:
    offset = int(ctx.vocab.get("day")[phrase_key(word)])
    return ctx.anchor + dt.timedelta(days=offset) if ctx.anchor else None


# --------------------------------------------------------------------------- resolvers

Resolver = Callable[[re.Match[str], _Context], Resolved | None]


def _r_numeric(m: re.Match[str], ctx: _Context) -> Resolved | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    d = _safe(y, int(m["m"]), int(m["d"]))
    return point(cal.day(d)) if d else None


def _r_iso(m: re.Match[str], ctx: _Context) -> Resolved | None:
    d = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
    return point(cal.day(d)) if d else None


def _day_no(ctx: _Context, word: str) -> int:
    w = word.lower()
    ordinals = ctx.vocab.get("ordinal")
    if w in ordinals:
        return int(ordinals[w])
    return int(re.sub(r"\D", "", w))


def _r_full_date(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    month = int(ctx.vocab.get("month")[m["mon"].lower()])
    day = _day_no(ctx, m["d"])
    if g.get("y"):
        d = _safe(int(m["y"]), month, day)
        return point(cal.day(d)) if d else None
    rel = _rel(ctx.vocab, g.get("rel") or g.get("rel2"))
    year = _year_for(ctx, month, day)
    if year is None:
        return Resolved(value=f"XXXX-{month:02d}-{day:02d}", granularity=Granularity.DAY, relative=True)
    a = ctx.anchor
    if rel is not None and a is not None:  # "el pasado 10 de diciembre": from the publication day
        year = a.year
        if rel < 0 and (month, day) > (a.month, a.day):
            year -= 1
        elif rel > 0 and (month, day) < (a.month, a.day):
            year += 1
    d = _safe(year, month, day)
    return point(cal.day(d), relative=True) if d else None


def _r_day_alone(m: re.Match[str], ctx: _Context) -> Resolved | None:
    day = int(m["d"])
    base = ctx.last_day if ctx.narrative and ctx.last_day else ctx.anchor
    if base is None:
        return Resolved(value=f"XXXX-XX-{day:02d}", granularity=Granularity.DAY, relative=True)
    first = base.replace(day=1)
    rel = _rel(ctx.vocab, m.groupdict().get("rel"))
    tense = rel if rel is not None else ctx.tense()
    if tense < 0 and day > base.day:
        first = cal.add_months(first, -1)
    elif tense > 0 and day < base.day:
        first = cal.add_months(first, 1)
    d = _safe(first.year, first.month, day)
    return point(cal.day(d), relative=True) if d else None


def _r_month_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    month = int(ctx.vocab.get("month")[m["mon"].lower()])
    return point(cal.month(int(m["y"]), month))


def _r_month(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    month = int(ctx.vocab.get("month")[m["mon"].lower()])
    rel = _rel(ctx.vocab, g.get("rel") or g.get("rel2"))
    a = ctx.anchor
    if rel is not None and a is not None:
        year = a.year
        if rel < 0 and month >= a.month:
            year -= 1
        elif rel > 0 and month <= a.month:
            year += 1
    else:
        found = _year_for(ctx, month, None)
        if found is None:
            return Resolved(value=f"XXXX-{month:02d}", granularity=Granularity.MONTH, relative=True)
        year = found
    return point(cal.month(year, month), relative=True)


def _r_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    return point(cal.year(int(m["y"])))


def _r_bc(m: re.Match[str], ctx: _Context) -> Resolved | None:
    y = int(m["y"])
    if m["era"].lower().startswith("n"):
        return point(cal.year(y)) if y >= 1 else None
    return Resolved(value=f"BC{y:04d}", granularity=Granularity.YEAR)


def _r_decade(m: re.Match[str], ctx: _Context) -> Resolved | None:
    dec = m["dec"]
    start = int(dec) if len(dec) == 4 else 1900 + int(dec)
    return point(cal.decade(start))


def _r_century(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    n = _roman(g["roman"]) if g.get("roman") else int(g["cn"])
    if not n or n > 21:
        return None
    return point(cal.century(n - 1))


def _r_season(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    code = ctx.vocab.get("season")[m["season"].lower()]
    if g.get("y"):
        return point(cal.season(int(m["y"]), code))
    if ctx.vocab.language == "fr" and m["season"].lower() == "été" and not g.get("det"):
        return None  # "été": the participle ("a été"), not summer
    if not g.get("det") and re.search(r"(?:\sde|d['’])\s*\Z", ctx.lowered[max(0, ctx.start - 4) : ctx.start]):
        return None  # "les Jeux d'hiver", "el Festival de Primavera": a name
    year = ctx.reference_year()
    if year is None:
        return Resolved(value=None, granularity=Granularity.SEASON, relative=True)
    return point(cal.season(year, code), relative=True)


def _r_day_word(m: re.Match[str], ctx: _Context) -> Resolved | None:
    word = m["dw"]
    if ctx.vocab.language == "de" and ctx.text[ctx.start].isupper() and word.lower() == "morgen":
        return None  # "Morgen": the morning, not tomorrow
    if ctx.vocab.language == "de" and ctx.narrative and word.lower() == "heute":
        return Resolved(value="PRESENT_REF", granularity=Granularity.REFERENCE, relative=True)
    d = _day_word(ctx, word)
    if d is None:
        return Resolved(value=None, granularity=Granularity.DAY, relative=True)
    return point(cal.day(d), relative=True)


def _r_part(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """A part of day on a day named with it (a day word, a weekday, "this"), else on the publication day."""
    g = m.groupdict()
    day: dt.date | None = ctx.anchor
    if g.get("dw"):
        day = _day_word(ctx, g["dw"])
    elif g.get("wd"):
        day = _weekday_date(ctx, int(ctx.vocab.get("weekday")[g["wd"].lower()]), None)
    elif g.get("same") and ctx.last_day is not None:
        day = ctx.last_day
    elif g.get("d") and g.get("mon"):
        full = _r_full_date(m, ctx)
        if full is None or full.period is None:
            return None
        day = full.period.first
    elif ctx.narrative and ctx.last_day is not None:
        day = ctx.last_day
    return _part_value(ctx, day, g["part"])


def _r_daypart(m: re.Match[str], ctx: _Context) -> Resolved | None:
    offset, code = ctx.vocab.get("daypart")[phrase_key(m.group())].split()
    if ctx.anchor is None:
        return None
    d = ctx.anchor + dt.timedelta(days=int(offset))
    return Resolved(
        value=f"{d.isoformat()}T{code}", kind=DateKind.TIME, granularity=Granularity.PART_OF_DAY, relative=True
    )


def _r_clock(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    if g.get("hw"):
        n = _num(ctx.vocab, g["hw"])
        if n is None or n != int(n):
            return None
        hour, minute = int(n), 0
        if g.get("part") in ("tarde", "noche") and hour < 12:
            hour += 12
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
    if hour > 24 or minute > 59:
        return None
    day = ctx.anchor
    paragraph = ctx.text.rfind("\n", 0, ctx.start)
    if ctx.last_day is not None and ctx.last_granularity is Granularity.DAY and ctx.last_at > paragraph:
        day = ctx.last_day  # "Dimanche soir ... à 22 h": the day named before, in the same paragraph
    return _time_on(day, f"{hour:02d}:{minute:02d}")


def _r_weekday(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    wd = int(ctx.vocab.get("weekday")[m["wd"].lower()])
    rel = _rel(ctx.vocab, g.get("rel") or g.get("rel2") or g.get("this"))
    # "hoy, jueves": the day word says which
    d = _day_word(ctx, g["dw"]) if g.get("dw") else _weekday_date(ctx, wd, rel)
    if d is None:
        return Resolved(value=f"XXXX-WXX-{wd}", granularity=Granularity.DAY, relative=True)
    return point(cal.day(d), relative=True)


def _r_relative_unit(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "La semana pasada", "l'an prochain", "im vergangenen Jahr"; with a plural, an amount ("los últimos días")."""
    g = m.groupdict()
    unit, plural = _unit_of(ctx.vocab, g.get("unit") or g["unit2"])
    number = g.get("n") or g.get("n0")
    n = _num(ctx.vocab, number) if number else None
    if plural or number:
        return _duration(n, unit)
    word = phrase_key(g.get("rel") or g.get("rel2") or "")
    v = ctx.vocab
    if word in v.get("same") or word in v.get("following"):
        if ctx.last_day is None and word in v.get("same"):
            return None
        base = ctx.last_day or ctx.anchor
        return _shift(base, unit, int(v.get("following").get(word, "0")))
    if word in v.get("preceding") and ctx.last_day is not None:
        return _shift(ctx.last_day, unit, -1)
    rel = _rel(v, word)
    if rel is None:
        rel = -1 if word in v.get("preceding") else None
    if rel is None:
        return None
    return _shift(ctx.anchor, unit, rel)


def _r_ago(m: re.Match[str], ctx: _Context) -> Resolved | None:
    unit, _plural = _unit_of(ctx.vocab, m["unit"])
    n = _num(ctx.vocab, m["n"])
    if n is None or n != int(n):
        return _duration(n, unit)
    if unit in _TIME_UNITS or ctx.anchor is None:
        return _duration(n, unit)
    return _shift(ctx.anchor, unit, -int(n))


def _r_later(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "Zwei Tage später": from the last date named (a point); elsewhere an amount."""
    unit, _plural = _unit_of(ctx.vocab, m["unit"])
    n = _num(ctx.vocab, m["n"])
    sign = int(ctx.vocab.get("later")[phrase_key(m["later"])])
    if ctx.vocab.language != "de" or n is None or n != int(n) or unit in _TIME_UNITS:
        return _duration(n, unit)
    return _shift(ctx.last_day or ctx.anchor, unit, sign * int(n))


def _r_duration(m: re.Match[str], ctx: _Context) -> Resolved | None:
    unit, _plural = _unit_of(ctx.vocab, m["unit"])
    number = m["n"].lower()
    if unit == "second" and number in ("un", "una", "une"):
        return None  # "un segundo contrato", "une seconde fois": an ordinal
    if ctx.vocab.language == "fr" and unit == "year" and number.isdigit() and _is_age(ctx):
        return None  # "un électricien de 37 ans", "Alain Parmentier, 53 ans,": an age
    r = _duration(_num(ctx.vocab, m["n"]), unit)
    approx = m.groupdict().get("approx")
    if r is not None and approx:
        mod = ctx.vocab.get("approx")[phrase_key(approx)]
        r = attrs.evolve(r, mod=mod)
    return r


def _is_age(ctx: _Context) -> bool:
    before = ctx.lowered[max(0, ctx.start - 12) : ctx.start]
    return bool(re.search(r"(?:[\s'’]de|d['’]|,)\s*\Z", before))


def _r_set(m: re.Match[str], ctx: _Context) -> Resolved | None:
    g = m.groupdict()
    if g.get("wd"):
        value = f"XXXX-WXX-{ctx.vocab.get('weekday')[g['wd'].lower()]}"
    elif g.get("unit"):
        unit, _plural = _unit_of(ctx.vocab, g["unit"])
        n = _num(ctx.vocab, g["n"]) if g.get("n") else 1.0
        if n is None or n != int(n) or unit not in _UNIT_CODES or _UNIT_CODES[unit] == "WE":
            return None
        code = _UNIT_CODES[unit]
        if not code[0].isalpha():
            code, n = code[-1], n * int(code[:-1])
        elif code in ("DE", "CE"):
            code, n = "Y", n * (10 if code == "DE" else 100)
        value = f"PT{int(n)}{code}" if unit in _TIME_UNITS else f"P{int(n)}{code}"
    else:
        value = ctx.vocab.get("set")[phrase_key(m.group())]
    return Resolved(value=value, kind=DateKind.SET, granularity=Granularity.SET)


def _r_reference(m: re.Match[str], ctx: _Context) -> Resolved | None:
    value = ctx.vocab.get("reference")[phrase_key(m.group())]
    after = _WORD.match(ctx.lowered, ctx.end + 1) if ctx.lowered[ctx.end : ctx.end + 1] == " " else None
    if value == "FUTURE_REF" and after is not None and after.group() in ctx.vocab.get("of"):
        return None  # "el futuro de las pensiones": its prospects, not a time
    return Resolved(value=value, granularity=Granularity.REFERENCE, relative=True)


# --------------------------------------------------------------------------- the grammar

# Each form: a name, its resolver, and its pattern, shared ("*") or per language. Placeholders:
# {MONTH} {WD} {UNIT} {NUM} {ORD} {DAYW} {PART} {REF} {SET} {EACH} {NEXT} {LAST} {THIS} {SAME}
# {FOLLOW} {AGO} {LATER} {APPROX} {ART} {SEASON} {DAYPART}, and {DAY} {YEAR} (digits).
_REL = "{NEXT}|{LAST}"
GRAMMAR: tuple[tuple[str, Resolver, dict[str, str]], ...] = (
    ("numeric_date", _r_numeric, {"*": r"(?<![\d./])(?P<d>{DAY})[./](?P<m>0?[1-9]|1[0-2])[./](?P<y>\d{4}|\d\d)(?![\d/]|\.\d)"}),
    ("iso_date", _r_iso, {"*": r"(?<!\d)(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"}),
    (
        "full_date",
        _r_full_date,
        {
            "es": r"(?:{ART}\s+)?(?:(?P<rel>" + _REL + r")\s+)?(?:(?P<wd>{WD})\s*,?\s+)?(?:(?:el\s+)?día\s+)?"
            r"(?P<d>{DAY}|{ORD})\s+de\s+(?P<mon>{MONTH})(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?(?:\s+(?P<rel2>" + _REL + "))?",
            "fr": r"(?:{ART}\s+)?(?:(?P<wd>{WD})\s+)?(?P<d>{DAY}(?:er)?|{ORD})\s+(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?"
            r"(?:\s+(?P<rel2>" + _REL + "))?",
            "de": r"(?:(?P<wd>{WD}),?\s+(?:(?:dem|den)\s+)?)?(?P<d>{DAY})\.\s*(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?",
        },
    ),
    ("bc_year", _r_bc, {"*": r"(?:(?:das\s+)?jahre?s?\s+)?(?P<y>\d{1,4})\s+(?P<era>v|n)\.\s*chr\.?"}),
    (
        "month_year",
        _r_month_year,
        {
            "es": r"(?:(?:el\s+)?mes\s+de\s+)?(?P<mon>{MONTH})\s+(?:de|del)\s+(?P<y>{YEAR})",
            "de": r"(?P<mon>{MONTH})\s+(?:des\s+jahres\s+)?(?P<y>{YEAR})",
            "*": r"(?P<mon>{MONTH})\s+(?P<y>{YEAR})",
        },
    ),
    (
        "part_of_date",
        _r_part,
        {"de": r"(?P<part>{PART})\s+des\s+(?P<d>{DAY})\.\s*(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?"},
    ),
    (
        "day_part",
        _r_part,
        {
            "es": r"(?P<dw>{DAYW})\s+(?:(?:por|en|a)\s+la\s+|de\s+)?(?P<part>{PART})",
            "*": r"(?P<dw>{DAYW})\s+(?P<part>{PART})",
        },
    ),
    (
        "weekday_part",
        _r_part,
        {
            "es": r"(?:{ART}\s+)?(?P<wd>{WD})\s+(?:(?:por|en|a)\s+la\s+|de\s+)?(?P<part>{PART})",
            "*": r"(?:(?:{ART}|{THIS})\s+)?(?P<wd>{WD})\s+(?P<part>{PART})",
        },
    ),
    (
        "same_part",
        _r_part,
        {
            "de": r"(?:(?:am|dem)\s+)?(?P<part>{PART})\s+(?P<same>desselben|dieses|jenes)\s+tages",
        },
    ),
    ("this_part", _r_part, {"*": r"(?:{THIS})\s+(?P<part>{PART})"}),
    ("article_part", _r_part, {"*": r"(?:{ART}\s+|{PREP}\s+)(?P<part>{PART})", "de": r"(?P<part>{PART})(?=\s+des\s)"}),
    ("clock_part", _r_part, {"*": r"(?P<part>{PARTCLOCK})"}),
    ("daypart", _r_daypart, {"*": r"{DAYPART}"}),
    (
        "clock",
        _r_clock,
        {
            "fr": r"(?P<h>[01]?\d|2[0-4])\s*h\s*(?P<mi>[0-5]\d)?(?![\w])",
            "es": r"(?:las\s+)?(?P<h>[01]?\d|2[0-4])[.:](?P<mi>[0-5]\d)(?:\s+horas?|\s+gmt)?(?![\d])"
            r"|las\s+(?P<hw>[01]?\d|2[0-4]|{NUM})(?:\s+horas?)?\s+de\s+la\s+(?P<part>mañana|tarde|noche)",
            "de": r"(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?\s*uhr(?![\w])",
        },
    ),
    ("reference", _r_reference, {"*": r"{REF}"}),
    (
        "ago",
        _r_ago,
        {
            "*": r"{AGO}\s+(?:(?:{APPROX})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})",
        },
    ),
    ("later", _r_later, {"*": r"(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+(?P<later>{LATER})"}),
    (
        "relative_unit",
        _r_relative_unit,
        {
            "*": r"(?:{ART}\s+|{PREP}\s+)?(?:(?P<n0>{NUM})\s+)?(?P<rel>{NEXT}|{LAST}|{THIS}|{SAME}|{FOLLOW}|{PRECEDING})"
            r"\s+(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT})"
            r"|(?:{ART}\s+)?(?P<unit2>{UNIT})\s+(?P<rel2>{NEXT}|{LAST}|{FOLLOW}|{PRECEDING})",
        },
    ),
    ("set_each", _r_set, {"*": r"{EACH}\s+(?:(?P<wd>{WDX})s?(?![\w])|(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT}))"}),
    ("set_word", _r_set, {"*": r"{SET}"}),
    (
        "duration",
        _r_duration,
        {
            "es": r"(?:(?P<approx>{APPROX})\s+|{ART}\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})(?:\s+más)?",
            "*": r"(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})",
        },
    ),
    (
        "decade",
        _r_decade,
        {
            "es": r"(?:(?:la\s+)?década\s+de\s+)?(?:los\s+)?años\s+(?P<dec>\d0|1\d\d0|20\d0)(?![\d])",
            "fr": r"(?:les\s+)?années\s+(?P<dec>\d0|1\d\d0|20\d0)(?![\d])",
            "de": r"(?P<dec>1\d\d0|20\d0)er(?:\s+jahren?)?",
        },
    ),
    (
        "century",
        _r_century,
        {
            "es": r"(?:{ART}\s+)?siglo\s+(?P<roman>[xvi]+)(?![\w])",
            "fr": r"(?:{ART}\s+)?(?P<roman>[xvi]+)e\s+siècle",
            "de": r"(?P<cn>\d{1,2})\.\s+jahrhunderts?",
        },
    ),
    ("season", _r_season, {"*": r"(?:(?P<det>{ART}|{THIS})\s+)?(?P<season>{SEASON})(?:\s+(?:de\s+|del\s+)?(?P<y>{YEAR}))?"}),
    ("day_alone", _r_day_alone, {"es": r"(?:{ART}\s+)?(?:(?P<rel>{LAST}|{NEXT})\s+)?día\s+(?P<d>{DAY})(?![\d])"}),
    (
        "weekday",
        _r_weekday,
        {
            "*": r"(?:(?P<dw>{DAYW})\s*,?\s+)?(?:(?:{ART})\s+|(?P<this>{THIS})\s+)?(?:(?P<rel>" + _REL + r")\s+)?(?P<wd>{WD})"
            r"(?:\s+(?P<rel2>" + _REL + "))?",
        },
    ),
    (
        "month",
        _r_month,
        {
            "es": r"(?:{ART}\s+)?(?:(?P<rel>" + _REL + r")\s+)?(?:mes\s+de\s+)?(?P<mon>{MONTH})(?:\s+(?P<rel2>" + _REL + "))?",
            "*": r"(?:(?P<rel>" + _REL + r")\s+)?(?P<mon>{MONTH})(?:\s+(?P<rel2>" + _REL + "))?",
        },
    ),
    (
        "year",
        _r_year,
        {
            "es": r"(?:(?:el|del)\s+(?:año\s+)?|año\s+)?(?P<y>{YEAR})",
            "de": r"(?:jahre?s?\s+)?(?P<y>{YEAR})",
            "*": r"(?P<y>{YEAR})",
        },
    ),
    ("day_word", _r_day_word, {"*": r"(?P<dw>{DAYW})"}),
)


def _placeholders(v: Vocabulary) -> dict[str, str]:
    words = [w for w, n in v.get("number").items() if n != "X"]
    vague = [w for w, n in v.get("number").items() if n == "X"]
    word_alt = Vocabulary(v.language, {"n": dict.fromkeys(words, "")}).alternation("n")
    vague_alt = Vocabulary(v.language, {"n": dict.fromkeys(vague, "")}).alternation("n")
    joiner = {"es": "y", "fr": "et", "de": "und"}[v.language]
    return {
        "MONTH": v.alternation("month"),
        "WD": v.alternation("weekday"),
        "UNIT": v.alternation("unit", "units"),
        "NUM": rf"(?:\d+(?:[.,]\d+)?(?![\d])|{word_alt}(?:(?:\s+{joiner}\s+|-){word_alt})*|{vague_alt})",
        "ORD": v.alternation("ordinal"),
        "DAYW": v.alternation("day"),
        "PART": v.alternation("part"),
        "REF": v.alternation("reference"),
        "SET": v.alternation("set"),
        "EACH": v.alternation("each"),
        "NEXT": v.alternation("next"),
        "LAST": v.alternation("last"),
        "THIS": v.alternation("this"),
        "SAME": v.alternation("same"),
        "FOLLOW": v.alternation("following"),
        "AGO": v.alternation("ago"),
        "LATER": v.alternation("later"),
        "APPROX": v.alternation("approx"),
        "ART": v.alternation("article"),
        "SEASON": v.alternation("season"),
        "DAYPART": v.alternation("daypart"),
        "PREP": v.alternation("prep"),
        "PRECEDING": v.alternation("preceding"),
        "WDX": v.alternation("weekday", bounded=False),
        "PARTCLOCK": Vocabulary(v.language, {"p": {f: c for f, c in v.get("part").items() if ":" in c}}).alternation("p"),
        "DAY": _DAY,
        "YEAR": _YEAR,
    }


@functools.cache
def _compiled(language: str) -> tuple[tuple[str, Resolver, re.Pattern[str]], ...]:
    table = _placeholders(vocabulary(language))
    out = []
    for name, resolver, patterns in GRAMMAR:
        pattern = patterns.get(language, patterns.get("*"))
        if pattern is None:
            continue
        pattern = pattern.replace(r"{ART}\s+", r"{ART}\s*")  # "l'an": no space after an elided article
        filled = re.sub(r"\{([A-Z]+)\}", lambda m: table[m[1]], pattern)
        out.append((name, resolver, re.compile(r"(?<![\w])(?:" + filled + r")(?![\w])")))
    return tuple(out)


# --------------------------------------------------------------------------- tagging

_EDGE_BEFORE = r"(?P<edge>{EDGE})\s+(?:(?:de|del|des|du|de\s+la)\s+)?\Z"


@functools.cache
def _edge_pattern(language: str) -> re.Pattern[str]:
    v = vocabulary(language)
    return re.compile(r"(?<![\w])" + _EDGE_BEFORE.replace("{EDGE}", v.alternation("edge")))


@functools.cache
def _approx_pattern(language: str) -> re.Pattern[str]:
    v = vocabulary(language)
    return re.compile(r"(?<![\w])(?P<approx>" + v.alternation("approx") + r")\s+\Z")


def _is_narrative(lowered: str, anchor: dt.date | None, v: Vocabulary) -> bool:
    """True when the text's years lie mostly far from its publication year (a history, not news).

    A text that says "yesterday" is news, whatever years it recalls.
    """
    yesterday = [w for w, n in v.get("day").items() if n == "-1"]
    if yesterday and re.search(r"(?<![\w])(?:" + "|".join(map(re.escape, yesterday)) + r")(?![\w])", lowered):
        return False
    years = [int(y) for y in re.findall(r"(?<![\d.,])(?:1[0-9]|20)\d\d(?![\d])", lowered[:20000])]
    if anchor is None:
        return bool(years)
    if len(years) < 3:
        return False
    near = sum(1 for y in years if abs(y - anchor.year) <= 2)
    return near < 0.3 * len(years)


def tag(text: str, anchor: dt.date | None, language: str, *, extractor: str = "dates") -> list[DateMention]:
    """Every temporal expression of ``text`` in ``language`` (``es``, ``fr``, ``de``), resolved against ``anchor``."""
    if language not in LANGUAGES:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    candidates: list[tuple[int, int, int, str, Resolver, re.Match[str]]] = []
    for order, (name, resolver, pattern) in enumerate(_compiled(language)):
        for m in pattern.finditer(lowered):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, name, resolver, m))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, int, str, Resolver, re.Match[str]]] = []
    used = bytearray(len(text) + 1)
    for cand in candidates:
        s, e = cand[0], cand[1]
        if any(used[s:e]):
            continue
        used[s:e] = b"\x01" * (e - s)
        taken.append(cand)
    taken.sort(key=lambda c: c[0])
    ctx = _Context(
        text=text, lowered=lowered, anchor=anchor, vocab=vocabulary(language), narrative=_is_narrative(lowered, anchor, vocabulary(language))
    )
    found: list[DateMention] = []
    for s, e, _order, _name, resolver, m in taken:
        ctx.start, ctx.end = s, e
        try:
            r = resolver(m, ctx)
        except (ValueError, OverflowError, KeyError):
            r = None
        if r is None or (r.value is None and r.description is None):
            continue
        s = _extend(ctx, s, r)
        found.append(mention(text, s, e, r, anchor, extractor))
        first = _range_first(ctx, s, r)
        if first is not None and (len(found) < 2 or found[-2].end <= first.start):
            found.insert(len(found) - 1, first)
        aside = s > 0 and text[s - 1] == "(" and e < len(text) and text[e] in ")/"  # "(1908)": an aside
        if r.period is not None and r.value and r.value[:1].isdigit() and not aside:
            ctx.last_day = r.period.first
            ctx.last_granularity = r.granularity
            ctx.last_at = s
    return found


_RANGE_BEFORE = re.compile(
    r"(?<![\d.,:/])(?P<d>[12]\d|3[01]|0?[1-9])(?:\.|er|º)?\s*(?:-|–|/|bis(?:\s+zum)?|und|y|al|a|et|au)\s*(?:el\s+|le\s+)?\Z"
)


def _range_first(ctx: _Context, start: int, r: Resolved) -> DateMention | None:
    """The first day of "vom 6. bis 15. September", "del 7 al 11 de septiembre", "les 5 et 6 juin"."""
    if r.granularity is not Granularity.DAY or r.period is None or r.kind is not DateKind.DATE:
        return None
    m = _RANGE_BEFORE.search(ctx.lowered, max(0, start - 16), start)
    if m is None:
        return None
    last = r.period.first
    day = int(m["d"])
    if day >= last.day:
        return None
    d = last.replace(day=day)
    return DateMention(
        text=ctx.text[m.start("d") : m.end("d")],
        start=m.start("d"),
        end=m.end("d"),
        extractor="dates",
        value=d.isoformat(),
        kind=DateKind.DATE,
        granularity=Granularity.DAY,
        period=Period(first=d, last=d),
        relative=r.relative,
        anchor=ctx.anchor if r.relative else None,
    )


def _extend(ctx: _Context, start: int, r: Resolved) -> int:
    """Join an edge word ("Anfang", "fin", "finales de") before a point, or "about" before an amount."""
    floor = max(0, start - 24)
    if r.kind is DateKind.DATE and r.period is not None:
        m = _edge_pattern(ctx.vocab.language).search(ctx.lowered, floor, start)
        if m is not None:
            return m.start()
    return start


def languages() -> Iterable[str]:
    """The languages :func:`tag` reads."""
    return LANGUAGES
