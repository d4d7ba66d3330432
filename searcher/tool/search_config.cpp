#include "search_config.hpp"

#include <boost/program_options.hpp>
#include <cstdlib>
#include <fstream>

#include "dateline/searcher/saved_queries.hpp"

namespace dateline::searcher::tool {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr std::string_view kQuerySection = "query.";

std::optional<fs::path> environment_path(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return std::nullopt;
    return fs::path(value);
}

// A path of an `index =` line: "~/" is the home folder, tcp:// and absolute
// paths stay, other relative paths are relative to the config's folder.
std::string resolve_index(const std::string& location, const fs::path& config) {
    if (location.find("://") != std::string::npos) return location;
    if (location == "~" || location.starts_with("~/")) {
        if (const auto home = environment_path("HOME")) {
            return (*home / location.substr(location == "~" ? 1 : 2)).string();
        }
        return location;
    }
    const fs::path path(location);
    if (path.is_absolute()) return location;
    return (config.parent_path() / path).lexically_normal().string();
}

SearchConfig parse(std::istream& in, const fs::path& path) {
    const std::string where = path.string();
    po::options_description settings;
    settings.add_options()                                             //
        ("index", po::value<std::vector<std::string>>()->composing())  //
        ("color", po::value<std::string>())                            //
        ("pager", po::value<std::string>());
    SearchConfig config;
    config.path = path;
    po::variables_map values;
    try {
        const po::parsed_options parsed = po::parse_config_file(in, settings, true);
        for (const auto& option : parsed.options) {
            if (!option.unregistered) continue;
            const std::string& key = option.string_key;
            if (!key.starts_with(kQuerySection)) {
                throw ConfigError(
                    where + ": unknown setting '" + key +
                    "' (settings: index, color, pager; saved queries go under [query])");
            }
            const std::string name = key.substr(kQuerySection.size());
            if (!SavedQueries::is_valid_name(name)) {
                throw ConfigError(where + ": '" + name +
                                  "' cannot name a saved query (use letters, digits, - _ .)");
            }
            const std::string query = option.value.empty() ? "" : option.value.front();
            if (query.empty()) throw ConfigError(where + ": saved query '" + name + "' is empty");
            if (!config.queries.emplace(name, query).second) {
                throw ConfigError(where + ": saved query '" + name + "' is given twice");
            }
        }
        po::store(parsed, values);
        po::notify(values);
    } catch (const po::error& e) {
        throw ConfigError(where + ": " + e.what());
    }
    if (values.count("index") != 0) {
        for (const auto& index : values["index"].as<std::vector<std::string>>()) {
            config.indexes.push_back(resolve_index(index, path));
        }
    }
    if (values.count("color") != 0) {
        const auto& text = values["color"].as<std::string>();
        config.color = parse_color_mode(text);
        if (!config.color) {
            throw ConfigError(where + ": color must be auto, always or never, not '" + text + "'");
        }
    }
    if (values.count("pager") != 0) {
        const auto& text = values["pager"].as<std::string>();
        config.pager = cli::parse_pager_mode(text);
        if (!config.pager) {
            throw ConfigError(where + ": pager must be auto, always or never, not '" + text + "'");
        }
    }
    return config;
}

}  // namespace

fs::path default_config_path() {
    if (const auto xdg = environment_path("XDG_CONFIG_HOME")) return *xdg / "dateline" / "config";
    if (const auto home = environment_path("HOME"))
        return *home / ".config" / "dateline" / "config";
    return {};
}

SearchConfig read_search_config(const std::optional<fs::path>& given) {
    const fs::path path = given.value_or(default_config_path());
    if (path.empty()) return {};
    std::ifstream in(path);
    if (!in) {
        // No config file of one's own is the common case; a --config that is
        // not there is a mistake.
        if (!given && !fs::exists(path)) return {};
        throw ConfigError(path.string() + ": cannot read the config file");
    }
    return parse(in, path);
}

}  // namespace dateline::searcher::tool
