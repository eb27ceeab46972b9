"""Extraction quality on the real articles in ../shared/corpus, per site and per field.

Usage:
    python benchmarks/quality.py [--shared PATH] [--update-baseline] [--show-failures]

For each corpus folder it prints the share of articles where a field is right, with truth
taken from the files' own headers and trailers (read here by code independent of the parsers)
and from ../shared/gold/, plus a line-level leak rate: the share of input lines that are
known debris and still stand in the body. ``tests/test_quality_gate.py`` compares the figures
with ``benchmarks/quality_baseline.json`` and fails when one drops (or rises without the
baseline being updated in the same commit).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import regex

import newsparse
from newsparse import Article

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).resolve().parent / "quality_baseline.json"
sys.path.insert(0, str(ROOT / "tests"))
from gold import check_article, fold  # noqa: E402 - the gold checker lives with the tests

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*")
ZONES = {"EST": -5, "EDT": -4, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "PST": -8, "PDT": -7}

Figures = dict[str, dict[str, float]]


def words(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in WORD.findall(text))


def kept_share(source: str, article: Article) -> float:
    """Share of the source's words (with multiplicity) in the title, body or a removed subhead."""
    wanted = words(source)
    if not wanted:
        return 1.0
    dateline = article.dateline.raw if article.dateline else ""
    have = words(" ".join((article.title or "", dateline, *article.paragraphs))) + words(
        " ".join(piece.text for piece in article.removed if piece.rule == "subhead")
    )
    return sum((wanted & have).values()) / sum(wanted.values())


# --- Reuters archive: truth from the four header lines and the credit parenthetical ----------

REUTERS_DATELINE = regex.compile(r"^\s*(?P<tag>(?P<place>[^()]*?)\s*\(Reuters\)\s*-+)\s*")
CREDIT_TAIL = regex.compile(r"\((?P<credits>[^()]*\b(?:by|By)\b[^()]*)\)\s*$")
ROLE_WORDS = regex.compile(
    r"(?P<role>additional reporting and writing|additional reporting|reporting and writing|"
    r"reporting|writing|editing|compiled)(?:\s+(?:by|from))?",
    regex.IGNORECASE,
)
NAME = regex.compile(
    r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|van|von|de|al|el))*(?:\s+(?:bureau|newsroom))?"
)


def reuters_truth(text: str) -> dict[str, object]:
    lines = text.split("\n")
    header = [line[3:].strip() if line.startswith("-- ") else "" for line in lines[:4]]
    byline = header[1][3:].split(" - ")[0] if header[1].startswith("By ") else ""
    authors = [
        " ".join(name.split()) for name in regex.split(r"\s+and\s+|,", byline) if name.strip()
    ]
    stamp = regex.match(r"\w+ (\w+ \d+, \d+ \d+:\d+[ap]m) (\w+)", header[2])
    published = None
    if stamp:
        naive = dt.datetime.strptime(stamp[1], "%b %d, %Y %I:%M%p")
        published = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=ZONES[stamp[2]])))
    story = "\n".join(lines[4:])
    dateline = REUTERS_DATELINE.search(story.lstrip("\n "))
    place = dateline["place"].split(",")[0].strip() if dateline else None
    tail = CREDIT_TAIL.search(story.rstrip())
    credits = []
    if tail:
        role = None
        for part in regex.split(
            r"(\b(?:[Aa]dditional reporting and writing|[Aa]dditional "
            r"reporting|[Rr]eporting and writing|[Rr]eporting|[Ww]riting|"
            r"[Ee]diting)(?:\s+(?:[Bb]y|from))?\b)",
            tail["credits"],
        ):
            found = ROLE_WORDS.fullmatch(part.strip())
            if found:
                role = found["role"].lower()
                continue
            unplaced = regex.sub(
                r"\bin\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s*[A-Z][a-z]{1,4}\.)?", "", part
            )
            credits.extend((role, " ".join(name.split())) for name in NAME.findall(unplaced))
    body_source = story
    if dateline:
        body_source = body_source.replace(dateline["tag"], " ", 1)
    if tail:
        body_source = body_source[: body_source.rstrip().rfind("(" + tail["credits"])]
    return {
        "title": header[0],
        "authors": authors,
        "published": published,
        "place": place or None,
        "credits": credits,
        "url": header[3],
        "tag": dateline["tag"] if dateline else None,
        "credit_text": tail.group(0) if tail else None,
        "body": body_source,
    }


def _credit_ok(article: Article, truth: list[tuple[str | None, str]]) -> bool:
    role_names = {
        "reporting": {"reporting"},
        "additional reporting": {"additional_reporting"},
        "additional reporting and writing": {"additional_reporting", "writing"},
        "reporting and writing": {"reporting", "writing"},
        "writing": {"writing"},
        "editing": {"editing"},
    }
    got = {(credit.role.value, fold(credit.name)) for credit in article.credits}
    want = set()
    for role, name in truth:
        for value in role_names.get((role or "").lower(), {role or ""}):
            want.add((value, fold(name)))
    return got == want


