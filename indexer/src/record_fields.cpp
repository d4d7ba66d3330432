#include "dateline/indexer/record_fields.hpp"

#include <array>

namespace dateline::indexer {

namespace {

struct KnownName {
    std::string_view name;
    ArticleField field;
    unsigned preference;
};

// Per field, in order of preference. Summaries come last among the bodies:
// an RSS export may have nothing else, and a record with the whole text as
// well is indexed with the whole text.
constexpr std::array kKnownNames = {
    KnownName{"id", ArticleField::Id, 0},
    KnownName{"guid", ArticleField::Id, 1},
    KnownName{"uuid", ArticleField::Id, 2},
    KnownName{"article_id", ArticleField::Id, 3},
    KnownName{"doc_id", ArticleField::Id, 4},
    KnownName{"docid", ArticleField::Id, 5},
    KnownName{"url", ArticleField::Url, 0},
    KnownName{"link", ArticleField::Url, 1},
    KnownName{"source_url", ArticleField::Url, 2},
    KnownName{"permalink", ArticleField::Url, 3},
    KnownName{"date", ArticleField::Date, 0},
    KnownName{"published", ArticleField::Date, 1},
    KnownName{"published_at", ArticleField::Date, 2},
    KnownName{"publishedat", ArticleField::Date, 2},
    KnownName{"publish_date", ArticleField::Date, 3},
    KnownName{"published_date", ArticleField::Date, 4},
    KnownName{"publication_date", ArticleField::Date, 5},
    KnownName{"date_published", ArticleField::Date, 6},
    KnownName{"datepublished", ArticleField::Date, 6},
    KnownName{"pubdate", ArticleField::Date, 7},
    KnownName{"pub_date", ArticleField::Date, 8},
    KnownName{"datetime", ArticleField::Date, 9},
    KnownName{"created_at", ArticleField::Date, 10},
    KnownName{"timestamp", ArticleField::Date, 11},
    KnownName{"time", ArticleField::Date, 12},
    KnownName{"title", ArticleField::Title, 0},
    KnownName{"headline", ArticleField::Title, 1},
    KnownName{"heading", ArticleField::Title, 2},
    KnownName{"body", ArticleField::Body, 0},
    KnownName{"text", ArticleField::Body, 1},
    KnownName{"content", ArticleField::Body, 2},
    KnownName{"article", ArticleField::Body, 3},
    KnownName{"story", ArticleField::Body, 4},
    KnownName{"full_text", ArticleField::Body, 5},
    KnownName{"fulltext", ArticleField::Body, 6},
    KnownName{"maintext", ArticleField::Body, 7},
    KnownName{"article_text", ArticleField::Body, 8},
    KnownName{"articlebody", ArticleField::Body, 8},
    KnownName{"description", ArticleField::Body, 9},
    KnownName{"summary", ArticleField::Body, 10},
    KnownName{"short_description", ArticleField::Body, 11},
    KnownName{"abstract", ArticleField::Body, 12},
};

// Other names of the entity fields, by schema name.
struct EntityName {
    std::string_view name;
    std::string_view field;
};
constexpr std::array kEntityNames = {
    EntityName{"persons", "people"},     EntityName{"locations", "places"},
    EntityName{"organizations", "orgs"}, EntityName{"organisations", "orgs"},
    EntityName{"organization", "orgs"},  EntityName{"organisation", "orgs"},
};

}  // namespace

std::string normal_field_name(std::string_view name) {
    const auto first = name.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = name.find_last_not_of(" \t\r\n");
    std::string normal(name.substr(first, last - first + 1));
    for (char& c : normal) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' || c == '-' || c == '\t') c = '_';
    }
    return normal;
}

std::optional<ArticleFieldName> article_field_named(std::string_view normal_name) {
    for (const KnownName& known : kKnownNames) {
        if (known.name == normal_name) return ArticleFieldName{known.field, known.preference};
    }
    return std::nullopt;
}

const schema::FieldSpec* entity_field_named(std::string_view normal_name) {
    for (const schema::FieldSpec& field : schema::entity_fields()) {
        if (field.name == normal_name || field.query_name == normal_name) return &field;
    }
    for (const EntityName& other : kEntityNames) {
        if (other.name == normal_name) return schema::find_field(other.field);
    }
    return nullptr;
}

}  // namespace dateline::indexer
