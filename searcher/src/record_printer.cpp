#include "dateline/searcher/record_printer.hpp"

#include <stdexcept>
#include <string>

#include "records.hpp"

namespace dateline::searcher {

void print_records(std::ostream& out, const SearchResult& result, OutputFormat format) {
    if (!is_record_format(format)) {
        throw std::invalid_argument("not a record format: " +
                                    std::string(output_format_name(format)));
    }
    std::vector<detail::Record> records;
    for (const auto& hit : result.hits) records.push_back(detail::hit_record(hit));
    detail::print_records(out, records, detail::hit_columns(), format);
}

}  // namespace dateline::searcher
