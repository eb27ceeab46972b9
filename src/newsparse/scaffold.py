"""``newsparse new-site NAME``: the files a new site parser starts from.

It writes, under a newsparse checkout:

* ``src/newsparse/sites/NAME.py``: a parser for a brand line, a headline and the story, to
  adapt to the site's real layout;
* ``tests/test_site_NAME.py``: detection and golden tests;
* ``tests/data/NAME/sample.txt``: a sample page, to replace with a real one; its golden
  ``sample.json`` is written by ``python tests/regen_golden.py`` after review.

Examples:
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "src/newsparse/sites").mkdir(parents=True)
    >>> for path in new_site("dailyexample", root=root):
    ...     print(path.relative_to(root))
    src/newsparse/sites/dailyexample.py
    tests/test_site_dailyexample.py
    tests/data/dailyexample/sample.txt
"""

from __future__ import annotations

from pathlib import Path

import regex

__all__ = ["new_site"]

NAME = regex.compile(r"[a-z][a-z0-9_]{1,40}+")

MODULE = '''"""{title}: {description}.

Layout::

    {title}
    <headline>
    <story, paragraphs separated by blank lines>

Describe the real layout here, with the lines the parser reads and the boilerplate it removes.
"""

from __future__ import annotations

import regex

from newsparse.boilerplate import COMMON_RULES, compile_rules
from newsparse.lines import Label, Line
from newsparse.parser import SiteParser
from newsparse.pipeline import Reading, label_body
from newsparse.registry import register

__all__ = ["{cls}"]

# The line every page of the site starts with.
BRAND = regex.compile(r"{brand}", regex.IGNORECASE)

# Lines of the site's own furniture, removed with their rule name.
SITE_RULES = compile_rules([("site-name", r"{brand}")]) + COMMON_RULES


@register
class {cls}(SiteParser):
    """{title} pages: brand line, headline, story."""

    name = "{name}"
    description = "{title}: brand line, headline, story"
    boilerplate = SITE_RULES

    def score(self, text: str) -> float:
        """Sure (0.9) when the first line is the brand line; else 0."""
        first = text.lstrip().split("\\n", 1)[0].strip()
        return 0.9 if BRAND.fullmatch(first) else 0.0

    def read(self, lines: tuple[Line, ...]) -> Reading:
        """Label the brand and headline lines; the story is left to the shared stages."""
        labelled = list(lines)
        head = [line for line in lines if not line.is_blank][:2]
        title = None
        start = 0
        if head and BRAND.fullmatch(head[0].text.strip()):
            labelled[head[0].number] = head[0].removed_as("site-name")
            start = head[0].number + 1
            if len(head) > 1:
                labelled[head[1].number] = head[1].labelled(Label.HEADLINE)
                title = head[1].text.strip()
                start = head[1].number + 1
        body = label_body(labelled[start:], self.boilerplate)
        return Reading(lines=(*labelled[:start], *body), title=title)
'''

TESTS = '''"""Tests of the {name} parser.

Every page in tests/data/{name}/ is detected as the site and parses to its golden JSON
(``python tests/regen_golden.py`` writes it, for review).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

CASES = sorted((Path(__file__).parent / "data" / "{name}").glob("*.txt"))


def test_there_are_pages():
    assert CASES, "add pages of the site to tests/data/{name}/"


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_pages_are_detected(case):
    assert newsparse.detect(case.read_bytes()) == "{name}"


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_pages_parse_to_their_golden_file(case):
    golden = case.with_suffix(".json")
    if not golden.exists():
        pytest.fail(f"fill {{golden}}: run python tests/regen_golden.py and review it")
    article = newsparse.parse(case.read_bytes(), site="{name}", extract=False)
    assert newsparse.to_json(article, indent=2) + "\\n" == golden.read_text(encoding="utf-8")
    assert article.title, "the sample page has a headline"
    assert article.paragraphs, "the sample page has a story"
'''

SAMPLE = """{title}

A headline of the sample page

The first paragraph of the story. Replace this page with a real one from the site.

The second paragraph.
"""


def _class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_")) + "Parser"


def new_site(name: str, *, root: Path = Path(), title: str | None = None) -> list[Path]:
    """Write a new site parser, its tests and a sample page under the checkout at ``root``.

    Args:
        name: the parser's name: lower case letters, digits and underscores.
        root: the newsparse checkout (it has ``src/newsparse/sites``).
        title: the site's name as printed on its pages (default: ``name``, capitalised).

    Returns:
        The files written.

    Raises:
        ValueError: the name is not valid, or a file would be overwritten.
        FileNotFoundError: ``root`` is not a newsparse checkout.
    """
    if not NAME.fullmatch(name):
        raise ValueError(f"site names are lower case letters, digits and _: got {name!r}")
    sites = root / "src" / "newsparse" / "sites"
    if not sites.is_dir():
        raise FileNotFoundError(f"{sites} not found: run this in a newsparse checkout")
    printed = title or name.replace("_", " ").title()
    fields = {
        "name": name,
        "title": printed,
        "cls": _class_name(name),
        "brand": r"\s*+".join(regex.escape(word) for word in printed.split()),
        "description": "brand line, headline, story",
    }
    files = {
        sites / f"{name}.py": MODULE.format(**fields),
        root / "tests" / f"test_site_{name}.py": TESTS.format(**fields),
        root / "tests" / "data" / name / "sample.txt": SAMPLE.format(**fields),
    }
    existing = [str(path) for path in files if path.exists()]
    if existing:
        raise ValueError(f"would overwrite {', '.join(existing)}")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
