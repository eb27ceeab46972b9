"""The command line: ``newsparse parse``, ``newsparse detect`` and ``newsparse sites``.

``newsparse PATH`` is short for ``newsparse parse PATH``; ``python -m newsparse`` works the same.

``parse`` reads files, folders (recursively) and standard input (``-``), or JSON Lines records
(``--jsonl-field text``), and writes JSON, JSON Lines or CSV in input order, on one core or
several (``--jobs``), with a progress bar on a terminal. A record that cannot be parsed becomes
an error record and the batch goes on; the exit status is 1 if any failed (2 for bad usage).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import functools
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newsparse.article import Article
from newsparse.batch import ParseFailure, parse_many
from newsparse.errors import ParseError, UnknownExtractorError
from newsparse.flatten import COLUMNS, TABLES, rows
from newsparse.pipeline import EXTRACTORS, selected_extractors
from newsparse.registry import detect, get_parser, sites
from newsparse.scaffold import new_site
from newsparse.schema import json_schema
from newsparse.serialize import to_dict

__all__ = ["main"]

COMMANDS = ("parse", "detect", "sites", "schema", "new-site")
FORMATS = ("json", "jsonl", "csv")


@attrs.frozen
class Record:
    """One input: where it came from, and its text (or why it could not be read)."""

    path: str
    text: bytes | str | None
    published: dt.date | dt.datetime | None = None
    error: str | None = None


def _published(value: str) -> dt.date | dt.datetime:
    try:
        if "T" in value or " " in value:
            return dt.datetime.fromisoformat(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or datetime: {value!r}") from None


def _jobs(value: str) -> int:
    jobs = int(value)
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (all cores) or more")
    return jobs


def _extractors(value: str) -> frozenset[str]:
    try:
        return selected_extractors([name.strip() for name in value.split(",") if name.strip()])
    except UnknownExtractorError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn scraped plain-text news articles into typed records.",
        epilog="With no command, 'parse' is assumed: newsparse FILE",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse_cmd = commands.add_parser(
        "parse", help="parse files, folders or JSON Lines and write the articles"
    )
    parse_cmd.add_argument(
        "paths", nargs="+", metavar="PATH", help="a file, a folder (read recursively), or -"
    )
    parse_cmd.add_argument("--site", help="use this parser instead of detecting one")
    parse_cmd.add_argument(
        "--glob",
        default=None,
        help="in folders, read the files matching this (default: *.txt, or *.jsonl with "
        "--jsonl-field)",
    )
    parse_cmd.add_argument(
        "--published", type=_published, help="publication date (ISO 8601) when the text has none"
    )
    parse_cmd.add_argument(
        "--jsonl-field",
        metavar="FIELD",
        help="inputs are JSON Lines; each record's FIELD holds an article's text",
    )
    parse_cmd.add_argument(
        "--published-field", metavar="FIELD", help="with --jsonl-field: the record's date field"
    )
    parse_cmd.add_argument(
        "--format",
        choices=FORMATS,
        help="json (default for one file), jsonl (default otherwise) or csv",
    )
    parse_cmd.add_argument(
        "--table", choices=TABLES, default="articles", help="with --format csv: which records"
    )
    parse_cmd.add_argument("--output", "-o", type=Path, help="write here instead of stdout")
    parse_cmd.add_argument(
        "--errors",
        type=Path,
        help="with --format csv: where error rows go (default: beside --output, or errors.csv)",
    )
    parse_cmd.add_argument(
        "--jobs", "-j", type=_jobs, default=1, help="worker processes; 0 uses every core"
    )
    parse_cmd.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    parse_cmd.add_argument("--fail-fast", action="store_true", help="stop at the first failure")
    extractors = parse_cmd.add_mutually_exclusive_group()
    extractors.add_argument(
        "--extract",
        type=_extractors,
        default=True,
        metavar="NAMES",
        help=f"run only these extractors, comma-separated ({', '.join(EXTRACTORS)})",
    )
    extractors.add_argument(
        "--no-extract",
        dest="extract",
        action="store_false",
        help="article layer only: no attributions or incidents (faster)",
    )
    parse_cmd.add_argument(
        "--indent", type=int, default=None, help="indent JSON (default: 2 for one article)"
    )
    detect_cmd = commands.add_parser("detect", help="name the parser each file would get")
    detect_cmd.add_argument("paths", nargs="+", metavar="PATH")
    commands.add_parser("sites", help="list the registered parsers, a line on each")
    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of a serialised record")
    schema_cmd.add_argument(
        "--record", default="Article", help="the record (default: Article, with its parts)"
    )
    new_site_cmd = commands.add_parser(
        "new-site", help="write a new site parser, its tests and a sample page"
    )
    new_site_cmd.add_argument("name", help="the parser's name (lower case)")
    new_site_cmd.add_argument("--title", help="the site's name as printed on its pages")
    new_site_cmd.add_argument(
        "--root", type=Path, default=Path(), help="the newsparse checkout (default: here)"
    )
    return parser


def _files(paths: Sequence[str], pattern: str = "*.txt") -> Iterator[str]:
    """Files named on the command line, and the files in folders that match ``pattern``."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            for found in sorted(Path(path).rglob(pattern)):
                relative = found.relative_to(path)
                if found.is_file() and not any(part.startswith(".") for part in relative.parts):
                    yield str(found)
        else:
            yield path


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _records(args: argparse.Namespace, files: list[str]) -> Iterator[Record]:
    for path in files:
        if args.jsonl_field is None:
            try:
                yield Record(path, _read(path), args.published)
            except OSError as exc:
                yield Record(path, None, error=f"cannot read: {exc.strerror or exc}")
            continue
        try:
            handle: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            yield Record(path, None, error=f"cannot read: {exc.strerror or exc}")
            continue
        with handle if path != "-" else contextlib.nullcontext(handle):
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _jsonl_record(f"{path}:{number}", line, args)


