"""The host (every module of newskit outside ``newskit/extractors``) never imports a built-in extractor."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import newskit

PACKAGE = Path(newskit.__file__).resolve().parent
HOST_MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "extractors" not in p.relative_to(PACKAGE).parts)


def _package_of(path: Path) -> str:
    return ".".join(["newskit", *path.parent.relative_to(PACKAGE).parts])


def imports(source: str, package: str) -> set[str]:
    """Every module ``source`` imports, anywhere in it (also inside functions), as absolute names.

    ``from a import b`` gives both ``a`` and ``a.b`` (b may be a module); ``importlib.import_module``
    with a literal name counts too.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                module = ".".join([*parts, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _builtin(module: str) -> bool:
    return module == "newskit.extractors" or module.startswith("newskit.extractors.")


def test_the_checker_sees_every_form_of_import() -> None:
    source = (
        "import newskit.extractors.dates\n"
        "from newskit.extractors import people\n"
        "def f():\n"
        "    from .extractors.people.lexicon import fold\n"
        "    from . import extractors\n"
        "    importlib.import_module('newskit.extractors.events.plugin')\n"
        "from .models import Mention\n"
    )
    found = {m for m in imports(source, "newskit") if _builtin(m)}
    assert found == {
        "newskit.extractors.dates",
        "newskit.extractors",
        "newskit.extractors.people",
        "newskit.extractors.people.lexicon",
        "newskit.extractors.people.lexicon.fold",
        "newskit.extractors.events.plugin",
    }
    assert imports("from ..models import Mention", "newskit.sub") == {"newskit.models", "newskit.models.Mention"}



def test_no_host_module_imports_a_builtin_extractor() -> None:
    assert len(HOST_MODULES) > 10, "the host modules were not found"
    offenders = {
        p.relative_to(PACKAGE).as_posix(): sorted(m for m in imports(p.read_text("utf-8"), _package_of(p)) if _builtin(m))
        for p in HOST_MODULES
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}



def test_importing_and_using_the_host_loads_no_builtin_extractor() -> None:
    """Import every host module and use entities and merging: no built-in extractor gets imported."""
    modules = [
        ".".join(["newskit", *p.relative_to(PACKAGE).with_suffix("").parts]).removesuffix(".__init__")
        for p in HOST_MODULES
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from newskit.entities import build_entities, link_people, split_name\n"
        "from newskit.merge import resolve\n"
        "from newskit.models import Article, PersonMention\n"
        "from newskit.prepare import prepare\n"
        "people = [PersonMention(text='Ann Lee', start=0, end=7, name='Ann Lee'),\n"
        "          PersonMention(text='Lee', start=12, end=15, name='Lee')]\n"
        "split_name('Ursula von der Leyen')\n"
        "build_entities(prepare(Article(text='Ann Lee met Lee.')), [], link_people(resolve(people)))\n"
        "print(sorted(m for m in sys.modules if m.startswith('newskit.extractors')))\n"
    )
    out = subprocess.check_output([sys.executable, "-c", code], text=True).strip()
    assert out == "[]"
