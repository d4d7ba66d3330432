#include "dateline/indexer/person_aliases.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace dateline::indexer {

namespace sc = dateline::schema;

namespace {

std::vector<std::string_view> words_of(std::string_view key) {
    std::vector<std::string_view> words;
    while (!key.empty()) {
        const auto dash = key.find('-');
        if (dash != 0) words.push_back(key.substr(0, dash));
        if (dash == std::string_view::npos) break;
        key.remove_prefix(dash + 1);
    }
    return words;
}

// Familiar forms of English given names, by the formal name they stand for.
// Not a list of people: the forms news copy uses for the same person
// ("Bill Weld" / "William Weld", "Bob Dole" / "Robert Dole").
std::string_view formal_given_name(std::string_view word) {
    struct Form {
        std::string_view familiar;
        std::string_view formal;
    };
    static constexpr Form kForms[] = {
        {"abe", "abraham"},       {"al", "albert"},       {"alex", "alexander"},
        {"andy", "andrew"},       {"barb", "barbara"},    {"becky", "rebecca"},
        {"ben", "benjamin"},      {"bernie", "bernard"},  {"beth", "elizabeth"},
        {"bill", "william"},      {"billy", "william"},   {"bob", "robert"},
        {"bobby", "robert"},      {"cathy", "catherine"}, {"charlie", "charles"},
        {"chris", "christopher"}, {"chuck", "charles"},   {"dan", "daniel"},
        {"danny", "daniel"},      {"dave", "david"},      {"dick", "richard"},
        {"don", "donald"},        {"doug", "douglas"},    {"ed", "edward"},
        {"eddie", "edward"},      {"fred", "frederick"},  {"greg", "gregory"},
        {"hank", "henry"},        {"jack", "john"},       {"jeff", "jeffrey"},
        {"jenny", "jennifer"},    {"jerry", "gerald"},    {"jim", "james"},
        {"jimmy", "james"},       {"joe", "joseph"},      {"johnny", "john"},
        {"kate", "katherine"},    {"katie", "katherine"}, {"ken", "kenneth"},
        {"larry", "lawrence"},    {"liz", "elizabeth"},   {"maggie", "margaret"},
        {"matt", "matthew"},      {"mike", "michael"},    {"nick", "nicholas"},
        {"pat", "patrick"},       {"peggy", "margaret"},  {"pete", "peter"},
        {"phil", "philip"},       {"ray", "raymond"},     {"rick", "richard"},
        {"rob", "robert"},        {"ron", "ronald"},      {"sam", "samuel"},
        {"steve", "steven"},      {"sue", "susan"},       {"ted", "edward"},
        {"tim", "timothy"},       {"tom", "thomas"},      {"tommy", "thomas"},
        {"tony", "anthony"},      {"vicky", "victoria"},  {"walt", "walter"},
        {"will", "william"},
    };
    for (const auto& form : kForms) {
        if (form.familiar == word) return form.formal;
    }
    return word;
}

bool is_generational_suffix(std::string_view word) {
    return word == "jr" || word == "sr" || word == "ii" || word == "iii" || word == "iv";
}

// Surnames shorter than this are only ever equal, never similar.
constexpr std::size_t kMinSimilarLength = 6;

// Two spellings of one surname: at least six letters, one edit apart, the
// edit among the last two letters ("zelensky" / "zelenskyy" / "zelenskiy";
// not "johnson" / "johnston").
bool similar_surnames(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() > b.size()) std::swap(a, b);
    if (a.size() < kMinSimilarLength || b.size() - a.size() > 1) return false;
    std::size_t common = 0;
    while (common < a.size() && a[common] == b[common]) ++common;
    if (common + 2 < b.size()) return false;
    // One edit from here on: a substitution (same length) or an insertion.
    const std::string_view rest_a = a.substr(common);
    const std::string_view rest_b = b.substr(common);
    if (rest_a.size() == rest_b.size()) return rest_a.substr(1) == rest_b.substr(1);
    return rest_a == rest_b.substr(1);
}

