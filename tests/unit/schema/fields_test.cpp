// Golden test of the schema table: any change here is a change of the index
// layout and must come with a new kSchemaVersion and docs/schema.md.
#include "dateline/schema/fields.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "dateline/schema/index_metadata.hpp"

namespace dateline::schema {
namespace {

std::string_view role_name(FieldRole role) {
    switch (role) {
        case FieldRole::Id:
            return "id";
        case FieldRole::Date:
            return "date";
        case FieldRole::FreeText:
            return "free";
        case FieldRole::Entity:
            return "entity";
        case FieldRole::Source:
            return "source";
        case FieldRole::Stored:
            return "stored";
    }
    return "?";
}

// name|query|prefix|role|facet|slot|match, match only for entities.
std::string describe(const FieldSpec& field) {
    std::ostringstream out;
    out << field.name << '|' << field.query_name << '|' << field.prefix << '|'
        << role_name(field.role) << '|' << (field.facetable ? "facet" : "") << '|';
    if (field.slot) out << *field.slot;
    if (field.role == FieldRole::Entity) {
        switch (field.entity_match) {
            case EntityMatch::NameWords:
                out << "|words";
                break;
            case EntityMatch::PlaceIdentity:
                out << "|place";
                break;
            case EntityMatch::WholeName:
                out << "|whole";
                break;
        }
        if (!field.identity_prefix.empty()) out << '|' << field.identity_prefix;
    }
    return out.str();
}

TEST(Schema, TableIsPinned) {
    std::vector<std::string> rows;
    for (const auto& field : fields()) rows.push_back(describe(field));
    const std::vector<std::string> golden{
        "id|id|Q|id||",
        "date|date|D|date|facet|0",
        "title|title|S|free||",
        "body|||free||",
        "people|person|XPER|entity|facet|1|words|XPID",
        "places|place|XLOC|entity|facet|2|place",
        "orgs|org|XORG|entity|facet|3|whole",
        "source||XSRC|source||",
        "url|||stored||",
    };
    EXPECT_EQ(rows, golden);
    EXPECT_EQ(kSchemaVersion, 6);
}

TEST(Schema, EntityFieldsAreTheEntityRowsInOrder) {
    std::vector<std::string_view> names;
    for (const auto& field : entity_fields()) names.push_back(field.name);
    EXPECT_EQ(names, (std::vector<std::string_view>{"people", "places", "orgs"}));
}

TEST(Schema, PrefixesAreDistinctAndNoneIsAPrefixOfAnother) {
    // Boolean terms are told apart by prefix alone: "XP" + "ERx" must never be
    // readable as "XPER" + "x".
    std::vector<std::string_view> prefixes{prefix::kMonth, prefix::kYear};
    for (const auto& field : fields()) {
        if (!field.prefix.empty()) prefixes.push_back(field.prefix);
    }
    EXPECT_EQ(prefixes.size(), 9U);
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
        for (std::size_t j = 0; j < prefixes.size(); ++j) {
            if (i == j) continue;
            EXPECT_FALSE(prefixes[j].starts_with(prefixes[i])) << prefixes[i] << " " << prefixes[j];
        }
    }
}

TEST(Schema, SlotsAreDistinct) {
    std::vector<Xapian::valueno> slots;
    for (const auto& field : fields()) {
        if (!field.slot) continue;
        EXPECT_EQ(std::count(slots.begin(), slots.end(), *field.slot), 0) << field.name;
        slots.push_back(*field.slot);
    }
}

TEST(Schema, NearDuplicateSlotsAreNoFieldsSlots) {
    for (const auto& field : fields()) {
        if (!field.slot) continue;
        EXPECT_NE(*field.slot, slot::kSignature) << field.name;
        EXPECT_NE(*field.slot, slot::kNearDuplicateGroup) << field.name;
    }
    EXPECT_NE(slot::kSignature, slot::kNearDuplicateGroup);
}

TEST(Schema, FindsQueryFields) {
    ASSERT_NE(find_query_field("person"), nullptr);
    EXPECT_EQ(find_query_field("person")->prefix, prefix::kPerson);
    EXPECT_EQ(find_query_field("place")->slot, slot::kPlaces);
    EXPECT_EQ(find_query_field("org")->prefix, prefix::kOrg);
    EXPECT_EQ(find_query_field("body"), nullptr);
    EXPECT_EQ(find_query_field("people"), nullptr);
    EXPECT_EQ(find_query_field(""), nullptr);
}

TEST(Schema, FindsFieldsAndFacets) {
    EXPECT_EQ(find_field("orgs"), find_query_field("org"));
    EXPECT_EQ(find_field("org"), nullptr);
    EXPECT_EQ(find_field("url")->role, FieldRole::Stored);
    EXPECT_EQ(find_facet_field("org"), find_query_field("org"));
    EXPECT_EQ(find_facet_field("date"), find_query_field("date"));
    EXPECT_EQ(find_facet_field("title"), nullptr);  // queryable, not facetable
    EXPECT_EQ(find_facet_field("id"), nullptr);
    EXPECT_EQ(find_facet_field("orgs"), nullptr);
}

TEST(Schema, FiltersAreTheBooleanFields) {
    std::vector<std::string_view> filters;
    for (const auto& field : fields()) {
        if (field.is_filter()) filters.push_back(field.name);
    }
    EXPECT_EQ(filters,
              (std::vector<std::string_view>{"id", "date", "people", "places", "orgs", "source"}));
}

TEST(Schema, StemmerKnowsSnowballLanguagesAndRejectsOthers) {
    EXPECT_EQ(make_stemmer("english")("running"), "run");
    EXPECT_EQ(make_stemmer("french")("continuellement"), "continuel");
    EXPECT_THROW((void)make_stemmer("klingon"), std::invalid_argument);
    try {
        (void)make_stemmer("klingon");
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("english"), std::string::npos) << e.what();
    }
}

TEST(IndexMetadata, RecordsVersionAndLanguageAndRefusesOtherVersions) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    EXPECT_EQ(check_index_metadata(db), "english");  // empty: accepted
    write_index_metadata(db, "french");
    EXPECT_EQ(check_index_metadata(db), "french");
    db.set_metadata(std::string(kSchemaVersionKey), "999");
    EXPECT_THROW((void)check_index_metadata(db), IncompatibleIndexError);
}

TEST(IndexMetadata, RefusesANonDatelineIndexWithDocuments) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(Xapian::Document());
    EXPECT_THROW((void)check_index_metadata(db), IncompatibleIndexError);
}

}  // namespace
}  // namespace dateline::schema
