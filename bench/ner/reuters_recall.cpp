// reuters_recall: how many of Reuters-21578's hand-tagged PEOPLE and PLACES
// the indexer's TextEntityExtractor finds in the text itself.
//
//   reuters_recall [--model DIR] [--top N] [DATA_DIR]
//
// DATA_DIR defaults to ../shared/data/reuters21578 beside the source tree (or
// $DATELINE_SHARED_DIR/data/reuters21578). Articles are read exactly as
// dateline-index reads them (discover_inputs + read_articles, with the
// collection's codebook), then each article is given to the extractor with its
// people and places cleared (the extractor skips what the metadata already
// names, so without clearing every tagged entity would be "missing").
//
//  * People: a tagged person is found when one extracted person's
//    schema::person_terms() contain the last word of the codebook's full name
//    (its canonical key: "Paul Volcker" -> "volcker").
//  * Places: a tagged place that the gazetteer knows as a country is found when
//    the extracted places (mentioned + implied countries) contain the same
//    gazetteer place. Tagged places the gazetteer does not know (historic
//    names: Yemen Arab Republic, Kampuchea, ...) or knows as something other than a
//    country are counted separately, matched by their own canonical key.
//  * Precision proxy: extracted entities per article and the most frequent
//    extracted people and places (one count per article).
// Markdown tables on stdout, diagnostics on stderr.

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dateline/extractor/gazetteer.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/indexer/input_discovery.hpp"
#include "dateline/indexer/reader.hpp"
#include "dateline/indexer/text_entity_extractor.hpp"
#include "dateline/schema/entity.hpp"

namespace {

namespace fs = std::filesystem;
namespace ix = dateline::indexer;
namespace ex = dateline::extractor;
namespace sc = dateline::schema;

fs::path default_data_dir() {
    const char* shared = std::getenv("DATELINE_SHARED_DIR");
    const fs::path base = (shared != nullptr && *shared != '\0')
                              ? fs::path(shared)
                              : fs::path(DATELINE_NER_BENCH_SHARED_DIR);
    return base / "data" / "reuters21578";
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Last '-'-separated word of a canonical key ("jacques-de-larosiere" -> "larosiere").
std::string last_word(const std::string& key) {
    const auto dash = key.rfind('-');
    return dash == std::string::npos ? key : key.substr(dash + 1);
}

double percent(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

/// The countries (canonical keys) of every gazetteer place named in `text` by
/// a run of 1-4 words starting with a capital letter: a string-match oracle
/// for "the text names this country or a place in it".
std::set<std::string> countries_named(std::string_view text, const ex::Gazetteer& gazetteer) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0) ++i;
        std::size_t j = i;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])) == 0) ++j;
        std::string_view word = text.substr(i, j - i);
        while (!word.empty() && std::isalnum(static_cast<unsigned char>(word.front())) == 0)
            word.remove_prefix(1);
        while (!word.empty() && std::isalnum(static_cast<unsigned char>(word.back())) == 0)
            word.remove_suffix(1);
        if (!word.empty()) words.emplace_back(word);
        i = j;
    }
    std::set<std::string> countries;
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (std::isupper(static_cast<unsigned char>(words[w].front())) == 0) continue;
        std::string phrase;
        for (std::size_t n = 0; n < 4 && w + n < words.size(); ++n) {
            if (n > 0) phrase += ' ';
            phrase += words[w + n];
            if (const auto place = gazetteer.find(phrase)) {
                const std::string_view country =
                    place->kind == ex::PlaceKind::Country ? place->name : place->country;
                if (!country.empty()) countries.insert(sc::canonical_key(country));
            }
        }
    }
    return countries;
}

struct Tally {
    std::size_t tagged = 0;
    std::size_t found = 0;
};