def score_reuters(paths: list[Path], failures: dict[str, list[str]]) -> dict[str, float]:
    checks: dict[str, list[bool]] = defaultdict(list)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        truth = reuters_truth(text)
        article = newsparse.parse(text, extract=False)
        body = article.text
        results = {
            "detected": article.site == "reuters",
            "title": article.title == truth["title"],
            "authors": [fold(a) for a in article.authors] == [fold(a) for a in truth["authors"]],
            "published": article.published == truth["published"]
            and article.published is not None
            and article.published.utcoffset() == truth["published"].utcoffset(),
            "dateline place": fold(article.dateline.place if article.dateline else None)
            == fold(truth["place"])
            and article.dateline is not None,
            "credits": _credit_ok(article, truth["credits"]),
            "no header/url/dateline/credit in body": not any(
                piece and fold(piece) in fold(body)
                for piece in (truth["url"], truth["tag"], truth["credit_text"])
            )
            and not any(p.startswith("--") for p in article.paragraphs)
            and "(Reuters) -" not in body,
            "no newline in paragraphs": all("\n" not in p for p in article.paragraphs),
            "99% of body words kept": kept_share(truth["body"], article) >= 0.99,
        }
        for field, ok in results.items():
            checks[field].append(ok)
            if not ok:
                failures[f"reuters/{field}"].append(path.name)
    return {field: sum(oks) / len(oks) for field, oks in checks.items()}


