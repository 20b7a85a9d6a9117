"""Events: who did what, where and when, found from trigger words and the article's mentions.

The vocabulary, trigger words and function words are data files in ``newskit/data/events/``;
see the documentation page *Events* for the rules.
"""

from __future__ import annotations

from .builder import build_events, complete_main_event, position_weight
from .lexicon import Form, Kind, Lexicon, inflections, lexicon

__all__ = [
    "Form",
    "Kind",
    "Lexicon",
    "build_events",
    "complete_main_event",
    "inflections",
    "lexicon",
    "position_weight",
]
