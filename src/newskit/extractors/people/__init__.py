"""People in news articles: name patterns, titles and roles, name data and coreference.

>>> from newskit import Article
>>> from newskit.prepare import prepare
>>> doc = prepare(Article(text="Secretary of State Antony Blinken flew in. Blinken said so."))
>>> [(m.text, m.name, m.role) for m in find_people(doc)]
[('Antony Blinken', 'Antony Blinken', 'Secretary of State'), ('Blinken', 'Antony Blinken', None)]
"""

from __future__ import annotations

from ...names import NameIndex, name_keys
from .finder import Candidate, find_people
from .lexicon import Lexicon, fold, lexicon

__all__ = ["Candidate", "Lexicon", "NameIndex", "find_people", "fold", "lexicon", "name_keys"]
