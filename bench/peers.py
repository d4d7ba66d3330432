#!/usr/bin/env python3
"""Helpers and report of bench/peers.sh: SQLite FTS5 and Sphinx beside Dateline.

Subcommands (peers.sh calls them; see bench/README.md):

  tsv OUT SGM...           Reuters articles as Sphinx tsvpipe rows: NEWID, title, body
                           (tabs and newlines turned to spaces). Not timed.
  fts5-index DB SGM...     build an SQLite FTS5 index (porter stemmer), optimised.
                           Timed by peers.sh under /usr/bin/time: it parses the SGML
                           itself, as dateline-index does.
  report ...               run the query set against FTS5 and Sphinx (timed in this
                           process around each call), read query_latency's JSON for
                           Dateline and omindex, print the table, write JSON.

Queries are written in Xapian's syntax (AND, OR, NOT, brackets, "phrases");
translate() rewrites them for each peer and says when a peer cannot express one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_report import machine, percentile, read_queries  # noqa: E402
from reuters_to_files import articles  # noqa: E402

LIMIT = 10
QUERY_TOKEN = re.compile(r'\s*(\(|\)|"[^"]*"|[^\s()"]+)')


class Untranslatable(Exception):
    pass


def tokens(query: str) -> list[str]:
    out, pos = [], 0
    while pos < len(query):
        match = QUERY_TOKEN.match(query, pos)
        if not match:
            if query[pos:].strip():
                raise Untranslatable(f"cannot read {query[pos:]!r}")
            break
        out.append(match.group(1))
        pos = match.end()
    return out


def translate(query: str, engine: str) -> str:
    """The query in FTS5's or Sphinx's syntax; Untranslatable if it has no equivalent."""
    parts = tokens(query)
    out: list[str] = []
    i = 0
    while i < len(parts):
        token = parts[i]
        upper = token if token in ("AND", "OR", "NOT") else None
        if ":" in token and not token.startswith('"'):
            raise Untranslatable("field filters are Dateline's")
        if upper == "AND" and i + 1 < len(parts) and parts[i + 1] == "NOT":
            token, upper = "NOT", "NOT"
            i += 1
        if upper == "NOT":
            if not out:
                raise Untranslatable("a query that starts with NOT")
            if engine == "fts5":
                out.append("NOT")  # binary in FTS5: a NOT b
            else:
                i += 1
                if i >= len(parts):
                    raise Untranslatable("NOT at the end")
                if parts[i] == "(":  # negate the whole group
                    depth, group = 0, []
                    while i < len(parts):
                        group.append(parts[i])
                        depth += {"(": 1, ")": -1}.get(parts[i], 0)
                        if depth == 0:
                            break
                        i += 1
                    out.append("-" + translate(" ".join(group), engine))
                else:
                    out.append("-" + parts[i])
        elif upper == "AND":
            if engine == "fts5":
                out.append("AND")
        elif upper == "OR":
            out.append("OR" if engine == "fts5" else "|")
        elif token.startswith('"'):
            out.append(token)
        elif token in ("(", ")"):
            out.append(token)
        else:
            parts_of_word = re.findall(r"[A-Za-z0-9]+", token)
            if not parts_of_word:
                raise Untranslatable(f"the word {token!r}")
            # "U.S." is two tokens for FTS5 and Sphinx: a phrase of its parts.
            word = " ".join(parts_of_word).lower()
            out.append(word if len(parts_of_word) == 1 else f'"{word}"')
        i += 1
    text = " ".join(out)
    return text.replace("( ", "(").replace(" )", ")")


# ---- subcommands: data preparation and FTS5 build ----------------------------

def cmd_tsv(args) -> int:
    with open(args.out, "w", encoding="utf-8") as out:
        for sgm in args.sgm:
            for newid, title, body, _date in articles(Path(sgm)):
                clean = lambda s: re.sub(r"[\t\r\n]+", " ", s)
                out.write(f"{newid}\t{clean(title)}\t{clean(body)}\n")
    return 0


def cmd_fts5_index(args) -> int:
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter unicode61')")
    with db:
        for sgm in args.sgm:
            db.executemany("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
                           ((int(newid), title, body) for newid, title, body, _date in articles(Path(sgm))))
    with db:
        db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.close()
    return 0


# ---- the query half -------------------------------------------------------

class Fts5:
    name = "fts5"

    def __init__(self, path: str):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def run(self, query: str) -> int:
        # Top ten by BM25 and the exact count: what get_mset(0, 10, doccount) gives.
        self.db.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", (query,)).fetchall()
        return self.db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (query,)).fetchone()[0]


class Sphinx:
    name = "sphinx"

    def __init__(self, port: int):
        import pymysql  # python3-pymysql; only Sphinx needs it

        self.connection = pymysql.connect(host="127.0.0.1", port=port, user="", password="", autocommit=True)
        self.cursor = self.connection.cursor()
        self.server_ms: list[float] = []

    def run(self, query: str) -> int:
        # Sphinx counts every match (total_found) while keeping the top ten.
        self.cursor.execute("SELECT id FROM reuters WHERE MATCH(%s) LIMIT 10", (query,))
        self.cursor.fetchall()
        return -1

    def meta(self) -> tuple[int, float]:
        self.cursor.execute("SHOW META")
        meta = dict(self.cursor.fetchall())
        return int(meta.get("total_found", -1)), float(meta.get("time", "nan")) * 1000.0


def time_peers(peers, queries, runs: int, warmup: int) -> dict:
    per_engine = {}
    for peer in peers:
        rows = []
        for kind, query in queries:
            try:
                text = translate(query, peer.name)
            except Untranslatable as e:
                rows.append({"kind": kind, "query": query, "skipped": str(e)})
                continue
            rows.append({"kind": kind, "query": query, "translated": text, "times": [], "server_ms": []})
        per_engine[peer.name] = rows

    def once(peer, row, timed):
        if "skipped" in row or row.get("error"):
            return
        try:
            start = time.perf_counter()
            count = peer.run(row["translated"])
            took = (time.perf_counter() - start) * 1000.0
        except Exception as e:  # a query the engine refuses: reported, not fatal
            row["error"] = str(e)[:200]
            return
        if isinstance(peer, Sphinx):
            count, server_ms = peer.meta()
            if timed:
                row["server_ms"].append(server_ms)
        row["count"] = count
        if timed:
            row["times"].append(took)

    for round_ in range(warmup + runs):
        for q in range(len(queries)):
            for peer in peers:  # interleaved: a burst of load hits both
                once(peer, per_engine[peer.name][q], round_ >= warmup)
    for rows in per_engine.values():
        for row in rows:
            if row.get("times"):
                row["median_ms"] = statistics.median(row["times"])
            if row.get("server_ms"):
                row["server_median_ms"] = statistics.median(row["server_ms"])
    return per_engine


def summary(values: list[float]) -> dict | None:
    if not values:
        return None
    return {"p50_ms": percentile(values, 50), "p95_ms": percentile(values, 95),
            "p99_ms": percentile(values, 99), "mean_ms": statistics.fmean(values), "queries": len(values)}


def parse_indexing(spec: str) -> dict:
    # NAME:TIME_FILE:SIZE_KB:DOCUMENTS
    name, time_file, size_kb, docs = spec.split(":", 3)
    seconds, rss_kb, user, sys_ = Path(time_file).read_text().split()[:4]
    return {"engine": name, "seconds": float(seconds), "cpu_seconds": round(float(user) + float(sys_), 2),
            "peak_rss_mb": round(int(rss_kb) / 1024, 1), "index_mb": round(int(size_kb) / 1024, 1),
            "documents": int(docs) if docs.isdigit() else None}


def cmd_report(args) -> int:
    queries = read_queries(args.queries)
    indexing = {row["engine"]: row for row in map(parse_indexing, args.indexing)}
    peers = []
    if args.fts5:
        peers.append(Fts5(args.fts5))
    if args.sphinx_port:
        peers.append(Sphinx(args.sphinx_port))
    peer_rows = time_peers(peers, queries, args.runs, args.warmup)

    # Dateline and omindex: query_latency's per-query medians.
    latency = {}
    if args.dateline_latency:
        d = json.loads(Path(args.dateline_latency).read_text())
        latency["dateline"] = {r["query"]: r for r in d["per_query"]}
    if args.omindex_latency:
        o = json.loads(Path(args.omindex_latency).read_text())
        latency["omindex"] = {r["query"]: r for r in o["per_query"]}

    def dateline_count(query):
        row = latency.get("dateline", {}).get(query)
        return row.get("count", {}).get("dateline") if row else None

    columns = ["dateline", "omindex", "fts5", "sphinx"]
    medians = {c: {} for c in columns}
    counts = {c: {} for c in columns}
    for query_kind, query in queries:
        if "dateline" in latency and query in latency["dateline"]:
            r = latency["dateline"][query]
            if "dateline" in r.get("median_ms", {}):
                medians["dateline"][query] = r["median_ms"]["dateline"]
                counts["dateline"][query] = r["count"]["dateline"]
        if "omindex" in latency and query in latency["omindex"]:
            r = latency["omindex"][query]
            if "plain" in r.get("median_ms", {}):
                medians["omindex"][query] = r["median_ms"]["plain"]
                counts["omindex"][query] = r["count"]["plain"]
    for name, rows in peer_rows.items():
        for row in rows:
            if "median_ms" in row:
                medians[name][row["query"]] = row["median_ms"]
                counts[name][row["query"]] = row["count"]

    skipped = {name: [(r["query"], r.get("skipped") or r.get("error")) for r in rows
                      if "skipped" in r or "error" in r] for name, rows in peer_rows.items()}
    stats = {c: summary(list(medians[c].values())) for c in columns}
    agree = {}
    for c in columns:
        both = [q for q in counts[c] if dateline_count(q) is not None]
        agree[c] = (sum(1 for q in both if counts[c][q] == dateline_count(q)), len(both))
    sphinx_server = summary([r["server_median_ms"] for r in peer_rows.get("sphinx", []) if "server_median_ms" in r])

    names = {"dateline": "Dateline", "dateline-like": "Dateline*", "omindex": "omindex", "fts5": "SQLite FTS5",
             "sphinx": "Sphinx"}
    index_cols = ["dateline", "dateline-like", "omindex", "fts5", "sphinx"]
    lines = [f"Reuters-21578 peers: {args.articles:,} articles; {len(queries)} queries x {args.runs} runs, in process",
             "Dateline* = dateline-index --no-spelling --no-extract (like for like: the peers have no NER, no spelling)",
             ""]
    lines.append(f"{'':<26}" + "".join(f"{names[c]:>12}" for c in index_cols))
    lines.append("-" * (26 + 12 * len(index_cols)))

    def irow(title, key, spec, transform=None):
        cells = []
        for c in index_cols:
            row = indexing.get(c)
            value = None if row is None else (transform(row) if transform else row[key])
            cells.append(f"{'-' if value is None else format(value, spec):>12}")
        lines.append(f"{title:<26}" + "".join(cells))

    irow("build time (s)", "seconds", ".2f")
    irow("build CPU, user+sys (s)", "cpu_seconds", ".2f")
    irow("articles/s", None, ",.0f", lambda r: args.articles / r["seconds"] if r["seconds"] else None)
    irow("peak RSS (MB)", "peak_rss_mb", ".1f")
    irow("index size (MB)", "index_mb", ".1f")
    irow("documents", "documents", ",")
    lines.append("")
    lines.append(f"{'queries, in process':<26}" + "".join(f"{names[c]:>12}" for c in columns))
    lines.append("-" * (26 + 12 * len(columns)))
    for stat in ("p50_ms", "p95_ms", "p99_ms", "mean_ms"):
        lines.append(f"{'query ' + stat.replace('_ms', '') + ' (ms)':<26}" +
                     "".join(f"{'-' if not stats[c] else format(stats[c][stat], '.3f'):>12}" for c in columns))
    lines.append(f"{'queries run':<26}" + "".join(f"{(stats[c] or {}).get('queries', 0):>12}" for c in columns))
    lines.append(f"{'count = Dateline':<26}" + "".join(f"{f'{agree[c][0]}/{agree[c][1]}':>12}" for c in columns))
    if sphinx_server:
        lines.append(f"Sphinx's own query time (SHOW META): p50 {sphinx_server['p50_ms']:.3f} ms, "
                     f"p99 {sphinx_server['p99_ms']:.3f} ms (millisecond resolution)")
    lines.append("")
    lines.append("ratios, Dateline / peer (below 1x: Dateline is faster or smaller; articles/s: above 1x is better)")
    ref = indexing.get("dateline")
    for c in ("omindex", "fts5", "sphinx"):
        row = indexing.get(c)
        parts = []
        if ref and row:
            parts.append(f"build {ref['seconds'] / row['seconds']:.2f}x")
            parts.append(f"RSS {ref['peak_rss_mb'] / row['peak_rss_mb']:.2f}x")
            parts.append(f"index {ref['index_mb'] / row['index_mb']:.2f}x")
            like = indexing.get("dateline-like")
            if like:
                parts.append(f"build (Dateline*) {like['seconds'] / row['seconds']:.2f}x")
        common = [q for q in medians[c] if q in medians["dateline"]]
        if common:
            d = summary([medians["dateline"][q] for q in common])
            p = summary([medians[c][q] for q in common])
            parts.append(f"p50 {d['p50_ms'] / p['p50_ms']:.2f}x, p99 {d['p99_ms'] / p['p99_ms']:.2f}x "
                         f"over {len(common)} common queries")
        lines.append(f"  {names[c]:<12} " + "; ".join(parts))
    for name, items in skipped.items():
        for query, why in items:
            lines.append(f"  not run on {names[name]}: {query}  ({why})")
    for c in columns:
        differ = [q for q in counts[c] if dateline_count(q) is not None and counts[c][q] != dateline_count(q)]
        if differ and c != "dateline":
            lines.append(f"  counts differing from Dateline on {names[c]} ({len(differ)}): " +
                         ", ".join(f"{q} ({counts[c][q]} vs {dateline_count(q)})" for q in differ[:12]) +
                         (" ..." if len(differ) > 12 else ""))
    print("\n".join(lines))

    result = {
        "benchmark": "peers",
        "command": args.command,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": {"sqlite": sqlite3.sqlite_version, "sphinx": args.sphinx_version},
        "articles": args.articles,
        "runs": args.runs,
        "indexing": indexing,
        "latency": stats,
        "sphinx_server_latency": sphinx_server,
        "counts_agree_with_dateline": {c: {"agree": a, "compared": n} for c, (a, n) in agree.items()},
        "per_query": {name: rows for name, rows in peer_rows.items()},
        "table": lines,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command_name", required=True)
    p = sub.add_parser("tsv")
    p.add_argument("out")
    p.add_argument("sgm", nargs="+")
    p.set_defaults(func=cmd_tsv)
    p = sub.add_parser("fts5-index")
    p.add_argument("db")
    p.add_argument("sgm", nargs="+")
    p.set_defaults(func=cmd_fts5_index)
    p = sub.add_parser("report")
    p.add_argument("--queries", type=Path, required=True)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--fts5")
    p.add_argument("--sphinx-port", type=int)
    p.add_argument("--sphinx-version", default="")
    p.add_argument("--dateline-latency")
    p.add_argument("--omindex-latency")
    p.add_argument("--indexing", action="append", default=[], help="NAME:TIME_FILE:SIZE_KB:DOCUMENTS")
    p.add_argument("--articles", type=int, required=True)
    p.add_argument("--command", default="")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_report)
    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
