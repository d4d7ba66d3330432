// Golden test of the schema table: any change here is a change of the index
// layout and must come with a new kSchemaVersion and docs/schema.md.
#include "dateline/schema/fields.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "dateline/schema/index_metadata.hpp"

namespace dateline::schema {
namespace {

std::string describe(const FieldSpec& field) {
    std::ostringstream out;
    out << field.name << '|' << field.query_name << '|' << field.prefix << '|';
    switch (field.kind) {
        case FieldKind::FreeText:
            out << "free";
            break;
        case FieldKind::Boolean:
            out << "bool";
            break;
        case FieldKind::Stored:
            out << "stored";
            break;
    }
    out << '|';
    if (field.slot) out << *field.slot;
    return out.str();
}

TEST(Schema, TableIsPinned) {
    std::vector<std::string> rows;
    for (const auto& field : fields()) rows.push_back(describe(field));
    const std::vector<std::string> golden{
        "id|id|Q|bool|",
        "date|date|D|bool|0",
        "title|title|S|free|",
        "body|||free|",
        "people|person|XPER|bool|1",
        "places|place|XLOC|bool|2",
        "source||XSRC|bool|",
        "url|||stored|",
    };
    EXPECT_EQ(rows, golden);
    EXPECT_EQ(kSchemaVersion, 1);
}

TEST(Schema, PrefixesAreDistinctAndNoneIsAPrefixOfAnother) {
    // Boolean terms are told apart by prefix alone: "XP" + "ERx" must never be
    // readable as "XPER" + "x".
    std::vector<std::string_view> prefixes{prefix::kId,    prefix::kTitle, prefix::kDay,
                                           prefix::kMonth, prefix::kYear,  prefix::kPerson,
                                           prefix::kPlace, prefix::kSource};
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
        for (std::size_t j = 0; j < prefixes.size(); ++j) {
            if (i == j) continue;
            EXPECT_FALSE(prefixes[j].starts_with(prefixes[i])) << prefixes[i] << " " << prefixes[j];
        }
    }
}

TEST(Schema, FindsQueryFields) {
    ASSERT_NE(find_query_field("person"), nullptr);
    EXPECT_EQ(find_query_field("person")->prefix, prefix::kPerson);
    EXPECT_EQ(find_query_field("place")->slot, slot::kPlaces);
    EXPECT_EQ(find_query_field("body"), nullptr);
    EXPECT_EQ(find_query_field("people"), nullptr);
    EXPECT_EQ(find_query_field(""), nullptr);
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
