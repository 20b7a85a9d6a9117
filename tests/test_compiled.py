"""The compiled build (``make compile``, mypyc) is the same code as the sources: same output, same examples."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newskit.compiled import compiled_modules, stale_modules

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newskit_compile_script", ROOT / "scripts" / "compile.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COMPILED_SOURCES = _build_script().modules()

# Articles written for this test: English, German (compound nouns), French and Spanish.
ARTICLES = [
    ((ROOT / "examples" / "summit.txt").read_text(encoding="utf-8"), "2023-07-18", None),
    (
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday, the German government said. "
        "Shares of Acme Corp. fell 3% after the Bank of England raised rates last week.",
        "2023-03-09",
        "en",
    ),
    (
        "Bundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten in Berlin. "
        "Der Bildungsminister sagte, die Verhandlungen würden im nächsten Jahr fortgesetzt.",
        "2023-03-09",
        "de",
    ),
    ("Le président Emmanuel Macron a rencontré mardi prochain le chancelier allemand à Berlin.", "2023-03-09", "fr"),
    ("El presidente Pedro Sánchez viajó a México el 3 de marzo de 2023 con la ministra.", "2023-03-09", "es"),
]

_RUN = """
import json, sys
import newskit
from newskit import serialize
print(newskit.__file__, file=sys.stderr)
for text, published, language in json.loads(sys.stdin.read()):
    result = newskit.extract(text, published=published, language=language)
    print(serialize.to_json(result))
"""


def _outputs(path: Path) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN],
        input=json.dumps(ARTICLES),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(path)},
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    for row in rows:
        row.pop("timings", None)
    return rows


def test_every_module_chosen_for_the_build_exists_and_no_plugin_module_is_compiled() -> None:
    assert COMPILED_SOURCES, "[tool.newskit.compile] selects no module"
    assert all(p.exists() and p.suffix == ".py" for p in COMPILED_SOURCES)
    assert not [p for p in COMPILED_SOURCES if p.name == "plugin.py"]  # pluggy marks the hook functions


def test_no_test_patches_a_constant_the_build_inlines() -> None:
    # mypyc inlines a module-level name annotated Final, so a test that sets it with monkeypatch would test
    # nothing on the compiled build: bounds that tests lower stay plain module attributes.
    patched = set(re.findall(r'monkeypatch\.setattr\(\s*\w+,\s*"(\w+)"', _text_of(ROOT / "tests")))
    inlined = {
        (source.relative_to(SOURCES).as_posix(), name)
        for source in COMPILED_SOURCES
        for name in re.findall(r"^(\w+): Final\b", source.read_text(encoding="utf-8"), flags=re.M)
        if name in patched
    }
    assert not inlined


def _text_of(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.py")))


def test_the_compiled_build_is_current() -> None:
    assert stale_modules() == []


def test_the_compiled_build_gives_the_output_of_the_python_sources(tmp_path: Path) -> None:
    if not compiled_modules():
        pytest.skip("newskit is not compiled here (make compile builds it)")
    plain = tmp_path / "src"
    shutil.copytree(SOURCES, plain, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    compiled, python = _outputs(SOURCES), _outputs(plain)
    assert len(compiled) == len(ARTICLES)
    assert compiled == python
    assert any(r["people"] for r in compiled) and any(r["dates"] for r in compiled)


@pytest.mark.parametrize(
    "source",
    [p for p in COMPILED_SOURCES if ">>>" in p.read_text(encoding="utf-8")],
    ids=lambda p: str(p.relative_to(SOURCES)),
)
def test_the_examples_of_a_compiled_module_hold_on_its_source(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # pytest reads a module's examples from the module Python imports, which is the extension once
    # compiled (so the root conftest leaves them out there); here they run on the source itself.
    name = ".".join(source.relative_to(SOURCES).with_suffix("").parts)
    importlib.import_module(name)  # its package first, as an import would
    spec = importlib.util.spec_from_file_location(name, source)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    tests = doctest.DocTestFinder().find(module, name)
    examples = sum(len(t.examples) for t in tests)
    assert examples, f"{name}: no examples found"
    runner = doctest.DocTestRunner()
    for test in tests:
        runner.run(test)
    assert runner.failures == 0, f"{runner.failures} of {examples} examples of {name} failed (see the output above)"


_VERDICTS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from test_validate import TEXT, _variants
from newskit.validate import check, partition
print(json.dumps([
    [label, check(item, TEXT, expected), partition([item], TEXT, expected)[0] == [item]]
    for label, item, expected in _variants()
]))
"""


def _verdicts(path: Path) -> list[list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", _VERDICTS, str(ROOT / "tests")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(path)},
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_compiled_checks_give_the_verdicts_of_the_python_sources(tmp_path: Path) -> None:
    # compiled code reads a field of a model with its declared type (a bool offset would read as an int):
    # the checks of newskit.validate must see every field a plugin returns as it is, as the sources do
    if not compiled_modules():
        pytest.skip("newskit is not compiled here (make compile builds it)")
    plain = tmp_path / "src"
    shutil.copytree(SOURCES, plain, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    compiled, python = _verdicts(SOURCES), _verdicts(plain)
    assert len(compiled) > 1000
    assert compiled == python
    assert any(problem is None for _, problem, _ in compiled) and any(problem for _, problem, _ in compiled)
