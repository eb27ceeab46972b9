r"""The first stage: whatever arrives becomes clean, predictable text.

Scraped text carries byte-order marks, Windows line endings, non-breaking spaces ("a hotbed\xa0
of"), zero-width characters, cp1252 bytes in UTF-8 files and mojibake (``Itâ€™s`` for
``It’s``). Every later stage may assume none of that is left: lines end in ``\n``, spaces are
plain, and the text is NFC.
"""

from __future__ import annotations

import codecs
import os
import threading
import unicodedata

import regex

from newsparse.errors import BinaryInputError, EmptyInputError, InputTypeError

__all__ = ["decode", "normalize_text"]


def _cp1252_char(byte: int) -> str:
    # The five bytes cp1252 leaves undefined come through as the C1 control of the same value.
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


# Characters a UTF-8 continuation byte (0x80-0xBF) becomes when read as cp1252 or latin-1.
_CONTINUATION_TO_BYTE: dict[str, int] = {}
for _byte in range(0x80, 0xC0):
    _CONTINUATION_TO_BYTE[_cp1252_char(_byte)] = _byte
    _CONTINUATION_TO_BYTE[chr(_byte)] = _byte
_CONTINUATION = "".join(regex.escape(char) for char in _CONTINUATION_TO_BYTE)

MOJIBAKE = regex.compile(
    rf"""
    [\xc2-\xdf][{_CONTINUATION}]           # a two-byte UTF-8 sequence read as cp1252
    | [\xe0-\xef][{_CONTINUATION}]{{2}}    # three bytes: ’ “ ” – — … live here
    | [\xf0-\xf4][{_CONTINUATION}]{{3}}    # four bytes: emoji and rare scripts
    """,
    regex.VERBOSE,
)

DANGLING_QUOTE = "â€"

# C1 controls are never meant in text; they are cp1252 punctuation decoded as latin-1
# (the gun-violence scrapes carry "\x92" for an apostrophe).
C1_CONTROL = regex.compile(r"[\x80-\x9f]")

# U+0085 (NEL) is left out: in scraped text it is cp1252's ellipsis read as latin-1.
# The simple clean-ups are character mappings; str.translate does each in one fast pass where a
# regular expression would cost several times more on every article.
#
# U+0085 (NEL) is not a line break here: in scraped text it is cp1252's ellipsis read as
# latin-1. Invisible characters only get in the way of matching: zero-width space and joiners,
# word joiner, BOM, direction marks, and the C0 controls other than line breaks.
_BREAKS_AND_INVISIBLES: dict[int, str | None] = {
    **{ord(char): "\n" for char in "\v\f\x1c\x1d\x1e\u2028\u2029"},
    **dict.fromkeys(range(8203, 8208)),
    **dict.fromkeys(range(8288, 8293)),
    **dict.fromkeys(range(8234, 8239)),
    **dict.fromkeys((*range(9), *range(14, 28), 127, 65279)),
}
# Spaces of every width become one plain space; tabs too, since no layout we read uses them.
# The soft hyphen goes, but only after mojibake repair: its byte (AD) ends sequences.
_ODD_SPACES: dict[int, str | None] = {
    **{ord(char): " " for char in "\t\xa0\u1680\u202f\u205f\u3000"},
    **dict.fromkeys(range(8192, 8203), " "),
    0xAD: None,
}
_ASCII_ODD: dict[int, str | None] = {ord("\t"): " "}

# The bytes that make ASCII text unprintable, line feed apart: the C0 controls and DEL. Deleting
# them from the encoded text and comparing lengths is several times faster than
# str.isprintable, which looks every character up in the Unicode tables.
_ASCII_CONTROLS = bytes([*range(10), *range(11, 32), 127])

# Binary data betrays itself by control characters text does not use.
_BINARY_CONTROLS: dict[int, None] = dict.fromkeys((*range(9), *range(14, 27), *range(28, 32)))
_BINARY_SAMPLE = 8192


def _repair_mojibake(text: str) -> tuple[str, int]:
    repaired = 0
    for _ in range(3):  # text encoded twice over needs a second pass
        text, count = MOJIBAKE.subn(_repair_sequence, text)
        repaired += count
        if not count or text.isascii():
            break
    if repaired and DANGLING_QUOTE in text:
        # ” is E2 80 9D in UTF-8, and cp1252 has no character for 9D, so decoders drop it and
        # leave "â€". Only repaired where the text has shown other mojibake.
        repaired += text.count(DANGLING_QUOTE)
        text = text.replace(DANGLING_QUOTE, "”")
    return text, repaired


def _c1_meaning(match: regex.Match[str]) -> str:
    # The five C1 codes cp1252 leaves undefined mean nothing in any encoding we meet: drop them.
    meaning = _cp1252_char(ord(match.group()))
    return "" if meaning == match.group() else meaning


def _repair_sequence(match: regex.Match[str]) -> str:
    chars = match.group()
    raw = bytes([ord(chars[0])]) + bytes(_CONTINUATION_TO_BYTE[char] for char in chars[1:])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return chars


