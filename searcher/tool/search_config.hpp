#pragma once
// The config file of dateline-search (docs/config.md): default index,
// colour and paging, and saved queries.
//
//   # ~/.config/dateline/config
//   index = ~/news.db          # repeatable: several are searched as one
//   color = auto               # auto, always or never
//   pager = auto               # auto, always or never
//
//   [query]
//   volcker-japan = person:volcker place:japan
//
// The file is --config FILE, else $XDG_CONFIG_HOME/dateline/config, else
// ~/.config/dateline/config. Read with Boost.Program_options' config file
// parser ("key = value" lines, '#' comments, [section] headers).

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dateline/cli/pager.hpp"
#include "dateline/searcher/color.hpp"

namespace dateline::searcher::tool {

/// A config file that cannot be used: the message names the file and what
/// is wrong. The tool exits 2.
class ConfigError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct SearchConfig {
    std::filesystem::path path;           ///< the file read; empty when there was none
    std::vector<std::string> indexes;     ///< `index =` lines, `~/` and relative paths resolved
    std::optional<ColorMode> color;       ///< `color =`
    std::optional<cli::PagerMode> pager;  ///< `pager =`
    std::map<std::string, std::string, std::less<>> queries;  ///< `[query]` name -> query
};

/// $XDG_CONFIG_HOME/dateline/config, else ~/.config/dateline/config; empty
/// when neither variable is set.
[[nodiscard]] std::filesystem::path default_config_path();

/// Reads `given` (--config), which must exist, or else the default file if
/// there is one (no file: an empty config). An `index` path starting with
/// "~/" is in the home folder; another relative path is relative to the
/// config file's folder. Throws ConfigError for an unreadable file, a line
/// that is not "key = value", an unknown key, a bad colour, pager or query name, or
/// a query name given twice.
[[nodiscard]] SearchConfig read_search_config(const std::optional<std::filesystem::path>& given);

}  // namespace dateline::searcher::tool
