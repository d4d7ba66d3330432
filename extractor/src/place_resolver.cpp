#include "dateline/extractor/place_resolver.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "dateline/schema/place_identities.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

namespace sc = dateline::schema;

// How much less prominent than a capital a namesake may be and still take
// its name from it on the article's evidence (Tripoli, Lebanon: a twentieth
// of Tripoli, Libya, capital; London, Ontario: a hundredth of London).
constexpr double kCapitalRivalRatio = 25.0;

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Where a qualifier puts a place: a country, or a first-level region.
struct Scope {
    std::string country;       // ISO alpha-2, lower case
    std::uint32_t region = 0;  // GeoNames id of the region, 0 for a whole country
    ResolvedPlace self;        // the place the qualifier names
};

bool in_scope(const Place& place, const Scope& scope) {
    if (scope.region != 0) return place.region_geonameid == scope.region;
    return place.kind != PlaceKind::Country && place.country_code == scope.country;
}

sc::Entity identity_of(const sc::PlaceIdentityRow& row) {
    return sc::Entity{std::string(row.key), std::string(row.name)};
}

}  // namespace

PlaceResolver::PlaceResolver(const Gazetteer& gazetteer,
                             std::function<bool(std::string_view)> not_a_place)
    : gazetteer_(gazetteer), not_a_place_(std::move(not_a_place)) {}

