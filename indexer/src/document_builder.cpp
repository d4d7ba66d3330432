#include "dateline/indexer/document_builder.hpp"

#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/stored_article.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    term += value;
    return term;
}

// Xapian refuses terms over 245 bytes; such a key is junk anyway.
constexpr std::size_t kMaxTermBytes = 240;

void add_boolean(Xapian::Document& doc, std::string_view prefix, std::string_view value) {
    if (value.empty() || prefix.size() + value.size() > kMaxTermBytes) return;
    doc.add_boolean_term(prefixed(prefix, value));
}

}  // namespace

DocumentBuilder::DocumentBuilder(const Xapian::Stem& stemmer) {
    term_generator_.set_stemmer(stemmer);
    term_generator_.set_stemming_strategy(sc::text::kIndexStemming);
}

SpellingWords spelling_words(const Xapian::Document& document) {
    SpellingWords words;
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        const std::string& term = *it;
        // Prefixes are capital letters, and "Z" marks a stemmed form.
        if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
        words.emplace_back(term, it.get_wdf());
    }
    return words;
}

PreparedArticle DocumentBuilder::prepare(const Article& article, bool spelling) {
    PreparedArticle prepared{
        article.id, article.source, build(article), {}, article.title.size() + article.body.size()};
    if (spelling) prepared.spelling = spelling_words(prepared.document);
    return prepared;
}

std::string DocumentBuilder::id_term(const std::string& article_id) {
    return prefixed(sc::prefix::kId, article_id);
}

Xapian::Document DocumentBuilder::build(const Article& article) {
    Xapian::Document doc;
    term_generator_.set_document(doc);

    // Title: once with its prefix (for title:) and once unprefixed, weighted,
    // so plain queries rank headline matches first.
    if (!article.title.empty()) {
        term_generator_.index_text(article.title, 1, std::string(sc::prefix::kTitle));
        term_generator_.increase_termpos(sc::text::kFieldGap);
        term_generator_.index_text(article.title, sc::text::kTitleWeight);
        term_generator_.increase_termpos(sc::text::kFieldGap);
    }
    term_generator_.index_text(article.body);

    // Ids longer than Xapian's term limit cannot be unique terms; readers keep
    // ids short (paths, NEWIDs), so this only guards against pathological input.
    doc.add_boolean_term(id_term(article.id).substr(0, kMaxTermBytes));

    if (article.date) {
        const std::string day = article.date->sortable();
        add_boolean(doc, sc::prefix::kDay, day);
        add_boolean(doc, sc::prefix::kMonth, std::string_view(day).substr(0, 6));
        add_boolean(doc, sc::prefix::kYear, std::string_view(day).substr(0, 4));
        doc.add_value(sc::slot::kDate, day);
    }
    for (const auto& person : article.people) {
        for (const auto& term : sc::person_terms(person))
            add_boolean(doc, sc::prefix::kPerson, term);
    }
    for (const auto& place : article.places) {
        for (const auto& term : sc::place_terms(place)) add_boolean(doc, sc::prefix::kPlace, term);
    }
    if (!article.people.empty())
        doc.add_value(sc::slot::kPeople, sc::encode_entities(article.people));
    if (!article.places.empty())
        doc.add_value(sc::slot::kPlaces, sc::encode_entities(article.places));
    add_boolean(doc, sc::prefix::kSource, article.source.relative_path);

    std::string source = article.source.relative_path;
    if (article.source.line > 0) source += ":" + std::to_string(article.source.line);
    doc.set_data(sc::encode_stored_article(
        sc::StoredArticle{article.id, article.title, article.body, source, article.url}));
    return doc;
}

}  // namespace dateline::indexer
