#!/usr/bin/env python3
"""Entity audit: the top rows of each entity facet over a whole archive,
compared with a file of human judgments.

Asks `dateline-search --facet FIELD --facet-limit N '*'` for every field, so
each row is what a user sees when faceting the whole archive. Each row is
looked up in the judgments file by (archive, field, key) and printed with its
verdict; the share of good rows per field is the audit figure (issue 9: at
least 98 of the top 100 must be a real entity of the field's kind, each on a
row of its own). A row nobody judged counts as not good and is listed, so a
changed extraction cannot pass on old judgments.

Judgments file (tab-separated, '#' starts a comment line):

    ARCHIVE  FIELD  KEY  VERDICT  NAME  WHY

VERDICT is `good` or `bad`; NAME is the row's display name when judged (for
the reader; matching is by key); WHY says what is wrong (or who it is when
that is not obvious). `--template FILE` writes the unjudged rows in this
format with VERDICT `?`, ready to be judged and appended.

Usage:
    bench/entity_audit.py --index DIR --archive NAME [--search BIN]
        [--judgments FILE] [--top N] [--fields person,place,org]
        [--template FILE] [--json FILE]
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_JUDGMENTS = HERE / "entity_audit" / "judgments.tsv"
VERDICTS = ("good", "bad")


def fail(message: str) -> None:
    print(f"entity_audit: error: {message}", file=sys.stderr)
    sys.exit(2)


def read_judgments(path: Path) -> dict:
    """(archive, field, key) -> (verdict, name, why)."""
    judgments = {}
    if not path.exists():
        return judgments
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 4:
                fail(f"{path}:{number}: expected ARCHIVE FIELD KEY VERDICT [NAME [WHY]]")
            archive, field, key, verdict = parts[:4]
            if verdict not in VERDICTS:
                fail(f"{path}:{number}: verdict must be good or bad, not '{verdict}'")
            name = parts[4] if len(parts) > 4 else ""
            why = parts[5] if len(parts) > 5 else ""
            if (archive, field, key) in judgments:
                fail(f"{path}:{number}: {archive} {field} {key} is judged twice")
            judgments[(archive, field, key)] = (verdict, name, why)
    return judgments


def facet_rows(search: str, index: str, field: str, top: int) -> tuple:
    """(total articles, rows) of one facet over every article, or None when
    the index or the build has no such field."""
    command = [search, "--index", index, "--json", "--limit", "0", "--no-snippets",
               "--facet", field, "--facet-limit", str(top), "*"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode == 2:
        if "--facet must be" in done.stderr:
            return None
        fail(f"{' '.join(command)} failed: {done.stderr.strip()}")
    out = json.loads(done.stdout)
    return out["total"], out["facets"].get(field, [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True, help="index folder built by dateline-index")
    parser.add_argument("--archive", required=True,
                        help="archive name used in the judgments file (reuters, wikinews)")
    parser.add_argument("--search", default=os.environ.get(
        "DATELINE_SEARCH", str(REPO / "build/release/searcher/dateline-search")),
        help="dateline-search binary (default build/release, or $DATELINE_SEARCH)")
    parser.add_argument("--judgments", type=Path, default=DEFAULT_JUDGMENTS)
    parser.add_argument("--top", type=int, default=100, help="rows per facet (default 100)")
    parser.add_argument("--fields", default="person,place,org")
    parser.add_argument("--template", type=Path, help="write unjudged rows here, verdict '?'")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    if args.top <= 0:
        fail("--top must be a positive number")

    judgments = read_judgments(args.judgments)
    report = {"archive": args.archive, "top": args.top, "fields": {}}
    unjudged_lines = []
    for field in args.fields.split(","):
        got = facet_rows(args.search, args.index, field, args.top)
        if got is None:
            print(f"\n{field}: not a facet of this build, skipped")
            continue
        total, rows = got
        print(f"\n{field}: top {len(rows)} rows over {total} articles ({args.archive})")
        print(f"  {'rank':>4}  {'articles':>8}  verdict   {'name':<34} key / why")
        tally = {"good": 0, "bad": 0, "?": 0}
        bad = []
        for rank, row in enumerate(rows, 1):
            verdict, _, why = judgments.get((args.archive, field, row["key"]), ("?", "", ""))
            tally[verdict] += 1
            if verdict == "?":
                unjudged_lines.append("\t".join(
                    [args.archive, field, row["key"], "?", row["name"], ""]))
            if verdict == "bad":
                bad.append({"rank": rank, "key": row["key"], "name": row["name"], "why": why})
            note = row["key"] + (f" / {why}" if why else "")
            print(f"  {rank:>4}  {row['count']:>8}  {verdict:<8}  {row['name']:<34} {note}")
        share = 100.0 * tally["good"] / len(rows) if rows else 0.0
        print(f"  {field}: {tally['good']} good, {tally['bad']} bad, {tally['?']} unjudged "
              f"of {len(rows)} rows: {share:.1f} % good")
        report["fields"][field] = {"rows": len(rows), "articles": total, "good": tally["good"],
                                   "bad": tally["bad"], "unjudged": tally["?"],
                                   "good_share": round(share, 1), "bad_rows": bad}

    print(f"\nsummary ({args.archive}, top {args.top}):")
    for field, figures in report["fields"].items():
        print(f"  {field:<7} {figures['good']:>3} good / {figures['rows']} "
              f"({figures['good_share']:.1f} %), {figures['unjudged']} unjudged")
    if args.template:
        with open(args.template, "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in unjudged_lines))
        print(f"  {len(unjudged_lines)} unjudged rows written to {args.template}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
