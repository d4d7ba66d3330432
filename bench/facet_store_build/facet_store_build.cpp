// facet_store_build: runs facets::update_facet_store() on database folders
// and prints what it did, its wall time and the process's peak RSS, so the
// store's build can be measured (and profiled) without an indexing run.
//
//   facet_store_build DATABASE...
//
// The store is written where dateline-index writes it (in the database
// folder, or the generation folder of shards): run it on a copy. A folder
// of symbolic links to the database's files is enough, since Xapian opens
// them read-only; without a store there, the build is a full one.

#include <sys/resource.h>
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <vector>

#include "dateline/facets/facet_store_builder.hpp"

namespace {

const char* kind_name(dateline::facets::FacetStoreUpdate::Kind kind) {
    using Kind = dateline::facets::FacetStoreUpdate::Kind;
    switch (kind) {
        case Kind::UpToDate:
            return "up-to-date";
        case Kind::Incremental:
            return "incremental";
        case Kind::Full:
            return "full";
    }
    return "?";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: facet_store_build DATABASE...\n");
        return 2;
    }
    std::vector<std::filesystem::path> databases(argv + 1, argv + argc);
    try {
        const auto start = std::chrono::steady_clock::now();
        const auto update = dateline::facets::update_facet_store(databases);
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        std::printf(
            "{\"update\": \"%s\", \"documents_read\": %u, \"documents_copied\": %u, "
            "\"seconds\": %.2f, \"peak_rss_kb\": %ld}\n",
            kind_name(update.kind), update.documents_read, update.documents_copied, seconds.count(),
            usage.ru_maxrss);
    } catch (const Xapian::Error& error) {
        std::fprintf(stderr, "facet_store_build: error: %s\n", error.get_description().c_str());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "facet_store_build: error: %s\n", error.what());
        return 2;
    }
    return 0;
}
