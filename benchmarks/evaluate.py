"""Print every open issue's accuracy figures on the dev sets, with the scripts in ../shared/eval.

usage: python benchmarks/evaluate.py [--shared ../shared] [--folds] [--only NAME]

Each line is one check: the figures on the whole dev set, and whether the issue's thresholds hold.
With ``--folds`` each set is also scored on five document-level folds (document i in fold i mod 5)
and the spread (best fold minus worst) is printed: a rule that helps one fold and hurts another is
fitted to the dev set, not learned.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple


class Check(NamedTuple):
    title: str
    task: str
    gold: str
    rules: tuple[str, ...]
    drop_language: bool = False


CHECKS = [
    Check("dates (16)", "timex", "timex/dev.jsonl", ("relaxed_f1>=0.95", "strict_f1>=0.91", "value_f1>=0.85")),
    Check("countries, international (16)", "countries", "geo/trnews-dev.jsonl", ("set_f1>=0.96",)),
    Check("countries, local US (16)", "countries", "geo/lgl-dev.jsonl", ("set_f1>=0.92",)),
    Check("people (12, 16)", "people", "conll/dev.jsonl", ("strict_f1>=0.945", "other_rate<=0.015")),
    Check("organisations (12)", "organizations", "conll/dev.jsonl", ("strict_f1>=0.75",)),
    Check("events (12)", "events", "events/dev.jsonl", ("who>=0.92", "what>=0.80", "when>=0.80", "where>=0.88")),
    Check("Spanish dates (15)", "timex", "languages/es-timex-dev.jsonl", ("relaxed_f1>=0.85", "value_f1>=0.75")),
    Check("French dates (15)", "timex", "languages/fr-timex-dev.jsonl", ("relaxed_f1>=0.80", "value_f1>=0.65")),
    Check("German dates (15)", "timex", "languages/de-timex-dev.jsonl", ("relaxed_f1>=0.85", "value_f1>=0.70")),
    Check("Spanish people (15)", "people", "languages/es-people-dev.jsonl", ("strict_f1>=0.80",)),
    Check("German people (15)", "people", "languages/de-people-dev.jsonl", ("strict_f1>=0.75",)),
    Check("French people (15)", "people", "languages/fr-people-dev.jsonl", ("relaxed_f1>=0.70",)),
    Check(
        "Spanish dates, language detected (15)",
        "timex",
        "languages/es-timex-dev.jsonl",
        ("relaxed_f1>=0.85", "value_f1>=0.75"),
        drop_language=True,
    ),
    Check(
        "German people, language detected (15)",
        "people",
        "languages/de-people-dev.jsonl",
        ("strict_f1>=0.75",),
        drop_language=True,
    ),
]


def figures(scores: dict[str, object]) -> dict[str, float]:
    """The named figures of one score.py result, as check.py names them."""
    out: dict[str, float] = {}
    for key, value in scores.items():
        if key.endswith("_prf") and isinstance(value, list):
            out[key[:-4] + "_f1"] = float(value[2])
        elif isinstance(value, dict) and "hit_rate" in value:
            out[key] = float(value["hit_rate"])
        elif isinstance(value, float):
            out[key] = value
    return out


def holds(rule: str, got: dict[str, float]) -> bool:
    op = "<=" if "<=" in rule else ">="
    name, want = rule.split(op)
    value = got.get(name)
    if value is None:
        return False
    return value <= float(want) if op == "<=" else value >= float(want)


def score(shared: Path, task: str, gold: Path, pred: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), task, str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return figures(json.loads(out.strip().splitlines()[-1]))


def run(check: Check, shared: Path, folds: bool, tmp: Path) -> bool:
    lines = [line for line in (shared / "data" / check.gold).read_text(encoding="utf-8").split("\n") if line.strip()]
    if check.drop_language:
        lines = [json.dumps({k: v for k, v in json.loads(line).items() if k != "language"}) for line in lines]
    gold = tmp / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pred = tmp / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run(
            [sys.executable, str(shared / "eval" / "predict_newskit.py"), check.task, str(gold)], stdout=fh, check=True
        )
    whole = score(shared, check.task, gold, pred)
    ok = all(holds(rule, whole) for rule in check.rules)
    shown = " ".join(f"{k}={v:.4f}" for k, v in whole.items())
    print(f"{check.title}: {shown}  [{' '.join(check.rules)}: {'holds' if ok else 'BELOW TARGET'}]")
    if folds:
        predicted = [line for line in pred.read_text(encoding="utf-8").split("\n") if line.strip()]
        per_fold = []
        for k in range(5):
            fold_gold, fold_pred = tmp / f"gold{k}.jsonl", tmp / f"pred{k}.jsonl"
            fold_gold.write_text("".join(line + "\n" for i, line in enumerate(lines) if i % 5 == k), encoding="utf-8")
            fold_pred.write_text("".join(line + "\n" for i, line in enumerate(predicted) if i % 5 == k), "utf-8")
            per_fold.append(score(shared, check.task, fold_gold, fold_pred))
        for name in whole:
            values = [fold.get(name, float("nan")) for fold in per_fold]
            spread = max(values) - min(values)
            print(f"    {name:<12} folds " + " ".join(f"{v:.3f}" for v in values) + f"  spread {spread:.3f}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    parser.add_argument("--folds", action="store_true", help="also score five document-level folds")
    parser.add_argument("--only", help="run only the checks whose title contains this text")
    args = parser.parse_args()
    if not (args.shared / "eval" / "score.py").exists():
        print(f"no evaluation scripts at {args.shared}/eval: the gold data is not beside this checkout")
        return 0
    failed = 0
    with tempfile.TemporaryDirectory() as name:
        for check in CHECKS:
            if args.only and args.only.lower() not in check.title.lower():
                continue
            failed += not run(check, args.shared, args.folds, Path(name))
    if not args.only:
        bbc = args.shared / "data" / "corpus" / "bbc.jsonl"
        out = subprocess.run(
            [sys.executable, str(args.shared / "eval" / "events_bbc.py"), str(bbc), "300"],
            capture_output=True,
            text=True,
        )
        print(f"events on BBC (12, no-event share <= 0.15): {out.stdout.strip() or out.stderr.strip()[-300:]}")
        out = subprocess.run(
            [sys.executable, str(args.shared / "eval" / "seed_check.py"), "all", str(args.shared)],
            capture_output=True,
            text=True,
        )
        print(f"seed article: {(out.stdout.strip().splitlines() or [out.stderr.strip()[-300:]])[-1]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
