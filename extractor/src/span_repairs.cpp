#include "span_repairs.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "dateline/extractor/name_normalisation.hpp"
#include "dateline/extractor/organisation_names.hpp"
#include "dateline/schema/entity.hpp"
#include "entity_words.hpp"
#include "utf8.hpp"

namespace dateline::extractor::detail {

namespace {

// "Baghdad International Airport", "Baghdad International airport": the
// tagger may read the name as an organisation (CoNLL-2003 tags companies
// named "X International" ORG), but an airport is a place.
bool names_airport(std::span<const Token> tokens, const EntitySpan& span) {
    return tokens[span.last - 1].text == "Airport" ||
           (span.last < tokens.size() && tokens[span.last].text == "airport");
}

// An Arabic article joined to a capitalised word ("al-Kadhemi").
bool is_article_name(std::string_view w) {
    for (std::string_view article :
         {"al-", "el-", "ad-", "as-", "ash-", "at-", "ar-", "an-", "az-"}) {
        if (w.size() > article.size() + 1 && w.substr(0, article.size()) == article &&
            detail::is_ascii_upper(w[article.size()])) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::vector<EntitySpan> repair_spans(std::span<const Token> tokens, std::vector<EntitySpan> spans) {
    std::vector<EntitySpan> out;
    for (EntitySpan span : spans) {
        if (!out.empty() && out.back().type == EntityType::Person &&
            out.back().last == span.first && span.type == EntityType::Misc) {
            span.type = EntityType::Person;
        }
        for (std::size_t i = span.first + 1; i + 1 < span.last; ++i) {
            if (is_lower_word(tokens[i].text) && is_title_word(tokens[i].text)) {
                out.push_back({span.first, i, span.type});
                span = {i + 1, span.last, EntityType::Person};
                i = span.first;
            }
        }
        if ((span.type == EntityType::Person && is_place_noun(tokens[span.last - 1].text)) ||
            (span.type == EntityType::Organisation && names_airport(tokens, span))) {
            span.type = EntityType::Location;
        }
        if (!out.empty() && span.type == EntityType::Person &&
            out.back().type == EntityType::Person && out.back().last == span.first) {
            out.back().last = span.last;
            continue;
        }
        out.push_back(span);
    }
    for (std::size_t k = 0; k < out.size(); ++k) {
        EntitySpan& span = out[k];
        const std::size_t limit = k + 1 < out.size() ? out[k + 1].first : tokens.size();
        while (span.type == EntityType::Person && span.last < limit &&
               is_article_name(tokens[span.last].text)) {
            ++span.last;
        }
    }
    return out;
}

std::vector<EntitySpan> join_names_at_for_on(
    std::span<const Token> tokens, std::vector<EntitySpan> spans,
    const std::function<bool(std::string_view)>& is_common_word,
    const std::function<bool(std::string_view)>& is_listed_name) {
    // An ordinary word: one the newswire writes in lower case, or no name of
    // the name lists ("Cinema", not "Henley").
    const auto is_ordinary = [&](std::string_view w) {
        return is_common_word(w) || !is_listed_name(w);
    };
    constexpr std::size_t kMaxWords = 4;
    const auto joiner = [&](std::size_t i) {
        return i < tokens.size() && (tokens[i].text == "for" || tokens[i].text == "on");
    };
    // A capitalised word of a name: "Foreign", not "M1", "DLJ" or "Monday".
    const auto name_word = [&](std::size_t i) {
        const std::string_view w = tokens[i].text;
        return w.size() >= 2 && detail::is_ascii_upper(w.front()) &&
               std::all_of(w.begin() + 1, w.end(),
                           [](char c) { return detail::is_ascii_lower(c) || c == '-'; }) &&
               !never_an_entity(schema::canonical_key(w)) && !is_discourse_word(w);
    };
    // The part before "for"/"on" is ordinary words ("Cinema", "Centers",
    // "Committee"), no person's name, no whole name, no office: "Henley for DLJ
    // Securities", "Salomon Brothers for Shearson", "Drexel for Texaco Inc",
    // "Executive Director for Finance" are two.
    const auto whole_or_office = [&](const EntitySpan& span) {
        return is_office_word(tokens[span.last - 1].text) ||
               !std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(span.first),
                            tokens.begin() + static_cast<std::ptrdiff_t>(span.last),
                            [&](const Token& w) { return is_ordinary(w.text); }) ||
               is_title_word(tokens[span.last - 1].text) ||
               std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(span.first),
                           tokens.begin() + static_cast<std::ptrdiff_t>(span.last),
                           [](const Token& w) {
                               return is_organisation_head(w.text) || is_company_form(w.text);
                           });
    };
    std::vector<EntitySpan> out;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        EntitySpan span = spans[k];
        if (span.type != EntityType::Organisation) {
            out.push_back(span);
            continue;
        }
        const std::size_t free_from = out.empty() ? 0 : out.back().last;
        const bool headed = is_organisation_head(tokens[span.last - 1].text);
        // Capitalised untagged words before "for" + this span.
        if (headed && span.first >= 2 && joiner(span.first - 1) && span.first - 1 > free_from) {
            std::size_t first = span.first - 1;
            while (first > free_from && span.first - 1 - first < kMaxWords &&
                   name_word(first - 1) && is_ordinary(tokens[first - 1].text))
                --first;
            // After a word in lower case, not at a sentence's start ("Based on
            // Census Bureau data").
            if (first < span.first - 1 && first > free_from &&
                is_lower_word(tokens[first - 1].text))
                span.first = first;
        }
        // Two ORG spans joined by "for"/"on", the second ending in a head
        // noun.
        while (k + 1 < spans.size() && spans[k + 1].type == EntityType::Organisation &&
               joiner(span.last) && spans[k + 1].first == span.last + 1 &&
               is_organisation_head(tokens[spans[k + 1].last - 1].text) && !whole_or_office(span)) {
            span.last = spans[k + 1].last;
            ++k;
        }
        // A head noun, "for"/"on", capitalised words nothing tagged.
        if (is_organisation_head(tokens[span.last - 1].text) && joiner(span.last)) {
            const std::size_t limit = k + 1 < spans.size() ? spans[k + 1].first : tokens.size();
            std::size_t last = span.last + 1;
            while (last < limit && last - span.last <= kMaxWords &&
                   (name_word(last) || ((tokens[last].text == "and" || tokens[last].text == "of" ||
                                         tokens[last].text == "&") &&
                                        last + 1 < limit && name_word(last + 1))))
                ++last;
            if (last > span.last + 1) span.last = last;
        }
        out.push_back(span);
    }
    return out;
}

}  // namespace dateline::extractor::detail
