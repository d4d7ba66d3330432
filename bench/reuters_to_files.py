#!/usr/bin/env python3
"""Split Reuters-21578 SGML files into one small file per article.

Used by bench/reuters.sh so that omindex (which indexes files, one document
per file) sees the same articles that dateline-index reads from the SGML, and
by bench/indexing.sh so that both read the very same files.

With --format html (the default) each article becomes
OUT/<sgm-stem>/<NEWID>.html holding its TITLE (as the HTML title and as a
heading) and its BODY. With --format text it becomes OUT/<sgm-stem>/<NEWID>.txt:
a `title:` line, a `date:` line (the article's DATE as YYYY-MM-DD, left out
when it has none), a blank line and the BODY, which is what dateline-index's
text reader reads as metadata and omindex indexes as plain text (the two
header lines included). Articles of TYPE="UNPROC" have no
TITLE/BODY elements; their whole TEXT content is used as the body. The SGML
is read as Latin-1 (the collection is ASCII apart from a few stray bytes),
character and entity references are decoded, control characters (Reuters'
&#2; &#3; markers and the like) are dropped, and the files are written as
UTF-8.

Prints one JSON object on stdout: {"articles": N, "text_bytes": B, "files": F}
where B is the UTF-8 size of the articles' title + body text (what the
benchmark's MB/s figures are computed from).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

ARTICLE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'\bNEWID="(\d+)"')
TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT>", re.S)
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
TAG = re.compile(r"<[^>]*>")
# <DATE> 26-FEB-1987 15:01:01.79</DATE>
DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}
# C0 controls except tab/newline/CR, and DEL.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(sgml: str) -> str:
    text = html.unescape(sgml)
    text = CONTROL.sub(" ", text)
    return text.strip()


def articles(path: Path):
    data = path.read_bytes().decode("latin-1")
    for match in ARTICLE.finditer(data):
        attrs, inner = match.group(1), match.group(2)
        newid = NEWID.search(attrs)
        if not newid:
            raise ValueError(f"{path}: a <REUTERS> element without NEWID")
        date_match = DATE.search(inner)
        date = ""
        if date_match and date_match.group(2).upper() in MONTHS:
            day, month, year = date_match.group(1), MONTHS[date_match.group(2).upper()], date_match.group(3)
            date = f"{year}-{month:02d}-{int(day):02d}"
        text_match = TEXT.search(inner)
        text = text_match.group(1) if text_match else ""
        title_match = TITLE.search(text)
        body_match = BODY.search(text)
        if title_match or body_match:
            title = clean(title_match.group(1)) if title_match else ""
            body = clean(body_match.group(1)) if body_match else ""
        else:  # TYPE="UNPROC": free text with no TITLE/BODY markup
            title = ""
            body = clean(TAG.sub(" ", text))
        yield newid.group(1), title, body, date


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (created; must be empty or absent)")
    parser.add_argument("sgm", type=Path, nargs="+", help="reut2-*.sgm files")
    parser.add_argument("--format", choices=("html", "text"), default="html",
                        help="html (default) or text with title:/date: header lines")
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    if any(args.out.iterdir()):
        print(f"reuters_to_files: {args.out} is not empty", file=sys.stderr)
        return 2
    count = 0
    text_bytes = 0
    for sgm in args.sgm:
        folder = args.out / sgm.stem
        folder.mkdir()
        for newid, title, body, date in articles(sgm):
            count += 1
            text_bytes += len(title.encode("utf-8")) + len(body.encode("utf-8"))
            if args.format == "text":
                # One line each: a title is never multi-line once cleaned.
                header = f"title: {' '.join(title.split())}\n" + (f"date: {date}\n" if date else "")
                (folder / f"{newid}.txt").write_text(f"{header}\n{body}\n", encoding="utf-8")
                continue
            page = (
                '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                f"<title>{html.escape(title)}</title></head>\n"
                f"<body><h1>{html.escape(title)}</h1>\n<pre>{html.escape(body)}</pre></body></html>\n"
            )
            (folder / f"{newid}.html").write_text(page, encoding="utf-8")
    json.dump({"articles": count, "text_bytes": text_bytes, "files": count}, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