def _jsonl_record(where: str, line: bytes, args: argparse.Namespace) -> Record:
    try:
        data = json.loads(line)
    except ValueError as exc:
        return Record(where, None, error=f"not a JSON record: {exc}")
    if not isinstance(data, dict) or not isinstance(data.get(args.jsonl_field), str):
        return Record(where, None, error=f"no text field {args.jsonl_field!r} in the record")
    published = args.published
    if args.published_field and data.get(args.published_field):
        try:
            published = _published(str(data[args.published_field]))
        except argparse.ArgumentTypeError as exc:
            return Record(where, None, error=str(exc))
    return Record(where, data[args.jsonl_field], published)


def _count_records(args: argparse.Namespace, files: list[str]) -> int | None:
    if args.jsonl_field is None:
        return len(files)
    if "-" in files:
        return None
    total = 0
    for path in files:
        with contextlib.suppress(OSError), open(path, "rb") as handle:
            total += sum(1 for line in handle if line.strip())
    return total


class Progress:
    """A one-line progress display on stderr: count, share, rate and time left."""

    def __init__(self, total: int | None, *, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.done = 0
        self.start = self.last = time.monotonic()

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.last >= 0.1 or self.done == self.total):
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            line = f"{self.done:,} articles  {rate:,.0f}/s"
            if self.total:
                share = self.done / self.total
                left = (self.total - self.done) / rate if rate else 0.0
                bar = "#" * int(share * 30)
                line = (
                    f"[{bar:<30}] {self.done:,}/{self.total:,} {share:4.0%}  "
                    f"{rate:,.0f}/s  ETA {int(left // 60)}:{int(left % 60):02d}"
                )
            sys.stderr.write("\r" + line)
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _payload(
    table: str | None, as_text: bool, article: Article
) -> str | dict[str, Any] | list[dict[str, Any]]:
    """What the output needs of an article: its rows in ``table``, its JSON text, or its dict.

    Made where the article was parsed (a worker, with ``--jobs``), so that plain data, quick to
    pickle, travels back instead of the records, and the workers share the conversion: encoding
    the JSON alone was about a tenth of each article's cost, too much to leave to one process.
    """
    if table is not None:
        return list(rows(article, table))
    data = to_dict(article)
    return json.dumps(data, ensure_ascii=False) if as_text else data


