#!/usr/bin/env python3
"""Converts the Wikinews sample's CSV files (url,date,title,text) to JSON Lines.

Until dateline-index reads CSV itself, the entity audit indexes the Wikinews
sample through this conversion. One JSON object per article: id (the page
name from the URL), date, title, body, url. Usage:

    bench/wikinews_to_jsonl.py OUT.jsonl CSV...
"""

import csv
import json
import sys
import urllib.parse


def article_id(url: str) -> str:
    # ".../wiki/Some_title" -> "wikinews/Some_title": stable and readable.
    page = urllib.parse.unquote(url.rstrip("/").rsplit("/", 1)[-1])
    return "wikinews/" + page


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr if len(argv) < 3 else sys.stdout)
        return 0 if len(argv) >= 2 and argv[1] in ("-h", "--help") else 2
    csv.field_size_limit(sys.maxsize)
    written = 0
    with open(argv[1], "w", encoding="utf-8") as out:
        for path in argv[2:]:
            with open(path, newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    record = {
                        "id": article_id(row["url"]),
                        "date": row["date"],
                        "title": row["title"],
                        "body": row["text"],
                        "url": row["url"],
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    written += 1
    print(f"wikinews_to_jsonl: {written} articles -> {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
