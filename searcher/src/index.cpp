#include "dateline/searcher/index.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string_view>

#include "dateline/facets/facet_store.hpp"
#include "dateline/schema/index_metadata.hpp"

namespace dateline::searcher {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRemoteScheme = "tcp://";

std::string missing_index(const std::string& location) {
    return "no index at " + location + " (build one with dateline-index)";
}

Xapian::Database open_remote(const std::string& location) {
    const std::string_view address = std::string_view(location).substr(kRemoteScheme.size());
    const auto colon = address.rfind(':');
    unsigned port = 0;
    const char* port_begin = address.data() + (colon == std::string_view::npos ? 0 : colon + 1);
    const char* port_end = address.data() + address.size();
    const auto [end, error] = std::from_chars(port_begin, port_end, port);
    if (colon == std::string_view::npos || colon == 0 || error != std::errc{} || end != port_end ||
        port == 0 || port > 65535) {
        throw IndexError("bad remote index address " + location + " (use tcp://HOST:PORT)");
    }
    try {
        return Xapian::Remote::open(std::string(address.substr(0, colon)), port);
    } catch (const Xapian::Error& e) {
        throw IndexError("cannot reach index at " + location + ": " + e.get_msg());
    }
}

// One line of a Xapian stub file: "auto PATH" (relative to the stub's
// folder; `target` is made absolute) or "remote ..." and the like.
struct StubLine {
    std::string type;
    fs::path target;  ///< for "auto" lines
    std::string text;
};

constexpr int kMaxStubDepth = 8;  // stubs listing stubs, or a loop

// The lines of the stub at `location` (a stub file, or a folder holding one
// as XAPIANDB); nullopt when there is none. Stubs are a few lines; a big
// regular file is a single-file database.
std::optional<std::vector<StubLine>> read_stub(const fs::path& location) {
    constexpr std::uintmax_t kMaxStubSize = 64 * 1024;
    std::error_code error;
    const fs::path stub = fs::is_directory(location, error) ? location / "XAPIANDB" : location;
    if (!fs::is_regular_file(stub, error)) return std::nullopt;
    const auto size = fs::file_size(stub, error);
    if (error || size > kMaxStubSize) return std::nullopt;
    std::ifstream in(stub);
    std::vector<StubLine> lines;
    std::string line;
    while (std::getline(in, line)) {
        const std::string_view text = line;
        StubLine entry{std::string(text.substr(0, text.find(' '))), {}, line};
        if (entry.type == "auto" && text.size() > entry.type.size() + 1) {
            entry.target = fs::path(text.substr(entry.type.size() + 1));
            if (entry.target.is_relative()) entry.target = stub.parent_path() / entry.target;
        }
        lines.push_back(std::move(entry));
    }
    return lines;
}

// The databases a Dateline index folder's stub lists (its "auto PATH"
// lines, each a database folder), in order; empty when `location` is not a
// folder with such a stub (a database folder, a stub file, a stub listing
// remote servers or other stubs): Xapian opens those itself, and they have
// no facet store.
std::vector<fs::path> stub_databases(const fs::path& location) {
    std::error_code error;
    if (!fs::is_directory(location, error)) return {};
    std::vector<fs::path> databases;
    for (const auto& line : read_stub(location).value_or(std::vector<StubLine>{})) {
        if (line.text.empty()) continue;
        if (line.target.empty() || !fs::is_directory(line.target, error) ||
            read_stub(line.target)) {
            return {};
        }
        databases.push_back(line.target);
    }
    return databases;
}

// A local location, opened. A Dateline index folder is opened database by
// database, as its stub lists them, so that each one's revision can be
// compared with the facet store's (facets/facet_store.hpp); `store` is set
// when the folder's store describes exactly the databases opened, which go
// to `parts`.
Xapian::Database open_local(const std::string& location, std::optional<facets::FacetStore>& store,
                            std::vector<Xapian::Database>& parts) {
    std::error_code ignored;
    if (!std::filesystem::exists(location, ignored)) throw IndexError(missing_index(location));
    // dateline-index may swap the folder's stub between our reading it and
    // opening the generation it names, and delete an old generation after two
    // swaps: opening again reads the new stub.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            store.reset();
            parts.clear();
            const auto databases = stub_databases(location);
            if (databases.empty()) return Xapian::Database(location);
            Xapian::Database combined;
            std::vector<facets::ShardStamp> stamps;
            for (const auto& path : databases) {
                parts.emplace_back(path.string());
                stamps.push_back(facets::stamp_of(parts.back()));
                combined.add_database(parts.back());
            }
            if (const auto file = facets::facet_store_file(databases)) {
                store = facets::FacetStore::open(*file);
                if (store && !store->describes(stamps)) store.reset();
            }
            return combined;
        } catch (const Xapian::DatabaseNotFoundError&) {
            if (attempt == kAttempts) throw IndexError(missing_index(location));
        } catch (const Xapian::DatabaseOpeningError& e) {
            if (attempt == kAttempts) {
                throw IndexError("cannot open index at " + location + ": " + e.get_msg());
            }
        } catch (const Xapian::Error& e) {
            throw IndexError("cannot open index at " + location + ": " + e.get_msg());
        }
    }
}

