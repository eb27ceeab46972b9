"""Attribution extraction scored against PolNeAR (cue, source and content spans).

Usage:
    python benchmarks/attribution.py PATH [--split train|dev] [--show fp|fn|pairs] [--limit N]
        [--shared PATH] [--repeat N]
    python benchmarks/attribution.py PATH --split dev --baseline

PATH is a checkout of GitHub networkdynamics/PolNeAR (or its ``data`` folder). Only the
``train`` and ``dev`` splits are accepted: the test split is kept unseen. Nothing from PolNeAR
is stored in this repository; it has no licence.

How the score is computed:

- Each article's text is split into paragraphs at line breaks (PolNeAR separates paragraphs
  with blank lines) and :func:`newsparse.extract_attributions` reads them; spans are mapped
  back to article offsets. Articles annotated by several annotators are scored against the
  annotation whose file name sorts first.
- Cue: a predicted cue matches the unmatched gold cue its span overlaps most (one to one).
  Precision is matched / predicted, recall matched / gold (gold attributions without a cue,
  35 in train, are left out).
- Source, on matched pairs: a hit when both spans exist and overlap; a predicted source with no
  overlapping gold source is a false positive, a gold source with no overlapping prediction a
  false negative.
- Content, on matched pairs: token F1 over word tokens (``\\w+``) by position, averaged.
- Full: a prediction whose cue matched, whose source overlaps the gold source (or both are
  absent) and whose content token F1 is at least 0.5; precision and recall over all
  predictions and all gold attributions.
- Speech-verb subsets: gold attributions whose cue contains "according to" or a form of a
  speech verb. The issue names no verb list but calibrates it: a plain "X said" regex (here:
  "said", "says", "say", "told", inverted "said X", "according to"; see ``--baseline``)
  reaches about 0.84 recall on it and 0.31 overall. ``speech`` uses the core verbs of saying
  in ``SPEECH_LEMMAS`` (say, tell, add, state, announce, write), on which that regex scores
  0.846 on dev and 0.315 overall, matching the issue's yardstick. ``speech-wide`` uses
  ``WIDE_SPEECH_LEMMAS``, every verb whose meaning is saying or writing something (34 lemmas,
  fixed before any tuning), on which the same regex scores only 0.67: it is reported so the
  figure on the wider reading is never hidden. Precision on a subset counts predictions
  matched to a subset cue, or unmatched predictions whose own cue is in the subset.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

import newsparse
from newsparse.attribution import Attribution, extract_attributions

Span = tuple[int, int]

SPLITS = ("train", "dev")

# The core verbs of saying: the subset on which the plain regex reaches its quoted 0.84.
SPEECH_LEMMAS = ("say", "tell", "add", "state", "announce", "write")

# Every verb of saying or writing: a wider reading of "speech verb", reported alongside.
WIDE_SPEECH_LEMMAS = (
    "say",
    "tell",
    "add",
    "state",
    "announce",
    "declare",
    "explain",
    "note",
    "remark",
    "comment",
    "reply",
    "respond",
    "answer",
    "ask",
    "write",
    "tweet",
    "report",
    "claim",
    "insist",
    "argue",
    "assert",
    "warn",
    "confirm",
    "deny",
    "acknowledge",
    "admit",
    "concede",
    "mention",
    "recall",
    "repeat",
    "reiterate",
    "stress",
    "emphasize",
    "testify",
)
IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written")}


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
        past = stem + "ed"
    if lemma in ("admit", "write"):
        past = {"admit": "admitted", "write": "wrote"}[lemma]
    forms = {lemma, third, past, stem + "ing", *IRREGULAR.get(lemma, ())}
    if lemma == "admit":
        forms.add("admitting")
    if lemma == "write":
        forms.add("writing")
    return forms


SPEECH_WORDS = frozenset(form for lemma in SPEECH_LEMMAS for form in _forms(lemma))
WIDE_SPEECH_WORDS = frozenset(form for lemma in WIDE_SPEECH_LEMMAS for form in _forms(lemma))
SUBSETS = {"speech": SPEECH_WORDS, "speech-wide": WIDE_SPEECH_WORDS}
WORD = regex.compile(r"\w+")


def is_speech_cue(cue: str, verbs: frozenset[str] = SPEECH_WORDS) -> bool:
    """Whether a cue is "according to" or contains a form of one of ``verbs``."""
    lowered = cue.lower()
    return "according to" in lowered or any(w in verbs for w in WORD.findall(lowered))


@dataclass
class Gold:
    cue: list[Span]
    source: list[Span]
    content: list[Span]


@dataclass
class Predicted:
    cue: Span
    source: Span | None
    content: list[Span]
    text: Attribution


@dataclass
class Doc:
    name: str
    text: str
    gold: list[Gold]
    paragraphs: list[tuple[int, str]] = field(default_factory=list)


def _data_dir(path: Path) -> Path:
    return path / "data" if (path / "data").is_dir() else path


def load(path: Path, split: str) -> list[Doc]:
    """Read one split: each article's text and its first annotator's attributions."""
    if split not in SPLITS:
        raise SystemExit(f"split must be one of {SPLITS}; the test split stays unseen")
    root = _data_dir(path) / split
    if not (root / "attributions").is_dir():
        raise SystemExit(f"no PolNeAR {split} split under {path}")
    docs: list[Doc] = []
    seen: set[str] = set()
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        docs.append(Doc(name=name, text=text, gold=_read_brat(ann), paragraphs=_split(text)))
    return docs


def _read_brat(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if regex.match(r"T\d+\t", line):
            tid, info, *_ = line.split("\t")
            kind, ranges = info.split(" ", 1)
            spans[tid] = (
                kind,
                [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))],
            )
        elif regex.match(r"E\d+\t", line):
            roles: dict[str, list[str]] = {}
            for part in line.split("\t")[1].split():
                role, tid = part.split(":")
                roles.setdefault(regex.sub(r"\d+$", "", role), []).append(tid)
            events.append(roles)
    gold = []
    for roles in events:
        parts = {
            role: [s for tid in roles.get(role, []) for s in spans[tid][1]]
            for role in ("Cue", "Source", "Content")
        }
        if parts["Cue"]:
            gold.append(Gold(parts["Cue"], parts["Source"], parts["Content"]))
    return gold


def _split(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in regex.finditer(r"[^\n]*+", text) if m.group().strip()]


Extractor = Callable[[Sequence[str]], Iterable[Attribution]]


def predict(doc: Doc, extractor: Extractor) -> list[Predicted]:
    """The extractor's attributions in article offsets.

    Records that share a cue (a quotation its cue interrupts, "“A,” he said, “B.”", comes as
    two records) are one prediction whose content is both parts. Records without a cue span
    (a quotation going on in the next paragraph) are left out: PolNeAR ties every
    attribution to a cue.
    """
    offsets = [start for start, _ in doc.paragraphs]
    found: dict[Span, Predicted] = {}
    for a in extractor([p for _, p in doc.paragraphs]):
        if a.cue_span is None:
            continue
        base = offsets[a.paragraph]

        def shift(span: Span | None, base: int = base) -> Span | None:
            return None if span is None else (span[0] + base, span[1] + base)

        cue = shift(a.cue_span)
        content = shift(a.content_span)
        assert cue is not None
        if cue in found:
            found[cue].content.extend([content] if content else [])
        else:
            found[cue] = Predicted(cue, shift(a.speaker_span), [content] if content else [], a)
    return list(found.values())


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps_any(a: Span | None, spans: list[Span]) -> bool:
    return a is not None and any(overlap(a, s) > 0 for s in spans)


def token_f1(text: str, predicted: list[Span], gold: list[Span]) -> float:
    def tokens(spans: list[Span]) -> set[int]:
        return {m.start() for s in spans for m in WORD.finditer(text, s[0], s[1])}

    want = tokens(gold)
    got = tokens(predicted)
    if not want and not got:
        return 1.0
    hit = len(want & got)
    if not hit:
        return 0.0
    p, r = hit / len(got), hit / len(want)
    return 2 * p * r / (p + r)


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    full: int = 0
    full_matched_gold: int = 0
    source_tp: int = 0
    source_fp: int = 0
    source_fn: int = 0
    content_f1: list[float] = field(default_factory=list)

    def prf(self, hit: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hit / predicted if predicted else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(preds: list[Predicted], gold: list[Gold]) -> list[tuple[Predicted, Gold | None]]:
    """Pair each prediction with the unmatched gold cue it overlaps most, in text order."""
    used: set[int] = set()
    pairs: list[tuple[Predicted, Gold | None]] = []
    for pred in sorted(preds, key=lambda p: p.cue):
        best, best_overlap = None, 0
        for index, g in enumerate(gold):
            if index in used:
                continue
            size = sum(overlap(pred.cue, s) for s in g.cue)
            if size > best_overlap:
                best, best_overlap = index, size
        if best is None:
            pairs.append((pred, None))
        else:
            used.add(best)
            pairs.append((pred, gold[best]))
    return pairs


def score(
    docs: list[Doc], extractor: Extractor, show: str | None = None, limit: int = 40
) -> dict[str, Tally]:
    tallies = {"overall": Tally(), **{name: Tally() for name in SUBSETS}}
    shown = 0
    for doc in docs:
        preds = predict(doc, extractor)
        pairs = match(preds, doc.gold)
        matched_gold = {id(g) for _, g in pairs if g is not None}
        text = doc.text

        def cue_text(g: Gold, text: str = text) -> str:
            return " ".join(text[a:b] for a, b in g.cue)

        for g in doc.gold:
            tallies["overall"].gold += 1
            for name, verbs in SUBSETS.items():
                if is_speech_cue(cue_text(g), verbs):
                    tallies[name].gold += 1
            if show == "fn" and id(g) not in matched_gold and shown < limit:
                shown += 1
                print(_describe(text, g.cue, g.source, g.content, "FN"))
        for pred, g in pairs:
            cue = cue_text(g) if g else pred.text.cue
            for name, tally in tallies.items():
                if name in SUBSETS and not is_speech_cue(cue, SUBSETS[name]):
                    continue
                tally.predicted += 1
                if g is None:
                    continue
                tally.matched += 1
                source_ok = overlaps_any(pred.source, g.source)
                if source_ok:
                    tally.source_tp += 1
                else:
                    tally.source_fp += pred.source is not None
                    tally.source_fn += bool(g.source)
                f1 = token_f1(text, pred.content, g.content)
                tally.content_f1.append(f1)
                if (source_ok or (pred.source is None and not g.source)) and f1 >= 0.5:
                    tally.full += 1
            if show == "fp" and g is None and shown < limit:
                shown += 1
                print(_describe(text, [pred.cue], _opt(pred.source), pred.content, "FP"))
            if show == "pairs" and g is not None and shown < limit:
                f1 = token_f1(text, pred.content, g.content)
                if f1 < 0.5 or not overlaps_any(pred.source, g.source):
                    shown += 1
                    print(_describe(text, g.cue, g.source, g.content, "GOLD"))
                    print(
                        _describe(text, [pred.cue], _opt(pred.source), _opt(pred.content), "PRED")
                    )
    return tallies


def _opt(span: Span | None) -> list[Span]:
    return [span] if span else []


def _describe(text: str, cue: list[Span], source: list[Span], content: list[Span], tag: str) -> str:
    def show(spans: list[Span]) -> str:
        return " | ".join(text[a:b] for a, b in spans)

    start = min(s[0] for s in cue + source + content)
    end = max(s[1] for s in cue + source + content)
    context = text[max(0, start - 80) : end + 40].replace("\n", " ")
    return (
        f"{tag} cue={show(cue)!r} source={show(source)!r} content={show(content)[:120]!r}\n"
        f"    … {context} …"
    )


def report(tallies: dict[str, Tally]) -> None:
    print(f"{'':11s} {'':8s} {'P':>6s} {'R':>6s} {'F1':>6s}   (n pred / gold / matched)")
    for name, t in tallies.items():
        rows = [
            ("cue", t.prf(t.matched, t.predicted, t.gold)),
            ("full", t.prf(t.full, t.predicted, t.gold)),
            (
                "source*",
                t.prf(t.source_tp, t.source_tp + t.source_fp, t.source_tp + t.source_fn),
            ),
        ]
        for label, (p, r, f) in rows:
            print(f"{name:11s} {label:8s} {p:6.3f} {r:6.3f} {f:6.3f}")
        mean = statistics.fmean(t.content_f1) if t.content_f1 else 0.0
        print(f"{name:11s} {'content*':8s} mean token F1 {mean:.3f}")
        print(f"{name:11s} counts   {t.predicted} / {t.gold} / {t.matched}")
    print("* on matched pairs")


# The yardstick the issue quotes: a plain "X said" regex, in its obvious tenses, inverted, and
# "according to" (0.315 overall cue recall on dev, the "about 0.31").
PLAIN_SAID = regex.compile(
    r"""
    (?P<speaker>\b\w+) \s+ (?P<cue>said|says|say|told) \b
    | \b (?P<inverted>said|says|told) \s+ (?P<after>\w+)
    | \b (?P<according>according \s to) \b
    """,
    regex.VERBOSE,
)


def plain_said(paragraphs: Sequence[str]) -> list[Attribution]:
    found = []
    for index, paragraph in enumerate(paragraphs):
        for m in PLAIN_SAID.finditer(paragraph):
            cue = next(name for name in ("cue", "inverted", "according") if m.group(name))
            speaker = "speaker" if m.group("speaker") else "after" if m.group("after") else None
            found.append(
                Attribution(
                    speaker=m.group(speaker) if speaker else None,
                    cue=m.group(cue),
                    content="-",
                    kind="indirect",
                    anonymous=False,
                    paragraph=index,
                    speaker_span=m.span(speaker) if speaker else None,
                    cue_span=m.span(cue),
                )
            )
    return found


def reuters_cost(shared: Path, repeat: int) -> tuple[float, float, int]:
    """CPU seconds per Reuters article of ``parse(extract=False)`` and
    ``parse(extract="attributions")``, the best of ``repeat`` interleaved runs (the issue's
    measure: what attribution extraction adds to ``parse``)."""
    texts = [path.read_bytes() for path in sorted((shared / "corpus" / "reuters").glob("*.txt"))]
    best: dict[bool | str, float] = {False: float("inf"), "attributions": float("inf")}
    for _ in range(repeat):
        for extract, fastest in best.items():
            start = time.process_time()
            for text in texts:
                newsparse.parse(text, extract=extract)
            best[extract] = min(fastest, time.process_time() - start)
    return best[False] / len(texts), best["attributions"] / len(texts), len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a PolNeAR checkout or its data folder")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--show", choices=("fp", "fn", "pairs"), help="print examples")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--baseline", action="store_true", help="score a plain 'X said' regex")
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared"
    )
    parser.add_argument("--repeat", type=int, default=9, help="runs of the Reuters timing")
    args = parser.parse_args()
    docs = load(args.path, args.split)
    extractor: Extractor = plain_said if args.baseline else extract_attributions
    tallies = score(docs, extractor, args.show, args.limit)
    print(f"PolNeAR {args.split}: {len(docs)} articles")
    report(tallies)
    paragraphs = [[p for _, p in doc.paragraphs] for doc in docs]
    start = time.perf_counter()
    for doc_paragraphs in paragraphs:
        extractor(doc_paragraphs)
    elapsed = time.perf_counter() - start
    print(f"extraction: {elapsed / len(docs) * 1e3:.3f} ms per article")
    if not args.baseline and (args.shared / "corpus" / "reuters").is_dir():
        layer, with_attributions, count = reuters_cost(args.shared, args.repeat)
        print(
            f"reuters ({count} files, CPU time, best of {args.repeat}): parse(extract=False) "
            f"{layer * 1e3:.3f} ms/article, parse(extract='attributions') "
            f"{with_attributions * 1e3:.3f} ms (x{with_attributions / layer:.2f})"
        )


if __name__ == "__main__":
    main()
