"""Tokens with offsets, as the people finder sees them."""

from __future__ import annotations

import re

__all__ = ["TOKEN", "tokenize"]

# A word: letters and digits, with inner apostrophes (O'Rourke, not the possessive 's) and
# inner hyphens (Kassym-Jomart, al-Assad); a possessive 's on its own; a number; or any
# other single character.
TOKEN = re.compile(
    r"[^\W\d_][^\W_]*(?:(?:['’](?!s\b)(?=[^\W\d_])|[-‐](?=[^\W_]))[^\W_]*)*"
    r"|['’]s\b"
    r"|\d[\d.,:/-]*(?:st|nd|rd|th|[a-z]+)?"
    r"|\S"
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the tokens of ``text``.

    >>> t = "Beto O'Rourke's plan."
    >>> [t[s:e] for s, e in tokenize(t)]
    ['Beto', "O'Rourke", "'s", 'plan', '.']
    """
    return [m.span() for m in TOKEN.finditer(text)]
