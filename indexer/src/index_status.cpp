#include "dateline/indexer/index_status.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <xapian.h>

#include <map>
#include <vector>

#include "dateline/indexer/file_state.hpp"
#include "dateline/schema/collections.hpp"

namespace dateline::indexer {

namespace {

std::string plural(std::uint64_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

}  // namespace

std::string index_status(const std::filesystem::path& index) {
    const Xapian::Database db(index.string());
    const auto collections = schema::load_collections(db);
    const auto states = load_file_states(db);
    struct Figures {
        std::uint64_t articles = 0;
        std::uint64_t files = 0;
        std::vector<std::string> failing;
    };
    std::map<std::string, Figures> by_key;  // "" for files no collection claims
    for (const auto& [source, state] : states) {
        const auto* owner = schema::owner_of(collections, source);
        Figures& figures = by_key[owner ? owner->key : std::string()];
        figures.articles += state.articles;
        ++figures.files;
        if (!state.problem.empty()) figures.failing.push_back(source + ": " + state.problem);
    }
    std::string out;
    const auto describe = [&](const Figures& figures) {
        std::string lines;
        for (const auto& failing : figures.failing) lines += "  failing: " + failing + "\n";
        return lines;
    };
    for (const auto& collection : collections) {
        const Figures& figures = by_key[collection.key];
        const auto when = std::chrono::sys_seconds(std::chrono::seconds(collection.last_run));
        out += fmt::format("{}  {}  {} in {}, last changed {:%Y-%m-%d %H:%M} UTC\n", collection.key,
                           collection.root.string(), plural(figures.articles, "article"),
                           plural(figures.files, "file"), when);
        out += describe(figures);
    }
    if (const auto it = by_key.find(""); it != by_key.end() && it->second.files > 0) {
        out +=
            fmt::format("(no collection)  {} in {}, indexed before collections were recorded\n",
                        plural(it->second.articles, "article"), plural(it->second.files, "file"));
        out += describe(it->second);
    }
    out += fmt::format("{}: {} in {}\n", index.string(), plural(db.get_doccount(), "article"),
                       plural(collections.size(), "collection"));
    return out;
}

}  // namespace dateline::indexer
