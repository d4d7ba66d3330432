#include "dateline/indexer/archive_aliases.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "dateline/indexer/org_aliases.hpp"
#include "dateline/indexer/person_aliases.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

std::vector<EntityCount> count_entities(const Xapian::Database& archive,
                                        const sc::FieldSpec& field) {
    struct Tally {
        Xapian::doccount articles = 0;
        std::map<std::string, Xapian::doccount> names;
    };
    std::map<std::string, Tally> tallies;
    if (!field.slot) return {};
    for (auto it = archive.valuestream_begin(*field.slot);
         it != archive.valuestream_end(*field.slot); ++it) {
        auto people = sc::decode_entities(*it);
        std::sort(people.begin(), people.end(),
                  [](const sc::Entity& a, const sc::Entity& b) { return a.key < b.key; });
        for (std::size_t i = 0; i < people.size(); ++i) {
            if (i > 0 && people[i].key == people[i - 1].key) continue;
            Tally& tally = tallies[people[i].key];
            ++tally.articles;
            ++tally.names[people[i].name];
        }
    }
    std::vector<EntityCount> counts;
    counts.reserve(tallies.size());
    for (auto& [key, tally] : tallies) {
        const auto name =
            std::max_element(tally.names.begin(), tally.names.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        counts.push_back(EntityCount{sc::Entity{key, name->first}, tally.articles});
    }
    return counts;
}

sc::AliasTables compute_alias_tables(const Xapian::Database& archive) {
    sc::AliasTables tables;
    const sc::FieldSpec& people_field = *sc::find_field("people");
    const sc::FieldSpec& orgs_field = *sc::find_field("orgs");
    const auto orgs = count_entities(archive, orgs_field);  // ordered by key
    // Articles naming an organisation called `key` or starting with it
    // ("dean-witter" for Dean Witter Reynolds; an article may count twice).
    const auto org_articles = [&orgs](const std::string& key) {
        Xapian::doccount articles = 0;
        auto it = std::lower_bound(
            orgs.begin(), orgs.end(), key,
            [](const EntityCount& org, const std::string& k) { return org.entity.key < k; });
        for (; it != orgs.end() && it->entity.key.compare(0, key.size(), key) == 0; ++it) {
            const std::string& other = it->entity.key;
            if (other.size() == key.size() || other[key.size()] == '-') articles += it->articles;
        }
        return articles;
    };

    std::vector<EntityCount> people;
    std::vector<std::string> organisations;  // people that are organisations
    for (auto& person : count_entities(archive, people_field)) {
        if (org_articles(person.entity.key) >= person.articles) {
            organisations.push_back(person.entity.key);
        } else {
            people.push_back(std::move(person));
        }
    }
    sc::EntityAliases::Builder person_aliases(compute_person_aliases(people));
    for (auto& key : organisations) person_aliases.add(std::move(key), sc::Entity{});
    tables.of(people_field) = std::move(person_aliases).build();
    tables.of(orgs_field) = compute_org_aliases(orgs);
    return tables;
}

}  // namespace dateline::indexer
