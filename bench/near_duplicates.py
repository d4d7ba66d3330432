#!/usr/bin/env python3
"""Near-duplicate groups of an index: how many, and a sample of pairs to judge.

Lists every article of an index built by dateline-index through
`dateline-search --format jsonl '*'` (one record per hit, copies collapsed:
each record's `similar` holds the ids of the other articles of its group),
and prints the number of articles, of hits (groups plus articles with no
copy) and of groups of two articles or more, with their size distribution.

With --pairs N, picks N collapsed pairs at random (--seed, fixed by default,
so the sample is the same on every run of the same index): a pair is a
group's shown article and one other member, taken uniformly over all such
pairs. Writes them to --dump with the beginning of both texts (from
`dateline-search --show`) for reading, and, unless it exists, a judgment
sheet (--judged, TSV: id_a, id_b, verdict, reason) with the verdict to be
filled in: `same` (the same story: a repeat, an update, a correction, a
regional copy) or `different`. With a filled sheet, prints the precision.

  bench/near_duplicates.py --index /tmp/reuters.db --search build/release/searcher/dateline-search \\
      --pairs 100 --dump /tmp/pairs.txt --judged bench/near_duplicates_judged.tsv
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import subprocess
import sys


def search(binary: str, index: str, *args: str) -> str:
    return subprocess.run([binary, "--index", index, "--color", "never", *args],
                          check=True, capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--search", default="build/release/searcher/dateline-search")
    parser.add_argument("--pairs", type=int, default=0)
    parser.add_argument("--seed", type=int, default=21578)
    parser.add_argument("--dump", help="file for the sampled pairs' texts")
    parser.add_argument("--judged", help="TSV of judgments (written if absent)")
    parser.add_argument("--chars", type=int, default=700, help="text shown per article")
    args = parser.parse_args()

    total = json.loads(search(args.search, args.index, "--json", "--count", "*"))["total"]
    records = [json.loads(line) for line in
               search(args.search, args.index, "--format", "jsonl", "--no-snippets",
                      "--limit", str(total), "*").splitlines()]
    sizes = collections.Counter(1 + len(r.get("similar", [])) for r in records)
    groups = [r for r in records if r.get("similar", [])]
    articles = sum(size * count for size, count in sizes.items())
    print(f"articles: {articles} (index total {total})")
    print(f"hits (groups and articles with no copy): {len(records)}")
    print(f"groups of 2 or more: {len(groups)}, holding {articles - (len(records) - len(groups))}"
          " articles")
    print("group sizes: " + ", ".join(f"{size}: {count}" for size, count in sorted(sizes.items())
                                      if size > 1))
    if args.pairs == 0:
        return 0

    pairs = [(r["id"], other) for r in groups for other in r.get("similar", [])]
    pairs.sort()
    sample = random.Random(args.seed).sample(pairs, min(args.pairs, len(pairs)))
    print(f"sampled {len(sample)} of {len(pairs)} collapsed pairs (seed {args.seed})")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for n, (a, b) in enumerate(sample, 1):
                out.write(f"=== pair {n}: {a} / {b}\n")
                for article in (a, b):
                    text = search(args.search, args.index, "--show", article)
                    out.write(f"--- {article}\n{' '.join(text.split())[:args.chars]}\n")
                out.write("\n")
    if args.judged and not os.path.exists(args.judged):
        with open(args.judged, "w", encoding="utf-8") as out:
            out.write("id_a\tid_b\tverdict\treason\n")
            for a, b in sample:
                out.write(f"{a}\t{b}\t\t\n")
        print(f"judgment sheet written: {args.judged}")
    elif args.judged:
        with open(args.judged, encoding="utf-8") as sheet:
            rows = [line.rstrip("\n").split("\t") for line in sheet][1:]
        verdicts = collections.Counter(row[2] for row in rows if len(row) > 2)
        judged = verdicts["same"] + verdicts["different"]
        if judged:
            print(f"precision: {verdicts['same']}/{judged} = {verdicts['same'] / judged:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
