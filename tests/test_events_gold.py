"""The main event against the Giveme5W1H dev gold and the seed article (skip where ../shared is absent).

The scoring mirrors ``../shared/eval/score.py``: a hit is a predicted phrase sharing a content word
with an annotated phrase, or for when a value whose day equals the annotation's parsed day.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import newskit

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "data" / "events" / "dev.jsonl"
STOP = frozenset(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is",
        "was", "were", "be", "been", "near", "after", "before", "during", "around", "about", "his", "her",
        "their", "its", "this", "that", "these", "those", "late", "early",
    ]
)


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[\w']+", (text or "").lower()) if w not in STOP}


@pytest.fixture(scope="module")
def scored() -> dict[str, float]:
    if not GOLD.exists():
        pytest.skip(f"the Giveme5W1H dev set is not at {GOLD}: ../shared is not beside this checkout")
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    hits = {q: [0, 0] for q in ("who", "when", "where")}
    for doc in docs:
        text = f"{doc['title']}\n\n{doc['text']}" if doc.get("title") else doc["text"]
        published = (doc.get("published") or "")[:10] or None
        main = newskit.extract(text, published=published).main_event
        got: dict[str, list[Any]] = {
            "who": [p.name for p in main.who] if main else [],
            "where": [p.name for p in main.where] if main else [],
            "when": [(main.when.text, main.when.value)] if main and main.when else [],
        }
        for q in hits:
            answers = [a for a in doc.get(q) or [] if a.get("text") or a.get("parsed")]
            if not answers:
                continue
            hits[q][1] += 1
            if q == "when":
                ok = any(_words(t) & _words(a.get("text")) for t, _ in got[q] for a in answers) or any(
                    v and a.get("parsed") and str(v)[:10] == a["parsed"][:10] for _, v in got[q] for a in answers
                )
            else:
                ok = any(_words(t) & _words(a.get("text")) for t in got[q] for a in answers)
            hits[q][0] += ok
    return {q: h / n for q, (h, n) in hits.items()}


@pytest.mark.parametrize(("question", "target"), [("who", 0.80), ("when", 0.70), ("where", 0.75)])
def test_the_main_event_answers_the_gold_questions(scored: dict[str, float], question: str, target: float) -> None:
    assert scored[question] >= target, scored


def test_the_seed_articles_key_events(seed: tuple[str, dict[str, Any]]) -> None:
    text, expected = seed
    result = newskit.extract(text, published=expected["published"])
    for want in expected["events"]:
        assert any(
            set(want["who"]) <= {p.name for p in e.who}
            and set(want.get("where", [])) <= {p.code for p in e.where}
            and e.when is not None
            and e.when.value in want["when"]
            for e in result.events
        ), want
    assert result.main_event is not None and result.main_event.kind == "visit"
