#include "stored_document.hpp"

#include <stdexcept>
#include <string>

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"
#include "dateline/searcher/index.hpp"

namespace dateline::searcher::detail {

namespace sc = dateline::schema;

sc::StoredArticle read_stored(const Xapian::Document& doc, Xapian::docid docid) {
    try {
        return sc::decode_stored_article(doc.get_data());
    } catch (const std::runtime_error& e) {
        throw IndexError("document " + std::to_string(docid) + " of the index is damaged (" +
                         e.what() + "); rebuild the index");
    }
}

std::optional<sc::PartialDate> read_date(const Xapian::Document& doc) {
    return sc::PartialDate::from_sortable(doc.get_value(sc::slot::kDate));
}

void read_entities(const Xapian::Document& doc, const sc::AliasTables& aliases,
                   sc::EntityLists& lists) {
    for (const auto& field : sc::entity_fields()) {
        lists.entities(field) = sc::resolve_entities(
            aliases.of(field), sc::decode_entities(doc.get_value(*field.slot)));
    }
}

std::optional<Xapian::docid> find_article(const Xapian::Database& database, std::string_view id) {
    const std::string term = sc::id_term(id);
    const auto posting = database.postlist_begin(term);
    if (posting == database.postlist_end(term)) return std::nullopt;
    return *posting;
}

}  // namespace dateline::searcher::detail
