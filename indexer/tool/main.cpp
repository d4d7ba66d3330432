// dateline-index: reads articles from files and folders into a Xapian index.
//
// Exit status: 0 every article indexed; 1 finished, but some articles or
// files were skipped or could not be read, or files that had problems in an
// earlier run are unchanged (each reported on stderr as "file:line:
// reason"); 2 usage or fatal error (the previous index is left
// intact); 3 another dateline-index holds the index.

#include <unistd.h>

#include <boost/program_options.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dateline/cli/command_line.hpp"
#include "dateline/cli/errors.hpp"
#include "dateline/cli/option_table.hpp"
#include "dateline/cli/standard_options.hpp"
#include "dateline/cli/usage_error.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/indexer/index_status.hpp"
#include "dateline/indexer/index_store.hpp"
#include "dateline/indexer/index_writer.hpp"
#include "dateline/indexer/indexing_run.hpp"
#include "dateline/indexer/run_report.hpp"
#include "dateline/indexer/text_entity_extractor.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_location.hpp"
#include "progress_bar.hpp"

namespace po = boost::program_options;
namespace ix = dateline::indexer;
namespace cli = dateline::cli;
using cli::UsageError;

namespace {

constexpr const char* kProgram = "dateline-index";

enum ExitStatus : int { kOk = 0, kSkipped = 1, kError = cli::kExitError, kLocked = 3 };

cli::Tool make_tool() {
    cli::Tool tool;
    tool.name = kProgram;
    tool.summary = "index news articles for dateline-search";
    tool.usage = "[options] [PATH...]";
    tool.description =
        "Brings the index up to date with the articles (text, Reuters-21578 SGML, JSON Lines or "
        "arrays, CSV) in each PATH (a file, or a folder searched recursively): new and changed "
        "files are "
        "read, articles of files that are gone are removed, and the change is committed at "
        "once, so searches see the old index or the new one. The index remembers each PATH "
        "as a collection: a new PATH adds one, a run without PATH updates them all, "
        "--forget removes one, and files only go away from the collection that held them. A "
        "PATH inside a collection updates that part of it; a PATH that holds a collection is "
        "refused. Unless --no-extract is given, "
        "people and places are also found in the text. A malformed article or an unreadable "
        "file is reported on stderr as file:line: reason and skipped; the rest is indexed.\n"
        "\n"
        "  dateline-index -i ~/news.db ~/archive\n"
        "  dateline-index -i ~/news.db\n"
        "  dateline-index -i ~/news.db --forget ~/old-archive\n"
        "  dateline-index -i ~/news.db --rebuild --shards 4 ~/archive";
    tool.exit_status =
        "Exit status: 0 all indexed, 1 some articles or files skipped (in this run, or in an "
        "earlier one for files still unchanged), 2 error (the previous "
        "index is unchanged), 3 another dateline-index is running on the index.";
    tool.sections = {
        {"Environment",
         "DATELINE_INDEX is the index written when no --index is given; else "
         "$XDG_DATA_HOME/dateline/index, else ~/.local/share/dateline/index. "
         "DATELINE_NER_MODEL is the folder of the extraction model when no --ner-model is "
         "given."},
    };
    tool.see_also = {"dateline-search(1)", "dateline-ner(1)"};
    tool.operands = cli::OperandKind::Files;
    tool.operand_name = "PATH";
    tool.value_hints = {
        {"index", cli::ValueKind::Directory, {}},
        {"format", cli::ValueKind::Choice, {"text", "reuters", "jsonl", "csv"}},
        {"date-order", cli::ValueKind::Choice, {"mdy", "dmy"}},
        {"ner-model", cli::ValueKind::Directory, {}},
        {"forget", cli::ValueKind::Directory, {}},
        {"report", cli::ValueKind::File, {}},
        {"generate", cli::ValueKind::Choice, {"man", "bash", "zsh"}},
    };
    return tool;
}

const cli::Tool& index_tool() {
    static const cli::Tool tool = make_tool();
    return tool;
}

cli::OptionTable make_options() {
    cli::OptionTable table;
    auto& options = table.add_group("Options");
    // clang-format off
    options.add_options()
        ("index,i", po::value<std::string>()->value_name("DIR"),
         "index folder (default: $DATELINE_INDEX, else $XDG_DATA_HOME/dateline/index, "
         "else ~/.local/share/dateline/index)")
        ("rebuild", "build a complete new index beside the live one, then swap it in")
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "read every file as text, reuters, jsonl or csv (default: detect per file)")
        ("exclude", po::value<std::vector<std::string>>()->value_name("GLOB")->composing(),
         "skip files whose name or relative path matches this glob (repeatable)")
        ("date-order", po::value<std::string>()->value_name("ORDER")->default_value("mdy"),
         "how dates like 1/3/2021 are read: mdy (3 January) or dmy (1 March)")
        ("lang", po::value<std::string>()->value_name("LANGUAGE")
                     ->default_value(std::string(dateline::schema::text::kDefaultLanguage)),
         "Snowball stemming language (english, french, german, ..., none)")
        ("no-extract", "do not look for people and places in the text (metadata only)")
        ("ner-model", po::value<std::string>()->value_name("DIR"),
         "folder with ner.model and gazetteer.bin (default: $DATELINE_NER_MODEL if set, else the "
         "installed model)")
        ("no-spelling", "do not build the spelling dictionary (faster; no \"did you mean\")")
        ("no-compact", "do not compact a new index before swapping it in (faster, larger)")
        ("threads", po::value<std::size_t>()->value_name("N"),
         "threads reading, extracting and building documents ahead of the writers "
         "(default: one per core)")
        ("writers", po::value<std::size_t>()->value_name("N")->default_value(2),
         "threads storing documents while building a new index, each into a part that "
         "the compaction merges (--no-compact: one)")
        ("shards", po::value<std::size_t>()->value_name("N"),
         "spread the articles over N databases by a hash of their id, searched as one "
         "(default: as the index has, 1 for a new one; changing it needs --rebuild)")
        ("batch-size", po::value<std::size_t>()->value_name("N")->default_value(2000),
         "articles each database buffers between flushes while building a new index")
        ("database-articles", po::value<std::size_t>()->value_name("N")->default_value(100000),
         "articles each writer stores in one database while building a new index before it "
         "starts another, all merged by the compaction (0: no limit)")
        ("forget", po::value<std::string>()->value_name("PATH"),
         "remove the collection PATH (its folder, or its name as --status shows it) and all "
         "its articles from the index, and nothing else")
        ("status", "list the index's collections (root, articles, last run, files still "
         "failing) and exit")
        ("report", po::value<std::string>()->value_name("FILE"),
         "write the summary and every problem as JSON to this file")
        ("quiet,q", "print nothing but problems");
    // clang-format on
    cli::add_standard_options(options);
    return table;
}

