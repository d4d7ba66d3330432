#pragma once
// Private helper of the readers: the date of a record, or a warning.

#include <optional>
#include <string>
#include <string_view>

#include "dateline/indexer/diagnostic.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/schema/date_parsing.hpp"

namespace dateline::indexer {

/// The warning for a date that is there but could not be used (`status` is
/// not Ok): the article is indexed without a date.
inline Diagnostic date_warning(const ReadContext& context, std::size_t line,
                               std::string_view written, schema::DateStatus status) {
    const std::string what =
        status == schema::DateStatus::Impossible ? "is not a real date" : "not understood";
    return Diagnostic{context.file.path, line,
                      "date '" + std::string(written) + "' " + what + "; indexed without a date",
                      Severity::Warning};
}

/// Reads the date written `text` (clean, valid UTF-8) on `line`: the date, or
/// nullopt after a warning through `on_diagnostic`. Blank text is no date and
/// no warning.
inline std::optional<schema::PartialDate> read_article_date(std::string_view text,
                                                            const ReadContext& context,
                                                            std::size_t line,
                                                            const DiagnosticSink& on_diagnostic) {
    if (text.find_first_not_of(" \t\n") == std::string_view::npos) return std::nullopt;
    const schema::DateParse parsed = schema::parse_date(text, context.date_order);
    if (parsed.status == schema::DateStatus::Ok) return parsed.date;
    on_diagnostic(date_warning(context, line, text, parsed.status));
    return std::nullopt;
}

}  // namespace dateline::indexer
