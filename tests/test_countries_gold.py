"""Document country sets on the geo dev sets (TR-News, LGL), where ../shared/data is beside the checkout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit.extractors.countries.plugin import find_countries
from newskit.models import Article
from newskit.prepare import prepare

GEO = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "geo"


def _set_f1(name: str) -> float:
    path = GEO / name
    if not path.exists():
        pytest.skip(f"{path} is absent: the evaluation data is not beside this checkout")
    tp = n_pred = n_gold = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            doc = prepare(Article(text=record["text"]))
            found = list(find_countries(doc))
            for m in found:
                assert doc.text[m.start : m.end] == m.text
            pred = {m.code for m in found}
            gold = set(record["countries"])
            tp += len(pred & gold)
            n_pred += len(pred)
            n_gold += len(gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_trnews_country_sets() -> None:
    assert _set_f1("trnews-dev.jsonl") >= 0.85


def test_lgl_country_sets() -> None:
    assert _set_f1("lgl-dev.jsonl") >= 0.80
