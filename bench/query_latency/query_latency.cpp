// query_latency: how long a query takes inside one process, with plain Xapian
// and with Dateline's searcher library, on the same index and the same queries.
//
// Modes (see bench/README.md, "query_latency"):
//   plain      Xapian::QueryParser (default flags; English stemmer, STEM_SOME
//              and AND between words so that it matches what Dateline matches)
//              + Enquire::get_mset(0, 10, check_at_least = doccount): the
//              reference the issue sets. Queries with a date: filter, which a
//              stock QueryParser cannot express, are skipped in this mode.
//   dateline   Searcher::search with the defaults of dateline-search: parse
//              (spelling suggestion included), exact total, ten hits with their
//              stored fields and a snippet each.
//   nosnippets the same without snippets (SearchRequest::snippets = false).
//   facets     dateline plus facets on person, place and date (month), counted
//              from the index's facet store when it has one.
//   slotfacets the same facets counted from the value slots (the index opened
//              without its facet store): the way facets were counted before
//              the store, and the way they still are when it is stale.
//
// Every query is run --warmup times in every mode first, then --runs rounds;
// within a round each query runs once in each mode, one after the other, so
// that load from elsewhere on the machine hits every mode alike. The median of
// a query's runs is its time; p50/p95/p99 are taken across the queries.
//
// Exit status: 0 done, 2 error (bad option, unreadable file, index error).

#include <fmt/core.h>
#include <time.h>
#include <xapian.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "dateline/searcher/index.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/search_request.hpp"
#include "dateline/searcher/searcher.hpp"

namespace {

namespace po = boost::program_options;
namespace ds = dateline::searcher;
namespace sc = dateline::schema;
using Clock = std::chrono::steady_clock;

constexpr Xapian::doccount kLimit = 10;

enum class Mode { Plain, Dateline, NoSnippets, Facets, SlotFacets };

struct ModeInfo {
    Mode mode;
    const char* name;   ///< as given to --modes and in the JSON
    const char* label;  ///< row label in the table
};

constexpr ModeInfo kModes[] = {
    {Mode::Plain, "plain", "plain Xapian"},
    {Mode::Dateline, "dateline", "Dateline"},
    {Mode::NoSnippets, "nosnippets", "Dateline, no snippets"},
    {Mode::Facets, "facets", "Dateline + 3 facets"},
    {Mode::SlotFacets, "slotfacets", "3 facets from slots"},
};

struct Options {
    std::string index;      ///< Dateline index (dateline modes)
    std::string xapian_db;  ///< database for the plain mode; default: index
    std::string queries;
    unsigned runs = 5;
    unsigned warmup = 1;
    std::vector<Mode> modes;
    std::string json_out;
    std::string label;
};

struct QueryLine {
    std::string kind;
    std::string text;
};

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

std::vector<QueryLine> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read query file " + path);
    std::vector<QueryLine> queries;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos) {
            throw std::runtime_error(fmt::format("{}:{}: expected KIND<TAB>QUERY", path, number));
        }
        std::string kind = line.substr(0, tab);
        while (!kind.empty() && (kind.back() == ':' || kind.back() == ' ')) kind.pop_back();
        std::string text = line.substr(tab + 1);
        while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
        queries.push_back({kind, text});
    }
    if (queries.empty()) throw std::runtime_error("no queries in " + path);
    return queries;
}

/// The issue's reference: a stock QueryParser and Enquire.
class PlainXapian {
  public:
    explicit PlainXapian(const std::string& path) : database_(path) {
        parser_.set_stemmer(Xapian::Stem(std::string(sc::text::kDefaultLanguage)));
        parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser_.set_default_op(Xapian::Query::OP_AND);
        // The fields Dateline's generated queries use, as plain prefixes.
        parser_.add_prefix("title", std::string(sc::prefix::kTitle));
        parser_.add_boolean_prefix("person", std::string(sc::prefix::kPerson));
        parser_.add_boolean_prefix("place", std::string(sc::prefix::kPlace));
    }

    /// The exact number of matches.
    Xapian::doccount run(const std::string& query) {
        Xapian::Enquire enquire(database_);
        enquire.set_query(parser_.parse_query(query));
        const Xapian::MSet mset = enquire.get_mset(0, kLimit, database_.get_doccount());
        return mset.get_matches_estimated();
    }