struct Counter {
    std::unordered_map<std::string, std::size_t> counts;
    std::unordered_map<std::string, std::string> names;
    void add(const std::string& key, const std::string& name) {
        ++counts[key];
        names.emplace(key, name);
    }
    [[nodiscard]] std::vector<std::pair<std::size_t, std::string>> top(std::size_t n) const {
        std::vector<std::pair<std::size_t, std::string>> all;
        all.reserve(counts.size());
        for (const auto& [key, count] : counts) all.emplace_back(count, key);
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        if (all.size() > n) all.resize(n);
        for (auto& [count, key] : all) key = names.at(key);
        return all;
    }
};

int run(int argc, char** argv) {
    fs::path data_dir = default_data_dir();
    std::optional<fs::path> model_dir;
    std::size_t top_n = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--model" && i + 1 < argc) {
            model_dir = argv[++i];
        } else if (arg == "--top" && i + 1 < argc) {
            top_n = static_cast<std::size_t>(std::stoul(argv[++i]));
        } else if (arg == "-h" || arg == "--help") {
            std::cout << "usage: reuters_recall [--model DIR] [--top N] [DATA_DIR]\n";
            return 0;
        } else {
            data_dir = std::string(arg);
        }
    }
    if (!model_dir) model_dir = ex::find_model_dir(argv[0], "--model");

    const ix::TextEntityExtractor extractor(*model_dir);
    const ex::Gazetteer gazetteer = ex::Gazetteer::load(*model_dir / ex::kGazetteerFileName);
    // The gazetteer place an entity names (canonical key of its canonical name).
    const auto gazetteer_place = [&](const sc::Entity& place) -> std::optional<ex::Place> {
        for (const auto& key : {place.key, sc::canonical_key(place.name)}) {
            if (const auto known = gazetteer.find_key(key)) return known;
        }
        return std::nullopt;
    };
    const auto place_identity = [&](const sc::Entity& place) {
        const auto known = gazetteer_place(place);
        return known ? sc::canonical_key(known->name) : place.key;
    };

    std::size_t diagnostics = 0;
    const auto inputs = ix::discover_inputs({data_dir}, {}, [&](ix::Diagnostic d) {
        ++diagnostics;
        std::cerr << "reuters_recall: " << d.to_string() << "\n";
    });
    if (inputs.empty()) throw std::runtime_error("no input files under " + data_dir.string());

    std::size_t articles = 0;
    std::size_t articles_with_text = 0;
    std::size_t articles_with_people = 0;
    std::size_t articles_with_places = 0;
    std::size_t extracted_people = 0;
    std::size_t extracted_places = 0;
    Tally people;                   // every tagged (article, person)
    Tally people_in_text;           // those whose surname occurs as a word of title + body
    Tally countries;                // tagged places the gazetteer knows as countries
    Tally countries_named_in_text;  // those the text names (countries_named())
    std::map<std::string, Tally> unknown_places;      // not in the gazetteer, by display name
    std::map<std::string, Tally> non_country_places;  // in the gazetteer, not a country
    std::map<std::string, std::string> non_country_resolution;
    std::map<std::string, Tally> country_by_name;  // per Reuters display name (for the misses list)
    Counter top_people;
    Counter top_places;
    std::chrono::steady_clock::duration extract_time{};

    for (const auto& input : inputs) {
        const std::string content = read_file(input.path);
        ix::read_input_articles(
            input, content,
            [&](ix::Article article) {
                ++articles;
                if (!article.body.empty()) ++articles_with_text;
                if (!article.people.empty()) ++articles_with_people;
                if (!article.places.empty()) ++articles_with_places;

                ix::Article bare = article;
                bare.people.clear();
                bare.places.clear();
                const auto started = std::chrono::steady_clock::now();
                const ix::ExtractedEntities found = extractor.extract(bare);
                extract_time += std::chrono::steady_clock::now() - started;

                extracted_people += found.people.size();
                extracted_places += found.places.size();
                for (const auto& p : found.people) top_people.add(p.key, p.name);
                for (const auto& p : found.places) top_places.add(place_identity(p), p.name);

                // People.
                std::set<std::string> person_terms;
                for (const auto& p : found.people) {
                    for (auto& t : sc::person_terms(p)) person_terms.insert(std::move(t));
                }
                std::string text_key = "-";
                text_key += sc::canonical_key(article.title + " " + article.body);
                text_key += '-';
                for (const auto& person : article.people) {
                    const std::string surname = last_word(sc::canonical_key(person.name));
                    const std::size_t hit = person_terms.count(surname) != 0 ? 1U : 0U;
                    ++people.tagged;
                    people.found += hit;
                    std::string word = "-";
                    word += surname;
                    word += '-';
                    if (text_key.find(word) != std::string::npos) {
                        ++people_in_text.tagged;
                        people_in_text.found += hit;
                    }
                }

                // Places.
                std::set<std::string> place_ids;
                for (const auto& p : found.places) {
                    place_ids.insert(place_identity(p));
                    place_ids.insert(p.key);
                }
                const auto named =
                    countries_named(article.title + "\n\n" + article.body, gazetteer);
                for (const auto& place : article.places) {
                    // Through the display name, as the task defines it ("USA" -> United States).
                    const auto known = gazetteer.find(place.name);
                    if (!known) {
                        auto& t = unknown_places[place.name];
                        ++t.tagged;
                        t.found += place_ids.count(sc::canonical_key(place.name)) != 0 ? 1U : 0U;
                        continue;
                    }
                    const std::string id = sc::canonical_key(known->name);
                    const std::size_t hit = place_ids.count(id) != 0 ? 1U : 0U;
                    if (known->kind != ex::PlaceKind::Country) {
                        auto& t = non_country_places[place.name];
                        ++t.tagged;
                        t.found += hit;
                        non_country_resolution[place.name] =
                            std::string(known->name) + " (" +
                            std::string(ex::place_kind_name(known->kind)) +
                            (known->country.empty() ? "" : ", " + std::string(known->country)) +
                            ")";
                        continue;
                    }
                    ++countries.tagged;
                    countries.found += hit;
                    if (named.count(id) != 0) {
                        ++countries_named_in_text.tagged;
                        countries_named_in_text.found += hit;
                    }
                    auto& t = country_by_name[place.name + " -> " + std::string(known->name)];
                    ++t.tagged;
                    t.found += hit;
                }
            },
            [&](ix::Diagnostic d) {
                ++diagnostics;
                std::cerr << "reuters_recall: " << d.to_string() << "\n";
            });
    }

    const double seconds = std::chrono::duration<double>(extract_time).count();
    std::printf("## Reuters-21578: extractor recall on the hand-tagged PEOPLE and PLACES\n\n");
    std::printf(
        "%zu files, %zu articles (%zu with a body), %zu reader diagnostics; "
        "extraction %.1f s (%.2f ms/article, one thread)\n\n",
        inputs.size(), articles, articles_with_text, diagnostics, seconds,
        articles == 0 ? 0.0 : 1000.0 * seconds / static_cast<double>(articles));

    std::printf(
        "| kind | articles tagged | tagged entities | found | recall |\n|---|---|---|---|---|\n");
    std::printf("| people (surname among person terms) | %zu | %zu | %zu | %.1f %% |\n",
                articles_with_people, people.tagged, people.found,
                percent(people.found, people.tagged));
    std::printf("| people whose surname is a word of the text | | %zu | %zu | %.1f %% |\n",
                people_in_text.tagged, people_in_text.found,
                percent(people_in_text.found, people_in_text.tagged));
    std::size_t unknown_tagged = 0, unknown_found = 0, other_tagged = 0, other_found = 0;
    for (const auto& [name, t] : unknown_places)
        unknown_tagged += t.tagged, unknown_found += t.found;
    for (const auto& [name, t] : non_country_places)
        other_tagged += t.tagged, other_found += t.found;
    std::printf("| places that are countries in the gazetteer | %zu | %zu | %zu | %.1f %% |\n",
                articles_with_places, countries.tagged, countries.found,
                percent(countries.found, countries.tagged));
    std::printf(
        "| countries the text names (oracle: a capitalised 1-4 word gazetteer match of it "
        "or of a place in it) | | %zu | %zu | %.1f %% |\n",
        countries_named_in_text.tagged, countries_named_in_text.found,
        percent(countries_named_in_text.found, countries_named_in_text.tagged));
    std::printf("| places unknown to the gazetteer (historic) | | %zu | %zu | %.1f %% |\n",
                unknown_tagged, unknown_found, percent(unknown_found, unknown_tagged));
    std::printf("| places the gazetteer knows, not as a country | | %zu | %zu | %.1f %% |\n",
                other_tagged, other_found, percent(other_found, other_tagged));

    std::printf(
        "\nPlaces unknown to the gazetteer (matched by their own key):\n\n"
        "| Reuters place | tagged | found | recall |\n|---|---|---|---|\n");
    for (const auto& [name, t] : unknown_places)
        std::printf("| %s | %zu | %zu | %.1f %% |\n", name.c_str(), t.tagged, t.found,
                    percent(t.found, t.tagged));
    std::printf(
        "\nPlaces the gazetteer resolves to a non-country:\n\n"
        "| Reuters place | gazetteer | tagged | found | recall |\n|---|---|---|---|---|\n");
    for (const auto& [name, t] : non_country_places)
        std::printf("| %s | %s | %zu | %zu | %.1f %% |\n", name.c_str(),
                    non_country_resolution[name].c_str(), t.tagged, t.found,
                    percent(t.found, t.tagged));

    std::vector<std::pair<std::string, Tally>> by_name(country_by_name.begin(),
                                                       country_by_name.end());
    std::sort(by_name.begin(), by_name.end(), [](const auto& a, const auto& b) {
        return a.second.tagged - a.second.found > b.second.tagged - b.second.found;
    });
    if (by_name.size() > top_n) by_name.resize(top_n);
    std::printf(
        "\nCountries with the most misses:\n\n"
        "| Reuters place -> gazetteer | tagged | found | recall |\n|---|---|---|---|\n");
    for (const auto& [name, t] : by_name)
        std::printf("| %s | %zu | %zu | %.1f %% |\n", name.c_str(), t.tagged, t.found,
                    percent(t.found, t.tagged));

    std::printf(
        "\nPrecision proxy: %.2f extracted places and %.2f extracted people per article "
        "(%.2f / %.2f per article with a body)\n\n",
        static_cast<double>(extracted_places) /
            static_cast<double>(std::max<std::size_t>(articles, 1)),
        static_cast<double>(extracted_people) /
            static_cast<double>(std::max<std::size_t>(articles, 1)),
        static_cast<double>(extracted_places) /
            static_cast<double>(std::max<std::size_t>(articles_with_text, 1)),
        static_cast<double>(extracted_people) /
            static_cast<double>(std::max<std::size_t>(articles_with_text, 1)));
    const auto places_top = top_places.top(top_n);
    const auto people_top = top_people.top(top_n);
    std::printf("| # | place | articles | person | articles |\n|---|---|---|---|---|\n");
    for (std::size_t i = 0; i < std::max(places_top.size(), people_top.size()); ++i) {
        const auto cell = [&](const auto& list) {
            return i < list.size() ? std::make_pair(list[i].second, std::to_string(list[i].first))
                                   : std::make_pair(std::string(), std::string());
        };
        const auto [place, place_count] = cell(places_top);
        const auto [person, person_count] = cell(people_top);
        std::printf("| %zu | %s | %s | %s | %s |\n", i + 1, place.c_str(), place_count.c_str(),
                    person.c_str(), person_count.c_str());
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fflush(stdout);
        std::fprintf(stderr, "reuters_recall: error: %s\n", e.what());
        return 2;
    }
}
