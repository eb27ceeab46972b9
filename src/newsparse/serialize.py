"""Records to plain data and JSON, and back, without loss.

One private cattrs converter does the work (records carry no serialisation methods, as in
cattrs' own advice). Top-level dictionaries carry a ``schema_version`` so stored data can be
read by later releases; nested records do not repeat it.

Examples:
    >>> from newsparse import Article, from_json, to_json
    >>> article = Article(site="generic", title="Hello", paragraphs=("One.",))
    >>> text = to_json(article)
    >>> text
    '{"schema_version": 1, "site": "generic", "title": "Hello", ...}'
    >>> from_json(text, Article) == article
    True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from newsparse.errors import DeserializationError, SchemaVersionError

__all__ = [
    "SCHEMA_VERSION",
    "configure_converter",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

SCHEMA_VERSION = 1
"""Version of the serialised layout; bumped when a reader of the old layout would misread it."""

T = TypeVar("T")


def _strict(kind: type, name: str) -> Callable[[object, type], Any]:
    # cattrs' default for str calls str(value), which would turn a stray 5 into "5" and hide a
    # corrupt file; the contract promises a readable error instead.
    def structure(value: object, _type: type) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {name}, got a bool")
        if not isinstance(value, kind):
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    return structure


def _structure_datetime(value: object, _type: type) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    return dt.datetime.fromisoformat(value)


def _structure_date(value: object, _type: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_fixed_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and bool(args) and args[-1] is not Ellipsis


def _as_list(value: tuple[Any, ...]) -> list[Any]:
    return list(value)


def _strict_tuple_factory(type_: Any, converter: cattrs.BaseConverter) -> Callable[..., Any]:
    # Without this check a string would be read as a tuple of its characters.
    inner = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, target: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        return inner(value, target)

    return structure


def configure_converter(converter: cattrs.BaseConverter) -> None:
    """Teach a cattrs converter newsparse's rules, so users can serialise records their way.

    It makes strings, ints and bools strict (no silent ``str(5)``), sequences strict (no string
    read as a tuple of characters), and datetimes and dates ISO 8601 strings.

    Args:
        converter: any cattrs converter; it is changed in place.

    Examples:
        >>> import cattrs
        >>> from newsparse import Credit
        >>> converter = cattrs.Converter()
        >>> configure_converter(converter)
        >>> converter.structure({"role": "editing", "name": "A B", "place": None}, Credit).name
        'A B'
    """
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple_factory)
    # Spans are (start, end) tuples; plain data has lists, as JSON does.
    converter.register_unstructure_hook_func(_is_fixed_tuple, _as_list)


_CONVERTER = make_converter(forbid_extra_keys=True)
configure_converter(_CONVERTER)


def _require_record(obj: object) -> None:
    if not attrs.has(type(obj)):
        raise TypeError(f"expected a newsparse record, got {type(obj).__name__}")


def to_dict(obj: object) -> dict[str, Any]:
    """Turn a record into plain data (dicts, lists, strings, numbers, ``None``).

    Args:
        obj: any newsparse record (``Article``, ``Attribution``, ``Incident``, …).

    Returns:
        A dictionary ready for ``json.dumps``, starting with ``schema_version``.

    Raises:
        TypeError: ``obj`` is not a record.

    Examples:
        >>> from newsparse import Removed
        >>> to_dict(Removed(text="Advertisement", rule="advertisement"))
        {'schema_version': 1, 'text': 'Advertisement', 'rule': 'advertisement'}
    """
    _require_record(obj)
    data: dict[str, Any] = _CONVERTER.unstructure(obj)
    return {"schema_version": SCHEMA_VERSION, **data}


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Turn a record into JSON text (UTF-8 characters kept, not escaped).

    Args:
        obj: any newsparse record.
        indent: passed to :func:`json.dumps`; ``None`` writes one line.

    Returns:
        The JSON text.

    Examples:
        >>> from newsparse import Removed
        >>> to_json(Removed(text="© 2019 Rudaw", rule="copyright"))
        '{"schema_version": 1, "text": "© 2019 Rudaw", "rule": "copyright"}'
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def _format_exception(exc: BaseException, type_: type | None) -> str:
    # Our own hooks and the records' validators already word their messages for people.
    if isinstance(exc, (TypeError, ValueError)) and not isinstance(exc, KeyError):
        return str(exc)
    return format_exception(exc, type_)


def _describe(exc: Exception) -> tuple[str, ...]:
    if isinstance(exc, (cattrs.BaseValidationError, cattrs.ForbiddenExtraKeysError)):
        return tuple(cattrs.transform_error(exc, path="$", format_exception=_format_exception))
    return (f"{exc} @ $",)


def from_dict(data: Mapping[str, Any], cls: type[T]) -> T:
    """Build a record from plain data made by :func:`to_dict`.

    Args:
        data: the dictionary; ``schema_version`` may be absent (the current one is assumed).
        cls: the record class to build, such as ``Article``.

    Returns:
        The record, equal to the one that was serialised.

    Raises:
        DeserializationError: the data does not describe a valid ``cls``; the message names
            the path of each bad field (``$.credits[0].role``).
        SchemaVersionError: the data was written by a newer schema.

    Examples:
        >>> from newsparse import Removed
        >>> from_dict({"text": "Advertisement", "rule": "advertisement"}, Removed)
        Removed(text='Advertisement', rule='advertisement')
        >>> from_dict({"text": "x", "rule": 5}, Removed)
        Traceback (most recent call last):
        ...
        newsparse.errors.DeserializationError: invalid Removed: expected a string, got int @ $.rule
    """
    if not attrs.has(cast("type", cls)):  # cast: attrs.has would narrow cls and lose T
        raise TypeError(f"expected a newsparse record class, got {cls!r}")
    if not isinstance(data, Mapping):
        raise DeserializationError(
            f"invalid {cls.__name__}: expected an object, got {type(data).__name__} @ $",
            ("expected an object @ $",),
        )
    payload = dict(data)
    version = payload.pop("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        message = f"schema_version must be an integer, got {version!r} @ $.schema_version"
        raise DeserializationError(f"invalid {cls.__name__}: {message}", (message,))
    if version > SCHEMA_VERSION:
        message = f"data has schema_version {version}; this newsparse reads up to {SCHEMA_VERSION}"
        raise SchemaVersionError(message, (message,))
    try:
        return _CONVERTER.structure(payload, cls)
    except Exception as exc:  # every cattrs/attrs failure becomes one error type
        errors = _describe(exc)
        raise DeserializationError(f"invalid {cls.__name__}: " + "; ".join(errors), errors) from exc


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a record from JSON text made by :func:`to_json`.

    Args:
        text: the JSON document.
        cls: the record class to build.

    Returns:
        The record, equal to the one that was serialised.

    Raises:
        DeserializationError: the text is not JSON or not a valid ``cls``.

    Examples:
        >>> from newsparse import Credit
        >>> from_json('{"role": "editing", "name": "John Catherine", "place": null}', Credit)
        Credit(role=<CreditRole.EDITING: 'editing'>, name='John Catherine', place=None)
    """
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        message = f"not valid JSON: {exc}"
        raise DeserializationError(f"invalid {cls.__name__}: {message}", (message,)) from exc
    return from_dict(data, cls)