# The error handler cannot return how much it replaced; a thread-local tally can.
_FALLBACK_TALLY = threading.local()


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    _FALLBACK_TALLY.count = getattr(_FALLBACK_TALLY, "count", 0) + len(bad)
    return "".join(_cp1252_char(byte) for byte in bad), error.end


codecs.register_error("newsparse-cp1252", _cp1252_fallback)


def decode(data: bytes | bytearray | memoryview) -> tuple[str, tuple[str, ...]]:
    r"""Decode bytes as UTF-8, reading any byte that is not valid UTF-8 as cp1252.

    Args:
        data: the raw bytes of an article.

    Returns:
        The text and the warnings about how it was decoded.

    Raises:
        BinaryInputError: the bytes hold NUL bytes (no text encoding we read does).

    Examples:
        >>> decode("It’s".encode())
        ('It’s', ())
        >>> decode(b"It\x92s")
        ('It’s', ('input is not valid UTF-8: 1 byte(s) read as cp1252',))
    """
    raw = bytes(data)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), (
            "input decoded as UTF-16 (byte-order mark)",
        )
    if b"\x00" in raw:
        raise BinaryInputError("input holds NUL bytes: it looks like binary data, not text")
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    _FALLBACK_TALLY.count = 0
    text = raw.decode("utf-8-sig", errors="newsparse-cp1252")
    return text, (f"input is not valid UTF-8: {_FALLBACK_TALLY.count} byte(s) read as cp1252",)


def coerce_text(data: object) -> tuple[str, tuple[str, ...]]:
    """Turn what a caller passed into text, or raise a clear error.

    Args:
        data: ``str``, or bytes-like (decoded by :func:`decode`).

    Returns:
        The text and any warnings from decoding it.

    Raises:
        InputTypeError: ``data`` is neither text nor bytes.
        BinaryInputError: ``data`` looks like binary data.

    Examples:
        >>> coerce_text(b"plain")
        ('plain', ())
    """
    if isinstance(data, str):
        return data, ()
    if isinstance(data, (bytes, bytearray, memoryview)):
        return decode(data)
    if isinstance(data, os.PathLike):
        raise InputTypeError(
            f"got a path ({os.fspath(data)!r}); pass the article's text, e.g. path.read_text()"
        )
    raise InputTypeError(f"expected str or bytes, got {type(data).__name__}")


def normalize_text(text: str) -> tuple[str, tuple[str, ...]]:
    r"""Clean text for parsing: line endings, spaces, invisible characters, mojibake.

    The result is NFC, uses ``\n`` only, has plain spaces and no trailing spaces. Normalising
    normalised text changes nothing.

    Args:
        text: the article text.

    Returns:
        The cleaned text, and warnings describing repairs a reader should know about.

    Raises:
        BinaryInputError: the text is mostly control characters.
        EmptyInputError: nothing but whitespace and invisible characters is left.

    Examples:
        >>> normalize_text("\ufeffIt\u00e2\u20ac\u2122s a\u00a0test\r\n")
        ('It’s a test\n', ('repaired 1 mojibake sequence(s) (UTF-8 text decoded as cp1252)',))
    """
    warnings: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and _printable_ascii(text):
        # Printable ASCII and line feeds: nothing to remove, map, repair or compose (the
        # common case, decided in two fast passes).
        pass
    else:
        text = _clean_characters(text, warnings)
    if " \n" in text or text.endswith(" "):
        text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    if not text.strip():
        raise EmptyInputError("input holds no text")
    return text, tuple(warnings)


def _printable_ascii(text: str) -> bool:
    """Whether ASCII ``text`` holds nothing but printable characters and line feeds."""
    data = text.encode("ascii")
    return len(data.translate(None, _ASCII_CONTROLS)) == len(data)


def _clean_characters(text: str, warnings: list[str]) -> str:
    """Everything :func:`normalize_text` does to text that is not plain printable ASCII."""
    sample = text[:_BINARY_SAMPLE]
    controls_in_sample = len(sample) - len(sample.translate(_BINARY_CONTROLS))
    if "\x00" in sample or controls_in_sample > max(8, len(sample) // 20):
        raise BinaryInputError("input is mostly control characters: it looks like binary data")
    if text.isascii():
        # Nothing outside ASCII: no mojibake, no C1 codes, nothing to compose.
        text = text.translate(_BREAKS_AND_INVISIBLES).translate(_ASCII_ODD)
    else:
        # Order matters for idempotence: characters removed or composed later must not leave
        # behind a sequence an earlier step would have repaired.
        text = text.translate(_BREAKS_AND_INVISIBLES)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text, repaired = _repair_mojibake(text)
        if repaired:
            warnings.append(
                f"repaired {repaired} mojibake sequence(s) (UTF-8 text decoded as cp1252)"
            )
        text, controls = C1_CONTROL.subn(_c1_meaning, text)
        if controls:
            warnings.append(
                f"replaced {controls} C1 control character(s) with their cp1252 meaning"
            )
        if "\ufffd" in text:
            warnings.append(
                "input holds U+FFFD replacement characters: some text was lost upstream"
            )
        text = text.translate(_ODD_SPACES)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return text
