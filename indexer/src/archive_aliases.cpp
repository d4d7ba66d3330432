#include "dateline/indexer/archive_aliases.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dateline/indexer/org_aliases.hpp"
#include "dateline/indexer/person_aliases.hpp"
#include "dateline/indexer/string_ids.hpp"
#include "dateline/schema/place_identities.hpp"
#include "dateline/schema/terms.hpp"

namespace dateline::indexer {

namespace sc = dateline::schema;

std::vector<EntityCount> count_entities(const Xapian::Database& archive,
                                        const sc::FieldSpec& field) {
    if (!field.slot) return {};
    // Keys and names as ids (StringIds), counts in arrays by key id: a map
    // node and a map of names per key took a million articles' half million
    // organisations to 209 MB.
    StringIds keys;
    StringIds names;
    struct Tally {
        Xapian::doccount articles = 0;
        std::uint32_t name = 0;  // the first name seen
        Xapian::doccount name_articles = 0;
    };
    std::vector<Tally> tallies;  // by key id
    // Articles per other name: (key id << 32 | name id) -> articles.
    std::unordered_map<std::uint64_t, Xapian::doccount> other_names;
    for (auto it = archive.valuestream_begin(*field.slot);
         it != archive.valuestream_end(*field.slot); ++it) {
        auto people = sc::decode_entities(*it);
        std::sort(people.begin(), people.end(),
                  [](const sc::Entity& a, const sc::Entity& b) { return a.key < b.key; });
        for (std::size_t i = 0; i < people.size(); ++i) {
            if (i > 0 && people[i].key == people[i - 1].key) continue;
            const std::uint32_t key = keys.add(people[i].key);
            const std::uint32_t name = names.add(people[i].name);
            if (key == tallies.size()) tallies.push_back(Tally{0, name, 0});
            Tally& tally = tallies[key];
            ++tally.articles;
            if (name == tally.name) {
                ++tally.name_articles;
            } else {
                ++other_names[std::uint64_t{key} << 32U | name];
            }
        }
    }
    // Each key's name: the most articles', the first in byte order of those.
    for (const auto& [pair, articles] : other_names) {
        Tally& tally = tallies[pair >> 32U];
        const auto name = static_cast<std::uint32_t>(pair & 0xffffffffU);
        if (articles > tally.name_articles ||
            (articles == tally.name_articles && names.text(name) < names.text(tally.name))) {
            tally.name = name;
            tally.name_articles = articles;
        }
    }
    std::unordered_map<std::uint64_t, Xapian::doccount>().swap(other_names);
    std::vector<std::uint32_t> by_key(keys.size());
    std::iota(by_key.begin(), by_key.end(), std::uint32_t{0});
    std::sort(by_key.begin(), by_key.end(),
              [&keys](std::uint32_t a, std::uint32_t b) { return keys.text(a) < keys.text(b); });
    std::vector<EntityCount> counts;
    counts.reserve(by_key.size());
    for (const std::uint32_t key : by_key) {
        const Tally& tally = tallies[key];
        counts.push_back(EntityCount{
            sc::Entity{std::string(keys.text(key)), std::string(names.text(tally.name))},
            tally.articles});
    }
    return counts;
}

namespace {

// An article naming more than this many organisations is a list (a table of
// companies) and says nothing about which names belong together.
constexpr std::size_t kMaxOrgsTogether = 40;

// Fewest articles naming a place's name as a person or an organisation that
// can hide the place.
constexpr Xapian::doccount kMinOtherArticles = 2;

// The people's alias table, `orgs` (ordered by key) telling which "people"
// are organisations. Its own function so that what it builds is freed
// before the organisations' alias step.
sc::EntityAliases people_aliases(const Xapian::Database& archive, const sc::FieldSpec& field,
                                 std::span<const EntityCount> orgs) {
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
    // the largest allocation of an archive of many organisations; counted
    // first, so that the vector is allocated once, at its size.
    std::size_t inner_count = 0;
    for (const EntityCount& org : orgs)
        inner_count +=
            static_cast<std::size_t>(std::count(org.entity.key.begin(), org.entity.key.end(), '-'));
    std::vector<std::pair<std::string_view, Xapian::doccount>> inner_names;
    inner_names.reserve(inner_count);
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
    for (auto& person : count_entities(archive, field)) {
        if (org_articles(person.entity.key) >= person.articles ||
            inner_org_articles(person.entity.key) >= kInnerFactor * person.articles) {
            organisations.push_back(person.entity.key);
        } else {
            people.push_back(std::move(person));
        }
    }
    decltype(inner_names)().swap(inner_names);
    sc::EntityAliases::Builder aliases(compute_person_aliases(people));
    for (auto& key : organisations) aliases.add(std::move(key), sc::Entity{});
    return std::move(aliases).build();
}

// The places' alias table: hides the places that are rather a person or an
// organisation of the archive (archive_aliases.hpp), `orgs` ordered by key.
sc::EntityAliases place_aliases(const Xapian::Database& archive, const sc::FieldSpec& field,
                                const sc::FieldSpec& people_field,
                                std::span<const EntityCount> orgs) {
    const auto org_articles = [&orgs](const std::string& key) -> Xapian::doccount {
        const auto it = std::lower_bound(
            orgs.begin(), orgs.end(), key,
            [](const EntityCount& org, const std::string& k) { return org.entity.key < k; });
        return it != orgs.end() && it->entity.key == key ? it->articles : 0;
    };
    sc::EntityAliases::Builder aliases;
    for (auto& place : count_entities(archive, field)) {
        const std::string& key = place.entity.key;
        // A place the gazetteer or the identity table knows keeps its row,
        // whatever else bears its name.
        if (sc::geonameid_of_key(key) || sc::find_place_identity(key) != nullptr) continue;
        // More articles, and two at least: one article each way says
        // nothing ("Monmouth" the town, "Monmouth" the university).
        const Xapian::doccount other = std::max(
            archive.get_termfreq(sc::entity_identity_term(people_field, key)), org_articles(key));
        if (other >= kMinOtherArticles && other > place.articles) aliases.add(key, sc::Entity{});
    }
    return std::move(aliases).build();
}

}  // namespace

sc::AliasTables compute_alias_tables(const Xapian::Database& archive) {
    sc::AliasTables tables;
    const sc::FieldSpec& people_field = *sc::find_field("people");
    const sc::FieldSpec& orgs_field = *sc::find_field("orgs");
    const auto orgs = count_entities(archive, orgs_field);  // ordered by key
    // People first, then organisations: each step's structures are freed
    // before the next one builds its own (the peak of a million articles).
    tables.of(people_field) = people_aliases(archive, people_field, orgs);
    const sc::FieldSpec& places_field = *sc::find_field("places");
    tables.of(places_field) = place_aliases(archive, places_field, people_field, orgs);
    // Which organisations the articles name together: only the pairs the
    // alias rules read (org_aliases.hpp), in a second pass over the slot.
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
    tables.of(orgs_field) = compute_org_aliases(orgs, org_pairs);
    return tables;
}

}  // namespace dateline::indexer
