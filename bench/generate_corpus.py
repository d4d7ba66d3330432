#!/usr/bin/env python3
"""Generate a synthetic news archive of N articles for scaling benchmarks.

The archive imitates Reuters-21578: its words and word pairs, article and
title lengths, datelines, people and places, learned at run time from the
shared data sets (Reuters-21578 SGML, CoNLL-2003 person names, US census name
lists, GeoNames cities). Nothing of the corpora is committed: the learned
model is cached in build/bench-corpus/ (rebuilt when the script or the data
change).

Output is deterministic for a given --seed and N, whatever --jobs is:

  --format jsonl (default): OUT/YYYY/MM/articles-NNNNNN.jsonl, --per-file
      articles per file (1,000), fields id, date, title, body, people, places,
      url (see indexer/src/jsonl_reader.cpp);
  --format text: OUT/YYYY/MM/DD/ID.txt, one article per file with Title:,
      Date:, People:, Places: headers and the body after a blank line.

How the text is made (bench/README.md says more):

* Bodies and titles come from word-bigram Markov chains trained on Reuters
  bodies and titles (case kept, punctuation as tokens), lengths drawn from the
  real length distributions. Each body opens with a Reuters-style dateline
  ("FRANKFURT, March 3 - ") whose city is drawn from the real datelines or,
  for 1 in 5 articles, from GeoNames cities weighted by population.
* Vocabulary keeps growing with N, as in a real archive (Heaps' law): a
  fraction of content words is replaced by a word drawn from a Zipf law over
  an unbounded rank space. Ranks inside the Reuters vocabulary are real words
  (rare ones included); ranks beyond it are synthetic, pronounceable words
  made from the rank, so each rank is always the same word.
* People and places: the number per article follows Reuters' PEOPLE/PLACES
  tags. People are Reuters' tagged people, CoNLL-2003 person names, or
  census first + last names; places are Reuters' tagged places. They are
  written in the JSON fields and mentioned in the text ("Helmut Kohl said
  ..."), so extraction has names to find.
* Dates run from --start-date, about 90 articles a day with Reuters'
  weekday profile, so 20k articles cover 1987 and 1M articles about 30 years.

Also writes a query set (--write-queries FILE, KIND<TAB>QUERY lines) drawn from
the same model and the seed only, so that every N is queried alike.

Prints one JSON summary line on stdout.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import gzip
import hashlib
import html
import json
import math
import multiprocessing
import os
import random
import re
import sys
import time
from pathlib import Path

MODEL_VERSION = 2  # bump when learn() changes: the cached model is keyed by it
HERE = Path(__file__).resolve().parent
REPO = HERE.parent

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+(?:[.,/]\d+)*|[^\sA-Za-z\d]")
ARTICLE = re.compile(r"<REUTERS\b[^>]*>(.*?)</REUTERS>", re.S)
FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "DATELINE", "BODY", "PEOPLE", "PLACES")}
ITEM = re.compile(r"<D>(.*?)</D>")
# "NEW YORK, March 3 - ", Reuters' <DATELINE>; the city is kept.
DATELINE = re.compile(r"^\s*([A-Z][A-Z .'&-]{1,40}?),")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "%", "?", "!", "'s"}
NO_SPACE_AFTER = {"(", "$"}
SENTENCE_END = {".", "?", "!"}
# Bodies whose text cannot be chained (tables of figures) are kept for lengths only.
MIN_CHAIN_COUNT = 2
# Tail sampling (vocabulary growth): share of content words replaced, first
# rank drawn, Pareto exponent of the rank law (Zipf exponent = 1 + ALPHA).
TAIL_SHARE = 0.04
TAIL_FIRST_RANK = 4000
TAIL_ALPHA = 0.75
ONSETS = "bcdfghjklmnprstvwz"
VOWELS = "aeiou"


# ---- learning the model -----------------------------------------------------

def clean(sgml: str) -> str:
    return CONTROL.sub(" ", html.unescape(sgml)).strip()


def reuters_articles(folder: Path):
    for path in sorted(folder.glob("reut2-*.sgm")):
        data = path.read_bytes().decode("latin-1")
        for match in ARTICLE.finditer(data):
            inner = match.group(1)
            fields = {}
            for name, pattern in FIELD.items():
                found = pattern.search(inner)
                fields[name] = found.group(1) if found else ""
            yield {
                "date": fields["DATE"].strip(),
                "title": clean(fields["TITLE"]),
                "dateline": clean(fields["DATELINE"]),
                "body": clean(fields["BODY"]),
                "people": ITEM.findall(fields["PEOPLE"]),
                "places": ITEM.findall(fields["PLACES"]),
            }


class ChainBuilder:
    """Counts token bigrams; token 0 is the start of a text."""

    def __init__(self):
        self.ids = {"<s>": 0}
        self.words = ["<s>"]
        self.pairs = collections.Counter()

    def add(self, tokens):
        prev = 0
        for token in tokens:
            idx = self.ids.get(token)
            if idx is None:
                idx = self.ids[token] = len(self.words)
                self.words.append(token)
            self.pairs[(prev, idx)] += 1
            prev = idx

    def build(self) -> dict:
        successors = collections.defaultdict(list)
        for (prev, nxt), count in self.pairs.items():
            if count >= MIN_CHAIN_COUNT or prev == 0:
                successors[prev].append((count, nxt))
        # Keep only the words reachable through kept pairs, renumbered.
        keep = {0}
        for prev, items in successors.items():
            keep.add(prev)
            keep.update(nxt for _, nxt in items)
        order = sorted(keep)
        renumber = {old: new for new, old in enumerate(order)}
        table = [[] for _ in order]
        for prev, items in successors.items():
            items.sort(reverse=True)
            table[renumber[prev]] = [[renumber[n] for _, n in items], [c for c, _ in items]]
        return {"words": [self.words[i] for i in order], "next": table}


def quantiles(values, count=200):
    ordered = sorted(values)
    return [ordered[min(len(ordered) - 1, (i * len(ordered)) // count)] for i in range(count)]


def learn(shared: Path) -> dict:
    reuters = shared / "data" / "reuters21578"
    body_chain, title_chain = ChainBuilder(), ChainBuilder()
    lower_counts = collections.Counter()
    pair_counts = collections.Counter()
    body_lengths, title_lengths = [], []
    people_per_article, places_per_article = collections.Counter(), collections.Counter()
    people, places, datelines = collections.Counter(), collections.Counter(), collections.Counter()
    weekdays = collections.Counter()
    days = set()
    for article in reuters_articles(reuters):
        match = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", article["date"])
        if match:
            day = dt.datetime.strptime(f"{match.group(1)}-{match.group(2)}-{match.group(3)}", "%d-%b-%Y").date()
            weekdays[day.weekday()] += 1
            days.add(day)
        people_per_article[len(article["people"])] += 1
        places_per_article[len(article["places"])] += 1
        people.update(article["people"])
        places.update(article["places"])
        body = article["body"]
        if not body:
            continue
        dateline = DATELINE.match(article["dateline"])
        if dateline:
            datelines[" ".join(dateline.group(1).split())] += 1
        body = re.sub(r"\s*Reuter\s*$", "", body, flags=re.I)
        tokens = TOKEN.findall(body)
        if len(tokens) < 5:
            continue
        body_lengths.append(len(tokens))
        body_chain.add(tokens)
        lowered = [t.lower() for t in tokens if t[0].isalpha()]
        lower_counts.update(lowered)
        pair_counts.update(zip(lowered, lowered[1:]))
        title_tokens = TOKEN.findall(article["title"])
        if title_tokens:
            title_lengths.append(len(title_tokens))
            title_chain.add(title_tokens)

    # Articles per weekday, per calendar day of that weekday in the span.
    first, last = min(days), max(days)
    weekday_days = collections.Counter((first + dt.timedelta(d)).weekday() for d in range((last - first).days + 1))
    rates = [weekdays[w] / max(1, weekday_days[w]) for w in range(7)]

    # People: CoNLL-2003 person names (multi-word ones) and census names.
    conll = collections.Counter()
    for name in ("eng.train", "eng.testa"):
        current = []
        for line in (shared / "data" / "conll2003" / name).read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[3].endswith("-PER") and not (parts[3].startswith("B-") and current):
                current.append(parts[0])
                continue
            if len(current) >= 2:
                conll[" ".join(current)] += 1
            current = [parts[0]] if len(parts) == 4 and parts[3] == "B-PER" else []
    names = shared / "data" / "names" / "census1990"

    def census(path: Path, opener=open):
        out = []
        with opener(path, "rt", encoding="latin-1") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) > 0:
                    out.append([parts[0].capitalize(), float(parts[1])])
        return out

    first_names = census(names / "dist.male.first") + census(names / "dist.female.first")
    last_names = census(names / "dist.all.last.gz", gzip.open)
    cities = []
    with gzip.open(shared / "data" / "gazetteers" / "geonames-cities15000-20251119.tsv.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.split("\t")
            if len(parts) > 6 and parts[2].isascii() and parts[6].isdigit():
                cities.append([parts[2], int(parts[6])])
    cities.sort(key=lambda c: -c[1])

    lower_vocab = [w for w, _ in lower_counts.most_common()]
    stop = set(lower_vocab[:60])
    top_pairs = [f"{a} {b}" for (a, b), c in pair_counts.most_common(3000) if a not in stop and b not in stop
                 and len(a) > 2 and len(b) > 2][:400]
    return {
        "version": MODEL_VERSION,
        "body": body_chain.build(),
        "title": title_chain.build(),
        "body_lengths": quantiles(body_lengths),
        "title_lengths": quantiles(title_lengths),
        "people_per_article": [people_per_article[k] for k in range(max(people_per_article) + 1)],
        "places_per_article": [places_per_article[k] for k in range(max(places_per_article) + 1)],
        "reuters_people": people.most_common(),
        "reuters_places": places.most_common(),
        "datelines": [[c, n] for c, n in datelines.most_common() if n >= 2],
        "weekday_rates": rates,
        "conll_people": [[n, c] for n, c in conll.most_common()],
        "first_names": first_names,
        "last_names": last_names,
        "cities": cities[:20000],
        "lower_vocab": lower_vocab,
        "lower_counts": [lower_counts[w] for w in lower_vocab],
        "top_pairs": top_pairs,
        "reuters_tokens": sum(body_lengths),
    }


def data_fingerprint(shared: Path) -> str:
    digest = hashlib.sha256(f"model {MODEL_VERSION}".encode())
    for sub in ("reuters21578", "conll2003", "names/census1990", "gazetteers"):
        for path in sorted((shared / "data" / sub).glob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return digest.hexdigest()[:16]


def load_model(shared: Path, cache: Path) -> dict:
    path = cache / f"model-{data_fingerprint(shared)}.json.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return json.load(handle)
    started = time.monotonic()
    model = learn(shared)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6) as handle:
        json.dump(model, handle, separators=(",", ":"))
    tmp.replace(path)
    print(f"generate_corpus: learned the model in {time.monotonic() - started:.1f} s, cached in {path}", file=sys.stderr)
    return model


# ---- sampling ------------------------------------------------------------

def cumulative(weights):
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


class Picker:
    """Weighted choice among items by bisection on cumulative weights."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = cumulative(weights)
        self.total = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


