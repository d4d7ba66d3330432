#include "dateline/extractor/entity_finder.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <utility>

#include "dateline/extractor/dateline.hpp"
#include "dateline/extractor/model_location.hpp"
#include "dateline/extractor/name_normalisation.hpp"
#include "dateline/extractor/organisation_names.hpp"
#include "dateline/extractor/place_mention.hpp"
#include "dateline/extractor/place_resolver.hpp"
#include "dateline/extractor/sentence_splitter.hpp"
#include "dateline/extractor/tokenizer.hpp"
#include "dateline/schema/place_identities.hpp"
#include "entity_words.hpp"
#include "name_context.hpp"
#include "span_repairs.hpp"
#include "utf8.hpp"

namespace dateline::extractor {

namespace {

// The word classes, span repairs and name contexts of the private headers.
using detail::before_based;
using detail::has_upper;
using detail::in_outlet_context;
using detail::is_dash;
using detail::is_discourse_word;
using detail::is_kin_word;
using detail::is_lower_word;
using detail::is_medium_noun;
using detail::is_name_particle;
using detail::is_place_connector;
using detail::is_place_noun;
using detail::is_port_term;
using detail::is_post_nominal;
using detail::is_product_noun;
using detail::is_publishing_word;
using detail::is_site_noun;
using detail::is_town_head;
using detail::is_travel_verb;
using detail::join_names_at_for_on;
using detail::never_an_entity;
using detail::repair_spans;

void add_unique(std::vector<schema::Entity>& list, schema::Entity entity) {
    if (entity.key.empty()) return;
    const bool present = std::any_of(list.begin(), list.end(),
                                     [&](const schema::Entity& e) { return e.key == entity.key; });
    if (!present) list.push_back(std::move(entity));
}

struct TaggedText {
    std::vector<Token> tokens;
    std::vector<EntitySpan> spans;             // token ranges over the whole text
    std::vector<std::size_t> sentence_starts;  // first token of each sentence, ascending
};

TaggedText tag_text(const Tagger& tagger, std::string_view text) {
    TaggedText out;
    out.tokens = tokenize(text);
    const auto sentences = split_sentences(text, out.tokens);
    std::vector<std::vector<std::string_view>> words;
    words.reserve(sentences.size());
    for (const SentenceSpan& s : sentences) {
        out.sentence_starts.push_back(s.first);
        auto& w = words.emplace_back();
        for (std::size_t i = s.first; i < s.last; ++i) w.push_back(out.tokens[i].text);
    }
    const auto tags = tagger.tag_document(words);
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        for (EntitySpan span : spans_from_tags(tags[s])) {
            span.first += sentences[s].first;
            span.last += sentences[s].first;
            out.spans.push_back(span);
        }
    }
    return out;
}

// The state of a US lawmaker's party label, "(D-Wash.)" or "R-Kan.": the
// token "D-Wash" and whether a period follows it. Returns the state as
// written ("Wash."), or "" when the token is no party label. An
// abbreviation of two initials ("D-W.Va.", "R-N.J.", "D-W. Va.") spans
// several tokens: it is read from the text, the longest one the table knows,
// so that "W.Va." is West Virginia, not the "Va." at its end.
std::string party_label_state(std::string_view text, std::span<const Token> tokens, std::size_t i) {
    const std::string_view word = tokens[i].text;
    if (word.size() < 3 || word[1] != '-' || (word[0] != 'D' && word[0] != 'R' && word[0] != 'I'))
        return {};
    std::string state(word.substr(2));
    if (!detail::is_ascii_upper(state.front())) return {};
    const std::size_t begin = tokens[i].begin + 2;
    constexpr std::size_t kLongestAbbreviation = 7;  // "W. Va."
    std::string_view longest;
    for (std::size_t size = 2; size <= kLongestAbbreviation && begin + size <= text.size();
         ++size) {
        const std::string_view written = text.substr(begin, size);
        if (written.back() != '.') continue;
        if (begin + size < text.size() && (detail::is_ascii_upper(text[begin + size]) ||
                                           detail::is_ascii_lower(text[begin + size])))
            continue;
        if (schema::find_state_abbreviation(written)) longest = written;
    }
    if (longest.size() > state.size() + 1) return std::string(longest);
    const bool period =
        i + 1 < tokens.size() && tokens[i + 1].text == "." && tokens[i + 1].begin == tokens[i].end;
    if (period && schema::find_state_abbreviation(state + ".")) return state + ".";
    if (schema::find_state_abbreviation(state)) return state;
    const auto* row = schema::find_place_identity(schema::canonical_key(state));
    if (row != nullptr && row->kind == schema::PlaceIdentityKind::Region && row->country == "us")
        return state;
    return {};
}

}  // namespace

EntityFinder::EntityFinder(std::shared_ptr<const NerModel> model,
                           std::shared_ptr<const Gazetteer> gazetteer, EntityFinderOptions options)
    : tagger_(std::move(model), gazetteer), gazetteer_(std::move(gazetteer)), options_(options) {}

EntityFinder EntityFinder::load(const std::filesystem::path& model_dir,
                                EntityFinderOptions options) {
    auto model = std::make_shared<const NerModel>(NerModel::load(model_dir / kModelFileName));
    auto gazetteer =
        std::make_shared<const Gazetteer>(Gazetteer::load(model_dir / kGazetteerFileName));
    return EntityFinder(std::move(model), std::move(gazetteer), options);
}

std::vector<Mention> EntityFinder::mentions(std::string_view text) const {
    const TaggedText tagged = tag_text(tagger_, text);
    std::vector<Mention> out;
    for (const EntitySpan& span : tagged.spans) {
        const std::size_t begin = tagged.tokens[span.first].begin;
        const std::size_t end = tagged.tokens[span.last - 1].end;
        out.push_back({span.type, begin, end, std::string(text.substr(begin, end - begin))});
    }
    return out;
}

