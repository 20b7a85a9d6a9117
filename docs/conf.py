"""Sphinx configuration of the newskit docs.

Build with ``make docs`` (``sphinx-build -n -W`` for HTML, then the doctest builder).

Intersphinx works offline: an inventory is used when it is cached in ``docs/_inventories/``
(``<name>.inv``), or fetched when ``NEWSKIT_DOCS_INTERSPHINX=1`` is set (on a machine with
network access, e.g. Read the Docs). Without either, references to those projects' types are
plain text (``nitpick_ignore_regex`` below) and the build needs no network.
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The tutorial documents plugins/newskit-example; make it importable when it is not installed.
sys.path.insert(0, str(ROOT / "plugins" / "newskit-example" / "src"))

# The docs describe the sources, so they read a copy of them without the extension modules `make compile`
# builds beside them (autodoc reads neither their signatures nor their annotations), even while it builds them.
_plain = HERE / "_build" / "python-sources"
shutil.rmtree(_plain, ignore_errors=True)
shutil.copytree(ROOT / "src", _plain, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
sys.path.insert(0, str(_plain))

project = "newskit"
author = "The newskit developers"
copyright = "2026, The newskit developers"
try:
    release = _dist_version("newskit")
except PackageNotFoundError:  # pragma: no cover - docs built without installing newskit
    release = "0+unknown"
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_inventories", "Thumbs.db", ".DS_Store"]
root_doc = "index"
nitpicky = True

# -- MyST --------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- autodoc -----------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- doctest -----------------------------------------------------------------------------------
# The pages' examples ({doctest}, {testcode}) run here. Docstring examples are run by
# ``pytest --doctest-modules`` already; they are not run a second time.
doctest_test_doctest_blocks = ""
doctest_global_setup = """
import logging
import newskit

# The examples that make a plugin fail on purpose need not print the warning newskit logs.
logging.getLogger("newskit").addHandler(logging.NullHandler())
"""

# -- intersphinx (offline by default) ----------------------------------------------------------
_INVENTORIES = {
    "python": "https://docs.python.org/3",
    "attrs": "https://www.attrs.org/en/stable",
    "pluggy": "https://pluggy.readthedocs.io/en/stable",
    "cattrs": "https://catt.rs/en/stable",
}
_ONLINE = os.environ.get("NEWSKIT_DOCS_INTERSPHINX", "").strip().lower() in {"1", "true", "yes", "on"}
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
for _name, _url in _INVENTORIES.items():
    _local = HERE / "_inventories" / f"{_name}.inv"
    if _local.is_file():
        intersphinx_mapping[_name] = (_url, str(_local))
    elif _ONLINE:
        intersphinx_mapping[_name] = (_url, None)

# Types of other projects, which stay plain text when their inventory is not at hand.
_EXTERNAL = {
    "python": r"(datetime|collections|collections\.abc|typing|re|os|pathlib|enum|contextlib|importlib|json|io"
    r"|functools)\..*",
    "attrs": r"attrs?\..*",
    "pluggy": r"pluggy\..*",
    "cattrs": r"cattrs?\..*",
    "dask": r"(dask|distributed|pandas)\..*",
}
nitpick_ignore_regex = [(r"py:.*", pattern) for name, pattern in _EXTERNAL.items() if name not in intersphinx_mapping]
# Plain text in any case: private helpers (``newskit.plugins._Manager``, ``pluggy._manager.PluginManager``), type
# variables, and names an annotation gives unqualified, which no inventory lists.
nitpick_ignore_regex += [
    (r"py:class", r"(newskit|pluggy|cattrs)\.(\w+\.)*_\w+(\.\w+)*"),
    (r"py:class", r"newskit\.\w+\.T"),
    (r"py:class", r"Iterable|Iterator|Mapping|Sequence|Callable|Any|IO|Path|PathLike|TypeVar|T"),
]

# -- HTML --------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newskit {release}"
html_static_path = ["_static"]
html_css_files = ["newskit.css"]

# -- copy button -------------------------------------------------------------------------------
# Copy commands and code without their prompts ($, >>>, ...) and without the output lines.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_exclude = ".linenos, .gp, .go"


# -- docstring conventions ---------------------------------------------------------------------
# newskit's docstrings use reST fields (``:param x:``); napoleon adds Google-style sections. A
# property or attribute docstring is prose, so napoleon's "type: description" reading of its
# first line is undone.


def _keep_original(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    if what in {"attribute", "property", "data"}:
        _ORIGINAL[name] = list(lines)


def _restore_original(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    if name in _ORIGINAL:
        lines[:] = _ORIGINAL.pop(name)


_ORIGINAL: dict[str, list[str]] = {}


def _resolve_short_names(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve an unqualified name in a docstring (``:class:`Article```) to the one newskit object so named."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if not target or "." in target:
        return None
    domain = env.get_domain("py")
    matches = [full for full in domain.objects if full.startswith("newskit.") and full.rsplit(".", 1)[-1] == target]
    if len(matches) != 1:
        return None
    found = domain.resolve_any_xref(env, node["refdoc"], app.builder, matches[0], node, contnode)
    return found[0][1] if found else None


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", _keep_original, priority=100)
    app.connect("autodoc-process-docstring", _restore_original, priority=900)
    app.connect("missing-reference", _resolve_short_names)
