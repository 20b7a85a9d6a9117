"""Which of newskit's modules run compiled: the mypyc build that ``make compile`` puts beside the sources.

The compiled modules are the same code as the Python ones (``scripts/compile.py`` builds them from
the sources, and a test checks that both give the same output); Python imports an extension module in
preference to the ``.py`` file beside it.

>>> all(name.startswith("newskit.") for name in compiled_modules())
True
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

__all__ = ["compiled_modules", "stale_modules"]

PACKAGE = Path(__file__).resolve().parent
_EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _compiled_sources() -> dict[str, tuple[Path, Path]]:
    """Dotted module names of the compiled modules, each with its extension file and the ``.py`` it came from."""
    found: dict[str, tuple[Path, Path]] = {}
    for path in PACKAGE.rglob("*.so"):
        for suffix in _EXTENSIONS:
            if path.name.endswith(suffix):
                source = path.with_name(path.name[: -len(suffix)] + ".py")
                parts = source.relative_to(PACKAGE.parent).with_suffix("").parts
                found[".".join(parts)] = (path, source)
                break
    return found


def compiled_modules() -> list[str]:
    """The dotted names of newskit's modules that have a compiled build beside their source, sorted."""
    return sorted(_compiled_sources())


def stale_modules() -> list[str]:
    """Compiled modules whose source changed after they were built: Python would import the old code."""
    stale = []
    for name, (built, source) in _compiled_sources().items():
        if source.exists() and built.stat().st_mtime < source.stat().st_mtime:
            stale.append(name)
    return sorted(stale)
