"""Regenerate the noun classes the event rules read, in ``src/newskit/data/events/``, from WordNet 3.0.

- ``agent_nouns.txt``: single-word nouns one of whose two most frequent senses is a person or a
  group (WordNet lexicographer files ``noun.person`` and ``noun.group``): "driver", "firefighter",
  "militant", "police", "club". A noun phrase whose head is one of them can act.
- ``not_nouns.txt``: common English words (the people finder's SCOWL list) with no noun reading in
  WordNet: adjectives, verbs and adverbs ("fatal", "presidential", "further"). A phrase they end
  names no one ("a new").
- ``abstract_nouns.txt``: common nouns whose most frequent sense is abstract (an attribute, a
  feeling, a state, a time, a communication...: "price", "horror", "call") and no person or group
  among their first two senses. They can be what a sentence is about ("Oil prices fall"), but a
  lone one capitalised at the start of a headline is no name ("*Call* to save jobs").
- ``event_nouns.txt``: common nouns whose most frequent sense is an act, an event, a phenomenon
  or a process ("race", "explosion", "quake"): a phrase they head may cause harm ("an explosion
  killed two") but a capitalised one at the start of a sentence names no one ("Race to reach ...").

WordNet comes from the Debian package ``wordnet-base`` (``apt-get install wordnet-base``); it is
read at build time only. WordNet 3.0 Copyright 2006 by Princeton University (licence in
``src/newskit/data/events/README.md``).

usage: python scripts/build_event_nouns.py [--wordnet /usr/share/wordnet] [--out DIR]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newskit" / "data" / "events"
COMMON = ROOT / "src" / "newskit" / "data" / "people" / "common_words.txt"

PERSON, GROUP = 18, 14
EVENTS = {4, 11, 19, 22}  # noun.act, noun.event, noun.phenomenon, noun.process
ABSTRACT = {7, 9, 10, 12, 16, 24, 25, 26, 28}  # attribute, cognition, communication, feeling, motive, relation, shape, state, time
WORD = re.compile(r"[a-z][a-z'-]*[a-z]")

HEADER = """# {what}
# Derived by scripts/build_event_nouns.py from WordNet 3.0 (Debian package wordnet-base);
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See README.md in this folder.
"""


def _lexfiles(wordnet: Path) -> dict[str, int]:
    out = {}
    with open(wordnet / "data.noun", encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith("  "):
                offset, lexfile = line.split(" ", 2)[:2]
                out[offset] = int(lexfile)
    return out


def _noun_senses(wordnet: Path) -> dict[str, list[int]]:
    """Each noun lemma's senses (lexicographer file numbers), most frequent first."""
    lexfile = _lexfiles(wordnet)
    senses = {}
    with open(wordnet / "index.noun", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            f = line.split()
            pointers = int(f[3])
            senses[f[0]] = [lexfile[o] for o in f[4 + pointers + 2 :]]
    return senses


def _other_lemmas(wordnet: Path) -> set[str]:
    out = set()
    for pos in ("adj", "verb", "adv"):
        with open(wordnet / f"index.{pos}", encoding="latin-1") as fh:
            out.update(line.split()[0] for line in fh if not line.startswith("  "))
    return out


def build(wordnet: Path, out: Path) -> None:
    senses = _noun_senses(wordnet)
    other = _other_lemmas(wordnet)
    common = {w for w in COMMON.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")}
    agents = sorted(w for w, s in senses.items() if WORD.fullmatch(w) and (PERSON in s[:2] or GROUP in s[:2]))
    not_nouns, abstract, events = [], [], []
    for w in sorted(common):
        if not WORD.fullmatch(w):
            continue
        s = senses.get(w)
        if s is None:
            if w in other:
                not_nouns.append(w)
        elif PERSON in s[:2] or GROUP in s[:2]:
            continue
        elif s[0] in ABSTRACT:
            abstract.append(w)
        elif s[0] in EVENTS:
            events.append(w)
    out.mkdir(parents=True, exist_ok=True)
    for name, what, words in (
        ("agent_nouns.txt", "Nouns naming a person or a group (one of the two most frequent senses): a phrase they head can act.", agents),
        ("not_nouns.txt", "Common words with no noun reading (adjectives, verbs, adverbs): a phrase they end names no one.", not_nouns),
        ("abstract_nouns.txt", "Common nouns whose most frequent sense is abstract (attribute, feeling, state, time...), no person or group.", abstract),
        ("event_nouns.txt", "Common nouns whose most frequent sense is an act, an event, a phenomenon or a process.", events),
    ):
        (out / name).write_text(HEADER.format(what=what) + "\n".join(words) + "\n", encoding="utf-8")
        print(name, len(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    build(args.wordnet, args.out)


if __name__ == "__main__":
    main()
