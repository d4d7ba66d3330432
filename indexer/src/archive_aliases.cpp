#include "dateline/indexer/archive_aliases.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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

namespace {

// An article naming more than this many organisations is a list (a table of
// companies) and says nothing about which names belong together.
constexpr std::size_t kMaxOrgsTogether = 40;

}  // namespace

sc::AliasTables compute_alias_tables(const Xapian::Database& archive) {
    sc::AliasTables tables;
    const sc::FieldSpec& people_field = *sc::find_field("people");
    const sc::FieldSpec& orgs_field = *sc::find_field("orgs");
    const auto orgs = count_entities(archive, orgs_field);  // ordered by key
    // Which of them the articles name together: only the pairs the alias
    // rules read (org_aliases.hpp), in a second pass over the slot.
    OrgPairs org_pairs(orgs);
    if (orgs_field.slot) {
        std::vector<std::string> keys;
        for (auto it = archive.valuestream_begin(*orgs_field.slot);
             it != archive.valuestream_end(*orgs_field.slot); ++it) {
            keys.clear();
            for (auto& org : sc::decode_entities(*it)) keys.push_back(std::move(org.key));
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            if (keys.size() <= kMaxOrgsTogether) org_pairs.add_article(keys);
        }
    }
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

    // The same inside longer names: every organisation key from its second
    // word on ("lehman-brothers" and "brothers" of "shearson-lehman-brothers"),
    // sorted, with the organisation's articles.
    // Views into `orgs`' keys: one string per word of every name would be
    // the largest allocation of an archive of many organisations.
    std::vector<std::pair<std::string_view, Xapian::doccount>> inner_names;
    for (const EntityCount& org : orgs) {
        for (auto dash = org.entity.key.find('-'); dash != std::string::npos;
             dash = org.entity.key.find('-', dash + 1))
            inner_names.emplace_back(std::string_view(org.entity.key).substr(dash + 1),
                                     org.articles);
    }
    std::sort(inner_names.begin(), inner_names.end());
    // Articles naming an organisation with `key` inside its name, not first
    // ("lehman" of Shearson Lehman Brothers, "c-olivetti" of Ing C.
    // Olivetti).
    const auto inner_org_articles = [&inner_names](std::string_view key) {
        Xapian::doccount articles = 0;
        auto it =
            std::lower_bound(inner_names.begin(), inner_names.end(), key,
                             [](const auto& inner, std::string_view k) { return inner.first < k; });
        for (; it != inner_names.end() && it->first.compare(0, key.size(), key) == 0; ++it) {
            if (it->first.size() == key.size() || it->first[key.size()] == '-')
                articles += it->second;
        }
        return articles;
    };

    std::vector<EntityCount> people;
    std::vector<std::string> organisations;  // people that are organisations
    // A name inside longer organisation names ("Lehman") may still be a
    // person's of its own, so it needs more evidence than a name that
    // starts one: the archive names the organisations in twice as many
    // articles as the person.
    constexpr Xapian::doccount kInnerFactor = 2;
    for (auto& person : count_entities(archive, people_field)) {
        if (org_articles(person.entity.key) >= person.articles ||
            inner_org_articles(person.entity.key) >= kInnerFactor * person.articles) {
            organisations.push_back(person.entity.key);
        } else {
            people.push_back(std::move(person));
        }
    }
    sc::EntityAliases::Builder person_aliases(compute_person_aliases(people));
    for (auto& key : organisations) person_aliases.add(std::move(key), sc::Entity{});
    tables.of(people_field) = std::move(person_aliases).build();
    tables.of(orgs_field) = compute_org_aliases(orgs, org_pairs);
    return tables;
}

}  // namespace dateline::indexer