    [[nodiscard]] Xapian::doccount documents() const { return database_.get_doccount(); }

  private:
    Xapian::Database database_;
    Xapian::QueryParser parser_;
};

/// A stock QueryParser has no date: field; those queries are not run plain.
bool plain_can_run(const std::string& query) {
    static const std::regex date_field(R"((^|[\s(+\-])date:)");
    return !std::regex_search(query, date_field);
}

ds::SearchRequest request_for(Mode mode, const std::string& query) {
    ds::SearchRequest request;
    request.query = query;
    request.limit = kLimit;
    if (mode == Mode::NoSnippets) request.snippets = false;
    if (mode == Mode::Facets || mode == Mode::SlotFacets) {
        for (const char* field : {"person", "place", "date"}) {
            request.facets.push_back(ds::parse_facet_request(field).value());
        }
    }
    return request;
}

struct Cell {
    std::vector<double> times_ms;
    std::vector<double> cpu_ms;  ///< this thread's CPU time: not counting waits for a core
    std::optional<Xapian::doccount> count;
    std::string error;  ///< non-empty: the query failed (or was skipped) in this mode
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// Linear interpolation between closest ranks, as bench/reuters_report.py.
double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    if (values.size() == 1) return values.front();
    const double pos = static_cast<double>(values.size() - 1) * p / 100.0;
    const auto low = static_cast<std::size_t>(pos);
    const std::size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (pos - static_cast<double>(low));
}

struct Summary {
    std::size_t queries = 0;
    double p50 = 0, p95 = 0, p99 = 0, mean = 0, max = 0;
};

Summary summarise(const std::vector<double>& medians) {
    Summary s;
    s.queries = medians.size();
    if (medians.empty()) return s;
    s.p50 = percentile(medians, 50);
    s.p95 = percentile(medians, 95);
    s.p99 = percentile(medians, 99);
    double sum = 0;
    for (double v : medians) sum += v;
    s.mean = sum / static_cast<double>(medians.size());
    s.max = *std::max_element(medians.begin(), medians.end());
    return s;
}

nlohmann::json to_json(const Summary& s) {
    return {{"queries", s.queries}, {"p50_ms", s.p50},   {"p95_ms", s.p95},
            {"p99_ms", s.p99},      {"mean_ms", s.mean}, {"max_ms", s.max}};
}

/// CPU time of the calling thread, in milliseconds.
double thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

const ModeInfo& info(Mode mode) {
    for (const auto& m : kModes) {
        if (m.mode == mode) return m;
    }
    throw std::logic_error("unknown mode");
}

Options parse_options(int argc, char** argv, bool& help) {
    Options options;
    std::string modes = "plain,dateline,nosnippets,facets";
    po::options_description described(
        "Usage: query_latency --index DIR --queries FILE [options]\n\n"
        "Times each query of FILE (KIND<TAB>QUERY lines) inside this process with plain\n"
        "Xapian and with Dateline's searcher library. See bench/README.md.\n\nOptions");
    described.add_options()  //
        ("index", po::value(&options.index),
         "Dateline index (folder written by dateline-index)")  //
        ("xapian-db", po::value(&options.xapian_db),
         "database for the plain mode (default: the --index folder); may be any Xapian "
         "database, e.g. omindex's")                                                              //
        ("queries", po::value(&options.queries), "query file: KIND<TAB>QUERY lines, # comments")  //
        ("runs", po::value(&options.runs)->default_value(options.runs),
         "timed runs of each query per mode; the median is kept")  //
        ("warmup", po::value(&options.warmup)->default_value(options.warmup),
         "untimed runs of every query per mode first")  //
        ("modes", po::value(&modes)->default_value(modes),
         "comma-separated: plain, dateline, nosnippets, facets, slotfacets")                     //
        ("json", po::value(&options.json_out), "write the figures as JSON to this file")         //
        ("label", po::value(&options.label), "name of the run, printed and stored in the JSON")  //
        ("help", "show this help and exit");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, described), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("help") != 0) {
        std::ostringstream text;
        text << described;
        std::fputs(text.str().c_str(), stdout);
        help = true;
        return options;
    }
    std::stringstream list(modes);
    std::string name;
    while (std::getline(list, name, ',')) {
        const auto* found = std::find_if(std::begin(kModes), std::end(kModes),
                                         [&](const ModeInfo& m) { return name == m.name; });
        if (found == std::end(kModes)) throw UsageError("unknown mode '" + name + "'");
        options.modes.push_back(found->mode);
    }
    if (options.modes.empty()) throw UsageError("--modes is empty");
    if (options.queries.empty()) throw UsageError("--queries FILE is required");
    if (options.runs == 0) throw UsageError("--runs must be at least 1");
    const bool needs_dateline = std::any_of(options.modes.begin(), options.modes.end(),
                                            [](Mode m) { return m != Mode::Plain; });
    if (needs_dateline && options.index.empty()) {
        throw UsageError("--index DIR is required for the Dateline modes");
    }
    if (options.xapian_db.empty()) options.xapian_db = options.index;
    if (options.xapian_db.empty()) throw UsageError("--index or --xapian-db is required");
    return options;
}

