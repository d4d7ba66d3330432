#include "dateline/indexer/org_aliases.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
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

// The organisation most articles name among `candidates` (positions in
// `orgs`) when it dominates (at least twice the articles of any other), else
// kNone.
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

std::uint32_t dominant(std::span<const EntityCount> orgs,
                       std::span<const std::uint32_t> candidates) {
    std::uint32_t best = kNone;
    Xapian::doccount runner_up = 0;
    for (const std::uint32_t candidate : candidates) {
        if (best == kNone || orgs[candidate].articles > orgs[best].articles) {
            if (best != kNone) runner_up = orgs[best].articles;
            best = candidate;
        } else {
            runner_up = std::max(runner_up, orgs[candidate].articles);
        }
    }
    return best != kNone && orgs[best].articles >= 2 * runner_up ? best : kNone;
}

constexpr std::size_t kMinClipped = 3;  // letters of a clipped name ("Fed")
// Letters of an acronym: only initials this long are ever looked up.
constexpr std::size_t kMinLetters = 2;
constexpr std::size_t kMaxLetters = 8;

// Initials of at most kMaxLetters letters as one number (the letters are
// never 0, so two initials are equal exactly when their numbers are):
// millions of them cost 8 bytes each instead of a string.
std::uint64_t packed_initials(std::string_view letters) {
    std::uint64_t packed = 0;
    for (const char letter : letters) packed = packed << 8U | static_cast<unsigned char>(letter);
    return packed;
}

// What an acronym of the organisation `org` may be, packed: its key's
// initials, with a 'c' for a company form the name lost, and the initials of
// a country institution's name with its head first (step 3 of
// compute_org_aliases()). Initials longer than an acronym are left out.
void add_spelled(const EntityCount& org, std::vector<std::uint64_t>& spelled) {
    const auto add = [&spelled](std::string_view letters) {
        if (letters.size() <= kMaxLetters) spelled.push_back(packed_initials(letters));
    };
    if (auto letters = initials(org.entity.key); !letters.empty()) {
        add(letters + 'c');
        add(letters);
    }
    if (const auto letters = head_first_initials(org.entity.name); !letters.empty()) add(letters);
}

// The organisations grouped by spelling-free form (normal_form()): one
// group per form, groups ordered by form, each group's members in their
// order in `orgs`. Positions (uint32) rather than strings and maps: an
// archive of a million articles names half a million organisations.
struct FormGroups {
    std::vector<std::uint32_t> members;   // positions in `orgs`, group after group
    std::vector<std::uint32_t> starts;    // group g is members[starts[g], starts[g + 1])
    std::vector<std::uint32_t> group_of;  // position -> group
    std::vector<bool> one_word;           // group -> whether its form is one word

    [[nodiscard]] std::size_t size() const { return starts.size() - 1; }
    [[nodiscard]] std::span<const std::uint32_t> group(std::size_t g) const {
        return std::span(members).subspan(starts[g], starts[g + 1] - starts[g]);
    }
};

FormGroups group_by_form(std::span<const EntityCount> orgs) {
    // Most forms are the key itself: only the others are kept.
    std::unordered_map<std::uint32_t, std::string> other_forms;
    std::vector<std::string_view> forms(orgs.size());
    for (std::uint32_t i = 0; i < orgs.size(); ++i) {
        std::string form = normal_form(orgs[i].entity.key);
        if (form != orgs[i].entity.key) other_forms.emplace(i, std::move(form));
    }
    for (std::uint32_t i = 0; i < orgs.size(); ++i) {
        const auto other = other_forms.find(i);
        forms[i] = other == other_forms.end() ? std::string_view(orgs[i].entity.key)
                                              : std::string_view(other->second);
    }
    FormGroups groups;
    groups.members.resize(orgs.size());
    std::iota(groups.members.begin(), groups.members.end(), std::uint32_t{0});
    std::sort(groups.members.begin(), groups.members.end(),
              [&forms](std::uint32_t a, std::uint32_t b) {
                  return forms[a] != forms[b] ? forms[a] < forms[b] : a < b;
              });
    groups.group_of.resize(orgs.size());
    for (std::uint32_t m = 0; m < groups.members.size(); ++m) {
        const std::uint32_t i = groups.members[m];
        if (m == 0 || forms[i] != forms[groups.members[m - 1]]) {
            groups.starts.push_back(m);
            groups.one_word.push_back(forms[i].find('-') == std::string_view::npos);
        }
        groups.group_of[i] = static_cast<std::uint32_t>(groups.starts.size() - 1);
    }
    groups.starts.push_back(static_cast<std::uint32_t>(groups.members.size()));
    return groups;
}

}  // namespace

