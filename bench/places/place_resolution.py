#!/usr/bin/env python3
"""Scores Dateline's place resolution against the hand-judged gold set.

Reads bench/places/ambiguous_places.tsv, takes the body of every article it
names from ../shared (Reuters-21578 and the Wikinews sample, cleaned as the
indexer cleans them: corpus_text.py), writes those articles as JSON Lines,
runs `dateline-ner --json --format jsonl` on them and aligns each gold row
with the place mentions the tool reports:

* a place row (gold = a GeoNames id, or key:NAME) is correct when a mention
  overlapping its span carries that geonameid (or that key); a mention that
  also covers more text ("New Holland, Pa." for the row "Pa.") is correct
  when the place it names lies in the gold region or country;
* a non-place row (gold "-") is correct when no mention overlaps its span
  (a mention the resolver rejects as not a place is absent from the output);
* a place name inside the name of a body, facility or treaty (gold in:ID,
  "University of Cambridge", "Paris Club") is correct either way: no
  mention, or a mention of that place. Dateline's policy lets such names
  give their place ("Toronto Police" -> Toronto), so only a wrong place is
  an error; these rows are counted apart from the places.

Mentions are matched by byte offsets into the body: the tool's `offset`, and
the mention's own `text` must be found there (so a title mention, or output
from another text, is never aligned by accident).

    bench/places/place_resolution.py [--ner BIN] [--shared DIR] [--gold FILE]
        [--work DIR] [--ner-output FILE] [--json] [--list-gold]

Prints places correct n/N, non-places correct n/N, names inside names
n/N and every error; with
--json, one JSON summary instead. Exit status: 0 scored, 2 usage or input
error (including output without `place_mentions`).
"""

