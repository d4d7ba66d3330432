#include "dateline/indexer/org_aliases.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/extractor/organisation_names.hpp"

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

// A whole institution's name, "Head of Place" ("Bank of Tokyo", "University
// of Washington"): not the short name of a longer one the archive also names
// ("Bank of Tokyo International" is its London subsidiary).
bool names_head_of_place(std::string_view name) {
    std::string_view previous;
    while (!name.empty()) {
        const auto space = name.find(' ');
        const std::string_view word = name.substr(0, space);
        if (word == "of" && extractor::is_organisation_head(previous)) return true;
        previous = word;
        if (space == std::string_view::npos) break;
        name.remove_prefix(space + 1);
    }
    return false;
}

// The initials of a country institution's name with its head first
// ("International Trade and Industry Ministry (Japan)" -> "miti", read
// "Ministry of International Trade and Industry"); empty for other names.
std::string head_first_initials(std::string_view name) {
    const auto country = name.find(" (");
    if (country == std::string_view::npos) return {};
    const std::string key = sc::canonical_key(name.substr(0, country));
    for (const std::string_view head : {"ministry", "department", "office"}) {
        const std::string suffix = "-" + std::string(head);
        if (key.size() > suffix.size() && key.ends_with(suffix)) {
            const std::string rest = initials(key.substr(0, key.size() - suffix.size()));
            return rest.empty() ? std::string() : head.front() + rest;
        }
    }
    return {};
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

constexpr std::size_t kMinClipped = 3;  // letters of a clipped name ("Fed")

}  // namespace

OrgPairs::OrgPairs(std::span<const EntityCount> orgs) : count_all_(false) {
    std::unordered_map<std::string, std::uint32_t> by_form;
    for (const auto& org : orgs) {
        const std::string& key = org.entity.key;
        std::string form = normal_form(key);
        const bool one_word = form.find('-') == std::string::npos;
        const auto [it, added] =
            by_form.try_emplace(std::move(form), static_cast<std::uint32_t>(groups_.size()));
        if (added) groups_.emplace_back();
        Group& group = groups_[it->second];
        group_of_[key] = it->second;
        if (one_word) group.spellings.push_back(key);
        // As step 3 of compute_org_aliases() spells them.
        if (auto letters = initials(key); !letters.empty()) {
            group.spelled.push_back(letters + 'c');
            group.spelled.push_back(std::move(letters));
        }
        if (auto letters = head_first_initials(org.entity.name); !letters.empty())
            group.spelled.push_back(std::move(letters));
        if (const auto dash = key.find('-'); dash != std::string::npos)
            group.first_words.push_back(key.substr(0, dash));
    }
}

bool OrgPairs::may_read(const Group& a, const Group& b) const {
    for (const std::string& short_name : a.spellings) {
        if (std::find(b.spelled.begin(), b.spelled.end(), short_name) != b.spelled.end())
            return true;
        if (short_name.size() < kMinClipped) continue;
        for (const std::string& word : b.first_words) {
            if (word.size() > short_name.size() && word.starts_with(short_name)) return true;
        }
    }
    return false;
}

void OrgPairs::add_article(std::span<const std::string> keys) {
    if (count_all_) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            for (std::size_t j = i + 1; j < keys.size(); ++j) add(keys[i], keys[j], 1);
        }
        return;
    }
    std::vector<const Group*> groups(keys.size(), nullptr);
    bool any_short = false;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (const auto it = group_of_.find(keys[i]); it != group_of_.end()) {
            groups[i] = &groups_[it->second];
            any_short = any_short || !groups[i]->spellings.empty();
        }
    }
    if (!any_short) return;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        for (std::size_t j = i + 1; j < keys.size(); ++j) {
            if (groups[i] && groups[j] &&
                (may_read(*groups[i], *groups[j]) || may_read(*groups[j], *groups[i])))
                add(keys[i], keys[j], 1);
        }
    }
}

std::string OrgPairs::pair_key(std::string_view a, std::string_view b) {
    if (b < a) std::swap(a, b);
    std::string key;
    key.reserve(a.size() + 1 + b.size());
    key.append(a).push_back('\0');
    key.append(b);
    return key;
}

void OrgPairs::add(std::string_view a, std::string_view b, Xapian::doccount articles) {
    counts_[pair_key(a, b)] += articles;
}

Xapian::doccount OrgPairs::together(std::string_view a, std::string_view b) const {
    const auto it = counts_.find(pair_key(a, b));
    return it == counts_.end() ? 0 : it->second;
}

