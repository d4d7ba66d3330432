#!/usr/bin/env python3
"""Query half and report of bench/reuters.sh.

Runs the fixed Reuters query set against a Dateline index (dateline-search)
and an omindex database (quest), each query as its own process, then prints
the comparison table and writes the figures as JSON. The indexing figures are
measured by reuters.sh and handed in with --indexing.

Not meant to be run by hand: reuters.sh passes everything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUEST_FLAGS = "default,boolean,phrase,lovehate,wildcard"
# Large enough that quest's match count is exact on Reuters (21,578 articles).
CHECK_AT_LEAST = 100000
LIMIT = 10
QUEST_COUNT = re.compile(r"^(Exactly|About|Between) (\d+)(?: and (\d+))? matches", re.M)


class BenchError(Exception):
    pass


def read_queries(path: Path) -> list[tuple[str, str]]:
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise BenchError(f"{path}:{number}: expected KIND<TAB>QUERY, got {line!r}")
        kind, query = line.split("\t", 1)
        queries.append((kind.strip().rstrip(":"), query.strip()))
    if not queries:
        raise BenchError(f"{path}: no queries")
    return queries


def run(argv: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    return (time.perf_counter() - start) * 1000.0, result


class Dateline:
    name = "dateline-search"

    def __init__(self, binary: str, index: str):
        self.binary, self.index = binary, index

    def _check(self, query: str, result: subprocess.CompletedProcess) -> None:
        if result.returncode not in (0, 1):
            raise BenchError(
                f"dateline-search failed (exit {result.returncode}) on {query!r}: {result.stderr.strip()[:500]}"
            )

    def count(self, query: str) -> int:
        _, result = run([self.binary, "--index", self.index, "--count", query])
        self._check(query, result)
        text = result.stdout.strip()
        if not text and result.returncode == 1:
            return 0
        match = re.search(r"\d+", text)
        if not match:
            raise BenchError(f"dateline-search --count printed no number for {query!r}: {text[:200]!r}")
        return int(match.group())

    def timed(self, query: str) -> float:
        ms, result = run([self.binary, "--index", self.index, "--limit", str(LIMIT), query])
        self._check(query, result)
        return ms

    def startup(self) -> float | None:
        ms, result = run([self.binary, "--version"])
        return ms if result.returncode == 0 else None


class Quest:
    name = "quest"

    def __init__(self, db: str):
        self.db = db

    def _argv(self, query: str, *extra: str) -> list[str]:
        return ["quest", "-d", self.db, "--default-op=and", f"--flags={QUEST_FLAGS}", *extra, query]

    def _check(self, query: str, result: subprocess.CompletedProcess) -> None:
        if result.returncode != 0:
            raise BenchError(f"quest failed (exit {result.returncode}) on {query!r}: {result.stderr.strip()[:500]}")

    def count(self, query: str) -> int:
        _, result = run(self._argv(query, "-m", str(LIMIT), "-c", str(CHECK_AT_LEAST)))
        self._check(query, result)
        match = QUEST_COUNT.search(result.stdout)
        if not match:
            raise BenchError(f"quest printed no match count for {query!r}: {result.stdout[:300]!r}")
        if match.group(1) != "Exactly":
            raise BenchError(f"quest's count is not exact for {query!r}: {match.group(0)!r}")
        return int(match.group(2))

    def timed(self, query: str) -> float:
        ms, result = run(self._argv(query, "-m", str(LIMIT)))
        self._check(query, result)
        return ms

    def startup(self) -> float | None:
        ms, result = run(["quest", "--version"])
        return ms if result.returncode == 0 else None


def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * p / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def latency_summary(values: list[float]) -> dict:
    return {
        "p50_ms": round(percentile(values, 50), 2),
        "p95_ms": round(percentile(values, 95), 2),
        "p99_ms": round(percentile(values, 99), 2),
        "mean_ms": round(statistics.fmean(values), 2),
    }


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": ram_gib, "kernel": platform.release()}


def tool_version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
        return out.strip().splitlines()[0] if out.strip() else "unknown"
    except OSError:
        return "unknown"


def parse_indexing(spec: str) -> dict:
    # NAME:SECONDS:CPU_SECONDS:RSS_KB:SIZE_KB:DOCUMENTS:COMMAND (DOCUMENTS is "?" when unknown)
    name, seconds, cpu, rss_kb, size_kb, docs, command = spec.split(":", 6)
    return {"engine": name, "seconds": float(seconds), "cpu_seconds": float(cpu), "peak_rss_kb": int(rss_kb),
            "index_kb": int(size_kb),
            "documents": int(docs) if docs.isdigit() else None, "command": command}


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.2f}x"


def fmt(value, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--search", required=True, help="dateline-search binary")
    parser.add_argument("--dateline-index", required=True)
    parser.add_argument("--quest-db", required=True)
    parser.add_argument("--queries", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--indexing", action="append", default=[], help="NAME:SECONDS:CPU_SECONDS:RSS_KB:SIZE_KB:DOCUMENTS:COMMAND")
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--text-bytes", type=int, required=True)
    parser.add_argument("--sgm-files", type=int, required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--command", default="")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()

    queries = read_queries(args.queries)
    dateline = Dateline(args.search, args.dateline_index)
    quest = Quest(args.quest_db)
    indexing = {entry["engine"]: entry for entry in map(parse_indexing, args.indexing)}
    mb = args.text_bytes / 1e6
    for entry in indexing.values():
        entry["articles_per_s"] = round(args.articles / entry["seconds"], 1) if entry["seconds"] > 0 else None
        entry["mb_per_s"] = round(mb / entry["seconds"], 3) if entry["seconds"] > 0 else None

    print(f"reuters: running {len(queries)} queries x {args.runs} runs on each engine ...", file=sys.stderr)
    per_query = []
    started = time.perf_counter()
    for kind, query in queries:
        # The count runs come first and double as a warm-up of the page cache.
        d_count = dateline.count(query)
        q_count = quest.count(query)
        d_times, q_times = [], []
        for _ in range(args.runs):  # interleaved, so that load from others hits both alike
            d_times.append(dateline.timed(query))
            q_times.append(quest.timed(query))
        per_query.append({
            "kind": kind, "query": query,
            "dateline_count": d_count, "quest_count": q_count, "agree": d_count == q_count,
            "dateline_ms": round(statistics.median(d_times), 3), "quest_ms": round(statistics.median(q_times), 3),
        })
    query_seconds = time.perf_counter() - started

    startup = {}
    for engine in (dateline, quest):
        samples = [engine.startup() for _ in range(max(5, args.runs))]
        startup[engine.name] = None if None in samples else round(statistics.median(samples), 2)

    d_lat = latency_summary([q["dateline_ms"] for q in per_query])
    q_lat = latency_summary([q["quest_ms"] for q in per_query])
    kinds = list(dict.fromkeys(q["kind"] for q in per_query))
    by_kind = {}
    for kind in kinds:
        rows = [q for q in per_query if q["kind"] == kind]
        by_kind[kind] = {
            "queries": len(rows),
            "dateline_p50_ms": round(percentile([q["dateline_ms"] for q in rows], 50), 2),
            "quest_p50_ms": round(percentile([q["quest_ms"] for q in rows], 50), 2),
            "agree": sum(q["agree"] for q in rows),
        }
    agree = sum(q["agree"] for q in per_query)

    result = {
        "benchmark": "reuters-21578",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": args.command,
        "machine": machine(),
        "versions": {"omindex": tool_version(["omindex", "--version"]), "quest": tool_version(["quest", "--version"])},
        "corpus": {"articles": args.articles, "text_bytes": args.text_bytes, "sgm_files": args.sgm_files,
                   "quick": args.quick},
        "indexing": indexing,
        "queries": {
            "count": len(per_query), "runs": args.runs, "limit": LIMIT, "wall_seconds": round(query_seconds, 1),
            "dateline": d_lat, "quest": q_lat, "startup_ms": startup, "by_kind": by_kind,
            "hits_agree": agree, "per_query": per_query,
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    # ---- the table -------------------------------------------------------
    d, dn, om = indexing.get("dateline"), indexing.get("dateline-no-spelling"), indexing.get("omindex")

    def get(entry, key, scale=1.0):
        return None if entry is None or entry.get(key) is None else entry[key] * scale

    kib_to_mb = 1024 / 1e6
    rows = [
        ("build time (s)", "seconds", 1.0, ".2f"),
        ("build CPU, user+sys (s)", "cpu_seconds", 1.0, ".2f"),
        ("articles/s", "articles_per_s", 1.0, ",.0f"),
        ("MB/s of article text", "mb_per_s", 1.0, ".2f"),
        ("peak RSS (MB)", "peak_rss_kb", kib_to_mb, ".1f"),
        ("index size (MB)", "index_kb", kib_to_mb, ".1f"),
        ("documents in index", "documents", 1.0, ",.0f"),
    ]
    head = f"{'':26}{'Dateline':>12}{'Dateline':>12}{'omindex':>12}{'ratio':>10}{'ratio':>12}"
    head2 = f"{'':26}{'':>12}{'no-spell':>12}{'/ quest':>12}{'D/peer':>10}{'D-nosp/peer':>12}"
    lines = [
        f"Reuters-21578{' (--quick)' if args.quick else ''}: {args.articles:,} articles from {args.sgm_files} SGML "
        f"files, {mb:.1f} MB of article text (title + body); {len(per_query)} queries x {args.runs} runs",
        "",
        head,
        head2,
        "-" * len(head),
    ]
    for label, key, scale, spec in rows:
        a, b, c = get(d, key, scale), get(dn, key, scale), get(om, key, scale)
        lines.append(f"{label:26}{fmt(a, spec):>12}{fmt(b, spec):>12}{fmt(c, spec):>12}"
                     f"{ratio(a, c):>10}{ratio(b, c):>12}")
    for label, key in (("query p50 (ms)", "p50_ms"), ("query p95 (ms)", "p95_ms"), ("query p99 (ms)", "p99_ms")):
        lines.append(f"{label:26}{d_lat[key]:>12.1f}{'':>12}{q_lat[key]:>12.1f}{ratio(d_lat[key], q_lat[key]):>10}")
    s_d, s_q = startup["dateline-search"], startup["quest"]
    lines.append(f"{'process start-up (ms)':26}{fmt(s_d, '.1f'):>12}{'':>12}{fmt(s_q, '.1f'):>12}"
                 f"{ratio(s_d, s_q):>10}")
    lines.append(f"{'hits agree (count = quest)':26}{f'{agree}/{len(per_query)}':>12}")
    lines.append("")
    lines.append("per kind, p50 ms (Dateline / quest), hits agree:")
    for kind, entry in by_kind.items():
        lines.append(f"  {kind:8} {entry['queries']:>3} queries  {entry['dateline_p50_ms']:>7.1f} / "
                     f"{entry['quest_p50_ms']:<7.1f} ({ratio(entry['dateline_p50_ms'], entry['quest_p50_ms'])})"
                     f"  agree {entry['agree']}/{entry['queries']}")
    disagree = [q for q in per_query if not q["agree"]]
    if disagree:
        lines.append("")
        lines.append(f"queries whose counts differ ({len(disagree)}): Dateline vs quest")
        for q in disagree[:40]:
            lines.append(f"  {q['kind']:7} {q['query']:<48} {q['dateline_count']:>6} vs {q['quest_count']:<6}")
        if len(disagree) > 40:
            lines.append(f"  ... and {len(disagree) - 40} more (see the JSON)")
    lines += [
        "",
        "Ratios are Dateline / peer: below 1x is better for times, RSS, size and latency; above 1x is better for",
        "articles/s and MB/s (both from the wall-clock build time). Dateline's build time includes parsing the",
        "SGML; omindex's includes its own file handling of one HTML file per article (the SGML-to-HTML",
        "conversion is not counted). Dateline builds a spelling dictionary and extracts people and places",
        "by default, omindex does neither: the no-spell column (--no-spelling --no-extract) is like for like.",
        f"Query latency: each query run as a process (--limit {LIMIT} / quest -m {LIMIT}), median of {args.runs} run(s)",
        "per query, then percentiles over the queries; process start-up is a large share of it.",
        f"Hits: dateline-search --count vs quest's exact count (-c {CHECK_AT_LEAST}).",
        f"JSON: {args.out}",
    ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"reuters: error: {error}", file=sys.stderr)
        sys.exit(1)
