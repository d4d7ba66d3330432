#pragma once
// Private: repairs of the tagger's spans before EntityFinder::find reads
// them.

#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "dateline/extractor/tags.hpp"
#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor::detail {

/// Repairs the tagger's commonest slips on non-Reuters news before
/// normalisation:
///  * a span running through a lower-case title word is cut there, and what
///    follows is a person ("Revolutionary Guards chief Hossein Salami");
///  * a person ending in a place noun is a place ("Tahrir Square"), and so is
///    an organisation naming an airport;
///  * a person span touching a following person or MISC span is one person
///    ("Abu" + "Mahdi al-Muhandis", "Mustafa" + "al-Kadhemi": the CoNLL
///    training data has few names with a lower-case Arabic article);
///  * an untagged "al-Xxx" word right after a person belongs to the name.
[[nodiscard]] std::vector<EntitySpan> repair_spans(std::span<const Token> tokens,
                                                   std::vector<EntitySpan> spans);

/// An organisation's name the tagger cut at "for" or "on" ("Cinema" + "for" +
/// "Peace Foundation", "Senate Committee" + "on Foreign Relations") is one
/// name, ending in an institution's head noun: two ORG spans joined by
/// "for"/"on" (the first no whole name of its own); capitalised words nothing
/// tagged, "for"/"on" and an ORG span ("non-profit Cinema for Peace
/// Foundation"); an ORG span, "for"/"on" and capitalised words nothing tagged
/// ("Senate Committee on Foreign Relations", "Bank for International
/// Settlements"). Never across a weekday or a month ("the
/// Commission on Monday") or from the start of a sentence.
[[nodiscard]] std::vector<EntitySpan> join_names_at_for_on(
    std::span<const Token> tokens, std::vector<EntitySpan> spans,
    const std::function<bool(std::string_view)>& is_common_word,
    const std::function<bool(std::string_view)>& is_listed_name);

}  // namespace dateline::extractor::detail
