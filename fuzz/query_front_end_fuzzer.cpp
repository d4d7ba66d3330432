// Fuzzes QueryFrontEnd::parse: any bytes as a query. QueryError is the
// expected outcome for a bad query; any other exception escapes, terminates
// and is recorded by libFuzzer as a crash, as is any sanitizer report.
//
// The front end works on a small in-memory database so that wildcards have
// terms to expand to, as on a real index.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/query_front_end.hpp"
#include "fuzz_support.hpp"

namespace {

Xapian::Database make_database() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* words : {"oil prices rise", "petroleum exports fall", "volcker speaks"}) {
        Xapian::Document doc;
        Xapian::TermGenerator generator;
        generator.set_document(doc);
        generator.index_text(words);
        generator.index_text(words, 1, "S");
        db.add_document(doc);
    }
    db.commit();
    return db;
}

dateline::searcher::QueryFrontEnd& front_end() {
    // One per process: building the parser per input would dominate the run.
    static dateline::searcher::QueryFrontEnd instance({}, make_database());
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    try {
        const dateline::searcher::ParsedQuery parsed = front_end().parse(query);
        (void)parsed.query.get_description();
    } catch (const dateline::searcher::QueryError& error) {
        if (const auto& where = error.where()) {
            // The span must lie inside the query so a caret can be drawn under it.
            if (where->offset > query.size() || where->length > query.size() - where->offset) {
                dateline::fuzz::fail("QueryError span outside the query", "query", query);
            }
            (void)dateline::searcher::format_query_caret(query, *where);
        }
    }
    return 0;
}
