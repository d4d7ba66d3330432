#pragma once
// The dateline-search command line: its description and option table (from
// which --help, the man page and the shell completions are generated, see
// dateline/cli/) and the SearchCommand value they parse into.

#include <optional>
#include <string>
#include <vector>

#include "dateline/cli/option_table.hpp"
#include "dateline/cli/pager.hpp"
#include "dateline/cli/tool.hpp"
#include "dateline/schema/date_parsing.hpp"
#include "dateline/searcher/color.hpp"
#include "dateline/searcher/output_format.hpp"
#include "dateline/searcher/saved_queries.hpp"
#include "dateline/searcher/search_request.hpp"

namespace dateline::searcher::tool {

enum class Mode {
    Search,  ///< hits for the query (the default)
    Show,    ///< --show ID: one whole article
    Like,    ///< --like ID: the articles most like one
    Kwic,    ///< --kwic: every match in context
};

/// What the user asked dateline-search to do.
struct SearchCommand {
    Mode mode = Mode::Search;
    std::string article_id;            ///< for Show and Like
    std::vector<std::string> indexes;  ///< locations, as given (at least one)
    SearchRequest request;
    std::string plot_file;  ///< --plot: where to write the timeline as SVG; empty: nowhere
    OutputFormat format = OutputFormat::Text;  ///< --format, or --json
    bool quiet = false;                        ///< print nothing; the exit status answers
    ColorMode color = ColorMode::Auto;
    /// --no-pager, else the config file's `pager`, else Auto.
    cli::PagerMode pager = cli::PagerMode::Auto;
    /// --width: columns to fit text to (0: no wrapping); nullopt: the
    /// terminal's width on a terminal, no wrapping otherwise.
    std::optional<std::size_t> width;
    schema::DateOrder date_order = schema::DateOrder::MonthFirst;  ///< --date-order
    SavedQueries saved_queries;  ///< from the config file's [query] section
};

[[nodiscard]] const cli::Tool& search_tool();
[[nodiscard]] cli::OptionTable search_options();

/// Parses the command line. nullopt when a standard option (--help,
/// --version, --generate) was answered. Throws cli::UsageError.
[[nodiscard]] std::optional<SearchCommand> parse_search_command(int argc, const char* const* argv);

}  // namespace dateline::searcher::tool
