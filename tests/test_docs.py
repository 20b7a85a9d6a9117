"""The docs stay complete: every hook is in the hook reference, every included file and object exists."""

from __future__ import annotations

import inspect
import re
import runpy
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import pytest

import newskit
from newskit import hookspecs
from newskit.plugins import STAGES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

pytestmark = pytest.mark.skipif(not (DOCS / "conf.py").is_file(), reason="the docs/ folder is not in this checkout")


def _hooks() -> list[str]:
    return sorted(name for name, obj in vars(hookspecs).items() if hasattr(obj, "newskit_spec"))


def _documented_hooks() -> list[str]:
    text = (DOCS / "hooks.md").read_text("utf-8")
    return sorted(re.findall(r"^\.\. autofunction:: newskit\.hookspecs\.(\w+)\s*$", text, re.MULTILINE))


def _pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)


def test_hookspecs_has_hooks() -> None:
    assert _hooks(), "no hook specifications found in newskit.hookspecs"
    assert set(_hooks()) == {stage.hook for stage in STAGES}


@pytest.mark.parametrize("hook", _hooks())
def test_every_hook_is_in_the_hook_reference(hook: str) -> None:
    assert hook in _documented_hooks(), f"docs/hooks.md has no '.. autofunction:: newskit.hookspecs.{hook}'"


def test_the_hook_reference_names_no_missing_hook() -> None:
    assert set(_documented_hooks()) <= set(_hooks())


@pytest.mark.parametrize("hook", _hooks())
def test_every_hook_docstring_is_a_reference(hook: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert ":param register:" in doc, f"{hook}: the docstring does not describe the register callback"
    assert "Example::" in doc, f"{hook}: the docstring has no example"


def _docstring_example(hook: str) -> str:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    return textwrap.dedent(doc.split("Example::", 1)[1])


@pytest.mark.parametrize("hook", _hooks())
def test_every_hook_example_runs(hook: str) -> None:
    """The example in each hook's docstring is a working plugin."""
    plugin = types.ModuleType(f"example_{hook}")
    exec(compile(_docstring_example(hook), f"<{hook} example>", "exec"), plugin.__dict__)
    pipeline = newskit.Pipeline(plugins=[plugin], entry_points=False, strict=True)
    assert [r.name for r in pipeline.registrations], f"the {hook} example registers nothing"
    result = pipeline.extract(
        "Pope Leo spoke of FY2024 in Blighty.\n\nLeyton Orient FC lost.", published="2025-01-02"
    )
    assert result.ok


def test_every_page_is_in_a_toctree() -> None:
    listed: set[str] = {"index"}
    for page in _pages():
        for block in re.findall(r"```\{toctree\}\n(.*?)```", page.read_text("utf-8"), re.DOTALL):
            for line in block.splitlines():
                line = line.strip()
                if line and not line.startswith(":"):
                    listed.add((page.parent.relative_to(DOCS) / line).as_posix().removeprefix("./"))
    pages = {p.relative_to(DOCS).with_suffix("").as_posix() for p in _pages()}
    assert pages - listed == set(), "pages in no toctree"
    assert listed - pages == set(), "toctree entries with no page"


def test_feature_pages_are_listed() -> None:
    index = (DOCS / "index.md").read_text("utf-8")
    for page in ("quickstart", "dates", "countries", "people", "organizations", "events", "plugins", "hooks", "api/index", "changelog"):
        assert re.search(rf"^{re.escape(page)}$", index, re.MULTILINE), f"{page} is not in the index toctree"


def test_changelog_page_includes_the_changelog() -> None:
    page = (DOCS / "changelog.md").read_text("utf-8")
    assert "{include} ../CHANGELOG.md" in page
    assert (ROOT / "CHANGELOG.md").is_file()


def test_api_reference_documents_the_public_modules() -> None:
    for module in ("models", "pipeline", "plugins", "testing", "serialize", "document", "protocols"):
        page = DOCS / "api" / f"{module}.md"
        assert page.is_file(), f"no API page for newskit.{module}"
        assert f".. automodule:: newskit.{module}" in page.read_text("utf-8")


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_included_files_and_objects_exist(page: Path) -> None:
    """The tutorial shows the example plugin's real code: each literalinclude and its :pyobject: exist."""
    text = page.read_text("utf-8")
    for path, options in re.findall(r"```\{literalinclude\} (\S+)\n((?::\w[\w-]*:.*\n)*)", text):
        file = (page.parent / path).resolve()
        assert file.is_file(), f"{page.name}: {path} does not exist"
        pyobject = re.search(r":pyobject: (\S+)", options)
        if pyobject:
            assert re.search(rf"^(class|def) {pyobject.group(1)}\b", file.read_text("utf-8"), re.MULTILINE), (
                f"{page.name}: {path} has no {pyobject.group(1)}"
            )


def _conf(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, Any]:
    monkeypatch.delenv("NEWSKIT_DOCS_INTERSPHINX", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "path", list(sys.path))
    return runpy.run_path(str(DOCS / "conf.py"))


def test_docs_build_offline_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    conf = _conf(monkeypatch)
    cached = {p.stem for p in (DOCS / "_inventories").glob("*.inv")}
    assert set(conf["intersphinx_mapping"]) == cached, "intersphinx must not fetch inventories unless asked"
    assert conf["nitpicky"] is True
    assert {"myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest"} <= set(conf["extensions"])
    assert conf["html_theme"] == "furo"


def test_intersphinx_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    conf = _conf(monkeypatch, NEWSKIT_DOCS_INTERSPHINX="1")
    assert {"python", "attrs", "pluggy"} <= set(conf["intersphinx_mapping"])
