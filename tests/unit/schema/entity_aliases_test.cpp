#include "dateline/schema/entity_aliases.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline::schema {
namespace {

const Entity kReagan{"ronald-reagan", "Ronald Reagan"};
const Entity kVolcker{"paul-volcker", "Paul Volcker"};

EntityAliases sample_table() {
    EntityAliases::Builder builder;
    builder.add("volcker", kVolcker);
    builder.add("reagan", kReagan);
    builder.add("ronald-w-reagan", kReagan);
    builder.add("paul", Entity{});
    return std::move(builder).build();
}

TEST(EntityAliases, ResolvesAliasesHiddenKeysAndOthers) {
    const EntityAliases table = sample_table();
    EXPECT_EQ(table.size(), 4U);
    EXPECT_EQ(table.resolve(Entity{"reagan", "Reagan"}), kReagan);
    EXPECT_EQ(table.resolve(Entity{"volcker", "Volcker"}), kVolcker);
    EXPECT_EQ(table.resolve(Entity{"paul", "Paul"}), std::nullopt);
    const Entity other{"james-baker", "James Baker"};
    EXPECT_EQ(table.resolve(other), other);
    // A prefix or an extension of an alias is not the alias.
    EXPECT_EQ(table.resolve(Entity{"reag", "Reag"}), (Entity{"reag", "Reag"}));
    EXPECT_EQ(table.resolve(Entity{"reagans", "Reagans"}), (Entity{"reagans", "Reagans"}));

    EXPECT_EQ(table.target_of("reagan"), kReagan);
    EXPECT_EQ(table.target_of("paul"), std::nullopt);
    EXPECT_EQ(table.target_of("ronald-reagan"), std::nullopt);
    EXPECT_TRUE(table.hides("paul"));
    EXPECT_FALSE(table.hides("reagan"));
    EXPECT_FALSE(table.hides("nobody"));

    // Both answers in one look-up, as views into the table.
    const auto reagan = table.find_target("reagan");
    ASSERT_TRUE(reagan.has_value());
    EXPECT_EQ(reagan->key, kReagan.key);
    EXPECT_EQ(reagan->name, kReagan.name);
    const auto paul = table.find_target("paul");
    ASSERT_TRUE(paul.has_value());
    EXPECT_TRUE(paul->key.empty());
    EXPECT_FALSE(table.find_target("ronald-reagan").has_value());

    EXPECT_EQ(table.aliases_of("ronald-reagan"),
              (std::vector<std::string_view>{"reagan", "ronald-w-reagan"}));
    EXPECT_TRUE(table.aliases_of("james-baker").empty());
    EXPECT_TRUE(table.aliases_of("").empty());  // hidden keys are nobody's aliases
}

TEST(EntityAliases, BuilderSortsKeepsTheLastAndDropsSelfAliases) {
    EntityAliases::Builder builder;
    builder.add("reagan", kVolcker);
    builder.add("reagan", kReagan);  // the later one wins
    builder.add("ronald-reagan", kReagan);
    builder.add("", kReagan);
    builder.add("first", Entity{"", "a name for a hidden key"});
    const EntityAliases table = std::move(builder).build();
    EXPECT_EQ(table.encode(), "first\t\t\nreagan\tronald-reagan\tRonald Reagan\n");
    EXPECT_TRUE(table.aliases_of("paul-volcker").empty());
}

TEST(EntityAliases, BuilderKeepsTheLineFormatIntact) {
    EntityAliases::Builder builder;
    builder.add("odd", Entity{"odd-name", "Odd\tName\nHere"});
    const EntityAliases table = std::move(builder).build();
    EXPECT_EQ(table.encode(), "odd\todd-name\tOdd Name Here\n");
    EXPECT_EQ(EntityAliases::decode(table.encode()), table);
}

TEST(EntityAliases, StoredFormIsTakenAsItIs) {
    const EntityAliases table = sample_table();
    const std::string stored = table.encode();
    EXPECT_EQ(stored,
              "paul\t\t\n"
              "reagan\tronald-reagan\tRonald Reagan\n"
              "ronald-w-reagan\tronald-reagan\tRonald Reagan\n"
              "volcker\tpaul-volcker\tPaul Volcker\n");
    const EntityAliases read = EntityAliases::decode(stored);
    EXPECT_EQ(read, table);
    EXPECT_EQ(read.encode(), stored);
    EXPECT_EQ(read.resolve(Entity{"volcker", ""}), kVolcker);
    EXPECT_EQ(read.aliases_of("ronald-reagan").size(), 2U);
}

TEST(EntityAliases, OtherTextIsPutInTheStoredForm) {
    struct Case {
        const char* what;
        std::string text;
    };
    const std::string expected = "a\tx\tX\nb\ty\tY\n";
    const std::vector<Case> cases{
        {"unsorted", "b\ty\tY\na\tx\tX\n"},
        {"an alias twice: the later wins", "a\tz\tZ\nb\ty\tY\na\tx\tX\n"},
        {"no final line break", "a\tx\tX\nb\ty\tY"},
        {"malformed lines skipped", "a\tx\tX\nno tabs\n\tempty\talias\nonly\tone tab\nb\ty\tY\n"},
        {"an alias of itself", "a\tx\tX\nb\ty\tY\nc\tc\tC\n"},
    };
    for (const auto& c : cases) {
        const EntityAliases read = EntityAliases::decode(c.text);
        EXPECT_EQ(read.encode(), expected) << c.what;
        EXPECT_EQ(read.target_of("a"), (Entity{"x", "X"})) << c.what;
        EXPECT_EQ(read.target_of("b"), (Entity{"y", "Y"})) << c.what;
    }
    EXPECT_EQ(EntityAliases::decode("h\t\tname\n").encode(), "h\t\t\n");  // hidden: no name
    EXPECT_EQ(EntityAliases::decode("a\tb\tc\td\n").encode(), "a\tb\tc d\n");
    EXPECT_TRUE(EntityAliases::decode("").empty());
}

TEST(EntityAliases, MergeMissingKeepsTheFirstTablesAliases) {
    EntityAliases first = sample_table();
    EntityAliases::Builder second;
    second.add("reagan", Entity{"nancy-reagan", "Nancy Reagan"});
    second.add("lawson", Entity{"nigel-lawson", "Nigel Lawson"});
    first.merge_missing(std::move(second).build());
    EXPECT_EQ(first.size(), 5U);
    EXPECT_EQ(first.target_of("reagan"), kReagan);
    EXPECT_EQ(first.target_of("lawson"), (Entity{"nigel-lawson", "Nigel Lawson"}));
    EXPECT_EQ(EntityAliases::decode(first.encode()), first);
}

TEST(EntityAliases, BuilderStartsFromATable) {
    EntityAliases::Builder builder(sample_table());
    builder.add("volcker", Entity{});
    const EntityAliases table = std::move(builder).build();
    EXPECT_TRUE(table.hides("volcker"));
    EXPECT_EQ(table.target_of("reagan"), kReagan);
}

TEST(AliasTables, WrittenAndReadThroughTheIndexMetadata) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    AliasTables tables;
    tables.of(*find_field("people")) = sample_table();
    tables.write(db);
    db.commit();
    EXPECT_EQ(db.get_metadata(aliases_metadata_key(*find_field("people"))),
              sample_table().encode());
    const AliasTables read = AliasTables::read(db);
    EXPECT_EQ(read, tables);
    EXPECT_TRUE(read.of(*find_field("orgs")).empty());
}

