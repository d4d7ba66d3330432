#include "dateline/schema/terms.hpp"

#include "dateline/schema/place_identities.hpp"

namespace dateline::schema {

namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
    std::string term;
    term.reserve(prefix.size() + value.size());
    term += prefix;
    term += value;
    return term;
}

// The sortable form "YYYYMMDD" starts with the month's "YYYYMM", which starts
// with the year's "YYYY": each coarser term is a slice of the day's.
constexpr std::size_t kYearDigits = 4;
constexpr std::size_t kMonthDigits = 6;

}  // namespace

std::string id_term(std::string_view article_id) { return prefixed(prefix::kId, article_id); }

std::string_view id_from_term(std::string_view term) {
    if (!term.starts_with(prefix::kId)) return {};
    return term.substr(prefix::kId.size());
}

std::string source_term(std::string_view relative_path) {
    return prefixed(prefix::kSource, relative_path);
}

DateTerms date_terms(const Date& date) {
    const std::string day = date.sortable();
    const std::string_view digits = day;
    return DateTerms{prefixed(prefix::kDay, digits),
                     prefixed(prefix::kMonth, digits.substr(0, kMonthDigits)),
                     prefixed(prefix::kYear, digits.substr(0, kYearDigits))};
}

std::vector<std::string> article_date_terms(const PartialDate& date) {
    DateTerms terms = date_terms(date.first_day());
    switch (date.precision) {
        case PartialDate::Precision::Year:
            return {std::move(terms.year)};
        case PartialDate::Precision::Month:
            return {std::move(terms.month), std::move(terms.year)};
        case PartialDate::Precision::Day:
            break;
    }
    return {std::move(terms.day), std::move(terms.month), std::move(terms.year)};
}

std::string date_term(const PartialDate& date) {
    DateTerms terms = date_terms(date.first_day());
    switch (date.precision) {
        case PartialDate::Precision::Year:
            return std::move(terms.year);
        case PartialDate::Precision::Month:
            return std::move(terms.month);
        case PartialDate::Precision::Day:
            break;
    }
    return std::move(terms.day);
}

std::vector<std::string> entity_terms(const FieldSpec& field, const Entity& entity) {
    std::vector<std::string> terms;
    switch (field.entity_match) {
        case EntityMatch::NameWords:
            terms = person_terms(entity);
            break;
        case EntityMatch::PlaceIdentity:
            terms = place_terms(entity);
            break;
        case EntityMatch::WholeName:
            terms = whole_name_terms(entity);
            break;
    }
    for (auto& term : terms) term.insert(0, field.prefix);
    return terms;
}

std::string entity_identity_term(const FieldSpec& field, std::string_view key) {
    return prefixed(field.identity_prefix.empty() ? field.prefix : field.identity_prefix, key);
}

Entity entity_identity(const FieldSpec& field, const Entity& entity) {
    return field.entity_match == EntityMatch::PlaceIdentity ? place_identity(entity)
                                                            : entity_identity(entity);
}

std::string entity_query_term(const FieldSpec& field, std::string_view name) {
    const std::string key = field.entity_match == EntityMatch::PlaceIdentity ? place_query_key(name)
                                                                             : canonical_key(name);
    if (key.empty()) return {};
    return prefixed(field.prefix, key);
}

}  // namespace dateline::schema
