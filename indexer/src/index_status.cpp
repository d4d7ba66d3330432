#include "dateline/indexer/index_status.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <map>

#include "dateline/indexer/collection_runs.hpp"
#include "dateline/indexer/file_state.hpp"

namespace dateline::indexer {

namespace {

std::string plural(std::uint64_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

std::string failing_lines(const CollectionFigures& figures) {
    std::string lines;
    for (const auto& failing : figures.failing) lines += "  failing: " + failing + "\n";
    return lines;
}

}  // namespace

std::string format_utc_minute(std::int64_t seconds) {
    return fmt::format("{:%Y-%m-%d %H:%M} UTC",
                       std::chrono::sys_seconds(std::chrono::seconds(seconds)));
}

IndexFigures index_figures(const std::filesystem::path& index) {
    const Xapian::Database db(index.string());
    IndexFigures figures;
    figures.articles = db.get_doccount();
    const auto collections = schema::load_collections(db);
    const CollectionRuns runs = load_collection_runs(index);
    std::map<std::string, CollectionFigures> by_key;
    for (const auto& collection : collections) {
        CollectionFigures& entry = by_key[collection.key];
        entry.collection = collection;
        const auto run = runs.find(collection.key);
        // A run records itself after its commit: the later of the two holds.
        entry.last_run =
            std::max(collection.last_run, run == runs.end() ? std::int64_t{0} : run->second);
    }
    for (const auto& [source, state] : load_file_states(db)) {
        const auto* owner = schema::owner_of(collections, source);
        CollectionFigures& entry = owner ? by_key[owner->key] : figures.unclaimed;
        entry.articles += state.articles;
        ++entry.files;
        if (!state.problem.empty()) entry.failing.push_back(source + ": " + state.problem);
    }
    for (auto& [key, entry] : by_key) figures.collections.push_back(std::move(entry));
    return figures;
}

std::string index_status(const std::filesystem::path& index) {
    const IndexFigures figures = index_figures(index);
    std::string out;
    for (const auto& entry : figures.collections) {
        out += fmt::format("{}  {}  {} in {}, last run {}\n", entry.collection.key,
                           entry.collection.root.string(), plural(entry.articles, "article"),
                           plural(entry.files, "file"), format_utc_minute(entry.last_run));
        out += failing_lines(entry);
    }
    if (figures.unclaimed.files > 0) {
        out += fmt::format("(no collection)  {} in {}, indexed before collections were recorded\n",
                           plural(figures.unclaimed.articles, "article"),
                           plural(figures.unclaimed.files, "file"));
        out += failing_lines(figures.unclaimed);
    }
    out += fmt::format("{}: {} in {}\n", index.string(), plural(figures.articles, "article"),
                       plural(figures.collections.size(), "collection"));
    return out;
}

}  // namespace dateline::indexer
