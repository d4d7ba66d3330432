#include "dateline/indexer/dateline_date.hpp"

#include <string>

#include "dateline/extractor/dateline.hpp"

namespace dateline::indexer {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<schema::Date> date_from_dateline(std::string_view body, int year) {
    const auto dateline = extractor::parse_dateline(body);
    return dateline ? dateline->date_in(year) : std::nullopt;
}

std::optional<int> year_from_path(std::string_view relative_path) {
    for (std::size_t i = 0; i + 4 <= relative_path.size(); ++i) {
        const bool starts_run = i == 0 || !is_digit(relative_path[i - 1]);
        const bool four = is_digit(relative_path[i]) && is_digit(relative_path[i + 1]) &&
                          is_digit(relative_path[i + 2]) && is_digit(relative_path[i + 3]);
        const bool ends_run = i + 4 == relative_path.size() || !is_digit(relative_path[i + 4]);
        if (starts_run && four && ends_run) {
            const int year = std::stoi(std::string(relative_path.substr(i, 4)));
            if (year >= 1900 && year <= 2099) return year;
        }
    }
    return std::nullopt;
}

}  // namespace dateline::indexer