class Chain:
    def __init__(self, table: dict):
        self.words = table["words"]
        self.next_ids = []
        self.next_cum = []
        for entry in table["next"]:
            if entry:
                self.next_ids.append(entry[0])
                self.next_cum.append(cumulative(entry[1]))
            else:
                self.next_ids.append(None)
                self.next_cum.append(None)
        self.totals = [cum[-1] if cum else 0.0 for cum in self.next_cum]

    def walk(self, rng: random.Random, length: int, finish_sentence: bool):
        """Token strings: about `length` of them, ending a sentence if asked."""
        out = []
        append = out.append
        draw = rng.random
        bisect_right = bisect.bisect_right
        words, next_ids, next_cum, totals = self.words, self.next_ids, self.next_cum, self.totals
        prev = 0
        count = 0
        limit = length + 40
        while True:
            ids = next_ids[prev]
            if ids is None:
                prev = 0
                ids = next_ids[0]
            prev = ids[bisect_right(next_cum[prev], draw() * totals[prev])]
            token = words[prev]
            append(token)
            count += 1
            if count >= length and (not finish_sentence or token in SENTENCE_END or count >= limit):
                return out


def synthetic_word(rank: int) -> str:
    syllables = []
    n = rank
    base = len(ONSETS) * len(VOWELS)
    while True:
        n, digit = divmod(n, base)
        syllables.append(ONSETS[digit // len(VOWELS)] + VOWELS[digit % len(VOWELS)])
        if n == 0:
            break
    return "".join(reversed(syllables))


def display_tag(tag: str) -> str:
    if len(tag) <= 3 or tag == "ussr":
        return tag.upper()
    return " ".join(part.capitalize() for part in tag.split("-"))


def detokenize(tokens) -> str:
    parts = []
    no_space = True
    for token in tokens:
        if not no_space and token not in NO_SPACE_BEFORE:
            parts.append(" ")
        parts.append(token)
        no_space = token in NO_SPACE_AFTER
    return "".join(parts)


class Generator:
    def __init__(self, model: dict, seed: int, start: dt.date, tags: bool):
        self.seed = seed
        self.start = start
        self.tags = tags
        self.body = Chain(model["body"])
        self.title = Chain(model["title"])
        self.body_lengths = model["body_lengths"]
        self.title_lengths = model["title_lengths"]
        self.people_count = Picker(range(len(model["people_per_article"])), model["people_per_article"])
        self.places_count = Picker(range(len(model["places_per_article"])), model["places_per_article"])
        self.reuters_people = Picker([display_tag(p) for p, _ in model["reuters_people"]],
                                     [c for _, c in model["reuters_people"]])
        self.places = Picker([display_tag(p) for p, _ in model["reuters_places"]],
                             [c for _, c in model["reuters_places"]])
        self.datelines = Picker([c for c, _ in model["datelines"]], [n for _, n in model["datelines"]])
        # Cities beyond the real datelines: population^0.7 keeps big cities
        # frequent and still brings in new ones as N grows.
        self.cities = Picker([c.upper() for c, _ in model["cities"]], [p ** 0.7 for _, p in model["cities"]])
        self.conll_people = Picker([n for n, _ in model["conll_people"]], [c for _, c in model["conll_people"]])
        self.first_names = Picker([n for n, _ in model["first_names"]], [f for _, f in model["first_names"]])
        self.last_names = Picker([n for n, _ in model["last_names"]], [f for _, f in model["last_names"]])
        self.lower_vocab = model["lower_vocab"]
        rates = model["weekday_rates"]
        scale = 90.0 / (sum(rates) / 7.0)
        start_weekday = start.weekday()
        # Articles for each day of a week that starts on `start`'s weekday.
        self.week = [max(1, round(rates[(start_weekday + d) % 7] * scale)) for d in range(7)]
        self.week_cum = cumulative(self.week)
        self.week_total = int(self.week_cum[-1])

    def date_of(self, index: int) -> dt.date:
        weeks, rest = divmod(index, self.week_total)
        day = bisect.bisect_right(self.week_cum, rest)
        return self.start + dt.timedelta(days=weeks * 7 + day)

    def person(self, rng: random.Random) -> str:
        roll = rng.random()
        if roll < 0.5:
            return self.reuters_people.pick(rng)
        if roll < 0.7:
            return self.conll_people.pick(rng)
        return f"{self.first_names.pick(rng)} {self.last_names.pick(rng)}"

    def tail_word(self, rng: random.Random) -> str:
        rank = int(TAIL_FIRST_RANK * (1.0 - rng.random()) ** (-1.0 / TAIL_ALPHA))
        if rank < len(self.lower_vocab):
            return self.lower_vocab[rank]
        return synthetic_word(rank)

    def sentence(self, rng: random.Random, length: int):
        tokens = self.body.walk(rng, length, True)
        for i, token in enumerate(tokens):
            if len(token) > 3 and token.isalpha() and rng.random() < TAIL_SHARE:
                word = self.tail_word(rng)
                tokens[i] = word.capitalize() if token[0].isupper() else word
        return tokens

    def article(self, index: int) -> dict:
        rng = random.Random(f"{self.seed}:{index}")
        date = self.date_of(index)
        people = list(dict.fromkeys(self.person(rng) for _ in range(self.people_count.pick(rng))))
        places = list(dict.fromkeys(self.places.pick(rng) for _ in range(self.places_count.pick(rng))))
        city = self.datelines.pick(rng) if rng.random() < 0.8 else self.cities.pick(rng)
        length = self.body_lengths[rng.randrange(len(self.body_lengths))]
        tokens = self.sentence(rng, length)
        # Mention the tagged people and places in the text, at sentence starts.
        mentions = [[*person.split(), "said"] for person in people]
        mentions += [["In", *place.split(), ","] for place in places[1:]]
        for mention in mentions:
            starts = [i + 1 for i, t in enumerate(tokens[:-1]) if t in SENTENCE_END]
            at = rng.choice(starts) if starts else 0
            follower = tokens[at] if at < len(tokens) else ""
            if follower[:1].isupper() and follower.lower() in ("the", "it", "a", "this", "in", "he", "they", "but"):
                tokens[at] = follower.lower()
            tokens[at:at] = mention
        # Paragraphs of two to four sentences, as wire copy.
        paragraphs, current, sentences = [], [], 0
        breaks = rng.randint(2, 4)
        for token in tokens:
            current.append(token)
            if token in SENTENCE_END:
                sentences += 1
                if sentences == breaks:
                    paragraphs.append(detokenize(current))
                    current, sentences, breaks = [], 0, rng.randint(2, 4)
        if current:
            paragraphs.append(detokenize(current))
        body = f"{city}, {MONTHS[date.month - 1]} {date.day} - " + "\n    ".join(paragraphs) + "\n Reuter"
        title_length = self.title_lengths[rng.randrange(len(self.title_lengths))]
        title = detokenize(self.title.walk(rng, title_length, False))
        record = {
            "id": f"synth-{self.seed}-{index + 1}",
            "date": date.isoformat(),
            "title": title,
            "body": body,
        }
        if self.tags:
            record["people"] = people
            record["places"] = places
        record["url"] = f"https://news.example/{date.year}/{date.month:02d}/{index + 1}"
        return record


# ---- writing --------------------------------------------------------------

WORKER: dict = {}


def write_chunk(job):
    out, fmt, first, count, stats = job
    generator: Generator = WORKER["generator"]
    out = Path(out)
    written = 0
    vocab = set() if stats else None
    tokens = 0
    if fmt == "jsonl":
        date = generator.date_of(first)
        path = out / f"{date.year}" / f"{date.month:02d}" / f"articles-{first // count:06d}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = []
        for index in range(first, first + count):
            record = generator.article(index)
            lines.append(json.dumps(record, ensure_ascii=False))
            if stats:
                words = re.findall(r"[a-z]+", (record["title"] + " " + record["body"]).lower())
                tokens += len(words)
                vocab.update(words)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(data)
        written = len(data)
    else:
        for index in range(first, first + count):
            record = generator.article(index)
            date = dt.date.fromisoformat(record["date"])
            path = out / f"{date.year}" / f"{date.month:02d}" / f"{date.day:02d}" / f"{record['id']}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            text = (f"Title: {record['title']}\nDate: {record['date']}\n"
                    + (f"People: {'; '.join(record['people'])}\n" if record.get("people") else "")
                    + (f"Places: {'; '.join(record['places'])}\n" if record.get("places") else "")
                    + f"\n{record['body']}\n")
            data = text.encode("utf-8")
            path.write_bytes(data)
            written += len(data)
            if stats:
                words = re.findall(r"[a-z]+", (record["title"] + " " + record["body"]).lower())
                tokens += len(words)
                vocab.update(words)
    return count, written, tokens, vocab


# ---- queries --------------------------------------------------------------

def write_queries(model: dict, seed: int, start: dt.date, path: Path) -> int:
    """A fixed query set: depends on the model and the seed, not on N."""
    rng = random.Random(f"queries:{seed}")
    vocab = model["lower_vocab"]
    counts = model["lower_counts"]
    content = [w for w, c in zip(vocab, counts) if len(w) > 3 and w.isalpha()]
    frequent, middle, rare = content[20:300], content[300:3000], content[3000:12000]
    pairs = model["top_pairs"]
    people = [p for p, c in model["reuters_people"][:40]]
    places = [p for p, c in model["reuters_places"][:40]]
    lines = ["# Scaling query set generated by bench/generate_corpus.py --write-queries "
             f"(seed {seed}); KIND<TAB>QUERY"]

    def add(kind, query):
        lines.append(f"{kind}:\t{query}")

    for word in rng.sample(frequent, 12) + rng.sample(middle, 10) + rng.sample(rare, 8):
        add("term", word)
    for _ in range(20):
        add("and", " ".join(rng.sample(frequent + middle, rng.choice((2, 2, 3)))))
    for pair in rng.sample(pairs, 20):
        add("phrase", f'"{pair}"')
    for _ in range(15):
        a, b, c = rng.sample(frequent, 3)
        shape = rng.randrange(3)
        if shape == 0:
            add("bool", f"({a} OR {b}) AND {c}")
        elif shape == 1:
            add("bool", f"{a} AND NOT {b}")
        else:
            add("bool", f'"{rng.choice(pairs)}" AND ({a} OR {b})')
    for _ in range(8):
        add("field", f"person:{rng.choice(people)} {rng.choice(frequent)}")
    for _ in range(8):
        add("field", f"place:{rng.choice(places)} {rng.choice(frequent + middle)}")
    for _ in range(6):
        add("field", f"title:{rng.choice(frequent)}")
    # Date filters inside the first 200 days, so that every N has matches.
    for _ in range(12):
        first = start + dt.timedelta(days=rng.randrange(200))
        shape = rng.randrange(3)
        word = rng.choice(frequent + middle)
        if shape == 0:
            add("date", f"{word} date:{first.year}-{first.month:02d}")
        elif shape == 1:
            last = first + dt.timedelta(days=rng.randrange(7, 60))
            add("date", f"{word} date:{first.isoformat()}..{last.isoformat()}")
        else:
            add("date", f"{word} date:{first.year}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


# ---- main -----------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, nargs="?", help="folder to write (created; must be empty or absent)")
    parser.add_argument("-n", "--articles", type=int, default=20000, help="articles to write (default 20000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--format", choices=("jsonl", "text"), default="jsonl", help="output format (default jsonl)")
    parser.add_argument("--per-file", type=int, default=1000, help="articles per JSON Lines file (default 1000)")
    parser.add_argument("--start-date", default="1987-01-01", help="date of the first article (default 1987-01-01)")
    parser.add_argument("--no-tags", action="store_true", help="leave out the people/places fields")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes (default 2)")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared")),
                        help="the shared data folder (default $DATELINE_SHARED, else ../shared beside the repo)")
    parser.add_argument("--cache", type=Path, default=REPO / "build" / "bench-corpus",
                        help="where the learned model is cached (default build/bench-corpus)")
    parser.add_argument("--write-queries", type=Path, metavar="FILE", help="also write the query set to FILE")
    parser.add_argument("--stats", action="store_true", help="count words and distinct words (slower)")
    args = parser.parse_args()

    if args.articles < 0 or args.per_file < 1 or args.jobs < 1:
        parser.error("--articles must be >= 0, --per-file and --jobs >= 1")
    start = dt.date.fromisoformat(args.start_date)
    for sub in ("data/reuters21578", "data/conll2003", "data/names/census1990", "data/gazetteers"):
        if not (args.shared / sub).is_dir():
            parser.error(f"{args.shared / sub} not found (set --shared or DATELINE_SHARED)")
    model = load_model(args.shared, args.cache)
    model_path = args.cache / f"model-{data_fingerprint(args.shared)}.json.gz"
    summary = {"model": str(model_path), "seed": args.seed}
    if args.write_queries:
        summary["queries"] = write_queries(model, args.seed, start, args.write_queries)
    if args.out is None:
        if not args.write_queries:
            parser.error("give an output folder, --write-queries FILE, or both")
        print(json.dumps(summary))
        return 0
    # Built here, before the workers fork, so they share it.
    WORKER["generator"] = Generator(model, args.seed, start, not args.no_tags)
    del model

    args.out.mkdir(parents=True, exist_ok=True)
    if any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    per_file = args.per_file if args.format == "jsonl" else 1000
    jobs = [(str(args.out), args.format, first, min(per_file, args.articles - first), args.stats)
            for first in range(0, args.articles, per_file)]
    started = time.monotonic()
    articles = written = tokens = 0
    vocab: set = set()
    if args.jobs == 1:
        results = map(write_chunk, jobs)
        pool = None
    else:
        pool = multiprocessing.get_context("fork").Pool(args.jobs)
        results = pool.imap(write_chunk, jobs)
    for count, size, words, words_seen in results:
        articles += count
        written += size
        tokens += words
        if words_seen:
            vocab |= words_seen
    if pool:
        pool.close()
        pool.join()
    summary.update({
        "articles": articles,
        "files": len(jobs) if args.format == "jsonl" else articles,
        "bytes": written,
        "seconds": round(time.monotonic() - started, 1),
        "format": args.format,
    })
    if args.stats:
        summary.update({"words": tokens, "distinct_words": len(vocab)})
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
