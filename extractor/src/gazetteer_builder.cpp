#include "dateline/extractor/gazetteer_builder.hpp"

#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "binary_io.hpp"
#include "dateline/extractor/errors.hpp"
#include "dateline/extractor/gazetteer.hpp"
#include "dateline/schema/entity.hpp"
#include "gazetteer_format.hpp"

namespace dateline::extractor {

namespace {

constexpr double kCountryPriority = 1e15;
constexpr double kRegionPopulation = 500'000;

struct Candidate {
    std::string name;
    PlaceKind kind = PlaceKind::City;
    std::string country;
    std::uint32_t population = 0;
    double priority = 0;
    std::uint32_t geonameid = 0;
    std::uint32_t region_geonameid = 0;
    std::string country_code = {};  // ISO alpha-2, lower case
    bool capital = false;
    bool resolution_only = false;  // not a tagger feature (kResolutionOnlyFlag)
    bool alternate = false;        // claimed by an alternate name (kAlternateNameFlag)
    bool section = false;          // a section of a city, PPLX (kSectionFlag)
    bool small_town = false;       // from the small-town list (kSmallTownFlag)
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) return fields;
        start = tab + 1;
    }
}

std::vector<std::string> read_lines(const std::filesystem::path& path) {
    std::string text;
    if (path.extension() == ".gz") {
        gzFile file = gzopen(path.c_str(), "rb");
        if (file == nullptr) throw InputError("cannot open " + path.string());
        char buffer[1 << 16];
        int n = 0;
        while ((n = gzread(file, buffer, sizeof buffer)) > 0)
            text.append(buffer, static_cast<std::size_t>(n));
        gzclose(file);
        if (n < 0) throw InputError("cannot decompress " + path.string());
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError("cannot open " + path.string());
        std::ostringstream s;
        s << in.rdbuf();
        text = s.str();
    }
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
    }
    return lines;
}

std::size_t word_count(std::string_view key) {
    return key.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), '-'));
}

// A usable English-looking alternate name: one ASCII word, starts upper-case,
// has a lower-case letter (drops codes like "ALV"), no digits.
bool plausible_alternate(std::string_view name) {
    if (name.size() < 3 || name.size() > 40 || !(name[0] >= 'A' && name[0] <= 'Z')) return false;
    // Multi-word alternates are mostly translations ("White House" for
    // Casablanca), not names English text uses for the city.
    if (name.find(' ') != std::string_view::npos) return false;
    bool lower = false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= '0' && c <= '9')) return false;
        if (c >= 'a' && c <= 'z') lower = true;
        if (!(std::isalpha(u) || c == ' ' || c == '-' || c == '\'' || c == '.')) return false;
    }
    return lower;
}

// Whether the alternate name `alias` resembles a city's name `name`, both
// folded to letters: the same first two letters ("Dnepropetrovsk" and
// "Dnipro"), a common subsequence of half their letters, or one name inside
// the other but for a letter ("Hague" and "The Hague", "Ghent" and "Gent",
// "Oporto" and "Porto"); not "Google" and "Topeka".
bool resembles(std::string_view alias, std::string_view name) {
    const auto letters = [](std::string_view written) {
        std::string out = schema::canonical_key(written);
        std::erase(out, '-');
        return out;
    };
    const std::string a = letters(alias);
    const std::string b = letters(name);
    if (a.size() < 2 || b.size() < 2) return false;
    if (a.compare(0, 2, b, 0, 2) == 0) return true;
    std::vector<std::size_t> previous(b.size() + 1, 0);
    std::vector<std::size_t> current(b.size() + 1, 0);
    for (const char x : a) {
        for (std::size_t j = 0; j < b.size(); ++j)
            current[j + 1] = x == b[j] ? previous[j] + 1 : std::max(previous[j + 1], current[j]);
        std::swap(previous, current);
    }
    const std::size_t common = previous[b.size()];
    return 2 * common >= a.size() + b.size() || common + 1 >= std::min(a.size(), b.size());
}

// The places of one key. The first place (the one the key names first, and
// the tagger's feature) is chosen as version 001 chose its only one: the
// highest priority among the tagger-visible places, the earliest added on a
// tie; the others follow in order of priority.
class Collector {
  public:
    void add(std::string_view alias, const Candidate& candidate) {
        std::string key = schema::canonical_key(alias);
        if (key.empty() || key.size() > 0xFFFF) return;
        std::vector<Candidate>& places = entries_[std::move(key)];
        // One place once per key: its best claim (a city's name, ASCII name
        // and alternate names may all fold to one key).
        for (Candidate& known : places) {
            const bool same =
                known.kind == candidate.kind &&
                (candidate.geonameid != 0 ? known.geonameid == candidate.geonameid
                                          : known.geonameid == 0 && known.name == candidate.name);
            if (!same) continue;
            if (candidate.priority > known.priority) {
                known.priority = candidate.priority;
                known.resolution_only = candidate.resolution_only;
                known.alternate = candidate.alternate;
            } else if (candidate.priority == known.priority && !candidate.resolution_only) {
                known.resolution_only = false;
            }
            return;
        }
        places.push_back(candidate);
    }
    /// Only adds places to keys that have some already or that no tagger
    /// feature would see anyway (resolution-only names).
    [[nodiscard]] const std::map<std::string, std::vector<Candidate>>& entries() const {
        return entries_;
    }

