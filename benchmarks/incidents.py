"""Incident extraction: accuracy on the gun-violence and FA-KES sets, and its cost.

Usage:
    python benchmarks/incidents.py [--shared PATH] [--verbose] [--repeat N]

Scores, as issue 5 defines them:

- gun-violence (truth in its gold.csv; ``published=`` is the publish date): the main
  incident's killed and injured counts both right, and its date right among articles with a
  shooting date. The main incident is :func:`newsparse.incident.main_incident` (the first with
  a toll, else the first). A count's number is its lower bound, else its upper bound; a slot
  the story says nothing about (``None``) is 0, as the archive records it; an article with no
  incident reports (0, 0) and no date.
- fakes-syria: the killed count of the first incident that reports deaths, within
  max(2, 25%) of the crowd's civilians plus non-civilians, among articles with deaths.
- cost: ``parse(extract="incidents")`` (the article layer and incident extraction) against
  ``parse(extract=False)`` on the Reuters files, and ``extract_incidents`` alone on the
  parsed paragraphs, per article: CPU time, the best of interleaved runs.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import time
from pathlib import Path

import newsparse
from newsparse import Count, Incident
from newsparse.article import Article
from newsparse.dateline import reference_date
from newsparse.incident import extract_incidents, main_incident
from newsparse.registry import get_parser

ROOT = Path(__file__).resolve().parent.parent


def incidents_of(article: Article) -> tuple[Incident, ...]:
    """Incident extraction alone, with the reference day and day order ``parse`` passes."""
    published = article.published.date() if article.published else None
    return extract_incidents(
        article.paragraphs,
        reference=reference_date(article.dateline, published),
        day_first=getattr(get_parser(article.site), "day_first", None),
    )


def read(text: bytes, published: dt.date | None = None) -> tuple[Incident, ...]:
    """The incidents of one article: the article layer, then incident extraction alone (so the
    figures do not depend on the attribution stage)."""
    return incidents_of(newsparse.parse(text, published=published, extract=False))


def number(count: Count | None) -> int | None:
    """The number a count states: its lower bound, else its upper bound, else None."""
    if count is None:
        return None
    return count.low if count.low is not None else count.high


def gun_violence(shared: Path, verbose: bool) -> tuple[int, int, int, int]:
    folder = shared / "corpus" / "gun-violence"
    rows = list(csv.DictReader((folder / "gold.csv").open(encoding="utf-8")))
    counts_right = dates_right = dated = 0
    for row in rows:
        published = dt.date.fromisoformat(row["publish_date"])
        main = main_incident(read((folder / row["file"]).read_bytes(), published))
        killed = (number(main.killed) if main else None) or 0
        injured = (number(main.wounded) if main else None) or 0
        counts_ok = (killed, injured) == (int(row["n_killed"]), int(row["n_injured"]))
        counts_right += counts_ok
        date_ok = None
        if row["shooting_date"]:
            dated += 1
            date_ok = main is not None and main.date == dt.date.fromisoformat(row["shooting_date"])
            dates_right += date_ok
        if verbose and not (counts_ok and date_ok is not False):
            print(
                f"  {row['file']}: killed {killed}/{row['n_killed']} injured "
                f"{injured}/{row['n_injured']} date {main.date if main else None}/"
                f"{row['shooting_date']} ({main.date_text if main else None})"
            )
    return counts_right, len(rows), dates_right, dated


def first_toll(incidents: tuple[Incident, ...]) -> int | None:
    """Killed in the first incident that reports deaths."""
    for incident in incidents:
        value = number(incident.killed)
        if value:
            return value
    return None


def fakes(shared: Path, verbose: bool) -> tuple[int, int]:
    folder = shared / "corpus" / "fakes-syria"
    rows = list(csv.DictReader((folder / "gold.csv").open(encoding="utf-8")))
    right = total = 0
    for row in rows:
        truth = int(row["nb_civilians"]) + int(row["nb_noncivilians"])
        if truth == 0:
            continue
        total += 1
        found = first_toll(read((folder / row["file"]).read_bytes()))
        ok = found is not None and abs(found - truth) <= max(2, 0.25 * truth)
        right += ok
        if verbose and not ok:
            print(f"  {row['file']}: killed {found} / gold {truth}")
    return right, total


def cost(shared: Path, repeat: int) -> tuple[float, float, float, int]:
    """Seconds per Reuters article: ``parse(extract=False)``, ``parse(extract="incidents")``
    (the article layer plus incident extraction, as a user runs it), and incident extraction
    alone. CPU time, best of ``repeat`` interleaved runs:
    other processes on the machine only ever slow a run down."""
    texts = [path.read_bytes() for path in sorted((shared / "corpus" / "reuters").glob("*.txt"))]
    articles = [newsparse.parse(text, extract=False) for text in texts]

    def layer() -> None:
        for text in texts:
            newsparse.parse(text, extract=False)

    def layer_and_incidents() -> None:
        for text in texts:
            newsparse.parse(text, extract="incidents")

    def incidents_alone() -> None:
        for article in articles:
            incidents_of(article)

    runs = (layer, layer_and_incidents, incidents_alone)
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            start = time.process_time()
            run()
            best[index] = min(best[index], time.process_time() - start)
    without, with_incidents, alone = (seconds / len(texts) for seconds in best)
    return without, with_incidents, alone, len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    counts_right, articles, dates_right, dated = gun_violence(args.shared, args.verbose)
    print(
        f"gun-violence: killed and injured both right {counts_right}/{articles} "
        f"({counts_right / articles:.0%}); date right {dates_right}/{dated} "
        f"({dates_right / dated:.0%})"
    )
    right, total = fakes(args.shared, args.verbose)
    print(f"fakes-syria: killed within max(2, 25%) {right}/{total} ({right / total:.0%})")
    without, with_extract, alone, count = cost(args.shared, args.repeat)
    print(
        f"reuters ({count} files, CPU time, best of {args.repeat}): parse(extract=False) "
        f"{without * 1e3:.3f} ms/article, parse(extract='incidents') {with_extract * 1e3:.3f} ms "
        f"(x{with_extract / without:.2f}); extract_incidents alone {alone * 1e3:.3f} ms/article"
    )


if __name__ == "__main__":
    main()
