#!/usr/bin/env python3
"""Helpers and report of bench/peers_facets.sh: faceted queries, Dateline against
Sphinx 2.2 (FACET over multi-valued attributes) and SQLite (FTS5 + GROUP BY).

Subcommands (peers_facets.sh calls them; see bench/README.md):

  export INDEX OUT        read a Dateline index (python3-xapian) and write what
                          the peers are fed, in OUT: articles.jsonl (the same
                          articles, with their people and places as Dateline
                          counts them), sphinx.tsv (tsvpipe rows), people.tsv
                          and places.tsv (integer id, key, name). Not timed.
  sqlite-index DB OUT     build the SQLite database from OUT/articles.jsonl and
                          the key files: articles + FTS5 + people/places tables
                          with indexes. Timed by peers_facets.sh.
  report ...              check that every peer gives Dateline's counts, time
                          each query as a whole process (hyperfine) and in
                          process (SQLite through python's sqlite3, Sphinx
                          through pymysql and its own SHOW META time), print
                          the table, write JSON.

Why the export reads the index: every peer must count the same people and
places per article. Dateline stores each article's people and places as
identities in value slots 1 and 2 (docs/schema.md) and resolves them at facet
time through the alias tables in the index metadata (a hidden key is dropped,
an alias counts as its target, each key once per article); the export does
exactly that, so the whole-archive facets must match to the unit. Title and
body are the article's stored text (document data), the date is slot 0.

Integer ids: Sphinx's multi-valued attributes hold integers, so each key gets
the number 1 + its rank in the byte order of the keys (people and places
separately); the SQLite tables use the same numbers. Ordering by count, then
by number, is then Dateline's order (count, then key). Articles are numbered
by their Xapian document number in the Dateline index; articles.jsonl keeps
Dateline's id beside it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from facets import hyperfine, quote  # noqa: E402
from reuters_report import machine, percentile  # noqa: E402

# Value slots and alias metadata keys of docs/schema.md (schema version 4).
DATE_SLOT, PEOPLE_SLOT, PLACES_SLOT = 0, 1, 2
FIELDS = {"person": ("people", PEOPLE_SLOT), "place": ("places", PLACES_SLOT)}
UNIT, RECORD = "\x1f", "\x1e"
MATCH_ALL = "*"


# ---- export ---------------------------------------------------------------

def read_aliases(text: str) -> dict[str, str | None]:
    """Alias table as stored (alias TAB target key TAB target name per line):
    alias -> target key, None when the alias is hidden."""
    table: dict[str, str | None] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        table[parts[0]] = parts[1] or None
    return table


def entities(value: bytes, aliases: dict[str, str | None]) -> list[tuple[str, str]]:
    """A slot's (key, name) records resolved as Dateline's facet counter does."""
    out, seen = [], set()
    if not value:
        return out
    for record in value.decode("utf-8").split(RECORD):
        key, _, name = record.partition(UNIT)
        if not key:
            continue
        if key in aliases:
            target = aliases[key]
            if target is None:
                continue
            key = target
        if key not in seen:
            seen.add(key)
            out.append((key, name))
    return out


def cmd_export(args) -> int:
    import xapian  # Debian's python3-xapian

    db = xapian.Database(str(Path(args.index) / "XAPIANDB") if (Path(args.index) / "XAPIANDB").exists()
                         else args.index)
    aliases = {field: read_aliases(db.get_metadata(f"dateline.aliases.{plural}").decode("utf-8"))
               for field, (plural, _slot) in FIELDS.items()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    names: dict[str, dict[str, dict[str, int]]] = {field: {} for field in FIELDS}
    for post in db.postlist(""):
        doc = db.get_document(post.docid)
        data = json.loads(doc.get_data().decode("utf-8"))
        row = {"docid": post.docid, "id": data.get("id", ""), "date": doc.get_value(DATE_SLOT).decode(),
               "title": data.get("title", ""), "body": data.get("body", "")}
        for field, (_plural, slot) in FIELDS.items():
            found = entities(doc.get_value(slot), aliases[field])
            row[field] = [key for key, _name in found]
            for key, name in found:
                counts = names[field].setdefault(key, {})
                counts[name] = counts.get(name, 0) + 1
        rows.append(row)
    numbers = {}
    for field in FIELDS:
        keys = sorted(names[field], key=lambda k: k.encode("utf-8"))
        numbers[field] = {key: i + 1 for i, key in enumerate(keys)}
        with open(out / f"{FIELDS[field][0]}.tsv", "w", encoding="utf-8") as f:
            for key in keys:
                # The display name most articles give the key (then the first in byte order).
                name = min(names[field][key].items(), key=lambda kv: (-kv[1], kv[0].encode("utf-8")))[0]
                f.write(f"{numbers[field][key]}\t{key}\t{name}\n")
    clean = lambda s: s.replace("\t", " ").replace("\r", " ").replace("\n", " ")  # noqa: E731
    with open(out / "articles.jsonl", "w", encoding="utf-8") as jsonl, \
            open(out / "sphinx.tsv", "w", encoding="utf-8") as tsv:
        for row in rows:
            jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
            date = int(row["date"]) if row["date"].isdigit() else 0
            people = ",".join(str(numbers["person"][k]) for k in row["person"])
            places = ",".join(str(numbers["place"][k]) for k in row["place"])
            # tsvpipe: document id, then the fields and attributes in the order of the config.
            tsv.write(f"{row['docid']}\t{clean(row['title'])}\t{clean(row['body'])}\t{date}\t{people}\t{places}\n")
    print(json.dumps({"articles": len(rows), "people": len(numbers["person"]), "places": len(numbers["place"]),
                      "aliases": {f: len(a) for f, a in aliases.items()}}))
    return 0


# ---- SQLite build -----------------------------------------------------------

SCHEMA = """
CREATE TABLE articles(id INTEGER PRIMARY KEY, dateline_id TEXT NOT NULL, date INTEGER,
                      title TEXT NOT NULL, body TEXT NOT NULL);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id',
                                             tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE people(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE places(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE article_people(article INTEGER NOT NULL, person INTEGER NOT NULL,
                            PRIMARY KEY(article, person)) WITHOUT ROWID;
CREATE TABLE article_places(article INTEGER NOT NULL, place INTEGER NOT NULL,
                            PRIMARY KEY(article, place)) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX article_people_by_person ON article_people(person, article);
CREATE INDEX article_places_by_place ON article_places(place, article);
CREATE INDEX articles_by_date ON articles(date);
"""


def cmd_sqlite_index(args) -> int:
    src = Path(args.export)
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.executescript(SCHEMA)
    numbers = {}
    with db:
        for field, (plural, _slot) in FIELDS.items():
            rows = [line.rstrip("\n").split("\t") for line in open(src / f"{plural}.tsv", encoding="utf-8")]
            db.executemany(f"INSERT INTO {plural}(id, key, name) VALUES (?, ?, ?)", rows)
            numbers[field] = {key: int(number) for number, key, _name in rows}
        with open(src / "articles.jsonl", encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                date = int(a["date"]) if a["date"].isdigit() else None
                db.execute("INSERT INTO articles(id, dateline_id, date, title, body) VALUES (?, ?, ?, ?, ?)",
                           (a["docid"], a["id"], date, a["title"], a["body"]))
                db.executemany("INSERT INTO article_people(article, person) VALUES (?, ?)",
                               ((a["docid"], numbers["person"][k]) for k in a["person"]))
                db.executemany("INSERT INTO article_places(article, place) VALUES (?, ?)",
                               ((a["docid"], numbers["place"][k]) for k in a["place"]))
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        db.executescript(INDEXES)
    with db:
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    db.execute("ANALYZE")
    db.close()
    return 0


# ---- the queries of each peer -------------------------------------------------

def sqlite_statements(query: str, limit: int) -> list[str]:
    """Total, person facet, place facet; `limit` 0 = every value. The query is
    a single word (the benchmark's queries are), so FTS5 takes it as it is."""
    lim = f" LIMIT {limit}" if limit else ""
    if query == MATCH_ALL:
        total = "SELECT count(*) FROM articles"
        facet = ("SELECT e.key, f.n FROM (SELECT {col} AS id, count(*) AS n FROM {link} GROUP BY {col}) f "
                 "JOIN {table} e ON e.id = f.id ORDER BY f.n DESC, f.id" + lim)
    else:
        match = f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH '{query}'"
        total = f"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '{query}'"
        facet = ("SELECT e.key, f.n FROM (SELECT {col} AS id, count(*) AS n FROM {link} WHERE article IN (" +
                 match + ") GROUP BY {col}) f JOIN {table} e ON e.id = f.id ORDER BY f.n DESC, f.id" + lim)
    return [total, facet.format(col="person", link="article_people", table="people"),
            facet.format(col="place", link="article_places", table="places")]


def sphinx_statement(query: str, limit: int, max_matches: int = 1000) -> str:
    """One SphinxQL statement: a hit (LIMIT 0 is not understood), then a FACET
    result set per field; the total is SHOW META's total_found. FACET over an
    MVA takes no second ORDER BY key, so ties are in Sphinx's own order: the
    check compares the counts row by row, not the order of tied keys. `limit`
    0 = every value. `max_matches` must be at least the number of distinct
    keys: Sphinx keeps that many groups, and with more its counts are only
    approximate (the default, 1000, holds Reuters' 112 people and 147 places)."""
    where = "" if query == MATCH_ALL else f" WHERE MATCH('{query}')"
    option = "" if max_matches == 1000 else f" OPTION max_matches = {max_matches}"
    lim = limit or max_matches
    return (f"SELECT id FROM reuters{where} LIMIT 1{option} "
            f"FACET people ORDER BY COUNT(*) DESC LIMIT {lim} "
            f"FACET places ORDER BY COUNT(*) DESC LIMIT {lim}")


def dateline_command(search: str, index: str, query: str, limit: int, fmt: str = "json") -> list[str]:
    # -n 0: the count and the facets, no hit (Sphinx returns one id, SQLite none).
    return [search, "--index", index, "--format", fmt, "--no-snippets", "-n", "0", "--facet", "person",
            "--facet", "place", "--facet-limit", str(limit), query]


class Answer:
    """What a peer answered: total and, per field, (key, count) pairs in its order."""

    def __init__(self, total: int, person: list[tuple[str, int]], place: list[tuple[str, int]]):
        self.total, self.facets = total, {"person": person, "place": place}


def dateline_answer(search: str, index: str, query: str, limit: int) -> Answer:
    out = subprocess.run(dateline_command(search, index, query, limit), check=True, capture_output=True,
                         text=True).stdout
    j = json.loads(out)
    return Answer(j["total"], *[[(v["key"], v["count"]) for v in j["facets"][f]] for f in ("person", "place")])


class SqlitePeer:
    def __init__(self, path: str):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def answer(self, query: str, limit: int) -> Answer:
        total, person, place = sqlite_statements(query, limit)
        return Answer(self.db.execute(total).fetchone()[0], self.db.execute(person).fetchall(),
                      self.db.execute(place).fetchall())


class SphinxPeer:
    def __init__(self, port: int, keys: dict[str, dict[int, str]]):
        import pymysql  # python3-pymysql; only Sphinx needs it

        self.connection = pymysql.connect(host="127.0.0.1", port=port, user="", password="", autocommit=True)
        self.cursor = self.connection.cursor()
        self.keys = keys
        self.max_matches = max(1000, *(len(k) for k in keys.values()))
        self.server_ms = 0.0

    def answer(self, query: str, limit: int) -> Answer:
        c = self.cursor
        c.execute(sphinx_statement(query, limit, self.max_matches))
        c.fetchall()  # the hit
        c.nextset()
        person = [(self.keys["person"][int(v)], int(n)) for v, n in c.fetchall()]
        c.nextset()
        place = [(self.keys["place"][int(v)], int(n)) for v, n in c.fetchall()]
        while c.nextset():
            pass
        c.execute("SHOW META")
        meta = dict(c.fetchall())
        self.server_ms = float(meta.get("time", "nan")) * 1000.0
        return Answer(int(meta["total_found"]), person, place)


def compare(reference: Answer, other: Answer, limit: int) -> list[str]:
    """Differences between two answers. With a limit, keys tied with the last
    row may be cut differently: the counts must agree row by row, and the keys
    above the last row's count must be the same."""
    problems = []
    if reference.total != other.total:
        problems.append(f"total {other.total} vs Dateline {reference.total}")
    for field in ("person", "place"):
        a, b = reference.facets[field], other.facets[field]
        if not limit:
            if dict(a) != dict(b):
                da, db_ = dict(a), dict(b)
                diff = sorted(k for k in set(da) | set(db_) if da.get(k) != db_.get(k))
                problems.append(f"{field}: {len(diff)} keys differ, e.g. " +
                                ", ".join(f"{k} {db_.get(k)} vs {da.get(k)}" for k in diff[:5]))
            continue
        if [n for _k, n in a] != [n for _k, n in b]:
            problems.append(f"{field} top {limit}: counts {[n for _k, n in b]} vs Dateline {[n for _k, n in a]}")
        elif a:
            last = a[-1][1] if len(a) == limit else 0
            if {k for k, n in a if n > last} != {k for k, n in b if n > last}:
                problems.append(f"{field} top {limit}: keys differ: {b} vs Dateline {a}")
    return problems


def in_process(fn, runs: int, warmup: int) -> list[float]:
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        fn()
        took = (time.perf_counter() - start) * 1000.0
        if i >= warmup:
            times.append(took)
    return times


def cmd_report(args) -> int:
    load_before = os.getloadavg()
    keys = {field: {int(n): k for n, k, _name in (line.rstrip("\n").split("\t")
                                                   for line in open(Path(args.export) / f"{plural}.tsv",
                                                                    encoding="utf-8"))}
            for field, (plural, _slot) in FIELDS.items()}
    sqlite_peer = SqlitePeer(args.sqlite)
    sphinx_peer = SphinxPeer(args.sphinx_port, keys) if args.sphinx_port else None
    queries = args.query
    for query in queries:
        # Single words: each peer takes them as they are, and they go into the SQL text.
        if not re.fullmatch(r"[A-Za-z0-9]+|\*", query):
            raise SystemExit(f"peers_facets: --query takes a word or *, not {query!r}")
    limit = args.facet_limit

    # 1. Counts: every value of both facets (limit 0) and the timed top-N answers.
    checks = {}
    mismatches = 0
    for query in queries:
        checks[query] = {}
        for lim in (0, limit):
            reference = dateline_answer(args.search, args.index, query, lim)
            checks[query].setdefault("dateline_total", reference.total)
            peers = [("sqlite", sqlite_peer)] + ([("sphinx", sphinx_peer)] if sphinx_peer else [])
            for name, peer in peers:
                problems = compare(reference, peer.answer(query, lim), lim)
                entry = checks[query].setdefault(name, {"equal": True, "problems": []})
                if problems:
                    entry["equal"] = False
                    entry["problems"] += [f"{'all values' if lim == 0 else f'top {lim}'}: {p}" for p in problems]
    for query, entry in checks.items():
        for name in ("sqlite", "sphinx"):
            if name in entry and not entry[name]["equal"]:
                mismatches += 1
                for problem in entry[name]["problems"]:
                    print(f"peers_facets: MISMATCH {name} on {query!r}: {problem}", file=sys.stderr)

    # 2. Whole processes, every peer of a query in one hyperfine run (rounds alternate the order).
    processes = {}
    for query in queries:
        commands = {"dateline": dateline_command(args.search, args.index, query, limit)}
        # The same search without facets: how much of Dateline's time the two facets are.
        commands["dateline-nofacets"] = [c for c in commands["dateline"]
                                         if c not in ("--facet", "person", "place", "--facet-limit", str(limit))]
        commands["sqlite"] = ["sqlite3", "-readonly", args.sqlite, "; ".join(sqlite_statements(query, limit))]
        if sphinx_peer:
            commands["sphinx"] = ["mysql", "-h", "127.0.0.1", "-P", str(args.sphinx_port), "-e",
                                  sphinx_statement(query, limit, sphinx_peer.max_matches) + "; SHOW META"]
        for name, command in commands.items():
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"peers_facets: {name} failed on {query!r}: {' '.join(map(quote, command))}\n"
                                 f"{done.stderr}")
        processes[query] = {"commands": {n: " ".join(map(quote, c)) for n, c in commands.items()},
                            "times": hyperfine(commands, args.runs, args.warmup, args.rounds)}

    # Process start-up, the floor under every row above: no index or database searched.
    floors = {"dateline": [args.search, "--version"], "sqlite": ["sqlite3", ":memory:", "SELECT 1"]}
    if sphinx_peer:
        floors["sphinx"] = ["mysql", "-h", "127.0.0.1", "-P", str(args.sphinx_port), "-e", "SHOW META"]
    floor = hyperfine(floors, args.runs, args.warmup, args.rounds)

    # 3. In process (the servers and the library a program would call): python around each call.
    inproc = {}
    for query in queries:
        inproc[query] = {"sqlite": statistics.median(in_process(lambda: sqlite_peer.answer(query, limit),
                                                                args.inproc_runs, 2))}
        if sphinx_peer:
            server = []

            def sphinx_once():
                sphinx_peer.answer(query, limit)
                server.append(sphinx_peer.server_ms)
            inproc[query]["sphinx"] = statistics.median(in_process(sphinx_once, args.inproc_runs, 2))
            inproc[query]["sphinx_server"] = statistics.median(server[2:])
    load_after = os.getloadavg()

    # 4. The table.
    peers = ["dateline", "sqlite"] + (["sphinx"] if sphinx_peer else [])
    label = {"dateline": "Dateline", "sqlite": "SQLite", "sphinx": "Sphinx"}
    lines = [f"Faceted queries, {args.articles:,} articles: person + place facets, top {limit} each, "
             f"with the exact total",
             f"load average {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} before, "
             f"{load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} after; "
             f"whole processes: median of {args.runs} hyperfine runs in {args.rounds} rounds; "
             f"in process: median of {args.inproc_runs}",
             ""]
    head = f"{'query':<14}{'matches':>8}{'D no facets':>13}"
    for p in peers:
        head += f"{label[p] + ' ms':>13}"
    for p in peers[1:]:
        head += f"{'D/' + label[p]:>10}"
    head += f"{'counts equal':>16}"
    lines.append("whole process (start, open, count, print):")
    lines.append(head)
    lines.append("-" * len(head))
    for query in queries:
        t = processes[query]["times"]
        row = f"{query:<14}{checks[query]['dateline_total']:>8,}{t['dateline-nofacets']['median_ms']:>13.1f}"
        for p in peers:
            row += f"{t[p]['median_ms']:>13.1f}"
        for p in peers[1:]:
            row += f"{t['dateline']['median_ms'] / t[p]['median_ms']:>9.2f}x"
        row += f"{'/'.join('yes' if checks[query][p]['equal'] else 'NO' for p in peers[1:]):>16}"
        lines.append(row)
    row = f"{'start-up':<14}{'':>8}{'':>13}"
    for p in peers:
        row += f"{floor[p]['median_ms']:>13.1f}"
    lines.append(row + "   (--version; SELECT 1 in :memory:; SHOW META)")
    lines.append("")
    lines.append("in process (python around sqlite3 / a SphinxQL round trip on one connection):")
    head = f"{'query':<14}{'SQLite ms':>12}{'Sphinx ms':>12}{'searchd ms':>12}"
    lines.append(head)
    lines.append("-" * len(head))
    for query in queries:
        r = inproc[query]
        row = f"{query:<14}{r['sqlite']:>12.2f}"
        if sphinx_peer:
            row += f"{r['sphinx']:>12.2f}{r['sphinx_server']:>12.0f}"
        lines.append(row)
    lines.append("(searchd ms: SHOW META time, whole milliseconds)")
    lines.append("")
    lines.append("counts: " + ("every peer equals Dateline (total, every value of both facets, and the top "
                               f"{limit})" if mismatches == 0 else f"{mismatches} MISMATCHES, listed on stderr"))
    for query, entry in checks.items():
        for name in peers[1:]:
            for problem in entry[name]["problems"]:
                lines.append(f"  MISMATCH {label[name]} {query!r}: {problem}")
    print("\n".join(lines))

    result = {"benchmark": "peers_facets", "command": args.command,
              "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
              "load_before": load_before, "load_after": load_after, "articles": args.articles,
              "facet_limit": limit, "versions": {"sqlite": sqlite3.sqlite_version, "sphinx": args.sphinx_version},
              "checks": checks, "processes": processes, "start_up": floor, "in_process_ms": inproc, "table": lines}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if mismatches and args.strict else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command_name", required=True)
    p = sub.add_parser("export")
    p.add_argument("index")
    p.add_argument("out")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("sqlite-index")
    p.add_argument("db")
    p.add_argument("export")
    p.set_defaults(func=cmd_sqlite_index)
    p = sub.add_parser("report")
    p.add_argument("--index", required=True)
    p.add_argument("--search", required=True, help="dateline-search")
    p.add_argument("--export", required=True, help="the folder `export` wrote")
    p.add_argument("--sqlite", required=True)
    p.add_argument("--sphinx-port", type=int)
    p.add_argument("--sphinx-version", default="")
    p.add_argument("--query", action="append", required=True, help="a word, or * for every article")
    p.add_argument("--facet-limit", type=int, default=10)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--inproc-runs", type=int, default=50)
    p.add_argument("--articles", type=int, required=True)
    p.add_argument("--strict", action="store_true", help="exit 1 on a count mismatch")
    p.add_argument("--command", default="")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_report)
    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
