r"""newsparse: typed, validated records from scraped plain-text news articles.

Examples:
    >>> import newsparse
    >>> article = newsparse.parse("Global blogger action day called\n\n"
    ...                           "The global web blog community is being called into action.")
    >>> article.title
    'Global blogger action day called'
    >>> article.paragraphs
    ('The global web blog community is being called into action.',)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

# Import the package of site parsers before re-exporting the function `sites`: importing a
# submodule sets the package attribute of the same name, and would otherwise replace
# `newsparse.sites()` with the `newsparse.sites` package the first time a parser loads.
import newsparse.sites as _site_parsers  # noqa: F401
from newsparse.article import Article, Credit, CreditRole, Dateline, Removed
from newsparse.attribution import Attribution, AttributionKind
from newsparse.batch import ParseFailure, parse_many
from newsparse.dates import DatePrecision
from newsparse.errors import (
    BinaryInputError,
    DeserializationError,
    EmptyInputError,
    InputError,
    InputTypeError,
    ParseError,
    SchemaVersionError,
    UnknownExtractorError,
    UnknownSiteError,
)
from newsparse.incident import Incident, IncidentKind, Munition
from newsparse.parser import Parser, SiteParser
from newsparse.pipeline import EXTRACTORS
from newsparse.quantity import Count, CountQualifier
from newsparse.registry import detect, get_parser, parse, register, sites, unregister
from newsparse.serialize import (
    SCHEMA_VERSION,
    configure_converter,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "EXTRACTORS",
    "SCHEMA_VERSION",
    "Article",
    "Attribution",
    "AttributionKind",
    "BinaryInputError",
    "Count",
    "CountQualifier",
    "Credit",
    "CreditRole",
    "DatePrecision",
    "Dateline",
    "DeserializationError",
    "EmptyInputError",
    "Incident",
    "IncidentKind",
    "InputError",
    "InputTypeError",
    "Munition",
    "ParseError",
    "ParseFailure",
    "Parser",
    "Removed",
    "SchemaVersionError",
    "SiteParser",
    "UnknownExtractorError",
    "UnknownSiteError",
    "__version__",
    "configure_converter",
    "detect",
    "from_dict",
    "from_json",
    "get_parser",
    "parse",
    "parse_many",
    "register",
    "sites",
    "to_dict",
    "to_json",
    "unregister",
]
