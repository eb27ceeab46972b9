"""The command line: ``newsparse FILE`` (or ``python -m newsparse FILE``) prints the Article.

Subcommands: ``parse`` (the default), ``detect`` and ``sites``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from newsparse.errors import ParseError
from newsparse.registry import detect, get_parser, parse, sites
from newsparse.serialize import to_json

__all__ = ["main"]

COMMANDS = ("parse", "detect", "sites")


def _published(value: str) -> dt.date | dt.datetime:
    try:
        return (
            dt.datetime.fromisoformat(value)
            if "T" in value or " " in value
            else (dt.date.fromisoformat(value))
        )
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or datetime: {value!r}") from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn scraped plain-text news articles into typed records (JSON).",
        epilog="With no command, 'parse' is assumed: newsparse FILE",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse_cmd = commands.add_parser("parse", help="parse files and print each Article as JSON")
    parse_cmd.add_argument("paths", nargs="+", metavar="PATH", help="a file, or - for stdin")
    parse_cmd.add_argument("--site", help="use this parser instead of detecting one")
    parse_cmd.add_argument(
        "--published", type=_published, help="publication date (ISO 8601) when the text has none"
    )
    parse_cmd.add_argument(
        "--indent",
        type=int,
        default=None,
        help="indent JSON by this many spaces (default: 2 for one file, one line each for many)",
    )
    detect_cmd = commands.add_parser("detect", help="name the parser each file would get")
    detect_cmd.add_argument("paths", nargs="+", metavar="PATH")
    commands.add_parser("sites", help="list the registered parsers")
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 when every file parsed)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if (
        args_list
        and args_list[0] not in COMMANDS
        and (args_list[0] == "-" or not args_list[0].startswith("-"))
    ):
        args_list.insert(0, "parse")
    args = _build_parser().parse_args(args_list)
    if args.command is None:
        _build_parser().print_help()
        return 2
    if args.command == "sites":
        for name in sites():
            description = getattr(get_parser(name), "description", "")
            print(f"{name:<14} {description}".rstrip())
        return 0
    failures = 0
    for path in args.paths:
        try:
            data = _read(path)
            if args.command == "detect":
                print(f"{path}\t{detect(data)}")
                continue
            article = parse(data, site=args.site, published=args.published)
        except (OSError, ParseError) as exc:
            failures += 1
            print(f"newsparse: {path}: {exc}", file=sys.stderr)
            continue
        indent = args.indent if args.indent is not None else (2 if len(args.paths) == 1 else None)
        print(to_json(article, indent=indent))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
