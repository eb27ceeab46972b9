"""Regenerate the golden JSON beside each tests/data/<site>/<case>.txt, for review.

Run ``python tests/regen_golden.py`` after a deliberate change in behaviour, read the diff
(``git diff tests/data``), and commit it with the change that caused it. The files pin the
article layer, what a site parser and the shared stages make (``extract=False``); the
attribution and incident extractors have golden facts of their own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse

DATA = Path(__file__).resolve().parent / "data"


def golden_cases() -> list[Path]:
    """Every case file: tests/data/<site>/<case>.txt."""
    return sorted(DATA.glob("*/*.txt"))


def render(case: Path) -> str:
    """The golden JSON for one case, parsed with the parser its folder names."""
    article = newsparse.parse(case.read_bytes(), site=case.parent.name, extract=False)
    return newsparse.to_json(article, indent=2) + "\n"


def main() -> int:
    for case in golden_cases():
        target = case.with_suffix(".json")
        text = render(case)
        changed = not target.exists() or target.read_text(encoding="utf-8") != text
        target.write_text(text, encoding="utf-8")
        print(f"{'updated' if changed else 'same   '} {target.relative_to(DATA.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