OrgPairs::OrgPairs(std::span<const EntityCount> orgs) : count_all_(false), orgs_(orgs) {
    if (orgs.size() >= kNone) throw std::length_error("over 4 billion organisations");
    by_key_.resize(orgs.size());
    std::iota(by_key_.begin(), by_key_.end(), std::uint32_t{0});
    std::sort(by_key_.begin(), by_key_.end(), [&orgs](std::uint32_t a, std::uint32_t b) {
        return orgs[a].entity.key < orgs[b].entity.key;
    });
    const FormGroups groups = group_by_form(orgs);
    group_of_ = groups.group_of;
    // Each group's spellings (when its form is one word), what an acronym of
    // it may be, and the first words of its names of two words or more.
    spellings_starts_.push_back(0);
    spelled_starts_.push_back(0);
    first_words_starts_.push_back(0);
    last_words_starts_.push_back(0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const std::uint32_t i : groups.group(g)) {
            const std::string_view key = orgs[i].entity.key;
            if (groups.one_word[g]) spellings_.push_back(i);
            add_spelled(orgs[i], spelled_);
            if (const auto dash = key.find('-'); dash != std::string_view::npos) {
                first_words_.push_back(key.substr(0, dash));
                last_words_.push_back(key.substr(key.rfind('-') + 1));
            }
        }
        spellings_starts_.push_back(static_cast<std::uint32_t>(spellings_.size()));
        spelled_starts_.push_back(static_cast<std::uint32_t>(spelled_.size()));
        first_words_starts_.push_back(static_cast<std::uint32_t>(first_words_.size()));
        last_words_starts_.push_back(static_cast<std::uint32_t>(last_words_.size()));
    }
}

std::uint32_t OrgPairs::group_of(std::string_view key) const {
    const auto it = std::lower_bound(
        by_key_.begin(), by_key_.end(), key,
        [this](std::uint32_t i, std::string_view k) { return orgs_[i].entity.key < k; });
    if (it == by_key_.end() || orgs_[*it].entity.key != key) return kNone;
    return group_of_[*it];
}