class Writer:
    """Writes results in the chosen format as they come."""

    def __init__(self, args: argparse.Namespace, output: IO[str], single: bool) -> None:
        self.args, self.output = args, output
        self.format = args.format or ("json" if single else "jsonl")
        self.single = single and self.format == "json"
        self.count = 0
        self.errors_file: IO[str] | None = None
        self.csv: Any = None
        self.error_csv: Any = None
        if self.format == "csv":
            self.csv = csv.DictWriter(output, fieldnames=COLUMNS[args.table])
            self.csv.writeheader()

    @property
    def table(self) -> str | None:
        """The CSV table written, or ``None`` for JSON."""
        return str(self.args.table) if self.format == "csv" else None

    @property
    def indent(self) -> int | None:
        """The JSON indent: none for JSON Lines; for JSON, ``--indent``, else 2 for one file."""
        if self.format != "json":
            return None
        return self.args.indent if self.args.indent is not None else (2 if self.single else None)

    @property
    def as_text(self) -> bool:
        """Whether each article can come as its own finished JSON text (no indent to nest)."""
        return self.format != "csv" and self.indent is None and not self.single

    def article(self, path: str, payload: str | dict[str, Any] | list[dict[str, Any]]) -> None:
        if isinstance(payload, list):
            for row in payload:
                row["id"] = path
            self.csv.writerows(payload)
        elif isinstance(payload, str):
            # The same text json.dumps gives for {"path": …, "article": …} with its separators.
            text = f'{{"path": {json.dumps(path, ensure_ascii=False)}, "article": {payload}}}'
            if self.format == "jsonl":
                self.output.write(text + "\n")
            else:
                self._json_text(text)
        elif self.format == "jsonl":
            self._line({"path": path, "article": payload})
        else:
            self._json(payload if self.single else {"path": path, "article": payload})
        self.count += 1

    def failure(self, path: str, message: str) -> None:
        if self.format == "csv":
            if self.error_csv is None:
                self.errors_file = open(self._errors_path(), "w", newline="", encoding="utf-8")  # noqa: SIM115
                self.error_csv = csv.writer(self.errors_file)
                self.error_csv.writerow(["id", "error"])
            self.error_csv.writerow([path, message])
        elif self.format == "jsonl":
            self._line({"path": path, "error": message})
        else:
            self._json({"path": path, "error": message})
        self.count += 1

    def _errors_path(self) -> Path:
        errors: Path | None = self.args.errors
        output: Path | None = self.args.output
        if errors is not None:
            return errors
        if output is not None:
            return output.with_name(output.stem + ".errors.csv")
        return Path("errors.csv")

    def _line(self, data: dict[str, Any]) -> None:
        self.output.write(json.dumps(data, ensure_ascii=False) + "\n")

    def _json(self, data: dict[str, Any]) -> None:
        self._json_text(json.dumps(data, ensure_ascii=False, indent=self.indent))

    def _json_text(self, text: str) -> None:
        if self.single:
            self.output.write(text + "\n")
            return
        self.output.write(("[\n" if self.count == 0 else ",\n") + text)

    def close(self) -> None:
        if self.format == "json" and not self.single:
            self.output.write("[]\n" if self.count == 0 else "\n]\n")
        if self.errors_file is not None:
            self.errors_file.close()