int run(const Options& options) {
    const std::vector<QueryLine> queries = read_queries(options.queries);
    const bool want_plain =
        std::find(options.modes.begin(), options.modes.end(), Mode::Plain) != options.modes.end();
    std::optional<PlainXapian> plain;
    if (want_plain) plain.emplace(options.xapian_db);
    std::optional<ds::Searcher> searcher;
    if (!options.index.empty() && (options.modes.size() > 1 || !want_plain)) {
        searcher.emplace(ds::open_index({options.index}));
    }
    std::optional<ds::Searcher> slot_searcher;
    if (std::find(options.modes.begin(), options.modes.end(), Mode::SlotFacets) !=
        options.modes.end()) {
        ds::Index index = ds::open_index({options.index});
        index.facet_stores = nullptr;
        slot_searcher.emplace(std::move(index));
    }
    const Xapian::doccount documents =
        plain ? plain->documents() : Xapian::Database(options.index).get_doccount();

    // cells[query][mode index in options.modes]
    std::vector<std::vector<Cell>> cells(queries.size(), std::vector<Cell>(options.modes.size()));

    const auto once = [&](std::size_t q, std::size_t m, bool timed) {
        Cell& cell = cells[q][m];
        if (!cell.error.empty()) return;
        const Mode mode = options.modes[m];
        const std::string& text = queries[q].text;
        if (mode == Mode::Plain && !plain_can_run(text)) {
            cell.error = "skipped: no date: field in a stock QueryParser";
            return;
        }
        try {
            const auto start = Clock::now();
            const double cpu_start = thread_cpu_ms();
            Xapian::doccount count = 0;
            if (mode == Mode::Plain) {
                count = plain->run(text);
            } else if (mode == Mode::SlotFacets) {
                count = slot_searcher->search(request_for(mode, text)).total;
            } else {
                count = searcher->search(request_for(mode, text)).total;
            }
            const double cpu = thread_cpu_ms() - cpu_start;
            const std::chrono::duration<double, std::milli> took = Clock::now() - start;
            if (timed) {
                cell.times_ms.push_back(took.count());
                cell.cpu_ms.push_back(cpu);
            }
            cell.count = count;
        } catch (const ds::QueryError& e) {
            cell.error = std::string("query error: ") + e.what();
        } catch (const Xapian::QueryParserError& e) {
            cell.error = "query error: " + e.get_msg();
        }
    };

    for (unsigned w = 0; w < options.warmup; ++w) {
        for (std::size_t q = 0; q < queries.size(); ++q) {
            for (std::size_t m = 0; m < options.modes.size(); ++m) once(q, m, false);
        }
    }
    const auto started = Clock::now();
    for (unsigned r = 0; r < options.runs; ++r) {
        for (std::size_t q = 0; q < queries.size(); ++q) {
            for (std::size_t m = 0; m < options.modes.size(); ++m) once(q, m, true);
        }
    }
    const std::chrono::duration<double> wall = Clock::now() - started;

    // Per-query medians, per mode.
    using Medians = std::vector<std::vector<std::optional<double>>>;
    Medians medians(queries.size(), std::vector<std::optional<double>>(options.modes.size()));
    Medians cpu_medians = medians;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        for (std::size_t m = 0; m < options.modes.size(); ++m) {
            if (!cells[q][m].times_ms.empty()) {
                medians[q][m] = median(cells[q][m].times_ms);
                cpu_medians[q][m] = median(cells[q][m].cpu_ms);
            }
        }
    }
    const auto column_of = [&](const Medians& table, std::size_t m, const std::string& kind) {
        std::vector<double> values;
        for (std::size_t q = 0; q < queries.size(); ++q) {
            if (!kind.empty() && queries[q].kind != kind) continue;
            if (table[q][m]) values.push_back(*table[q][m]);
        }
        return values;
    };
    const auto column = [&](std::size_t m, const std::string& kind = {}) {
        return column_of(medians, m, kind);
    };
    // Both columns, over the queries both ran.
    const auto paired = [&](const Medians& table, std::size_t a, std::size_t b) {
        std::pair<std::vector<double>, std::vector<double>> out;
        for (std::size_t q = 0; q < queries.size(); ++q) {
            if (table[q][a] && table[q][b]) {
                out.first.push_back(*table[q][a]);
                out.second.push_back(*table[q][b]);
            }
        }
        return out;
    };
    const auto index_of = [&](Mode mode) -> std::optional<std::size_t> {
        for (std::size_t m = 0; m < options.modes.size(); ++m) {
            if (options.modes[m] == mode) return m;
        }
        return std::nullopt;
    };

    nlohmann::json json;
    json["label"] = options.label;
    json["index"] = options.index;
    json["xapian_db"] = options.xapian_db;
    json["queries_file"] = options.queries;
    json["documents"] = documents;
    json["queries"] = queries.size();
    json["runs"] = options.runs;
    json["warmup"] = options.warmup;
    json["limit"] = kLimit;
    json["wall_seconds"] = wall.count();

    fmt::print("query latency in process{}: {} queries x {} runs (+{} warm-up), {} documents\n",
               options.label.empty() ? "" : " (" + options.label + ")", queries.size(),
               options.runs, options.warmup, documents);
    // Wall-clock time is what a user waits; the thread's CPU time leaves out
    // the waits for a core that a shared machine adds.
    for (const bool cpu : {false, true}) {
        const Medians& table = cpu ? cpu_medians : medians;
        fmt::print("{:<24}{:>9}{:>9}{:>9}{:>9}{:>9}{:>9}\n",
                   cpu ? "thread CPU time" : "wall-clock time", "p50 ms", "p95 ms", "p99 ms",
                   "mean ms", "max ms", "queries");
        for (std::size_t m = 0; m < options.modes.size(); ++m) {
            const Summary s = summarise(column_of(table, m, {}));
            fmt::print("{:<24}{:>9.3f}{:>9.3f}{:>9.3f}{:>9.3f}{:>9.3f}{:>9}\n",
                       info(options.modes[m]).label, s.p50, s.p95, s.p99, s.mean, s.max, s.queries);
            json[cpu ? "modes_cpu" : "modes"][info(options.modes[m]).name] = to_json(s);
        }
        const auto ratio_row = [&](Mode top, Mode bottom, const char* name) {
            const auto a = index_of(top);
            const auto b = index_of(bottom);
            if (!a || !b) return;
            const auto [x, y] = paired(table, *a, *b);
            if (x.empty()) return;
            const Summary sx = summarise(x);
            const Summary sy = summarise(y);
            fmt::print("{:<24}{:>8.2f}x{:>8.2f}x{:>8.2f}x{:>8.2f}x{:>9}{:>9}\n", name,
                       sx.p50 / sy.p50, sx.p95 / sy.p95, sx.p99 / sy.p99, sx.mean / sy.mean, "",
                       x.size());
            json[cpu ? "ratios_cpu" : "ratios"][name] = {{"p50", sx.p50 / sy.p50},
                                                         {"p95", sx.p95 / sy.p95},
                                                         {"p99", sx.p99 / sy.p99},
                                                         {"mean", sx.mean / sy.mean},
                                                         {"queries", x.size()}};
        };
        ratio_row(Mode::Dateline, Mode::Plain, "Dateline / plain");
        ratio_row(Mode::NoSnippets, Mode::Plain, "no-snippets / plain");
        ratio_row(Mode::Facets, Mode::Dateline, "facets / Dateline");
        ratio_row(Mode::SlotFacets, Mode::Dateline, "slotfacets / Dateline");
        ratio_row(Mode::Facets, Mode::SlotFacets, "facets / slotfacets");
    }

    // Per kind, p50 of every mode.
    std::vector<std::string> kinds;
    for (const auto& q : queries) {
        if (std::find(kinds.begin(), kinds.end(), q.kind) == kinds.end()) kinds.push_back(q.kind);
    }
    fmt::print("per kind, p50 ms:");
    for (const Mode mode : options.modes) fmt::print("  {}", info(mode).name);
    fmt::print("\n");
    for (const auto& kind : kinds) {
        fmt::print("  {:<10}", kind);
        for (std::size_t m = 0; m < options.modes.size(); ++m) {
            const auto values = column(m, kind);
            const Summary s = summarise(values);
            fmt::print("{:>10}", values.empty() ? std::string("-") : fmt::format("{:.3f}", s.p50));
            json["by_kind"][kind][info(options.modes[m]).name] = to_json(s);
        }
        fmt::print("\n");
    }

    // Do the modes agree on the counts?
    std::size_t compared = 0;
    std::size_t agree = 0;
    std::vector<std::string> disagreements;
    std::map<std::string, std::size_t> errors;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        nlohmann::json row = {{"kind", queries[q].kind}, {"query", queries[q].text}};
        std::optional<Xapian::doccount> first;
        bool same = true;
        for (std::size_t m = 0; m < options.modes.size(); ++m) {
            const Cell& cell = cells[q][m];
            const char* name = info(options.modes[m]).name;
            if (medians[q][m]) row["median_ms"][name] = *medians[q][m];
            if (cpu_medians[q][m]) row["cpu_median_ms"][name] = *cpu_medians[q][m];
            if (cell.count) row["count"][name] = *cell.count;
            if (!cell.error.empty()) {
                row["error"][name] = cell.error;
                ++errors[std::string(name) + ": " + cell.error.substr(0, cell.error.find(':'))];
            }
            if (cell.count) {
                if (first && *first != *cell.count) same = false;
                if (!first) first = cell.count;
            }
        }
        const auto with_count = std::count_if(cells[q].begin(), cells[q].end(),
                                              [](const Cell& c) { return c.count.has_value(); });
        if (with_count > 1) {
            ++compared;
            if (same) {
                ++agree;
            } else {
                disagreements.push_back(queries[q].text);
            }
        }
        json["per_query"].push_back(row);
    }
    json["counts_agree"] = {{"agree", agree}, {"compared", compared}};
    if (compared > 0) {
        fmt::print("counts agree across modes: {}/{} queries\n", agree, compared);
        for (const auto& text : disagreements) fmt::print("  differs: {}\n", text);
    }
    for (const auto& [what, n] : errors) fmt::print("not timed: {} ({} queries)\n", what, n);

    // The facet store must count exactly what the value slots count: every
    // facet value, name and number, every query (untimed).
    if (searcher && slot_searcher) {
        std::size_t facets_compared = 0;
        std::size_t facets_agree = 0;
        for (const auto& query : queries) {
            ds::SearchRequest request = request_for(Mode::Facets, query.text);
            request.facet_limit = 0;  // every value, not only the top ten
            try {
                const auto from_store = searcher->search(request).facets;
                const auto from_slots = slot_searcher->search(request).facets;
                ++facets_compared;
                bool same = from_store.size() == from_slots.size();
                for (std::size_t i = 0; same && i < from_store.size(); ++i) {
                    same = from_store[i].values == from_slots[i].values &&
                           from_store[i].distinct_values == from_slots[i].distinct_values;
                }
                if (same) {
                    ++facets_agree;
                } else {
                    fmt::print("  facets differ: {}\n", query.text);
                }
            } catch (const ds::QueryError&) {
            }
        }
        fmt::print("facets agree (store = slots, every value): {}/{} queries\n", facets_agree,
                   facets_compared);
        json["facets_agree"] = {{"agree", facets_agree}, {"compared", facets_compared}};
    }

    if (!options.json_out.empty()) {
        std::ofstream out(options.json_out);
        out << json.dump(2) << '\n';
        if (!out) throw std::runtime_error("cannot write " + options.json_out);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        bool help = false;
        const Options options = parse_options(argc, argv, help);
        if (help) return 0;
        return run(options);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "query_latency: error: %s (see --help)\n", e.what());
    } catch (const Xapian::Error& e) {
        std::fprintf(stderr, "query_latency: error: %s\n", e.get_description().c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "query_latency: error: %s\n", e.what());
    }
    return 2;
}
