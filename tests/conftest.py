"""Shared fixtures: where the evaluation data is (when it is beside the checkout)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so a red CI names a change,
# not a lucky draw; HYPOTHESIS_PROFILE=explore draws new, and more, examples.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "data" / "seed"


@pytest.fixture
def seed() -> tuple[str, dict[str, Any]]:
    """The seed article and what newskit must find in it (skips where ../shared is absent)."""
    text_path = SEED / "blinken-central-asia.txt"
    if not text_path.exists():
        pytest.skip(f"the seed article is not at {text_path}: ../shared is not beside this checkout")
    expected = json.loads((SEED / "blinken-central-asia.expected.json").read_text(encoding="utf-8"))
    return text_path.read_text(encoding="utf-8"), expected
