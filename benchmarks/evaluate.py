"""Print the issues' accuracy figures on the dev sets, with ../shared/eval/check.py.

usage: python benchmarks/evaluate.py [--shared ../shared]

Each line is one check: the figures, and whether the issue's thresholds hold.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

CHECKS = [
    ("dates (issue 3)", "timex", "timex/dev.jsonl", ["relaxed_f1>=0.90", "strict_f1>=0.82", "value_f1>=0.80"]),
    ("countries, international (issue 4)", "countries", "geo/trnews-dev.jsonl", ["set_f1>=0.85"]),
    ("countries, local US (issue 4)", "countries", "geo/lgl-dev.jsonl", ["set_f1>=0.80"]),
    ("people (issue 5)", "people", "conll/dev.jsonl", ["strict_f1>=0.85"]),
    ("events (issue 6)", "events", "events/dev.jsonl", ["who>=0.80", "when>=0.70", "where>=0.75"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    check = args.shared / "eval" / "check.py"
    if not check.exists():
        print(f"no evaluation scripts at {args.shared}/eval: the gold data is not beside this checkout")
        return 0
    failed = 0
    for title, task, gold, rules in CHECKS:
        out = subprocess.run(
            [sys.executable, str(check), task, str(args.shared / "data" / gold), *rules], capture_output=True, text=True
        )
        lines = out.stdout.strip().splitlines()
        verdict = "holds" if out.returncode == 0 else "BELOW TARGET"
        print(f"{title}: {lines[-1] if lines else out.stderr.strip()[-300:]}  [{' '.join(rules)}: {verdict}]")
        failed += out.returncode != 0
    for part in ("dates", "countries", "people", "events"):
        out = subprocess.run(
            [sys.executable, str(args.shared / "eval" / "seed_check.py"), part, str(args.shared)],
            capture_output=True,
            text=True,
        )
        print(out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip()[-300:])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
