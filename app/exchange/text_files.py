"""Reading a text file that a person picked: its bytes and their encoding.

Files come from Excel, Outlook and Notepad: UTF-8 with or without a byte
order mark, UTF-16 with one (Excel's "Unicode text", Outlook on some
machines), or Windows-1252 ("ANSI"). Whatever cannot be read becomes a
ValidationError on "file" with one line a person can act on, never a
UnicodeDecodeError.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from app.errors import ValidationError
from app.i18n import translate

_BOMS = (
    # UTF-32's marks first: UTF-32 LE's begins with UTF-16 LE's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a folder is refused on "file". Other OSErrors (no such file,
    no permission) go up as they are: the screens and the command line show those
    with the path already."""
    path = Path(path)
    try:
        if not path.is_dir():
            return path.read_bytes()
    except IsADirectoryError:  # made a folder between the check and the read
        pass
    message = translate("text_files", "{path} is a folder, not a file")
    raise ValidationError({"file": message.format(path=path)})


def decode(data: bytes) -> str:
    """The text of `data`: by its byte order mark when it has one (UTF-8, UTF-16,
    UTF-32), else UTF-8 where it decodes, else Windows-1252 (Excel's ANSI).

    A mark followed by bytes of another encoding is refused, naming the line:
    guessing there would silently change the letters.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec)
            except UnicodeDecodeError as error:
                message = translate(
                    "text_files",
                    "starts with a {encoding} byte order mark but is not {encoding} here: "
                    "save it again as UTF-8",
                )
                raise ValidationError(
                    {"file": message.format(encoding=name)},
                    line=_line_of(body, error.start, codec),
                ) from None
    if _looks_like_utf16(data):
        message = translate(
            "text_files", "looks like UTF-16 text without a byte order mark: save it as UTF-8"
        )
        raise ValidationError({"file": message}, line=1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_like_utf16(data: bytes) -> bool:
    """Every other byte NUL at the start: Latin letters in UTF-16. (Text in UTF-8 or
    Windows-1252 has no NUL at all; a binary file has a few.)"""
    start = data[:1000]
    return len(start) >= 8 and start.count(0) * 3 >= len(start)


def _line_of(body: bytes, offset: int, codec: str) -> int:
    """The line (from 1) of the byte at `offset` of the text after the mark."""
    before = body[:offset].decode(codec, errors="replace")
    breaks = before.count("\n") or before.count("\r")
    return breaks + 1
