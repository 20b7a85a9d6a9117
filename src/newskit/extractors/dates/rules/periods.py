"""Periods of a year: quarters, halves, fiscal periods, "year-end", "the year", "the end of the month"."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .. import calendar as cal
from ..context import TENSE_FUTURE
from ..lexicon import cues, phrase_key, word_table
from ..members import GRAN_HALF, GRAN_QUARTER, GRAN_YEAR
from ..resolve import Context, Resolved, duration, point, relative_point
from .base import _QUARTER_ORD, Rule, _month_no, _rel_year, _unanchored

_ENDED = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<month>"
    + "|".join(("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"))
    + r")[a-z]*\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?"
)


def _r_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    det = phrase_key(m["det"] or "")
    ordw = (m["ord"] or "").lower()
    noun = m["q"].lower()
    year_word = m["y1"] or m["y2"] or m["y3"]
    fiscal = bool(m["fiscal1"] or m["fiscal2"])
    if noun == "half":
        if ordw not in ("first", "second", "last", "1st", "2nd"):
            return None
        if not (year_word or m["rel2"] or fiscal or _names_quarters(ctx)):
            return None  # "the second half" of a match
        if not (year_word or m["rel2"]) and ctx.word_after().lower() == "of":
            return None  # "the last half of the '80s": the half belongs to what follows
        h = 1 if ordw in ("first", "1st") else 2
        if year_word:
            return point(cal.half(int(year_word), h))
        if ctx.anchor is None:
            return _unanchored(f"half {h}", value=f"XXXX-H{h}", gran=GRAN_HALF)
        if m["rel2"]:
            y = _rel_year(ctx, m["rel2"])
        elif ctx.quarter_ref is not None:
            y = ctx.quarter_ref[0]  # the year of the quarter the report named last, as "the quarter" is
        else:  # a half not yet begun, in a clause not told in the future, is last year's: the latest such half
            y = ctx.anchor.year
            if dt.date(y, 6 * h - 5, 1) > ctx.anchor and ctx.tense() is not TENSE_FUTURE:
                y -= 1
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
    if q is None and ordw in ("final", "last") and noun == "quarter" and (year_word or m["rel2"]):
        q = 4  # "the final quarter of 2019", "the last quarter of the year": its fourth quarter
    if year_word:
        y = int(year_word)
        if q is None:
            q = ctx.quarter_ref[1] if ctx.quarter_ref else None
            if q is None:
                return point(cal.year(y))
        return point(cal.quarter(y, q))
    if ctx.anchor is None:
        return _unanchored(f"quarter {q or 'X'}", value=f"XXXX-Q{q}" if q else None, gran=GRAN_QUARTER)
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
        if start > a and not fiscal and ctx.tense() is not TENSE_FUTURE:
            y -= 1
    return point(cal.quarter(y, q), relative=True)


_RESULTS = re.compile(r"\$|\bcents?\b|\ba share\b|\bmillion\b|\bbillion\b|\bnet\b|\bprofit|\bearn", re.I)


# a quarter of a company's or an economy's year: "the third quarter", "fiscal-quarter", "quarterly" (not a match's
# "opening quarter" or "final quarter", a "quarter-final" or "headquarters")
_REPORT_QUARTER = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|fiscal|latest|year-ago|year-earlier)[\s-]+quarter\b|\bquarterly\b",
    re.I,
)


def _names_quarters(ctx: Context) -> bool:
    """Whether the text names a quarter of a financial year: then "the second half" is a half of a year."""
    if ctx.report_quarter is None:  # the text is read once, however many halves it names
        ctx.report_quarter = ctx.has_quarter and _REPORT_QUARTER.search(ctx.text) is not None
    return ctx.report_quarter


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


def _r_two_quarters_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The first two quarters of 1990": the first half of that year (TIMEX3 ``1990-H1``)."""
    h = 1 if m["pos"].lower() == "first" else 2
    if m["y"]:
        return point(cal.half(int(m["y"]), h))
    if ctx.anchor is None:
        return _unanchored(f"half {h}", value=f"XXXX-H{h}", gran=GRAN_HALF)
    y = _rel_year(ctx, m["rel"])
    return point(cal.half(y, h), relative=True)


