#!/usr/bin/env python3
"""Facet cost on one index: whole processes (hyperfine) and per match (in process).

Answers issue 12's facet targets on an index the caller built (any size; the
targets are stated for 1M synthetic articles):

  * whole-archive person + place + date facets as a process, p50
    (`dateline-search --index DIR --facet person --facet place --facet date`),
    target <= 100 ms at 1M;
  * a query matching about 200,000 articles with the same three facets, p50,
    target <= 60 ms; the query is picked from candidate words by its count
    (the one nearest --matches) unless --query is given;
  * the same query without facets, so the facets' own share shows;
  * the same rows on a twin of the index without its facet store (hard
    links, the store file left out), where the same dateline-search counts
    from the value slots as it did before the store: today's counting, in
    the same hyperfine run;
  * in process (query_latency, thread CPU time): the query with facets counted
    from the facet store and from the value slots, the extra time per match
    of each, and whether the two give the same facets.

Each process row is the median of --runs runs (after --warmup runs), taken
in --rounds rounds of hyperfine, each round running every command in turn
(the order reversed every other round), so that a change in the machine's
load during the run weighs on every command alike. --baseline BIN
adds the same rows run with another dateline-search (for example one built
before the facet store) for a same-run ratio.

Prints a table and writes JSON (--out).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_report import machine  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FACETS = ["--facet", "person", "--facet", "place", "--facet", "date"]
# Words of news text from very common to common: one of them matches about
# a fifth of any sizeable archive.
CANDIDATES = ["the", "said", "and", "for", "with", "was", "its", "year", "will", "would", "from",
              "has", "pct", "this", "but", "last", "were", "new", "which", "been", "also", "had",
              "share", "company", "oil", "market", "government", "bank", "trade", "billion"]


def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def count(search: str, index: str, query: str) -> int:
    result = subprocess.run([search, "--index", index, "--count", query], capture_output=True,
                            text=True)
    return int(result.stdout.strip() or 0)


def hyperfine(commands: dict[str, list[str]], runs: int, warmup: int,
              rounds: int) -> dict[str, dict]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    per_round = max(1, -(-runs // rounds))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "hf.json"
        for round_number in range(rounds):
            order = names if round_number % 2 == 0 else names[::-1]
            args = ["hyperfine", "--style", "none", "--runs", str(per_round), "--warmup",
                    str(warmup), "--export-json", str(out), "--shell=none"]
            for name in order:
                args += ["--command-name", name, " ".join(quote(c) for c in commands[name])]
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
            for result in json.loads(out.read_text())["results"]:
                times[result["command"]] += result["times"]
    return {name: {"median_ms": statistics.median(t) * 1000,
                   "mean_ms": statistics.fmean(t) * 1000, "min_ms": min(t) * 1000,
                   "max_ms": max(t) * 1000, "runs": len(t)} for name, t in times.items()}


def twin_without_store(index: Path, parent: Path) -> Path:
    """A copy of `index` made of hard links (no data copied), minus its facet
    store files: searches there count facets from the value slots."""
    twin = parent / "no-store"
    subprocess.run(["cp", "-al", str(index), str(twin)], check=True)
    removed = 0
    for store in twin.rglob("dateline-facets"):
        store.unlink()
        removed += 1
    if removed == 0:
        raise SystemExit(f"facets: {index} has no facet store (dateline-facets); "
                         "index it with a dateline-index that writes one")
    return twin


def quote(text: str) -> str:
    return text if text and all(c.isalnum() or c in "-_./:=" for c in text) else \
        "'" + text.replace("'", "'\\''") + "'"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True, help="the Dateline index to measure")
    parser.add_argument("--build", default=str(REPO / "build" / "benchmarks"),
                        help="the bench preset's build, with query_latency and the Dateline tools "
                             "(default build/benchmarks: cmake --preset bench && "
                             "cmake --build --preset bench)")
    parser.add_argument("--query", help="the broad query (default: picked by count, see --matches)")
    parser.add_argument("--matches", type=int, default=200000,
                        help="matches the broad query should have (default 200000)")
    parser.add_argument("--runs", type=int, default=20, help="hyperfine runs per command (default 20)")
    parser.add_argument("--warmup", type=int, default=3,
                        help="hyperfine warm-up runs per command and round (default 3)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="hyperfine rounds the runs are split into (default 2)")
    parser.add_argument("--baseline", help="another dateline-search to run the same rows with")
    parser.add_argument("--out", default=str(REPO / "build" / "bench" / "facets.json"))
    args = parser.parse_args()

    load_before = os.getloadavg()
    build = Path(args.build)
    search = str(build / "searcher" / "dateline-search")
    latency = str(build / "bench" / "query_latency" / "query_latency")
    for tool in (search, latency):
        if not os.access(tool, os.X_OK):
            print(f"facets: {tool} is missing; build it (cmake --build --preset bench)",
                  file=sys.stderr)
            return 2
    total = count(search, args.index, "*")
    query = args.query
    if not query:
        query = min(CANDIDATES, key=lambda w: abs(count(search, args.index, w) - args.matches))
    matches = count(search, args.index, query)

    index = Path(args.index).resolve()
    twin_parent = Path(tempfile.mkdtemp(prefix=".facets-bench-", dir=index.parent))
    try:
        twin = str(twin_without_store(index, twin_parent))
        rows = {
            "whole archive, 3 facets": [*FACETS],
            f"'{query}', 3 facets": [*FACETS, query],
            f"'{query}', no facets": [query],
        }
        commands = {}
        for name, extra in rows.items():
            commands[name] = [search, "--index", str(index), *extra]
        for name, extra in rows.items():
            if "no facets" not in name:
                commands[f"{name} [slots]"] = [search, "--index", twin, *extra]
        if args.baseline:
            for name, extra in rows.items():
                commands[f"{name} [baseline]"] = [args.baseline, "--index", str(index), *extra]
        processes = hyperfine(commands, args.runs, args.warmup, args.rounds)
    finally:
        shutil.rmtree(twin_parent)

    with tempfile.TemporaryDirectory() as tmp:
        queries = Path(tmp) / "queries.txt"
        queries.write_text(f"bool\t*\nterm\t{query}\n")
        report = Path(tmp) / "ql.json"
        run([latency, "--index", args.index, "--queries", str(queries), "--modes",
             "nosnippets,facets,slotfacets", "--runs", "5", "--json", str(report)])
        in_process = json.loads(report.read_text())

    load = os.getloadavg()
    print(f"facets on {args.index}: {total:,} articles; query '{query}' matches {matches:,}")
    print(f"processes: median of {args.runs} runs in {args.rounds} hyperfine rounds "
          f"(+{args.warmup} warm-up each); "
          f"load average {load_before[0]:.1f} before, {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"after")
    print(f"{'':42}{'p50 ms':>9}{'mean ms':>9}{'min ms':>9}{'target':>9}")
    targets = {"whole archive, 3 facets": 100, f"'{query}', 3 facets": 60}
    for name, figures in processes.items():
        target = targets.get(name)
        print(f"{name:42}{figures['median_ms']:9.1f}{figures['mean_ms']:9.1f}"
              f"{figures['min_ms']:9.1f}{(str(target) if target else ''):>9}")
    for tag, label in (("slots", "store / slots (no store, same binary)"),
                       ("baseline", "this build / baseline")):
        if not any(f"{name} [{tag}]" in processes for name in targets):
            continue
        print(f"ratios, {label} (p50):")
        for name in targets:
            base = processes.get(f"{name} [{tag}]")
            if base:
                print(f"  {name:40}{processes[name]['median_ms'] / base['median_ms']:8.2f}x")

    print("in process, thread CPU time, median of 5 runs (query_latency):")
    print(f"{'':42}{'matches':>9}{'no facets':>11}{'store':>9}{'slots':>9}{'ns/match store':>16}"
          f"{'ns/match slots':>16}")
    rows = {}
    for row in in_process["per_query"]:
        cpu = row.get("cpu_median_ms", {})
        n = row["count"]["facets"]
        base = cpu.get("nosnippets", 0.0)
        per_store = (cpu["facets"] - base) * 1e6 / n if n else 0.0
        per_slots = (cpu["slotfacets"] - base) * 1e6 / n if n else 0.0
        rows[row["query"]] = {"matches": n, "cpu_ms": cpu, "ns_per_match_store": per_store,
                              "ns_per_match_slots": per_slots}
        label = "whole archive ('*')" if row["query"] == "*" else f"'{row['query']}'"
        print(f"{label:42}{n:9,}{base:11.2f}{cpu['facets']:9.2f}{cpu['slotfacets']:9.2f}"
              f"{per_store:16.1f}{per_slots:16.1f}")
    agree = in_process.get("facets_agree", {})
    print(f"facets agree (store = slots, every value): {agree.get('agree')}/{agree.get('compared')}")

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"index": args.index, "articles": total, "query": query,
                               "matches": matches, "processes": processes, "in_process": rows,
                               "facets_agree": agree, "load_before": load_before, "load": load, "machine": machine()},
                              indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
