#!/usr/bin/env python3
"""Lists occurrences of ambiguous place names with their context, for judging by hand.

How bench/places/ambiguous_places.tsv was started: this script printed, for
each name below, whole-word occurrences in Reuters-21578 bodies and in the
Wikinews sample (at most one per document and name, documents taken in a
fixed pseudo-random order, so the sample is not just the first file), with
the title, the Reuters dateline and about 200 characters around the
mention. Each row kept in the gold set was then decided by reading that
context (and the whole article where the context was not enough), never by
looking at Dateline's output.

    bench/places/candidates.py [--shared DIR] [--corpus reuters|wikinews]
                               [--per-name N] [NAME...]

Output: one block per occurrence, headed by the gold-set columns
corpus, doc, mention, occurrence.
"""

import argparse
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_text  # noqa: E402

# Names with several GeoNames places of note, or that are also words,
# people's names or parts of company names.
NAMES = """
Paris Georgia Cairo Victoria Valencia Cambridge Birmingham Portland Santiago
Washington Jersey Columbia Lincoln Hamilton Kingston Sydney Perth London
Alexandria Athens Memphis Springfield Richmond Vancouver Wellington Florence
Manchester Dublin Durham Jordan Chad Niger Guinea Congo Troy Dover Salem
Bristol Plymouth Toledo Granada Cordoba Newcastle Aberdeen Boston Tripoli
Hyderabad Mexico Panama Kuwait Luxembourg Lebanon Peru Brazil Phoenix Austin
Buffalo Orange Kent York Berlin Moscow Delhi Nice Reading Mobile Bath
Pa. Wash. Ill. Ga. Mass. Ind. Miss. Del. Mo. Ore. Calif. Va.
""".split()


def stable_order(doc: str) -> str:
    return hashlib.sha1(doc.encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.environ.get(
        "DATELINE_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")))
    parser.add_argument("--corpus", choices=("reuters", "wikinews"), default="reuters")
    parser.add_argument("--per-name", type=int, default=12)
    parser.add_argument("--width", type=int, default=200)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or NAMES
    docs = sorted(corpus_text.articles(args.shared, args.corpus), key=lambda a: stable_order(a.doc))
    for name in names:
        shown = 0
        pattern = corpus_text.occurrence_pattern(name)
        for article in docs:
            if shown >= args.per_name:
                break
            found = [m.start() for m in pattern.finditer(article.body)]
            if not found:
                continue
            # One occurrence per document: the first, which the story usually explains.
            start = found[0]
            before = article.body[max(0, start - args.width):start].replace("\n", " ")
            after = article.body[start + len(name):start + len(name) + args.width].replace("\n", " ")
            print(f"## {args.corpus}\t{article.doc}\t{name}\t1\t({len(found)} in doc)")
            print(f"   title: {article.title} | dateline: {article.dateline} | {article.date}")
            print(f"   ...{before}[[{name}]]{after}...")
            shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
