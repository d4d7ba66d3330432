#include "dateline/searcher/record_printer.hpp"

#include <stdexcept>
#include <string>

#include "records.hpp"

namespace dateline::searcher {

namespace {

void require_record_format(OutputFormat format) {
    if (!is_record_format(format)) {
        throw std::invalid_argument("not a record format: " +
                                    std::string(output_format_name(format)));
    }
}

}  // namespace

void print_records(std::ostream& out, const SearchResult& result, OutputFormat format) {
    require_record_format(format);
    std::vector<detail::Record> records;
    for (const auto& hit : result.hits) records.push_back(detail::hit_record(hit));
    detail::print_records(out, records, detail::hit_columns(), format);
}

void print_records(std::ostream& out, const ArticleView& article, OutputFormat format) {
    require_record_format(format);
    detail::print_records(out, {detail::article_record(article)}, detail::article_columns(),
                          format);
}

void print_records(std::ostream& out, const KwicResult& result, OutputFormat format) {
    require_record_format(format);
    std::vector<detail::Record> records;
    for (const auto& line : result.lines) records.push_back(detail::kwic_record(line));
    detail::print_records(out, records, detail::kwic_columns(), format);
}

}  // namespace dateline::searcher
