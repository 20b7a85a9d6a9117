"""The TempEval-3 dev-set check of issue 3, run where the shared evaluation data is present."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "timex" / "dev.jsonl"
CHECK = SHARED / "eval" / "check.py"
SEED_CHECK = SHARED / "eval" / "seed_check.py"


@pytest.mark.skipif(
    not (GOLD.exists() and CHECK.exists()), reason="../shared/data/timex/dev.jsonl (evaluation data) is absent"
)
def test_tempeval_dev_set() -> None:
    out = subprocess.run(
        [sys.executable, str(CHECK), "timex", str(GOLD), "relaxed_f1>=0.90", "strict_f1>=0.82", "value_f1>=0.80"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.skipif(not SEED_CHECK.exists(), reason="../shared/eval/seed_check.py (evaluation data) is absent")
def test_seed_article_dates() -> None:
    out = subprocess.run([sys.executable, str(SEED_CHECK), "dates"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
