"""MkDocs hook: the site-parser page is written from the registry at build time.

So the page lists every parser there is, with the layout it reads and the fields it fills.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import newsparse

PLACEHOLDER = "<!-- the parsers, from the registry -->"


def _section(name: str) -> str:
    parser = newsparse.get_parser(name)
    module = importlib.import_module(type(parser).__module__)
    layout = inspect.cleandoc(module.__doc__ or "").strip()
    fills = getattr(parser, "fills", ())
    lines = [
        f"## `{name}`",
        "",
        getattr(parser, "description", "") + ".",
        "",
        ("Fills: " + ", ".join(f"`{field}`" for field in fills) + ".") if fills else "",
        "",
        layout,
        "",
    ]
    return "\n".join(lines)


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace the placeholder on the sites page with a section per registered parser."""
    if PLACEHOLDER not in markdown:
        return markdown
    return markdown.replace(PLACEHOLDER, "\n".join(_section(name) for name in newsparse.sites()))