# --- FA-KES: truth from the leading date and the agency tags the files carry ---------------

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
FAKES_DATE = regex.compile(
    rf"""(?ix)
    (?P<d>\d{{1,2}})\s+(?P<m>{MONTH})\s+(?P<y>\d{{4}})
  | (?P<m>{MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})
  | (?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?P<y>\d{{4}})
  | (?P<d>\d{{2}})[-.](?P<mn>\d{{2}})[-.](?P<y>\d{{4}})
    """
)
AGENCY_TAGS = regex.compile(
    r"(?:^|\s)-{1,2}\s*(?:AFP|REUTERS|Reuters|Afp)\s*$|^\W*(?:AFP|Afp)\b|\b(?:AFP|Afp)\s+-\s"
    r"|\bMonitor AFP\b|\bNGO AFP\b|\bAFP (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)


def fakes_truth_date(text: str) -> dt.date | None:
    match = FAKES_DATE.search(text[:300])
    if match is None:
        return None
    month = (
        int(match["mn"])
        if match["mn"]
        else (
            [
                "jan",
                "feb",
                "mar",
                "apr",
                "may",
                "jun",
                "jul",
                "aug",
                "sep",
                "oct",
                "nov",
                "dec",
            ].index(match["m"][:3].lower())
            + 1
        )
    )
    return dt.date(int(match["y"]), month, int(match["d"]))


def score_fakes(paths: list[Path], failures: dict[str, list[str]]) -> dict[str, float]:
    checks: dict[str, list[bool]] = defaultdict(list)
    for path in paths:
        data = path.read_bytes()
        article = newsparse.parse(data, extract=False)
        text = data.decode("utf-8", errors="replace")
        truth = fakes_truth_date(text)
        results = {
            "detected": article.site == "generic",
            "published": article.published is not None
            and truth is not None
            and article.published.date() == truth,
            "no agency tag in body": not any(AGENCY_TAGS.search(p) for p in article.paragraphs),
            "long stories split into paragraphs": len(article.paragraphs) > 1
            or len(regex.findall(r"[.!?]\s", text)) < 4,
            "90% of words kept": kept_share(text, article) >= 0.90,
        }
        for field, ok in results.items():
            checks[field].append(ok)
            if not ok:
                failures[f"fakes-syria/{field}"].append(path.name)
    return {field: sum(oks) / len(oks) for field, oks in checks.items()}


# --- gun-violence and BBC: debris that must not stand in the body ---------------------------

DEBRIS = regex.compile(
    r"\(Google Maps\.?\)|\.(?:jpe?g|png|gif)\b|Copyright (?:\d{4}|by)|All rights reserved"
    r"|Print Article|may be reached at|Follow (?:her|him|us) on Twitter|Find \S+ on Facebook"
    r"|donat(?:e|ion)s?\b|Read or Share this story|Buy Photo|\(Photo:|\[ \+ - \] Video"
    r"|\bfor updates\b|Get short URL|\S+@\S+\.com",
    regex.IGNORECASE,
)
# The sentence (or caption) a debris hit stands in is furniture, not story, for "words kept".
DEBRIS_SENTENCE = regex.compile(rf"[^.!?]*(?:{DEBRIS.pattern})[^.!?]*[.!?]?", regex.IGNORECASE)


def score_plain(
    folder: str, paths: list[Path], published: dict[str, dt.date], failures: dict[str, list[str]]
) -> dict[str, float]:
    checks: dict[str, list[bool]] = defaultdict(list)
    debris_lines = debris_left = 0
    for path in paths:
        data = path.read_bytes()
        article = newsparse.parse(data, published=published.get(path.name), extract=False)
        text = data.decode("utf-8", errors="replace")
        debris_lines += len(DEBRIS.findall(text))
        debris_left += sum(len(DEBRIS.findall(p)) for p in article.paragraphs)
        results: dict[str, bool] = {
            "detected": article.site == "generic",
            "no debris in body": not any(DEBRIS.search(p) for p in article.paragraphs),
            "95% of story words kept": kept_share(DEBRIS_SENTENCE.sub(" ", text), article) >= 0.95,
        }
        if folder == "bbc":
            first, _, rest = text.partition("\n")
            results["title"] = article.title == first.strip()
            results["nothing removed"] = article.removed == ()
            results["paragraphs"] = len(article.paragraphs) == len(
                [block for block in regex.split(r"\n\s*\n", rest.strip()) if block.strip()]
            )
        for field, ok in results.items():
            checks[field].append(ok)
            if not ok:
                failures[f"{folder}/{field}"].append(path.name)
    figures = {field: sum(oks) / len(oks) for field, oks in checks.items()}
    figures["debris leak rate"] = debris_left / debris_lines if debris_lines else 0.0
    return figures


def score_gold(shared: Path, failures: dict[str, list[str]]) -> dict[str, float]:
    figures: dict[str, float] = {}
    for path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(path.read_text())
        article = newsparse.parse((shared / gold["file"]).read_bytes(), extract=False)
        for field, value in gold.get("article", {}).items():
            ok = not check_article(article, {field: value})
            figures.setdefault(field, 0.0)
            figures[field] += ok
            if not ok:
                failures[f"gold/{field}"].append(path.name)
        count = len(list((shared / "gold").glob("*.json")))
        figures = {field: total / count for field, total in figures.items()}
    return figures


def _published_dates(shared: Path) -> dict[str, dt.date]:
    table = shared / "corpus" / "gun-violence" / "gold.csv"
    if not table.exists():
        return {}
    with table.open(newline="") as handle:
        return {
            row["file"]: dt.date.fromisoformat(row["publish_date"])
            for row in csv.DictReader(handle)
        }


def measure(shared: Path) -> tuple[Figures, dict[str, list[str]]]:
    """Every figure, by site then field; and the files that failed each check."""
    corpus = shared / "corpus"
    failures: dict[str, list[str]] = defaultdict(list)

    def files(folder: str) -> list[Path]:
        return sorted((corpus / folder).glob("*.txt"))

    figures: Figures = {
        "reuters": score_reuters(files("reuters"), failures),
        "fakes-syria": score_fakes(files("fakes-syria"), failures),
        "gun-violence": score_plain(
            "gun-violence", files("gun-violence"), _published_dates(shared), failures
        ),
        "bbc": score_plain("bbc", files("bbc"), {}, failures),
        "iraqnewsnow (gold)": score_gold(shared, failures),
    }
    return {
        site: {f: round(v, 4) for f, v in fields.items()} for site, fields in figures.items()
    }, failures


# Figures where less is better: rates of what should not happen.
LOWER_IS_BETTER = ("leak rate",)


def compare(figures: Figures, baseline: Figures) -> Iterator[str]:
    """Describe every figure that differs from the baseline (worse first in each message)."""
    for site, fields in baseline.items():
        for field, expected in fields.items():
            got = figures.get(site, {}).get(field)
            if got is None:
                yield f"{site} / {field}: missing (baseline {expected})"
                continue
            sign = -1 if field.endswith(LOWER_IS_BETTER) else 1
            if sign * got < sign * expected:
                yield f"{site} / {field}: worse, {got} against {expected}"
            elif sign * got > sign * expected:
                yield f"{site} / {field}: better, {got} against {expected}; update the baseline"
    for site, fields in figures.items():
        for field in fields:
            if field not in baseline.get(site, {}):
                yield f"{site} / {field}: new figure; add it to the baseline"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--update-baseline", action="store_true")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    figures, failures = measure(args.shared)
    for site, fields in figures.items():
        print(site)
        for field, value in fields.items():
            print(f"  {field:<40} {value:7.1%}")
    if args.show_failures:
        for check, names in sorted(failures.items()):
            print(f"{check}: {', '.join(names)}")
    if args.update_baseline:
        BASELINE.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        print(f"baseline written to {BASELINE.relative_to(ROOT)}")
    elif BASELINE.exists():
        differences = list(compare(figures, json.loads(BASELINE.read_text())))
        for line in differences:
            print(line)
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
