#pragma once
// Private helper of the readers: the date of a record, or a warning.

#include <chrono>
#include <cstdint>
#include <cstdio>
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

/// Reads a date given as a number, as JSON dumps of news APIs write it:
/// seconds since 1970-01-01 UTC, or milliseconds when the number is too large
/// for seconds of this era (from 10^11 on, the year 5138 in seconds). A
/// number before 1970 or after 2200 is no date: a warning, nullopt.
inline std::optional<schema::PartialDate> read_unix_time_date(double number,
                                                              const ReadContext& context,
                                                              std::size_t line,
                                                              const DiagnosticSink& on_diagnostic) {
    constexpr double kMillisecondsFrom = 1e11;
    constexpr double kLastSecond = 7258118400.0;  // 2200-01-01
    const double seconds = number >= kMillisecondsFrom ? number / 1000.0 : number;
    if (!(seconds >= 0.0 && seconds < kLastSecond)) {
        char written[32];
        std::snprintf(written, sizeof written, "%.15g", number);
        on_diagnostic(date_warning(context, line, written, schema::DateStatus::Unparseable));
        return std::nullopt;
    }
    const auto days = std::chrono::floor<std::chrono::days>(
        std::chrono::sys_seconds(std::chrono::seconds(static_cast<std::int64_t>(seconds))));
    const std::chrono::year_month_day ymd(days);
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return read_article_date(iso, context, line, on_diagnostic);
}

/// The date of a JSON Lines or CSV record's date field. Digits alone are a
/// day when there are 8 (YYYYMMDD), a Unix time in seconds when 9 or 10
/// (1973 to 2286), in milliseconds when 12 or 13; anything else is
/// read_article_date()'s.
inline std::optional<schema::PartialDate> read_record_date(std::string_view text,
                                                           const ReadContext& context,
                                                           std::size_t line,
                                                           const DiagnosticSink& on_diagnostic) {
    const bool digits =
        !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
    const bool unix_time = text.size() == 9 || text.size() == 10 || text.size() == 12 ||
                           text.size() == 13;  // read_unix_time_date tells the units apart
    if (digits && unix_time)
        return read_unix_time_date(std::stod(std::string(text)), context, line, on_diagnostic);
    return read_article_date(text, context, line, on_diagnostic);
}

}  // namespace dateline::indexer
