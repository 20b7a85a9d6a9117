"""The rule table: one named rule per expression form, a regex and a resolver.

A rule's pattern is a regex with placeholders (``<MONTH>``, ``<NUM>``, ``<UNIT>``...) filled from
the word tables in ``newskit/data/dates/``. Its resolver turns the match into a
:class:`~newskit.extractors.dates.resolve.Resolved` (or None to reject it). At each candidate start the tagger
tries, in table order, the rules whose pattern can begin with the words there (read off the pattern
by :mod:`newskit.extractors.dates.heads`); the first that matches and resolves wins: put longer forms first.

To add a form: add a :class:`Rule` to :data:`RULES` (and a case to ``tests/test_dates_table.py``).
The tagger only looks where a trigger word occurs (a month, weekday, unit, number...): a form
whose words are all new needs one of them in ``extra_triggers`` (``data/dates/cues.tsv``), and a
word it may start with in ``extra_starters``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable

import attrs

from ...models import DateKind, Granularity, Period
from . import calendar as cal
from .context import Tense
from .lexicon import alternation, cues, lexicon, number_value
from .resolve import Context, Resolved, duration, point, relative_point

__all__ = ["RULES", "DayRange", "Rule", "compiled_rules", "macros"]

Resolver = Callable[[re.Match[str], Context], Resolved | None]


class DayRange(str, enum.Enum):
    """Where a rule's day may be one end of a range of days in the same month."""

    NONE = "none"
    BEFORE = "before"  # "16-28 November": the first day is written before the match
    AFTER = "after"  # "March 1-3": the second day is written after it


@attrs.frozen
class Rule:
    """One expression form: ``name``, ``pattern`` (with placeholders) and ``resolve``.

    ``day_range`` says where the other end of a range of days may be written; ``adjective`` that a
    determiner before an adjectival form is left out of the span ("the third-quarter loss").
    """

    name: str
    pattern: str
    resolve: Resolver
    day_range: DayRange = DayRange.NONE
    adjective: bool = False


_TZ = r"(?:[ECMP][SD]T|GMT|UTC)\b"
_ORD_SUFFIX = r"(?:st|nd|rd|th)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?<![\d,.$£€#])(?:1[0-9]|20)\d\d(?!\w|,\d|\.\d|\s*(?:GMT|UTC|BST|[ECMP][SD]T)\b)"  # not "2000 GMT"
_SP = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"  # spaces, with one line break at most (not across paragraphs)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|hundred|ten|eleven|twelve|thirteen"
    rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_ONES}|ten))?)"
)
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_AMOUNT_WORDS = r"(?:more|additional|full|straight|consecutive|trading|business|working|calendar)"
_PLURAL_UNITS = "years|months|weeks|days|decades|centuries|hours|minutes"


@functools.cache
def macros() -> dict[str, str]:
    """The placeholders rule patterns use, built from the word tables."""
    lex = lexicon()
    month_forms = [f for f, _ in _forms("months.tsv")]
    weekday_forms = [f for f, _ in _forms("weekdays.tsv")]
    number_words = [
        w for w, v in lex.numbers.items() if v != "X" and w not in ("a", "an", "couple", "a couple of", "couple of")
    ]
    vague = [w for w, v in lex.numbers.items() if v == "X" and w != "some"] + ["a couple of", "couple of", "a couple"]
    units = sorted(set(lex.units))
    singular = sorted(set(lex.units.values()))
    num_word = alternation(number_words)
    return {
        "<MONTH>": alternation(month_forms, caps=True),
        "<WD>": alternation(weekday_forms, caps=True),
        "<WDS>": "(?:" + "|".join(w for w in weekday_forms if not w.endswith(".")) + ")",
        "<DAY>": rf"(?:{_DAY}{_ORD_SUFFIX}?(?!\w|:\d)|(?i:{alternation(lex.ordinals)}))",
        "<YEAR>": _YEAR,
        "<SP>": _SP,
        "<RELYEAR>": r",?\s+(?P<ry>(?i:next|last|this)\s+year)(?![\w'’-])",
        "<YEARWORDS>": f"(?i:{_YEAR_WORDS})",
        "<NUM>": (
            rf"(?:(?<![\d,.])\d+(?:\.\d+)?(?:\s+1/2)?(?![\d,])|(?i:(?:an?\s+(?=hundred|thousand|dozen))?{num_word}(?:[\s-]+(?:and\s+)?{num_word})*"
            r"(?:\s+and\s+a\s+half)?|an?))"
        ),
        "<VAGUE>": f"(?i:{alternation(vague)})",
        "<UNIT>": f"(?i:{alternation(units)})",
        "<UNIT1>": f"(?i:{alternation(singular)})",
        "<SEASON>": f"(?i:{alternation(lex.seasons)})",
        "<PART>": f"(?i:{alternation(lex.parts_of_day)})",
        "<HOLIDAY>": alternation(lex.holiday_names, caps=True),
        "<REF>": f"(?i:{alternation(lex.references)})",
        "<SETW>": f"(?i:{alternation(lex.sets)})",
        "<ORDW>": f"(?i:{alternation(lex.ordinals)})",
        "<TZ>": _TZ,
        "<AMOUNTW>": _AMOUNT_WORDS,
        "<CLOCK>": (
            r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?![A-Za-z])"
            rf"|(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)(?=\s*{_TZ})"
            r"|(?P<noon>noon|midnight|midday|NOON|MIDNIGHT|MIDDAY))"
        ),
    }


def _forms(name: str) -> list[tuple[str, str]]:
    from ...resources import read_table

    return [(row[0], row[1]) for row in read_table(f"dates/{name}")]


# --------------------------------------------------------------------------- helpers


def _month_no(word: str) -> int:
    return lexicon().months[word.lower()]


def _weekday_no(word: str) -> int:
    return lexicon().weekdays[word.lower()]


def _day_no(word: str) -> int:
    w = word.lower()
    ordinals = lexicon().ordinals
    if w in ordinals:
        return ordinals[w]
    return int(re.sub(r"\D", "", w))


def _year_of(text: str) -> int | None:
    t = text.strip().lower()
    if t.startswith("'"):
        n = int(t[1:])
        return 1900 + n if n >= 30 else 2000 + n
    if t.isdigit():
        return int(t)
    return _year_words(t)


