#include "dateline/searcher/delimited_row.hpp"

#include <string_view>

namespace dateline::searcher {

namespace {

void write_csv_field(std::ostream& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << field;
        return;
    }
    out << '"';
    for (const char c : field) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

void write_tsv_field(std::ostream& out, std::string_view field) {
    for (const char c : field) out << (c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

void write_delimited_row(std::ostream& out, const std::vector<std::string>& fields,
                         Delimiter delimiter) {
    bool first = true;
    for (const auto& field : fields) {
        if (!first) out << (delimiter == Delimiter::Comma ? ',' : '\t');
        first = false;
        if (delimiter == Delimiter::Comma) {
            write_csv_field(out, field);
        } else {
            write_tsv_field(out, field);
        }
    }
    out << (delimiter == Delimiter::Comma ? "\r\n" : "\n");
}

}  // namespace dateline::searcher
