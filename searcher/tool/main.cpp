// dateline-search: searches a Dateline index from the command line.
//
// Exit status: 0 when the query matches, 1 when it matches nothing, 2 on any
// error (bad options, bad query, missing or incompatible index). Errors go to
// stderr as "dateline-search: error: ..."; stdout only ever carries results.
// The options are in search_command.cpp.

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "dateline/cli/errors.hpp"
#include "dateline/searcher/index.hpp"
#include "dateline/searcher/json_printer.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "dateline/searcher/record_printer.hpp"
#include "dateline/searcher/searcher.hpp"
#include "dateline/searcher/text_printer.hpp"
#include "search_command.hpp"

namespace {

namespace ds = dateline::searcher;
namespace cli = dateline::cli;

constexpr std::string_view kProgram = "dateline-search";

constexpr int kExitMatches = 0;
constexpr int kExitNoMatches = 1;

void print_query_error(const ds::QueryError& error, std::string_view query) {
    cli::print_error(kProgram, error.what());
    if (error.where()) {
        fmt::print(stderr, "  {}\n  {}\n", query, ds::format_query_caret(query, *error.where()));
    }
}

int run(int argc, char** argv) {
    const auto command = ds::tool::parse_search_command(argc, argv);
    if (!command) return cli::flush_stdout(kProgram) ? kExitMatches : cli::kExitError;

    ds::SearchResult result;
    try {
        ds::Searcher searcher(ds::open_index(command->indexes));
        result = searcher.search(command->request);
    } catch (const ds::QueryError& e) {
        print_query_error(e, command->request.query);
        return cli::kExitError;
    }

    const int status = result.total > 0 ? kExitMatches : kExitNoMatches;
    if (command->quiet) return status;
    if (command->format == ds::OutputFormat::Json) {
        ds::print_json(std::cout, result);
    } else if (ds::is_record_format(command->format)) {
        ds::print_records(std::cout, result, command->format);
    } else if (command->request.count_only) {
        std::cout << result.total << '\n';
    } else {
        const char* term = std::getenv("TERM");
        const char* no_color = std::getenv("NO_COLOR");
        ds::TextPrintOptions options;
        options.color = ds::use_color(command->color, isatty(STDOUT_FILENO) == 1, term, no_color);
        ds::print_text(std::cout, result, options);
    }
    return cli::flush_stdout(kProgram) ? status : cli::kExitError;
}

}  // namespace

int main(int argc, char** argv) {
    cli::ignore_broken_pipe();
    try {
        return run(argc, argv);
    } catch (...) {
        return cli::report_current_exception(kProgram);
    }
}
