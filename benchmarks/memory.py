"""Peak memory of the command line streaming many articles.

Usage:
    python benchmarks/memory.py [--articles 100000] [--jobs 1]

Writes a JSON Lines file of the Reuters archive files repeated to the requested count, runs
``newsparse parse dump.jsonl --jsonl-field text -o /dev/null`` in a subprocess, and reports the
child's peak resident memory (target, issue 6: under 200 MB for 100,000 articles).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "reuters"
    )
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "dump.jsonl"
        with dump.open("w", encoding="utf-8") as handle:
            for index in range(args.articles):
                handle.write(json.dumps({"id": index, "text": texts[index % len(texts)]}) + "\n")
        script = Path(sys.executable).with_name("newsparse")
        start = time.perf_counter()
        subprocess.run(
            [
                str(script),
                "parse",
                str(dump),
                "--jsonl-field",
                "text",
                "--no-progress",
                "--jobs",
                str(args.jobs),
                "-o",
                "/dev/null",
            ],
            check=False,
        )
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    print(
        f"{args.articles:,} articles in {seconds:.0f} s; peak memory of the command line "
        f"{peak:,.0f} MB (largest single process)"
    )


if __name__ == "__main__":
    main()