TEST(AliasTables, ReadOnDemandReadsEachFieldWhenFirstAskedFor) {
    const FieldSpec& people = *find_field("people");
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.set_metadata(aliases_metadata_key(people), "reagan\tronald-reagan\tRonald Reagan\n");
    db.commit();
    const AliasTables tables = AliasTables::read_on_demand({db});
    // Nothing is read yet: the table of the first look-up is the one there
    // then, and it is read once.
    db.set_metadata(aliases_metadata_key(people), sample_table().encode());
    db.commit();
    EXPECT_EQ(tables.of(people), sample_table());
    db.set_metadata(aliases_metadata_key(people), "");
    db.commit();
    EXPECT_EQ(tables.of(people), sample_table());
}

TEST(AliasTables, ReadOnDemandMergesLikeReadAndMergeMissing) {
    const FieldSpec& people = *find_field("people");
    const FieldSpec& orgs = *find_field("orgs");
    Xapian::WritableDatabase first(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::WritableDatabase second(std::string(), Xapian::DB_BACKEND_INMEMORY);
    AliasTables first_tables;
    first_tables.of(people) = sample_table();
    first_tables.write(first);
    first.commit();
    AliasTables second_tables;
    EntityAliases::Builder builder;
    builder.add("reagan", Entity{"nancy-reagan", "Nancy Reagan"});
    builder.add("lawson", Entity{"nigel-lawson", "Nigel Lawson"});
    second_tables.of(people) = std::move(builder).build();
    second_tables.of(orgs) = sample_table();
    second_tables.write(second);
    second.commit();

    AliasTables expected = AliasTables::read(first);
    expected.merge_missing(AliasTables::read(second));
    const AliasTables on_demand = AliasTables::read_on_demand({first, second});
    // A copy made before anything is read shares what either reads.
    const AliasTables copy = on_demand;
    EXPECT_EQ(copy.of(people).target_of("reagan"), kReagan);
    EXPECT_EQ(on_demand, expected);
    EXPECT_EQ(copy, expected);

    // Changing a table of a copy leaves the others as they were.
    AliasTables changed = on_demand;
    changed.of(orgs) = EntityAliases();
    EXPECT_TRUE(changed.of(orgs).empty());
    EXPECT_EQ(on_demand.of(orgs), sample_table());
    EXPECT_EQ(changed.of(people), expected.of(people));
}

}  // namespace
}  // namespace dateline::schema
