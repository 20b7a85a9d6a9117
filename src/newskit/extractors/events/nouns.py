"""Which words can name who acts: the word classes of ``data/events`` (derived from WordNet 3.0 by
``scripts/build_event_nouns.py``).

A plain noun phrase is an actor when its head names a person or a group ("an armed man",
"three students", "firefighters"); it can still be what a sentence is about when its head is
another noun ("Oil prices fall"), but not when its last word is no noun at all ("a new"). A
word that only its position capitalises (the first of a sentence, the first after a headline's
colon) names no one when it is an adjective, a verb, an abstract noun or an event ("*Fatal*
attack", "*Race* to reach boy", "*Call* to save jobs"), unless it also names a person or a
group ("*Police* name victims").
"""

from __future__ import annotations

import functools

from ...resources import read_lines

__all__ = ["can_end_actor", "is_agent", "known_word", "names_no_one", "singular"]

_IRREGULAR = {"men": "man", "women": "woman", "people": "person", "children": "child"}


@functools.cache
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Agent nouns; words with no noun reading; abstract and event nouns."""
    return (
        frozenset(read_lines("events/agent_nouns.txt")),
        frozenset(read_lines("events/not_nouns.txt")),
        frozenset(read_lines("events/abstract_nouns.txt")) | frozenset(read_lines("events/event_nouns.txt")),
    )


def singular(word: str) -> str:
    """A plural noun's singular by the regular rules, lower case; other words as they are.

    >>> [singular(w) for w in ("Firefighters", "casualties", "policemen", "people", "crash", "bus")]
    ['firefighter', 'casualty', 'policeman', 'person', 'crash', 'bus']
    """
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("men") and low[:-3] + "man" in _classes()[0]:
        return low[:-3] + "man"
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 3 and low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


@functools.lru_cache(maxsize=8192)
def is_agent(word: str) -> bool:
    """Does ``word`` (or its singular) name a person or a group ("driver", "militants", "police")?

    >>> is_agent("Firefighters"), is_agent("students"), is_agent("footage")
    (True, True, False)
    """
    agents = _classes()[0]
    low = word.lower()
    return low in agents or singular(low) in agents


@functools.lru_cache(maxsize=8192)
def can_end_actor(word: str) -> bool:
    """Can a noun phrase end in ``word`` and name who acts or what a sentence is about? Not when
    it has no noun reading ("a new", "the latest").

    >>> can_end_actor("driver"), can_end_actor("prices"), can_end_actor("new")
    (True, True, False)
    """
    low = word.lower()
    return is_agent(low) or (low not in _classes()[1] and singular(low) not in _classes()[1])


@functools.lru_cache(maxsize=8192)
def names_no_one(word: str) -> bool:
    """Is ``word``, capitalised by its position only, no name: an adjective, a verb, an abstract
    or an event noun, and no person or group?

    >>> names_no_one("Fatal"), names_no_one("Race"), names_no_one("Police"), names_no_one("Toblerone")
    (True, True, False, False)
    """
    if is_agent(word):
        return False
    low = word.lower()
    _, not_nouns, abstract = _classes()
    return low in not_nouns or low in abstract or singular(low) in abstract


@functools.lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
    """Is ``word`` (or its singular) a common English word of the classes: a noun naming people,
    a word with no noun reading, an abstract or an event noun?

    >>> known_word("Thanks"), known_word("Police"), known_word("Zorblax")
    (True, True, False)
    """
    low = word.lower()
    one = singular(low)
    agents, not_nouns, abstract = _classes()
    return any(w in agents or w in not_nouns or w in abstract for w in (low, one))
