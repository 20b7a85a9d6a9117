"""Find organisations in a prepared document: listed names, head words, legal forms, acronyms, results tables.

One regular expression finds every run of capitalised words (joined by "of", "for", "&"...) on a line; each
run is read word by word:

1. a listed name (``known.tsv``, names learned from CoNLL-2003 train) is an organisation, the longest first;
2. a run ending in a head word ("Liberal Democratic Party", "Daewoo Corp", "Sindh High Court") or a legal
   form ("Siemens AG"), or starting with a head word before "of" ("Bank of Japan", "University of Texas"),
   is one; a country or demonym before a two-word name is left out ("Japanese Foreign Ministry");
3. a name followed by an acronym in brackets whose letters are its initials ("Singapore Refining Company (SRC)")
   is one, and the acronym names it too;
4. in a sports results line, the name before a score ("Ruch Chorzow 5", "Durham 326") or after "v" is a club,
   unless it is a country (a national side is the country);

then every other occurrence in the article of a name found (and of its acronym, and of a company's name
without its legal form, "Dacom" for "Dacom Corp") is a mention of the same organisation.
"""

from __future__ import annotations

import functools
import re

import attrs

from ...document import Document
from .lexicon import Known, Lexicon, lexicon
from .lexicon import country_code as _country

__all__ = ["Found", "find_organizations"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UPPER}][\w'’.&/-]*|\d+[{_UPPER}][\w]*)"
_JOIN = r"(?:of|for|and|&|de|du|des|del|der|la|van|von|on|the|in)"
_RUN = re.compile(rf"(?<![\w'’.-]){_WORD}(?:(?:[ \t]+{_JOIN}){{0,2}}[ \t]+(?:{_WORD}|(?<=of )\d+\b))*")
_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z0-9&.-]{1,9})[ \t]*\)")
_SCORE_AFTER = re.compile(r"[ \t]+(?:\([ \t]*([^()\n]{2,30}?)[ \t]*\)[ \t]+)?\d+(?:[-/]\d+)?(?![\w:/-])")
_VERSUS_BEFORE = re.compile(r"(?<![^ \t\n])(?:v|vs\.?|versus)[ \t]+$")  # searched in a bounded window
_TEAM_BEFORE = re.compile(r"\([ \t]*([^()\n]{2,30}?)[ \t]*\)[ \t]*,?[ \t]*$")
_TEAM_AFTER = re.compile(r"[ \t]*,?[ \t]*\d")
_LETTERS = re.compile(r"[^\W\d_]")
_NUMBER_BEFORE = re.compile(r"[ \t]\d+(?:-\d+)?[ \t]+$")  # "Baltimore 5 | Seattle 3": a score just before
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NOT_SPACE = re.compile(r"\S")
_LOOK_BACK = 100  # characters of a line read back before a name: a long line costs no more per name
_SPORTS = re.compile(
    r"\b(?:soccer|football|cricket|rugby|baseball|basketball|hockey|volleyball|handball|tennis|golf|athletics|"
    r"cycling|boxing|racing|motor|grand prix|formula|rally|olympics?|nba|nfl|nhl|league|cup|championship|"
    r"division|club|match|beat|beats|draw|drew|season|standings|results?|scores?|goals?|striker|coach)\b",
    re.IGNORECASE,
)
_CONNECTORS = frozenset({"of", "for", "and", "&", "de", "du", "des", "del", "der", "la", "van", "von", "on", "the", "in"})
_FUNCTION = frozenset(
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "But", "And", "Or", "As", "If", "When",
        "After", "Before", "While", "Since", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our",
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "With", "Under", "Shares", "Both", "All", "Some",
        "Of", "Other", "New", "Former", "Then", "So", "It", "He", "She", "They", "We", "I", "Also",
    }
)  # fmt: skip
_UPPER_FUNCTION = frozenset(w.upper() for w in _FUNCTION)
_ALONE = frozenset({"Parliament", "Senate", "Congress", "Treasury", "Pentagon"})
"""Head words that name one organisation alone; other head words alone ("the Party", "Bank") name none."""

Word = tuple[int, int, str]


@attrs.frozen(kw_only=True)
class Found:
    """An organisation mention: its span, its name and, where known, kind and country; ``via`` tells how."""

    start: int
    end: int
    name: str
    kind: str | None = None
    country: str | None = None
    via: str = "name"
    score: float = 1.0


