#!/usr/bin/env python3
"""Report of bench/scaling.sh: the table of how each figure grows with N.

Not meant to be run by hand: scaling.sh passes everything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_report import machine  # noqa: E402

# The targets ("Fast at any size").
MAX_THROUGHPUT_DROP = 0.30
MAX_PEAK_RSS_MB = 500.0


def parse_size(spec: str) -> dict:
    # N:TIME_FILE:INDEX_KB:CORPUS_KB:GENERATE_JSON:LATENCY_JSON (LATENCY_JSON may be empty)
    n, time_file, index_kb, corpus_kb, generate_json, latency_json = spec.split(":", 5)
    seconds, rss_kb, user, sys_ = Path(time_file).read_text().split()[:4]
    generated = json.loads(Path(generate_json).read_text())
    row = {
        "articles": int(n),
        "index_seconds": float(seconds),
        "index_cpu_seconds": round(float(user) + float(sys_), 2),
        "peak_rss_mb": round(int(rss_kb) / 1024, 1),
        "index_mb": round(int(index_kb) / 1024, 1),
        "corpus_mb": round(int(corpus_kb) / 1024, 1),
        "corpus_files": generated.get("files"),
        "generate_seconds": generated.get("seconds"),
        "articles_per_second": round(int(n) / float(seconds), 1) if float(seconds) > 0 else None,
        "latency": None,
    }
    if latency_json:
        latency = json.loads(Path(latency_json).read_text())
        row["latency"] = {"modes": latency["modes"], "ratios": latency.get("ratios", {}),
                          "by_kind": latency.get("by_kind", {}), "documents": latency["documents"],
                          "counts_agree": latency.get("counts_agree")}
        row["documents"] = latency["documents"]
    return row


def cell(value, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", action="append", required=True, help="N:TIME:INDEX_KB:CORPUS_KB:GEN_JSON:LAT_JSON")
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--indexer-args", default="")
    parser.add_argument("--command", default="")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    rows = sorted((parse_size(s) for s in args.size), key=lambda r: r["articles"])
    first, last = rows[0], rows[-1]
    query_count = sum(1 for line in args.queries.read_text().splitlines() if line.strip() and not line.startswith("#"))

    def mode(row, name, stat):
        lat = row["latency"]
        if not lat or name not in lat["modes"]:
            return None
        return lat["modes"][name][stat]

    def growth(a, b):
        return None if a is None or b is None or a == 0 else b / a

    lines = []
    label = lambda n: f"{n // 1000}k" if n % 1000 == 0 and n < 1000000 else (f"{n // 1000000}M" if n % 1000000 == 0 else str(n))
    header = "".join(f"{label(r['articles']):>11}" for r in rows)
    lines.append(f"Scaling: synthetic archives (seed {args.seed}), {query_count} queries x {args.runs} runs in process")
    lines.append("")
    lines.append(f"{'':<30}{header}{'growth':>11}")
    lines.append("-" * (30 + 11 * len(rows) + 11))

    def row_line(title, key=None, spec=".1f", getter=None, show_growth=True):
        values = [getter(r) if getter else r.get(key) for r in rows]
        text = "".join(f"{cell(v, spec):>11}" for v in values)
        g = growth(values[0], values[-1]) if show_growth and len(rows) > 1 else None
        lines.append(f"{title:<30}{text}{(f'{g:.2f}x' if g is not None else ''):>11}")
        return values

    row_line("articles", "articles", ",d")
    row_line("corpus (MB, JSON Lines)", "corpus_mb")
    row_line("index wall time (s)", "index_seconds", ".1f")
    row_line("index CPU, user+sys (s)", "index_cpu_seconds", ".1f")
    throughput = row_line("articles/s", "articles_per_second", ",.0f")
    rss = row_line("peak RSS (MB)", "peak_rss_mb")
    row_line("index size (MB)", "index_mb")
    row_line("index KB per article", getter=lambda r: r["index_mb"] * 1024 / r["articles"], spec=".2f")
    p50 = row_line("query p50, Dateline (ms)", getter=lambda r: mode(r, "dateline", "p50_ms"), spec=".2f")
    p99 = row_line("query p99, Dateline (ms)", getter=lambda r: mode(r, "dateline", "p99_ms"), spec=".2f")
    row_line("query p50, plain Xapian (ms)", getter=lambda r: mode(r, "plain", "p50_ms"), spec=".2f")
    plain_p99 = row_line("query p99, plain Xapian (ms)", getter=lambda r: mode(r, "plain", "p99_ms"), spec=".2f")
    row_line("query p50, + facets (ms)", getter=lambda r: mode(r, "facets", "p50_ms"), spec=".2f")
    facet_p99 = row_line("query p99, + facets (ms)", getter=lambda r: mode(r, "facets", "p99_ms"), spec=".2f")
    row_line("Dateline/plain p99", getter=lambda r: (r["latency"] or {}).get("ratios", {}).get("Dateline / plain", {}).get("p99"),
             spec=".2f", show_growth=False)
    row_line("facets/Dateline p99", getter=lambda r: (r["latency"] or {}).get("ratios", {}).get("facets / Dateline", {}).get("p99"),
             spec=".2f", show_growth=False)

    n_growth = last["articles"] / first["articles"]
    verdicts = []
    if len(rows) > 1:
        t = growth(throughput[0], throughput[-1])
        verdicts.append(("indexing throughput, largest/smallest N >= 0.70",
                         t is not None and t >= 1 - MAX_THROUGHPUT_DROP, f"{t:.2f}x" if t else "n/a"))
        p99_with = [(r["articles"], v) for r, v in zip(rows, p99) if v is not None]
        if len(p99_with) > 1:
            pg = p99_with[-1][1] / p99_with[0][1]
            ng = p99_with[-1][0] / p99_with[0][0]
            verdicts.append((f"query p99 grows sublinearly (N x{ng:.0f})", pg < ng, f"p99 x{pg:.2f}"))
    peak = max(r["peak_rss_mb"] for r in rows)
    verdicts.append((f"peak RSS under {MAX_PEAK_RSS_MB:.0f} MB at every N", peak < MAX_PEAK_RSS_MB, f"max {peak:.1f} MB"))
    lines.append("")
    lines.append(f"growth = largest N / smallest N (N grows {n_growth:.0f}x)")
    for what, ok, value in verdicts:
        lines.append(f"  {'MET   ' if ok else 'MISSED'} {what}: {value}")
    print("\n".join(lines))

    result = {
        "benchmark": "scaling",
        "command": args.command,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "python": platform.python_version(),
        "seed": args.seed,
        "runs": args.runs,
        "queries": query_count,
        "indexer_args": args.indexer_args,
        "sizes": rows,
        "verdicts": [{"target": w, "met": ok, "value": v} for w, ok, v in verdicts],
        "table": lines,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nscaling: figures written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
