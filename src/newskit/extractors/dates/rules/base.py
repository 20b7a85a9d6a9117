"""What every rule family shares: the :class:`Rule` record, the pattern placeholders and calendar helpers."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable

import attrs
from mypy_extensions import mypyc_attr

from ....models import Granularity, Period
from .. import calendar as cal
from ..context import TENSE_FUTURE, TENSE_PAST, TENSE_PRESENT
from ..lexicon import alternation, cues, lexicon, number_value, word_table
from ..members import GRAN_DAY, GRAN_PART_OF_DAY, GRAN_TIME, GRAN_YEAR, KIND_TIME
from ..resolve import Context, Resolved, point

Resolver = Callable[[re.Match[str], Context], Resolved | None]


class DayRange(str, enum.Enum):
    """Where a rule's day may be one end of a range of days in the same month."""

    NONE = "none"
    BEFORE = "before"  # "16-28 November": the first day is written before the match
    AFTER = "after"  # "March 1-3": the second day is written after it


@mypyc_attr(native_class=False)
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


# A time zone written after a clock time: US zones ("EDT", "ET"), GMT/UTC and the common abbreviations of
# European and Asian zones; TimeML keeps the zone in the expression ("4 a.m. EDT Thursday").
_TZ = r"(?:[ECMP][SD]?T|GMT|UTC|BST|W?[CE]ES?T|MSK|IST|JST|KST|HKT|SGT|AE[SD]T)\b"


_ORD_SUFFIX = r"(?:st|nd|rd|th)"


_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


_YEAR = r"(?<![\d,.$£€#])(?:1[0-9]|20)\d\d(?!\w|,\d|\.\d|\s*(?:GMT|UTC|BST|[ECMP][SD]T)\b|\s+local\s+time\b)"  # not "2000 GMT"


_SP = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"  # spaces, with one line break at most (not across paragraphs)


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


_ONES = "one|two|three|four|five|six|seven|eight|nine"


_YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|hundred|ten|eleven|twelve|thirteen"
    rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_ONES}|ten))?)"
)


_DECADE_WORDS = {w: int(n) for w, n in word_table("decade_words").items()}


_AMOUNT_WORDS = "(?:" + "|".join(sorted(cues("amount_words"))) + ")"


_PLURAL_UNITS = "|".join(sorted(cues("plural_units")))


@functools.cache
def macros() -> dict[str, str]:
    """The placeholders rule patterns use, built from the word tables."""
    lex = lexicon()
    # the words after which a two-digit "06:00" is a time of day ("at 06:00", "shortly after 23:15")
    clock_after = "|".join(f"(?<=(?i:{re.escape(w)}) )" for w in sorted(cues("clock_prepositions")))
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
        "<SEASONS>": f"(?i:{alternation([f'{s}s' for s in lex.seasons])})",  # "the past three summers"
        "<PART>": f"(?i:{alternation(lex.parts_of_day)})",
        "<PARTS>": f"(?i:{alternation([f'{p}s' for p in lex.parts_of_day])})",  # "Tuesday nights"
        "<HOLIDAY>": alternation(lex.holiday_names, caps=True),
        "<REF>": f"(?i:{alternation(lex.references)})",
        "<SETW>": f"(?i:{alternation(lex.sets)})",
        "<ORDW>": f"(?i:{alternation(lex.ordinals)})",
        "<TZ>": _TZ,
        "<AMOUNTW>": _AMOUNT_WORDS,
        "<CLOCK>": (
            r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm|o['’]clock))(?![A-Za-z])"
            # a 24-hour clock: with a zone or "local time" after it, or two-digit hours after "at", "by", "after"...
            rf"|(?:(?=(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:{_TZ}|local time\b|hrs\b|h\b))|(?=(?:[01]\d|2[0-3]):[0-5]\d(?![\d:]))(?:{clock_after}))"
            r"(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)"
            r"|(?P<noon>noon|midnight|midday|NOON|MIDNIGHT|MIDDAY)"
            # a four-digit 24-hour clock with GMT, UTC or "local time" after it: "0900 GMT", "1700 local time"
            r"|(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d)(?=\s*(?:GMT|UTC)\b|\s+local\s+time\b))"
        ),
    }


