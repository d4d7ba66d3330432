"""Article bodies of Reuters-21578 and the Wikinews sample, as Dateline reads them.

The place-resolution gold set (ambiguous_places.tsv) names mentions by their
occurrence in the body text, and the scorer gives dateline-ner these same
bodies as JSON Lines, so the byte offsets it reports refer to exactly this
text. The cleaning follows the indexer's readers:

* Reuters (indexer/src/reuters_reader.cpp): the BODY inside TEXT, bytes that
  are not UTF-8 read as Latin-1, character references decoded, control
  characters removed (text_cleaning.cpp, clean_markup_text), spaces and
  newlines trimmed, the closing "Reuter" sign-off dropped. Articles without a
  BODY are not used by the gold set and are not returned.
* Wikinews (indexer/src/csv_reader.cpp): the `text` column with control
  characters removed, then trimmed.

The JSONL reader (jsonl_reader.cpp) only removes control characters, which
these bodies no longer contain, so dateline-ner sees them byte for byte.
"""

import codecs
import collections
import csv
import glob
import os
import re
import sys

codecs.register_error(
    "dateline_latin1",
    lambda error: (error.object[error.start:error.start + 1].decode("latin-1"), error.start + 1),
)

Article = collections.namedtuple("Article", "doc date title body dateline")
"""doc: reuters-NEWID or the Wikinews URL; dateline: Reuters' DATELINE element ("" for Wikinews)."""

_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'", "nbsp": "\u00a0"}


def to_valid_utf8(raw: bytes) -> str:
    """Well-formed UTF-8 kept, any other byte read as a Latin-1 character."""
    return raw.decode("utf-8", errors="dateline_latin1")


def _reference_value(body: str):
    if len(body) >= 2 and body[0] == "#":
        digits, base = body[1:], 10
        if digits[0] in "xX":
            digits, base = digits[1:], 16
        allowed = "0123456789abcdefABCDEF" if base == 16 else "0123456789"
        if not digits or any(c not in allowed for c in digits):
            return None
        value = int(digits, base)
        if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            return None
        return chr(value)
    return _NAMED.get(body)


def decode_character_references(text: str) -> str:
    """&lt; &amp; &#3; &#x41; … decoded; anything else left as written."""
    out = []
    i = 0
    while True:
        amp = text.find("&", i)
        if amp < 0:
            break
        out.append(text[i:amp])
        semi = text[amp:amp + 12].find(";")
        if semi >= 0:
            value = _reference_value(text[amp + 1:amp + semi])
            if value is not None:
                out.append(value)
                i = amp + semi + 1
                continue
        out.append("&")
        i = amp + 1
    out.append(text[i:])
    return "".join(out)


def remove_control_characters(text: str) -> str:
    out = []
    for c in text:
        cp = ord(c)
        if c in "\n\t":
            out.append(c)
        elif c == "\r":
            pass
        elif c in "\f\v\x85":
            out.append(" ")
        elif cp < 0x20 or cp == 0x7F or 0x80 <= cp < 0xA0:
            pass
        else:
            out.append(c)
    return "".join(out)


def _trimmed(text: str) -> str:
    return text.strip(" \t\n")


def _without_signoff(body: str) -> str:
    if body.endswith("Reuter"):
        start = len(body) - len("Reuter")
        if start == 0 or body[start - 1] in " \n":
            body = body[:start].rstrip(" \n")
    return body


_REUTERS = re.compile(rb"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(rb' NEWID="([^"]*)"')


def _element(text: bytes, name: bytes):
    match = re.search(rb"<" + name + rb"(?:>| [^>]*>)(.*?)</" + name + rb">", text, re.S)
    return match.group(1) if match else None


def reuters_articles(folder: str):
    """Yields an Article for every Reuters article with a BODY."""
    for path in sorted(glob.glob(os.path.join(folder, "reut2-*.sgm"))):
        with open(path, "rb") as f:
            content = f.read()
        for match in _REUTERS.finditer(content):
            newid = _NEWID.search(b" " + match.group(1))
            if not newid:
                continue
            inner = match.group(2)
            text = _element(inner, b"TEXT")
            body = _element(text, b"BODY") if text is not None else None
            if body is None:
                continue
            title = _element(text, b"TITLE")
            date = _element(inner, b"DATE") or b""
            dateline = _element(text, b"DATELINE") or b""
            yield Article(
                "reuters-" + newid.group(1).decode("ascii"),
                date.decode("latin-1").split()[0] if date.split() else "",
                " ".join(clean_markup_text(title).split()) if title else "",
                _without_signoff(_trimmed(clean_markup_text(body))),
                " ".join(clean_markup_text(dateline).split()),
            )


def clean_markup_text(raw: bytes) -> str:
    return remove_control_characters(decode_character_references(to_valid_utf8(raw)))


def wikinews_articles(folder: str):
    """Yields an Article for every row of the sample's CSV files."""
    csv.field_size_limit(sys.maxsize)
    for path in sorted(glob.glob(os.path.join(folder, "wikinews_*.csv"))):
        with open(path, "rb") as f:
            text = to_valid_utf8(f.read())
        for row in csv.DictReader(text.splitlines(keepends=True)):
            yield Article(
                " ".join(remove_control_characters(row["url"]).split()),
                row["date"].strip(),
                " ".join(remove_control_characters(row["title"]).split()),
                _trimmed(remove_control_characters(row["text"])),
                "",
            )


def articles(shared: str, corpus: str):
    """The Articles of one corpus ("reuters" or "wikinews")."""
    data = os.path.join(shared, "data")
    if corpus == "reuters":
        return reuters_articles(os.path.join(data, "reuters21578"))
    if corpus == "wikinews":
        return wikinews_articles(os.path.join(data, "wikinews-sample"))
    raise ValueError(f"unknown corpus {corpus!r} (reuters, wikinews)")


def occurrence_pattern(mention: str) -> "re.Pattern[str]":
    """A mention as a whole word: not inside a longer run of letters or digits."""
    return re.compile(r"(?<![^\W_])" + re.escape(mention) + r"(?![^\W_])")


def occurrences(body: str, mention: str):
    """Character offsets of every whole-word occurrence of `mention` in `body`."""
    return [m.start() for m in occurrence_pattern(mention).finditer(body)]


def byte_offset(body: str, char_offset: int) -> int:
    return len(body[:char_offset].encode("utf-8"))
