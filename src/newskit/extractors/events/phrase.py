"""The verb of a headline or a lead sentence, and the verb phrase an event is told in.

No part-of-speech tagger: a word is a verb when the lexicon knows it as a verb form (the
triggers and the common verbs of ``verbs.tsv``) and nothing before it makes it a noun (a
determiner, a possessive, a number, a preposition).
"""

from __future__ import annotations

from typing import Final

from ...models import CountryMention, DateKind, DateMention, OrganizationMention, PersonMention, Span, Via
from .lexicon import current_language, lexicon
from .nouns import known_word
from .text import SentenceView, title_case

__all__ = ["MAX_WHAT_WORDS", "action", "action_span", "main_verb", "negated"]

# read once, when the event builder is first imported (import newskit does not import it)
_WORDS: Final = lexicon("en").words

MAX_WHAT_WORDS = 6
"""What happened is told in at most this many words."""

_OBJECT_STARTS: Final = _WORDS["determiners"] - {"that", "this"}
"""Words that begin a verb's object: after a bare form, they make it a verb ("increase the gaps")."""

_ACTION_ENDS: Final = _WORDS["clause_bounds"] | {",", "and", "but", "as", "after", "while", "amid"}
"""Where a verb phrase ends: a clause boundary, a comma or a conjunction ("and" between names excepted)."""

_NEGATIONS: Final = frozenset({"not", "never", "no", "won't", "won’t", "can't", "can’t", "cannot"})

_DAY_KINDS: Final = (DateKind.DATE, DateKind.TIME)
"""The kinds of a date that covers calendar days: a date inside a verb phrase ends it."""


def _cased(view: SentenceView, i: int, any_case: bool) -> bool:
    """A verb is written in lower case, except in a title-case headline."""
    word = view.words[i]
    return word.islower() or (any_case and word[:1].isupper() and word[1:].islower())


def _noun_context(view: SentenceView, i: int) -> bool:
    """Something before token ``i`` makes it a noun: "the rise", "BA's profits", "in decline"."""
    if i == 0:
        return False
    prev = view.lows[i - 1]
    return (
        prev in _WORDS["determiners"]
        or (prev in _WORDS["subject_stops"] and prev != "to")
        or prev[-2:] in ("'s", "’s", "s'")
        or prev[:1].isdigit()
    )


def main_verb(view: SentenceView, start: int, end: int | None = None) -> tuple[int, int] | None:
    """The verb group of a headline or a sentence's first clause, as (first token, verb token).

    The first token may be an auxiliary ("to", "will", "won't", "set to"); the subject is what
    comes before it, so a verb is looked for from the second token on. A finite or auxiliary-led
    verb comes before a bare form ("US trade gap *hits* record", not "trade"); of two verbs in a
    row the second is taken ("takeover talk *lifts*", "Umbro profits *lifted*").
    """
    end = len(view.words) if end is None else end
    lows, owner = view.lows, view.owner
    lex = lexicon()  # of the article's language
    verbs, verb_heads = lex.verbs, lex.verb_heads
    any_case: bool | None = None if view.sentence.in_title else False  # a title-case headline: found when needed
    auxiliaries, skip = _WORDS["auxiliaries"], _WORDS["skip_before_trigger"]
    bounds = _WORDS["clause_bounds"]
    found: list[tuple[int, int, int]] = []  # (first, verb, strength)
    i = start + 1
    while i < end:
        low = lows[i]
        if found and (low in bounds or low == ","):
            break  # the first clause only
        if owner[i] is not None:
            i += 1
            continue
        if not view.words[i].islower():
            if any_case is None:
                any_case = title_case(view)
            if not _cased(view, i, any_case):
                i += 1
                continue
        if low in auxiliaries or low in _NEGATIONS:
            j = i + 1
            while j < end and j - i <= 4 and (lows[j] in skip or lows[j] in auxiliaries or lows[j][-2:] == "ly"):
                j += 1
            tense = verbs.get(lows[j]) if j < end and owner[j] is None else None
            if tense is not None and (low != "to" or tense == "base") and not (low == "to" and _noun_context(view, i)):
                found.append((i, j, 3))
                i = j + 1
                continue
            i += 1
            continue
        tense = verbs.get(low)
        if tense is None and i + 1 < end and low in verb_heads:
            tense = verbs.get(f"{low} {lows[i + 1]}")  # a phrase trigger: "cries foul", "steps down"
        if tense is not None and not _noun_context(view, i):
            strength = 2 if tense in ("present", "past") else 1 if tense == "base" else 0
            if strength == 1 and i + 1 < end and (lows[i + 1] in _OBJECT_STARTS or lows[i + 1][:1].isdigit()):
                strength = 2  # a noun is seldom followed by "the" or a number: "increase the gaps"
            found.append((i, i, strength))
        i += 1
    if not found:
        return _between_names(view, start, end)
    finite = {v for _, v, strength in found if strength == 2}
    # "talk lifts": talk is a noun; not after a name ("Kremlin *rejects* claims")
    kept = [f for f in found if f[2] == 3 or f[1] + 1 not in finite or (f[1] > 0 and _named(owner[f[1] - 1]))]
    for strongest in (2, 1, 0):
        best = next((f for f in kept if f[2] >= strongest), None)
        if best is not None:
            return best[0], best[1]
    return None