def _forms(name: str) -> list[tuple[str, str]]:
    from ....resources import read_table

    return [(row[0], row[1]) for row in read_table(f"dates/{name}")]


def _month_no(word: str) -> int:
    return lexicon().months[word.lower()]


@functools.cache
def _month_dash() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.-])(?P<month>" + macros()["<MONTH>"] + r")\s?[-–]\s?\Z")


def _month_before_dash(text: str, start: int, floor: int = 0) -> re.Match[str] | None:
    """A month and a dash just before ``start``, where a second month is written: "July-September", "Jan-May"."""
    return _month_dash().search(text, max(floor, start - 14), start)


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
    before = ctx.word_before()
    if before == "since":  # "since April": a time that has begun
        return a.year - 1 if ahead > 0 else a.year
    # "by Jan. 14" lies ahead, unless told in the past ("were resolved by May")
    deadline = TENSE_PAST if ctx.past_by() else TENSE_FUTURE
    tense = deadline if before in cues("deadline_cues") else ctx.tense()
    slack = 62 if d is not None else 31
    if tense is TENSE_PAST:
        return a.year - 1 if ahead > slack else a.year
    if tense is TENSE_FUTURE:
        return a.year + 1 if ahead < -62 else a.year
    if tense is TENSE_PRESENT:  # "the election is in November": the nearer one, ahead or behind
        return a.year - 1 if ahead > 183 else a.year + 1 if ahead < -183 else a.year
    # no tense: news mostly reports the past, so a date up to four months ahead stays in the year
    return a.year - 1 if ahead > 124 else a.year


def _weekday_date(ctx: Context, wd: int, rel: str | None) -> dt.date:
    a = ctx.anchor
    assert a is not None
    if (rel or "").lower() in _ANAPHORIC_WD and ctx.day is not None and ctx.day_granularity is GRAN_DAY:
        a = ctx.day  # "closed Friday, down from the previous Friday": counted from the day named last
    back = (a.isoweekday() - wd) % 7  # days since the latest such weekday (0 = today)
    fwd = (wd - a.isoweekday()) % 7
    rel = (rel or "").lower()
    if rel in ("last", "past", "this past", "previous", "the previous"):
        return a - dt.timedelta(days=back or 7)
    if rel in ("next", "the next", "the following"):
        return a + dt.timedelta(days=fwd or 7)
    if rel in ("this coming", "coming"):
        return a + dt.timedelta(days=fwd)
    if ctx.word_before() == "since":  # "closed since Friday": a day that has come
        return a - dt.timedelta(days=back)
    tense = ctx.tense(ahead_if_present=True)  # "the summit is on Friday": the coming one
    if tense is TENSE_FUTURE:
        return a + dt.timedelta(days=fwd)
    if tense is None and fwd == 1:  # no verb to go by: the next day is nearer than last week's
        return a + dt.timedelta(days=1)
    return a - dt.timedelta(days=back)


_ANAPHORIC_WD = frozenset(("the previous", "the following", "the next"))


def _unanchored(desc: str, *, value: str | None = None, gran: Granularity | None = None) -> Resolved:
    return Resolved(value=value, granularity=gran, relative=True, description=desc)


