#include "dateline/indexer/org_aliases.hpp"

#include <array>
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

}  // namespace

sc::EntityAliases compute_org_aliases(std::span<const EntityCount> orgs) {
    std::unordered_map<std::string, std::vector<const EntityCount*>> by_initials;
    for (const auto& org : orgs) {
        if (auto letters = initials(org.entity.key); !letters.empty())
            by_initials[std::move(letters)].push_back(&org);
    }
    sc::EntityAliases aliases;
    constexpr std::size_t kMinLetters = 2;
    constexpr std::size_t kMaxLetters = 8;
    for (const auto& acronym : orgs) {
        const std::string& key = acronym.entity.key;
        if (key.size() < kMinLetters || key.size() > kMaxLetters ||
            key.find('-') != std::string::npos)
            continue;
        const auto it = by_initials.find(key);
        if (it == by_initials.end()) continue;
        const EntityCount* best = nullptr;
        Xapian::doccount runner_up = 0;
        for (const EntityCount* candidate : it->second) {
            if (!best || candidate->articles > best->articles) {
                if (best) runner_up = best->articles;
                best = candidate;
            } else {
                runner_up = std::max(runner_up, candidate->articles);
            }
        }
        if (best && best->articles >= 2 * runner_up) aliases.add(key, best->entity);
    }
    return aliases;
}

}  // namespace dateline::indexer
