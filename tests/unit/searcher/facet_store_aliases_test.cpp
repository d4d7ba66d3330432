// The facet store keeps the alias tables of the revision it describes, and
// an index opened with its store reads them from there: the same tables as
// the metadata gives.

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "dateline/facets/facet_store.hpp"
#include "dateline/facets/facet_store_builder.hpp"
#include "dateline/schema/entity_aliases.hpp"
#include "dateline/schema/fields.hpp"
#include "support/temp_dir.hpp"

namespace dateline::searcher {
namespace {

namespace sc = dateline::schema;

TEST(FacetStoreAliases, StoreKeepsEachFieldsTableAsTheMetadataHasIt) {
    test::TempDir temp;
    const auto folder = temp / "db";
    const std::string people =
        "reagan\tronald-reagan\tRonald Reagan\nvolcker\tpaul-volcker\tPaul Volcker\n";
    {
        Xapian::WritableDatabase db(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::Document doc;
        doc.add_term("oil");
        db.add_document(doc);
        db.set_metadata(sc::aliases_metadata_key(*sc::find_field("people")), people);
        db.commit();
    }
    facets::update_facet_store({folder});
    const auto store = facets::FacetStore::open(*facets::facet_store_file({folder}));
    ASSERT_TRUE(store);
    EXPECT_EQ(store->alias_text("people"), people);
    EXPECT_TRUE(store->alias_text("orgs").empty());
    EXPECT_TRUE(store->alias_text("no such field").empty());

    const sc::AliasTables from_store = sc::AliasTables::read_on_demand(
        {[&](const sc::FieldSpec& field) { return std::string(store->alias_text(field.name)); }});
    EXPECT_EQ(from_store, sc::AliasTables::read(Xapian::Database(folder.string())));
    EXPECT_EQ(from_store.of(*sc::find_field("people")).target_of("reagan"),
              (sc::Entity{"ronald-reagan", "Ronald Reagan"}));
}

}  // namespace
}  // namespace dateline::searcher