std::vector<std::optional<ResolvedPlace>> PlaceResolver::resolve(
    std::span<const PlaceMentionInput> mentions, int day) const {
    // The country a place of country `code` (in region `region`) was part of
    // on the article's day: West Germany for a Bonn of 1987.
    const auto country_identity = [day](std::string_view code,
                                        std::uint32_t region = 0) -> std::optional<sc::Entity> {
        if (code.empty()) return std::nullopt;
        if (const auto* row = sc::country_on_day(code, region, day)) return identity_of(*row);
        return std::nullopt;
    };
    const auto resolved = [&](const Place& place, bool confident) {
        ResolvedPlace out;
        out.geonameid = place.geonameid;
        out.country = std::string(place.country_code);
        out.confident = confident;
        out.capital = place.capital;
        out.kind = place.kind;
        out.region_geonameid =
            place.kind == PlaceKind::Region ? place.geonameid : place.region_geonameid;
        if (place.kind == PlaceKind::Country) {
            // By its code; a historical country (no code) by its name.
            const sc::PlaceIdentityRow* row =
                place.country_code.empty() ? nullptr : sc::find_place_identity(place.country_code);
            if (row == nullptr) row = sc::find_place_identity(sc::canonical_key(place.name));
            // "Germany" of 1987 names West Germany: the country was divided
            // that day, and its name alone meant the part that kept it.
            if (!place.country_code.empty()) {
                if (const auto* part = sc::divided_country_name_on_day(place.country_code, day))
                    row = part;
            }
            out.entity = row ? identity_of(*row) : sc::entity_from_name(place.name);
            if (row) out.geonameid = row->geonameid;
            return out;
        }
        if (const auto* row = sc::find_place_by_geonameid(place.geonameid)) {
            out.entity = identity_of(*row);
        } else if (place.geonameid != 0) {
            out.entity = sc::Entity{sc::geonames_key(place.geonameid), std::string(place.name)};
        } else {
            out.entity = sc::entity_from_name(place.name);
        }
        if (confident) {
            const std::uint32_t region =
                place.kind == PlaceKind::Region ? place.geonameid : place.region_geonameid;
            if (auto country = country_identity(place.country_code, region))
                out.implies.push_back(std::move(*country));
            // A state, unless the place is it (the city of Washington is D.C.).
            const auto* state = sc::find_place_by_geonameid(place.region_geonameid);
            if (state != nullptr && state->key != out.entity.key)
                out.implies.push_back(identity_of(*state));
        }
        return out;
    };
    // Prominence among the places of one name.
    const auto prominence = [&](const Place& place) -> double {
        switch (place.kind) {
            case PlaceKind::Country:
                return 1e15 + place.population;
            case PlaceKind::Region: {
                const auto country = gazetteer_.find(place.country);
                const double people =
                    country && country->kind == PlaceKind::Country ? country->population : 0.0;
                return 500'000.0 + people / 1000.0;
            }
            case PlaceKind::City:
                break;
        }
        // An alternate name is a weaker claim than a main one, and a section
        // of a city (Venice, Los Angeles) is not the town a bare name means:
        // each ranks as a tenth of its people, as the gazetteer's order does.
        return static_cast<double>(place.population) * (place.capital ? 4.0 : 1.0) /
               (place.alternate_name ? 10.0 : 1.0) / (place.section ? 10.0 : 1.0);
    };
    // The places a qualifier may name ("Georgia": the country and the state).
    const auto scopes_of = [&](std::string_view qualifier) {
        std::vector<Scope> scopes;
        if (qualifier.empty()) return scopes;
        const std::string key = sc::canonical_key(qualifier);
        const sc::PlaceIdentityRow* row = sc::find_state_abbreviation(qualifier);
        if (row == nullptr) row = sc::find_place_identity(key);
        if (row != nullptr) {
            Scope scope;
            scope.self.entity = identity_of(*row);
            scope.self.geonameid = row->geonameid;
            // "..., Germany" of 1987 is West Germany, as a bare "Germany".
            if (row->kind == sc::PlaceIdentityKind::Country) {
                if (const auto* part = sc::divided_country_name_on_day(row->key, day)) {
                    scope.self.entity = identity_of(*part);
                    scope.self.geonameid = part->geonameid;
                }
            }
            scope.self.country = std::string(row->country);
            scope.self.confident = true;
            scope.self.kind =
                row->kind == sc::PlaceIdentityKind::Region ? PlaceKind::Region : PlaceKind::Country;
            if (row->kind == sc::PlaceIdentityKind::Region)
                scope.self.region_geonameid = row->geonameid;
            switch (row->kind) {
                case sc::PlaceIdentityKind::Country:
                    scope.country = std::string(row->key);
                    break;
                case sc::PlaceIdentityKind::Historical:
                    scope.country = std::string(row->successor);
                    break;
                case sc::PlaceIdentityKind::Region:
                    scope.country = std::string(row->country);
                    scope.region = row->geonameid;
                    if (auto country = country_identity(row->country))
                        scope.self.implies.push_back(std::move(*country));
                    break;
            }
            scopes.push_back(std::move(scope));
        }
        for (const Place& place : gazetteer_.candidates(key)) {
            if (place.kind != PlaceKind::Region || place.geonameid == 0) continue;
            if (row != nullptr && row->geonameid == place.geonameid) continue;
            scopes.push_back(
                Scope{std::string(place.country_code), place.geonameid, resolved(place, true)});
        }
        return scopes;
    };

    struct Work {
        std::string key;
        std::vector<Place> candidates;   // by prominence, best first
        std::vector<Place> small_towns;  // for a qualifier only, by population
        std::optional<ResolvedPlace> fixed;
        bool dropped = false;
        bool qualified = false;
    };
    std::vector<Work> work(mentions.size());
    std::map<std::size_t, ResolvedPlace> qualifier_places;  // mention -> what it qualified
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const PlaceMentionInput& m = mentions[i];
        Work& w = work[i];
        w.key = sc::canonical_key(m.written);
        if (m.source == PlaceSource::Evidence) {
            const sc::PlaceIdentityRow* row = sc::find_place_identity(w.key);
            if (row == nullptr || row->kind != sc::PlaceIdentityKind::Country) {
                w.dropped = true;
                continue;
            }
            ResolvedPlace country;
            country.entity = identity_of(*row);
            country.country = std::string(row->country);
            country.kind = PlaceKind::Country;
            w.fixed = std::move(country);
            continue;
        }
        if (const auto it = qualifier_places.find(i); it != qualifier_places.end()) {
            w.fixed = it->second;
            continue;
        }
        if (const auto* state = sc::find_state_abbreviation(m.written)) {
            ResolvedPlace place;
            place.entity = identity_of(*state);
            place.geonameid = state->geonameid;
            place.country = std::string(state->country);
            place.confident = true;
            place.kind = PlaceKind::Region;
            place.region_geonameid = state->geonameid;
            if (auto country = country_identity(state->country)) place.implies.push_back(*country);
            w.fixed = std::move(place);
            continue;
        }
        auto all = gazetteer_.candidates(w.key);
        std::erase_if(all, [&](const Place& place) {
            if (place.small_town) w.small_towns.push_back(place);
            return place.small_town;
        });
        const sc::PlaceIdentityRow* named = sc::find_place_identity(w.key);
        for (const Place& place : all) {
            // A town named like a country's or a state's spelling ("Pa", a
            // village of Burkina Faso, is Pa. for Pennsylvania; Tô folds to
            // Tonga's code) is never what the text means, unless the town
            // is that identity ("Washington", the city, is D.C.).
            if (place.kind == PlaceKind::City && named != nullptr &&
                sc::find_place_by_geonameid(place.geonameid) != named)
                continue;
            w.candidates.push_back(place);
        }
        std::stable_sort(
            w.candidates.begin(), w.candidates.end(),
            [&](const Place& a, const Place& b) { return prominence(a) > prominence(b); });
        // A small town is a place only where its qualifier names its state
        // or country ("Troy, N.C."): the most populous one there.
        const auto qualified_small_town = [&]() -> bool {
            for (const Scope& scope : scopes_of(m.qualifier)) {
                const auto it = std::find_if(w.small_towns.begin(), w.small_towns.end(),
                                             [&](const Place& p) { return in_scope(p, scope); });
                if (it == w.small_towns.end()) continue;
                w.qualified = true;
                w.fixed = resolved(*it, true);
                if (i + 1 < mentions.size() && mentions[i + 1].source == PlaceSource::Pattern)
                    qualifier_places.emplace(i + 1, scope.self);
                return true;
            }
            return false;
        };
        if (w.candidates.empty() && !w.small_towns.empty() && !m.qualifier.empty()) {
            if (!qualified_small_town()) w.dropped = true;
            continue;
        }
        if (m.source == PlaceSource::Qualified && w.candidates.empty()) {
            w.dropped = true;  // confirmed only by a place of the gazetteer
            continue;
        }
        if (w.candidates.empty()) {
            // A spelling of the identity table the gazetteer lacks ("West
            // German", "Calif"); an identity key alone ("pa", "TO", "IN") is
            // no name, nor a name whose only towns were set aside above.
            const auto* row = sc::find_place_identity(w.key);
            if (row != nullptr && row->key != w.key && all.empty()) {
                ResolvedPlace place;
                place.entity = identity_of(*row);
                place.geonameid = row->geonameid;
                place.country = std::string(row->country);
                place.confident = true;
                place.kind = row->kind == sc::PlaceIdentityKind::Region ? PlaceKind::Region
                                                                        : PlaceKind::Country;
                if (row->kind == sc::PlaceIdentityKind::Region) {
                    place.region_geonameid = row->geonameid;
                    if (auto country = country_identity(row->country))
                        place.implies.push_back(*country);
                }
                w.fixed = std::move(place);
            } else if (!w.key.empty() && row == nullptr && all.empty() &&
                       m.source == PlaceSource::Tagged && m.starts_sentence &&
                       w.key.find('-') == std::string::npos && not_a_place_ &&
                       not_a_place_(w.key) &&
                       std::none_of(mentions.begin(), mentions.end(),
                                    [&](const PlaceMentionInput& other) {
                                        return !other.starts_sentence &&
                                               sc::canonical_key(other.written) == w.key;
                                    })) {
                // One word the gazetteer does not know that is an ordinary
                // word or a name, capitalised only because it starts a
                // sentence ("Born in Leeds"): a tagging slip, not a place
                // nobody has heard of. Inside a sentence its capital is
                // evidence, and the word stays there and wherever else the
                // article has it ("the Pacific", "the Midwest").
                w.dropped = true;
            } else if (!w.key.empty() && row == nullptr && all.empty()) {
                // A place the gazetteer does not know ("Tahrir Square"): as
                // written, implying nothing.
                ResolvedPlace place;
                place.entity = sc::entity_from_name(m.written);
                w.fixed = std::move(place);
            } else {
                w.dropped = true;
            }
            continue;
        }
        if (const auto scopes = scopes_of(m.qualifier); !scopes.empty()) {
            for (const Scope& scope : scopes) {
                const auto it = std::find_if(w.candidates.begin(), w.candidates.end(),
                                             [&](const Place& p) { return in_scope(p, scope); });
                if (it == w.candidates.end()) continue;
                w.qualified = true;
                w.fixed = resolved(*it, true);
                // The qualifier, next, is the place that matched: "Atlanta,
                // Georgia" is the state.
                if (i + 1 < mentions.size() && mentions[i + 1].source == PlaceSource::Pattern)
                    qualifier_places.emplace(i + 1, scope.self);
                break;
            }
            if (w.qualified || qualified_small_town()) continue;
            if (m.source == PlaceSource::Qualified) {
                w.dropped = true;  // no place of that name in the qualifier
                continue;
            }
            // "Britain, France and Germany", "Texas, California": a list,
            // not a qualifier, when the name is itself a country or region.
            // A state abbreviation ("Penn.") is never an item of a list.
            const bool list = sc::find_state_abbreviation(m.qualifier) == nullptr &&
                              std::any_of(w.candidates.begin(), w.candidates.end(),
                                          [](const Place& p) { return p.kind != PlaceKind::City; });
            if (!list) {
                // "Cairo, Ill.": no Cairo in Illinois here; not Egypt's.
                w.dropped = true;
                continue;
            }
        }
        if (m.source == PlaceSource::Qualified) {
            w.dropped = true;  // a qualifier that names no country or state
            continue;
        }
        // Not a place of the gazetteer: small towns matched only with their
        // accents folded away ("God" / Göd), or ordinary words and names.
        const bool small =
            std::all_of(w.candidates.begin(), w.candidates.end(), [](const Place& p) {
                return p.kind == PlaceKind::City && p.population < kMinConfidentPopulation;
            });
        if (small && m.source == PlaceSource::Tagged) {
            const bool folded_only = is_ascii(m.written) &&
                                     std::none_of(w.candidates.begin(), w.candidates.end(),
                                                  [](const Place& p) { return is_ascii(p.name); });
            if (folded_only || (not_a_place_ && not_a_place_(w.key))) {
                w.dropped = true;
                continue;
            }
        }
        if (w.candidates.size() == 1) {
            // One place only: certain, but a small town implies its country
            // only with evidence (below).
            const Place& only = w.candidates.front();
            w.fixed = resolved(only, only.kind != PlaceKind::City ||
                                         only.population >= kMinConfidentPopulation ||
                                         m.source == PlaceSource::Dateline);
        }
    }

    // Evidence: the countries of the dateline and of the places already
    // certain; and, for a country's namesake US state, the certain places
    // below the country level.
    std::map<std::string, int> countries;
    // What the unresolved mentions of a name added above by their most
    // prominent place alone: no evidence against that name's own rivals.
    std::map<std::string, std::map<std::string, int>> guessed;
    std::map<std::string, int> below_country;
    // The first-level regions the article names, itself or by a town of
    // theirs, and how many regions of each country it names.
    std::set<std::uint32_t> regions_named;
    std::map<std::string, int> region_mentions;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Work& w = work[i];
        if (w.dropped) continue;
        const bool dateline = mentions[i].source == PlaceSource::Dateline;
        std::string country;
        bool sub_country = false;
        PlaceKind kind = PlaceKind::Country;
        std::uint32_t region = 0;
        if (w.fixed) {
            country = w.fixed->country;
            sub_country = !w.fixed->implies.empty() && !w.fixed->capital;
            kind = w.fixed->kind;
            region = w.fixed->confident ? w.fixed->region_geonameid : 0;
        } else if (dateline || w.candidates.front().kind == PlaceKind::Country ||
                   prominence(w.candidates[0]) >= 10 * prominence(w.candidates[1])) {
            // The dateline, a country, or a name one place dominates.
            const Place& best = w.candidates.front();
            country = std::string(best.country_code);
            sub_country = best.kind != PlaceKind::Country && !best.capital;
            kind = best.kind;
            region = best.kind == PlaceKind::Region ? best.geonameid : best.region_geonameid;
        }
        if (country.empty()) continue;
        countries[country] += dateline ? 2 : 1;
        if (!w.fixed) guessed[w.key][country] += 1;
        if (sub_country) ++below_country[country];
        if (region != 0) regions_named.insert(region);
        if (kind == PlaceKind::Region) ++region_mentions[country];
    }
    const auto count = [](const std::map<std::string, int>& m, std::string_view key) {
        const auto it = m.find(std::string(key));
        return it == m.end() ? 0 : it->second;
    };

    // Within the country chosen: "Cordoba" in a list of Argentina's
    // provinces (La Pampa, Entre Rios) is the province, not the city; a
    // "Birmingham" beside Southfield, Michigan, is the town in Michigan.
    const auto within_country = [&](const Work& w, const Place& chosen) -> const Place& {
        if (chosen.kind != PlaceKind::City) return chosen;
        const auto same_country = [&](const Place& p) {
            return p.country_code == chosen.country_code;
        };
        if (count(region_mentions, chosen.country_code) >= 2) {
            for (const Place& p : w.candidates) {
                if (p.kind == PlaceKind::Region && same_country(p)) return p;
            }
        }
        if (!regions_named.contains(chosen.region_geonameid)) {
            for (const Place& p : w.candidates) {
                if (p.kind == PlaceKind::City && same_country(p) &&
                    regions_named.contains(p.region_geonameid))
                    return p;
            }
        }
        return chosen;
    };

    // Lists of places: per list and country, how many of its items are
    // regions of that country ("Idaho, Michigan, Mississippi").
    std::map<std::pair<std::size_t, std::string>, int> list_regions;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Work& w = work[i];
        if (mentions[i].list == 0 || w.dropped || mentions[i].source == PlaceSource::Evidence)
            continue;
        // A city and the state that qualified it ("Dallas, Texas") are one
        // item, not a region of the list.
        if (w.qualified || qualifier_places.contains(i)) continue;
        if (w.fixed) {
            if (w.fixed->kind == PlaceKind::Region)
                ++list_regions[{mentions[i].list, w.fixed->country}];
        } else if (w.candidates.front().kind == PlaceKind::Region) {
            ++list_regions[{mentions[i].list, std::string(w.candidates.front().country_code)}];
        }
    }
    // The region of a name in a list with two other regions of its country.
    const auto region_of_list = [&](std::size_t i) -> const Place* {
        if (mentions[i].list == 0) return nullptr;
        const Work& w = work[i];
        const bool counted = w.candidates.front().kind == PlaceKind::Region;
        for (const Place& p : w.candidates) {
            if (p.kind != PlaceKind::Region) continue;
            const auto it = list_regions.find({mentions[i].list, std::string(p.country_code)});
            const int others = it == list_regions.end() ? 0 : it->second - (counted ? 1 : 0);
            if (others >= 2) return &p;
        }
        return nullptr;
    };

    std::map<std::string, ResolvedPlace> by_qualifier;  // key -> its qualified resolution
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (work[i].qualified && work[i].fixed) by_qualifier.emplace(work[i].key, *work[i].fixed);
    }
    std::vector<std::optional<ResolvedPlace>> out(mentions.size());
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        Work& w = work[i];
        if (w.dropped || mentions[i].source == PlaceSource::Evidence) continue;
        if (w.fixed) {
            if (!w.fixed->confident && w.candidates.size() == 1 &&
                count(countries, w.fixed->country) > 1) {
                // A small town in a country the rest of the article names.
                w.fixed = resolved(w.candidates.front(), true);
            }
            out[i] = std::move(w.fixed);
            continue;
        }
        // Before the name's qualified mentions: "Virginia, Washington and
        // Washington, D.C." names the state and the city.
        if (w.candidates.front().kind != PlaceKind::Country &&
            mentions[i].source != PlaceSource::Dateline) {
            if (const Place* region = region_of_list(i)) {
                out[i] = resolved(*region, true);
                continue;
            }
        }
        if (const auto it = by_qualifier.find(w.key); it != by_qualifier.end()) {
            out[i] = it->second;
            continue;
        }
        const Place& best = w.candidates.front();
        const bool dateline = mentions[i].source == PlaceSource::Dateline;
        if (best.kind == PlaceKind::Country) {
            const auto state =
                std::find_if(w.candidates.begin(), w.candidates.end(), [&](const Place& p) {
                    return p.kind == PlaceKind::Region &&
                           count(below_country, p.country_code) >= 1 &&
                           count(below_country, best.country_code) == 0;
                });
            out[i] = resolved(state != w.candidates.end() ? *state : best, true);
            continue;
        }
        if (best.capital) {
            // A capital gives way only to a namesake of some standing (a
            // region, or a city within kCapitalRivalRatio of its prominence)
            // in a country the article is about where it names nothing of
            // the capital's country: "Tripoli" beside Lebanon and Beirut;
            // "Victoria" beside New South Wales and Western Australia. A
            // New York story's "Paris" stays in France.
            const Place* rival = nullptr;
            const auto own = guessed.find(w.key);
            const int guess = own == guessed.end() ? 0 : count(own->second, best.country_code);
            if (count(countries, best.country_code) - guess == 0) {
                for (const Place& p : w.candidates) {
                    if (p.kind == PlaceKind::Country || &p == &best) continue;
                    const bool about = count(countries, p.country_code) >= 2;
                    const bool standing = p.kind == PlaceKind::Region ||
                                          prominence(p) * kCapitalRivalRatio >= prominence(best);
                    if (about && standing &&
                        (rival == nullptr ||
                         count(countries, p.country_code) > count(countries, rival->country_code)))
                        rival = &p;
                }
            }
            if (rival != nullptr) {
                out[i] = resolved(*rival, true);
                continue;
            }
        } else {
            // A namesake in a country the article is about: one it names a
            // town or state of (or files from), not only the country, which
            // news names everywhere ("U.S." in a story on the Venice summit).
            const Place* chosen = &best;
            for (const Place& p : w.candidates) {
                const bool about = count(below_country, p.country_code) > 0 ||
                                   count(countries, p.country_code) >= 2;
                if (p.kind != PlaceKind::Country && about &&
                    count(countries, p.country_code) > count(countries, chosen->country_code))
                    chosen = &p;
            }
            chosen = &within_country(w, *chosen);
            if (chosen != &best) {
                out[i] = resolved(*chosen, true);
                continue;
            }
        }
        const bool confident = dateline || best.kind != PlaceKind::City || best.capital ||
                               best.population >= kMinConfidentPopulation ||
                               count(countries, best.country_code) > 0;
        out[i] = resolved(best, confident);
    }
    return out;
}

