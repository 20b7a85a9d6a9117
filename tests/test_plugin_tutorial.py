"""The plugin tutorial works as written: its files, taken from docs/plugins.md, build, install and run."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newskit

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "plugins.md"
BLOCK = re.compile(r"^```\{code-block\} \w+\n:caption: (?P<caption>[^\n]+)\n\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def tutorial_files() -> dict[str, str]:
    """Caption -> text of every captioned code block of the tutorial."""
    return {m.group("caption").strip(): m.group("body") for m in BLOCK.finditer(TUTORIAL.read_text("utf-8"))}


def write_plugin(folder: Path, *, setuptools: bool = False) -> Path:
    files = tutorial_files()
    for caption, body in files.items():
        if caption.startswith("newskit-nicknames/") and "," not in caption:
            path = folder / caption
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, "utf-8")
    if setuptools:
        (folder / "newskit-nicknames" / "pyproject.toml").write_text(
            files["newskit-nicknames/pyproject.toml, with setuptools"], "utf-8"
        )
    (folder / "article.txt").write_text(files["article.txt"], "utf-8")
    return folder / "newskit-nicknames"


def install(package: Path, target: Path) -> None:
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
               "--target", str(target), str(package)]
    run = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (target / "newskit_nicknames" / "nicknames.txt").is_file(), "the data file was not installed"


def newskit_cli(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    src = str(Path(newskit.__file__).resolve().parent.parent)
    env = {k: v for k, v in os.environ.items() if k != "NEWSKIT_STRICT"}
    env["PYTHONPATH"] = os.pathsep.join([str(target), src])
    return subprocess.run([sys.executable, "-m", "newskit", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, check=False, timeout=300)


def test_the_tutorial_has_the_four_files_and_a_build_system() -> None:
    files = tutorial_files()
    assert {
        "newskit-nicknames/pyproject.toml",
        "newskit-nicknames/src/newskit_nicknames/__init__.py",
        "newskit-nicknames/src/newskit_nicknames/plugin.py",
        "newskit-nicknames/src/newskit_nicknames/nicknames.txt",
        "article.txt",
    } <= set(files)
    for caption in ("newskit-nicknames/pyproject.toml", "newskit-nicknames/pyproject.toml, with setuptools"):
        assert files[caption].startswith("[build-system]\n")


@pytest.mark.parametrize("backend", ["hatchling", "setuptools"])
def test_the_tutorial_plugin_builds_installs_and_runs(backend: str, tmp_path: Path) -> None:
    needed = ("hatchling",) if backend == "hatchling" else ("setuptools", "wheel")
    for module in needed:
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed: the offline build needs it (pip install '.[dev]')")
    package = write_plugin(tmp_path, setuptools=backend == "setuptools")
    target = tmp_path / "site"
    install(package, target)

    listed = newskit_cli(target, tmp_path, "plugins", "--json")
    assert listed.returncode == 0, listed.stderr
    plugins = {p["name"]: p for p in json.loads(listed.stdout)}
    assert plugins["nicknames"]["source"] == "entry point"
    assert plugins["nicknames"]["hooks"] == ["register_country_extractors"]

    run = newskit_cli(target, tmp_path, "extract", "article.txt", "--published", "2024-05-08", "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)["result"]
    found = {(m["text"], m["code"], m["name"], m["extractor"]) for m in result["countries"]}
    assert ("Blighty", "GB", "United Kingdom", "nicknames") in found
    assert ("Down Under", "AU", "Australia", "nicknames") in found
    assert "Blighty" not in {p["name"] for p in result["people"]}
    assert not result["errors"]
