#pragma once
// Private: what the words around a name say it is.
//
// The tagger reads one sentence at a time and takes for people many names
// that the words next to them call something else: a credit after a name
// ("Vera Drake director Mike Leigh", "Keane singer Tom Chaplin"), a kind noun
// before it ("the band Franz Ferdinand", "drug maker Eli Lilly") or an
// apposition after it ("Vera Drake, the latest film from Mike Leigh"). Each
// function reads one of these around a name's tokens and says what the name
// is instead of a person's, if anything (EntityFinder::find applies them to
// person spans, docs/extraction.md).

#include <cstddef>
#include <span>
#include <string_view>

#include "dateline/extractor/tokenizer.hpp"

namespace dateline::extractor::detail {

/// What a name the tagger took for a person's is instead.
enum class NamedThing {
    Nobody,       ///< the words around it say nothing
    Work,         ///< a film's, a book's, a song's: no entity
    Organisation  ///< a company's, a band's, a party's, a club's
};

/// The kind of thing a noun in lower case names, as written ("Band"
/// starting a sentence is no such noun): "film" -> Work, "band" ->
/// Organisation. Nouns people are called too ("broker", "developer",
/// "publisher") and nouns that are mostly verbs ("show", "play") say nothing.
[[nodiscard]] NamedThing kind_noun(std::string_view word);

/// What the credit word after a name, the name ending before token `last`,
/// says when a capitalised word follows it: a work's credit ("director",
/// "star", "author") or an organisation's ("frontman", "leader", "chairman",
/// "manager"). A person is credited with a spokesman or an adviser ("Reagan
/// spokesman Marlin Fitzwater"), never with these.
[[nodiscard]] NamedThing credited_before_name(std::span<const Token> tokens, std::size_t last);

/// Whether an officer's title and a capitalised name follow a name ending
/// before token `last`, with at most two modifiers in lower case between:
/// "Lib Dem home affairs spokesman Mark Oaten", "Tory spokesman Tim Yeo",
/// "Sinn Fein party leader Gerry Adams". The title alone cannot tell a
/// person's officer ("Reagan spokesman Marlin Fitzwater") from an
/// organisation's: the caller weighs what the name is.
[[nodiscard]] bool officer_after_name(std::span<const Token> tokens, std::size_t last);

/// What a kind noun right before a name starting at token `first` says:
/// "the band Franz Ferdinand", "search giant Google", "the film Vera
/// Drake". A maker of films is a person ("film maker Ken Loach").
[[nodiscard]] NamedThing kind_before_name(std::span<const Token> tokens, std::size_t first);

/// What an apposition after a name ending before token `last` says: a
/// comma, a determiner, at most three modifiers and a kind noun that ends
/// the phrase ("Vera Drake, the latest film from Mike Leigh", "Keane, a band
/// from Sussex,"). "Smith, the band's drummer", "Smith, a film director" and
/// "Smith, a member of the band" say nothing.
[[nodiscard]] NamedThing kind_in_apposition(std::span<const Token> tokens, std::size_t last);

/// A person mention in a news outlet's place: "told Agence France-Presse",
/// "speaking to Al Jazeera", "Al Jazeera reported", "an Al Jazeera reporter".
/// Reporters are quoted the other way round ("Smith reported" is rare beside
/// "X said"), so the outlet is the likelier reading. People are told things
/// too ("told Paul Smith"), so a name that starts with a given name stays a
/// person there; "according to X" is no outlet's place (people are cited so
/// as often as outlets).
[[nodiscard]] bool in_outlet_context(std::span<const Token> tokens, std::size_t first,
                                     std::size_t last, bool starts_with_given_name);

}  // namespace dateline::extractor::detail
