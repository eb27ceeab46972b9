"""Single-core parsing throughput: articles per second and megabytes per second.

Usage:
    python benchmarks/throughput.py [PATH ...] [--repeat N] [--no-extract]

PATH defaults to the seed page in tests/data and every article in ../shared/corpus. Figures are
per article and per byte, so they compare across machines only as ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "tests" / "data", ROOT.parent / "shared" / "corpus"]


def collect(paths: list[Path]) -> list[bytes]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.txt") if p.name != "README.md")
        elif path.is_file():
            files.append(path)
    return [file.read_bytes() for file in files]


def measure(texts: list[bytes], repeat: int, *, extract: bool = True) -> tuple[float, float]:
    """Best-of-``repeat`` seconds for one pass over ``texts``, and the median."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            with contextlib.suppress(newsparse.InputError):
                newsparse.parse(text, extract=extract)
        timings.append(time.perf_counter() - start)
    return min(timings), statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--no-extract", action="store_true", help="article layer only (no attributions, incidents)"
    )
    args = parser.parse_args()
    texts = collect(args.paths)
    if not texts:
        raise SystemExit("no articles found")
    megabytes = sum(map(len, texts)) / 1e6
    extract = not args.no_extract
    measure(texts[:10], 1, extract=extract)  # warm the registry and regex caches
    best, median = measure(texts, args.repeat, extract=extract)
    layer = "everything" if extract else "article layer only"
    print(f"{len(texts)} articles, {megabytes:.2f} MB, {layer}, best of {args.repeat} passes")
    print(
        f"  {len(texts) / best:,.0f} articles/s  {megabytes / best:.2f} MB/s  "
        f"({best / len(texts) * 1e3:.3f} ms/article; median pass {median:.3f} s)"
    )


if __name__ == "__main__":
    main()
