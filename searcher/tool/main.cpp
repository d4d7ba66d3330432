// dateline-search: searches a Dateline index from the command line.
//
// Exit status: 0 when the query matches, 1 when it matches nothing, 2 on any
// error (bad options, bad query, missing or incompatible index). Errors go to
// stderr as "dateline-search: error: ..."; stdout only ever carries results.

#include <fmt/format.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "dateline/schema/index_location.hpp"
#include "dateline/searcher/color.hpp"
#include "dateline/searcher/index.hpp"
#include "dateline/searcher/json_printer.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "dateline/searcher/searcher.hpp"
#include "dateline/searcher/text_printer.hpp"

namespace {

namespace po = boost::program_options;
namespace ds = dateline::searcher;

constexpr std::string_view kProgram = "dateline-search";

constexpr int kExitMatches = 0;
constexpr int kExitNoMatches = 1;
constexpr int kExitError = 2;

/// A bad command line; reported with a hint to --help.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct CliOptions {
    std::vector<std::string> indexes;
    ds::SearchRequest request;
    bool json = false;
    ds::ColorMode color = ds::ColorMode::Auto;
};

void print_error(std::string_view message) {
    fmt::print(stderr, "{}: error: {}\n", kProgram, message);
}

// The one table of options: it parses the command line and generates --help.
po::options_description option_table() {
    po::options_description options("Options");
    // clang-format off
    options.add_options()
        ("index", po::value<std::vector<std::string>>()->value_name("DIR"),
         "index to search: a folder built by dateline-index, or tcp://HOST:PORT; "
         "repeat to search several as one (default: $DATELINE_INDEX, else "
         "$XDG_DATA_HOME/dateline/index, else ~/.local/share/dateline/index, else "
         "dateline-index in the current folder)")
        ("limit", po::value<long long>()->value_name("N")->default_value(10),
         "show at most N hits")
        ("offset", po::value<long long>()->value_name("N")->default_value(0),
         "skip the first N hits (paging)")
        ("sort", po::value<std::string>()->value_name("ORDER")->default_value("relevance"),
         "relevance, date (oldest first) or -date (newest first)")
        ("count", "print only the exact number of matching articles")
        ("json", "print one JSON object (docs/json-format.md)")
        ("facet", po::value<std::vector<std::string>>()->value_name("FIELD"),
         "count matches by person, place, org or date[:year|month|day] (default month); "
         "repeatable")
        ("facet-limit", po::value<long long>()->value_name("N")->default_value(10),
         "show the N most frequent people, places or orgs per facet (0: all)")
        ("color", po::value<std::string>()->value_name("WHEN")->default_value("auto"),
         "auto, always or never; auto colours a terminal unless TERM=dumb or NO_COLOR is set")
        ("no-snippets", "do not show text extracts")
        ("help", "show this help and exit")
        ("version", "show the version and exit");
    // clang-format on
    return options;
}

void print_help(const po::options_description& options) {
    std::cout << fmt::format(
                     "Usage: {} [--index DIR]... [options] QUERY...\n"
                     "       {} [--index DIR]... [options] --facet FIELD... [QUERY...]\n\n"
                     "Searches news articles indexed by dateline-index. QUERY words are joined "
                     "with spaces;\nsee docs/query-syntax.md (e.g. 'oil AND person:volcker "
                     "date:1987-03..1987-04').\n"
                     "The query '*' matches every article; with --facet and no query, every "
                     "article is counted.\n"
                     "Exit status: 0 matches, 1 no matches, 2 error.\n\n",
                     kProgram, kProgram)
              << options << '\n';
}

std::size_t non_negative(const po::variables_map& vm, const char* name) {
    const long long value = vm[name].as<long long>();
    if (value < 0) throw UsageError(fmt::format("--{} must be 0 or more, not {}", name, value));
    return static_cast<std::size_t>(value);
}

Xapian::doccount doc_count_option(const po::variables_map& vm, const char* name) {
    const std::size_t value = non_negative(vm, name);
    if (value > std::numeric_limits<Xapian::doccount>::max()) {
        throw UsageError(fmt::format("--{} is too large", name));
    }
    return static_cast<Xapian::doccount>(value);
}