sc::EntityAliases compute_org_aliases(std::span<const EntityCount> orgs, const OrgPairs& pairs) {
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
        if (names_head_of_place(shorter->entity.name)) continue;
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

    // 3. An acronym is the organisation whose initials it spells and that
    // the archive writes beside it (org_aliases.hpp).
    // The initials of every spelling count ("USDA" spells U.S. Department of
    // Agriculture, whose row may be "Agriculture Department").
    std::unordered_map<std::string, std::vector<const EntityCount*>> by_initials;
    std::unordered_map<const EntityCount*, std::vector<const EntityCount*>> spellings_of;
    for (const auto& org : orgs) {
        const EntityCount* row = row_of.at(&org);
        spellings_of[row].push_back(&org);
        // A company form the name lost (clean_org_words) may end the
        // acronym: "CCC" of Commodity Credit Corp, "FDIC".
        std::vector<std::string> spellings_initials;
        if (auto letters = initials(org.entity.key); !letters.empty()) {
            spellings_initials.push_back(letters + 'c');
            spellings_initials.push_back(std::move(letters));
        }
        // A country's ministry is written "X Ministry (Country)" and spelt
        // out "Ministry of X": "MITI" is the International Trade and
        // Industry Ministry (Japan).
        if (auto letters = head_first_initials(org.entity.name); !letters.empty())
            spellings_initials.push_back(std::move(letters));
        for (std::string spelled : spellings_initials) {
            auto& candidates = by_initials[std::move(spelled)];
            if (std::find(candidates.begin(), candidates.end(), row) == candidates.end())
                candidates.push_back(row);
        }
    }
    constexpr std::size_t kMinLetters = 2;
    constexpr std::size_t kMaxLetters = 8;
    // An organisation stands for an acronym only if named in at least a
    // tenth as many articles, or beside it in two articles or more.
    constexpr Xapian::doccount kRareShare = 10;
    for (const EntityCount* acronym : rows) {
        const std::string& key = acronym->entity.key;
        if (key.size() < kMinLetters || key.size() > kMaxLetters ||
            key.find('-') != std::string::npos)
            continue;
        const auto it = by_initials.find(key);
        if (it == by_initials.end()) continue;
        // Articles naming the acronym (any of its spellings) and the
        // candidate (any of its): a few may count twice. A metadata name
        // hides the same organisation's acronym in the text of its articles
        // (article_extractor.hpp), so a code-book name is rarely beside its
        // code's acronym: its article count speaks for it then.
        std::vector<const EntityCount*> eligible;
        std::vector<const EntityCount*> beside;
        Xapian::doccount best_together = 0;
        Xapian::doccount runner_up = 0;
        for (const EntityCount* candidate : it->second) {
            Xapian::doccount together = 0;
            for (const EntityCount* name : spellings_of.at(candidate)) {
                for (const EntityCount* short_name : spellings_of.at(acronym))
                    together += pairs.together(short_name->entity.key, name->entity.key);
            }
            // Too rare beside the acronym's articles, and named with it in
            // one article at most (a coincidence): the one article of a
            // "Boeing ATF" team naming Boeing's ticker "BA". A name spelt out
            // beside its acronym in two articles or more counts however
            // rarely the archive spells it out ("OPEC").
            if (kRareShare * candidate->articles < acronym->articles && together < 2) continue;
            if (together > 0) {
                if (together > best_together) {
                    runner_up = best_together;
                    best_together = together;
                    beside.insert(beside.begin(), candidate);
                } else {
                    runner_up = std::max(runner_up, together);
                    beside.push_back(candidate);
                }
            } else {
                eligible.push_back(candidate);
            }
        }
        if (!beside.empty()) {
            if (best_together >= 2 * runner_up) merged[acronym] = beside.front();
        } else if (const EntityCount* target = dominant(eligible)) {
            merged[acronym] = target;
        }
    }

    // 4. A clipped name is the organisation whose first word it starts and
    // that its articles name beside it: "Fed" is the Federal Reserve (the
    // row "Federal Reserve" leads to), not Federal Express, when at least a
    // quarter of the articles naming "Fed" name the Federal Reserve, twice as
    // many as any other such organisation. Articles naming two spellings of
    // one organisation count twice: a clipped name shared by two
    // organisations the archive names often still has no dominating one.
    const auto end_of = [&merged](const EntityCount* row) {
        for (auto next = merged.find(row); next != merged.end(); next = merged.find(row))
            row = next->second;
        return row;
    };
    constexpr Xapian::doccount kClippedShare = 4;  // a quarter
    for (const EntityCount* clipped : rows) {
        const std::string& key = clipped->entity.key;
        if (key.size() < kMinClipped || key.find('-') != std::string::npos ||
            merged.contains(clipped))
            continue;
        std::map<const EntityCount*, Xapian::doccount> beside;  // end row -> articles
        auto it = std::lower_bound(
            by_key.begin(), by_key.end(), key,
            [](const EntityCount* row, const std::string& k) { return row->entity.key < k; });
        for (; it != by_key.end() && (*it)->entity.key.compare(0, key.size(), key) == 0; ++it) {
            const std::string& longer = (*it)->entity.key;
            // A longer first word ("federal-reserve" for "fed"), of a name of
            // two words or more.
            if (longer.size() <= key.size() || longer[key.size()] == '-' ||
                longer.find('-') == std::string::npos)
                continue;
            Xapian::doccount together = 0;
            for (const EntityCount* name : spellings_of.at(*it)) {
                for (const EntityCount* short_name : spellings_of.at(clipped))
                    together += pairs.together(short_name->entity.key, name->entity.key);
            }
            if (together > 0) beside[end_of(*it)] += together;
        }
        const EntityCount* best = nullptr;
        Xapian::doccount best_together = 0;
        Xapian::doccount runner_up = 0;
        for (const auto& [row, together] : beside) {
            if (together > best_together) {
                runner_up = best_together;
                best = row;
                best_together = together;
            } else {
                runner_up = std::max(runner_up, together);
            }
        }
        if (best && best != clipped && kClippedShare * best_together >= clipped->articles &&
            best_together >= 2 * runner_up)
            merged[clipped] = best;
    }

    // Every key shows as the row it ends at ("federal" -> "federal-reserve"
    // -> "federal-reserve-board"); prefixes only lengthen, and acronyms and
    // clipped names only lead to names of two words or more, so the chains
    // end.
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
