#include "dateline/indexer/document_builder.hpp"

#include <algorithm>

#include "dateline/indexer/caching_stemmer.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/near_duplicate_signature.hpp"
#include "dateline/schema/stored_article.hpp"
#include "dateline/schema/terms.hpp"
#include "dateline/schema/text_folding.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

namespace {

// Xapian refuses terms over 245 bytes; such a key is junk anyway.
constexpr std::size_t kMaxTermBytes = 240;

// Adds a boolean term (dateline/schema/terms.hpp spells it) unless it is too long.
void add_boolean(Xapian::Document& doc, const std::string& term) {
    if (term.size() > kMaxTermBytes) return;
    doc.add_boolean_term(term);
}

}  // namespace

DocumentBuilder::DocumentBuilder(const Xapian::Stem& stemmer) {
    term_generator_.set_stemmer(caching_stemmer(stemmer));
    term_generator_.set_stemming_strategy(sc::text::kIndexStemming);
}

SpellingWords spelling_words(const Xapian::Document& document) {
    SpellingWords words;
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        const std::string& term = *it;
        // Prefixes are capital letters, and "Z" marks a stemmed form.
        if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
        // Numbers and codes ("1987", "12.5", "b747") are no words to suggest:
        // a number typed is not a misspelt word, and the query parser
        // corrects only words the index lacks. They were 37 % of Reuters'
        // dictionary, each with its trigram lists to keep.
        if (std::any_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            continue;
        }
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

Xapian::Document DocumentBuilder::build(const Article& article) {
    Xapian::Document doc;
    term_generator_.set_document(doc);
    // The TermGenerator keeps a handle on the document it fills, and Xapian's
    // handles count their owners without atomics. The document goes on to a
    // writer thread, so the handle is dropped here, on this thread, before it
    // leaves: otherwise the next build() would drop it while the writer reads
    // or frees the same document, corrupting the count and so the heap.
    const struct Detach {
        Xapian::TermGenerator& generator;
        ~Detach() { generator.set_document(Xapian::Document()); }
    } detach{term_generator_};

    // Title: once with its prefix (for title:) and once unprefixed, weighted,
    // so plain queries rank headline matches first.
    // Terms are accent-folded (text_folding.hpp): `martinez` finds Martínez.
    // The stored text below keeps the accents.
    if (!article.title.empty()) {
        const std::string title = sc::fold_accents(article.title);
        term_generator_.index_text(title, 1, std::string(sc::prefix::kTitle));
        term_generator_.increase_termpos(sc::text::kFieldGap);
        term_generator_.index_text(title, sc::text::kTitleWeight);
        term_generator_.increase_termpos(sc::text::kFieldGap);
    }
    term_generator_.index_text(sc::fold_accents(article.body));

    // Ids longer than Xapian's term limit cannot be unique terms; readers keep
    // ids short (paths, NEWIDs), so this only guards against pathological input.
    doc.add_boolean_term(sc::id_term(article.id).substr(0, kMaxTermBytes));

    if (article.date) {
        // A date known only to the month or the year has only the terms it
        // can honestly claim: date:2021-01-03 does not find "Jan 2021".
        for (const auto& term : sc::article_date_terms(*article.date)) add_boolean(doc, term);
        doc.add_value(sc::slot::kDate, article.date->sortable());
    }
    // The slot (and the identity terms) hold who an entity is (paul-volcker),
    // the key terms every way to ask for it (the code `volcker` too).
    for (const auto& field : sc::entity_fields()) {
        const auto& entities = article.entities(field);
        if (entities.empty()) continue;
        std::vector<sc::Entity> identities;
        for (const auto& entity : entities) {
            for (const auto& term : sc::entity_terms(field, entity)) add_boolean(doc, term);
            sc::Entity identity = sc::entity_identity(field, entity);
            if (std::any_of(identities.begin(), identities.end(),
                            [&](const sc::Entity& seen) { return seen.key == identity.key; }))
                continue;
            if (!field.identity_prefix.empty())
                add_boolean(doc, sc::entity_identity_term(field, identity.key));
            identities.push_back(std::move(identity));
        }
        doc.add_value(*field.slot, sc::encode_entities(identities));
    }
    if (!article.source.relative_path.empty()) {
        add_boolean(doc, sc::source_term(article.source.relative_path));
    }
    // Computed here, on the preparing threads; which group the article joins
    // depends on the whole archive and is settled when the run finishes
    // (near_duplicate_grouping.hpp).
    if (const auto signature = sc::near_duplicate_signature(article.title, article.body)) {
        doc.add_value(sc::slot::kSignature, sc::encode_signature(*signature));
    }

    doc.set_data(sc::encode_stored_article(sc::StoredArticle{
        article.id, article.title, article.body,
        sc::source_label(article.source.relative_path, article.source.line), article.url}));
    return doc;
}

}  // namespace dateline::indexer
