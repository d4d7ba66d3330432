// The entity regression table (tests/data/entities/regressions.txt, whose
// header documents the format): each case's text goes through the extraction
// policy with the real model, and its must / not / one lines are checked the
// way `dateline-search FIELD:VALUE` would match the article. Cases marked
// `open` are known failures: they must still fail, so that a fix is noticed
// and the mark removed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/extractor/article_extractor.hpp"
#include "dateline/schema/date.hpp"
#include "dateline/schema/entity.hpp"
#include "dateline/schema/fields.hpp"
#include "dateline/schema/terms.hpp"
#include "support/process.hpp"

namespace dateline::extractor {
namespace {

namespace fs = std::filesystem;
namespace sc = dateline::schema;

enum class Expectation { Must, MustNot, ExactlyOne, SameOne };

struct Check {
    Expectation expectation;
    std::string field;  // "person", "place", "org"
    std::string value;  // as typed after "field:", without quotes
    std::size_t line;
    std::string other_value;  // SameOne: the value on the right of '='
};

struct Case {
    std::string name;
    std::size_t line = 0;
    std::string title;
    std::string text;
    std::vector<sc::Entity> people;
    std::vector<sc::Entity> places;
    std::vector<sc::Entity> orgs;
    std::optional<sc::Date> date;  // the article's, as a `date:` header gives it
    std::vector<Check> checks;
    std::string open;  // why it is a known failure; empty if it must pass
};

fs::path table_path() {
    return fs::path(test::source_dir()) / "tests" / "data" / "entities" / "regressions.txt";
}

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

// "A; B" -> metadata entities, as a text header's people/places.
std::vector<sc::Entity> entity_list(const std::string& value) {
    std::vector<sc::Entity> entities;
    std::istringstream in(value);
    for (std::string item; std::getline(in, item, ';');) {
        if (auto name = trim(item); !name.empty()) entities.push_back(sc::entity_from_name(name));
    }
    return entities;
}

Check parse_check(Expectation expectation, const std::string& value, std::size_t line) {
    const auto colon = value.find(':');
    if (colon == std::string::npos) {
        ADD_FAILURE() << "line " << line << ": expected FIELD:VALUE, got '" << value << "'";
        return {expectation, {}, {}, line, {}};
    }
    std::string entity_value = trim(value.substr(colon + 1));
    if (entity_value.size() >= 2 && entity_value.front() == '"' && entity_value.back() == '"')
        entity_value = entity_value.substr(1, entity_value.size() - 2);
    return {expectation, value.substr(0, colon), entity_value, line, {}};
}

// "FIELD:A = FIELD:B" (the same field on both sides).
Check parse_same(const std::string& value, std::size_t line) {
    const auto equals = value.find(" = ");
    if (equals == std::string::npos) {
        ADD_FAILURE() << "line " << line << ": expected FIELD:A = FIELD:B, got '" << value << "'";
        return {Expectation::SameOne, {}, {}, line, {}};
    }
    Check check = parse_check(Expectation::SameOne, trim(value.substr(0, equals)), line);
    const Check right = parse_check(Expectation::SameOne, trim(value.substr(equals + 3)), line);
    if (right.field != check.field) ADD_FAILURE() << "line " << line << ": two fields";
    check.other_value = right.value;
    return check;
}

std::vector<Case> read_table() {
    std::ifstream in(table_path());
    EXPECT_TRUE(in) << "cannot open " << table_path();
    std::vector<Case> cases;
    std::size_t number = 0;
    bool in_case = false;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (!line.empty() && line[0] == '#') continue;
        if (trim(line).empty()) {
            in_case = false;
            continue;
        }
        const auto gap = line.find_first_of(" \t");
        const std::string key = line.substr(0, gap);
        const std::string value = gap == std::string::npos ? "" : trim(line.substr(gap));
        if (key == "case") {
            Case added;
            added.name = value;
            added.line = number;
            cases.push_back(std::move(added));
            in_case = true;
            continue;
        }
        if (!in_case) {
            ADD_FAILURE() << "line " << number << ": '" << key << "' outside a case";
            continue;
        }
        Case& c = cases.back();
        if (key == "about") {
        } else if (key == "title") {
            c.title = value;
        } else if (key == "text") {
            if (!c.text.empty()) c.text += '\n';
            c.text += value;
        } else if (key == "date") {
            c.date = sc::Date::from_iso(value);
            if (!c.date) ADD_FAILURE() << "line " << number << ": date is not YYYY-MM-DD";
        } else if (key == "people") {
            c.people = entity_list(value);
        } else if (key == "places") {
            c.places = entity_list(value);
        } else if (key == "orgs") {
            c.orgs = entity_list(value);
        } else if (key == "must") {
            c.checks.push_back(parse_check(Expectation::Must, value, number));
        } else if (key == "not") {
            c.checks.push_back(parse_check(Expectation::MustNot, value, number));
        } else if (key == "one") {
            c.checks.push_back(parse_check(Expectation::ExactlyOne, value, number));
        } else if (key == "same") {
            c.checks.push_back(parse_same(value, number));
        } else if (key == "open") {
            c.open = value;
        } else {
            ADD_FAILURE() << "line " << number << ": unknown key '" << key << "'";
        }
    }
    return cases;
}

// The schema field a check's FIELD names (person, place, org).
const sc::FieldSpec& schema_field(const std::string& field) { return *sc::find_query_field(field); }

// The terms `FIELD:` queries match for one entity, as the index holds them.
std::vector<std::string> field_terms(const std::string& field, const sc::Entity& entity) {
    return sc::entity_terms(schema_field(field), entity);
}

// What a query value looks up (`place:usa` -> the identity term of us).
std::string query_term(const std::string& field, const std::string& value) {
    return sc::entity_query_term(schema_field(field), value);
}

// Each entity once by its identity, as the document builder stores it
// (metadata `usa` and the text's "United States" are one place, us).
void add_unique(std::vector<sc::Entity>& list, const std::string& field, sc::Entity entity) {
    entity = sc::entity_identity(schema_field(field), entity);
    if (std::none_of(list.begin(), list.end(),
                     [&](const sc::Entity& e) { return e.key == entity.key; }))
        list.push_back(std::move(entity));
}

// The failures of one case, one line each; empty when it passes.
std::vector<std::string> run_case(const ArticleExtractor& extractor, const Case& c) {
    auto found = extractor.extract({c.title, c.text, c.people, c.places, c.orgs, c.date});
    // The article as the indexer stores it: metadata, then what the text adds.
    std::vector<sc::Entity> people;
    std::vector<sc::Entity> places;
    std::vector<sc::Entity> orgs;
    for (const auto& p : c.people) add_unique(people, "person", p);
    for (auto& p : found.people) add_unique(people, "person", std::move(p));
    for (const auto& p : c.places) add_unique(places, "place", p);
    for (auto& p : found.places) add_unique(places, "place", std::move(p));
    for (auto& p : found.implied_places) add_unique(places, "place", std::move(p));
    for (const auto& o : c.orgs) add_unique(orgs, "org", o);
    for (auto& o : found.orgs) add_unique(orgs, "org", std::move(o));

    auto describe = [](const std::vector<sc::Entity>& list) {
        std::string s;
        for (const auto& e : list) s += (s.empty() ? "" : ", ") + e.key;
        return "[" + s + "]";
    };
    std::vector<std::string> failures;
    for (const Check& check : c.checks) {
        if (check.field != "person" && check.field != "place" && check.field != "org") {
            failures.push_back("line " + std::to_string(check.line) + ": unknown field '" +
                               check.field + "'");
            continue;
        }
        const auto& entities =
            check.field == "person" ? people : (check.field == "place" ? places : orgs);
        // The keys of the entities `field:value` finds.
        const auto matching = [&](const std::string& value) {
            const std::string term = query_term(check.field, value);
            std::vector<std::string> keys;
            for (const sc::Entity& e : entities) {
                const auto terms = field_terms(check.field, e);
                if (std::find(terms.begin(), terms.end(), term) != terms.end())
                    keys.push_back(e.key);
            }
            return keys;
        };
        const auto matched = matching(check.value);
        const std::size_t matches = matched.size();
        const std::string what = check.field + ":" + check.value;
        const std::string where = " (line " + std::to_string(check.line) + "; " + check.field +
                                  "s: " + describe(entities) + ")";
        switch (check.expectation) {
            case Expectation::Must:
                if (matches == 0) failures.push_back("must find " + what + where);
                break;
            case Expectation::MustNot:
                if (matches != 0) failures.push_back("must not find " + what + where);
                break;
            case Expectation::ExactlyOne:
                if (matches != 1) {
                    failures.push_back(what + " matches " + std::to_string(matches) +
                                       " entities, not one" + where);
                }
                break;
            case Expectation::SameOne:
                if (matches != 1 || matching(check.other_value) != matched) {
                    failures.push_back(what + " and " + check.field + ":" + check.other_value +
                                       " are not the same one entity" + where);
                }
                break;
        }
    }
    return failures;
}

TEST(RegressionTable, EveryCaseHoldsAndEveryOpenCaseStillFails) {
    const auto cases = read_table();
    ASSERT_FALSE(cases.empty());
    std::set<std::string> names;
    const auto extractor =
        ArticleExtractor::load(fs::path(test::source_dir()) / "extractor" / "model");
    for (const Case& c : cases) {
        SCOPED_TRACE("case " + c.name + " (line " + std::to_string(c.line) + ")");
        EXPECT_TRUE(names.insert(c.name).second) << "duplicate case name";
        EXPECT_FALSE(c.text.empty() && c.title.empty()) << "a case needs a text";
        EXPECT_FALSE(c.checks.empty()) << "a case needs must/not/one lines";
        const auto failures = run_case(extractor, c);
        if (c.open.empty()) {
            for (const auto& f : failures) ADD_FAILURE() << f;
        } else {
            EXPECT_FALSE(failures.empty()) << "passes now: remove its 'open " << c.open << "' line";
        }
    }
}

}  // namespace
}  // namespace dateline::extractor
