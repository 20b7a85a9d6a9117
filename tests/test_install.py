"""newskit installs as the quick start says: a wheel built with `python -m build`, data files and all."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for module in ("build", "hatchling"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed: the offline wheel build needs it (pip install '.[dev]')")
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    [built] = out.glob("newskit-*.whl")
    return built


def test_the_wheel_holds_code_data_and_extras(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("newskit/__main__.py", "newskit/py.typed", "newskit/pages.py", "newskit/view.py",
                   "newskit/tables.py", "newskit/extractors/countries/plugin.py"):
        assert needed in names
    data = [n for n in names if n.startswith("newskit/data/")]
    sources = [p for p in (ROOT / "src" / "newskit" / "data").rglob("*") if p.is_file()]
    assert len(data) == len(sources) > 0
    [metadata] = [n for n in names if n.endswith(".dist-info/METADATA")]
    text = zipfile.ZipFile(wheel).read(metadata).decode("utf-8")
    assert {"Provides-Extra: html", "Provides-Extra: pandas"} <= set(text.splitlines())
    assert not [n for n in names if n.startswith(("tests/", "docs/"))]


def test_the_installed_wheel_runs(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    (tmp_path / "a.txt").write_text("Talks in Lima\n\nPeru and Chile will sign the deal on Tuesday.\n", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run(
        [sys.executable, "-m", "newskit", "extract", "a.txt", "--published", "2023-02-23", "--format", "jsonl"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)["result"]
    assert {c["code"] for c in result["countries"]} == {"PE", "CL"}
    assert [(d["text"], d["value"]) for d in result["dates"]] == [("Tuesday", "2023-02-28")]
    where = subprocess.run([sys.executable, "-c", "import newskit; print(newskit.__file__)"],
                           capture_output=True, text=True, env=env, check=False)
    assert where.stdout.strip().startswith(str(target))
