"""Speed targets of the project, measured side by side in one run.

Usage:
    python benchmarks/speed.py [--corpus ../shared/corpus/reuters] [--quick]

Reports, on the Reuters archive files, single core:
  * article layer only (``extract=False``), incidents only (``extract="incidents"``, what
    event coders run) and everything, in articles/s and MB/s;
  * the command line's ``--jobs 2`` against ``--jobs 1`` on 2,000 articles (JSON Lines in,
    JSON Lines out), as a ratio; and ``parse_many`` returning Articles, likewise;
  * linearity: time per byte at 64 times an article's size against 1 time, as a ratio;
  * hostile inputs (one 5 MB line, 100,000 quote marks, 1 MB without spaces, 50,000
    reporting verbs in a row), in seconds per MB;
  * trafilatura's ``extract`` with metadata on the same texts (one <p> per line), when the
    ``bench`` extra is installed, as a ratio to newsparse's article layer.
Targets (issue 6): article layer >= 5,000/s, everything >= 1,000/s, jobs 2 >= 1.7x, linearity
<= 1.5x, hostile < 1 s/MB, newsparse >= 10x trafilatura.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import io
import json
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse.__main__ import main as command_line

ROOT = Path(__file__).resolve().parent.parent


def best_of(repeat: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def layer_speed(texts: list[str], repeat: int) -> None:
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    runs: tuple[tuple[str, bool | str], ...] = (
        ("article layer", False),
        ("incidents only", "incidents"),
        ("everything", True),
    )
    for label, extract in runs:
        for text in texts[:5]:
            newsparse.parse(text, extract=extract)
        seconds = best_of(
            repeat, lambda extract=extract: [newsparse.parse(t, extract=extract) for t in texts]
        )
        print(
            f"{label:<15} {len(texts) / seconds:8,.0f} articles/s {megabytes / seconds:6.2f} MB/s"
            f"  ({seconds / len(texts) * 1e6:,.0f} µs/article)"
        )


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def jobs_speedup(texts: list[str], count: int) -> None:
    batch = (texts * (count // len(texts) + 1))[:count]
    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "batch.jsonl"
        records.write_text("".join(json.dumps({"text": t}) + "\n" for t in batch))

        def run(jobs: int) -> None:
            arguments = ["parse", str(records), "--jsonl-field", "text", "-o", os.devnull]
            # The command line's summary line goes to standard error: keep the report clean.
            with contextlib.redirect_stderr(io.StringIO()):
                command_line([*arguments, "--format", "jsonl", "--jobs", str(jobs)])

        one = best_of(1, lambda: run(1))
        # CPU seconds show what two free cores allow, whatever the machine's neighbours do to
        # the wall-clock ratio: the main process's share is the part that does not spread.
        main_before, workers_before = time.process_time(), children_cpu()
        two = best_of(1, lambda: run(2))
        main_cpu = time.process_time() - main_before
        workers_cpu = children_cpu() - workers_before
    print(
        f"newsparse parse --jobs on {count:,}: jobs 1 {count / one:,.0f}/s, "
        f"jobs 2 {count / two:,.0f}/s, ratio {one / two:.2f}; with --jobs 2 the main process "
        f"used {main_cpu * 1e6 / count:,.0f} µs of CPU per article, the workers "
        f"{workers_cpu * 1e6 / count:,.0f} µs"
    )
    one = best_of(1, lambda: list(newsparse.parse_many(batch, jobs=1)))
    two = best_of(1, lambda: list(newsparse.parse_many(batch, jobs=2)))
    print(
        f"parse_many (Articles back) on {count:,}: jobs 1 {count / one:,.0f}/s, "
        f"jobs 2 {count / two:,.0f}/s, ratio {one / two:.2f}"
    )


def linearity(text: str, repeat: int) -> None:
    header, _, body = text.partition("\n\n")
    big = header + "\n\n" + "\n\n".join([body.strip()] * 64)
    small_seconds = best_of(repeat * 5, lambda: newsparse.parse(text))
    big_seconds = best_of(repeat, lambda: newsparse.parse(big))
    ratio = (big_seconds / len(big)) / (small_seconds / len(text))
    print(f"linearity: per-byte time at 64x is {ratio:.2f}x that at 1x")


def hostile() -> None:
    cases = {
        "one 5 MB line": "word " * 1_000_000,
        "100,000 quote marks": '"' * 50_000 + "“" * 50_000,
        "1 MB without spaces": "x" * 1_000_000,
        "50,000 reporting verbs in a row": "said " * 50_000,
    }
    for name, text in cases.items():
        seconds = best_of(1, lambda text=text: newsparse.parse(text))
        print(f"hostile {name:<34} {seconds / (len(text.encode()) / 1e6):6.2f} s/MB")


def trafilatura_ratio(texts: list[str], repeat: int) -> None:
    try:
        import trafilatura  # noqa: PLC0415 - the optional bench extra
    except ImportError:
        print("trafilatura: not installed (pip install 'newsparse[bench]'); skipped")
        return
    pages = [
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in t.split("\n") if line.strip())
        + "</body></html>"
        for t in texts
    ]
    for page in pages[:3]:
        trafilatura.extract(page, with_metadata=True)
    theirs = best_of(repeat, lambda: [trafilatura.extract(p, with_metadata=True) for p in pages])
    ours = best_of(repeat, lambda: [newsparse.parse(t, extract=False) for t in texts])
    print(
        f"trafilatura extract: {len(texts) / theirs:,.0f} articles/s; newsparse article "
        f"layer is {theirs / ours:.1f}x faster"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "reuters"
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller batches")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    repeat = 2 if args.quick else 5
    layer_speed(texts, repeat)
    jobs_speedup(texts, 400 if args.quick else 2000)
    linearity(texts[0], repeat)
    hostile()
    trafilatura_ratio(texts, repeat)


if __name__ == "__main__":
    main()