def _r_quarter_year_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The corresponding period last year", "the quarter a year ago": the report's quarter, a year back."""
    if ctx.anchor is None:
        return _unanchored("same quarter, -1 year", gran=GRAN_QUARTER)
    if not ctx.has_quarter:
        return None
    return _year_ago_quarter(ctx)


def _r_year_ago_adjective(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return _unanchored("-1 year", gran=GRAN_YEAR)
    if ctx.has_quarter:
        return _year_ago_quarter(ctx)
    return relative_point(ctx, "year", -1)


def _r_edge_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    edge = m["edge"].lower()
    mod = word_table("edges")[edge]
    rel = (m["rel"] or "the").lower()
    unit = m["unit"].lower()
    offset = int(word_table("edge_offsets")[rel])
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
    return duration(1, "W" if m["week"] else "Y")


_PHRASE_END = re.compile(r"\s*(?:[.,;:?!)\"”]|\Z)")


def _r_new_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"In the new year", "early in the New Year.": the year whose start lies nearest the publication day (the coming
    one from July on), and the coming one in a clause told in the future. Capitalised, it is the holiday unless it ends a phrase after "in", "into"... ("at the New
    Year", "in the New Year Honours", "welcome in the New Year on ABC"): left to the holiday rule."""
    if m["ny"][:1] == "N" and (
        ctx.word_before() not in cues("new_year_prepositions") or not _PHRASE_END.match(ctx.text, m.end())
    ):
        return None
    if ctx.anchor is None:
        return _unanchored("the new year", gran=GRAN_YEAR)
    a = ctx.anchor
    ahead = a.month >= 7 or ctx.tense() is TENSE_FUTURE
    return point(cal.year(a.year + 1 if ahead else a.year), relative=True)


RULES: tuple[Rule, ...] = (
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
    Rule(
        "edge_of",
        r"(?:(?i:the)\s+)?(?P<edge>(?i:end|beginning|start|middle|close))\s+(?i:of)\s+(?P<rel>(?i:the|this|last|next))\s+"
        r"(?P<unit>(?i:year|month|week|quarter|decade|century))(?![\w-])",
        _r_edge_of,
    ),
    Rule(
        "two_quarters_of",
        r"(?:(?i:the)\s+)?(?P<pos>(?i:first|last))\s+(?i:two)\s+(?i:quarters)\s+(?i:of)\s+"
        r"(?:(?P<y><YEAR>)|(?P<rel>(?i:this|last|next|the))\s+(?i:year))(?![\w'’-])",
        _r_two_quarters_of,
    ),
    Rule(
        "quarter_year_ago",
        r"(?i:the)\s+(?:(?i:corresponding|comparable|same)\s+)?(?i:quarter|period)\s+"
        r"(?i:last\s+year|a\s+year\s+(?:ago|earlier|before))(?![\w'’-])",
        _r_quarter_year_ago,
    ),
    Rule("year_ago_adjective", r"(?i:year-earlier|year-ago|year-before)(?![\w-])", _r_year_ago_adjective),
    Rule("new_year", r"(?i:the)\s+(?P<ny>(?i:new)\s+(?i:year))(?![\w'’-])", _r_new_year),
    Rule("year_end", r"(?i:year[\s-]end|year['’]s\s+end|month[\s-]end)(?![\w-])", _r_year_end),
    Rule(
        "the_year",
        r"(?i:the)\s+(?:(?P<full>(?i:full))\s+|(?i:fiscal|financial)\s+)?(?i:year)(?=\s+(?:ended|ending|that\s+ended|through)\b"
        r"|\s+to\s+(?:(?:[12]\d|3[01]|0?[1-9])\s+)?<MONTH>)"  # "the year to June 30", "the year to 31 March"
        r"|(?i:the)\s+(?P<week>(?i:week))(?=\s+(?:ended|ending)\s+(?:<MONTH>|<WD>|\d))"  # "the week ended Aug. 22"
        r"|(?i:the)\s+(?P<full2>(?i:full))\s+(?i:year)\b|(?i:the)\s+(?i:fiscal)\s+(?i:year)\b"
        r"|(?i:the)\s+(?P<bare>(?i:year))(?![\w'’-])",
        _r_the_year,
    ),
)