// Keys under which two similar surnames always meet: the surname without its
// last one and last two letters (none for a surname too short to be similar).
std::vector<std::string> surname_buckets(std::string_view surname) {
    std::vector<std::string> keys;
    if (surname.size() < kMinSimilarLength) return keys;
    for (std::size_t cut = 1; cut <= 2 && cut < surname.size(); ++cut)
        keys.emplace_back(surname.substr(0, surname.size() - cut));
    return keys;
}

struct FullName {
    std::size_t person = 0;  // index into the input
    std::string given;       // formal given name
    std::string middle;      // words between, joined by '-' (initials, middle names)
    std::string surname;
    std::string suffix;  // "jr", "iii", or empty
};

// The parts of a name of two or more words; nullopt for a single word.
std::optional<FullName> full_name(std::size_t person, std::string_view key) {
    auto words = words_of(key);
    FullName name{person, {}, {}, {}, {}};
    if (words.size() >= 3 && is_generational_suffix(words.back())) {
        name.suffix = std::string(words.back());
        words.pop_back();
    }
    if (words.size() < 2) return std::nullopt;
    name.given = std::string(formal_given_name(words.front()));
    name.surname = std::string(words.back());
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (!name.middle.empty()) name.middle += '-';
        name.middle += words[i];
    }
    return name;
}

// Union-find over the full names.
class Clusters {
  public:
    explicit Clusters(std::size_t size) : parent_(size) {
        std::iota(parent_.begin(), parent_.end(), std::size_t{0});
    }
    std::size_t root(std::size_t i) {
        while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
        return i;
    }
    void join(std::size_t a, std::size_t b) { parent_[root(a)] = root(b); }

  private:
    std::vector<std::size_t> parent_;
};

// Groups full names that are variants of one name (rules in the header).
std::vector<std::vector<std::size_t>> variant_groups(const std::vector<FullName>& names) {
    Clusters clusters(names.size());
    // Same given name, surname and suffix: one person unless two different
    // middles make the form without a middle ambiguous.
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> by_name;
    for (std::size_t i = 0; i < names.size(); ++i)
        by_name[{names[i].given, names[i].surname, names[i].suffix}].push_back(i);
    for (const auto& [signature, members] : by_name) {
        std::map<std::string, std::size_t> by_middle;  // middle -> first member with it
        for (const std::size_t i : members) {
            const auto [it, added] = by_middle.try_emplace(names[i].middle, i);
            if (!added) clusters.join(i, it->second);
        }
        const auto middles = std::count_if(by_middle.begin(), by_middle.end(),
                                           [](const auto& entry) { return !entry.first.empty(); });
        if (middles > 1) continue;
        for (const auto& [middle, first] : by_middle) clusters.join(first, members.front());
    }
    // Surname spellings, within one given name and suffix.
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (auto& key : surname_buckets(names[i].surname))
            buckets[{names[i].given, names[i].suffix, std::move(key)}].push_back(i);
    }
    for (const auto& [bucket, members] : buckets) {
        for (std::size_t a = 0; a < members.size(); ++a) {
            for (std::size_t b = a + 1; b < members.size(); ++b) {
                const FullName& x = names[members[a]];
                const FullName& y = names[members[b]];
                if (x.surname != y.surname && x.middle == y.middle &&
                    similar_surnames(x.surname, y.surname))
                    clusters.join(members[a], members[b]);
            }
        }
    }
    std::map<std::size_t, std::vector<std::size_t>> grouped;
    for (std::size_t i = 0; i < names.size(); ++i) grouped[clusters.root(i)].push_back(i);
    std::vector<std::vector<std::size_t>> groups;
    for (auto& [root, members] : grouped) groups.push_back(std::move(members));
    return groups;
}

struct Person {
    std::size_t target = 0;  // index into the input: the group's row
    Xapian::doccount articles = 0;
    std::string given;
    std::string surname;
    std::string first_surname;  // of two ("Ricardo Rosselló Nevares"), else empty
};

// The word before the surname of a name of three words or more, when it is a
// name itself rather than an initial or a particle ("de", "al", "van"):
// Spanish and Portuguese names are often cut to the first of two surnames.
std::string first_of_two_surnames(const FullName& name) {
    constexpr std::size_t kMinLength = 4;
    const std::string_view middle = name.middle;
    const auto dash = middle.rfind('-');
    const std::string_view last = dash == std::string_view::npos ? middle : middle.substr(dash + 1);
    return last.size() >= kMinLength ? std::string(last) : std::string();
}

