"""The JSON Schema of serialised records, derived from the record classes themselves.

``newsparse schema`` prints it; ``schema/article.schema.json`` in the repository holds a copy
that a test keeps current, and that other tools (and other languages) can validate against.

Examples:
    >>> schema = json_schema()
    >>> schema["$defs"]["Count"]["properties"]["qualifier"]["enum"]
    ['exact', 'at_least', 'at_most', 'approximate', 'vague']
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from newsparse import _validators
from newsparse.article import Article
from newsparse.serialize import SCHEMA_VERSION

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
NON_BLANK = {"type": "string", "pattern": r"\S"}
# The same language as the records' own checks, in the syntax JSON Schema uses (ECMA 262).
RULE_NAME = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
ONE_LINE = r"^[^\r\n]*\S[^\r\n]*$"


def _validators_of(field: attrs.Attribute[Any]) -> list[Any]:
    validator = field.validator
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)
    return list(inner) if inner is not None else [validator]


def _refine(schema: dict[str, Any], field: attrs.Attribute[Any]) -> dict[str, Any]:
    """Add what a field's validators promise beyond its type."""
    checks = _validators_of(field)
    if any(
        check in (_validators.non_empty_str, _validators.optional_non_empty_str) for check in checks
    ):
        return _map_string(schema, NON_BLANK)
    if _validators.rule_name in checks:
        return {"type": "string", "pattern": RULE_NAME}
    if _validators.strings in checks:
        return {**schema, "items": dict(NON_BLANK)}
    if any(getattr(check, "__name__", "") == "_paragraph_texts" for check in checks):
        return {**schema, "items": {"type": "string", "pattern": ONE_LINE}}
    if any(
        check in (_validators.non_negative_int, _validators.optional_non_negative_int)
        for check in checks
    ):
        return _map_integer(schema)
    return schema


def _map_string(schema: dict[str, Any], replacement: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "string" and "format" not in schema:
        return dict(replacement)
    if "anyOf" in schema:
        return {"anyOf": [_map_string(option, replacement) for option in schema["anyOf"]]}
    if schema.get("type") == "array" and "items" in schema:
        return {**schema, "items": _map_string(schema["items"], replacement)}
    return schema


def _map_integer(schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "integer":
        return {**schema, "minimum": 0}
    if "anyOf" in schema:
        return {"anyOf": [_map_integer(option) for option in schema["anyOf"]]}
    return schema


class _Builder:
    def __init__(self) -> None:
        self.definitions: dict[str, Any] = {}

    def of_type(self, annotation: Any) -> dict[str, Any]:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (typing.Union, types.UnionType):
            options = [self.of_type(arg) for arg in args if arg is not type(None)]
            return {"anyOf": [*options, {"type": "null"}]}
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of_type(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.of_type(arg) for arg in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if annotation is bool:
            return {"type": "boolean"}
        if annotation is int:
            return {"type": "integer"}
        if annotation is str:
            return {"type": "string"}
        if annotation is dt.datetime:
            return {"type": "string", "format": "date-time"}
        if annotation is dt.date:
            return {"type": "string", "format": "date"}
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return {"type": "string", "enum": [member.value for member in annotation]}
        if isinstance(annotation, type) and attrs.has(annotation):
            self.record(annotation)
            return {"$ref": f"#/$defs/{annotation.__name__}"}
        raise TypeError(f"no JSON Schema for {annotation!r}")  # pragma: no cover

    def record(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name in self.definitions:
            return dict(self.definitions[name])
        self.definitions[name] = {}  # a placeholder, in case a record refers to itself
        hints = typing.get_type_hints(cls)
        properties = {
            field.name: _refine(self.of_type(hints[field.name]), field)
            for field in attrs.fields(cls)
        }
        schema = {
            "type": "object",
            "description": (cls.__doc__ or "").strip().splitlines()[0],
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }
        self.definitions[name] = schema
        return dict(schema)


def json_schema(cls: type = Article) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`newsparse.to_dict` makes of ``cls``.

    Args:
        cls: any record class; the Article by default, whose parts are in ``$defs``.

    Returns:
        The schema as plain data, ready for ``json.dumps``.
    """
    builder = _Builder()
    top = builder.record(cls)
    top["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **top["properties"]}
    top["required"] = ["schema_version", *top["required"]]
    definitions = {
        name: schema for name, schema in sorted(builder.definitions.items()) if name != cls.__name__
    }
    return {
        "$schema": DIALECT,
        "$id": f"https://newsparse.dev/schema/v{SCHEMA_VERSION}/{cls.__name__.lower()}.json",
        "title": f"newsparse {cls.__name__}",
        **top,
        "$defs": definitions,
    }
