"""Coreference inside one article: short mentions take the full name they stand for."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon, fold

__all__ = ["NameIndex", "name_keys"]


def name_keys(words: Sequence[str], lex: Lexicon) -> list[str]:
    """The folded short forms a full name may be referred to by.

    Every tail of the name ("Tokayev", "von der Leyen", "bin Salman", "Jong Un"), and the
    family name of a name written family name first ("Xi" of "Xi Jinping").
    """
    folded = [fold(w) for w in words]
    while len(folded) > 1 and words[len(folded) - 1].rstrip(".") in lex.suffixes:
        folded.pop()
    keys = []
    for k in range(1, len(folded)):
        if folded[k] in lex.particles and k == len(folded) - 1:
            continue
        keys.append(" ".join(folded[k:]))
    if len(folded) in (2, 3) and folded[0] in lex.family_first:
        keys.append(folded[0])
    return keys


class NameIndex:
    """The full names of one article and the short forms that point to them.

    Two people sharing a family name stay apart. A short form shared by several full names goes
    to the one an honorific fits ("Mrs Smith": a woman's given name), then to the one that was
    given the same role ("President Obama"), then to the one the article introduced first (its
    protagonist, as in "Donald Trump ... Melania Trump ... Trump said").
    """

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.full: dict[str, str] = {}  # folded full name -> canonical spelling
        self.short: dict[str, list[str]] = {}  # folded short form -> canonical names
        self.given: dict[str, list[str]] = {}  # folded first word -> canonical names
        self.seen: dict[str, list[int]] = {}  # canonical name -> offsets of its full mentions
        self.roles: dict[str, set[str]] = {}  # canonical name -> folded roles stated with it

    def __bool__(self) -> bool:
        return bool(self.full)

    def add(self, words: Sequence[str], offset: int, role: str | None = None) -> None:
        """Record a full name (two words or more) found at ``offset``.

        Add longer names first: a name that is the tail of one already known is not a new person.
        """
        key = " ".join(fold(w) for w in words)
        canonical = self.full.get(key)
        if canonical is None and key in self.short:  # "von der Leyen" after "Ursula von der Leyen"
            canonical = self.resolve(words, offset)
        if canonical is None:
            canonical = self.full[key] = " ".join(words)
            for short in name_keys(words, self.lex):
                self.short.setdefault(short, []).append(canonical)
            folded = [fold(w) for w in words]
            for k, part in enumerate(folded[:-1]):  # "Jansher" of "Jansher Khan", "Lula" of "Luiz Inácio Lula da Silva"
                if len(part) > 2 and part not in self.lex.particles and (k or part not in self.lex.family_first):
                    self.given.setdefault(part, []).append(canonical)
        self.seen.setdefault(canonical, []).append(offset)
        if role:
            self.roles.setdefault(canonical, set()).add(fold(role))

    def known_family(self, words: Sequence[str]) -> bool:
        """True when the last word of ``words`` is the family name of a known full name."""
        return fold(words[-1]) in self.short

    def resolve(
        self,
        words: Sequence[str],
        offset: int,
        *,
        by_given: bool = True,
        role: str | None = None,
        sex: str | None = None,
    ) -> str | None:
        """The canonical full name ``words`` stands for at ``offset``, or None.

        A family name or other tail of a full name comes first; a lone given name ("Jansher" of
        "Jansher Khan") is tried after it unless ``by_given`` is false. ``role`` (a title stated
        with the mention) and ``sex`` ("m" or "f", from an honorific) pick between namesakes.
        """
        key = fold(words[0]) if len(words) == 1 else " ".join([fold(w) for w in words])
        canonical = self.full.get(key)
        if canonical is not None:
            return canonical
        names = self.short.get(key) or (self.given.get(key) if by_given else None)
        if not names:
            return None
        names = list(dict.fromkeys(names))
        if len(names) > 1 and sex is not None:
            fitting = [n for n in names if self.lex.sex_of(n.split()[0]) in (sex, None)]
            names = fitting or names
        if len(names) > 1 and role:
            same = [n for n in names if fold(role) in self.roles.get(n, ())]
            names = same or names
        return min(names, key=lambda n: min(self.seen[n]))