def _clock(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("noon"):
        word = g["noon"].lower()
        return "24:00" if word == "midnight" else "12:00"
    if g.get("hour2"):
        return f"{int(g['hour2']):02d}:{g['minute2']}"
    if g.get("hour3"):
        return f"{g['hour3']}:{g['minute3']}"
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


def _at_day(day: dt.date, suffix: str, granularity: Granularity, desc: str | None = None) -> Resolved:
    """A time on a known day: ``2023-02-23T10:00``, ``2023-02-23TMO``."""
    return Resolved(
        value=f"{day.isoformat()}T{suffix}",
        kind=KIND_TIME,
        granularity=granularity,
        period=Period(first=day, last=day),
        relative=True,
        description=desc,
    )


def _time_on(day: dt.date | None, hhmm: str, desc: str | None = None) -> Resolved:
    if day is None:
        return Resolved(value=f"XXXX-XX-XXT{hhmm}", kind=KIND_TIME, granularity=GRAN_TIME, description=desc)
    return _at_day(day, hhmm, GRAN_TIME)


def _part_on(day: dt.date | None, code: str, desc: str) -> Resolved:
    if day is None:
        return Resolved(value=None, kind=KIND_TIME, granularity=GRAN_PART_OF_DAY, relative=True, description=desc)
    return _at_day(day, code, GRAN_PART_OF_DAY, desc)


def _month_day(ctx: Context, month: int, day: int, year: int | None, weekday: int | None = None) -> Resolved | None:
    if year is not None:
        d = _safe_date(year, month, day)
        return point(cal.day(d)) if d else None
    if ctx.anchor is None:
        return _unanchored("month and day without a year", value=f"XXXX-{month:02d}-{day:02d}", gran=GRAN_DAY)
    d = _safe_date(_year_for(ctx, month, day, weekday), month, day)
    return point(cal.day(d), relative=True) if d else None


_NAME_THE = re.compile(r"\b[a-z]+[^\S\n]+The[^\S\n]+\Z")  # "and The ...": a name's article after a lower-case word
# "The" opening a sentence or a line, just before the expression: "The Sunday Telegraph reported..."
_SENTENCE_THE = re.compile(r"(?:\A|[.!?\n][^\S\n]*|[\"“‘(][^\S\n]*)The[^\S\n]+\Z")


def _is_name_part(ctx: Context) -> bool:
    """Whether a capitalised word follows mid-sentence: "the Sunday Times", "the Daily Star"."""
    after = ctx.word_after()
    if not after[:1].isupper() or (after.isupper() and len(after) > 1):
        return False
    before = ctx.word_before()
    if not before:
        return False  # sentence start
    if (
        ctx.text[ctx.start - len(before) - 1 : ctx.start].lstrip()[:1].isupper()
        and not _NAME_THE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        and not _SENTENCE_THE.search(ctx.text, max(0, ctx.start - 8), ctx.start)
    ):
        return False  # Title Case ("Talks Resume On Tuesday In Geneva"), not a name's "The" ("and The Sunday Times")
    low = after.lower().rstrip(".")
    lex = lexicon()
    return low not in lex.months and f"{low}." not in lex.months and low not in lex.weekdays


_REL_YEAR = {w: int(n) for w, n in word_table("year_offsets").items()}


def _rel_year(ctx: Context, rel: str) -> int:
    """The year of "this/last/next year", or of "the year": the one named earlier in the sentence, else this one.

    ("Prices rose in 2004, but only 2.8% in the second half of the year": 2004-H2.)
    """
    assert ctx.anchor is not None
    rel = rel.lower()
    if (
        rel == "the"
        and ctx.last_day is not None
        and ctx.last_granularity is GRAN_YEAR
        and ctx.last_at >= ctx.sentence_of(ctx.start)[0]
    ):
        return ctx.last_day.year
    return ctx.anchor.year + _REL_YEAR[rel]


_QUARTER_ORD = {w: int(n) for w, n in word_table("ordinal_numbers").items()}


_REL_WD = r"(?:(?P<rel>(?i:last|next|this\s+coming|this\s+past|this|coming|past|previous|the\s+previous|the\s+following|the\s+next))\s+)?"


_QUAL = (
    r"(?P<qual>(?i:past|last|next|first|coming|future|previous|following|final|remaining|latest|initial|this|current"
    r"|past\s+few|last\s+few|next\s+few|first\s+few|past\s+several|last\s+several|next\s+several|recent))"
)
