// Fuzzes read_csv_file and the CsvRecords splitter under it: any bytes as a
// CSV file. The reader must not throw (an escaping exception terminates,
// which libFuzzer records as a crash), every Article it emits must keep the
// contract of reader.hpp (reader_checks.hpp), and the splitter's source lines
// must be consistent: records in order, each field on or after its record's
// line, no line past the end of the input.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dateline/indexer/csv_records.hpp"
#include "dateline/indexer/reader.hpp"
#include "reader_checks.hpp"

namespace {

void check_record_lines(std::string_view content) {
    const auto lines =
        static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
    dateline::indexer::CsvRecords records(content);
    std::size_t previous = 0;
    while (const auto record = records.next()) {
        if (record->line <= previous || record->line > lines) {
            dateline::fuzz::fail("record line out of order", "line", std::to_string(record->line));
        }
        for (const auto& field : record->fields) {
            if (field.line < record->line || field.line > lines) {
                dateline::fuzz::fail("field line outside its record", "line",
                                     std::to_string(field.line));
            }
        }
        previous = record->line;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    check_record_lines(content);
    dateline::indexer::ReadContext context;
    context.file.path = "fuzz/input.csv";
    context.file.relative_path = "input.csv";
    dateline::indexer::read_csv_file(
        content, context,
        [](dateline::indexer::Article article) { dateline::fuzz::check_article(article); },
        [](dateline::indexer::Diagnostic diagnostic) {
            dateline::fuzz::check_diagnostic(diagnostic);
        });
    return 0;
}