// Whether the Xapian stub database at `location` lists a remote database
// ("remote HOST:PORT" or "remote :PROGRAM ARGS"), itself or through a stub it
// lists ("auto PATH"). Xapian opens such parts without saying so, and facets
// must know. Reading a file that is no stub at worst says yes, which only
// makes facets take the slower way that works everywhere.
bool stub_lists_remote(const fs::path& location, int depth = 0) {
    if (depth > kMaxStubDepth) return false;
    for (const auto& line : read_stub(location).value_or(std::vector<StubLine>{})) {
        if (line.type == "remote") return true;
        if (!line.target.empty() && stub_lists_remote(line.target, depth + 1)) return true;
    }
    return false;
}

// What `location` really is, so that two spellings of one index are
// searched once (every hit would come twice): a remote server by its
// lower-cased address; a local index by the canonical paths of the
// databases its stub lists, in order, or by its own canonical path.
std::string location_identity(const std::string& location, int depth = 0) {
    if (location.starts_with(kRemoteScheme)) {
        std::string address = location;
        std::transform(address.begin(), address.end(), address.begin(), [](char c) {
            return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        });
        return address;
    }
    std::error_code error;
    const fs::path path = fs::weakly_canonical(location, error);
    if (error) return location;
    const auto stub = depth > kMaxStubDepth ? std::nullopt : read_stub(path);
    if (!stub || stub->empty()) return path.string();
    std::string identity;
    for (const auto& line : *stub) {
        if (!line.target.empty()) {
            identity += location_identity(line.target.string(), depth + 1) + '\n';
        } else if (line.type == "remote") {
            identity += line.text + '\n';
        } else {
            return path.string();  // not a stub: a database file of its own
        }
    }
    return identity;
}

}  // namespace

Index open_index(const std::vector<std::string>& locations) {
    if (locations.empty()) throw IndexError("no index given");
    Index index;
    index.locations = locations;
    std::string first_location;
    std::set<std::string> identities;
    // Where each location's alias tables are read: its facet store, which
    // holds them as the metadata did at the revision opened, else the
    // database's metadata (a database of several shards shows its first
    // shard's, where the tables are).
    std::vector<schema::AliasTables::TableSource> alias_sources;
    auto stores = std::make_shared<IndexFacetStores>();
    bool every_location_has_a_store = true;
    for (const auto& location : locations) {
        if (!identities.insert(location_identity(location)).second) continue;
        const bool remote = location.starts_with(kRemoteScheme);
        std::optional<facets::FacetStore> store;
        std::vector<Xapian::Database> parts;
        Xapian::Database database =
            remote ? open_remote(location) : open_local(location, store, parts);
        if (store) {
            alias_sources.emplace_back([store = *store](const schema::FieldSpec& field) {
                return std::string(store.alias_text(field.name));
            });
        } else {
            alias_sources.push_back(schema::AliasTables::metadata_source(database));
        }
        if (store) {
            for (std::size_t shard = 0; shard < parts.size(); ++shard) {
                stores->parts.push_back({parts[shard], stores->stores.size(), shard});
            }
            stores->stores.push_back(std::move(*store));
        } else {
            every_location_has_a_store = false;
        }
        std::string language;
        try {
            language = schema::check_index_metadata(database);
        } catch (const schema::IncompatibleIndexError& e) {
            throw IndexError(location + ": " + e.what());
        } catch (const Xapian::Error& e) {
            throw IndexError("cannot read index at " + location + ": " + e.get_msg());
        }
        if (first_location.empty()) {
            first_location = location;
            index.language = language;
        } else if (language != index.language) {
            // One query is parsed with one stemmer; it cannot match both.
            throw IndexError("indexes use different languages: " + first_location + " is " +
                             index.language + ", " + location + " is " + language);
        }
        index.has_remote = index.has_remote || remote || stub_lists_remote(location);
        index.database.add_database(database);
    }
    // Read when a search first needs a field's table, not here: most need
    // one or two, some none (docs/performance.md, "Opening the index").
    index.aliases = std::make_shared<const schema::AliasTables>(
        schema::AliasTables::read_on_demand(std::move(alias_sources)));
    if (every_location_has_a_store && !index.has_remote) index.facet_stores = std::move(stores);
    return index;
}

}  // namespace dateline::searcher
