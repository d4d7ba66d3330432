#pragma once
// Private: line-ups, lists of people the tagger scatters over every type.
//
// A sports report lists its teams as surnames between commas ("Chelsea:
// Cech, Ferreira, Terry, Gallas, Carvalho, Makelele, Lampard ..."). The
// tagger reads such a list one word at a time with almost no context, and
// types the names as it can: some people, some places (the resolver then
// finds a Taylor in Michigan and a Griffin in Georgia, and the match report
// implies the United States), some organisations. A list of names that the
// tagger types mostly as people is a list of people: every item of it
// becomes one person span, whatever the tagger said of it.

#include <span>
#include <string_view>
#include <vector>

#include "dateline/extractor/tags.hpp"
#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor::detail {

/// Fewest items that make a list a line-up: fewer could be "Smith, Jones and
/// Co" or "Paris, Texas".
inline constexpr std::size_t kMinLineUpItems = 4;

/// `spans` (sorted, not overlapping, token ranges over `tokens`) with every
/// line-up's spans replaced by one Person span per item. A line-up follows
/// a label's colon ("Chelsea:", "Subs:") and is a list of at least
/// kMinLineUpItems items separated by commas only, each item one or two
/// capitalised words with a small letter ("Terry", "De Zeeuw", "O'Neil";
/// not "IBM"), of whose typed items at least two are people and no fewer
/// are people than places or organisations. Lists in prose end in "and"
/// ("Paul, Weiss, Rifkind, Wharton and Garrison", a law firm; "Frigidaire,
/// Tappan, Kelvinator and Gibson", brands) and are left alone, and so are
/// lists with no people among them ("Venues: Paris, London, Berlin, Rome").
[[nodiscard]] std::vector<EntitySpan> retype_line_ups(std::span<const Token> tokens,
                                                      std::vector<EntitySpan> spans);

/// The same for a document's tags, sentence by sentence (Tagger::tag_document
/// applies it with the person repairs, so that dateline-ner --eval and the
/// indexer read line-ups alike).
void retype_line_ups(std::span<const std::vector<std::string_view>> sentences,
                     std::vector<std::vector<Tag>>& tags);

}  // namespace dateline::extractor::detail
