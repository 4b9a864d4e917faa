"""Bytes -> text: the encoding of a text file found, not assumed (``.txt``, ``.html`` and standard input)."""

from __future__ import annotations

import codecs
import logging

from ..errors import InputError

__all__ = ["decode"]

log = logging.getLogger(__name__)

#: Byte-order marks and the encodings they announce (UTF-32 before UTF-16: its mark starts the same way).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, where: str) -> str:
    """Text from bytes: a byte-order mark's encoding, else UTF-8, else Windows-1252 (which Latin-1 text also
    decodes as), else the encoding charset-normalizer finds (UTF-16 without a mark); bytes no encoding reads are an
    error. Any encoding other than UTF-8 is logged (``-v``)."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(f"{where}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{where}: not {encoding} text although it starts with that byte-order mark ({exc.reason})"
                ) from None
            if encoding != "utf-8":
                log.info("%s: read as %s (byte-order mark)", where, encoding)
            return text
    if b"\x00" not in data[:8192]:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode("cp1252")
            log.info("%s: not UTF-8; read as Windows-1252 (Latin-1)", where)
            return text
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # imported here: only a rare file needs it

    guess = from_bytes(data).best()
    if guess is None:
        raise InputError(f"{where}: binary file, not text in any encoding kg knows")
    log.info("%s: not UTF-8; read as %s", where, guess.encoding)
    return str(guess)
