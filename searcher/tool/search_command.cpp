#include "search_command.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <limits>
#include <string>

#include "dateline/cli/command_line.hpp"
#include "dateline/cli/standard_options.hpp"
#include "dateline/cli/usage_error.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_location.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "search_config.hpp"

namespace dateline::searcher::tool {

namespace po = boost::program_options;
using cli::UsageError;

namespace {

std::vector<std::string> query_field_prefixes() {
    std::vector<std::string> prefixes;
    for (const auto& field : schema::fields()) {
        if (!field.query_name.empty()) prefixes.push_back(std::string(field.query_name) + ':');
    }
    return prefixes;
}

std::vector<std::string> granularity_names() {
    std::vector<std::string> names;
    for (const auto granularity : kGranularities) names.emplace_back(granularity_name(granularity));
    return names;
}

cli::Tool make_tool() {
    cli::Tool tool;
    tool.name = "dateline-search";
    tool.summary = "search a news archive indexed by dateline-index";
    tool.usage = "[options] QUERY...\n[options] --facet FIELD... [QUERY...]";
    tool.description =
        "Searches the articles of one or more indexes built by dateline-index and prints the "
        "best matches: rank, date, title, people, places, id, source and a snippet with the "
        "query's words marked. The QUERY arguments are joined with spaces into one query: "
        "words (all must match), OR, NOT, brackets, \"phrases\", NEAR, wild* cards, and the "
        "fields title:, person:, place:, id: and date: (a day, month, year or range). The "
        "query language is described in docs/query-syntax.md. The query '*' matches every "
        "article; with --facet and no query, every article is counted.\n"
        "\n"
        "  dateline-search 'oil prices'\n"
        "  dateline-search -n 5 '\"interest rates\" place:japan date:1987-03'\n"
        "  dateline-search --facet person --facet date:month 'volcker OR greenspan'\n"
        "  dateline-search --timeline month oil --compare gold --plot oil.svg\n"
        "  dateline-search --significant person person:volcker\n"
        "  dateline-search --count -- -rates";
    tool.exit_status =
        "Exit status: 0 the query matches, 1 it matches nothing, 2 error (bad "
        "options, bad query, missing or incompatible index).";
    tool.sections = {
        {"Query words and options",
         "A query word that starts with '-' excludes articles with that word (-gas), and '+' "
         "requires it (+oil); both need no quoting. An argument is an option when it starts "
         "with \"--\" (--limit 5, --limit=5) or is '-' and one letter (-n 5); short options "
         "stand alone. Everything after \"--\" is query: write a one-letter exclusion, or a "
         "query that starts with \"--\", there.\n"
         "\n"
         "  dateline-search -n 3 oil -gas\n"
         "  dateline-search --count -- -x"},
        {"Environment",
         "DATELINE_INDEX is the index searched when no --index is given; else the config "
         "file's index, else $XDG_DATA_HOME/dateline/index, else "
         "~/.local/share/dateline/index. NO_COLOR (not empty) or TERM=dumb turn colour off "
         "under --color=auto. DATELINE_PAGER, else PAGER, is the pager output to a terminal "
         "goes through (default less, with LESS=FRX unless LESS is set; empty or cat: none). "
         "COLUMNS is the width when the terminal does not say. XDG_CONFIG_HOME and HOME locate "
         "the config file."},
        {"Files",
         "$XDG_CONFIG_HOME/dateline/config, else ~/.config/dateline/config (or --config "
         "FILE): \"key = value\" lines and # comments. index = DIR (repeatable) and color = "
         "auto|always|never and pager = auto|always|never set the defaults; under a [query] line, "
         "NAME = QUERY saves a query "
         "used as @NAME anywhere in a query. Command-line options win over the file.\n"
         "\n"
         "  index = ~/news.db\n"
         "  [query]\n"
         "  volcker-japan = person:volcker place:japan"},
    };
    tool.see_also = {"dateline-index(1)", "dateline-ner(1)", "xapian-tcpsrv(1)"};
    tool.operands = cli::OperandKind::QueryWords;
    tool.operand_name = "QUERY";
    tool.operand_words = query_field_prefixes();
    tool.value_hints = {
        {"index", cli::ValueKind::Directory, {}},
        {"sort", cli::ValueKind::Choice, {"relevance", "date", "-date"}},
        {"facet", cli::ValueKind::Choice, facet_request_names()},
        {"timeline", cli::ValueKind::Choice, granularity_names()},
        {"plot", cli::ValueKind::File, {}},
        {"significant", cli::ValueKind::Choice, significant_request_names()},
        {"color", cli::ValueKind::Choice, {"auto", "always", "never"}},
        {"format", cli::ValueKind::Choice, output_format_names()},
        {"date-order", cli::ValueKind::Choice, {"mdy", "dmy"}},
        {"generate", cli::ValueKind::Choice, {"man", "bash", "zsh"}},
        {"config", cli::ValueKind::File, {}},
    };
    return tool;
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

// Which of --show, --like, --kwic (at most one), and what each refuses.
Mode command_mode(const po::variables_map& vm, SearchCommand& command) {
    std::vector<std::string> given;
    for (const char* option : {"show", "like", "kwic"}) {
        if (vm.count(option) != 0) given.push_back(std::string("--") + option);
    }
    if (given.size() > 1) {
        throw UsageError(fmt::format("{} and {} cannot be combined", given[0], given[1]));
    }
    if (given.empty()) return Mode::Search;
    const std::string& option = given.front();
    const auto refuse = [&](const char* other, std::string_view why) {
        if (vm.count(other) != 0) {
            throw UsageError(
                fmt::format("{} cannot be combined with --{}: {}", option, other, why));
        }
    };
    if (option != "--like") {
        refuse("count", "it counts hits");
        refuse("facet", "it counts hits");
    }
    if (option == "--kwic") {
        if (command.request.query.empty()) throw UsageError("--kwic needs a query");
        return Mode::Kwic;
    }
    command.article_id = vm[option.substr(2)].as<std::string>();
    if (command.article_id.empty()) throw UsageError(option + " needs an article id");
    return option == "--show" ? Mode::Show : Mode::Like;
}

// --format, with --json as its short form.
OutputFormat output_format(const po::variables_map& vm) {
    const auto& name = vm["format"].as<std::string>();
    const auto format = parse_output_format(name);
    if (!format) {
        throw UsageError("--format must be text, json, jsonl, csv, tsv or ids, not '" + name + "'");
    }
    if (vm.count("json") == 0) return *format;
    if (!vm["format"].defaulted() && *format != OutputFormat::Json) {
        throw UsageError("--json and --format " + name + " contradict each other");
    }
    return OutputFormat::Json;
}

// --timeline, --compare, --plot and --significant: analyses shown instead of
// the hits, so --limit counts significant values then.
void parse_analysis_options(const po::variables_map& vm, SearchCommand& command) {
    SearchRequest& request = command.request;
    if (vm.count("timeline")) {
        const auto& text = vm["timeline"].as<std::string>();
        request.timeline = parse_granularity(text);
        if (!request.timeline) {
            throw UsageError("--timeline must be day, week, month or year, not '" + text + "'");
        }
    }
    if (vm.count("compare")) {
        if (!request.timeline) throw UsageError("--compare adds a series to --timeline; add one");
        request.compare = vm["compare"].as<std::vector<std::string>>();
    }
    if (vm.count("plot")) {
        if (!request.timeline) throw UsageError("--plot draws the --timeline chart; add one");
        command.plot_file = vm["plot"].as<std::string>();
        if (command.plot_file.empty()) throw UsageError("--plot needs a file name");
    }
    if (vm.count("significant")) {
        const auto& text = vm["significant"].as<std::string>();
        request.significant = parse_significant_request(text);
        if (!request.significant) {
            throw UsageError("--significant must be person, place, org or term, not '" + text +
                             "'");
        }
    }
    if (!request.timeline && !request.significant) return;
    const char* analysis = request.timeline ? "--timeline" : "--significant";
    if (command.mode != Mode::Search) {
        // --show, --kwic and --like answer with articles or lines, not counts.
        for (const char* other : {"show", "kwic", "like"}) {
            if (vm.count(other) != 0) {
                throw UsageError(fmt::format("{} cannot be combined with --{}", analysis, other));
            }
        }
    }
    if (request.count_only) {
        throw UsageError(fmt::format("--count and {} cannot be combined", analysis));
    }
    request.significant_limit = request.limit;
    request.limit = 0;
    request.snippets = false;
}

}  // namespace

const cli::Tool& search_tool() {
    static const cli::Tool tool = make_tool();
    return tool;
}

cli::OptionTable search_options() {
    cli::OptionTable table;
    // clang-format off
    table.add_group("Options").add_options()
        ("index,i", po::value<std::vector<std::string>>()->value_name("DIR"),
         "index to search: a folder built by dateline-index, or tcp://HOST:PORT; "
         "repeat to search several as one (default: $DATELINE_INDEX, else "
         "$XDG_DATA_HOME/dateline/index, else ~/.local/share/dateline/index)")
        ("limit,n", po::value<long long>()->value_name("N")->default_value(10),
         "show at most N hits (with --significant: N values)")
        ("offset", po::value<long long>()->value_name("N")->default_value(0),
         "skip the first N hits (paging)")
        ("sort", po::value<std::string>()->value_name("ORDER")->default_value("relevance"),
         "relevance, date (oldest first) or -date (newest first)")
        ("count", "print only the exact number of matching articles")
        ("all-copies", "list every matching article; by default near-duplicate copies of a "
         "story (wire updates, corrections, repeats) are one hit, the best ranked, with "
         "\"+N similar\" (JSON: \"similar\" ids). Totals, facets, --timeline and --significant "
         "count articles either way (docs/exploring.md)")
        ("show", po::value<std::string>()->value_name("ID"),
         "print the whole article ID: title, date, people, places, orgs, source and the "
         "body wrapped to the terminal; a QUERY marks its words")
        ("like", po::value<std::string>()->value_name("ID"),
         "the articles most like article ID, best first, ID itself left out; a QUERY only "
         "filters them (date:1987-04)")
        ("kwic", "keyword in context: every match of the query in the matching articles, one "
         "line each, matches aligned; --limit counts lines")
        ("format", po::value<std::string>()->value_name("FORMAT")->default_value("text"),
         "text; json (one object, docs/json-format.md); jsonl, csv, tsv (a record per hit, "
         "csv and tsv with a header row) or ids (one id per line): docs/output-formats.md")
        ("json", "the same as --format json")
        ("facet", po::value<std::vector<std::string>>()->value_name("FIELD"),
         "count matches by person, place, org or date[:year|month|week|day] (default month); "
         "repeatable, also for dates by several periods")
        ("facet-limit", po::value<long long>()->value_name("N")->default_value(10),
         "show the N most frequent people, places or orgs per facet (0: all)")
        ("timeline", po::value<std::string>()->value_name("PERIOD"),
         "instead of hits, the matches over time by day, week, month or year: every period "
         "of the range with its count and its share of the period's articles (docs/trends.md)")
        ("compare", po::value<std::vector<std::string>>()->value_name("QUERY"),
         "with --timeline: another query drawn beside the first; repeatable")
        ("plot", po::value<std::string>()->value_name("FILE"),
         "with --timeline: also write the chart to FILE as SVG")
        ("significant", po::value<std::string>()->value_name("FIELD"),
         "instead of hits, the people (person), places (place), organisations (org) or words "
         "(term) unusually common in the matches compared with the whole archive "
         "(docs/significant.md)")
        ("color", po::value<std::string>()->value_name("WHEN")->default_value("auto"),
         "auto, always or never; auto colours a terminal unless TERM=dumb or NO_COLOR is set")
        ("no-snippets", "do not show text extracts")
        ("width", po::value<long long>()->value_name("N"),
         "fit text to N columns: snippets and --show bodies wrap at spaces, name lists are cut "
         "(0: no wrapping; default: the terminal's width, no wrapping when not a terminal)")
        ("no-pager", "do not page output longer than the screen (default on a terminal: "
         "$DATELINE_PAGER, else $PAGER, else less -FRX)")
        ("date-order", po::value<std::string>()->value_name("ORDER")->default_value("mdy"),
         "how date:1/3/2021 is read: mdy (3 January) or dmy (1 March)")
        ("quiet,q", "print nothing: the exit status says whether the query matches")
        ("config", po::value<std::string>()->value_name("FILE"),
         "read the default index, colour and saved queries (@name) from FILE instead of "
         "$XDG_CONFIG_HOME/dateline/config or ~/.config/dateline/config (docs/config.md)");
    // clang-format on
    cli::add_standard_options(*table.find_group("Options"));
    return table;
}

std::optional<SearchCommand> parse_search_command(int argc, const char* const* argv) {
    const cli::OptionTable table = search_options();
    const auto parsed =
        cli::parse_command_line(argc, argv, table.all(), cli::OperandKind::QueryWords);
    const po::variables_map& vm = parsed.values;
    if (cli::answer_standard_options(search_tool(), table, vm)) return std::nullopt;

    SearchCommand command;
    const SearchConfig config = read_search_config(
        vm.count("config") != 0
            ? std::optional<std::filesystem::path>(vm["config"].as<std::string>())
            : std::nullopt);
    // --index, else $DATELINE_INDEX, else the config file's, else the default.
    const char* environment_index = std::getenv(schema::kIndexEnvironmentVariable);
    if (vm.count("index")) {
        command.indexes = vm["index"].as<std::vector<std::string>>();
    } else if ((environment_index == nullptr || *environment_index == '\0') &&
               !config.indexes.empty()) {
        command.indexes = config.indexes;
    } else {
        command.indexes.push_back(schema::default_index_path().string());
    }
    command.saved_queries = SavedQueries(config.queries);

    for (const auto& word : parsed.operands) {
        if (!command.request.query.empty()) command.request.query += ' ';
        command.request.query += word;
    }

    SearchRequest& request = command.request;
    request.limit = doc_count_option(vm, "limit");
    request.offset = doc_count_option(vm, "offset");
    request.facet_limit = non_negative(vm, "facet-limit");
    request.count_only = vm.count("count") > 0;
    request.all_copies = vm.count("all-copies") > 0;
    request.snippets = vm.count("no-snippets") == 0;
    command.format = output_format(vm);
    command.quiet = vm.count("quiet") > 0;

    const auto& sort = vm["sort"].as<std::string>();
    const auto order = parse_sort_order(sort);
    if (!order) throw UsageError("--sort must be relevance, date or -date, not '" + sort + "'");
    request.sort = *order;

    const auto& date_order = vm["date-order"].as<std::string>();
    const auto parsed_order = schema::parse_date_order(date_order);
    if (!parsed_order)
        throw UsageError("--date-order must be mdy or dmy, not '" + date_order + "'");
    command.date_order = *parsed_order;

    const auto& color = vm["color"].as<std::string>();
    const auto mode = parse_color_mode(color);
    if (!mode) throw UsageError("--color must be auto, always or never, not '" + color + "'");
    command.color = vm["color"].defaulted() && config.color ? *config.color : *mode;
    command.pager = vm.count("no-pager") != 0 ? cli::PagerMode::Never
                                              : config.pager.value_or(cli::PagerMode::Auto);
    if (vm.count("width") != 0) command.width = non_negative(vm, "width");

    if (vm.count("facet")) {
        for (const auto& text : vm["facet"].as<std::vector<std::string>>()) {
            const auto facet = parse_facet_request(text);
            if (!facet) {
                throw UsageError(
                    "--facet must be person, place, org or date[:year|month|week|day], not '" +
                    text + "'");
            }
            // Dates may be counted by several periods at once (year and day).
            for (const auto& seen : request.facets) {
                if (seen == *facet || (!facet->is_date() && seen.field == facet->field)) {
                    throw UsageError(fmt::format("--facet {} given twice", text));
                }
            }
            request.facets.push_back(*facet);
        }
    }
    command.mode = command_mode(vm, command);
    parse_analysis_options(vm, command);
    // Facets without a query count the whole archive. A bare command stays
    // an error: searching everything for nothing in particular is more
    // likely a slip than a wish, and `*` says it on purpose. --show and
    // --like need no query: the article is the subject.
    const bool about_article = command.mode == Mode::Show || command.mode == Mode::Like;
    if (request.query.empty() && !about_article) {
        if (request.facets.empty()) {
            throw UsageError(
                fmt::format("no query given ('{}' matches every article)", kMatchAllQuery));
        }
        request.query = kMatchAllQuery;
    }
    if (is_record_format(command.format) && command.mode != Mode::Show) {
        // Records are hits: a number or a table of counts is no record.
        const auto format = output_format_name(command.format);
        if (request.count_only) {
            throw UsageError(fmt::format(
                "--count prints a number; it cannot be written as --format {} (use text or json)",
                format));
        }
        if (!request.facets.empty()) {
            throw UsageError(fmt::format(
                "--facet counts are shown by --format text or json, not --format {}", format));
        }
        if (request.timeline || request.significant) {
            throw UsageError(fmt::format("--{} is shown by --format text or json, not --format {}",
                                         request.timeline ? "timeline" : "significant", format));
        }
    }
    if (command.quiet) request.count_only = true;  // only the total decides the exit status
    return command;
}

}  // namespace dateline::searcher::tool