bool OrgPairs::may_read(std::uint32_t a, std::uint32_t b) const {
    const auto spelled = std::span(spelled_).subspan(spelled_starts_[b],
                                                     spelled_starts_[b + 1] - spelled_starts_[b]);
    const auto first_words =
        std::span(first_words_)
            .subspan(first_words_starts_[b], first_words_starts_[b + 1] - first_words_starts_[b]);
    for (std::uint32_t s = spellings_starts_[a]; s < spellings_starts_[a + 1]; ++s) {
        const std::string_view short_name = orgs_[spellings_[s]].entity.key;
        // Initials longer than an acronym are not kept, and no rule reads
        // the pairs of so long a short name for its initials.
        if (short_name.size() <= kMaxLetters &&
            std::find(spelled.begin(), spelled.end(), packed_initials(short_name)) != spelled.end())
            return true;
        if (short_name.size() < kMinClipped) continue;
        for (const std::string_view word : first_words) {
            if (word.size() > short_name.size() && word.starts_with(short_name)) return true;
        }
        const auto last_words =
            std::span(last_words_)
                .subspan(last_words_starts_[b], last_words_starts_[b + 1] - last_words_starts_[b]);
        if (std::find(last_words.begin(), last_words.end(), short_name) != last_words.end())
            return true;
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
    std::vector<std::uint32_t> groups(keys.size(), kNone);
    bool any_short = false;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        groups[i] = group_of(keys[i]);
        any_short = any_short || (groups[i] != kNone &&
                                  spellings_starts_[groups[i]] != spellings_starts_[groups[i] + 1]);
    }
    if (!any_short) return;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        for (std::size_t j = i + 1; j < keys.size(); ++j) {
            if (groups[i] != kNone && groups[j] != kNone &&
                (may_read(groups[i], groups[j]) || may_read(groups[j], groups[i])))
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
    if (orgs.size() >= kNone) throw std::length_error("over 4 billion organisations");
    // Organisations are positions in `orgs` throughout (uint32, not
    // pointers in hash maps): the half million of a million articles.
    const auto key_of = [&orgs](std::uint32_t i) -> const std::string& {
        return orgs[i].entity.key;
    };

    // 1. Spellings of one organisation are one row, the most named one's.
    const FormGroups groups = group_by_form(orgs);
    std::vector<std::uint32_t> rows;  // one per organisation, ordered by form
    rows.reserve(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto spellings = groups.group(g);
        rows.push_back(*std::max_element(spellings.begin(), spellings.end(),
                                         [&orgs](std::uint32_t a, std::uint32_t b) {
                                             return orgs[a].articles < orgs[b].articles;
                                         }));
    }
    const auto row_of = [&](std::uint32_t i) { return rows[groups.group_of[i]]; };
    const auto spellings_of = [&](std::uint32_t row) { return groups.group(groups.group_of[row]); };
    std::vector<std::uint32_t> merged(orgs.size(), kNone);  // row -> the row it joins

    // 2. A name that starts the names of longer organisations is the one of
    // them that dominates, when that one is named in at least half as many
    // articles ("Ford" of Ford Motor, "Salomon" of Salomon Brothers; "Texaco"
    // stays beside a rarer "Texaco Canada").
    std::vector<std::uint32_t> by_key = rows;
    std::sort(by_key.begin(), by_key.end(),
              [&](std::uint32_t a, std::uint32_t b) { return key_of(a) < key_of(b); });
    std::vector<std::uint32_t> longer;
    for (const std::uint32_t shorter : rows) {
        if (names_head_of_place(orgs[shorter].entity.name)) continue;
        const std::string prefix = key_of(shorter) + "-";
        longer.clear();
        auto it = std::lower_bound(
            by_key.begin(), by_key.end(), prefix,
            [&](std::uint32_t row, const std::string& p) { return key_of(row) < p; });
        for (; it != by_key.end() && key_of(*it).compare(0, prefix.size(), prefix) == 0; ++it)
            longer.push_back(*it);
        const std::uint32_t target = longer.empty() ? kNone : dominant(orgs, longer);
        if (target != kNone && 2 * orgs[target].articles >= orgs[shorter].articles)
            merged[shorter] = target;
    }

    // 3. An acronym is the organisation whose initials it spells and that
    // the archive writes beside it (org_aliases.hpp).
    // The initials of every spelling count ("USDA" spells U.S. Department of
    // Agriculture, whose row may be "Agriculture Department"); a company
    // form the name lost (clean_org_words) may end the acronym ("CCC" of
    // Commodity Credit Corp, "FDIC"); a country's ministry is written "X
    // Ministry (Country)" and spelt out "Ministry of X" ("MITI" is the
    // International Trade and Industry Ministry (Japan)): add_spelled().
    // Each initials' candidate rows, in the order of `orgs`, each once.
    struct Spelled {
        std::uint64_t initials;
        std::uint32_t row;
        std::uint32_t seen;  // position of the spelling that gave it
    };
    std::vector<Spelled> by_initials;
    {
        std::vector<std::uint64_t> spelled;
        for (std::uint32_t i = 0; i < orgs.size(); ++i) {
            spelled.clear();
            add_spelled(orgs[i], spelled);
            for (const std::uint64_t initials : spelled)
                by_initials.push_back({initials, row_of(i), i});
        }
    }
    std::sort(by_initials.begin(), by_initials.end(), [](const Spelled& a, const Spelled& b) {
        return std::tie(a.initials, a.row, a.seen) < std::tie(b.initials, b.row, b.seen);
    });
    by_initials.erase(std::unique(by_initials.begin(), by_initials.end(),
                                  [](const Spelled& a, const Spelled& b) {
                                      return a.initials == b.initials && a.row == b.row;
                                  }),
                      by_initials.end());
    std::sort(by_initials.begin(), by_initials.end(), [](const Spelled& a, const Spelled& b) {
        return std::tie(a.initials, a.seen) < std::tie(b.initials, b.seen);
    });
    // Articles naming `a` (any of its spellings) and `b` (any of its): a
    // few may count twice.
    const auto together = [&](std::uint32_t a, std::uint32_t b) {
        Xapian::doccount articles = 0;
        for (const std::uint32_t name : spellings_of(b)) {
            for (const std::uint32_t short_name : spellings_of(a))
                articles += pairs.together(key_of(short_name), key_of(name));
        }
        return articles;
    };
    // An organisation stands for an acronym only if named in at least a
    // tenth as many articles, or beside it in two articles or more.
    constexpr Xapian::doccount kRareShare = 10;
    std::vector<std::uint32_t> eligible;
    std::vector<std::uint32_t> beside;
    for (const std::uint32_t acronym : rows) {
        const std::string& key = key_of(acronym);
        if (key.size() < kMinLetters || key.size() > kMaxLetters ||
            key.find('-') != std::string::npos)
            continue;
        const std::uint64_t packed = packed_initials(key);
        auto first = std::lower_bound(
            by_initials.begin(), by_initials.end(), packed,
            [](const Spelled& s, std::uint64_t initials) { return s.initials < initials; });
        if (first == by_initials.end() || first->initials != packed) continue;
        // A metadata name hides the same organisation's acronym in the text
        // of its articles (article_extractor.hpp), so a code-book name is
        // rarely beside its code's acronym: its article count speaks for it
        // then.
        eligible.clear();
        beside.clear();
        Xapian::doccount best_together = 0;
        Xapian::doccount runner_up = 0;
        for (; first != by_initials.end() && first->initials == packed; ++first) {
            const std::uint32_t candidate = first->row;
            const Xapian::doccount articles = together(acronym, candidate);
            // Too rare beside the acronym's articles, and named with it in
            // one article at most (a coincidence): the one article of a
            // "Boeing ATF" team naming Boeing's ticker "BA". A name spelt out
            // beside its acronym in two articles or more counts however
            // rarely the archive spells it out ("OPEC").
            if (kRareShare * orgs[candidate].articles < orgs[acronym].articles && articles < 2)
                continue;
            if (articles > 0) {
                if (articles > best_together) {
                    runner_up = best_together;
                    best_together = articles;
                    beside.insert(beside.begin(), candidate);
                } else {
                    runner_up = std::max(runner_up, articles);
                    beside.push_back(candidate);
                }
            } else {
                eligible.push_back(candidate);
            }
        }
        if (!beside.empty()) {
            if (best_together >= 2 * runner_up) merged[acronym] = beside.front();
        } else if (const std::uint32_t target = dominant(orgs, eligible); target != kNone) {
            merged[acronym] = target;
        }
    }
    std::vector<Spelled>().swap(by_initials);

    // 4. A clipped name is the organisation whose first word it starts and
    // that its articles name beside it: "Fed" is the Federal Reserve (the
    // row "Federal Reserve" leads to), not Federal Express, when at least a
    // quarter of the articles naming "Fed" name the Federal Reserve, twice as
    // many as any other such organisation. Articles naming two spellings of
    // one organisation count twice: a clipped name shared by two
    // organisations the archive names often still has no dominating one.
    const auto end_of = [&merged](std::uint32_t row) {
        while (merged[row] != kNone) row = merged[row];
        return row;
    };
    constexpr Xapian::doccount kClippedShare = 4;  // a quarter
    // Most organisations a last word may end the names of.
    constexpr std::ptrdiff_t kMaxNamesEndingSo = 3;
    // The row a short name joins, of the rows `by_end` says its articles
    // name beside it and how often: the one named in at least a quarter of
    // its articles, twice as often as any other; kNone when none is.
    const auto named_beside = [&](std::uint32_t short_name,
                                  const std::map<std::uint32_t, Xapian::doccount>& by_end) {
        std::uint32_t best = kNone;
        Xapian::doccount best_together = 0;
        Xapian::doccount runner_up = 0;
        for (const auto& [row, articles] : by_end) {
            if (articles > best_together) {
                runner_up = best_together;
                best = row;
                best_together = articles;
            } else {
                runner_up = std::max(runner_up, articles);
            }
        }
        const bool joins = best != kNone && best != short_name &&
                           kClippedShare * best_together >= orgs[short_name].articles &&
                           best_together >= 2 * runner_up;
        return joins ? best : kNone;
    };
    for (const std::uint32_t clipped : rows) {
        const std::string& key = key_of(clipped);
        if (key.size() < kMinClipped || key.find('-') != std::string::npos ||
            merged[clipped] != kNone)
            continue;
        std::map<std::uint32_t, Xapian::doccount> by_end;  // end row -> articles
        auto it = std::lower_bound(
            by_key.begin(), by_key.end(), key,
            [&](std::uint32_t row, const std::string& k) { return key_of(row) < k; });
        for (; it != by_key.end() && key_of(*it).compare(0, key.size(), key) == 0; ++it) {
            const std::string& name = key_of(*it);
            // A longer first word ("federal-reserve" for "fed"), of a name of
            // two words or more.
            if (name.size() <= key.size() || name[key.size()] == '-' ||
                name.find('-') == std::string::npos)
                continue;
            if (const Xapian::doccount articles = together(clipped, *it); articles > 0)
                by_end[end_of(*it)] += articles;
        }
        merged[clipped] = named_beside(clipped, by_end);
    }

    // 5. A last word is the organisation whose name it ends and that its
    // articles name beside it ("Villa" of Aston Villa), with the thresholds
    // of a clipped name.
    {
        std::vector<std::pair<std::string_view, std::uint32_t>> by_last_word;
        for (const std::uint32_t row : rows) {
            for (const std::uint32_t name : spellings_of(row)) {
                const std::string& key = key_of(name);
                if (const auto dash = key.rfind('-'); dash != std::string::npos)
                    by_last_word.emplace_back(std::string_view(key).substr(dash + 1), row);
            }
        }
        std::sort(by_last_word.begin(), by_last_word.end());
        by_last_word.erase(std::unique(by_last_word.begin(), by_last_word.end()),
                           by_last_word.end());
        for (const std::uint32_t last_word : rows) {
            const std::string& key = key_of(last_word);
            if (key.size() < kMinClipped || merged[last_word] != kNone) continue;
            // Every spelling one word: "Steel" that is U.S. Steel's row (the
            // "U.S." dropped) is no last word of Bethlehem Steel.
            const auto spellings = spellings_of(last_word);
            if (std::any_of(spellings.begin(), spellings.end(), [&](std::uint32_t name) {
                    return key_of(name).find('-') != std::string::npos;
                }))
                continue;
            const auto [first, end] = std::equal_range(
                by_last_word.begin(), by_last_word.end(), std::pair{std::string_view(key), 0U},
                [](const auto& a, const auto& b) { return a.first < b.first; });
            // A word that ends many names is their kind ("Steel",
            // "Holdings", "United"), no name of one of them.
            if (end - first > kMaxNamesEndingSo) continue;
            std::map<std::uint32_t, Xapian::doccount> by_end;  // end row -> articles
            for (auto it = first; it != end; ++it) {
                if (const Xapian::doccount articles = together(last_word, it->second); articles > 0)
                    by_end[end_of(it->second)] += articles;
            }
            merged[last_word] = named_beside(last_word, by_end);
        }
    }

    // Every key shows as the row it ends at ("federal" -> "federal-reserve"
    // -> "federal-reserve-board"); prefixes only lengthen, and acronyms,
    // clipped names and last words only lead to names of two words or more,
    // so the chains end.
    sc::EntityAliases::Builder aliases;
    for (std::uint32_t i = 0; i < orgs.size(); ++i) {
        const std::uint32_t row = end_of(row_of(i));
        if (row != i) aliases.add(key_of(i), orgs[row].entity);  // a row is no alias of itself
    }
    return std::move(aliases).build();
}

}  // namespace dateline::indexer
