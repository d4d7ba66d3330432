"""Alignment and scoring of place_resolution.py on hand-made dateline-ner output.

Needs no data and no binaries: python3 -m unittest (run by ctest as
place_resolution_scorer).
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_text  # noqa: E402
import place_resolution as pr  # noqa: E402

# "Zürich" puts a two-byte character before the mentions: offsets are bytes.
BODY = ("Zürich bank Banque Nationale de Paris opened in Paris, Texas, and in "
        "Paris.\nIt also sold shares in New Holland, Pa., to Georgia-Pacific.")
PARIS, TEXAS, PENNSYLVANIA, NEW_HOLLAND, GEORGIA_US = "4717560", "4736286", "6254927", "5201734", "4197000"


def row(mention, occurrence, gold, line=10):
    return pr.GoldRow("reuters", "reuters-1", mention, str(occurrence), gold, "", "", line)


def mention(text, occurrence, geonameid, key="", within=None):
    start = corpus_text.occurrences(within or BODY, text)[occurrence - 1]
    return {"text": text, "offset": corpus_text.byte_offset(within or BODY, start),
            "key": key, "name": text, "geonameid": geonameid, "country": "US"}


def places():
    p = pr.Places()
    p.admin1_of = {PENNSYLVANIA: "US.PA", NEW_HOLLAND: "US.PA", PARIS: "US.TX", TEXAS: "US.TX"}
    p.country_of = {PENNSYLVANIA: "US", NEW_HOLLAND: "US", PARIS: "US", TEXAS: "US", "6252001": "US"}
    p.country_id = {"US": "6252001"}
    return p


class ScoreTest(unittest.TestCase):
    def run_score(self, rows, mentions, extra=None):
        record = {"id": "reuters-1", "place_mentions": mentions}
        record.update(extra or {})
        articles = {"reuters-1": corpus_text.Article("reuters-1", "1-MAR-1987", "T", BODY, "")}
        return pr.score(rows, articles, [record], places())

    def test_gold_span_is_in_bytes_and_counts_whole_words(self):
        begin, end = pr.gold_span(row("Paris", 2, PARIS), BODY)
        self.assertEqual(BODY.encode()[begin:end], b"Paris")
        self.assertEqual(begin, len("Zürich bank Banque Nationale de Paris opened in ".encode()))
        # "Georgia" in "Georgia-Pacific" is an occurrence; "Pa" in "Pacific" is not "Pa.".
        self.assertEqual(len(corpus_text.occurrences(BODY, "Georgia")), 1)
        self.assertEqual(len(corpus_text.occurrences(BODY, "Pa.")), 1)
        with self.assertRaises(pr.ScoreError):
            pr.gold_span(row("Paris", 4, PARIS), BODY)

    def test_place_correct_wrong_and_missing(self):
        rows = [row("Paris", 2, PARIS), row("Paris", 3, PARIS, 11), row("Georgia", 1, GEORGIA_US, 12)]
        summary = self.run_score(rows, [mention("Paris", 2, int(PARIS)),
                                        mention("Paris", 3, 2988507)])
        self.assertEqual(summary["places"], {"correct": 1, "total": 3, "percent": 33.3})
        got = [e["got"] for e in summary["errors"]]
        self.assertIn("2988507", got[0])
        self.assertEqual(got[1], "no mention")

    def test_non_place_correct_only_when_absent(self):
        rows = [row("Paris", 1, "-"), row("Georgia", 1, "-", 11)]
        summary = self.run_score(rows, [mention("Georgia", 1, 0)])
        self.assertEqual(summary["nonplaces"], {"correct": 1, "total": 2, "percent": 50.0})
        self.assertEqual(summary["errors"][0]["mention"], "Georgia")

    def test_longer_mention_counts_when_inside_the_gold_region(self):
        longer = mention("New Holland, Pa.", 1, int(NEW_HOLLAND))
        summary = self.run_score([row("Pa.", 1, PENNSYLVANIA), row("Pa.", 1, TEXAS, 11)], [longer])
        self.assertEqual(summary["places"]["correct"], 1)
        self.assertEqual(summary["places_by_longer_mention"], 1)
        self.assertEqual(summary["errors"][0]["gold"], TEXAS)

    def test_overlapping_mention_of_another_span_is_found(self):
        # "Paris, Texas" as one mention starting at the gold "Paris".
        summary = self.run_score([row("Paris", 2, PARIS)], [mention("Paris, Texas", 1, int(PARIS))])
        self.assertEqual(summary["places"]["correct"], 1)

    def test_place_inside_a_name_is_right_when_absent_or_that_place(self):
        rows = [row("Paris", 1, "in:" + PARIS), row("Paris", 1, "in:2988507", 11),
                row("Georgia", 1, "in:" + GEORGIA_US, 12)]
        summary = self.run_score(rows, [mention("Paris", 1, int(PARIS))])
        self.assertEqual(summary["names_inside_names"], {"correct": 2, "total": 3, "percent": 66.7})
        self.assertEqual(summary["places"]["total"], 0)
        self.assertEqual(summary["errors"][0]["gold"], "in:2988507")

    def test_key_rows(self):
        summary = self.run_score([row("Paris", 3, "key:paris-of-old")],
                                 [mention("Paris", 3, 0, key="paris-of-old")])
        self.assertEqual(summary["places"]["correct"], 1)

    def test_mention_whose_text_is_not_at_its_offset_is_set_aside(self):
        stray = mention("Paris", 2, int(PARIS))
        stray["offset"] += 1
        title = {"text": "T", "offset": 0, "key": "t", "name": "T", "geonameid": 1, "country": ""}
        summary = self.run_score([row("Paris", 2, PARIS)], [stray, title])
        self.assertEqual(summary["places"]["correct"], 0)
        self.assertEqual(summary["misaligned_mentions"], 2)

    def test_output_without_place_mentions_is_a_clear_error(self):
        articles = {"reuters-1": corpus_text.Article("reuters-1", "", "", BODY, "")}
        with self.assertRaisesRegex(pr.ScoreError, "no \"place_mentions\""):
            pr.score([row("Paris", 2, PARIS)], articles, [{"id": "reuters-1", "places": []}],
                     places())
        with self.assertRaisesRegex(pr.ScoreError, "no article with id"):
            pr.score([row("Paris", 2, PARIS)], articles, [], places())

    def test_reuters_dates_become_iso(self):
        self.assertEqual(pr.iso_date("3-MAR-1987"), "1987-03-03")
        self.assertEqual(pr.iso_date("2019-01-04"), "2019-01-04")


class CleaningTest(unittest.TestCase):
    def test_body_cleaning_follows_the_indexer(self):
        raw = b"A &amp; B &lt;C&gt; \xfc&#5; end\r\n  Reuter\n&#3;"
        text = corpus_text.clean_markup_text(raw)
        self.assertEqual(text, "A & B <C> \u00fc end\n  Reuter\n")
        self.assertEqual(corpus_text._without_signoff(corpus_text._trimmed(text)), "A & B <C> \u00fc end")


if __name__ == "__main__":
    unittest.main()