def _year_words(text: str) -> int | None:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "the", "year")]
    if not words:
        return None
    if words[0] == "two" and len(words) > 1 and words[1] == "thousand":
        rest = number_value(" ".join(words[2:])) if len(words) > 2 else 0.0
        return 2000 + int(rest or 0)
    head = number_value(words[0])
    if head is None:
        return None
    if len(words) == 1:
        return None
    if words[1] == "hundred":
        return int(head) * 100
    tail = number_value(" ".join(words[1:]))
    return int(head) * 100 + int(tail) if tail is not None else None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(ctx: Context, m: int, d: int | None, weekday: int | None = None) -> int:
    """The year of a month (and day) given without one.

    A named weekday picks the year it fits. Otherwise the tense decides, with slack: a past
    clause may still name a day a few weeks ahead ("declared a dividend payable Dec. 1"); with
    no tense, or a deadline word ("by Jan. 14"), the nearest such date wins.
    """
    a = ctx.anchor
    assert a is not None
    if weekday is not None and d is not None:
        for y in (a.year, a.year - 1, a.year + 1):
            day = _safe_date(y, m, d)
            if day is not None and day.isoweekday() == weekday and abs((day - a).days) < 300:
                return y
    here = _safe_date(a.year, m, d or 1) or dt.date(a.year, m, 1)
    ahead = (m - a.month) * 31 if d is None else (here - a).days
    tense = Tense.FUTURE if ctx.word_before() in cues("deadline_cues") else ctx.tense()
    slack = 62 if d is not None else 31
    if tense is Tense.PAST:
        return a.year - 1 if ahead > slack else a.year
    if tense is Tense.FUTURE:
        return a.year + 1 if ahead < -62 else a.year
    # no tense: news mostly reports the past, so a date up to four months ahead stays in the year
    return a.year - 1 if ahead > 124 else a.year


def _weekday_date(ctx: Context, wd: int, rel: str | None) -> dt.date:
    a = ctx.anchor
    assert a is not None
    back = (a.isoweekday() - wd) % 7  # days since the latest such weekday (0 = today)
    fwd = (wd - a.isoweekday()) % 7
    rel = (rel or "").lower()
    if rel in ("last", "past", "this past", "previous", "the previous"):
        return a - dt.timedelta(days=back or 7)
    if rel in ("next", "the next", "the following"):
        return a + dt.timedelta(days=fwd or 7)
    if rel in ("this coming", "coming"):
        return a + dt.timedelta(days=fwd)
    tense = ctx.tense()
    if tense is Tense.FUTURE:
        return a + dt.timedelta(days=fwd)
    if tense is None and fwd == 1:  # no verb to go by: the next day is nearer than last week's
        return a + dt.timedelta(days=1)
    return a - dt.timedelta(days=back)


def _unanchored(desc: str, *, value: str | None = None, gran: Granularity | None = None) -> Resolved:
    return Resolved(value=value, granularity=gran, relative=True, description=desc)


def _clock(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("noon"):
        word = g["noon"].lower()
        return "24:00" if word == "midnight" else "12:00"
    if g.get("hour2"):
        return f"{int(g['hour2']):02d}:{g['minute2']}"
    hour = int(g["hour"])
    minute = g.get("minute") or "00"
    ampm = (g.get("ampm") or "").lower()
    if hour > 12 or hour == 0:
        return None
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}"


def _time_on(day: dt.date | None, hhmm: str, desc: str) -> Resolved:
    if day is None:
        return Resolved(value=f"XXXX-XX-XXT{hhmm}", kind=DateKind.TIME, granularity=Granularity.TIME, description=desc)
    return Resolved(
        value=f"{day.isoformat()}T{hhmm}",
        kind=DateKind.TIME,
        granularity=Granularity.TIME,
        period=Period(first=day, last=day),
        relative=True,
    )


def _part_on(day: dt.date | None, code: str, desc: str) -> Resolved:
    if day is None:
        return Resolved(
            value=None, kind=DateKind.TIME, granularity=Granularity.PART_OF_DAY, relative=True, description=desc
        )
    return Resolved(
        value=f"{day.isoformat()}T{code}",
        kind=DateKind.TIME,
        granularity=Granularity.PART_OF_DAY,
        period=Period(first=day, last=day),
        relative=True,
        description=desc,
    )


def _month_day(ctx: Context, month: int, day: int, year: int | None, weekday: int | None = None) -> Resolved | None:
    if year is not None:
        d = _safe_date(year, month, day)
        return point(cal.day(d)) if d else None
    if ctx.anchor is None:
        return _unanchored("month and day without a year", value=f"XXXX-{month:02d}-{day:02d}", gran=Granularity.DAY)
    d = _safe_date(_year_for(ctx, month, day, weekday), month, day)
    return point(cal.day(d), relative=True) if d else None


# --------------------------------------------------------------------------- resolvers


def _r_clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    hhmm = _clock(m)
    if hhmm is None:
        return None
    g = m.groupdict()
    day: dt.date | None = ctx.anchor
    month, day_word = g.get("month") or g.get("month2"), g.get("day") or g.get("day2")
    if month and day_word:
        weekday = _weekday_no(g["wd"]) if g.get("wd") else None
        r = _month_day(ctx, _month_no(month), _day_no(day_word), None, weekday)
        if r is None or r.period is None:
            return _time_on(None, hhmm, "time on a day without a year")
        day = r.period.first
    elif g.get("wd"):
        day = _weekday_date(ctx, _weekday_no(g["wd"]), None) if ctx.anchor else None
    return _time_on(day, hhmm, "time of day")


def _r_clock_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    hour = int(m["hour"])
    if not 1 <= hour <= 12:
        return None
    part = m["part"].lower()
    if part != "morning" and hour != 12:
        hour += 12
    return _time_on(ctx.anchor, f"{hour:02d}:00", "time of day")


def _r_date_full(m: re.Match[str], ctx: Context) -> Resolved | None:
    month, day = _month_no(m["month"]), _day_no(m["day"])
    if rel_year := m.groupdict().get("ry"):  # "May 13 next year"
        if ctx.anchor is None:
            return _unanchored(f"{rel_year.lower()}, month {month}, day {day}", gran=Granularity.DAY)
        d = _safe_date(ctx.anchor.year + _REL_YEAR[rel_year.split()[0].lower()], month, day)
        return point(cal.day(d), relative=True) if d else None
    year = _year_of(m["year"]) if m["year"] else None
    weekday = _weekday_no(m["wd"]) if m.groupdict().get("wd") else None
    return _month_day(ctx, month, day, year, weekday)


def _r_nth_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The first Sunday of May", "the last Monday in May": that day of the month."""
    nth = m["nth"].lower()
    n, wd, month = -1 if nth == "last" else _QUARTER_ORD[nth], _weekday_no(m["wd"]), _month_no(m["month"])
    if m["year"]:
        return point(cal.day(cal.nth_weekday(int(m["year"]), month, wd, n)))
    if ctx.anchor is None:
        return _unanchored(f"weekday {wd} number {n} of month {month}", gran=Granularity.DAY)
    return point(cal.day(cal.nth_weekday(_year_for(ctx, month, None), month, wd, n)), relative=True)


