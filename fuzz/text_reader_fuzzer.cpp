// Fuzzes read_text_article: any bytes as one text-format article. The reader must not throw (an
// escaping exception terminates, which libFuzzer records as a crash) and every
// Article it emits must keep the contract of reader.hpp (fuzz_support.hpp).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dateline/indexer/reader.hpp"
#include "reader_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    dateline::indexer::ReadContext context;
    context.file.path = "fuzz/input";
    context.file.relative_path = "input";
    dateline::indexer::read_text_article(
        content, context,
        [](dateline::indexer::Article article) { dateline::fuzz::check_article(article); },
        [](dateline::indexer::Diagnostic diagnostic) {
            dateline::fuzz::check_diagnostic(diagnostic);
        });
    return 0;
}