@functools.cache
def _common() -> frozenset[str]:
    from ..people.lexicon import lexicon as people_lexicon

    return people_lexicon().common


@functools.cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cue phrases after a name and before it, as patterns whose group 1 is the phrase."""
    lex = lexicon()

    def alternation(phrases: dict[str, str | None]) -> str:
        return "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))

    after = re.compile(rf"[ \t]*(?:['’]s?[ \t]*)?({alternation(lex.cues_after)})\b")
    before = re.compile(rf"\b({alternation(lex.cues_before)})[ \t]+$", re.IGNORECASE)
    return after, before


def _given(word: str) -> bool:
    """True when ``word`` is a known given name."""
    from ..people.lexicon import fold
    from ..people.lexicon import lexicon as people_lexicon

    return fold(word) in people_lexicon().given


@functools.cache
def _cue_ends() -> frozenset[str]:
    """The last words of the cue phrases before a name ("of" in "shares of", "firm")."""
    return frozenset(p.split()[-1] for p in lexicon().cues_before)


@functools.cache
def _calendar() -> frozenset[str]:
    from ..people.lexicon import lexicon as people_lexicon

    return frozenset(w.capitalize() for w in people_lexicon().calendar) | people_lexicon().calendar


@functools.lru_cache(maxsize=16384)
def _place(phrase: str) -> bool:
    """True when ``phrase`` names a place of any kind in the gazetteer ("West Bank")."""
    from ..countries import lookup

    return lookup(phrase) is not None


def _words(text: str, start: int, end: int) -> list[Word]:
    """The words of a run, a possessive or a sentence's full stop taken off ("Japan's", "Corp." kept)."""
    out: list[Word] = []
    for m in re.finditer(r"\S+", text[start:end]):
        s, e, w = start + m.start(), start + m.end(), m.group()
        if w.endswith(("'s", "’s")) and len(w) > 2:
            e -= 2
            w = w[:-2]
            out.append((s, e, w))
            out.append((e, e, "'s"))  # a possessive ends a name
            continue
        stop = w.endswith(".") and w.count(".") == 1 and len(w) > 1 and w[:-1] not in _abbrev_ok()
        if stop:
            w, e = w[:-1], e - 1
        if w.endswith(("'", "’", "-", "/")):
            w, e = w[:-1], e - 1
        if w:
            out.append((s, e, w))
        if stop:
            out.append((e, e, "."))  # a sentence's full stop ends a name: "last February. The Maariv newspaper"
    return out