def _r_day_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The 23rd": a day of the anchor's month (or the one before, in a past clause)."""
    after = ctx.char_after()
    if not (after in ".,;:)!?\n" or ctx.word_after().lower() in cues("day_alone_next")):
        return None  # "the 23rd floor", "the 2nd Division"
    day = int(m["day"])
    if ctx.anchor is None:
        return _unanchored("day of the month", value=f"XXXX-XX-{day:02d}", gran=Granularity.DAY)
    a = ctx.anchor
    first = a.replace(day=1)
    tense = ctx.tense()
    if tense is Tense.PAST and day > a.day:
        first = cal.add_months(first, -1)
    elif tense is Tense.FUTURE and day < a.day:
        first = cal.add_months(first, 1)
    d = _safe_date(first.year, first.month, day)
    return point(cal.day(d), relative=True) if d else None


def _r_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if d is None:
        return None
    if m["hour"]:
        return Resolved(
            value=f"{d.isoformat()}T{m['hour']}:{m['minute']}",
            kind=DateKind.TIME,
            granularity=Granularity.TIME,
            period=Period(first=d, last=d),
        )
    return point(cal.day(d))


def _r_slash(m: re.Match[str], ctx: Context) -> Resolved | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["year"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless the first cannot be a month
    d = _safe_date(y, month, day)
    return point(cal.day(d)) if d else None


def _r_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = _month_no(m["month"])
    if m["rel"]:
        if ctx.anchor is None:
            return _unanchored(
                f"{m['rel'].lower()} year, month {month}", value=f"XXXX-{month:02d}", gran=Granularity.MONTH
            )
        offset = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        return point(cal.month(ctx.anchor.year + offset, month), relative=True)
    year = _year_of(m["year"] or m["yw"] or "")
    return point(cal.month(year, month)) if year else None


def _r_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["month"]
    month = _month_no(word)
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if (
        not rel
        and word in ("May", "MAY", "March", "MARCH")
        and ctx.word_before() not in cues("month_cues")
        and ctx.text[max(0, ctx.start - 4) : ctx.start].lower() != "mid-"
    ):
        return None  # "May" the name, "march" the verb; not "mid-May"
    if not word.endswith(".") and len(word) <= 4 and word.lower() not in ("may", "june", "july"):
        return None
    if rel.startswith("the "):  # "the following January": after the last date the text named, else the anchor
        return _month_after(ctx, month, forward=rel in ("the following", "the next"))
    if ctx.anchor is None:
        return _unanchored(f"{rel or 'month'} {word}", value=f"XXXX-{month:02d}", gran=Granularity.MONTH)
    a = ctx.anchor
    if rel in ("last", "past", "this past"):
        y = a.year if month < a.month else a.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = a.year if month > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y = _year_for(ctx, month, None)
    return point(cal.month(y, month), relative=True)


def _month_after(ctx: Context, month: int, *, forward: bool) -> Resolved:
    """The first such month after (or the last before) the last date of the text, else the anchor."""
    base = ctx.last_day or ctx.anchor
    desc = f"{'following' if forward else 'previous'} month {month}"
    if base is None:
        return _unanchored(desc, value=f"XXXX-{month:02d}", gran=Granularity.MONTH)
    if ctx.last_day is not None:
        desc += ", after a date in the text"
    if forward:
        y = base.year if month > base.month else base.year + 1
    else:
        y = base.year if month < base.month else base.year - 1
    return attrs.evolve(point(cal.month(y, month), relative=True), description=desc)


def _r_weekday_md(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _r_date_full(m, ctx)


_NAME_THE = re.compile(r"\b[a-z]+[^\S\n]+The[^\S\n]+\Z")  # "and The ...": a name's article after a lower-case word


def _is_name_part(ctx: Context) -> bool:
    """Whether a capitalised word follows mid-sentence: "the Sunday Times", "the Daily Star"."""
    after = ctx.word_after()
    if not after[:1].isupper() or (after.isupper() and len(after) > 1):
        return False
    before = ctx.word_before()
    if not before:
        return False  # sentence start
    if ctx.text[ctx.start - len(before) - 1 : ctx.start].lstrip()[:1].isupper() and not _NAME_THE.search(
        ctx.text, max(0, ctx.start - 40), ctx.start
    ):
        return False  # Title Case ("Talks Resume On Tuesday In Geneva"), not a name's "The" ("and The Sunday Times")
    low = after.lower().rstrip(".")
    lex = lexicon()
    return low not in lex.months and f"{low}." not in lex.months and low not in lex.weekdays


def _r_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    wd = _weekday_no(m["wd"])
    rel = m["rel"]
    if not rel and _is_name_part(ctx):
        return None  # "the Sunday Telegraph"
    if ctx.anchor is None:
        return _unanchored(f"{(rel or '').lower()} weekday {wd}".strip(), value=f"XXXX-WXX-{wd}", gran=Granularity.DAY)
    return point(cal.day(_weekday_date(ctx, wd, rel)), relative=True)


def _r_weekday_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = lexicon().parts_of_day[m["part"].lower()]
    wd = _weekday_no(m["wd"])
    if ctx.anchor is None:
        return _part_on(None, code, f"weekday {wd}, part of day {code}")
    # TempEval annotators mostly give the day alone ("Wednesday night": 2000-01-05); the part is described
    day = _weekday_date(ctx, wd, m["rel"])
    return attrs.evolve(point(cal.day(day), relative=True), description=f"part of day {code}")


_REL_DAY = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def _r_day_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    rd = m["rd"].lower()
    part = m["part"].lower()
    code = lexicon().parts_of_day[part]
    if rd == "last" and part not in ("night", "evening"):
        return None
    offset = _REL_DAY[rd]
    day = ctx.anchor + dt.timedelta(days=offset) if ctx.anchor else None
    return _part_on(day, code, f"{offset:+d} day, part of day {code}")


def _r_rel_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = re.sub(r"\s+", " ", m.group().lower())
    if word == "today" and ctx.text.startswith(("'s", "’s"), ctx.end):
        noun = re.match(r"['’]s\s+(\w+)", ctx.text[ctx.end : ctx.end + 30])
        if noun and noun.group(1).lower() in cues("generic_after_today"):
            return None  # "today's youth": the present in general, not the day
    offsets = {"the day before yesterday": -2, "the day after tomorrow": 2}
    offset = offsets.get(word, _REL_DAY.get(word, 0))
    if word == "tonight":
        day = ctx.anchor
        return _part_on(day, "NI", "tonight")
    return relative_point(ctx, "day", offset)


def _r_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    rule = lexicon().holidays[re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")]
    rel = (m["rel"] or "").lower()
    if ctx.word_before() == "father":
        return None  # Father Christmas
    if m["year"]:
        d = _holiday(rule, int(m["year"]))
        return point(cal.day(d)) if d else None
    if ctx.anchor is None:
        return _unanchored(f"{rel} holiday".strip())
    a = ctx.anchor
    this = _holiday(rule, a.year)
    if this is None:
        return None
    tense = ctx.tense()
    if rel == "last" or (not rel and tense is Tense.PAST):
        d = this if this < a or (not rel and this == a) else _holiday(rule, a.year - 1)
    elif rel == "next" or (not rel and tense is Tense.FUTURE):
        d = this if this > a or (not rel and this == a) else _holiday(rule, a.year + 1)
    else:
        d = this
    return point(cal.day(d), relative=True) if d else None


def _holiday(rule: str, y: int) -> dt.date | None:
    if rule == "election":
        return cal.nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    if rule.startswith("easter:"):
        return cal.easter(y) + dt.timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth:"):
        _, mo, wd, n = rule.split(":")
        return cal.nth_weekday(y, int(mo), int(wd), int(n))
    mo, d = rule.split("-")
    return _safe_date(y, int(mo), int(d))


def _r_season_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = lexicon().seasons[m["season"].lower()]
    year = _year_of(m["year"] or m["yw"] or "")
    if year is None:
        return None
    return point(cal.season(year, code))


def _r_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["season"].lower()
    code = lexicon().seasons[word]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if (
        word in ("fall", "spring")
        and rel in ("", "the")
        and ctx.word_before()
        not in ("in", "during", "until", "since", "by", "this", "last", "next", "early", "late", "the", "over")
    ):
        return None
    if rel == "" and word in ("fall", "spring") and ctx.word_before() == "the":
        return None
    if ctx.anchor is None:
        return _unanchored(f"{rel} {word}".strip(), value=f"XXXX-{code}", gran=Granularity.SEASON)
    a = ctx.anchor
    cur_y, cur_code = cal.season_of(a)
    cur_first = cal.season(cur_y, cur_code)[2].first
    this = cal.season(a.year if not (code == "WI" and a.month <= 2) else a.year - 1, code)
    first = this[2].first
    if rel == "last":  # TimeML habit: "last spring" is the previous year's
        return point(cal.season(a.year - 1, code), relative=True)
    if rel in ("past", "this past"):
        y = int(this[0][:4])
        while cal.season(y, code)[2].first >= cur_first:
            y -= 1
        return point(cal.season(y, code), relative=True)
    if rel in ("next", "coming", "this coming"):
        y = int(this[0][:4])
        while cal.season(y, code)[2].first <= cur_first:
            y += 1
        return point(cal.season(y, code), relative=True)
    tense = ctx.tense()
    y = int(this[0][:4])
    if rel != "this":
        if tense is Tense.PAST and first > a:
            y -= 1
        elif tense is Tense.FUTURE and this[2].last < a:
            y += 1
    return point(cal.season(y, code), relative=True)


_ENDED = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<month>"
    + "|".join(("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"))
    + r")[a-z]*\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?"
)
_REL_YEAR = {"this": 0, "the": 0, "last": -1, "next": 1}


def _rel_year(ctx: Context, rel: str) -> int:
    """The year of "this/last/next year", or of "the year": the one named earlier in the sentence, else this one.

    ("Prices rose in 2004, but only 2.8% in the second half of the year": 2004-H2.)
    """
    assert ctx.anchor is not None
    rel = rel.lower()
    if (
        rel == "the"
        and ctx.last_day is not None
        and ctx.last_granularity is Granularity.YEAR
        and ctx.last_at >= ctx.sentence_of(ctx.start)[0]
    ):
        return ctx.last_day.year
    return ctx.anchor.year + _REL_YEAR[rel]


_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _r_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    ordw = (m["ord"] or "").lower()
    noun = m["q"].lower()
    year_word = m["y1"] or m["y2"] or m["y3"]
    fiscal = bool(m["fiscal1"] or m["fiscal2"])
    if noun == "half":
        if ordw not in ("first", "second", "last", "1st", "2nd"):
            return None
        if not (year_word or m["rel2"] or fiscal or ctx.has_quarter):
            return None  # "the second half" of a match
        h = 1 if ordw in ("first", "1st") else 2
        if year_word:
            return point(cal.half(int(year_word), h))
        if ctx.anchor is None:
            return _unanchored(f"half {h}", value=f"XXXX-H{h}", gran=Granularity.HALF)
        y = _rel_year(ctx, m["rel2"]) if m["rel2"] else ctx.anchor.year
        return point(cal.half(y, h), relative=True)
    if noun == "period" and not (year_word or ordw in ("latest", "year-ago", "year-earlier", "same") or "year" in det):
        return None
    if noun == "period" and not ctx.has_quarter:
        return None
    if not (det or ordw or year_word or fiscal):
        return None
    year_ago = (
        "year-ago" in det or "year-earlier" in det or ordw in ("year-ago", "year-earlier") or det == "last year's"
    )
    q = _QUARTER_ORD.get(ordw)
    ended = None
    if noun in ("quarter", "period") and not year_ago and ctx.quarter_ref is None:
        ended = _ENDED.match(ctx.text, ctx.end)
    if ended is not None:  # "the quarter ended Sept. 30": the (fiscal) quarter that mostly lies in the months before
        end_month = _month_no(ended["month"])
        end_year = int(ended["year"]) if ended["year"] else (ctx.anchor.year if ctx.anchor else None)
        if end_year is not None:
            if (
                ctx.anchor is not None
                and not ended["year"]
                and (end_month, int(ended["day"])) > (ctx.anchor.month, ctx.anchor.day)
            ):
                end_year -= 1
            mid = cal.add_months(dt.date(end_year, end_month, 1), -1)
            return point(cal.quarter(mid.year, q or (mid.month - 1) // 3 + 1), relative=not ended["year"])
    if year_word:
        y = int(year_word)
        if q is None:
            q = ctx.quarter_ref[1] if ctx.quarter_ref else None
            if q is None:
                return point(cal.year(y))
        return point(cal.quarter(y, q))
    if ctx.anchor is None:
        return _unanchored(f"quarter {q or 'X'}", value=f"XXXX-Q{q}" if q else None, gran=Granularity.QUARTER)
    a = ctx.anchor
    if q is None:
        if ordw in ("current", "this"):
            p = cal.shift(a, "quarter", 0)
        elif ordw == "next":
            p = cal.shift(a, "quarter", 1)
        elif ordw in ("past", "previous", "last") and not det.startswith("the"):
            p = cal.shift(a, "quarter", -1)
        elif ctx.quarter_ref is not None and cal.quarter(*ctx.quarter_ref)[2].last <= a:
            p = cal.quarter(*ctx.quarter_ref)
        else:
            p = cal.shift(a, "quarter", -1)
        assert p is not None
        y, q = int(p[0][:4]), int(p[0][-1])
        if year_ago:
            return attrs.evolve(point(cal.quarter(y - 1, q), relative=True), description="same quarter, -1 year")
        return point(cal.quarter(y, q), relative=True)
    y = a.year
    if det.startswith("next year"):
        y += 1
    elif year_ago:
        return attrs.evolve(point(cal.quarter(y - 1, q), relative=True), description="same quarter, -1 year")
    elif m["rel2"]:
        y = _rel_year(ctx, m["rel2"])
    elif not det.startswith("this year"):
        start = dt.date(y, 3 * q - 2, 1)
        if start > a and not fiscal and ctx.tense() is not Tense.FUTURE:
            y -= 1
    return point(cal.quarter(y, q), relative=True)


def _r_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dw"]:
        start = 1900 + 10 * _DECADE_WORDS[m["dw"].lower()]
    elif m["d4"]:
        start = int(m["d4"])
    else:
        if not m.group().lower().startswith("the") and not re.search(r"['’]\d0", m.group()):
            return None  # "in his 30s" is an age
        n = int(m["d2"])
        start = 1900 + n if n >= 20 else 2000 + n
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or m["mod2"] or "").lower())
    return point(cal.decade(start), mod=mod)


def _r_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["rel"]:
        rel = m["rel"].lower().replace("the ", "")
        return relative_point(ctx, "century", {"this": 0, "last": -1, "past": -1, "next": 1}[rel])
    if m.group().endswith("Century") and ctx.word_after()[:1].isupper():
        return None  # "20th Century Fox": a name
    n = _day_no(m["n"])
    return point(cal.century(n - 1))


def _r_year_words(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m["yw"].lower()
    if text.startswith("two") and not m["the"]:
        return None
    y = _year_words(text)
    return point(cal.year(y)) if y and 1000 <= y <= 2099 else None


def _r_fiscal_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = _year_of(m["year"] or m["fy"])
    if y is None:
        return None
    if y < 100:
        y += 1900 if y >= 50 else 2000
    return point(cal.year(y))


def _r_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m["year"])
    if not 1000 <= y <= 2099:
        return None
    before = ctx.char_before()
    after = ctx.char_after()
    if before and before in "$£€#/:":
        return None
    if after in ("%", "/", ":") and after:
        return None
    if y < 1500 and ctx.word_before() not in ("in", "since", "of", "by", "from", "until", "around", "year", "circa"):
        return None  # "at 1200 GMT", "flight 1100"
    if ctx.word_after().lower() in cues("not_a_year_after") or ctx.word_before() in (
        "no",
        "number",
        "flight",
        "route",
        "room",
    ):
        return None
    return point(cal.year(y))


def _r_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lexicon().units[m["unit"].lower()]
    n = number_value(m["num"])
    direction = m["dir"].lower()
    if direction in ("earlier", "later") and unit in ("day", "night", "week", "hour", "minute", "second"):
        return None  # "three days later" counts from the story's own time: the duration rule takes "three days"
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        if sign < 0:
            return Resolved(value="PAST_REF", granularity=Granularity.REFERENCE, relative=True, amount=True)
        return Resolved(value="FUTURE_REF", granularity=Granularity.REFERENCE, relative=True, amount=True)
    if unit in ("hour", "minute", "second"):
        return Resolved(value=None, kind=DateKind.TIME, relative=True, description=f"{sign * n:+g} {unit}", amount=True)
    if unit == "decade":
        unit, n = "year", n * 10
    elif unit == "century":
        unit, n = "year", n * 100
    if n != int(n):
        return None
    if unit == "night":
        unit = "day"
    if unit == "year" and n == 1 and sign < 0 and ctx.has_quarter and ctx.anchor is not None and _reports_results(ctx):
        return _year_ago_quarter(ctx)
    return relative_point(ctx, unit, int(sign * n), amount=True)


_RESULTS = re.compile(r"\$|\bcents?\b|\ba share\b|\bmillion\b|\bbillion\b|\bnet\b|\bprofit|\bearn", re.I)


def _reports_results(ctx: Context) -> bool:
    """Whether the sentence reports figures ("$5 million, or 10 cents a share, a year ago")."""
    s, e = ctx.sentence_of(ctx.start)
    return _RESULTS.search(ctx.text, s, e) is not None


def _year_ago_quarter(ctx: Context) -> Resolved:
    """ "A year ago" in a quarterly report: the same quarter of the previous year."""
    assert ctx.anchor is not None
    if ctx.quarter_ref is not None:
        y, q = ctx.quarter_ref
    else:
        p = cal.shift(ctx.anchor, "quarter", -1)
        assert p is not None
        y, q = int(p[0][:4]), int(p[0][-1])
    return attrs.evolve(point(cal.quarter(y - 1, q), relative=True), description="same quarter, -1 year")


def _r_year_ago_adjective(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return _unanchored("-1 year", gran=Granularity.YEAR)
    if ctx.has_quarter:
        return _year_ago_quarter(ctx)
    return relative_point(ctx, "year", -1)


_POINT_QUALS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "this": 0,
    "current": 0,
    "latest": 0,
}


def _r_qualified(m: re.Match[str], ctx: Context) -> Resolved | None:
    qual = re.sub(r"\s+", " ", m["qual"].lower())
    unit_word = m["unit"].lower()
    unit = lexicon().units[unit_word]
    plural = unit_word != unit and unit_word not in ("night",)
    num = m["num"]
    if unit == "season":
        return None  # "this season" in sport is not spring or summer
    if num is None and not plural and qual in _POINT_QUALS:
        if m.group() in ("This Week", "This Morning"):  # programme titles
            return None
        if unit in ("hour", "minute", "second"):
            return None
        if unit == "night":
            return None
        offset = _POINT_QUALS[qual]
        if qual == "latest":
            if unit not in ("quarter", "year"):
                return None
            offset = -1 if unit == "year" else 0
        if qual == "past" and unit in ("day", "week", "month") and m["the"]:
            offset = -1
        return relative_point(ctx, unit, offset)
    if num is None and not plural:
        return None
    n = number_value(num) if num else None
    if num is None and plural and " few" not in f" {qual}" and "several" not in qual:
        if qual in ("past", "recent") and unit == "year":  # "in recent years": the past
            return Resolved(value="PAST_REF", granularity=Granularity.REFERENCE, relative=True)
        if qual == "coming":
            return Resolved(value="FUTURE_REF", granularity=Granularity.REFERENCE, relative=True)
        if qual in ("past", "last", "recent"):
            return Resolved(
                value=duration(None, lexicon().unit_codes[unit]).value,
                kind=DateKind.DURATION,
                granularity=Granularity.DURATION,
            )
        if qual in ("coming", "next"):
            return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))
        return None
    return duration(n, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


_SET_CUE = re.compile(r"(?:times|twice|once|thrice)\s*$", re.I)
_RATE_CUE = re.compile(
    r"(?:\d(?:bn|m|k)?|million|billion|trillion|thousand|hundred|percent|%|dollars?|cents?|seats|flights|units)\W*$", re.I
)


def _r_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit_text = m["unit"] or m["unit2"]
    unit_word = unit_text.lower()
    unit = lexicon().units[unit_word]
    num = m["num"] or m["num2"]
    numl = num.lower()
    if m["long"] and m["long"].lower() == "-old":
        return None
    if ctx.word_after().lower() == "old":  # an age: "52 years old"
        return None
    if unit_text[0].isupper() and num[0].isdigit():  # a title: "60 Minutes"
        return None
    if unit == "quarter" and (numl in ("a", "an") or "-" in m.group()):  # "a quarter of", "three-quarters"
        return None
    n = number_value(num)
    if m["half"] and n is not None:
        n += 0.5
    if numl in ("a", "an") and unit in ("second",):
        return None
    if numl in ("a", "an", "one") and unit == "night":
        return None
    # "$5 million a year", "twice a week": a frequency
    if numl in ("a", "an") and unit_word == unit and _RATE_CUE.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        return None  # a rate ("$5 million a year"), which TempEval leaves untagged
    if numl in ("a", "an") and unit_word == unit and _SET_CUE.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        code = lexicon().unit_codes[unit]
        value = f"PT1{code}" if unit in ("hour", "minute", "second") else f"P1{code}"
        return Resolved(value=value, kind=DateKind.SET, granularity=Granularity.SET)
    if numl in ("a", "an") and not m["half"] and ctx.word_after().lower() == "ago":
        return None
    if unit == "quarter" and num and num[0].isdigit():
        return None
    if n is not None and n > 1000 and unit not in ("day", "year", "hour", "minute", "second"):
        return None
    if unit == "weekend":
        return None
    if unit == "season":
        return None
    return duration(n, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_plural_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lexicon().units[m["unit"].lower()]
    if not (m["tail"] or ctx.word_before() in cues("plural_cues")):
        return None
    return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_recent_plural(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lexicon().units[m["unit"].lower()]
    qual = m["rq"].lower()
    if qual == "recent" and unit == "year":
        return Resolved(value="PAST_REF", granularity=Granularity.REFERENCE, relative=True)
    return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_edge_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    edge = m["edge"].lower()
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[edge]
    rel = (m["rel"] or "the").lower()
    unit = m["unit"].lower()
    offset = {"the": 0, "this": 0, "last": -1, "next": 1}[rel]
    r = relative_point(ctx, unit, offset)
    return attrs.evolve(r, mod=mod)


def _r_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group().lower()
    unit = "month" if word.startswith("month") else "year"
    offset = -1 if ctx.word_before() == "since" else 0
    return attrs.evolve(relative_point(ctx, unit, offset), mod="END")


_TIME_BEFORE_OF = re.compile(
    r"(?i)\b(?:months?|quarters?|half|end|rest|start|beginning|part|days|weeks|remainder|balance)\s+of\s+\Z"
)


def _r_the_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if (
        m["bare"]
        and ctx.word_before() == "of"
        and not _TIME_BEFORE_OF.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    ):
        return None  # "player of the year": an award, not a year
    if m["bare"]:  # "for the year", "through the first nine months of the year": the current one
        if ctx.word_after().lower() in ("before", "after", "since", "when", "in", "that", "of", "to", "and"):
            return None  # "the year before", "the year of the dragon": not this year
        return relative_point(ctx, "year", 0)
    if m["full"] or m["full2"]:
        return relative_point(ctx, "year", 0)
    return duration(1, "Y")


def _r_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    det = m["det"].lower()
    if ctx.anchor is None:
        return _unanchored(f"{det} weekend", gran=Granularity.WEEKEND)
    a = ctx.anchor
    wd = a.isoweekday()
    if det == "last" or (det == "the" and ctx.tense() is not Tense.FUTURE):
        d = a - dt.timedelta(days=wd) if wd < 6 else a  # the latest Sunday, or this weekend
        if det == "last" and wd >= 6:
            d = a - dt.timedelta(days=7)
    elif det == "next":
        d = a + dt.timedelta(days=7)
    else:
        d = a
    return point(cal.weekend(d), relative=True)


_ANAPHORA = {
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
}


_FINE_ENOUGH = {
    "day": (Granularity.DAY,),
    "morning": (Granularity.DAY,),
    "afternoon": (Granularity.DAY,),
    "evening": (Granularity.DAY,),
    "night": (Granularity.DAY,),
    "week": (Granularity.DAY, Granularity.WEEK),
    "month": (Granularity.DAY, Granularity.WEEK, Granularity.MONTH),
}


def _r_anaphoric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The following year", "that day": against the last date the text named, else the anchor."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = m["unit"].lower()
    base, desc = ctx.anchor, f"{det} {unit}"
    if ctx.last_day is not None:
        fine = _FINE_ENOUGH.get(unit)
        if fine is not None and ctx.last_granularity not in fine:
            return None  # "1980 ... the same week": no week to count from
        base, desc = ctx.last_day, f"{det} {unit}, after a date in the text"
    if base is None:
        return _unanchored(desc)
    offset = _ANAPHORA[det]
    if unit in lexicon().parts_of_day:
        if det == "that":
            return None
        day = base + dt.timedelta(days=offset)
        return _part_on(day, lexicon().parts_of_day[unit], desc)
    if det == "that" and unit == "day" and ctx.last_day is None:
        return None
    p = cal.shift(base, unit, offset)
    return attrs.evolve(point(p, relative=True), description=desc) if p else None


def _r_reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = re.sub(r"\s+", " ", m.group().lower())
    value = lexicon().references[phrase]
    if phrase == "soon" and ctx.word_before() == "as":
        return None
    if phrase == "now" and ctx.char_after() == "-":
        return None
    if ctx.text.startswith("'s", ctx.end):
        return None
    if phrase in ("current", "future") and ctx.word_after().lower() in ("account", "accounts", "affairs", "events"):
        return None
    if phrase == "the future" and ctx.word_after().lower() == "of":
        return None  # "the future of the plant": its prospects, not a time
    return Resolved(value=value, granularity=Granularity.REFERENCE, relative=True)


_GROWTH_RATE = re.compile(r"(?i)(?:%|\bpercent|\bunits)\s*\Z")


def _r_set_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group()[0].isupper() and _is_name_part(ctx):
        return None  # "the Daily Star"
    if _GROWTH_RATE.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # "to rise 8.5% annually": a rate
    return Resolved(value=lexicon().sets[m.group().lower()], kind=DateKind.SET, granularity=Granularity.SET)


def _r_every(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.groupdict().get("wd"):
        value = f"XXXX-WXX-{_weekday_no(m['wd'])}"
    elif m["month"]:
        value = f"XXXX-{_month_no(m['month']):02d}"
    else:
        unit = lexicon().units[m["unit"].lower()]
        code = lexicon().unit_codes[unit]
        n = 2 if m["other"] else 1
        if code in ("2W", "3M"):
            code, n = code[1], int(code[0]) * n
        value = f"PT{n}{code}" if unit in ("hour", "minute", "second") else f"P{n}{code}"
    return Resolved(value=value, kind=DateKind.SET, granularity=Granularity.SET)


def _r_weekday_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    wd = _weekday_no(m["wd"] or m["wd2"])
    part = m["part"]
    value = f"XXXX-WXX-{wd}"
    if part:
        value += "T" + lexicon().parts_of_day[part.lower()]
    return Resolved(value=value, kind=DateKind.SET, granularity=Granularity.SET)


# --------------------------------------------------------------------------- the table

_REL_WD = r"(?:(?P<rel>(?i:last|next|this\s+coming|this\s+past|this|coming|past|previous|the\s+previous|the\s+following|the\s+next))\s+)?"
_QUAL = (
    r"(?P<qual>(?i:past|last|next|first|coming|previous|following|final|remaining|latest|initial|this|current"
    r"|past\s+few|last\s+few|next\s+few|first\s+few|past\s+several|last\s+several|next\s+several|recent))"
)

RULES: tuple[Rule, ...] = (
    # times of day, with or without a day
    Rule(
        "clock_month_day",
        r"<CLOCK>(?:\s+<TZ>)?,?\s+(?:on\s+)?(?:(?P<month><MONTH>)\s+(?P<day><DAY>)"
        r"|(?P<day2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+(?:(?i:of)\s+)?(?P<month2><MONTH>))",
        _r_clock,
    ),
    Rule(
        "clock_weekday",
        r"<CLOCK>(?:\s+<TZ>)?,?\s+(?:(?i:on)\s+)?(?P<wd><WD>)"
        r"(?:,?\s+(?:(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<month><MONTH>)"
        r"|(?P<month2><MONTH>)\s+(?P<day2><DAY>)))?",
        _r_clock,
    ),
    Rule(
        "clock_in_the",
        r"(?P<hour>\d{1,2})\s+(?:o'clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)",
        _r_clock_part,
    ),
    Rule("clock", r"<CLOCK>(?:\s+<TZ>)?", _r_clock),
    # full dates
    Rule(
        "weekday_month_day",
        r"(?P<wd><WD>),?\s+(?P<month><MONTH>)\s+(?P<day><DAY>)(?:,?<SP>(?P<year><YEAR>))?",
        _r_weekday_md,
        day_range=DayRange.AFTER,
    ),
    Rule(
        "weekday_day_month",
        r"(?P<wd><WD>),?\s+(?:(?i:the)\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+(?:(?i:of)\s+)?(?P<month><MONTH>)"
        r"(?:,?<SP>(?P<year><YEAR>))?",
        _r_weekday_md,
        day_range=DayRange.BEFORE,
    ),
    Rule(
        "nth_weekday_of_month",
        r"(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+(?P<wd><WD>)\s+(?i:of|in)\s+"
        r"(?P<month><MONTH>)(?:,?<SP>(?P<year><YEAR>))?",
        _r_nth_weekday,
    ),
    Rule("month_day", r"(?P<month><MONTH>)\s+(?P<day><DAY>)(?:,?<SP>(?P<year><YEAR>)|<RELYEAR>)?", _r_date_full, day_range=DayRange.AFTER),
    Rule(
        "day_month",
        r"(?:(?i:the)\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|<ORDW>)\s+(?:(?i:of)\s+)?(?P<month><MONTH>)(?:,?<SP>(?P<year><YEAR>)|<RELYEAR>)?",
        _r_date_full,
        day_range=DayRange.BEFORE,
    ),
    Rule("day_of_month", r"(?i:the)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])", _r_day_of_month),
    Rule(
        "iso_date",
        r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?(?!\d)",
        _r_iso,
    ),
    Rule("slash_date", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])", _r_slash),
    Rule(
        "month_year",
        r"(?P<month><MONTH>),?\s+(?:(?i:of)\s+)?(?:(?P<year><YEAR>)|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?P<yw><YEARWORDS>))",
        _r_month_year,
    ),
    Rule(
        "season_year",
        r"(?:(?i:the)\s+)?(?P<season><SEASON>)\s+(?:(?i:of)\s+)?(?:(?P<year><YEAR>)|(?P<yw><YEARWORDS>))",
        _r_season_year,
    ),
    # quarters, halves and earnings periods
    Rule(
        "quarter",
        r"(?:(?P<det>(?i:the|this\s+year's|last\s+year's|next\s+year's|the\s+year-ago|the\s+year-earlier"
        r"|the\s+comparable\s+year-ago|the\s+comparable|the\s+same|year-ago|year-earlier))\s+)?"
        r"(?:(?P<fiscal1>(?i:fiscal))[\s-]+)?(?:(?P<y1><YEAR>)\s+)?"
        r"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past|previous|next"
        r"|year-ago|year-earlier|same))[\s-]+)?(?:(?P<fiscal2>(?i:fiscal))[\s-]+)?"
        r"(?P<q>(?i:quarter|period|half))(?![\w-])"
        r"(?:\s+(?i:of)\s+(?:(?P<y2><YEAR>)|(?P<rel2>(?i:this|last|next|the))\s+(?i:year)(?![\w-])|(?i:fiscal)\s+(?P<y3><YEAR>)))?",
        _r_quarter,
        adjective=True,
    ),
    # decades, centuries, years
    Rule(
        "decade",
        r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?:(?P<d4>1\d\d0|20\d0)|['’]?(?P<d2>\d0))['’]?s(?![\w'])"
        r"|(?i:the)\s+(?:(?P<mod2>(?i:early|late|mid))[\s-]+)?(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
        _r_decade,
    ),
    Rule(
        "century",
        r"(?:(?i:the)\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|<ORDW>)\s+(?i:century)\b"
        r"|(?P<rel>(?i:this|last|next|the\s+next|the\s+last|the\s+past))\s+(?i:century)\b",
        _r_century,
    ),
    Rule("year_words", r"(?P<the>(?i:the\s+year)\s+)?(?P<yw><YEARWORDS>)\b", _r_year_words),
    Rule(
        "fiscal_year",
        r"(?i:fiscal)(?:\s+(?i:year))?\s+(?P<year><YEAR>|'\d\d)|FY\s?(?P<fy>\d{2}|\d{4})\b",
        _r_fiscal_year,
    ),
    # holidays, weekdays, parts of days
    Rule("holiday", r"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<hol><HOLIDAY>)(?:,?<SP>(?P<year><YEAR>))?", _r_holiday),
    Rule("weekday_part", _REL_WD + r"(?P<wd><WD>)\s+(?P<part><PART>)(?![\w-])", _r_weekday_part),
    Rule("day_part", r"(?P<rd>(?i:yesterday|tomorrow|today|this|last))\s+(?P<part><PART>)(?![\w-])", _r_day_part),
    Rule(
        "every_weekday", r"(?i:every|each)\s+(?P<wd><WD>)|(?P<wd2><WDS>)s(?:\s+(?P<part><PART>)s?)?\b", _r_weekday_set
    ),
    Rule("weekday", _REL_WD + r"(?P<wd><WD>)(?![\w-])", _r_weekday),
    # amounts of time: ago, the past five years, durations
    Rule(
        "ago",
        r"(?P<num><NUM>|<VAGUE>)\s+(?:<AMOUNTW>\s+)?(?P<unit><UNIT>)\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))(?![\w-])",
        _r_ago,
    ),
    Rule(
        "qualified_amount",
        r"(?:(?P<the>(?i:the|these|those|its|their|his|her|each\s+of\s+the))\s+)?"
        + _QUAL
        + r"\s+(?:(?P<num><NUM>|<VAGUE>)\s+)?(?:<AMOUNTW>\s+)?(?:(?i:fiscal|financial)\s+)?(?P<unit><UNIT>)(?![\w-])",
        _r_qualified,
    ),
    Rule(
        "anaphoric",
        r"(?P<det>(?i:that|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+prior))\s+"
        r"(?P<unit>(?i:day|week|month|year|morning|afternoon|evening|night))(?![\w-])",
        _r_anaphoric,
    ),
    Rule(
        "edge_of",
        r"(?:(?i:the)\s+)?(?P<edge>(?i:end|beginning|start|middle|close))\s+(?i:of)\s+(?P<rel>(?i:the|this|last|next))\s+"
        r"(?P<unit>(?i:year|month|week|quarter|decade|century))(?![\w-])",
        _r_edge_of,
    ),
    Rule("year_ago_adjective", r"(?i:year-earlier|year-ago|year-before)(?![\w-])", _r_year_ago_adjective),
    Rule("year_end", r"(?i:year[\s-]end|year['’]s\s+end|month[\s-]end)(?![\w-])", _r_year_end),
    Rule(
        "the_year",
        r"(?i:the)\s+(?:(?P<full>(?i:full))\s+|(?i:fiscal|financial)\s+)?(?i:year)(?=\s+(?:ended|ending|that\s+ended|through)\b)"
        r"|(?i:the)\s+(?P<full2>(?i:full))\s+(?i:year)\b|(?i:the)\s+(?i:fiscal)\s+(?i:year)\b"
        r"|(?i:the)\s+(?P<bare>(?i:year))(?![\w'’-])",
        _r_the_year,
    ),
    Rule("weekend", r"(?P<det>(?i:the|this|last|next))\s+(?i:weekend)(?![\w-])", _r_weekend),
    Rule(
        "duration",
        r"(?:(?P<the>(?i:the))\s+)?(?P<num><NUM>|<VAGUE>)\s+(?:<AMOUNTW>\s+)?(?P<unit><UNIT>)(?P<half>\s+(?i:and\s+a\s+half))?(?![\w-])"
        r"|(?P<num2><NUM>|(?i:several|few|many))-(?P<unit2><UNIT>)(?P<long>-(?i:long|old))?(?![\w-])",
        _r_duration,
    ),
    Rule(
        "recent_plural",
        r"(?P<rq>(?i:recent|coming|the\s+coming|the\s+weeks\s+ahead))\s+(?P<unit>(?i:" + _PLURAL_UNITS + r"))(?![\w-])",
        _r_recent_plural,
    ),
    Rule(
        "plural_unit",
        r"(?P<unit>(?i:" + _PLURAL_UNITS + r"))(?P<tail>-long|\s+or\s+(?i:" + _PLURAL_UNITS + r"))?(?![\w-])",
        _r_plural_unit,
    ),
    Rule(
        "every",
        r"(?i:every|each|per)\s+(?:(?P<other>(?i:other))\s+)?(?P<unit><UNIT1>)(?![\w-])|(?i:every|each)\s+(?P<month><MONTH>)",
        _r_every,
    ),
    Rule("set_word", r"<SETW>(?![\w-])", _r_set_word),
    Rule("reference", r"<REF>(?![\w-])", _r_reference),
    Rule(
        "relative_day",
        r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)\b",
        _r_rel_day,
    ),
    Rule(
        "season",
        r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past|the))\s+)?(?P<season><SEASON>)(?![\w-])",
        _r_season,
    ),
    Rule(
        "month",
        r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past|the\s+(?:following|next|previous|preceding)))\s+)?"
        r"(?P<month><MONTH>)(?![\w-])(?!\s*\d)",
        _r_month,
    ),
    Rule("year", r"(?P<year><YEAR>)(?!\w|-(?!(?:1[0-9]|20)\d\d\b)|['’]s)", _r_year),
)


def _expand(pattern: str) -> str:
    table = macros()
    for key, value in table.items():
        pattern = pattern.replace(key, value)
    return pattern


@functools.cache
def compiled_rules() -> tuple[tuple[Rule, re.Pattern[str]], ...]:
    """Each rule with its compiled pattern, in table order."""
    return tuple((rule, re.compile(_expand(rule.pattern))) for rule in RULES)
