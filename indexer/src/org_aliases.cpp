#include "dateline/indexer/org_aliases.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline::indexer {

namespace sc = dateline::schema;

namespace {

bool is_skipped_word(std::string_view word) {
    static constexpr std::array<std::string_view, 8> kWords = {"of", "and", "the", "for",
                                                               "on", "in",  "de",  "des"};
    for (const auto skipped : kWords) {
        if (word == skipped) return true;
    }
    return false;
}

// The initials of a name of two words or more ("international-monetary-fund"
// -> "imf"); empty for a single word.
std::string initials(std::string_view key) {
    std::string letters;
    std::size_t words = 0;
    while (!key.empty()) {
        const auto dash = key.find('-');
        const std::string_view word = key.substr(0, dash);
        if (!word.empty() && !is_skipped_word(word)) {
            letters += word.front();
            ++words;
        }
        if (dash == std::string_view::npos) break;
        key.remove_prefix(dash + 1);
    }
    return words >= 2 ? letters : std::string();
}

// The spelling-free form of an organisation's key: British and American
// spellings alike ("organization"), no leading "U.S." (the archives' own
// country: "U.S. Treasury" is the Treasury they name), "X department" for
// "department of X" (and ministry, office).
std::string normal_form(std::string key) {
    const auto replace_all = [&key](std::string_view from, std::string_view to) {
        for (auto at = key.find(from); at != std::string::npos; at = key.find(from, at + to.size()))
            key.replace(at, from.size(), to);
    };
    replace_all("organization", "organisation");
    replace_all("defense", "defence");
    for (const std::string_view country : {"u-s-", "us-", "united-states-"}) {
        if (key.size() > country.size() && key.compare(0, country.size(), country) == 0) {
            key.erase(0, country.size());
            break;
        }
    }
    for (const std::string_view head : {"department", "ministry", "office"}) {
        const std::string of = std::string(head) + "-of-";
        if (key.size() > of.size() && key.compare(0, of.size(), of) == 0 &&
            key.find('-', of.size()) == std::string::npos) {
            key = key.substr(of.size()) + "-" + std::string(head);
            break;
        }
    }
    return key;
}

// The organisation most articles name among `candidates` when it dominates
// (at least twice the articles of any other), else nullptr.
const EntityCount* dominant(std::span<const EntityCount* const> candidates) {
    const EntityCount* best = nullptr;
    Xapian::doccount runner_up = 0;
    for (const EntityCount* candidate : candidates) {
        if (!best || candidate->articles > best->articles) {
            if (best) runner_up = best->articles;
            best = candidate;
        } else {
            runner_up = std::max(runner_up, candidate->articles);
        }
    }
    return best && best->articles >= 2 * runner_up ? best : nullptr;
}

}  // namespace

sc::EntityAliases compute_org_aliases(std::span<const EntityCount> orgs) {
    // 1. Spellings of one organisation are one row, the most named one's.
    std::map<std::string, std::vector<const EntityCount*>> by_form;
    for (const auto& org : orgs) by_form[normal_form(org.entity.key)].push_back(&org);
    std::vector<const EntityCount*> rows;  // one per organisation, ordered by form
    std::unordered_map<const EntityCount*, const EntityCount*> row_of;  // entity -> its row
    for (const auto& [form, spellings] : by_form) {
        const EntityCount* row = *std::max_element(
            spellings.begin(), spellings.end(),
            [](const EntityCount* a, const EntityCount* b) { return a->articles < b->articles; });
        rows.push_back(row);
        for (const EntityCount* spelling : spellings) row_of[spelling] = row;
    }
    std::unordered_map<const EntityCount*, const EntityCount*> merged;  // row -> the row it joins

    // 2. A name that starts the names of longer organisations is the one of
    // them that dominates, when that one is named in at least half as many
    // articles ("Ford" of Ford Motor, "Salomon" of Salomon Brothers; "Texaco"
    // stays beside a rarer "Texaco Canada").
    std::vector<const EntityCount*> by_key = rows;
    std::sort(by_key.begin(), by_key.end(), [](const EntityCount* a, const EntityCount* b) {
        return a->entity.key < b->entity.key;
    });
    for (const EntityCount* shorter : rows) {
        const std::string prefix = shorter->entity.key + "-";
        std::vector<const EntityCount*> longer;
        auto it = std::lower_bound(
            by_key.begin(), by_key.end(), prefix,
            [](const EntityCount* row, const std::string& p) { return row->entity.key < p; });
        for (; it != by_key.end() && (*it)->entity.key.compare(0, prefix.size(), prefix) == 0; ++it)
            longer.push_back(*it);
        const EntityCount* target = longer.empty() ? nullptr : dominant(longer);
        if (target && 2 * target->articles >= shorter->articles) merged[shorter] = target;
    }

    // 3. An acronym is the organisation whose initials it spells.
    // The initials of every spelling count ("USDA" spells U.S. Department of
    // Agriculture, whose row may be "Agriculture Department").
    std::unordered_map<std::string, std::vector<const EntityCount*>> by_initials;
    for (const auto& org : orgs) {
        if (auto letters = initials(org.entity.key); !letters.empty()) {
            auto& candidates = by_initials[std::move(letters)];
            const EntityCount* row = row_of.at(&org);
            if (std::find(candidates.begin(), candidates.end(), row) == candidates.end())
                candidates.push_back(row);
        }
    }
    constexpr std::size_t kMinLetters = 2;
    constexpr std::size_t kMaxLetters = 8;
    for (const EntityCount* acronym : rows) {
        const std::string& key = acronym->entity.key;
        if (key.size() < kMinLetters || key.size() > kMaxLetters ||
            key.find('-') != std::string::npos)
            continue;
        const auto it = by_initials.find(key);
        if (it == by_initials.end()) continue;
        if (const EntityCount* target = dominant(it->second)) merged[acronym] = target;
    }

    // Every key shows as the row it ends at ("federal" -> "federal-reserve"
    // -> "federal-reserve-board"); prefixes only lengthen and acronyms only
    // lead to names of two words or more, so the chains end.
    sc::EntityAliases::Builder aliases;
    for (const auto& org : orgs) {
        const EntityCount* row = row_of.at(&org);
        for (auto next = merged.find(row); next != merged.end(); next = merged.find(row))
            row = next->second;
        aliases.add(org.entity.key, row->entity);
    }
    return std::move(aliases).build();
}

}  // namespace dateline::indexer