bool is_list_separator(std::string_view between) {
    bool separated = false;
    while (!between.empty()) {
        const char c = between.front();
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            between.remove_prefix(1);
        } else if (c == ',') {
            separated = true;
            between.remove_prefix(1);
        } else if (between.starts_with("and") || between.starts_with("or")) {
            const std::size_t size = between.starts_with("and") ? 3 : 2;
            if (size < between.size() &&
                (detail::is_ascii_lower(between[size]) || detail::is_ascii_upper(between[size])))
                return false;
            separated = true;
            between.remove_prefix(size);
        } else {
            return false;
        }
    }
    return separated;
}

void mark_place_lists(std::string_view text, std::vector<PlaceMentionInput>& mentions) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mentions[i].list = 0;
        if (mentions[i].source != PlaceSource::Evidence) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return mentions[a].begin < mentions[b].begin;
    });
    std::size_t lists = 0;
    for (std::size_t k = 1; k < order.size(); ++k) {
        const PlaceMentionInput& before = mentions[order[k - 1]];
        PlaceMentionInput& item = mentions[order[k]];
        if (before.end > item.begin || item.begin > text.size() ||
            !is_list_separator(text.substr(before.end, item.begin - before.end)))
            continue;
        if (before.list == 0) mentions[order[k - 1]].list = ++lists;
        item.list = before.list;
    }
}

}  // namespace dateline::extractor
