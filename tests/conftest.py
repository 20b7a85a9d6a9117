"""Shared fixtures: where the evaluation data is (when it is beside the checkout)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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