  private:
    std::map<std::string, std::vector<Candidate>> entries_;  // sorted: reproducible output
};

// The places of a key in file order: the first as described above, then the
// others by priority (stable).
std::vector<Candidate> ordered(std::vector<Candidate> places) {
    std::size_t first = places.size();
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (places[i].resolution_only) continue;
        if (first == places.size() || places[i].priority > places[first].priority) first = i;
    }
    std::vector<Candidate> out;
    out.reserve(places.size());
    if (first != places.size()) out.push_back(places[first]);
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (i != first) out.push_back(places[i]);
    }
    std::stable_sort(
        out.begin() + (first != places.size() ? 1 : 0), out.end(),
        [](const Candidate& a, const Candidate& b) { return a.priority > b.priority; });
    return out;
}

std::string lower_code(std::string_view code) {
    std::string out(code);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::uint32_t parse_id(const std::string& field) {
    return static_cast<std::uint32_t>(std::strtoul(field.c_str(), nullptr, 10));
}

}  // namespace

GazetteerSources GazetteerSources::in_shared_dir(const std::filesystem::path& gazetteer_dir) {
    GazetteerSources s;
    s.country_info = gazetteer_dir / "geonames-countryInfo.tsv";
    s.admin1 = gazetteer_dir / "geonames-admin1-regions.tsv";
    s.cities = gazetteer_dir / "geonames-cities15000-20251119.tsv.gz";
    s.small_towns = gazetteer_dir / "geonames-cities1000-20131106.tsv.gz";
    return s;
}

