"""Test collection with the compiled build (``make compile``) beside the sources.

A compiled module's examples cannot be read from the module Python imports (it is an extension), so
pytest does not collect them from ``src/``: ``tests/test_compiled.py`` runs them on the sources. A
compiled module older than its source would test old code, so the run stops and says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit.compiled import compiled_modules, stale_modules

_SOURCES = Path(__file__).resolve().parent / "src"
_COMPILED = frozenset(compiled_modules())  # read once: pytest asks below for every file it collects


def pytest_configure(config: pytest.Config) -> None:
    stale = stale_modules()
    if stale:
        pytest.exit(
            f"compiled modules are older than their sources: {', '.join(stale)}; "
            "run `make compile` (or `python scripts/compile.py --clean` to run the sources as Python)",
            returncode=4,
        )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.suffix == ".py" and collection_path.is_relative_to(_SOURCES):
        name = ".".join(collection_path.relative_to(_SOURCES).with_suffix("").parts)
        if name in _COMPILED:
            return True
    return None