def _between_names(view: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """A verb the lexicon does not know, in a headline: the lower-case word right after a name
    that another name follows ("Jane Doe *snubs* John Roe")."""
    if not view.sentence.in_title:
        return None
    owner, lows = view.owner, view.lows
    titled: bool | None = None
    for i in range(start + 1, end - 1):
        if owner[i] is None and view.words[i].isalpha() and lows[i] not in _WORDS["subject_stops"]:
            if not view.words[i].islower():
                if titled is None:
                    titled = title_case(view)
                if not titled or not _verb_shaped(view, i):
                    continue  # in a title-case headline, a verb's shape tells it ("Google *Fined* By ...")
            after = range(i + 1, min(end, i + 4))
            if _named(owner[i - 1]) and any(_named(owner[j]) for j in after):
                return i, i
            if (
                (_named(owner[i - 1]) or _proper(view, i - 1))
                and any(_named(owner[j]) or _proper(view, j) for j in after)
                and _verb_shaped(view, i)
            ):
                return i, i
    return None


def _verb_shaped(view: SentenceView, i: int) -> bool:
    """Does the word at token ``i`` read as a headline's verb after its subject: a present tense
    ("Obama *thanks*"), a past participle ("Google *fined*"), or a plain form after a plural ("Profits *stall*") that is no
    abstract or event noun ("Yukos *bankruptcy*")?"""
    low = view.lows[i]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return True
    if low.endswith("ed") and len(low) > 4:
        return True  # a past participle: "Google *fined* by ..."
    before = view.lows[i - 1]
    return before.endswith("s") and not before.endswith(("ss", "'s", "’s")) and not known_word(low)


def _proper(view: SentenceView, i: int) -> bool:
    """A capitalised word that no extractor named but English has no common word for ("Obama"
    where the people finder missed it): a name all the same. Only English has the word classes."""
    word = view.words[i]
    return (
        view.owner[i] is None
        and word[:1].isupper()
        and word.isalpha()
        and current_language() == "en"
        and view.lows[i] not in _WORDS["headline_stops"]
        and view.lows[i] not in _WORDS["mark_prepositions"]
        and not known_word(word)
    )


def _named(m: object) -> bool:
    """A person, an organisation or a country named as such (no demonym: "German consulate")."""
    if isinstance(m, CountryMention):
        return m.via != Via.DEMONYM
    return isinstance(m, (PersonMention, OrganizationMention))


def negated(view: SentenceView, first: int) -> bool:
    """Is the verb at token ``first`` negated ("did not attend", "won't make", "never met")?"""
    j = first - 1
    skip, auxiliaries = _WORDS["skip_before_trigger"], _WORDS["auxiliaries"]
    while j >= 0 and first - j <= 4:
        low = view.lows[j]
        if low in _NEGATIONS or low[-3:] in ("n't", "n’t"):
            return True
        if low in skip or low in auxiliaries or low[-2:] == "ly":
            j -= 1
            continue
        break
    return False


_QUOTES: Final = "'‘’\"“” "


def action_span(view: SentenceView, first: int, last: int) -> Span:
    """The text of tokens ``first..last`` without quotation marks at either end."""
    text, s, e = view.span_text(first, last)
    stripped = text.strip(_QUOTES)
    if stripped and stripped != text:
        s += text.index(stripped)
        e = s + len(stripped)
        text = stripped
    return Span(text=text, start=s, end=e)


def action(view: SentenceView, first: int, verb: int, end: int) -> tuple[int, int]:
    """Token bounds of a verb phrase: from ``first`` over the verb and what it governs, up to a
    clause boundary, a comma or a date, in at most :data:`MAX_WHAT_WORDS` words; where the words
    run out inside a phrase, it ends before its last preposition ("meets with Obama", not "meets
    with Obama at the White")."""
    lows, owner = view.lows, view.owner
    stops, determiners = _WORDS["subject_stops"], _WORDS["determiners"]
    last = verb
    cut = False
    starts, ends, words, text = view.starts, view.ends, view.words, view.text
    count = len(text[starts[first] : ends[verb]].split())
    for k in range(verb + 1, end):
        low = lows[k]
        if low in _ACTION_ENDS:
            if low == ",":
                if 0 < k < len(lows) - 1 and ends[k - 1] == starts[k] and starts[k + 1] == ends[k] and (
                    words[k - 1][-1:].isdigit() and words[k + 1][:1].isdigit()
                ):  # "45,000"
                    continue
                break
            if not (low == "and" and view.is_capitalised(k - 1) and k + 1 < end and view.is_capitalised(k + 1)):
                break  # a clause boundary, a comma or a conjunction; not "Berlin and Munich"
        m = owner[k]
        if m is not None and isinstance(m, DateMention) and m.kind in _DAY_KINDS:
            break
        before, at = ends[k - 1], starts[k]
        new = before < at and (" " in (gap := text[before:at]) or "\n" in gap)  # white space between: a new word
        if count + new > MAX_WHAT_WORDS:
            cut = True
            break
        count += new
        last = k
    if cut:
        back = next((j for j in range(last, verb + 1, -1) if lows[j] in stops and lows[j] not in determiners), None)
        if back is not None:
            last = back - 1
    while last > verb and (lows[last] in stops or lows[last] in determiners):
        last -= 1
    return first, last