@functools.cache
def _abbrev_ok() -> frozenset[str]:
    lex = lexicon()
    return frozenset({*(s.rstrip(".") for s in lex.legal), "Co", "Corp", "Inc", "Ltd", "Bros", "St", "Cos"})


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex: Lexicon = lexicon()
        self.found: list[Found] = []
        self.aliases: dict[str, Found] = {}
        title = doc.text[doc.title.start : doc.title.end] if doc.title else doc.text[: doc.text.find("\n") + 1 or 200]
        self.sports = bool(_SPORTS.search(title))

    def is_nothing(self, run: str, s: int, e: int, ls: int) -> bool:
        """True when a run can hold no organisation: no listed, head or start word, no acronym or cue after it."""
        lex = self.lex
        by_first = lex.by_first
        ends = _cue_ends()
        for word in run.split():
            if word in ends:
                return False  # "Shares of Quorvex": the cue is inside the run
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            for form in (word, word.rstrip(".'’-/")):
                if form in by_first or form.upper() in by_first or form in lex.heads or form in lex.legal:
                    return False
                if form in lex.starts:
                    return False
        text = self.text
        after = _cues()[0]
        if after.match(text, e) is not None or _ACRONYM_AFTER.match(text, e) is not None:
            return False
        cut = text.rfind(" ", ls, s - 1)
        previous = text[cut + 1 if cut >= 0 else ls : s].strip()
        return previous.lower() not in _cue_ends()

    def run(self) -> list[Found]:
        text = self.text
        sports = self.sports
        pos = 0
        size = len(text)
        while pos < size:
            le = text.find("\n", pos)
            if le < 0:
                le = size
            ls, pos = pos, le + 1
            if le - ls < 2:
                continue
            caps: bool | None = None
            for m in _RUN.finditer(text, ls, le):
                s, e = m.span()
                if not sports and self.is_nothing(m.group(), s, e, ls):
                    continue  # most runs hold no organisation: skip them fast
                if caps is None:
                    line = text[ls:le]
                    caps = line == line.upper() and len(_LETTERS.findall(line)) > 8
                self.segment(_words(text, s, e), caps, ls, le)
        if not self.sports:
            self.found = [f for f in self.found if f.via != "sports-only"]
        self.found = [attrs.evolve(f, via="name") if f.via == "sports-only" else f for f in self.found]
        return self.propagate()

    def segment(self, words: list[Word], caps: bool, ls: int, le: int) -> None:
        """Read one run: split it at possessives and at "and" (unless after "of"), then find names in each part."""
        part: list[Word] = []
        linked = False  # an "of" or "for" seen: "Organisation for Security and Cooperation"
        for w in words:
            t = w[2]
            if t in ("'s", ".") or (t == "and" and not linked):
                self.part(part, caps, ls, le)
                part, linked = [], False
            else:
                part.append(w)
                linked = linked or t in ("of", "for")
        self.part(part, caps, ls, le)

    def part(self, words: list[Word], caps: bool, ls: int, le: int) -> None:
        while words and words[0][2] in _CONNECTORS:
            words = words[1:]
        if not words:
            return
        if self.sports and self.team(words, ls):
            return
        lex = self.lex
        texts = [w[2] for w in words]
        n = len(words)
        i = 0
        pending = 0  # first word not yet part of a name
        while i < n:
            hit = lex.match(texts, i)
            if hit is not None:
                size, known = hit
                w = texts[i]
                if (size == 1 and caps and (w.lower() in _common() or len(w) < 3)) or (size == 1 and not caps and known.learned and w.isupper() and len(w) < 3):
                    hit = None
                elif (
                    size == 1
                    and not caps
                    and i + 1 < n
                    and texts[i + 1] not in lex.heads
                    and texts[i + 1] not in lex.legal
                    and texts[i + 1] not in _CONNECTORS
                ):
                    hit = None  # "Labour Day", "Fed Cup": the word names something else here
            if hit is not None:
                size, known = hit
                if i > pending and not caps:
                    self.heads(words[pending:i], ls, le)
                if i > 0 and known.country is None and (code := _country(texts[i - 1])):
                    known = attrs.evolve(known, country=code)  # "the Japanese Foreign Ministry"
                end = i + size
                # a listed name followed by a head word is a longer name ("Daewoo Corp", "Reuters Television")
                while end < n and (texts[end] in lex.heads or texts[end] in lex.legal) and not caps:
                    end += 1
                self.add(words[i], words[end - 1], known, via="sports-only" if known.sports_only else "name")
                i = pending = end
                continue
            i += 1
        if pending < n and not caps:
            self.heads(words[pending:], ls, le)

    def heads(self, words: list[Word], ls: int, le: int) -> None:
        """Names made by a head word, a start word or a legal form, acronyms and clubs in a run's words."""
        lex = self.lex
        texts = [w[2] for w in words]
        n = len(texts)
        while n and (texts[0] in _FUNCTION or texts[0] in _CONNECTORS):
            words, texts, n = words[1:], texts[1:], n - 1
        while n and texts[-1] in _CONNECTORS:
            words, texts, n = words[:-1], texts[:-1], n - 1
        if not n:
            return
        if n >= 2 and texts[0] in lex.starts and texts[1] not in _CONNECTORS:
            end = n - 1
            for x in range(1, n):  # "Air France", "Dynamo Kiev Chairman...": up to a title word
                if texts[x] in _CONNECTORS and x + 1 < n:
                    continue
            self.add(words[0], words[end], Known(kind=lex.starts[texts[0]]), via="head")
            return
        start = 0
        i = 0
        while i < n:
            w = texts[i]
            legal = w in lex.legal
            kind = lex.heads.get(w) or ("company" if legal else None)
            if kind is None:
                i += 1
                continue
            end = i
            # a chain of heads and legal forms: "Motor Co Ltd"
            while end + 1 < n and (texts[end + 1] in lex.heads or texts[end + 1] in lex.legal):
                end += 1
                if texts[end] in lex.legal:
                    legal = True
                else:
                    kind = lex.heads[texts[end]]
            # "Bank of Japan", "University of Texas at Austin": a head before "of" takes the rest of the run
            if end + 1 < n and texts[end + 1] in ("of", "for") and end + 2 < n and not legal:
                end = n - 1
            elif end + 1 < n and not legal:
                i = end + 1  # a head word inside a name of something else: "United States", "Police Chief"
                continue
            first = start
            while first < i and texts[first] in _calendar():
                first += 1  # "August National Association of Purchasing Management"
            while end > first and texts[end] in _calendar() and texts[end - 1] in _CONNECTORS:
                end -= 2  # "the University of Rochester for Saturday": the day is no part of the name
            for x in range(i - 1, first - 1, -1):  # "Palestinians in the West Bank", "Casesa of Schroder & Co"
                if texts[x] in ("in", "of", "the", "for", "on"):
                    first = x + 1
                    break
            if end == first and w not in _ALONE:
                i = start = end + 1
                continue  # a head word alone names no one ("Bank", "Party")
            name = " ".join(texts[first : end + 1])
            if _place(name):
                i = start = end + 1
                continue  # "West Bank", "Gold Coast"
            # a country or demonym before a name of two words or more is not part of it: "U.S. State Department"
            country = None
            lead = _country(texts[first]) if end - first >= 2 else None
            if lead is not None:
                country = lead
                first += 1
            if country is None:
                for x in range(first, end + 1):
                    if texts[x] not in _CONNECTORS and texts[x] not in lex.heads and (code := _country(texts[x])):
                        country = code
                        break
            if first > start:
                self.bare(words[start:first], ls, le)
            self.add(words[first], words[end], Known(kind=kind, country=country), via="head")
            i = start = end + 1
        if start < n:
            self.bare(words[start:], ls, le)

    def bare(self, words: list[Word], ls: int, le: int) -> None:
        """A name with no head word: an organisation when an acronym of its initials or a score follows it."""
        text = self.text
        s, e = words[0][0], words[-1][1]
        texts = [w[2] for w in words]
        m = _ACRONYM_AFTER.match(text, e)
        if m is not None and len(words) >= 2:
            initials = "".join(t[0] for t in texts if t not in _CONNECTORS)
            if m.group(1).replace(".", "").upper() == initials.upper() and not _place(" ".join(texts)):
                self.add(words[0], words[-1], Known(), via="acronym")
                return
        name = " ".join(texts)
        after, before = _cues()
        cue = after.match(text, e) or before.search(text, max(ls, s - 40), s)
        if cue is not None and len(_LETTERS.findall(name)) > 1 and not _place(name) and name not in _calendar():
            kinds = self.lex.cues_after if cue.re is after else self.lex.cues_before
            kind = kinds[" ".join(cue.group(1).lower().split())]
            # "Comelf 's shares" is the firm's; "Hen Vipheak 's newspaper" is a person's
            owned = cue.re is after and cue.group().lstrip()[:1] in "'’"
            # a common word is a name only inside a sentence: "the Eagles organisation", not "Officials said"
            common = name.lower() in _common() and (s == ls or not text[s - 2 : s - 1].isalpha())
            if not common and not (owned and kind in (None, "media")):
                self.add(words[0], words[-1], Known(kind=kind), via="cue")
                return
        if not self.sports:
            return
        if len(words) == 1 and (name.lower() in _common() or name in _calendar()):
            return
        window = max(ls, s - _LOOK_BACK)
        versus = _VERSUS_BEFORE.search(text, window, s) is not None
        blank = _NOT_SPACE.search(text, ls, s) is None
        score = _NUMBER_BEFORE.search(text, window, s)
        scored_before = score is not None and _ASCII_LETTER.search(text, ls, score.start()) is not None
        if versus or blank or text[window:s].rstrip().endswith(":") or scored_before:
            m = _SCORE_AFTER.match(text, e)
            scored = m is not None and m.end() <= le and (m.group(1) is None or _country(m.group(1)) is not None)
            if (scored or versus) and _country(name) is None and not (name.isupper() and len(name) < 3):
                self.add(words[0], words[-1], Known(kind="sports_club"), via="results")

    def team(self, words: list[Word], ls: int) -> bool:
        """A team or make after a competitor's country ("Alex Zanardi ( Italy ) , Reynard Honda , 53.980")."""
        text = self.text
        s, e = words[0][0], words[-1][1]
        team = _TEAM_BEFORE.search(text, max(ls, s - 40), s)
        if team is None or _country(team.group(1)) is None or not _TEAM_AFTER.match(text, e):
            return False
        self.add(words[0], words[-1], Known(kind="sports_club"), via="team")
        return True

    def add(self, first: Word, last: Word, known: Known, *, via: str) -> None:
        start, end = first[0], last[1]
        name = self.text[start:end]
        score = 1.0
        if via in ("cue", "results") and _given(first[2]):
            score = 0.9  # "Pete Sampras ( U.S. ) 6-3": where the people finder sees a person, it wins the merge
        found = Found(start=start, end=end, name=name, kind=known.kind, country=known.country, via=via, score=score)
        self.found.append(found)
        m = _ACRONYM_AFTER.match(self.text, end)
        if m is not None and m.group(1).isupper() and via != "results":
            acro = m.group(1)
            self.found.append(attrs.evolve(found, start=m.start(1), end=m.end(1), via="acronym"))
            self.aliases.setdefault(acro, found)

    def propagate(self) -> list[Found]:
        """Every occurrence of a found name, of its acronym and of a company's name without its legal form."""
        text = self.text
        taken = sorted((f.start, f.end) for f in self.found)
        names: dict[str, Found] = {}
        for f in self.found:
            names.setdefault(f.name, f)
            parts = f.name.split()
            if f.via in ("head", "name") and len(parts) >= 2 and parts[-1].rstrip(".") in self.lex.legal:
                core = " ".join(parts[:-1])
                if len(core) > 2 and core.lower() not in _common() and _country(core) is None:
                    names.setdefault(core, f)
        for acro, f in self.aliases.items():
            names.setdefault(acro, f)
        out = list(self.found)
        # What is taken, as marks on the text: a span s:e (s < e) marks its characters, an empty one its
        # offset; "overlaps a taken span" is then one scan in C of the few characters of an occurrence,
        # not a look at every span taken so far.
        covered = bytearray(len(text) + 1)
        points = bytearray(len(text) + 1)
        for s, e in taken:
            if s < e:
                covered[s:e] = b"\x01" * (e - s)
            else:
                points[s] = 1
        starts = _word_starts(text) if len(text) > _INDEXED else None
        for name, f in names.items():
            canonical = f.name if name not in self.aliases else self.aliases[name].name
            for variant in {name, name.upper()}:
                for pos in _occurrences(text, variant, starts):
                    end = pos + len(variant)
                    whole = (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                    if whole and covered.find(1, pos, end) < 0 and points.find(1, pos + 1, end) < 0:
                        out.append(attrs.evolve(f, start=pos, end=end, name=canonical, via="repeat"))
                        covered[pos:end] = b"\x01" * (end - pos)
        out.sort(key=lambda f: (f.start, -f.end))
        kept: list[Found] = []
        last_end = -1
        for f in out:
            if f.start >= last_end:
                kept.append(f)
                last_end = f.end
        return kept


def find_organizations(doc: Document) -> list[Found]:
    """Every organisation mention in ``doc``, in text order."""
    if not doc.text:
        return []
    return _Finder(doc).run()


_INDEXED = 50_000  # characters from which the occurrences of a name are looked up in an index of word starts
_ALNUM_RUN = re.compile(r"[^\W_]+")


def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each run of letters and digits of ``text`` starts (each run whole), in order."""
    starts: dict[str, list[int]] = {}
    for m in _ALNUM_RUN.finditer(text):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


def _occurrences(text: str, variant: str, starts: dict[str, list[int]] | None) -> list[int]:
    """Where ``text.find`` finds ``variant``, each search going on after the last one found.

    On a long text (``starts`` given), a name that begins with a letter or digit and can overlap no
    other occurrence of itself is looked up by its first word, among the words of the text, instead
    of searched for through the whole text: every occurrence that starts a word, which is all a
    caller that wants whole words needs. Otherwise every occurrence.
    """
    first = _ALNUM_RUN.match(variant)
    if starts is None or first is None or any(variant.endswith(variant[:k]) for k in range(1, len(variant))):
        found = []
        pos = text.find(variant)
        while pos >= 0:
            found.append(pos)
            pos = text.find(variant, pos + len(variant))
        return found
    return [pos for pos in starts.get(first.group(), ()) if text.startswith(variant, pos)]