def _run_parse(args: argparse.Namespace) -> int:
    if args.site is not None:
        try:
            get_parser(args.site)
        except ParseError as exc:
            print(f"newsparse: {exc}", file=sys.stderr)
            return 2
    pattern = args.glob or ("*.jsonl" if args.jsonl_field else "*.txt")
    files = list(_files(args.paths, pattern))
    single = len(files) == 1 and args.jsonl_field is None and not Path(args.paths[0]).is_dir()
    show = args.progress if args.progress is not None else sys.stderr.isatty() and not single
    progress = Progress(_count_records(args, files) if show else None, enabled=show)
    records = _records(args, files)
    # The records stream through twice: once into the parser (texts), once beside the results
    # (where each came from). A bounded queue of paths keeps memory flat.
    paths: deque[Record] = deque()

    def texts() -> Iterator[tuple[bytes | str, dt.date | dt.datetime | None]]:
        for record in records:
            paths.append(record)
            # Unreadable records still take a slot, as text the parser will refuse.
            yield (record.text if record.text is not None else b"", record.published)

    output_file = open(args.output, "w", encoding="utf-8", newline="") if args.output else None  # noqa: SIM115
    output = output_file or io.TextIOWrapper(
        sys.stdout.buffer, encoding="utf-8", newline="", write_through=True
    )
    writer = Writer(args, output, single)
    parsed = failed = 0
    started = time.monotonic()
    try:
        results = parse_many(
            texts(),
            jobs=args.jobs,
            site=args.site,
            extract=args.extract,
            transform=functools.partial(_payload, writer.table, writer.as_text),
        )
        for result in results:
            record = paths.popleft()
            if record.error is not None or isinstance(result, ParseFailure):
                failed += 1
                message = record.error or f"{result.error_type}: {result.message}"  # type: ignore[union-attr]
                writer.failure(record.path, message)
                print(f"newsparse: {record.path}: {message}", file=sys.stderr)
                if args.fail_fast:
                    break
            else:
                parsed += 1
                writer.article(record.path, result)
            progress.step()
    finally:
        writer.close()
        progress.close()
        if output_file is not None:
            output_file.close()
        else:
            output.detach()
    seconds = time.monotonic() - started
    if not single or failed:
        rate = parsed / seconds if seconds > 0 else 0.0
        print(
            f"parsed {parsed}, failed {failed}, {seconds:.2f} s, {rate:,.0f} articles/s",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _run_schema(record: str) -> int:
    import newsparse  # noqa: PLC0415 - the public names, to find the record by name

    cls = getattr(newsparse, record, None)
    if not isinstance(cls, type) or not attrs.has(cls):
        print(f"newsparse: no record named {record!r}", file=sys.stderr)
        return 2
    print(json.dumps(json_schema(cls), indent=2, ensure_ascii=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 when every input parsed)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if (
        arguments
        and arguments[0] not in COMMANDS
        and (arguments[0] == "-" or not arguments[0].startswith("-"))
    ):
        arguments.insert(0, "parse")
    args = _build_parser().parse_args(arguments)
    if args.command is None:
        _build_parser().print_help()
        return 2
    if args.command == "sites":
        for name in sites():
            description = getattr(get_parser(name), "description", "")
            print(f"{name:<14} {description}".rstrip())
        return 0
    if args.command == "schema":
        return _run_schema(args.record)
    if args.command == "new-site":
        try:
            written = new_site(args.name, root=args.root, title=args.title)
        except (ValueError, FileNotFoundError) as exc:
            print(f"newsparse: {exc}", file=sys.stderr)
            return 2
        for written_path in written:
            print(f"wrote {written_path}")
        print(
            "next: adapt the parser to the site, put real pages in its tests/data folder, run "
            "python tests/regen_golden.py, review the JSON, then run the tests"
        )
        return 0
    if args.command == "detect":
        failures = 0
        for path in _files(args.paths):
            try:
                name = detect(_read(path))
            except (OSError, ParseError) as exc:
                failures += 1
                print(f"newsparse: {path}: {exc}", file=sys.stderr)
                continue
            print(f"{path}\t{name}")
        return 1 if failures else 0
    return _run_parse(args)


def console() -> int:
    """The ``newsparse`` console script: :func:`main`, quiet when its reader goes away."""
    try:
        return main()
    except BrokenPipeError:
        # "newsparse parse … | head": the reader closed the pipe; stop without a traceback.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stdout
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(console())
