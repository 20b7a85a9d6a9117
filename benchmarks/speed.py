"""Throughput of the default pipeline against dateparser.search_dates, measured in the same run.

usage: python benchmarks/speed.py [--corpus BBC.jsonl] [-n 300]

Prints articles per second for each and their ratio (the aim is >= 10), per-stage time,
how long ``import newskit`` takes (aim < 0.1 s), how long a new process's first extract takes with
the user's cache warm (aim < 0.5 s), and the peak memory of a process that extracts from every
article (aim < 100 MB). Without ../shared/data the bundled examples are used.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpus" / "bbc.jsonl"


def load(corpus: Path, n: int) -> list[str]:
    if corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line, _ in zip(fh, range(n), strict=False)]
    texts = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "examples").glob("*.txt"))]
    return (texts * n)[:n]


def best_of(runs: int, fn: Callable[[str], object], texts: list[str]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - t0)
    return len(texts) / min(times)


def import_time() -> float:
    code = "import time; t = time.perf_counter(); import newskit; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]
    return min(runs)


_FIRST = """
import json, sys, time
text = json.loads(sys.argv[1])
t = time.perf_counter()
import newskit
newskit.extract(text, published="2005-03-01")
print(time.perf_counter() - t)
"""

_PEAK = """
import json, resource, sys
import newskit
for line in sys.stdin:
    newskit.extract(json.loads(line), published="2005-03-01")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def first_extract_time(text: str) -> float:
    """Seconds from ``import newskit`` to the end of the first extract in a new process (best of 5).

    The caller has extracted once already, so the gazetteers are in the user's cache.
    """
    arg = json.dumps(text)
    return min(float(subprocess.check_output([sys.executable, "-c", _FIRST, arg], text=True)) for _ in range(5))


def peak_memory(texts: list[str]) -> float:
    """Peak resident memory, in MB, of a new process that extracts from every one of ``texts``."""
    lines = "".join(json.dumps(t) + "\n" for t in texts)
    peak = int(subprocess.check_output([sys.executable, "-c", _PEAK], input=lines, text=True))
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-n", type=int, default=300)
    args = parser.parse_args()

    from dateparser.search import search_dates

    import newskit

    texts = load(args.corpus, args.n)
    source = args.corpus if args.corpus.exists() else "bundled examples"
    base = dt.datetime(2005, 3, 1)
    newskit.extract(texts[0], published="2005-03-01")
    search_dates(texts[0], languages=["en"], settings={"RELATIVE_BASE": base})

    nk = best_of(2, lambda t: newskit.extract(t, published="2005-03-01"), texts)
    dp = best_of(2, lambda t: search_dates(t, languages=["en"], settings={"RELATIVE_BASE": base}), texts)
    from newskit.compiled import compiled_modules

    built = len(compiled_modules())
    print(f"{len(texts)} articles from {source}; newskit {'compiled: ' + str(built) + ' modules' if built else 'not compiled (make compile)'}")
    print(f"newskit {nk:.0f} articles/s, dateparser.search_dates {dp:.0f} articles/s, ratio {nk / dp:.1f}")
    seen = set(texts)
    unseen = [t for t in load(args.corpus, 2 * args.n)[args.n :] if t not in seen]
    if unseen:  # the figure above is the faster of two passes; caches of names and runs help the second
        nk_cold = best_of(1, lambda t: newskit.extract(t, published="2005-03-01"), unseen)
        dp_cold = best_of(1, lambda t: search_dates(t, languages=["en"], settings={"RELATIVE_BASE": base}), unseen)
        print(
            f"one pass over {len(unseen)} articles neither has seen: newskit {nk_cold:.0f} articles/s, "
            f"dateparser.search_dates {dp_cold:.0f} articles/s, ratio {nk_cold / dp_cold:.1f}"
        )

    stages: collections.defaultdict[str, float] = collections.defaultdict(float)
    for text in texts:
        for timing in newskit.extract(text, published="2005-03-01").timings:
            stages[timing.name] += timing.seconds
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {name:<12} {1000 * seconds / len(texts):.3f} ms/article")
    print(f"import newskit: {1000 * import_time():.1f} ms")
    print(f"first extract in a new process (import included, cache warm): {1000 * first_extract_time(texts[0]):.0f} ms")
    print(f"peak memory extracting {len(texts)} articles: {peak_memory(texts):.0f} MB")


if __name__ == "__main__":
    main()
