// dateline-index: reads articles from files and folders into a Xapian index.
//
// Exit status: 0 every article indexed; 1 finished, but some articles or
// files were skipped (each reported on stderr as "file:line: reason");
// 2 usage or fatal error; 3 another dateline-index holds the index.

#include <fmt/format.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "dateline/indexer/index_writer.hpp"
#include "dateline/indexer/indexing_run.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/index_location.hpp"

namespace po = boost::program_options;
namespace ix = dateline::indexer;

namespace {

constexpr const char* kProgram = "dateline-index";
constexpr const char* kVersion = "0.1.0";

enum ExitStatus : int { kOk = 0, kSkipped = 1, kError = 2, kLocked = 3 };

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

po::options_description make_options() {
    po::options_description options(
        "Usage: dateline-index [options] PATH...\n"
        "Reads articles (text, Reuters-21578 SGML, JSON Lines) from each PATH (a file, or a\n"
        "folder searched recursively) and adds them to the index, replacing articles\n"
        "with the same id.\n\nOptions");
    options.add_options()                                          //
        ("index,i", po::value<std::string>(),                      //
         "index location (default: $DATELINE_INDEX, else $XDG_DATA_HOME/dateline/index, "
         "else ~/.local/share/dateline/index)")                    //
        ("format,f", po::value<std::string>(),                     //
         "read every file as text, reuters or jsonl (default: detect per file)")  //
        ("exclude", po::value<std::vector<std::string>>()->composing(),
         "skip files whose name or relative path matches this glob (repeatable)")  //
        ("lang", po::value<std::string>()->default_value("english"),
         "Snowball stemming language (english, french, german, ..., none)")  //
        ("no-spelling", "do not build the spelling dictionary (faster; no \"did you mean\")")  //
        ("batch-size", po::value<std::size_t>()->default_value(2000),
         "articles per commit")                                    //
        ("quiet,q", "print nothing but problems")                  //
        ("help,h", "show this help")                               //
        ("version", "show the version");
    return options;
}

ix::IndexingOptions parse_command_line(int argc, char** argv, const po::options_description& visible,
                                       po::variables_map& vm) {
    po::options_description all;
    all.add(visible).add_options()("path", po::value<std::vector<std::string>>());
    po::positional_options_description positional;
    positional.add("path", -1);
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    ix::IndexingOptions options;
    if (vm.count("help") || vm.count("version")) return options;
    if (!vm.count("path")) throw UsageError("no PATH given: name the files or folders to index");
    for (const auto& path : vm["path"].as<std::vector<std::string>>()) options.inputs.emplace_back(path);
    options.index_path = vm.count("index") ? std::filesystem::path(vm["index"].as<std::string>())
                                           : dateline::schema::default_index_path();
    if (vm.count("format")) {
        const auto& name = vm["format"].as<std::string>();
        options.discovery.forced_format = ix::parse_format(name);
        if (!options.discovery.forced_format) {
            throw UsageError("unknown format '" + name + "' (use text, reuters or jsonl)");
        }
    }
    if (vm.count("exclude")) options.discovery.exclude_globs = vm["exclude"].as<std::vector<std::string>>();
    options.language = vm["lang"].as<std::string>();
    (void)dateline::schema::make_stemmer(options.language);  // validates early, with the list
    options.spelling = vm.count("no-spelling") == 0;
    options.batch_size = vm["batch-size"].as<std::size_t>();
    if (options.batch_size == 0) throw UsageError("--batch-size must be at least 1");
    return options;
}

int run(int argc, char** argv) {
    const auto visible = make_options();
    po::variables_map vm;
    const auto options = parse_command_line(argc, argv, visible, vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return kOk;
    }
    if (vm.count("version")) {
        std::cout << kProgram << ' ' << kVersion << " (Xapian " << Xapian::version_string() << ")\n";
        return kOk;
    }
    const bool quiet = vm.count("quiet") > 0;
    const auto summary = ix::run_indexing(options, [](const ix::Diagnostic& diagnostic) {
        std::cerr << diagnostic.to_string() << '\n';
    });
    if (!quiet) {
        std::cerr << kProgram << ": " << summary.to_string() << "; index " << options.index_path.string()
                  << " holds " << summary.documents_in_index << " articles\n";
    }
    return summary.skipped == 0 ? kOk : kSkipped;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << kProgram << ": error: " << e.what() << "\nTry '" << kProgram << " --help'.\n";
    } catch (const ix::IndexLockedError& e) {
        std::cerr << kProgram << ": error: " << e.what() << '\n';
        return kLocked;
    } catch (const std::invalid_argument& e) {
        std::cerr << kProgram << ": error: " << e.what() << '\n';
    } catch (const Xapian::Error& e) {
        std::cerr << kProgram << ": error: " << e.get_description() << '\n';
    } catch (const std::exception& e) {
        std::cerr << kProgram << ": error: " << e.what() << '\n';
    }
    return kError;
}