// Parses the command line; nullopt when --help or --version was answered.
std::optional<CliOptions> parse_command_line(int argc, char** argv) {
    const po::options_description options = option_table();
    po::options_description all = options;
    all.add_options()("query", po::value<std::vector<std::string>>(), "query words");
    po::positional_options_description positional;
    positional.add("query", -1);

    // No short options: a query word like -gas (exclude "gas") must stay a
    // word, and so must +oil.
    const auto style = po::command_line_style::unix_style & ~po::command_line_style::allow_short &
                       ~po::command_line_style::allow_guessing;
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv)
                      .options(all)
                      .positional(positional)
                      .style(style)
                      .run(),
                  vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("help")) {
        print_help(options);
        return std::nullopt;
    }
    if (vm.count("version")) {
        std::cout << fmt::format("{} {} (Xapian {})\n", kProgram, DATELINE_VERSION,
                                 Xapian::version_string());
        return std::nullopt;
    }

    CliOptions cli;
    if (vm.count("index")) {
        cli.indexes = vm["index"].as<std::vector<std::string>>();
    } else {
        cli.indexes.push_back(dateline::schema::default_index_path().string());
    }

    if (vm.count("query")) {
        for (const auto& word : vm["query"].as<std::vector<std::string>>()) {
            if (!cli.request.query.empty()) cli.request.query += ' ';
            cli.request.query += word;
        }
    }

    ds::SearchRequest& request = cli.request;
    request.limit = doc_count_option(vm, "limit");
    request.offset = doc_count_option(vm, "offset");
    request.facet_limit = non_negative(vm, "facet-limit");
    request.count_only = vm.count("count") > 0;
    request.snippets = vm.count("no-snippets") == 0;
    cli.json = vm.count("json") > 0;

    const auto& sort = vm["sort"].as<std::string>();
    const auto order = ds::parse_sort_order(sort);
    if (!order) throw UsageError("--sort must be relevance, date or -date, not '" + sort + "'");
    request.sort = *order;

    const auto& color = vm["color"].as<std::string>();
    const auto mode = ds::parse_color_mode(color);
    if (!mode) throw UsageError("--color must be auto, always or never, not '" + color + "'");
    cli.color = *mode;

    if (vm.count("facet")) {
        for (const auto& text : vm["facet"].as<std::vector<std::string>>()) {
            const auto facet = ds::parse_facet_request(text);
            if (!facet) {
                throw UsageError(
                    "--facet must be person, place, org or date[:year|month|day], not '" + text +
                    "'");
            }
            for (const auto& seen : request.facets) {
                if (seen.field == facet->field) {
                    throw UsageError(
                        fmt::format("--facet {} given twice", ds::facet_name(facet->field)));
                }
            }
            request.facets.push_back(*facet);
        }
    }
    // Facets without a query count the whole archive. A bare command stays
    // an error: searching everything for nothing in particular is more
    // likely a slip than a wish, and `*` says it on purpose.
    if (cli.request.query.empty()) {
        if (request.facets.empty()) {
            throw UsageError(
                fmt::format("no query given ('{}' matches every article)", ds::kMatchAllQuery));
        }
        cli.request.query = ds::kMatchAllQuery;
    }
    return cli;
}

void print_query_error(const ds::QueryError& error, std::string_view query) {
    print_error(error.what());
    if (error.where()) {
        fmt::print(stderr, "  {}\n  {}\n", query, ds::format_query_caret(query, *error.where()));
    }
}

int run(int argc, char** argv) {
    std::optional<CliOptions> cli;
    try {
        cli = parse_command_line(argc, argv);
    } catch (const UsageError& e) {
        print_error(e.what());
        fmt::print(stderr, "Try '{} --help'.\n", kProgram);
        return kExitError;
    }
    if (!cli) return std::cout.flush() ? kExitMatches : kExitError;

    ds::SearchResult result;
    try {
        ds::Searcher searcher(ds::open_index(cli->indexes));
        result = searcher.search(cli->request);
    } catch (const ds::QueryError& e) {
        print_query_error(e, cli->request.query);
        return kExitError;
    }

    errno = 0;  // so that a failed write below leaves its own errno
    if (cli->request.count_only && !cli->json) {
        std::cout << result.total << '\n';
    } else if (cli->json) {
        ds::print_json(std::cout, result);
    } else {
        const char* term = std::getenv("TERM");
        const char* no_color = std::getenv("NO_COLOR");
        ds::TextPrintOptions options;
        options.color = ds::use_color(cli->color, isatty(STDOUT_FILENO) == 1, term, no_color);
        ds::print_text(std::cout, result, options);
    }
    const int status = result.total > 0 ? kExitMatches : kExitNoMatches;
    if (!std::cout.flush()) {
        // A reader that went away (`| head -1`) is not an error worth a word.
        if (errno == EPIPE) return status;
        print_error(fmt::format("cannot write output: {}", std::strerror(errno)));
        return kExitError;
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    // Writes to a closed pipe then fail with EPIPE instead of killing us.
    std::signal(SIGPIPE, SIG_IGN);
    try {
        return run(argc, argv);
    } catch (const ds::IndexError& e) {
        print_error(e.what());
    } catch (const Xapian::Error& e) {
        // Not a std::exception; the library wraps what it expects, this is the rest.
        print_error(e.get_description());
    } catch (const std::exception& e) {
        print_error(e.what());
    } catch (...) {
        print_error("unexpected failure");
    }
    return kExitError;
}