import argparse
import collections
import csv
import gzip
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_text  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
COLUMNS = ["corpus", "doc", "mention", "occurrence", "gold", "gold_name", "note"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


class ScoreError(Exception):
    """An input the scorer cannot use; the message says what to do."""


GoldRow = collections.namedtuple("GoldRow", COLUMNS + ["line"])


def read_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise ScoreError(f"{path}: no rows")
    header = lines[0][1].rstrip("\n").split("\t")
    if header != COLUMNS:
        raise ScoreError(f"{path}:{lines[0][0]}: header must be {' '.join(COLUMNS)}")
    for number, line in lines[1:]:
        fields = line.rstrip("\n").split("\t")
        if len(fields) != len(COLUMNS):
            raise ScoreError(f"{path}:{number}: {len(fields)} columns, expected {len(COLUMNS)}")
        row = GoldRow(*fields, line=number)
        if row.corpus not in ("reuters", "wikinews"):
            raise ScoreError(f"{path}:{number}: corpus must be reuters or wikinews")
        if not row.occurrence.isdigit() or int(row.occurrence) < 1:
            raise ScoreError(f"{path}:{number}: occurrence must be a whole number >= 1")
        if not (row.gold == "-" or row.gold.isdigit() or row.gold.startswith("key:") or
                (row.gold.startswith("in:") and row.gold[3:].isdigit())):
            raise ScoreError(f"{path}:{number}: gold must be a GeoNames id, key:NAME, in:ID or -")
        rows.append(row)
    return rows


def iso_date(date):
    """Reuters' 3-MAR-1987 as 1987-03-03; anything else as given."""
    parts = date.split("-")
    if len(parts) == 3 and parts[1].upper() in MONTHS and parts[0].isdigit():
        return f"{parts[2]}-{MONTHS[parts[1].upper()]:02d}-{int(parts[0]):02d}"
    return date


def load_articles(shared, rows):
    """doc -> Article for every document the gold rows name."""
    wanted = collections.defaultdict(set)
    for row in rows:
        wanted[row.corpus].add(row.doc)
    found = {}
    for corpus, docs in wanted.items():
        for article in corpus_text.articles(shared, corpus):
            if article.doc in docs:
                found[article.doc] = article
        missing = sorted(docs - found.keys())
        if missing:
            raise ScoreError(f"{len(missing)} {corpus} document(s) of the gold set not found "
                             f"under {shared}, e.g. {missing[0]}")
    return found


def gold_span(row, body):
    """(begin, end) byte offsets of the row's mention in the body."""
    starts = corpus_text.occurrences(body, row.mention)
    n = int(row.occurrence)
    if n > len(starts):
        raise ScoreError(f"gold line {row.line}: {row.doc} has {len(starts)} occurrence(s) "
                         f"of {row.mention!r}, not {n}")
    begin = corpus_text.byte_offset(body, starts[n - 1])
    return begin, begin + len(row.mention.encode("utf-8"))


class Places:
    """Where a GeoNames place lies: its country and first-level division."""

    def __init__(self, shared=None):
        self.country_of = {}   # geonameid -> ISO2 (any kind of place)
        self.admin1_of = {}    # geonameid -> "CC.code" (cities and divisions)
        self.country_id = {}   # ISO2 -> country geonameid
        if shared is None:
            return
        folder = os.path.join(shared, "data", "gazetteers")
        with open(os.path.join(folder, "geonames-countryInfo.tsv"), encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(fields) < 17:
                    continue
                self.country_id[fields[0]] = fields[16]
                self.country_of[fields[16]] = fields[0]
        with open(os.path.join(folder, "geonames-admin1-regions.tsv"), encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(fields) < 4:
                    continue
                self.admin1_of[fields[3]] = fields[0]
                self.country_of[fields[3]] = fields[0].split(".")[0]
        for name in ("geonames-cities15000-20251119.tsv.gz", "geonames-cities1000-20131106.tsv.gz"):
            path = os.path.join(folder, name)
            if not os.path.exists(path):
                continue
            with gzip.open(path, "rt", encoding="utf-8") as f:
                next(f)
                for line in f:
                    fields = line.split("\t", 6)
                    self.country_of.setdefault(fields[0], fields[3])
                    self.admin1_of.setdefault(fields[0], f"{fields[3]}.{fields[4]}")

    def within(self, place, region):
        """True when GeoNames place `place` lies in the country or division `region`."""
        if place == region:
            return True
        if region in self.admin1_of and self.admin1_of[region] == self.admin1_of.get(place):
            return True
        country = self.country_of.get(region)
        return (country is not None and self.country_id.get(country) == region
                and self.country_of.get(place) == country)


def body_mentions(record, body):
    """The record's place mentions that lie in `body`, as (begin, end, mention).

    Also returns how many were set aside because their text is not at their
    offset (title mentions, or output of another text)."""
    if "place_mentions" not in record:
        raise ScoreError(
            "dateline-ner's JSON has no \"place_mentions\" (article "
            f"{record.get('id', '?')}): this dateline-ner does not resolve places yet; "
            "build one from a branch with place resolution")
    raw = body.encode("utf-8")
    kept, misaligned = [], 0
    for mention in record["place_mentions"]:
        text = mention.get("text", "").encode("utf-8")
        offset = mention.get("offset")
        if not isinstance(offset, int) or not text or raw[offset:offset + len(text)] != text:
            misaligned += 1
            continue
        kept.append((offset, offset + len(text), mention))
    return kept, misaligned


def mention_label(mention):
    gid = mention.get("geonameid", 0)
    return (f"{mention.get('text')!r} -> {gid or mention.get('key') or '?'} "
            f"{mention.get('name', '')}".rstrip())


def gold_kind(gold):
    """place, nonplace (-) or inname (in:ID): the count a gold row goes to."""
    if gold == "-":
        return "nonplace"
    return "inname" if gold.startswith("in:") else "place"


def judge(row, span, mentions, places):
    """(correct, how, got) for one gold row against the body's mentions."""
    begin, end = span
    overlapping = [m for b, e, m in mentions if b < end and e > begin]
    spans = {id(m): (b, e) for b, e, m in mentions}
    got = "; ".join(mention_label(m) for m in overlapping) or "no mention"
    if row.gold == "-":
        return not overlapping, "absent" if not overlapping else "", got
    if row.gold.startswith("in:"):
        if not overlapping:
            return True, "absent", got
        right = any(str(m.get("geonameid", 0)) == row.gold[3:] for m in overlapping)
        return right, "exact" if right else "", got
    for mention in overlapping:
        if row.gold.startswith("key:"):
            if mention.get("key") == row.gold[4:]:
                return True, "exact", got
            continue
        gid = str(mention.get("geonameid", 0))
        if gid == row.gold:
            return True, "exact", got
        b, e = spans[id(mention)]
        longer = b <= begin and e >= end and (e - b) > (end - begin)
        if longer and gid != "0" and places.within(gid, row.gold):
            return True, "longer", got
    return False, "", got


def score(rows, articles, records, places):
    """The summary dict: counts, per corpus, and every error."""
    by_doc = {}
    for record in records:
        by_doc.setdefault(record.get("id"), record)
    totals = collections.Counter()
    errors = []
    misaligned = 0
    aligned_docs = {}
    for row in rows:
        article = articles[row.doc]
        if row.doc not in by_doc:
            raise ScoreError(f"dateline-ner printed no article with id {row.doc}")
        if row.doc not in aligned_docs:
            aligned_docs[row.doc], skipped = body_mentions(by_doc[row.doc], article.body)
            misaligned += skipped
        correct, how, got = judge(row, gold_span(row, article.body), aligned_docs[row.doc], places)
        kind = gold_kind(row.gold)
        for key in (kind, f"{row.corpus}.{kind}"):
            totals[key] += 1
            totals[key + ".correct"] += int(correct)
        if how == "longer":
            totals["place.by_longer_mention"] += 1
        if not correct:
            errors.append({"doc": row.doc, "mention": row.mention, "occurrence": int(row.occurrence),
                           "gold": row.gold, "gold_name": row.gold_name, "got": got,
                           "line": row.line})

    def share(key):
        n, k = totals[key], totals[key + ".correct"]
        return {"correct": k, "total": n, "percent": round(100.0 * k / n, 1) if n else None}

    return {
        "places": share("place"),
        "places_by_longer_mention": totals["place.by_longer_mention"],
        "nonplaces": share("nonplace"),
        "names_inside_names": share("inname"),
        "corpora": {c: {"places": share(f"{c}.place"), "nonplaces": share(f"{c}.nonplace"),
                        "names_inside_names": share(f"{c}.inname")}
                    for c in ("reuters", "wikinews")},
        "articles": len(aligned_docs),
        "misaligned_mentions": misaligned,
        "errors": errors,
    }


def write_jsonl(path, articles):
    with open(path, "w", encoding="utf-8") as out:
        for article in articles.values():
            out.write(json.dumps({"id": article.doc, "date": iso_date(article.date),
                                  "title": article.title, "body": article.body},
                                 ensure_ascii=False) + "\n")


def run_ner(ner, jsonl):
    if not os.access(ner, os.X_OK):
        raise ScoreError(f"{ner} not found: build the release tools (cmake --workflow --preset "
                         "release) or pass --ner BIN")
    done = subprocess.run([ner, "--json", "--format", "jsonl", jsonl], capture_output=True,
                          text=True, encoding="utf-8")
    # 1: some input was reported and skipped; the scorer then misses an article.
    if done.returncode not in (0, 1):
        raise ScoreError(f"{ner} failed (status {done.returncode}): {done.stderr.strip()}")
    return done.stdout


def parse_records(text):
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ScoreError(f"dateline-ner output line {number} is not JSON: {e}") from e
    return records


def print_report(summary, gold):
    def line(label, share):
        percent = "-" if share["percent"] is None else f"{share['percent']:.1f}%"
        return f"{label:<22}{share['correct']:>4}/{share['total']:<4} {percent:>6}"

    print(f"place resolution on {gold} ({summary['articles']} articles)")
    print(line("places correct", summary["places"]) +
          (f"  ({summary['places_by_longer_mention']} by a longer mention)"
           if summary["places_by_longer_mention"] else ""))
    print(line("non-places correct", summary["nonplaces"]))
    print(line("names inside names", summary["names_inside_names"]) +
          "  (University of Cambridge: no mention, or the right place)")
    for corpus, shares in summary["corpora"].items():
        print(line(f"  {corpus} places", shares["places"]) + "   " +
              line(f"  {corpus} non-places", shares["nonplaces"]).strip())
    if summary["misaligned_mentions"]:
        print(f"({summary['misaligned_mentions']} place mentions set aside: their text is not "
              "at their offset in the body, e.g. title mentions)")
    if summary["errors"]:
        print(f"\nerrors ({len(summary['errors'])}):")
        for e in summary["errors"]:
            print(f"  {e['doc']}  {e['mention']}#{e['occurrence']}  gold {e['gold']} "
                  f"{e['gold_name']}  got {e['got']}")


def list_gold(rows, articles, width=70):
    """Every gold row with its context, to review the judgments."""
    for row in rows:
        body = articles[row.doc].body
        begin, end = gold_span(row, body)
        raw = body.encode("utf-8")
        before = raw[max(0, begin - width):begin].decode("utf-8", "replace")
        after = raw[end:end + width].decode("utf-8", "replace")
        context = f"{before}[[{row.mention}]]{after}".replace("\n", " ")
        print(f"{row.line}\t{row.gold}\t{row.gold_name}\t{row.doc}\n    ...{context}...")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ner", default=os.path.join(REPO, "build", "release", "extractor",
                                                      "dateline-ner"),
                        help="dateline-ner binary (default build/release/extractor/dateline-ner)")
    parser.add_argument("--shared", default=os.environ.get(
        "DATELINE_SHARED", os.path.join(REPO, "..", "shared")),
        help="shared data folder (default $DATELINE_SHARED, else ../shared beside the repo)")
    parser.add_argument("--gold", default=os.path.join(HERE, "ambiguous_places.tsv"))
    parser.add_argument("--work", help="keep the articles (JSONL) and dateline-ner's output here")
    parser.add_argument("--ner-output", help="score this dateline-ner --json output instead of "
                        "running dateline-ner")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--list-gold", action="store_true",
                        help="print every gold row in its context and stop (no dateline-ner)")
    args = parser.parse_args(argv)
    try:
        if not os.path.isdir(os.path.join(args.shared, "data")):
            raise ScoreError(f"shared data not found at {args.shared} "
                             "(set --shared DIR or DATELINE_SHARED)")
        rows = read_gold(args.gold)
        articles = load_articles(args.shared, rows)
        if args.list_gold:
            list_gold(rows, articles)
            return 0
        if args.ner_output:
            with open(args.ner_output, encoding="utf-8") as f:
                output = f.read()
        else:
            work = args.work or tempfile.mkdtemp(prefix="place_resolution.")
            os.makedirs(work, exist_ok=True)
            jsonl = os.path.join(work, "articles.jsonl")
            write_jsonl(jsonl, articles)
            output = run_ner(args.ner, jsonl)
            with open(os.path.join(work, "ner.jsonl"), "w", encoding="utf-8") as f:
                f.write(output)
            if not args.work:
                for name in ("articles.jsonl", "ner.jsonl"):
                    os.remove(os.path.join(work, name))
                os.rmdir(work)
        summary = score(rows, articles, parse_records(output), Places(args.shared))
    except (ScoreError, OSError) as e:
        print(f"place_resolution: error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary, indent=1, ensure_ascii=False))
    else:
        print_report(summary, os.path.relpath(args.gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
