"""Compile newskit's extractor modules with mypyc, in place, beside their sources (``make compile``).

The same code runs as plain Python; compiled, the default pipeline is about 1.3 times as fast. Python
prefers an extension module to the ``.py`` beside it, so an editable install picks the compiled modules
up with no other step. Which modules are compiled is declared in ``pyproject.toml``
(``[tool.newskit.compile]``): plugin modules stay Python (pluggy marks their functions), and so does
any module mypyc cannot build (a subclass of a built-in type, say).

usage: python scripts/compile.py            compile (one to two minutes on two cores)
       python scripts/compile.py --clean    remove the compiled modules: newskit runs as plain Python
       python scripts/compile.py --list     print the modules that would be compiled

A compiler and the Python headers are needed (``gcc`` and ``python3-dev`` on Debian). Without them the
build fails with mypyc's message and newskit stays plain Python: nothing else changes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"
OPT_LEVEL = os.environ.get("NEWSKIT_OPT_LEVEL", "1")  # the C compiler's -O: 2 builds half again as long for 1.5% less work


def modules() -> list[Path]:
    """The source files ``[tool.newskit.compile]`` selects: ``include`` globs less ``exclude`` globs."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["newskit"]["compile"]
    chosen = {p for pattern in config["include"] for p in SOURCE.glob(pattern)}
    dropped = {p for pattern in config.get("exclude", []) for p in SOURCE.glob(pattern)}
    return sorted(chosen - dropped)


def compiled() -> list[Path]:
    """The compiled modules now beside the sources (and mypyc's shared library)."""
    return sorted(p for p in SOURCE.rglob("*.so") if p.is_file())


def clean() -> None:
    for path in compiled():
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")


def build() -> int:
    try:
        import mypyc  # noqa: F401
        import setuptools  # noqa: F401
    except ModuleNotFoundError as missing:
        print(f"newskit: {missing.name} is not installed: pip install -e '.[compile]'", file=sys.stderr)
        return 1
    files = [str(p.relative_to(ROOT)) for p in modules()]
    clean()
    setup = f"""
import os
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup  # first: it provides distutils where Python no longer does
from distutils.ccompiler import CCompiler
from mypyc.build import mypycify

def compile_in_parallel(self, sources, output_dir=None, macros=None, include_dirs=None, debug=False,
                        extra_preargs=None, extra_postargs=None, depends=None):
    # setuptools compiles an extension's C files one after the other; mypyc writes one file a module
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
    def one(obj):
        if obj in build:
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(one, objects))
    return objects

CCompiler.compile = compile_in_parallel
setup(name="newskit-compiled",
      ext_modules=mypycify({files!r}, opt_level={OPT_LEVEL!r}, debug_level="0", multi_file=True))
"""
    build_dir = ROOT / "build" / "mypyc"
    build_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "setup.py"
        script.write_text(setup, encoding="utf-8")
        env = {**os.environ, "MYPYPATH": str(SOURCE)}
        done = subprocess.run(
            [sys.executable, str(script), "build_ext", "--inplace",
             "--build-temp", str(build_dir / "temp"), "--build-lib", str(build_dir / "lib")],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False,
        )
    # mypyc reads a generator expression passed to a call as a list: islice() over one then reads it all,
    # which can make a linear rule quadratic. The sources avoid them; a new one fails the build.
    eager = [line for line in done.stdout.splitlines() if "Treating generator comprehension as list" in line]
    if eager:
        print("\n".join(eager), file=sys.stderr)
        print("newskit: write these as a list comprehension or a loop (see the comment in scripts/compile.py)",
              file=sys.stderr)
        clean()
        return 1
    if done.returncode:
        print(done.stdout[-4000:], file=sys.stderr)
        print("newskit: mypyc could not compile the modules above; newskit stays plain Python.", file=sys.stderr)
        return done.returncode
    # setuptools writes the shared library at the top of the tree; the package lives under src/
    for path in ROOT.glob("*__mypyc*.so"):
        path.replace(SOURCE / path.name)
    for path in compiled():
        path.touch()  # setuptools keeps an unchanged build's old time: newer than its source, it is not stale
    print(f"newskit: compiled {len(files)} modules with mypyc")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--list", action="store_true", help="print the modules that would be compiled")
    args = parser.parse_args()
    if args.list:
        print("\n".join(str(p.relative_to(ROOT)) for p in modules()))
        return 0
    if args.clean:
        clean()
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