// The candidate with the most articles, if it has at least twice as many as
// the next one.
const Person* dominant(const std::vector<const Person*>& candidates) {
    const Person* best = nullptr;
    Xapian::doccount runner_up = 0;
    for (const Person* candidate : candidates) {
        if (!best || candidate->articles > best->articles) {
            if (best) runner_up = std::max(runner_up, best->articles);
            best = candidate;
        } else {
            runner_up = std::max(runner_up, candidate->articles);
        }
    }
    if (!best || best->articles < 2 * runner_up) return nullptr;
    return best;
}

}  // namespace

sc::EntityAliases compute_person_aliases(std::span<const EntityCount> people) {
    std::vector<FullName> names;
    std::vector<std::size_t> single_words;
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (auto name = full_name(i, people[i].entity.key)) {
            names.push_back(std::move(*name));
        } else if (!people[i].entity.key.empty()) {
            single_words.push_back(i);
        }
    }

    sc::EntityAliases::Builder aliases;
    std::vector<Person> persons;
    for (const auto& group : variant_groups(names)) {
        Person person;
        const FullName* row = nullptr;
        for (const std::size_t i : group) {
            const FullName& name = names[i];
            person.articles += people[name.person].articles;
            const auto& candidate = people[name.person];
            if (!row || candidate.articles > people[row->person].articles ||
                (candidate.articles == people[row->person].articles &&
                 candidate.entity.key < people[row->person].entity.key)) {
                row = &name;
            }
        }
        person.target = row->person;
        person.given = row->given;
        person.surname = row->surname;
        person.first_surname = first_of_two_surnames(*row);
        for (const std::size_t i : group) {
            if (names[i].person != row->person)
                aliases.add(people[names[i].person].entity.key, people[row->person].entity);
        }
        persons.push_back(std::move(person));
    }

    std::unordered_map<std::string, std::vector<const Person*>> by_surname;
    std::unordered_map<std::string, std::vector<const Person*>> by_given;
    for (const Person& person : persons) {
        by_given[person.given].push_back(&person);
        for (auto& bucket : surname_buckets(person.surname)) by_surname[bucket].push_back(&person);
        by_surname[person.surname].push_back(&person);
        if (!person.first_surname.empty()) by_surname[person.first_surname].push_back(&person);
    }
    for (const std::size_t i : single_words) {
        const std::string& word = people[i].entity.key;
        std::vector<const Person*> as_surname;
        std::vector<std::string> lookups = surname_buckets(word);
        lookups.push_back(word);
        for (const auto& lookup : lookups) {
            const auto it = by_surname.find(lookup);
            if (it == by_surname.end()) continue;
            for (const Person* person : it->second) {
                if ((similar_surnames(word, person->surname) || word == person->first_surname) &&
                    std::find(as_surname.begin(), as_surname.end(), person) == as_surname.end())
                    as_surname.push_back(person);
            }
        }
        std::vector<const Person*> as_given;
        if (const auto it = by_given.find(std::string(formal_given_name(word)));
            it != by_given.end())
            as_given = it->second;
        const auto articles = [](const std::vector<const Person*>& list) {
            Xapian::doccount sum = 0;
            for (const Person* person : list) sum += person->articles;
            return sum;
        };
        const Xapian::doccount surname_articles = articles(as_surname);
        const Xapian::doccount given_articles = articles(as_given);
        // No full name of the archive has the word: the archive cannot say
        // who it is. Mostly tagging slips ("Twitter", "God", "Denver"), also
        // the few people known by one name ("Suharto"): hidden.
        if (surname_articles == 0 && given_articles == 0) {
            aliases.add(word, sc::Entity{});
            continue;
        }
        const bool surname = surname_articles >= given_articles;
        if (const Person* person = dominant(surname ? as_surname : as_given)) {
            aliases.add(word, people[person->target].entity);
        } else if (!surname) {
            aliases.add(word, sc::Entity{});  // a first name alone is never a row
        }
    }
    return std::move(aliases).build();
}

}  // namespace dateline::indexer
