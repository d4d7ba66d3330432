// dateline-search: searches a Dateline index from the command line.
//
// Exit status: 0 when the query matches (or the article asked for exists), 1
// when it matches nothing (or there is no such article), 2 on any error (bad
// options, bad query, missing or incompatible index). Errors go to stderr as
// "dateline-search: error: ..."; stdout only ever carries results. The
// options are in search_command.cpp.

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include "dateline/cli/errors.hpp"
#include "dateline/cli/pager.hpp"
#include "dateline/cli/text_width.hpp"
#include "dateline/searcher/index.hpp"
#include "dateline/searcher/json_printer.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "dateline/searcher/record_printer.hpp"
#include "dateline/searcher/searcher.hpp"
#include "dateline/searcher/svg_chart.hpp"
#include "dateline/searcher/text_printer.hpp"
#include "search_command.hpp"

namespace {

namespace ds = dateline::searcher;
namespace cli = dateline::cli;
using ds::tool::Mode;
using ds::tool::SearchCommand;

constexpr std::string_view kProgram = "dateline-search";

constexpr int kExitMatches = 0;
constexpr int kExitNoMatches = 1;

void print_query_error(const ds::QueryError& error, std::string_view query) {
    cli::print_error(kProgram, error.what());
    // The error may be in a --compare query rather than the main one.
    if (error.query()) query = *error.query();
    if (error.where()) {
        fmt::print(stderr, "  {}\n  {}\n", query, ds::format_query_caret(query, *error.where()));
    }
}

// Writes the timeline chart to `path`; false (after saying why) on failure.
bool write_plot(const std::string& path, const ds::Timeline& timeline) {
    errno = 0;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) ds::write_timeline_svg(out, timeline);
    out.close();
    if (!out) {
        cli::print_error(kProgram, fmt::format("cannot write {}: {}", path,
                                               errno != 0 ? std::strerror(errno) : "write failed"));
        return false;
    }
    return true;
}

// Where results go: standard output, through a pager when it is a terminal
// (cli/pager.hpp). Decided before the pager takes standard output over, so
// colour and width are the terminal's.
class Output {
  public:
    explicit Output(const SearchCommand& command) {
        const bool terminal = isatty(STDOUT_FILENO) == 1;
        text_.color =
            ds::use_color(command.color, terminal, std::getenv("TERM"), std::getenv("NO_COLOR"));
        // Piped output is not wrapped unless asked (as grep and git): a
        // program reading it wants the lines whole.
        text_.width = command.width.value_or(terminal ? cli::terminal_width(STDOUT_FILENO) : 0);
        pager_command_ = cli::pager_command(command.pager, terminal, std::getenv("DATELINE_PAGER"),
                                            std::getenv("PAGER"));
    }

    [[nodiscard]] const ds::TextPrintOptions& text() const { return text_; }

    /// Called before the first result is written: only then is the pager
    /// started, so that an error (on stderr) never waits behind it.
    void start() {
        if (pager_command_ && !pager_) pager_.emplace(*pager_command_);
    }

  private:
    ds::TextPrintOptions text_;
    std::optional<std::string> pager_command_;
    std::optional<cli::Pager> pager_;  // last: flushed and waited for first
};

// Writes `value` (a SearchResult, an ArticleView or a KwicResult) in the
// command's format.
template <typename Value>
void print(const SearchCommand& command, Output& output, const Value& value) {
    output.start();
    if (command.format == ds::OutputFormat::Json) {
        ds::print_json(std::cout, value);
    } else if (ds::is_record_format(command.format)) {
        ds::print_records(std::cout, value, command.format);
    } else {
        ds::print_text(std::cout, value, output.text());
    }
}

// --show and --like name an article; there may be none with that id.
int no_such_article(const SearchCommand& command) {
    std::cout.flush();
    fmt::print(stderr, "{}: no article has the id '{}'\n", kProgram, command.article_id);
    return kExitNoMatches;
}

int run_command(ds::Searcher& searcher, const SearchCommand& command, Output& output) {
    switch (command.mode) {
        case Mode::Show: {
            const auto article = searcher.show(command.article_id, command.request.query);
            if (!article) return no_such_article(command);
            if (!command.quiet) print(command, output, *article);
            return kExitMatches;
        }
        case Mode::Kwic: {
            const auto result = searcher.kwic(command.request);
            if (!command.quiet) print(command, output, result);
            return result.total > 0 ? kExitMatches : kExitNoMatches;
        }
        case Mode::Like:
        case Mode::Search:
            break;
    }
    ds::SearchResult result;
    if (command.mode == Mode::Like) {
        auto like = searcher.like(command.article_id, command.request);
        if (!like) return no_such_article(command);
        result = std::move(*like);
    } else {
        result = searcher.search(command.request);
    }
    if (!command.plot_file.empty() && result.timeline &&
        !write_plot(command.plot_file, *result.timeline)) {
        return cli::kExitError;
    }
    const int status = result.total > 0 ? kExitMatches : kExitNoMatches;
    if (command.quiet) return status;
    if (command.request.count_only && command.format == ds::OutputFormat::Text) {
        std::cout << result.total << '\n';
    } else {
        print(command, output, result);
    }
    return status;
}

int run(int argc, char** argv) {
    const auto command = ds::tool::parse_search_command(argc, argv);
    if (!command) return cli::flush_stdout(kProgram) ? kExitMatches : cli::kExitError;

    int status = kExitMatches;
    Output output(*command);
    try {
        ds::Searcher searcher(ds::open_index(command->indexes), command->date_order,
                              command->saved_queries);
        status = run_command(searcher, *command, output);
    } catch (const ds::QueryError& e) {
        print_query_error(e, command->request.query);
        return cli::kExitError;
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
