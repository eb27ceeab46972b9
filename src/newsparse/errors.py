"""Exceptions newsparse raises on bad input.

Every exception the library raises on purpose derives from :class:`ParseError`, so a pipeline
can catch one name. The more specific classes also derive from the matching built-in
(``TypeError``, ``ValueError``, ``LookupError``) so code written against those still works.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DeserializationError",
    "EmptyInputError",
    "InputError",
    "InputTypeError",
    "ParseError",
    "SchemaVersionError",
    "UnknownExtractorError",
    "UnknownSiteError",
]


class ParseError(Exception):
    """Base of every exception newsparse raises on bad input."""


class InputError(ParseError, ValueError):
    """The text handed to :func:`newsparse.parse` cannot be read as an article."""


class EmptyInputError(InputError):
    """The input holds no text once whitespace and invisible characters are removed."""


class BinaryInputError(InputError):
    """The input looks like binary data (NUL bytes or mostly control characters)."""


class InputTypeError(ParseError, TypeError):
    """The input is neither ``str`` nor ``bytes``."""


class UnknownSiteError(ParseError, LookupError):
    """A parser was asked for by a name no registered parser has."""


class UnknownExtractorError(ParseError, ValueError):
    """``extract=`` names an extractor newsparse does not have."""


class DeserializationError(ParseError, ValueError):
    """Data given to ``from_dict``/``from_json`` does not describe a valid record.

    Attributes:
        errors: one readable message per problem, each naming the path of the bad field
            (``$.incidents[0].killed.low``).
    """

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class SchemaVersionError(DeserializationError):
    """Serialised data was written by a newer, incompatible schema version."""
