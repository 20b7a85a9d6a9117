"""A new process's first extract, with the user's cache warm, reads back what is costly to build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newskit import resources

SRC = Path(__file__).resolve().parent.parent / "src"

# plainly English, so that no language identifier is loaded
ARTICLE = (
    "Angela Merkel met Emmanuel Macron in Paris on Monday, 3 March 2005. The two leaders spoke of the budget and "
    "of the treaty that was signed in Rome, and said that the talks were good for the union and for the markets."
)
_FIRST = (
    "import sys, newskit\n"
    f"newskit.extract({ARTICLE!r}, published='2005-03-07')\n"
    "print(sorted(m for m in ('importlib.metadata', 'pycountry', 'email', 'zipfile') if m in sys.modules))\n"
)


def test_a_warm_cache_keeps_the_metadata_readers_out_of_a_first_extract() -> None:
    folder = resources.cache_dir()
    if folder is None or not resources.write_atomically(folder / "probe.tmp", b""):
        pytest.skip("no writable cache folder: tables are built in each process")
    (folder / "probe.tmp").unlink()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    subprocess.run([sys.executable, "-c", _FIRST], check=True, env=env, capture_output=True)  # fills the cache
    out = subprocess.check_output([sys.executable, "-c", _FIRST], text=True, env=env).strip()
    assert out == "[]"  # no entry point is declared, and the country names come from the cache