GazetteerBuildStats build_gazetteer(const GazetteerSources& sources,
                                    const std::filesystem::path& output) {
    GazetteerBuildStats stats;
    Collector collector;
    std::unordered_map<std::string, std::string> country_by_code;  // ISO2 -> display name

    // Countries: GeoNames names are the display names.
    std::unordered_map<std::string, std::uint32_t> country_population;
    std::unordered_map<std::string, std::uint32_t> country_geonameid;
    std::vector<std::pair<std::string, std::string>>
        extra_country_names;  // ISO2, "The Netherlands"
    for (const std::string& line : read_lines(sources.country_info)) {
        if (line.empty() || line[0] == '#') continue;
        const auto fields = split_tabs(line);
        if (fields.size() < 8) throw InputError(sources.country_info.string() + ": short line");
        country_by_code[fields[0]] = std::string(country_display_name(fields[4]));
        if (fields[4] != country_by_code[fields[0]])
            extra_country_names.emplace_back(fields[0], fields[4]);
        country_population[fields[0]] =
            static_cast<std::uint32_t>(std::min(4e9, std::strtod(fields[7].c_str(), nullptr)));
        if (fields.size() > 16) country_geonameid[fields[0]] = parse_id(fields[16]);
    }
    auto add_country_alias = [&](const std::string& code, std::string_view alias) {
        const auto it = country_by_code.find(code);
        if (it == country_by_code.end()) return;
        Candidate country{it->second, PlaceKind::Country, it->second, country_population[code],
                          kCountryPriority};
        country.geonameid = country_geonameid[code];
        country.country_code = lower_code(code);
        collector.add(alias, country);
    };
    for (const auto& [code, name] : country_by_code) {
        add_country_alias(code, name);
        ++stats.countries;
    }
    for (const auto& [code, name] : extra_country_names) add_country_alias(code, name);
    {
        std::ifstream in(sources.iso3166_json);
        if (!in) throw InputError("cannot open " + sources.iso3166_json.string());
        const auto json = nlohmann::json::parse(in, nullptr, false);
        if (json.is_discarded() || !json.contains("3166-1")) {
            throw InputError(sources.iso3166_json.string() + ": not ISO 3166-1 JSON");
        }
        for (const auto& country : json["3166-1"]) {
            const std::string code = country.value("alpha_2", "");
            for (const char* field : {"name", "official_name", "common_name"}) {
                if (country.contains(field)) {
                    std::string alias = country[field].get<std::string>();
                    // "Korea, Republic of" is a sorting form, not a name used in text.
                    if (alias.find(',') == std::string::npos) add_country_alias(code, alias);
                }
            }
        }
    }
    const std::pair<const char*, std::vector<const char*>> short_forms[] = {
        {"US", {"U.S.", "US", "U.S.A.", "USA", "America", "United States of America"}},
        {"GB", {"UK", "U.K.", "Britain", "Great Britain"}},
        {"NL", {"Holland", "Netherlands"}},
        {"AE", {"UAE", "U.A.E."}},
        {"CZ", {"Czech Republic"}},
        {"MM", {"Burma"}},
        {"CI", {"Ivory Coast"}},
        {"KR", {"South Korea"}},
        {"KP", {"North Korea"}},
        {"RU", {"Russia", "Russian Federation"}},
        {"MK", {"Macedonia"}},
        {"TR", {"Turkey", "Turkiye"}},
        {"VA", {"Vatican", "Vatican City"}},
        {"PS", {"Palestine", "Palestinian Territories"}},
        {"CV", {"Cape Verde"}},
        {"SZ", {"Swaziland"}},
    };
    for (const auto& [code, aliases] : short_forms) {
        for (const char* alias : aliases) add_country_alias(code, alias);
    }
    // Former states (Reuters-21578 is from 1987): countries of their own.
    const std::pair<const char*, std::vector<const char*>> former[] = {
        {"Soviet Union", {"Soviet Union", "USSR", "U.S.S.R."}},
        {"West Germany", {"West Germany"}},
        {"East Germany", {"East Germany"}},
        {"Yugoslavia", {"Yugoslavia"}},
        {"Czechoslovakia", {"Czechoslovakia"}},
        {"Zaire", {"Zaire"}},
    };
    for (const auto& [name, aliases] : former) {
        for (const char* alias : aliases)
            collector.add(alias, Candidate{name, PlaceKind::Country, name, 0, kCountryPriority});
        // Their keys are spellings too ("west-germany").
    }

    // Regions (admin1).
    std::unordered_map<std::string, std::uint32_t> region_by_code;  // "CC.code" -> geonameid
    for (const std::string& line : read_lines(sources.admin1)) {
        if (line.empty() || line[0] == '#') continue;
        const auto fields = split_tabs(line);
        if (fields.size() < 3) throw InputError(sources.admin1.string() + ": short line");
        const std::string country_code = fields[0].substr(0, fields[0].find('.'));
        const auto country = country_by_code.find(country_code);
        if (country == country_by_code.end()) continue;
        Candidate region{fields[1], PlaceKind::Region, country->second, 0, kRegionPopulation};
        region.geonameid = fields.size() > 3 ? parse_id(fields[3]) : 0;
        region.country_code = lower_code(country_code);
        collector.add(fields[1], region);
        collector.add(fields[2], region);
        region_by_code[fields[0]] = region.geonameid;
        ++stats.regions;
    }

    // Cities.
    bool header = true;
    for (const std::string& line : read_lines(sources.cities)) {
        if (header) {
            header = false;
            if (line.rfind("geonameid", 0) == 0) continue;
        }
        if (line.empty()) continue;
        const auto fields = split_tabs(line);
        if (fields.size() < 7) throw InputError(sources.cities.string() + ": short line");
        const auto country = country_by_code.find(fields[3]);
        if (country == country_by_code.end()) continue;
        const auto population =
            static_cast<std::uint32_t>(std::min(4e9, std::strtod(fields[6].c_str(), nullptr)));
        const bool capital = fields[5] == "PPLC";
        Candidate city{fields[1], PlaceKind::City, country->second, population,
                       static_cast<double>(population) * (capital ? 4.0 : 1.0)};
        city.geonameid = parse_id(fields[0]);
        city.country_code = lower_code(fields[3]);
        city.capital = capital;
        city.section = fields[5] == "PPLX";
        if (const auto region = region_by_code.find(fields[3] + "." + fields[4]);
            region != region_by_code.end())
            city.region_geonameid = region->second;
        collector.add(fields[1], city);
        collector.add(fields[2], city);
        if (population >= sources.min_resolution_alternate_population && fields.size() > 10) {
            // Alternate names rank below every main name. Those of cities
            // under min_alternate_population are for the resolver only
            // ("Antwerp", "Cologne", "Gothenburg").
            Candidate alt = city;
            alt.priority /= 10;
            alt.resolution_only = population < sources.min_alternate_population;
            alt.alternate = true;
            std::size_t start = 0;
            const std::string& names = fields[10];
            while (start <= names.size()) {
                std::size_t comma = names.find(',', start);
                if (comma == std::string::npos) comma = names.size();
                const std::string_view alias(names.data() + start, comma - start);
                if (plausible_alternate(alias) &&
                    (population >= sources.min_unlike_alternate_population ||
                     resembles(alias, fields[1]) || resembles(alias, fields[2])))
                    collector.add(alias, alt);
                start = comma + 1;
            }
        }
        ++stats.cities;
    }

    // Small towns, for qualified mentions only: their main and ASCII names.
    if (!sources.small_towns.empty()) {
        std::unordered_set<std::uint32_t> known;
        for (const auto& [key, places] : collector.entries()) {
            for (const Candidate& place : places) known.insert(place.geonameid);
        }
        header = true;
        for (const std::string& line : read_lines(sources.small_towns)) {
            if (header) {
                header = false;
                if (line.rfind("geonameid", 0) == 0) continue;
            }
            if (line.empty()) continue;
            const auto fields = split_tabs(line);
            if (fields.size() < 7) throw InputError(sources.small_towns.string() + ": short line");
            const auto country = country_by_code.find(fields[3]);
            const std::uint32_t geonameid = parse_id(fields[0]);
            if (country == country_by_code.end() || known.contains(geonameid)) continue;
            const auto population =
                static_cast<std::uint32_t>(std::min(4e9, std::strtod(fields[6].c_str(), nullptr)));
            Candidate town{fields[1], PlaceKind::City, country->second, population,
                           static_cast<double>(population) / 100.0};
            town.geonameid = geonameid;
            town.country_code = lower_code(fields[3]);
            town.resolution_only = true;
            town.small_town = true;
            town.section = fields[5] == "PPLX";
            if (const auto region = region_by_code.find(fields[3] + "." + fields[4]);
                region != region_by_code.end())
                town.region_geonameid = region->second;
            collector.add(fields[1], town);
            collector.add(fields[2], town);
            ++stats.small_towns;
        }
    }

    // Serialise: sorted keys, string pool with shared display names.
    std::string pool;
    std::unordered_map<std::string, std::uint32_t> pooled;
    auto intern = [&](const std::string& s) -> std::uint32_t {
        const auto [it, inserted] = pooled.try_emplace(s, static_cast<std::uint32_t>(pool.size()));
        if (inserted) pool += s;
        return it->second;
    };
    std::vector<PackedPlace> entries;
    std::vector<std::pair<std::string_view, std::uint32_t>> firsts;  // key, first entry index
    std::size_t max_words = 0;
    for (const auto& [key, places] : collector.entries()) {
        const auto sorted = ordered(places);
        const std::size_t count = std::min<std::size_t>(sorted.size(), 0xFFFF);
        firsts.emplace_back(key, static_cast<std::uint32_t>(entries.size()));
        for (std::size_t k = 0; k < count; ++k) {
            const Candidate& c = sorted[k];
            PackedPlace e{};
            e.key_offset = intern(key);
            e.key_length = static_cast<std::uint16_t>(key.size());
            e.name_offset = intern(c.name);
            e.name_length =
                static_cast<std::uint16_t>(std::min<std::size_t>(c.name.size(), 0xFFFF));
            e.country_offset = intern(c.country);
            e.country_length =
                static_cast<std::uint16_t>(std::min<std::size_t>(c.country.size(), 0xFFFF));
            e.kind = static_cast<std::uint8_t>(c.kind);
            e.flags = static_cast<std::uint8_t>(
                (c.capital ? kCapitalFlag : 0) | (c.resolution_only ? kResolutionOnlyFlag : 0) |
                (c.alternate ? kAlternateNameFlag : 0) | (c.section ? kSectionFlag : 0) |
                (c.small_town ? kSmallTownFlag : 0));
            e.population = c.population;
            e.geonameid = c.geonameid;
            e.region_geonameid = c.region_geonameid;
            e.candidates = static_cast<std::uint16_t>(k == 0 ? count : 0);
            if (c.country_code.size() == 2) {
                e.country_code[0] = c.country_code[0];
                e.country_code[1] = c.country_code[1];
            }
            entries.push_back(e);
        }
        // The tagger's feature matches keys of at most this many words.
        if (!sorted.front().resolution_only) max_words = std::max(max_words, word_count(key));
    }
    std::size_t capacity = 1;
    while (capacity < firsts.size() * 2) capacity *= 2;
    std::vector<std::uint32_t> table(capacity, 0);
    for (const auto& [key, first] : firsts) {
        std::size_t i = static_cast<std::size_t>(detail::gazetteer_hash(key)) & (capacity - 1);
        while (table[i] != 0) i = (i + 1) & (capacity - 1);
        table[i] = first + 1;
    }
    detail::BlobWriter out;
    out.magic(detail::kGazetteerMagic);
    out.u64(entries.size());
    out.u64(capacity);
    out.u64(pool.size());
    out.u64(max_words);
    out.array(std::span<const PackedPlace>(entries));
    out.array(std::span<const std::uint32_t>(table));
    out.array(std::span<const char>(pool.data(), pool.size()));
    out.save(output);
    stats.entries = firsts.size();
    stats.places = entries.size();
    stats.bytes = out.size();
    return stats;
}

}  // namespace dateline::extractor