// nullopt when a standard option (--help, --version, --generate) was answered.
std::optional<ix::IndexingOptions> parse_command_line(int argc, char** argv,
                                                      po::variables_map& vm) {
    const cli::OptionTable table = make_options();
    auto parsed = cli::parse_command_line(argc, argv, table.all(), cli::OperandKind::Files);
    vm = std::move(parsed.values);
    if (cli::answer_standard_options(index_tool(), table, vm)) return std::nullopt;
    ix::IndexingOptions options;
    for (const auto& path : parsed.operands) options.inputs.emplace_back(path);
    options.index_path = vm.count("index") ? std::filesystem::path(vm["index"].as<std::string>())
                                           : dateline::schema::default_index_path();
    if (vm.count("forget")) {
        if (!parsed.operands.empty()) {
            throw UsageError("--forget removes a collection and reads nothing: give no PATH");
        }
        for (const char* other : {"rebuild", "status"}) {
            if (vm.count(other)) {
                throw UsageError(std::string("--forget cannot be combined with --") + other);
            }
        }
        options.forget = std::filesystem::path(vm["forget"].as<std::string>());
        if (options.forget->empty()) throw UsageError("--forget needs a PATH");
        if (!std::filesystem::exists(options.index_path / "XAPIANDB")) {
            throw UsageError("there is no index at " + options.index_path.string() +
                             ": nothing to forget");
        }
    }
    if (parsed.operands.empty() && !vm.count("status") &&
        !std::filesystem::exists(options.index_path / "XAPIANDB")) {
        throw UsageError("no PATH given, and there is no index at " + options.index_path.string() +
                         " to remember any: name the files or folders to index");
    }
    if (vm.count("format")) {
        const auto& name = vm["format"].as<std::string>();
        options.discovery.forced_format = ix::parse_format(name);
        if (!options.discovery.forced_format) {
            throw UsageError("unknown format '" + name + "' (use text, reuters, jsonl or csv)");
        }
    }
    if (vm.count("exclude"))
        options.discovery.exclude_globs = vm["exclude"].as<std::vector<std::string>>();
    const auto& date_order = vm["date-order"].as<std::string>();
    const auto parsed_order = dateline::schema::parse_date_order(date_order);
    if (!parsed_order)
        throw UsageError("--date-order must be mdy or dmy, not '" + date_order + "'");
    options.date_order = *parsed_order;
    ix::IndexWriterOptions& writer = options.writer;
    writer.language = vm["lang"].as<std::string>();
    try {
        (void)dateline::schema::make_stemmer(writer.language);  // fail early, listing languages
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    writer.rebuild = vm.count("rebuild") > 0;
    writer.spelling = vm.count("no-spelling") == 0;
    writer.compact = vm.count("no-compact") == 0;
    if (vm.count("threads")) {
        options.threads = vm["threads"].as<std::size_t>();
        if (options.threads == 0) throw UsageError("--threads must be at least 1");
    }
    writer.writers = vm["writers"].as<std::size_t>();
    if (writer.writers == 0) throw UsageError("--writers must be at least 1");
    if (vm.count("shards")) {
        writer.shards = vm["shards"].as<std::size_t>();
        if (writer.shards == 0 || writer.shards > 256) {
            throw UsageError("--shards must be between 1 and 256");
        }
    }
    writer.batch_size = vm["batch-size"].as<std::size_t>();
    writer.database_articles = vm["database-articles"].as<std::size_t>();
    if (writer.batch_size == 0) throw UsageError("--batch-size must be at least 1");
    return options;
}

void write_report(const std::string& path, const std::filesystem::path& index,
                  const ix::IndexingSummary& summary, int status,
                  const std::vector<ix::Diagnostic>& problems) {
    const auto figures = ix::index_figures(index);
    std::ofstream out(path, std::ios::trunc);
    out << ix::run_report_json(summary, status, problems, figures.collections);
    if (!out) cli::print_error(kProgram, "cannot write report " + path);
}

int run(int argc, char** argv) {
    po::variables_map vm;
    auto parsed = parse_command_line(argc, argv, vm);
    if (!parsed) return cli::flush_stdout(kProgram) ? kOk : kError;
    ix::IndexingOptions& options = *parsed;
    if (vm.count("status")) {
        std::cout << ix::index_status(options.index_path);
        return cli::flush_stdout(kProgram) ? kOk : kError;
    }
    std::unique_ptr<ix::TextEntityExtractor> extractor;
    if (!vm.count("no-extract") && !options.forget) {
        const std::filesystem::path model_dir =
            vm.count("ner-model") ? std::filesystem::path(vm["ner-model"].as<std::string>())
                                  : dateline::extractor::find_model_dir(argv[0], "--ner-model");
        extractor = std::make_unique<ix::TextEntityExtractor>(model_dir);
        options.enrichment.extractor = extractor.get();
    }
    const bool quiet = vm.count("quiet") > 0;
    ix::ProgressBar progress(!quiet && ::isatty(STDERR_FILENO) == 1);
    if (progress.enabled()) {
        options.on_progress = [&](const ix::IndexingProgress& p) { progress.update(p); };
    }
    std::vector<ix::Diagnostic> problems;
    const auto summary = ix::run_indexing(options, [&](const ix::Diagnostic& diagnostic) {
        progress.clear();
        std::cerr << diagnostic.to_string() << '\n';
        problems.push_back(diagnostic);
    });
    progress.clear();
    const int status = summary.incomplete() ? kSkipped : kOk;
    if (!quiet) std::cerr << kProgram << ": " << summary.to_string() << '\n';
    if (!summary.facet_store_problem.empty()) {
        std::cerr << kProgram << ": warning: " << summary.facet_store_problem
                  << " (the index is complete; facets are counted without the store)\n";
    }
    if (vm.count("report")) {
        write_report(vm["report"].as<std::string>(), options.index_path, summary, status, problems);
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const ix::IndexLockedError& e) {
        cli::print_error(kProgram, e.what());
        return kLocked;
    } catch (const dateline::extractor::ModelError& e) {
        // A model that is not found names --ner-model itself (model_location.hpp).
        cli::print_error(kProgram,
                         std::string(e.what()) + " (or --no-extract to index without extraction)");
        return kError;
    } catch (...) {
        return cli::report_current_exception(kProgram, " (the previous index is unchanged)");
    }
}