ExtractedEntities EntityFinder::find(std::string_view text, std::size_t body_offset,
                                     std::optional<schema::Date> date) const {
    TaggedText tagged = tag_text(tagger_, text);
    const std::span<const Token> tokens(tagged.tokens);
    tagged.spans = repair_spans(tokens, std::move(tagged.spans));
    tagged.spans = join_names_at_for_on(
        tokens, std::move(tagged.spans),
        [&](std::string_view w) {
            return tagger_.model().clusters().find(detail::ascii_lower(w))[0] != 0;
        },
        [&](std::string_view w) { return tagger_.model().names().flags(w) != 0; });
    ExtractedEntities result;

    // Spans the text calls places, resolved together once the people are
    // known (place_resolver.hpp).
    std::vector<PlaceMentionInput> place_inputs;
    const auto usable_place = [&](std::string_view written) {
        const std::string key = schema::canonical_key(written);
        // Also for a dateline, and for "Asia" that the gazetteer knows as a town.
        return !(never_an_entity(key) || is_continent_key(key) || is_compass_key(key));
    };
    // The place a "City, Qualifier" pattern names after token `after`: a
    // state abbreviation ("Pa.", "Ill."), or one to three capitalised words
    // naming a country or a region ("Texas", "Spain", "New South Wales").
    // Returns its token range, empty if none.
    const auto qualifier_after = [&](std::size_t after) -> WordRange {
        if (after + 1 >= tokens.size() || tokens[after].text != ",") return {};
        const std::size_t first = after + 1;
        const std::string_view word = tokens[first].text;
        if (word.empty() || !detail::is_ascii_upper(word[0])) return {};
        // "Pa." or "Pa" "." (the tokenizer keeps a period only on known
        // abbreviations).
        if (schema::find_state_abbreviation(word)) return {first, first + 1};
        if (first + 1 < tokens.size() && tokens[first + 1].text == "." &&
            tokens[first + 1].begin == tokens[first].end &&
            schema::find_state_abbreviation(std::string(word) + "."))
            return {first, first + 2};
        // "Troy, Michigan-based Acme Corp": the state before "-based".
        if (const std::string_view head = before_based(word); !head.empty()) {
            if (schema::find_state_abbreviation(head)) return {first, first + 1};
            const std::string key = schema::canonical_key(head);
            if (const auto* row = schema::find_place_identity(key);
                row != nullptr && (row->key != key || key.size() > 2))
                return {first, first + 1};
            for (const Place& place : gazetteer_->candidates(key)) {
                if (place.kind == PlaceKind::Region || place.kind == PlaceKind::Country)
                    return {first, first + 1};
            }
            return {};
        }
        // Capitalised words only: "Texas" in "Paris, Texas, on Tuesday".
        std::size_t words = first;
        while (words < tokens.size() && words < first + 3 && !tokens[words].text.empty() &&
               detail::is_ascii_upper(tokens[words].text.front()))
            ++words;
        for (std::size_t last = words; last > first; --last) {
            const WordRange r{first, last};
            const std::string key = schema::canonical_key(display_name(text, tokens, r));
            if (const auto* row = schema::find_place_identity(key)) {
                if (row->key != key || key.size() > 2) return r;
            }
            for (const Place& place : gazetteer_->candidates(key)) {
                if (place.kind == PlaceKind::Region || place.kind == PlaceKind::Country) return r;
            }
        }
        return {};
    };
    // The written form of a place range; "Pa" before its period is "Pa.".
    const auto written_place = [&](WordRange r) {
        // A qualifier before "-based" ("Michigan-based") is its head.
        if (r.last - r.first == 1) {
            if (const std::string_view head = before_based(tokens[r.first].text); !head.empty())
                return std::string(head);
        }
        std::string written = display_name(text, tokens, r);
        const std::size_t end = tokens[r.last - 1].end;
        if (end < text.size() && text[end] == '.' && !written.ends_with(".") &&
            schema::find_state_abbreviation(written + "."))
            written += '.';
        return written;
    };

    // Where a qualifier ends: before "-based" for "Michigan-based".
    const auto qualifier_end = [&](WordRange r) {
        const std::string_view head = before_based(tokens[r.first].text);
        if (r.last - r.first == 1 && !head.empty()) return tokens[r.first].begin + head.size();
        return tokens[r.last - 1].end;
    };

    std::optional<std::size_t> dateline_input;
    if (options_.dateline) {
        if (const auto d = parse_dateline(text.substr(std::min(body_offset, text.size())))) {
            std::string written = title_case_if_all_caps(d->place);
            if (usable_place(written)) {
                dateline_input = place_inputs.size();
                const std::size_t begin = std::min(body_offset, text.size()) + d->begin;
                place_inputs.push_back({std::move(written),
                                        begin,
                                        begin + d->place.size(),
                                        PlaceSource::Dateline,
                                        {}});
            }
        }
    }

    const NerModel& model = tagger_.model();
    // A word the newswire the model learnt from writes in lower case ("electric",
    // "historian"): an ordinary word, not a name.
    const auto is_common_word = [&](std::string_view word) {
        return model.clusters().find(detail::ascii_lower(word))[0] != 0;
    };
    const auto is_given_name = [&](std::string_view word) {
        return (model.names().flags(word) & kGivenName) != 0;
    };
    // The country written right before a name: "Japan's", "the Japanese",
    // "West German" (the tagger leaves it outside an ORG span).
    const auto country_before = [&](std::size_t first) -> const schema::PlaceIdentityRow* {
        std::size_t end = first;
        if (end > 0 && (tokens[end - 1].text == "'s" || tokens[end - 1].text == "\xE2\x80\x99s"))
            --end;
        constexpr std::size_t kMaxCountryWords = 3;
        for (std::size_t n = std::min(kMaxCountryWords, end); n >= 1; --n) {
            if (const auto* row = country_of_words(tokens.subspan(end - n, n))) return row;
        }
        return nullptr;
    };
    // Generic institutions: the country written with each, by institution key.
    std::vector<std::pair<std::string, const schema::PlaceIdentityRow*>> institution_countries;
    // Names that are organisations only if the text names them with a company
    // form somewhere ("Time" beside "Time Inc"), and the keys it does so for.
    std::vector<schema::Entity> unproven_orgs;
    std::vector<std::string> company_keys;
    std::function<void(std::span<const Token>, std::size_t)> add_org;
    add_org = [&](std::span<const Token> words, std::size_t offset) {
        WordRange r = clean_org_words(words);
        if (r.empty()) return;
        // Nothing but a letter, a company form or a head noun ("L", "Co
        // Inc", "Bank", "Commission") names no organisation in particular.
        const auto named = words.subspan(r.first, r.last - r.first);
        if (std::all_of(named.begin(), named.end(), [](const Token& word) {
                return word.text.size() <= 1 || is_company_form(word.text) || word.text == "and" ||
                       word.text == "&";
            }))
            return;
        if (named.size() == 1 && is_organisation_head(named.front().text)) return;
        if (is_money_word(named.back().text)) return;
        const std::size_t end = offset + r.last;  // token after the name
        // Part of a compound joined by a dash without spaces: "Saffir" of
        // "Saffir–Simpson scale" (the tokenizer splits at an en dash).
        if (end + 1 < tokens.size() && is_dash(tokens[end].text) &&
            tokens[end].begin == tokens[end - 1].end && tokens[end + 1].begin == tokens[end].end)
            return;
        // A partner's name after the first in a firm's name: "Harris Upham"
        // of "Smith Barney, Harris Upham and Co" (the firm is "Smith
        // Barney", read before it).
        if (const std::size_t first = offset + r.first;
            first >= 2 && tokens[first - 1].text == "," && !tokens[first - 2].text.empty() &&
            detail::is_ascii_upper(tokens[first - 2].text.front()) && end + 1 < tokens.size() &&
            (tokens[end].text == "and" || tokens[end].text == "&") &&
            (is_company_form(tokens[end + 1].text) || tokens[end + 1].text == "Sons"))
            return;
        // A ticker symbol after a company's name: "Boeing Co <BA>".
        if (named.size() == 1 && offset + r.first > 0 && end < tokens.size() &&
            tokens[offset + r.first - 1].text == "<" && tokens[end].text == ">" &&
            std::none_of(named.front().text.begin(), named.front().text.end(),
                         detail::is_ascii_lower))
            return;
        // A family member is a person: "their son Barron".
        if (offset + r.first > 0 && is_kin_word(tokens[offset + r.first - 1].text)) return;
        // A list the tagger ran together ("the Alliance, Reform, and Natural
        // Law parties"): a comma inside a name that is no partnership of a
        // company ("Smith Barney, Harris Upham and Co").
        const bool company = std::any_of(named.begin(), named.end(),
                                         [](const Token& w) { return is_company_form(w.text); }) ||
                             followed_by_company_form(tokens.subspan(end));
        if (!company &&
            std::any_of(named.begin(), named.end(), [](const Token& w) { return w.text == ","; }))
            return;
        // Two organisations joined by "and", each of two words or more ending
        // in a head noun ("American Civil Liberties Union of Montana and
        // Native American Rights Fund"); "Securities and Exchange
        // Commission" is one.
        // A head noun may take "of" and a place ("Union of Montana").
        const auto ends_in_head = [](std::span<const Token> part) {
            for (std::size_t j = part.size(); j-- > 0;) {
                if (is_organisation_head(part[j].text))
                    return j + 1 == part.size() || part[j + 1].text == "of";
                if (part[j].text != "of" &&
                    (part[j].text.empty() || !detail::is_ascii_upper(part[j].text.front())))
                    return false;
            }
            return false;
        };
        // Two words or more besides a country: "U.S. Securities and
        // Exchange Commission" is one.
        const auto words_besides_country = [](std::span<const Token> part) {
            for (std::size_t n = std::min<std::size_t>(3, part.size()); n >= 1; --n) {
                if (country_of_words(part.first(n)) != nullptr) return part.size() - n;
            }
            return part.size();
        };
        // The start of a second name the tagger ran in: "University of
        // Washington and Center" (for ...): a lone head noun after "and".
        if (named.size() >= 4 && named[named.size() - 2].text == "and" &&
            is_organisation_head(named.back().text) &&
            ends_in_head(named.first(named.size() - 2))) {
            add_org(named.first(named.size() - 2), offset + r.first);
            return;
        }
        for (std::size_t i = 2; i + 2 < named.size(); ++i) {
            if (named[i].text != "and" || words_besides_country(named.first(i)) < 2 ||
                !ends_in_head(named.first(i)) || !ends_in_head(named.subspan(i + 1)))
                continue;
            add_org(named.first(i), offset + r.first);
            add_org(named.subspan(i + 1), offset + r.first + i + 1);
            return;
        }
        // A term, not a body: "UTC", "PhD", "LIBOR", "Thank" (you), a
        // Roman numeral ("II" of "World War II"), and an ordinary word the
        // newswire never wrote capitalised ("Earth").
        if (named.size() == 1) {
            const std::string_view word = named.front().text;
            const bool all_caps = std::none_of(word.begin(), word.end(), detail::is_ascii_lower);
            if (is_term_abbreviation(word) || is_discourse_word(word) || is_roman_numeral(word) ||
                (!all_caps && is_common_word(word) && model.clusters().find(word)[0] == 0))
                return;
        }
        // A term in a name qualifies it, it names no body: "Post COVID
        // Melbourne", "HIV Prevention".
        if (named.size() >= 2 && std::any_of(named.begin(), named.end(), [](const Token& w) {
                return is_term_abbreviation(w.text);
            }))
            return;
        // A speaker's label in an interview's transcript, "((WSS))": the
        // initials of the interviewer, no organisation.
        if (const std::size_t first = offset + r.first;
            first >= 2 && end + 1 < tokens.size() && tokens[first - 1].text == "(" &&
            tokens[first - 2].text == "(" && tokens[end].text == ")" && tokens[end + 1].text == ")")
            return;
        // A court without its jurisdiction ("Court of Appeals" of "the Second
        // Circuit Court of Appeals") is nobody's in particular.
        if (is_generic_court(named)) return;
        // A person with a title: "Queen Elizabeth II", "King Fahd" (a title
        // word, then a given name, no head noun and no company form).
        if (named.size() >= 2 && is_title_word(named.front().text) &&
            is_given_name(named[1].text) && !company &&
            std::none_of(named.begin(), named.end(),
                         [](const Token& w) { return is_organisation_head(w.text); }))
            return;
        // A person's office ("Senate Majority Leader", "Member of
        // Parliament", "CEO of Massey Energy") or a law ("... Protection Act").
        if (is_office_word(named.back().text) ||
            (named.size() >= 3 && is_office_word(named.front().text) && named[1].text == "of"))
            return;
        if (named.size() >= 2 && is_law_word(named.back().text)) return;
        // A programme is a scheme ("Export Enhancement Program"), except the
        // world bodies named so ("World Food Programme", "United Nations
        // Development Programme").
        if (named.size() >= 2 && is_programme_word(named.back().text) && !names_world_body(named))
            return;
        // The start of an office the tagger cut before its office word:
        // "U.S. Trade" of "U.S. Trade Representative", "Senate Majority" of
        // "Senate Majority Leader" (a name ending in a head noun stays:
        // "Federal Reserve Board Chairman").
        if (named.size() >= 2 && end < tokens.size() && is_office_word(tokens[end].text) &&
            is_common_word(named.back().text) && !is_organisation_head(named.back().text))
            return;
        // A generic institution is its country's: the country written with
        // it, else one written with it elsewhere in the text, else the
        // article's (ArticleExtractor).
        if (const auto relative = country_relative_name(named)) {
            const schema::PlaceIdentityRow* country = relative->country;
            if (country == nullptr) country = country_before(offset + r.first);
            if (country == nullptr) {
                add_unique(result.unplaced_institutions,
                           schema::entity_from_name(relative->institution));
                return;
            }
            const std::string key = schema::canonical_key(relative->institution);
            if (std::none_of(institution_countries.begin(), institution_countries.end(),
                             [&](const auto& known) { return known.first == key; }))
                institution_countries.emplace_back(key, country);
            add_unique(result.orgs, country_institution(relative->institution, *country));
            return;
        }
        // A compass word alone is the end of a firm's name the tagger cut
        // after "and" ("Gulf and Western", its ORG on "Western" only), else
        // a company only where the text writes it with a company form
        // ("Southern Co", below). Across the archive "Western" became the
        // longer name starting with it: Western Europe, or Western Digital
        // once that one is no organisation.
        const bool compass_word =
            named.size() == 1 && is_compass_key(schema::canonical_key(named.front().text));
        if (const std::size_t first = offset + r.first;
            compass_word && first >= 2 &&
            (tokens[first - 1].text == "and" || tokens[first - 1].text == "&") &&
            !tokens[first - 2].text.empty() && detail::is_ascii_upper(tokens[first - 2].text[0]))
            return;
        // A ticker with an exchange suffix, "<AKZO.AS>", "<MONI.MI>": neither
        // part is a name (the suffix had become Allied-Signal's and Moody's
        // initials across the archive).
        if (inside_exchange_ticker(text, tokens[offset + r.first].begin,
                                   tokens[offset + r.last - 1].end))
            return;
        // Not a body: a building or a site ("Hall of Mirrors", "Legislative
        // Council Complex"), an event or an award ("Cannes Film Festival",
        // "Presidential Medal of Freedom"), a product's licence ("GNU General
        // Public License"), a continent or a part of one ("Western Europe"), a
        // title alone ("Queen"), a compass word alone, a place's
        // administrative unit ("Mysore Division"). Kept only where the text names it with a company
        // form
        // ("Victoria Station Inc", "Scientific Games Corp").
        const bool not_a_body = [&] {
            if (compass_word || names_facility(named) || is_event_word(name_head(named)) ||
                names_continent(named) ||
                (named.size() >= 2 && is_licence_word(named.back().text)) ||
                (named.size() == 1 && is_title_word(named.front().text)))
                return true;
            if (named.size() < 2 || !is_admin_unit_word(named.back().text)) return false;
            const std::string place = schema::canonical_key(
                display_name(text, tokens, {offset + r.first, offset + r.last - 1}));
            // A place of some size: "Police" (a Polish town) of "Police
            // Prefecture" is none.
            const auto candidates = gazetteer_->candidates(place);
            return std::any_of(candidates.begin(), candidates.end(), [](const Place& p) {
                return p.kind != PlaceKind::City || p.population >= kMinPrefixCityPopulation;
            });
        }();
        r.first += offset;
        r.last += offset;
        // "D-Wash" of "(D-Wash.)" is a party and a state, read as the state.
        if (r.last - r.first == 1 && !party_label_state(text, tokens, r.first).empty()) return;
        std::string name = display_name(text, tokens, r);
        if (!has_upper(name)) return;
        schema::Entity org = schema::entity_from_name(name);
        // A country as an ORG is a national team or government: a place.
        const auto place = gazetteer_->find_key(org.key);
        if (never_an_entity(org.key) || (place && place->kind == PlaceKind::Country)) return;
        if (company) company_keys.push_back(org.key);
        if (not_a_body) {
            add_unique(unproven_orgs, std::move(org));
            return;
        }
        // An ordinary word, alone or after a country, is rather a capitalised
        // word of a phrase ("Federal funds", "Life", "the U.S. Trade
        // deficit") than a name: an organisation only where the text also
        // names it with a company form ("Time Inc"). Words written in capitals
        // are acronyms; an institution's one-word name ("Senate",
        // "Treasury") is no ordinary word.
        const std::size_t country_words = [&] {
            for (std::size_t n = std::min<std::size_t>(3, named.size() - 1); n >= 1; --n) {
                if (country_of_words(named.first(n)) != nullptr) return n;
            }
            return std::size_t{0};
        }();
        if (named.size() == country_words + 1) {
            const std::string_view word = named.back().text;
            const bool all_caps = std::none_of(word.begin(), word.end(), detail::is_ascii_lower);
            if (!all_caps && is_common_word(word) && !is_organisation_head(word) &&
                !is_institution_word(word)) {
                add_unique(unproven_orgs, std::move(org));
                return;
            }
        }
        add_unique(result.orgs, std::move(org));
    };

    // Names that are no organisation anywhere in this text, whatever one
    // mention's tag says (not_org_keys), by key:
    //  * an acronym it writes in the plural ("DVDs": a kind of thing);
    //  * a name the tagger calls MISC in more of its mentions than ORG, with
    //    no head noun or company form in any ("Brexit"): the text's majority
    //    label, as a second-stage tagger reads a document (Krishnan &
    //    Manning 2006);
    //  * an acronym it defines and its long form, when the long form is no
    //    organisation's (acronym_definitions): in lower case ("DRM (digital
    //    rights management)"), a law, an office or a scheme ("Digital
    //    Millennium Copyright Act (DMCA)", "Divisional Railway Manager
    //    (DRM)"), written in lower case elsewhere in the text ("the end of
    //    life of CentOS 8"), or a gloss with no head noun, company form or
    //    institution word ("EOL (End of Life)") of an acronym the tagger
    //    calls ORG nowhere else in the text.
    std::vector<std::string> not_org_keys;
    const auto names_body = [](const Token& word) {
        return is_organisation_head(word.text) || is_company_form(word.text) ||
               is_institution_word(word.text);
    };
    const auto span_key = [&](std::size_t first, std::size_t last) {
        const WordRange r = clean_org_words(tokens.subspan(first, last - first));
        if (r.empty()) return std::string();
        return schema::canonical_key(display_name(text, tokens, {first + r.first, first + r.last}));
    };
    // A name after "the district of", "the city of", "the state of" is a
    // place's ("the electoral district of Groom"), whatever a mention of it
    // alone is tagged ("Groom's local MP").
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
        if (tokens[i].text != "of" || !is_place_unit_before_of(tokens[i - 1].text)) continue;
        std::size_t last = i + 1;
        constexpr std::size_t kMaxPlaceWords = 3;
        while (last < tokens.size() && last < i + 1 + kMaxPlaceWords &&
               !tokens[last].text.empty() && detail::is_ascii_upper(tokens[last].text.front()))
            ++last;
        if (last > i + 1) not_org_keys.push_back(span_key(i + 1, last));
    }
    for (const Token& token : tokens) {
        if (const std::string_view stem = plural_acronym(token.text); !stem.empty()) {
            not_org_keys.push_back(detail::ascii_lower(stem));
            not_org_keys.push_back(detail::ascii_lower(token.text));
        }
    }
    // Per key: ORG minus MISC mentions, and whether a mention had a head
    // noun, a company form or an institution word (evidence enough:
    // "Caesars World Inc" keeps the MISC "Caesars World" mentions of its
    // text, "European Southern Observatory" its own).
    struct Votes {
        std::string key;
        int balance = 0;
        bool evidence = false;
    };
    std::vector<Votes> votes;
    for (const EntitySpan& span : tagged.spans) {
        if (span.type != EntityType::Organisation && span.type != EntityType::Misc) continue;
        std::string key = span_key(span.first, span.last);
        if (key.empty()) continue;
        auto it = std::find_if(votes.begin(), votes.end(),
                               [&](const Votes& known) { return known.key == key; });
        if (it == votes.end()) it = votes.insert(votes.end(), Votes{std::move(key)});
        it->balance += span.type == EntityType::Organisation ? 1 : -1;
        it->evidence =
            it->evidence ||
            std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(span.first),
                        tokens.begin() + static_cast<std::ptrdiff_t>(span.last), names_body) ||
            followed_by_company_form(tokens.subspan(span.last));
    }
    const auto votes_of = [&](std::string_view key) {
        const auto it = std::find_if(votes.begin(), votes.end(),
                                     [&](const Votes& known) { return known.key == key; });
        return it == votes.end() ? 0 : it->balance;
    };
    for (const Votes& v : votes) {
        if (v.balance < 0 && !v.evidence) not_org_keys.push_back(v.key);
    }
    const auto definitions = acronym_definitions(tokens);
    for (const AcronymDefinition& definition : definitions) {
        const auto expansion = tokens.subspan(
            definition.expansion.first, definition.expansion.last - definition.expansion.first);
        const bool lower_case = is_lower_word(expansion.front().text);
        const std::string_view last_word = expansion.back().text;
        const bool kind = is_law_word(last_word) || is_office_word(last_word) ||
                          is_programme_word(last_word) || is_licence_word(last_word) ||
                          names_facility(expansion) || is_event_word(name_head(expansion));
        const bool head = std::any_of(expansion.begin(), expansion.end(), names_body);
        // The tagger's other mentions of the acronym (not the one that
        // defines it) speak for a long form with no head noun: "GATT (General Agreement on Tariffs
        // and Trade)" stays an organisation where GATT is ORG in most of the text's mentions.
        const std::string acronym = detail::ascii_lower(tokens[definition.acronym].text);
        // The text writes the long form in lower case elsewhere ("before
        // the end of life of CentOS 8"): the words of a term.
        const bool written_lower = [&] {
            if (expansion.size() < 2) return false;
            for (std::size_t i = 0; i + expansion.size() <= tokens.size(); ++i) {
                if (!is_lower_word(tokens[i].text)) continue;
                std::size_t k = 0;
                while (k < expansion.size() &&
                       tokens[i + k].text.size() == expansion[k].text.size() &&
                       detail::ascii_lower(tokens[i + k].text) ==
                           detail::ascii_lower(expansion[k].text))
                    ++k;
                if (k == expansion.size()) return true;
            }
            return false;
        }();
        const bool defined_as_org =
            std::any_of(tagged.spans.begin(), tagged.spans.end(), [&](const EntitySpan& span) {
                return span.type == EntityType::Organisation && span.first <= definition.acronym &&
                       span.last > definition.acronym;
            });
        const int other_votes = votes_of(acronym) - (defined_as_org ? 1 : 0);
        if (!(lower_case || kind || written_lower ||
              (!head && definition.gloss && other_votes <= 0)))
            continue;
        not_org_keys.push_back(acronym);
        if (!lower_case)
            not_org_keys.push_back(span_key(definition.expansion.first, definition.expansion.last));
    }

    std::vector<std::string> people;
    std::vector<bool> people_titled;   // per entry of `people`: a title came with the mention
    std::size_t place_tokens_end = 0;  // tokens before it belong to a place read already
    // A name the text publishes on, not a place: "said on Twitter", "via
    // Facebook", "his Twitter account". Only a name the gazetteer does not
    // know: "flew to Crete" and "said on Crete" stay places.
    std::vector<std::string> media_keys;
    const auto names_medium = [&](WordRange r) {
        const std::string key = schema::canonical_key(display_name(text, tokens, r));
        if (!gazetteer_->candidates(key).empty()) return false;
        if (r.last < tokens.size() && is_medium_noun(tokens[r.last].text)) return true;
        if (r.first == 0) return false;
        const std::string before = detail::ascii_lower(tokens[r.first - 1].text);
        if (before == "via") return true;
        // "the English page of Instagram", "the account of X".
        if (before == "of") return r.first >= 2 && is_medium_noun(tokens[r.first - 2].text);
        if (before != "on" && before != "to") return false;
        // "writes his longtime partner Joe Brant on Instagram": the
        // publishing word may stand a few words back, in the same clause.
        constexpr std::size_t kClauseWords = 10;
        for (std::size_t k = r.first - 1; k-- > 0 && r.first - 1 - k <= kClauseWords;) {
            const std::string_view word = tokens[k].text;
            if (word == "," || word == "." || word == ";" || word == ":" || word == "\"")
                return false;
            if (is_publishing_word(word)) return true;
        }
        return false;
    };
    // One place mention of the tagger's, and the qualifier after it.
    const auto read_place = [&](WordRange r) {
        // "Frankfurt am Main", "Stratford upon Avon": the tagger splits
        // a name at its lower-case word.
        if (r.last + 1 < tokens.size() && is_place_connector(tokens[r.last].text) &&
            detail::is_ascii_upper(tokens[r.last + 1].text.front())) {
            const WordRange longer{r.first, r.last + 2};
            if (!gazetteer_->candidates(schema::canonical_key(display_name(text, tokens, longer)))
                     .empty())
                r = longer;
        }
        r = place_words(text, tokens, r, *gazetteer_);
        if (r.empty()) return;
        if (names_medium(r)) {
            media_keys.push_back(schema::canonical_key(display_name(text, tokens, r)));
            return;
        }
        std::string name = written_place(r);
        if (!has_upper(name) || !usable_place(name)) return;
        place_tokens_end = r.last;
        const WordRange qualifier = qualifier_after(r.last);
        PlaceMentionInput input{std::move(name),
                                tokens[r.first].begin,
                                tokens[r.last - 1].end,
                                PlaceSource::Tagged,
                                {}};
        input.starts_sentence = std::binary_search(tagged.sentence_starts.begin(),
                                                   tagged.sentence_starts.end(), r.first);
        if (!qualifier.empty()) {
            input.qualifier = written_place(qualifier);
            place_tokens_end = qualifier.last;
        }
        place_inputs.push_back(std::move(input));
        if (!qualifier.empty()) {
            // The qualifier is a place of its own ("Texas", "Pa.").
            place_inputs.push_back({written_place(qualifier),
                                    tokens[qualifier.first].begin,
                                    qualifier_end(qualifier),
                                    PlaceSource::Pattern,
                                    {}});
        }
    };
    // The people's names of two words or more the tagger found, and their
    // last words in lower case: the surnames of this text.
    std::vector<std::pair<std::string, std::string>> full_names;  // key, last word
    for (const EntitySpan& span : tagged.spans) {
        if (span.type == EntityType::Person && span.last - span.first >= 2)
            full_names.emplace_back(span_key(span.first, span.last),
                                    detail::ascii_lower(tokens[span.last - 1].text));
    }
    // Whether the words of `span` end in the surname of another name.
    const auto ends_in_surname_of_other = [&](const EntitySpan& span) {
        const std::string key = span_key(span.first, span.last);
        const std::string last = detail::ascii_lower(tokens[span.last - 1].text);
        return std::any_of(full_names.begin(), full_names.end(), [&](const auto& name) {
            return name.second == last && name.first != key;
        });
    };
    // Country adjectives ("Spanish maize"): evidence for the resolver only.
    std::vector<PlaceMentionInput> adjectives;
    for (const EntitySpan& span : tagged.spans) {
        if (span.type == EntityType::Misc) {
            if (span.last == span.first + 1) {
                const Token& word = tokens[span.first];
                adjectives.push_back(
                    {std::string(word.text), word.begin, word.end, PlaceSource::Evidence, {}});
            }
            continue;
        }
        // "In Pics | A year after ...": the label is a link, not prose.
        if (is_label_segment(text, tokens, span.first)) continue;
        const auto words = tokens.subspan(span.first, span.last - span.first);
        // Letters after a name alone are a rank, no person or organisation
        // ("a leading QC", "the local MP"); as a place, "MD" is Maryland.
        if (span.type != EntityType::Location && words.size() == 1 &&
            is_post_nominal(words.front().text))
            continue;
        if (span.type == EntityType::Organisation) {
            // One name the tagger cut in two, the rest MISC and a law's
            // ("Digital Millennium" + "Copyright Act"): a law's name. So is
            // one whose rest the tagger left untagged, ending in a law's or
            // a licence's word ("GNU General" + "Public License"): a
            // product's name.
            const auto next = static_cast<std::size_t>(&span - tagged.spans.data()) + 1;
            if (next < tagged.spans.size() && tagged.spans[next].type == EntityType::Misc &&
                tagged.spans[next].first == span.last &&
                is_law_word(tokens[tagged.spans[next].last - 1].text))
                continue;
            {
                constexpr std::size_t kMaxRest = 3;
                const std::size_t limit =
                    next < tagged.spans.size() ? tagged.spans[next].first : tokens.size();
                std::size_t rest = span.last;
                while (rest < limit && rest < span.last + kMaxRest && !tokens[rest].text.empty() &&
                       detail::is_ascii_upper(tokens[rest].text[0]))
                    ++rest;
                if (rest > span.last &&
                    (is_law_word(tokens[rest - 1].text) || is_licence_word(tokens[rest - 1].text)))
                    continue;
            }
            // A product's name before the kind of thing it is: "its Falcon
            // Heavy rocket", "a Falcon 9 rocket", "a Creative Commons
            // Attribution license". A name of one word needs a model number
            // ("a SpaceX rocket" is the company's), and none ends in a head
            // noun.
            // A short name in brackets may stand between ("a Creative Commons
            // Attribution (CC BY) license"). The name is a product's in the
            // whole text, not in that mention only.
            const bool numbered = span.last + 1 < tokens.size() &&
                                  !tokens[span.last].text.empty() &&
                                  detail::is_ascii_digit(tokens[span.last].text.front());
            std::size_t kind_at = span.last + (numbered ? 1 : 0);
            if (kind_at < tokens.size() && tokens[kind_at].text == "(") {
                constexpr std::size_t kMaxBracketed = 4;
                std::size_t close = kind_at + 1;
                while (close < tokens.size() && close <= kind_at + kMaxBracketed &&
                       tokens[close].text != ")")
                    ++close;
                if (close < tokens.size() && tokens[close].text == ")") kind_at = close + 1;
            }
            if (kind_at < tokens.size() && is_product_noun(tokens[kind_at].text) &&
                (words.size() >= 2 || numbered) && !names_body(words.back())) {
                if (words.size() >= 2) not_org_keys.push_back(span_key(span.first, span.last));
                continue;
            }
            // A site's name before the kind of site ("to reach KSR Bangalore
            // station"): that mention only, as a company's name may come
            // before its site too.
            if (span.last < tokens.size() && is_site_noun(tokens[span.last].text) &&
                words.size() >= 2 && !names_body(words.back()))
                continue;
            add_org(words, span.first);
        } else if (span.type == EntityType::Person) {
            // A storm is an event ("Hurricane Dorian"); a lone institution
            // word ("Court", "Partners") names nothing; a name after "the" is
            // a work's or a group's ("The God Delusion", "the Beatles").
            // The tagger may leave the storm word outside the span ("Hurricane
            // [Dorian]").
            if (is_storm_word(words.front().text) ||
                (span.first > 0 && is_storm_word(tokens[span.first - 1].text)))
                continue;
            if (detail::ascii_lower(words.front().text) == "the" ||
                (span.first > 0 && detail::ascii_lower(tokens[span.first - 1].text) == "the"))
                continue;
            if (words.size() == 1 && is_organisation_head(words.front().text)) continue;
            // A name with a number right after it, the text going on after
            // the number, is a product's or a work's ("Zrinyi 2026 was
            // launched", "Gran Turismo 4 for the PlayStation") or a row of a
            // table ("Goldberg   1   -"), unless a given name starts it. A
            // number that ends a list item or a sentence stays: "Scorers:
            // Lampard 23, Drogba 67." names people.
            if (span.last + 1 < tokens.size() && !is_given_name(words.front().text) &&
                !tokens[span.last].text.empty() &&
                std::all_of(tokens[span.last].text.begin(), tokens[span.last].text.end(),
                            detail::is_ascii_digit)) {
                const std::string_view after = tokens[span.last + 1].text;
                if (after != "," && after != "." && after != ";" && after != ")") continue;
            }
            // A thing named after a person: the tagger's person ends in a
            // kind of thing ("James Webb Telescope"), is followed by one
            // ("the James Webb telescope"), or starts a longer capitalised
            // name ending in a kind of thing or of place ("the James Webb
            // Space Telescope", "John F. Kennedy Space Center", "the Robert
            // Burns Bridge").
            {
                constexpr std::size_t kMaxRest = 3;
                bool named_after = is_product_noun(detail::ascii_lower(words.back().text));
                for (std::size_t rest = span.last;
                     !named_after && rest < tokens.size() && rest < span.last + kMaxRest &&
                     !tokens[rest].text.empty() &&
                     (detail::is_ascii_upper(tokens[rest].text.front()) ||
                      detail::is_ascii_lower(tokens[rest].text.front()));
                     ++rest) {
                    const std::string_view word = tokens[rest].text;
                    const bool capitalised = detail::is_ascii_upper(word.front());
                    named_after =
                        is_product_noun(detail::ascii_lower(word)) ||
                        (capitalised && (is_place_noun(word) || is_organisation_head(word)));
                    if (!capitalised) break;
                }
                if (named_after) continue;
            }
            // A film or a book before its maker, a band, a party or a club
            // before its member: no person (the work is no organisation
            // either).
            // So is a name that a kind noun introduces or an apposition
            // describes: "the band Franz Ferdinand", "Vera Drake, the latest
            // film from Mike Leigh".
            detail::NamedThing thing = detail::credited_before_name(tokens, span.last);
            if (thing == detail::NamedThing::Nobody)
                thing = detail::kind_before_name(tokens, span.first);
            if (thing == detail::NamedThing::Nobody)
                thing = detail::kind_in_apposition(tokens, span.last);
            // An officer's title after a name of two words or more,
            // modifiers between or not, is an organisation's officer ("Lib
            // Dem home affairs spokesman Mark Oaten") unless the name ends in
            // a surname: a census one or one of a person's full name in this
            // text. A one-word name is left alone: a leader's surname
            // before their spokesman ("Putin spokesman Dmitry Peskov",
            // "Erdogan spokesman ...") is in no census list.
            if (thing == detail::NamedThing::Nobody && words.size() >= 2 &&
                detail::officer_after_name(tokens, span.last) &&
                (model.names().flags(words.back().text) & kSurname) == 0 &&
                !ends_in_surname_of_other(span))
                thing = detail::NamedThing::Organisation;
            if (thing != detail::NamedThing::Nobody) {
                if (thing == detail::NamedThing::Organisation) add_org(words, span.first);
                continue;
            }
            // A company, an institution or a club: "Smith Barney Inc",
            // "Merrill Lynch and Co", "Reagan Administration", "Walter Reed
            // Hospital", "Man Utd".
            if (followed_by_company_form(tokens.subspan(span.last)) ||
                (words.size() > 1 &&
                 (is_company_form(words.back().text) || is_organisation_head(words.back().text) ||
                  is_club_word(words.back().text)))) {
                add_org(words, span.first);
                continue;
            }
            const WordRange cleaned = clean_person_words(words);
            WordRange r = cleaned;
            // Speech, job words and a place before the name: "So I", "Thank
            // you", "Historian Darcy Richardson", "of India Pranab Mukherjee".
            while (!r.empty() && is_discourse_word(words[r.first].text)) ++r.first;
            for (std::size_t i = r.first; i < r.last; ++i) {
                if (words[i].text == "of" && i + 2 < r.last) r.first = i + 2;
            }
            while (r.last - r.first > 1 && is_common_word(words[r.first].text) &&
                   !is_given_name(words[r.first].text))
                ++r.first;
            // A word in no name list before a given name and a surname is a
            // job or a title the newswire is too small to know in lower case
            // ("Historian Darcy Richardson").
            while (r.last - r.first > 2 && model.names().flags(words[r.first].text) == 0 &&
                   is_given_name(words[r.first + 1].text))
                ++r.first;
            while (r.last - r.first > 1 && is_post_nominal(words[r.last - 1].text)) --r.last;
            if (r.empty() || (r.last - r.first == 1 && words[r.first].text.size() == 1)) continue;
            // A title word that was the start of a company's name: "General
            // Electric", "General Motors" leave an ordinary word.
            if (r.last - r.first == 1 && cleaned.first > 0 && is_common_word(words[r.first].text)) {
                add_org(words, span.first);
                continue;
            }
            // A name has a word of three letters or more ("D.C." is none)
            // and no word in lower case but a particle ("E. coli" is none).
            const auto named = words.subspan(r.first, r.last - r.first);
            if (std::none_of(named.begin(), named.end(),
                             [](const Token& word) { return word.text.size() >= 3; }) ||
                std::any_of(named.begin(), named.end(), [](const Token& word) {
                    return is_lower_word(word.text) && !is_name_particle(word.text);
                }))
                continue;
            // A sum of money is no one: "a 200 mln H.K. Dlr issue".
            if (is_money_word(named.back().text)) continue;
            // A name of several words that is no person's: it ends in a word
            // the newswire writes in lower case and that no name list has,
            // and it does not start with a given name ("Yamaichi
            // International", "Grateful Dead"). A surname is in the name
            // lists ("Gordon Brown"), and a given name first keeps a person
            // whose surname the lists miss ("Manuel Azpurua").
            if (named.size() > 1 && !is_given_name(named.front().text) &&
                is_common_word(named.back().text) && model.names().flags(named.back().text) == 0)
                continue;
            // Evidence that this is a person: a title before the name
            // ("President Reagan", "Judge Durham Hall"), in the span or just
            // before it.
            const bool titled =
                cleaned.first > 0 || (span.first > 0 && is_title_word(tokens[span.first - 1].text));
            if (!titled &&
                in_outlet_context(tokens, span.first, span.last, is_given_name(named.front().text)))
                continue;
            r.first += span.first;
            r.last += span.first;
            std::string name = display_name(text, tokens, r);
            if (!has_upper(name) || never_an_entity(schema::canonical_key(name))) continue;
            people.push_back(std::move(name));
            people_titled.push_back(titled);
        } else {
            if (span.first < place_tokens_end) continue;  // read with the place before it
            // The dateline's place, read already.
            if (dateline_input && tokens[span.first].begin >= place_inputs[*dateline_input].begin &&
                tokens[span.first].begin < place_inputs[*dateline_input].end)
                continue;
            WordRange whole = clean_place_words(words);
            if (whole.empty()) continue;
            whole.first += span.first;
            whole.last += span.first;
            // A span the tagger ran across a comma ("Cairo, Ill.", "Antwerp,
            // Cologne") is one place per part, each perhaps qualified by the
            // next.
            std::size_t part = whole.first;
            for (std::size_t i = whole.first; i <= whole.last; ++i) {
                if (i < whole.last && tokens[i].text != ",") continue;
                if (i > part && part >= place_tokens_end) read_place({part, i});
                part = i + 1;
            }
        }
    }
    for (schema::Entity& org : unproven_orgs) {
        if (std::find(company_keys.begin(), company_keys.end(), org.key) != company_keys.end())
            add_unique(result.orgs, std::move(org));
    }
    std::erase_if(result.orgs, [&](const schema::Entity& org) {
        return std::find(not_org_keys.begin(), not_org_keys.end(), org.key) != not_org_keys.end();
    });
    // A short name in brackets after its organisation's ("Free Software
    // Foundation (FSF)") is an alias given once, no organisation of its own:
    // where the text uses it nowhere else, it makes no row. Where it does,
    // it stays, and the archive's alias tables fold it into the long name
    // (org_aliases.hpp).
    for (const AcronymDefinition& definition : definitions) {
        if (definition.gloss) continue;
        const std::string long_key =
            span_key(definition.expansion.first, definition.expansion.last);
        if (std::none_of(result.orgs.begin(), result.orgs.end(),
                         [&](const schema::Entity& org) { return org.key == long_key; }))
            continue;
        const std::string_view acronym = tokens[definition.acronym].text;
        if (std::count_if(tokens.begin(), tokens.end(),
                          [&](const Token& t) { return t.text == acronym; }) > 1)
            continue;
        const std::string key = detail::ascii_lower(acronym);
        std::erase_if(result.orgs, [&](const schema::Entity& org) { return org.key == key; });
    }
    // Places the tagger left untagged where the text's own shape says
    // "place": a party label's state ("(D-Wash.)"), a name before "-based"
    // ("Buffalo-based"), and a name before a qualifier ("Troy, N.C."), the
    // last kept only if the qualifier confirms it (PlaceSource::Qualified).
    const auto covered = [&](std::size_t begin, std::size_t end) {
        const auto overlaps = [&](std::size_t b, std::size_t e) { return begin < e && b < end; };
        return std::any_of(place_inputs.begin(), place_inputs.end(),
                           [&](const PlaceMentionInput& m) { return overlaps(m.begin, m.end); }) ||
               std::any_of(tagged.spans.begin(), tagged.spans.end(), [&](const EntitySpan& span) {
                   return span.type == EntityType::Person &&
                          overlaps(tokens[span.first].begin, tokens[span.last - 1].end);
               });
    };
    const auto capitalised = [&](std::size_t i) {
        return !tokens[i].text.empty() && detail::is_ascii_upper(tokens[i].text.front());
    };
    // The longest run of one to three capitalised words ending at token
    // `last` (exclusive) that the gazetteer knows, preceded by `head_end`
    // bytes of token `last - 1` when not 0 ("Buffalo" of "Buffalo-based").
    const auto known_name_before = [&](std::size_t last, std::size_t head_end) -> WordRange {
        for (std::size_t first = last >= 3 ? last - 3 : 0; first < last; ++first) {
            bool words = true;
            for (std::size_t i = first; i < last; ++i) words = words && capitalised(i);
            if (!words) continue;
            const std::size_t end = head_end != 0 ? head_end : tokens[last - 1].end;
            const std::string name(text.substr(tokens[first].begin, end - tokens[first].begin));
            if (!gazetteer_->candidates(schema::canonical_key(name)).empty()) return {first, last};
        }
        return {};
    };
    // Cities the tagger called an organisation, or nothing, where the text's
    // shape says "place" (docs/extraction.md, "Resolving places"): an item of
    // a list beside a place ("facilities in Dallas and Phoenix"), the object
    // of a verb of travel ("before leaving Tripoli"), a port after a price
    // term ("FOB Vancouver"), a town after "Mayor of" or "City of". Only a
    // name the gazetteer knows as a city of kMinConfidentPopulation people
    // or more, or a capital: an ordinary company's name is seldom one.
    // {place key, organisation key}: a city read so is no organisation.
    std::vector<std::pair<std::string, std::string>> city_not_org;
    const auto big_city = [&](WordRange r) {
        for (std::size_t i = r.first; i < r.last; ++i) {
            if (!capitalised(i)) return false;
        }
        const auto candidates =
            gazetteer_->candidates(schema::canonical_key(display_name(text, tokens, r)));
        return std::any_of(candidates.begin(), candidates.end(), [](const Place& p) {
            return p.kind == PlaceKind::City && !p.small_town &&
                   (p.capital || p.population >= kMinConfidentPopulation);
        });
    };
    // A place mention of the text ending at token `last` (inclusive) or
    // starting at token `first`.
    const auto place_ends_at = [&](std::size_t last) {
        return std::any_of(
            place_inputs.begin(), place_inputs.end(), [&](const PlaceMentionInput& m) {
                return m.source != PlaceSource::Evidence && m.end == tokens[last].end;
            });
    };
    const auto place_starts_at = [&](std::size_t first) {
        return std::any_of(
            place_inputs.begin(), place_inputs.end(), [&](const PlaceMentionInput& m) {
                return m.source != PlaceSource::Evidence && m.begin == tokens[first].begin;
            });
    };
    const auto is_separator = [&](std::size_t i) {
        const std::string lower = detail::ascii_lower(tokens[i].text);
        return lower == "," || lower == "and" || lower == "or";
    };
    // True when the range is an item of a list with a place next to it.
    const auto listed_beside_place = [&](WordRange r) {
        std::size_t before = r.first;
        while (before > 0 && r.first - before < 2 && is_separator(before - 1)) --before;
        if (before < r.first && before > 0 && place_ends_at(before - 1)) return true;
        std::size_t after = r.last;
        while (after < tokens.size() && after - r.last < 2 && is_separator(after)) ++after;
        return after > r.last && after < tokens.size() && place_starts_at(after);
    };
    const auto after_travel_verb = [&](WordRange r) {
        if (r.first == 0) return false;
        std::size_t verb = r.first - 1;
        const std::string prep = detail::ascii_lower(tokens[verb].text);
        if ((prep == "to" || prep == "from" || prep == "in" || prep == "for") && verb > 0) --verb;
        return is_travel_verb(tokens[verb].text);
    };
    for (const EntitySpan& span : tagged.spans) {
        if (span.type != EntityType::Organisation) continue;
        WordRange r{span.first, span.last};
        bool shaped = false;
        if (r.last - r.first >= 2 && is_port_term(tokens[r.first].text)) {
            r.first += 1;
            shaped = true;
        } else if (r.last - r.first >= 3 && is_town_head(tokens[r.first].text) &&
                   tokens[r.first + 1].text == "of") {
            r.first += 2;
            shaped = true;
        } else if (r.first >= 2 && tokens[r.first - 1].text == "of" &&
                   is_town_head(tokens[r.first - 2].text)) {
            shaped = true;  // "the City of [Darwin]"
        }
        if (r.last - r.first > 3 || (!shaped && r.last - r.first > 2)) continue;
        if (followed_by_company_form(tokens.subspan(r.last))) continue;
        if (!big_city(r)) continue;
        if (!shaped && !listed_beside_place(r) && !after_travel_verb(r)) continue;
        const std::size_t begin = tokens[r.first].begin;
        const std::size_t end = tokens[r.last - 1].end;
        std::string written = display_name(text, tokens, r);
        if (covered(begin, end) || !usable_place(written)) continue;
        city_not_org.emplace_back(
            schema::canonical_key(written),
            schema::canonical_key(display_name(text, tokens, WordRange{span.first, span.last})));
        place_inputs.push_back({std::move(written), begin, end, PlaceSource::Tagged, {}});
    }
    // An untagged capitalised word between a place and a list's end ("Sydney,
    // Newcastle and Port Kembla"): the tagger often reads a list's middle item
    // as nothing.
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
        if (!capitalised(i) || tokens[i - 1].text != "," || covered(tokens[i].begin, tokens[i].end))
            continue;
        if (std::any_of(tagged.spans.begin(), tagged.spans.end(), [&](const EntitySpan& span) {
                return span.first <= i && i < span.last && span.type != EntityType::Organisation;
            }))
            continue;
        const WordRange r{i, i + 1};
        if (!is_separator(i + 1) || !big_city(r) || !listed_beside_place(r)) continue;
        std::string written = display_name(text, tokens, r);
        if (!usable_place(written)) continue;
        place_inputs.push_back(
            {std::move(written), tokens[i].begin, tokens[i].end, PlaceSource::Tagged, {}});
    }
    const std::size_t tagged_inputs = place_inputs.size();
    std::vector<bool> given_way(tagged_inputs, false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (const std::string state = party_label_state(text, tokens, i); !state.empty()) {
            const std::size_t begin = tokens[i].begin + 2;
            const std::size_t end = begin + state.size();
            // The tagger may have read a part of the label as a place of its
            // own ("Va" of "D-W.Va.", "R-N" of "R-N.J."): it gives way to the
            // whole.
            const auto part = [&](const PlaceMentionInput& m) {
                return m.source == PlaceSource::Tagged && m.begin >= tokens[i].begin &&
                       m.end <= end;
            };
            for (std::size_t k = dateline_input ? 1 : 0; k < tagged_inputs; ++k) {
                if (part(place_inputs[k])) given_way[k] = true;
            }
            const bool overlapped = std::any_of(
                place_inputs.begin(), place_inputs.end(), [&](const PlaceMentionInput& m) {
                    return m.begin < end && begin < m.end && !part(m);
                });
            if (!overlapped) place_inputs.push_back({state, begin, end, PlaceSource::Pattern, {}});
            continue;
        }
        if (const std::string_view head = before_based(tokens[i].text);
            !head.empty() && detail::is_ascii_upper(head.front())) {
            const WordRange r = known_name_before(i + 1, tokens[i].begin + head.size());
            if (r.empty()) continue;
            const std::size_t begin = tokens[r.first].begin;
            const std::size_t end = tokens[i].begin + head.size();
            std::string written(text.substr(begin, end - begin));
            if (!covered(begin, end) && usable_place(written))
                place_inputs.push_back({std::move(written), begin, end, PlaceSource::Tagged, {}});
            continue;
        }
        if (tokens[i].text != "," || i == 0) continue;
        const WordRange qualifier = qualifier_after(i);
        if (qualifier.empty()) continue;
        const WordRange r = known_name_before(i, 0);
        if (r.empty()) continue;
        const std::size_t begin = tokens[r.first].begin;
        const std::size_t end = tokens[r.last - 1].end;
        std::string written = written_place(r);
        if (covered(begin, end) || !usable_place(written)) continue;
        place_inputs.push_back(
            {std::move(written), begin, end, PlaceSource::Qualified, written_place(qualifier)});
        // The qualifier follows its place (place_resolver.hpp); a tagged
        // mention of it alone gives way.
        const std::size_t q_begin = tokens[qualifier.first].begin;
        for (std::size_t k = dateline_input ? 1 : 0; k < tagged_inputs; ++k) {
            const PlaceMentionInput& m = place_inputs[k];
            if (m.begin == q_begin && m.source == PlaceSource::Tagged && m.qualifier.empty())
                given_way[k] = true;
        }
        place_inputs.push_back({written_place(qualifier),
                                q_begin,
                                qualifier_end(qualifier),
                                PlaceSource::Pattern,
                                {}});
    }
    for (std::size_t k = tagged_inputs; k-- > 0;) {
        if (given_way[k]) place_inputs.erase(place_inputs.begin() + static_cast<std::ptrdiff_t>(k));
    }
    // A medium is one in all of the text's mentions ("Twitter" after "said on
    // Twitter").
    std::erase_if(place_inputs, [&](const PlaceMentionInput& m) {
        return m.source == PlaceSource::Tagged &&
               std::find(media_keys.begin(), media_keys.end(), schema::canonical_key(m.written)) !=
                   media_keys.end();
    });
    // A one-word place that is rather an ordinary word ("God") or a word of
    // a person's name in this text ("Jordan" beside "Michael Jordan").
    std::vector<std::string> person_words;
    for (const std::string& name : people) {
        const std::string key = schema::canonical_key(name);
        std::string_view keys = key;
        while (!keys.empty()) {
            const auto dash = keys.find('-');
            person_words.emplace_back(keys.substr(0, dash));
            if (dash == std::string_view::npos) break;
            keys.remove_prefix(dash + 1);
        }
    }
    const PlaceResolver resolver(*gazetteer_, [&](std::string_view key) {
        if (key.find('-') != std::string_view::npos) return false;
        return is_common_word(key) ||
               std::find(person_words.begin(), person_words.end(), key) != person_words.end();
    });
    mark_place_lists(text, place_inputs);
    place_inputs.insert(place_inputs.end(), std::make_move_iterator(adjectives.begin()),
                        std::make_move_iterator(adjectives.end()));
    const int day = date ? date->year() * 10000 + date->month() * 100 + date->day() : 0;
    const auto resolved = resolver.resolve(place_inputs, day);
    std::vector<schema::Entity> implied;
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        if (!resolved[i]) continue;
        const ResolvedPlace& place = *resolved[i];
        if (never_an_entity(place.entity.key)) continue;
        add_unique(result.places, place.entity);
        if (place.confident) {
            for (const schema::Entity& outer : place.implies) implied.push_back(outer);
        }
        if (dateline_input == i) result.dateline = place.entity;
        result.place_mentions.push_back({place_inputs[i].written, place_inputs[i].begin,
                                         place.entity, place.geonameid, place.country});
        for (const auto& [place_key, org_key] : city_not_org) {
            if (place_key != schema::canonical_key(place_inputs[i].written)) continue;
            std::erase_if(result.orgs, [&](const schema::Entity& org) {
                return org.key == org_key || org.key == place_key;
            });
        }
        // A name its qualifier confirms as a place ("Valley National Corp,
        // Phoenix, Ariz.") is no organisation of this article, whatever the
        // tagger said.
        if (place_inputs[i].source == PlaceSource::Qualified) {
            const std::string key = schema::canonical_key(place_inputs[i].written);
            std::erase_if(result.orgs, [&](const schema::Entity& org) { return org.key == key; });
        }
    }

    // "the Finance Ministry" after "Japan's Finance Ministry" is Japan's.
    std::erase_if(result.unplaced_institutions, [&](const schema::Entity& institution) {
        for (const auto& [key, country] : institution_countries) {
            if (key != institution.key) continue;
            add_unique(result.orgs, country_institution(institution.name, *country));
            return true;
        }
        return false;
    });

    if (options_.resolve_short_names) {
        people = resolve_short_names(people);  // same order: people_titled still fits
        // "Tahrir" after "Tahrir Square": drop a one-word place the gazetteer
        // does not know when a longer place in the text starts with it.
        std::vector<schema::Entity> kept;
        for (const schema::Entity& place : result.places) {
            const bool one_word = place.key.find('-') == std::string::npos;
            const bool longer =
                one_word && !gazetteer_->find_key(place.key) &&
                std::any_of(result.places.begin(), result.places.end(),
                            [&](const schema::Entity& e) {
                                return e.key.size() > place.key.size() + 1 &&
                                       e.key.compare(0, place.key.size() + 1, place.key + "-") == 0;
                            });
            if (!longer) kept.push_back(place);
        }
        result.places = std::move(kept);
    }
    // A name the text also gives an organisation ("Merrill Lynch" beside
    // "Merrill Lynch and Co", "Dean Witter" beside "Dean Witter Reynolds")
    // is the organisation's.
    const auto is_org_name = [&](const std::string& key) {
        return std::any_of(result.orgs.begin(), result.orgs.end(), [&](const schema::Entity& org) {
            return org.key == key ||
                   (org.key.size() > key.size() && org.key.compare(0, key.size(), key) == 0 &&
                    org.key[key.size()] == '-');
        });
    };
    // A name the text uses inside an organisation's name, not at its start
    // ("Lehman" beside "Shearson Lehman Brothers", "C. Olivetti" beside "Ing
    // C. Olivetti"), is the organisation's too, unless a title said it is a
    // person somewhere in the text ("Judge Durham Hall" beside "Durham Hall
    // Council" stays a person).
    const auto is_inside_org_name = [&](const std::string& key) {
        const std::string inner = "-" + key;
        return std::any_of(result.orgs.begin(), result.orgs.end(), [&](const schema::Entity& org) {
            for (auto at = org.key.find(inner); at != std::string::npos;
                 at = org.key.find(inner, at + 1)) {
                const std::size_t end = at + inner.size();
                if (end == org.key.size() || org.key[end] == '-') return true;
            }
            return false;
        });
    };
    std::vector<std::string> titled_keys;  // keys of the people a title named
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (people_titled[i]) titled_keys.push_back(schema::canonical_key(people[i]));
    }
    for (const std::string& name : people) {
        schema::Entity person = schema::entity_from_name(name);
        if (is_org_name(person.key)) continue;
        if (is_inside_org_name(person.key) &&
            std::find(titled_keys.begin(), titled_keys.end(), person.key) == titled_keys.end())
            continue;
        add_unique(result.people, std::move(person));
    }
    // A one-word organisation that is a word of a person's name in this text
    // is that person ("Barron" beside "Barron Trump"): the tagger reads one
    // sentence at a time. A word in capitals stays (an acronym).
    std::erase_if(result.orgs, [&](const schema::Entity& org) {
        if (org.key.find('-') != std::string::npos ||
            std::none_of(org.name.begin(), org.name.end(), detail::is_ascii_lower))
            return false;
        return std::any_of(result.people.begin(), result.people.end(),
                           [&](const schema::Entity& p) {
                               std::string_view words = p.key;
                               if (words.find('-') == std::string_view::npos) return false;
                               while (!words.empty()) {
                                   const auto dash = words.find('-');
                                   if (words.substr(0, dash) == org.key) return true;
                                   if (dash == std::string_view::npos) break;
                                   words.remove_prefix(dash + 1);
                               }
                               return false;
                           });
    });
    if (options_.implied_countries) {
        for (schema::Entity& entity : implied) {
            const bool explicit_place =
                std::any_of(result.places.begin(), result.places.end(),
                            [&](const schema::Entity& e) { return e.key == entity.key; });
            if (!explicit_place) add_unique(result.implied_places, std::move(entity));
        }
    }
    return result;
}

}  // namespace dateline::extractor
