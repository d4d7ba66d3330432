#include "dateline/searcher/index_attribute_source.hpp"

#include <stdexcept>

#include "dateline/schema/terms.hpp"
#include "dateline/searcher/match_values.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

const sc::FieldSpec& entity_field(const sc::FieldSpec& field) {
    if (field.role != sc::FieldRole::Entity || !field.slot) {
        throw std::invalid_argument("not an entity field: " + std::string(field.name));
    }
    return field;
}

}  // namespace

Xapian::doccount IndexAttributeSource::visit_match_dates(const Xapian::Query& query,
                                                         const DateVisitor& visit) {
    return visit_match_values(index_, query, sc::slot::kDate, [&visit](const std::string& value) {
        visit(sc::Date::from_sortable(value));
    });
}

Xapian::doccount IndexAttributeSource::visit_match_entities(const Xapian::Query& query,
                                                            const sc::FieldSpec& field,
                                                            const EntityVisitor& visit) {
    return visit_match_values(
        index_, query, *entity_field(field).slot,
        [&visit](const std::string& value) { visit(sc::decode_entities(value)); });
}

std::vector<std::pair<sc::Date, Xapian::doccount>> IndexAttributeSource::articles_per_day() {
    std::vector<std::pair<sc::Date, Xapian::doccount>> days;
    const Xapian::Database& database = index_.database;
    const std::string prefix(sc::prefix::kDay);
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
        const std::string term = *it;
        const auto day = sc::Date::from_sortable(std::string_view(term).substr(prefix.size()));
        // Only what date_terms() writes counts: the day term of a valid date.
        if (day && sc::date_terms(*day).day == term) days.emplace_back(*day, it.get_termfreq());
    }
    return days;
}

Xapian::doccount IndexAttributeSource::articles_naming(const sc::FieldSpec& field,
                                                       const std::string& key) {
    return index_.database.get_termfreq(sc::entity_query_term(entity_field(field), key));
}

Xapian::doccount IndexAttributeSource::article_count() { return index_.database.get_doccount(); }

}  // namespace dateline::searcher
